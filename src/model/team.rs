//! Who is in a supervision's team (METHODS.md, "Rotation across
//! meetings"): everyone present but the case-giver, the interviewer, the
//! facilitator, who holds the frame and not the content, and the
//! note-taker, who writes. A plan may take the facilitator or the
//! note-taker into a phase's team; a small group takes them in by itself,
//! so that a team can reflect to each other; past six, the rest observe.
//!
//! One rule for names (the live session) and for counts (planned minutes
//! before anyone is named), so the two never disagree.

use super::plan::Role;

/// Fewer than this and the note-taker, then the facilitator, join the team.
pub const SMALLEST_TEAM: usize = 3;
/// More than this and the rest are silent observers.
pub const LARGEST_TEAM: usize = 6;

/// The team and its observers. `others`: those present holding none of the
/// four roles, in order; `note_taker` and `facilitator`: when present and
/// free to join (not also the case-giver or interviewer); `includes`: the
/// phase's `team_includes`.
pub fn compose<T: Clone>(
    others: &[T],
    note_taker: Option<T>,
    facilitator: Option<T>,
    includes: &[Role],
) -> (Vec<T>, Vec<T>) {
    let mut team = others.to_vec();
    let mut frame = Vec::new();
    for (role, who) in [
        (Role::NoteTaker, note_taker),
        (Role::Facilitator, facilitator),
    ] {
        let Some(who) = who else { continue };
        if includes.contains(&role) {
            team.push(who);
        } else {
            frame.push(who);
        }
    }
    for who in frame {
        if team.len() >= SMALLEST_TEAM {
            break;
        }
        team.push(who);
    }
    let observers = team.split_off(team.len().min(LARGEST_TEAM));
    (team, observers)
}

/// The team's size for a headcount alone, before anyone is named: the
/// case-giver, the interviewer (where the supervision has one), the
/// facilitator and the note-taker are among `present`.
pub fn size(present: usize, uses_interviewer: bool, includes: &[Role]) -> usize {
    let mut left = present;
    let mut take = || {
        let had = left > 0;
        left = left.saturating_sub(1);
        had.then_some(())
    };
    let _case_giver = take();
    if uses_interviewer {
        take();
    }
    let facilitator = take();
    let note_taker = take();
    compose(&vec![(); left], note_taker, facilitator, includes)
        .0
        .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_team_leaves_out_the_frame_takes_it_in_when_small_and_caps_at_six() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (team, obs) = compose(
            &names(&["C", "D", "E"]),
            Some("N".into()),
            Some("F".into()),
            &[],
        );
        assert_eq!((team, obs), (names(&["C", "D", "E"]), vec![]));
        let (team, _) = compose(&names(&["C"]), Some("N".into()), Some("F".into()), &[]);
        assert_eq!(team, names(&["C", "N", "F"]), "a small group");
        let (team, _) = compose(
            &names(&["C", "D", "E"]),
            Some("N".into()),
            None,
            &[Role::NoteTaker],
        );
        assert_eq!(team, names(&["C", "D", "E", "N"]), "the plan takes them in");
        let many = names(&["A", "B", "C", "D", "E", "G", "H"]);
        let (team, obs) = compose(&many, Some("N".into()), Some("F".into()), &[]);
        assert_eq!(team.len(), 6);
        assert_eq!(obs, names(&["H"]));
        // Ten present with an interviewer: six reflect (four would be ten
        // less case-giver, interviewer, facilitator, note-taker: six).
        assert_eq!(size(10, true, &[]), 6);
        assert_eq!(size(8, true, &[]), 4);
        assert_eq!(size(5, true, &[]), 3, "the note-taker joins");
        assert_eq!(size(2, false, &[]), 1);
        assert_eq!(size(12, false, &[]), 6);
    }
}
