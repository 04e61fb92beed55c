//! Words used across screens and commands.

use super::Phrase;

pub const MINUTES_SHORT: Phrase = Phrase::new("min", "min");
pub const BUNDLED: Phrase = Phrase::new("medfølger", "bundled");
pub const USER: Phrase = Phrase::new("egen", "user");
pub const YES: Phrase = Phrase::new("ja", "yes");
pub const FACILITATOR: Phrase = Phrase::new("tovholder", "facilitator");
pub const NOTE_TAKER: Phrase = Phrase::new("referent", "note-taker");
pub const CASE_GIVER: Phrase = Phrase::new("fokusperson", "case-giver");
pub const INTERVIEWER: Phrase = Phrase::new("interviewer", "interviewer");
pub const REFLECTING_TEAM: Phrase = Phrase::new("reflekterende team", "reflecting team");
pub const TIMEKEEPER: Phrase = Phrase::new("tidtager", "timekeeper");
pub const RESERVE: Phrase = Phrase::new("reserve", "reserve");
pub const HOST: Phrase = Phrase::new("vært", "host");
pub const EVERYONE: Phrase = Phrase::new("alle", "everyone");
pub const GROUP: Phrase = Phrase::new("gruppen", "group");
// The roles as a sentence names them, with the article.
pub const FACILITATOR_THE: Phrase = Phrase::new("tovholderen", "the facilitator");
pub const NOTE_TAKER_THE: Phrase = Phrase::new("referenten", "the note-taker");
pub const CASE_GIVER_THE: Phrase = Phrase::new("fokuspersonen", "the case-giver");
pub const INTERVIEWER_THE: Phrase = Phrase::new("intervieweren", "the interviewer");
pub const REFLECTING_TEAM_THE: Phrase = Phrase::new("teamet", "the team");
pub const GROUP_THE: Phrase = Phrase::new("gruppen", "the group");
pub const TIMEKEEPER_THE: Phrase = Phrase::new("tidtageren", "the timekeeper");
pub const NOTE: Phrase = Phrase::new("note", "note");
pub const DECISION: Phrase = Phrase::new("beslutning", "decision");
pub const ACTION: Phrase = Phrase::new("aftale", "action");
pub const LEARNING: Phrase = Phrase::new("læringspunkt", "learning point");
pub const PARKED: Phrase = Phrase::new("parkeret", "parked");
pub const PRIVATE: Phrase = Phrase::new("privat", "private");
/// A member away for a longer time (in lists of who is not here).
pub const ON_LEAVE: Phrase = Phrase::new("orlov", "on leave");
pub const TOO_SMALL: Phrase = Phrase::new(
    "Vinduet er for lille ({}x{}). runde skal bruge mindst {}x{}.",
    "The window is too small ({}x{}). runde needs at least {}x{}.",
);
pub const NEEDS_TERMINAL: Phrase = Phrase::new(
    "runde skal bruge en terminal til sine skærme; kør det i et terminalvindue (kommandoerne plans, show, check, sessions, search, export og actions virker uden)",
    "runde needs a terminal for its screens; run it in a terminal window (the commands plans, show, check, sessions, search, export and actions work without one)",
);
pub const AD_HOC: Phrase = Phrase::new("Ad hoc (uden netværk)", "Ad hoc (no network)");

const PRIVATE_ACTIONS: super::Counted = super::Counted::new(
    Phrase::new("{} privat aftale", "{} private action"),
    Phrase::new("{} private aftaler", "{} private actions"),
);

/// "1 privat aftale" / "3 private aftaler": counted, never shown.
pub fn private_actions(n: usize, lang: crate::text::Lang) -> String {
    PRIVATE_ACTIONS.fill(lang, n, &[])
}

/// The word for a kind of note, as lists and run-sheets name it.
pub fn note_kind(kind: crate::model::plan::NoteKind) -> Phrase {
    use crate::model::plan::NoteKind;
    match kind {
        NoteKind::Note => NOTE,
        NoteKind::Decision => DECISION,
        NoteKind::Action => ACTION,
        NoteKind::Learning => LEARNING,
        NoteKind::Parked => PARKED,
    }
}

/// A network's name as the UI shows it: the ad-hoc sessions' shared name
/// says that they belong to no network.
pub fn network_label(name: &str, lang: crate::text::Lang) -> String {
    if crate::model::network::is_ad_hoc_name(name) {
        AD_HOC.get(lang).to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Network;
    use crate::text::Lang;

    #[test]
    fn the_ad_hoc_network_is_named_as_no_network() {
        let ad_hoc = Network::ad_hoc(&["Anne"]);
        assert!(ad_hoc.is_ad_hoc() && !Network::demo().is_ad_hoc());
        assert_eq!(
            network_label(&ad_hoc.name, Lang::Da),
            "Ad hoc (uden netværk)"
        );
        assert_eq!(network_label(&ad_hoc.name, Lang::En), "Ad hoc (no network)");
        assert_eq!(
            network_label("Skoleledere Øst", Lang::Da),
            "Skoleledere Øst"
        );
    }
}
