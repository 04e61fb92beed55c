//! The readline keys, one by one, as a shell user expects them.

use super::*;

fn press(field: &mut TextField, code: KeyCode, modifiers: KeyModifiers) -> bool {
    field.handle(&KeyEvent::new(code, modifiers))
}

fn plain(field: &mut TextField, code: KeyCode) {
    assert!(press(field, code, KeyModifiers::NONE), "{code:?}");
}

fn ctrl(field: &mut TextField, c: char) {
    assert!(
        press(field, KeyCode::Char(c), KeyModifiers::CONTROL),
        "Ctrl-{c}"
    );
}

fn alt(field: &mut TextField, c: char) {
    assert!(press(field, KeyCode::Char(c), KeyModifiers::ALT), "Alt-{c}");
}

fn typed(text: &str) -> TextField {
    let mut field = TextField::default();
    for c in text.chars() {
        plain(&mut field, KeyCode::Char(c));
    }
    field
}

#[test]
fn letters_go_in_danish_ones_too() {
    let field = typed("Ærø og Åbo");
    assert_eq!(field.text(), "Ærø og Åbo");
    assert_eq!(field.cursor(), (0, 10));
}

#[test]
fn ctrl_a_and_home_go_to_the_start_ctrl_e_and_end_to_the_end() {
    let mut field = typed("ring til Bo");
    ctrl(&mut field, 'a');
    assert_eq!(field.cursor(), (0, 0));
    plain(&mut field, KeyCode::Char('>'));
    assert_eq!(field.text(), ">ring til Bo");
    ctrl(&mut field, 'e');
    assert_eq!(field.cursor(), (0, 12));
    plain(&mut field, KeyCode::Home);
    assert_eq!(field.cursor(), (0, 0));
    plain(&mut field, KeyCode::End);
    assert_eq!(field.cursor(), (0, 12));
}

#[test]
fn ctrl_u_deletes_to_the_start_and_ctrl_k_to_the_end() {
    let mut field = typed("ring til Bo");
    for _ in 0..3 {
        plain(&mut field, KeyCode::Left);
    }
    ctrl(&mut field, 'k');
    assert_eq!(field.text(), "ring til");
    alt(&mut field, 'b');
    ctrl(&mut field, 'u');
    assert_eq!(field.text(), "til");
    assert_eq!(field.cursor(), (0, 0));
}

#[test]
fn ctrl_w_deletes_the_word_before_and_ctrl_y_puts_it_back() {
    let mut field = typed("ring til Bo");
    ctrl(&mut field, 'w');
    assert_eq!(field.text(), "ring til ");
    ctrl(&mut field, 'w');
    assert_eq!(field.text(), "ring ");
    ctrl(&mut field, 'y');
    assert_eq!(field.text(), "ring til ");
}

#[test]
fn alt_b_and_alt_f_move_a_word() {
    let mut field = typed("ring til Bo");
    alt(&mut field, 'b');
    assert_eq!(field.cursor(), (0, 9));
    alt(&mut field, 'b');
    assert_eq!(field.cursor(), (0, 5));
    alt(&mut field, 'f');
    assert_eq!(
        field.cursor(),
        (0, 9),
        "to the next word, as ratatui-textarea has it"
    );
    alt(&mut field, 'f');
    assert_eq!(field.cursor(), (0, 11), "the end");
}

#[test]
fn backspace_delete_and_the_arrows() {
    let mut field = typed("abc");
    plain(&mut field, KeyCode::Backspace);
    assert_eq!(field.text(), "ab");
    plain(&mut field, KeyCode::Left);
    plain(&mut field, KeyCode::Delete);
    assert_eq!(field.text(), "a");
    plain(&mut field, KeyCode::Right);
    ctrl(&mut field, 'h');
    assert_eq!(field.text(), "", "Ctrl-h is Backspace on some terminals");
}

#[test]
fn a_replaceable_text_goes_at_the_first_letter_and_stays_at_an_arrow() {
    let mut field = TextField::replaceable("14/12/2026");
    plain(&mut field, KeyCode::Char('1'));
    assert_eq!(field.text(), "1");
    let mut field = TextField::replaceable("14/12/2026");
    plain(&mut field, KeyCode::End);
    plain(&mut field, KeyCode::Char('!'));
    assert_eq!(field.text(), "14/12/2026!");
}

#[test]
fn keys_the_field_does_not_know_are_left_to_the_input() {
    let mut field = typed("x");
    for (code, m) in [
        (KeyCode::Enter, KeyModifiers::NONE),
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::Tab, KeyModifiers::NONE),
        (KeyCode::Char('p'), KeyModifiers::CONTROL),
        (KeyCode::Up, KeyModifiers::NONE),
    ] {
        assert!(!press(&mut field, code, m), "{code:?}");
    }
    assert_eq!(field.text(), "x");
}

#[test]
fn altgr_types_its_character() {
    let mut field = TextField::default();
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    assert!(press(&mut field, KeyCode::Char('@'), altgr));
    assert_eq!(field.text(), "@");
}
