//! Undoing a slip on the live screen: the turn given back, the question
//! before a round or a supervision is left, today's notes corrected, and an
//! action's owner settled.

use super::Phrase;
use crate::text::Lang;

/// `b` with nothing to give back.
pub const NOTHING_TO_GIVE_BACK: Phrase = Phrase::new(
    "Der er ingen tur at give tilbage i runden",
    "There is no turn to give back in this round",
);
/// `→` with speakers still waiting: "{}" names them.
pub const WAITING_ONE: Phrase = Phrase::new(
    "{} har ikke haft ordet endnu. Gå videre alligevel?",
    "{} has not had a turn yet. Move on anyway?",
);
pub const WAITING_MANY: Phrase = Phrase::new(
    "{} har ikke haft ordet endnu. Gå videre alligevel?",
    "{} have not had a turn yet. Move on anyway?",
);
/// `→` in a supervision whose phase still has time: the phase's title and
/// the time left.
pub const LEAVE_PHASE: Phrase = Phrase::new(
    "Supervisionen er i gang: fasen »{}« har {} tilbage. Gå til næste fase?",
    "The supervision is running: the phase “{}” has {} left. Go to the next phase?",
);
/// `→` on a supervision's last phase (or one without phases) with time left.
pub const LEAVE_SUPERVISION: Phrase = Phrase::new(
    "Supervisionen er i gang og har {} tilbage. Forlad den?",
    "The supervision is running with {} left. Leave it?",
);

/// The box of today's notes (`I`): the title, and when there are none.
pub const NOTES_BOX_TITLE: Phrase = Phrase::new("Dagens noter", "Today's notes");
pub const NOTES_BOX_EMPTY: Phrase = Phrase::new(
    "Ingen noter endnu – tryk Esc og så i for at skrive en",
    "No notes yet – press Esc, then i to write one",
);
/// The note input's title while it corrects a note.
pub const EDIT_TITLE: Phrase = Phrase::new("Ret note", "Edit note");
/// `x` in today's notes: "{}" is the start of the note's text.
pub const REMOVE_ASK: Phrase = Phrase::new("Slet noten »{}«?", "Delete the note \"{}\"?");
/// Esc in the note input with text typed.
pub const DISCARD_NOTE: Phrase = Phrase::new("Smid noten væk?", "Throw the note away?");
pub const DISCARD_CORRECTION: Phrase =
    Phrase::new("Smid rettelsen væk?", "Throw the correction away?");
/// The note input's title: whom the note is about, and how to clear it.
pub const ABOUT: Phrase = Phrase::new("om: {}", "about: {}");
pub const ABOUT_NOBODY: Phrase = Phrase::new("om: ingen", "about: nobody");
/// A parked topic's speaker raised it: the minutes say »foreslået af«.
pub const RAISED_BY: Phrase = Phrase::new("foreslået af: {}", "proposed by: {}");
pub const RAISED_BY_NOBODY: Phrase = Phrase::new("foreslået af: ingen", "proposed by: nobody");
/// An action's `@name` fits several members: "{}" is what was typed.
pub const OWNER_WHO: Phrase = Phrase::new(
    "»{}« passer på flere. Hvem er ansvarlig?",
    "\"{}\" fits several members. Who is the owner?",
);
/// An action's `@name` fits no member.
pub const OWNER_NOBODY: Phrase = Phrase::new(
    "»{}« er ikke i netværket. Hvem er ansvarlig?",
    "\"{}\" is not in the network. Who is the owner?",
);
/// While typing: an `@name` that fits nobody ("{}" after the `@`).
pub const OWNER_UNKNOWN: Phrase = Phrase::new(
    "@{} er ikke i netværket – Enter spørger, hvem der er ansvarlig",
    "@{} is not in the network – Enter asks who the owner is",
);
/// The last row of the choice: saving the action without an owner.
pub const NO_OWNER: Phrase = Phrase::new("ingen ansvarlig – gem uden", "no owner – save without");
/// "Moved" on an action from last time: "{}" is the action.
pub const MOVED_TITLE: Phrase =
    Phrase::new("Flyttet: »{}« – ny frist?", "Moved: \"{}\" – due when?");
pub const MOVED_HINT: Phrase = Phrase::new(
    " fx 15/1, 15.1.2027 eller fredag – tom: næste møde ",
    " e.g. 15/1, 15.1.2027 or friday – empty: the next meeting ",
);
pub const MOVED_NOT_A_DATE: Phrase = Phrase::new(
    " »{}« er ikke en dato – skriv fx 15/1 eller fredag ",
    " \"{}\" is not a date – write e.g. 15/1 or friday ",
);
pub const MOVED_PAST: Phrase = Phrase::new(
    " »{}« er allerede gået – skriv en dato frem i tiden ",
    " \"{}\" has already passed – write a date ahead ",
);
/// Said on the status line once a correction is saved.
pub const NOTE_CORRECTED: Phrase = Phrase::new("Noten er rettet", "The note is corrected");
pub const NOTE_REMOVED: Phrase = Phrase::new("Noten er slettet", "The note is deleted");

/// "Bo, Carla og Dorte".
pub fn names_and(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Da => "og",
        Lang::En => "and",
    };
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
        _ => names.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_a_sentence() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(names_and(&names(&["Bo"]), Lang::Da), "Bo");
        assert_eq!(
            names_and(&names(&["Bo", "Carla", "Dorte"]), Lang::Da),
            "Bo, Carla og Dorte"
        );
        assert_eq!(
            names_and(&names(&["Bo", "Carla"]), Lang::En),
            "Bo and Carla"
        );
    }
}
