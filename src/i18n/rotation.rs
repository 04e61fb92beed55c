//! Words of the rotation: suggestions, their reasons, warnings, network
//! history and the `runde network` commands.

use super::Phrase;

// Dates and counts.
pub const MONTHS_DA: [&str; 12] = [
    "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];
pub const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
pub const NO_CASE_YET: Phrase = Phrase::new("ingen sag endnu", "no case yet");
pub const ONE_CASE: Phrase = Phrase::new("1 sag", "1 case");
pub const N_CASES: Phrase = Phrase::new("{} sager", "{} cases");
pub const LAST_ON: Phrase = Phrase::new("senest {}", "last on {}");
pub const NOT_INTERVIEWED: Phrase = Phrase::new(
    "har ikke været interviewer endnu",
    "has not interviewed yet",
);
pub const INTERVIEWED_ONCE: Phrase =
    Phrase::new("har været interviewer 1 gang", "interviewed once");
pub const INTERVIEWED_N: Phrase =
    Phrase::new("har været interviewer {} gange", "interviewed {} times");

// Reasons.
pub const URGENT_BID: Phrase = Phrase::new(
    "har bedt om tid til en akut sag",
    "asked for an urgent case",
);
pub const AGREED: Phrase = Phrase::new("aftalt på sidste møde", "agreed at the last meeting");
pub const AGREED_RESERVE: Phrase = Phrase::new(
    "reserve fra sidste møde; {} er her ikke",
    "reserve from the last meeting; {} is not here",
);
pub const FIRST_IN_ORDER: Phrase = Phrase::new("står først i rækken", "first in the order");
pub const NEXT_AFTER: Phrase = Phrase::new("næste i rækken efter {}", "next in the order after {}");
pub const SKIPS: Phrase = Phrase::new("{} springes over", "skips {}");
pub const BEHIND_FACILITATOR: Phrase = Phrase::new(
    "en plads bag tovholderen ({})",
    "one place behind the facilitator ({})",
);
pub const TODAYS_FACILITATOR: Phrase = Phrase::new("dagens tovholder", "today's facilitator");

// Warnings.
pub const UNEVEN: Phrase = Phrase::new(
    "Skæv fordeling: {} har haft {}, {} kun {}",
    "Uneven: {} has had {}, {} only {}",
);
pub const UNEVEN_NONE: Phrase = Phrase::new(
    "Skæv fordeling: {} har haft {}, {} ingen endnu",
    "Uneven: {} has had {}, {} none yet",
);
pub const NOBODY_ELIGIBLE: Phrase = Phrase::new(
    "Ingen kan være fokusperson: alle er væk, på orlov eller tovholder",
    "Nobody can be case-giver: everyone is away, on leave or facilitating",
);
pub const KEEPS_PLACE: Phrase = Phrase::new(
    "{} er her ikke i dag og beholder sin plads i køen",
    "{} is not here today and keeps their place in the queue",
);

// Roles and headings.
pub const RESERVE: Phrase = Phrase::new("reserve", "reserve");
pub const ROLES_TITLE: Phrase = Phrase::new("Roller i dag", "Today's roles");
pub const CASE_QUEUE: Phrase = Phrase::new("Kø til sager", "Case queue");
pub const NOT_AVAILABLE: Phrase = Phrase::new("Ikke med", "Not available");
pub const ON_LEAVE: Phrase = Phrase::new("orlov", "on leave");
pub const AWAY: Phrase = Phrase::new("fraværende", "away");
pub const WARNINGS: Phrase = Phrase::new("Advarsler", "Warnings");

// Health signals.
pub const FALLING_ATTENDANCE: Phrase = Phrase::new(
    "Faldende fremmøde: {} % de seneste møder mod {} % før",
    "Falling attendance: {}% at the latest meetings against {}% before",
);
pub const SAME_FEW: Phrase = Phrase::new(
    "Det er de samme, der kommer med sager: de seneste {} kom alle fra {}",
    "The same few bring the cases: the latest {} all came from {}",
);
pub const ACTIONS_NOT_FOLLOWED: Phrase = Phrase::new(
    "{} handlinger fra tidligere møder er ikke fulgt op",
    "{} actions from earlier meetings have not been followed up",
);
pub const MEETINGS_WITHOUT_CASE: Phrase = Phrase::new(
    "{} af de seneste {} møder var uden sag",
    "{} of the latest {} meetings had no case",
);
pub const HEALTHY: Phrase = Phrase::new("Ingen advarselstegn", "No warning signs");
