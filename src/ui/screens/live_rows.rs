//! How the rows under the live screen's timer and queue are shared between
//! the guidance, a step's list (the open actions, the next meeting's
//! fields, the charter) and the notes. Pure arithmetic, so the order of who
//! gives way is tested on its own.
//!
//! In order, each gets what it asks for while rows are left:
//! 1. the guidance's title and its prompts, whole (the questions to ask);
//! 2. the guidance's first line (what to do never collapses to a pointer);
//! 3. the list's floor (its title, the chosen item and its keys);
//! 4. the notes' title with one note under it – or no notes box at all,
//!    never a title alone on the last row;
//! 5. the guidance's second line;
//! 6. the rest of the list;
//! 7. the rest of the guidance;
//! 8. the notes up to their usual height;
//! 9. what is left goes to the list, or to the guidance where there is none.
//!
//! Whatever is cut says so where it is drawn: the guidance's title says g
//! shows all of it, the list says which item of how many is chosen.

/// What each part of the column asks for, in rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Asks {
    /// The guidance's title row and its prompts' rows.
    pub guide_base: u16,
    /// The guidance's own text, in rows.
    pub guide_text: u16,
    /// The fewest rows the step's list can show itself in (0: no list).
    pub list_floor: u16,
    /// All of the step's list.
    pub list_full: u16,
    /// The notes' usual height, title included.
    pub notes: u16,
}

/// Rows each part gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shares {
    pub guide: u16,
    pub list: u16,
    pub notes: u16,
}

/// A notes box's title and one note.
pub(super) const NOTES_FLOOR: u16 = 2;

/// Up to `want` of the rows `left`, taken from it.
fn take(left: &mut u16, want: u16) -> u16 {
    let got = want.min(*left);
    *left -= got;
    got
}

/// `rows` shared as the module's order says.
pub(super) fn share(rows: u16, a: Asks) -> Shares {
    let mut left = rows;
    let mut guide = take(&mut left, a.guide_base);
    guide += take(&mut left, a.guide_text.min(1));
    let mut list = take(&mut left, a.list_floor.min(a.list_full));
    let mut notes = match left >= NOTES_FLOOR && a.notes >= NOTES_FLOOR {
        true => take(&mut left, NOTES_FLOOR),
        false => 0,
    };
    guide += take(&mut left, a.guide_text.min(2).saturating_sub(1));
    list += take(&mut left, a.list_full.saturating_sub(list));
    let text_shown = guide.saturating_sub(a.guide_base);
    guide += take(&mut left, a.guide_text.saturating_sub(text_shown));
    if notes > 0 || left >= NOTES_FLOOR {
        notes += take(&mut left, a.notes.saturating_sub(notes));
    }
    match a.list_full {
        0 => guide += left,
        _ => list += left,
    }
    Shares { guide, list, notes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks(guide_base: u16, guide_text: u16, list: (u16, u16), notes: u16) -> Asks {
        Asks {
            guide_base,
            guide_text,
            list_floor: list.0,
            list_full: list.1,
            notes,
        }
    }

    /// The trial's »Siden sidst« at 80x24: 12 rows under the queue, two
    /// prompts, four lines of guidance, 141 open actions and a private one.
    #[test]
    fn a_long_list_leaves_the_guidance_its_first_lines_and_the_notes_a_note() {
        let got = share(12, asks(3, 4, (4, 137), 4));
        assert_eq!(
            got,
            Shares {
                guide: 5,
                list: 5,
                notes: 2
            }
        );
    }

    /// The trial's »Aftaler og næste møde«: 15 rows, three prompts, the
    /// next meeting's seven fields with their title.
    #[test]
    fn the_next_meetings_fields_and_a_line_of_guidance_both_fit() {
        let got = share(15, asks(4, 3, (8, 9), 4));
        assert_eq!(
            got,
            Shares {
                guide: 5,
                list: 8,
                notes: 2
            }
        );
    }

    #[test]
    fn a_notes_title_is_never_alone_on_the_last_row() {
        for rows in 0..30 {
            for notes in [0, 4, 8] {
                let got = share(rows, asks(4, 6, (4, 20), notes));
                assert_ne!(got.notes, 1, "{rows} rows: {got:?}");
                assert!(got.guide + got.list + got.notes <= rows);
            }
        }
    }

    #[test]
    fn every_row_is_given_and_the_prompts_come_first() {
        for rows in 0..40 {
            let got = share(rows, asks(5, 6, (4, 20), 4));
            assert_eq!(got.guide + got.list + got.notes, rows);
            assert!(got.guide >= rows.min(5), "{rows}: {got:?}");
        }
    }

    #[test]
    fn without_a_list_the_spare_rows_go_to_the_guidance() {
        let got = share(20, asks(3, 4, (0, 0), 4));
        assert_eq!(
            got,
            Shares {
                guide: 16,
                list: 0,
                notes: 4
            }
        );
    }

    #[test]
    fn with_room_for_all_every_part_gets_all() {
        let got = share(30, asks(3, 4, (4, 6), 8));
        assert_eq!(
            got,
            Shares {
                guide: 7,
                list: 15,
                notes: 8
            }
        );
    }
}
