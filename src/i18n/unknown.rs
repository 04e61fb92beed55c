//! What runde says about a name that names nothing (see `crate::unknown`).

use super::Phrase;
use crate::unknown::Kind;

pub const NO_NETWORK: Phrase = Phrase::new(
    "der er intet netværk, der hedder »{}«",
    "there is no network called \"{}\"",
);
pub const NO_PLAN: Phrase = Phrase::new(
    "der er ingen plan, der hedder »{}«",
    "there is no plan called \"{}\"",
);
pub const NO_THEME: Phrase = Phrase::new(
    "der er intet farvetema, der hedder »{}«",
    "there is no theme called \"{}\"",
);
pub const NO_SESSION: Phrase = Phrase::new(
    "der er intet møde med id »{}«",
    "there is no session with the id \"{}\"",
);
pub const DID_YOU_MEAN: Phrase = Phrase::new("mente du »{}«?", "did you mean \"{}\"?");
pub const AND_MORE: Phrase = Phrase::new(
    "og {} flere (se dem alle med `{}`)",
    "and {} more (see them all with `{}`)",
);
pub const NETWORKS_ARE: Phrase = Phrase::new("netværkene er: {}", "the networks are: {}");
pub const PLANS_ARE: Phrase = Phrase::new("planerne er: {}", "the plans are: {}");
pub const THEMES_ARE: Phrase = Phrase::new("temaerne er: {}", "the themes are: {}");
pub const SESSIONS_ARE: Phrase = Phrase::new("de nyeste er: {}", "the newest are: {}");
pub const NO_NETWORKS_YET: Phrase = Phrase::new(
    "der er ingen netværk endnu; opret et med `runde network new`",
    "there are no networks yet; create one with `runde network new`",
);
pub const NO_PLANS_YET: Phrase = Phrase::new("der er ingen planer endnu", "there are no plans yet");
pub const NO_THEMES_YET: Phrase =
    Phrase::new("der er ingen farvetemaer endnu", "there are no themes yet");
pub const NO_SESSIONS_YET: Phrase = Phrase::new(
    "der er ingen møder endnu; start et med `runde start`",
    "there are no sessions yet; start one with `runde start`",
);

pub fn none(kind: Kind) -> Phrase {
    match kind {
        Kind::Network => NO_NETWORK,
        Kind::Plan => NO_PLAN,
        Kind::Theme => NO_THEME,
        Kind::Session => NO_SESSION,
    }
}

pub fn there_are(kind: Kind) -> Phrase {
    match kind {
        Kind::Network => NETWORKS_ARE,
        Kind::Plan => PLANS_ARE,
        Kind::Theme => THEMES_ARE,
        Kind::Session => SESSIONS_ARE,
    }
}

pub fn none_yet(kind: Kind) -> Phrase {
    match kind {
        Kind::Network => NO_NETWORKS_YET,
        Kind::Plan => NO_PLANS_YET,
        Kind::Theme => NO_THEMES_YET,
        Kind::Session => NO_SESSIONS_YET,
    }
}

/// The command that lists them all.
pub fn list_command(kind: Kind) -> &'static str {
    match kind {
        Kind::Network => "runde network list",
        Kind::Plan => "runde plans",
        Kind::Theme => "runde themes",
        Kind::Session => "runde sessions",
    }
}
