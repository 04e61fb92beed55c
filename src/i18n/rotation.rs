//! Words of the rotation: suggestions, their reasons, warnings, network
//! history and the `runde network` commands.

use super::{Counted, Phrase};

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
pub const AHEAD_IN_ORDER: Phrase = Phrase::new("står forrest i rækken", "earliest in the order");
pub const NEXT_AFTER: Phrase = Phrase::new("næste i rækken efter {}", "next in the order after {}");
pub const SKIPS: Phrase = Phrase::new("{} springes over", "skips {}");
pub const BEHIND_FACILITATOR: Phrase = Phrase::new(
    "en plads bag tovholderen ({})",
    "one place behind the facilitator ({})",
);
pub const PLACES_BEHIND_FACILITATOR: Phrase = Phrase::new(
    "{} pladser bag tovholderen ({})",
    "{} places behind the facilitator ({})",
);
pub const AGREED_AFTER_URGENT: Phrase = Phrase::new(
    "aftalt som fokusperson på sidste møde; den akutte sag går forud",
    "agreed as case-giver at the last meeting; the urgent case comes first",
);
pub const UNCHANGED_BY_URGENT: Phrase = Phrase::new(
    "uændret, selv om {} har bedt om tid til en akut sag",
    "unchanged, though {} asked for an urgent case",
);
pub const NO_NOTES_YET: Phrase =
    Phrase::new("har ikke været referent endnu", "has not taken notes yet");
pub const NOTES_ONCE: Phrase = Phrase::new("har været referent 1 gang", "took notes once");
pub const NOTES_N: Phrase = Phrase::new("har været referent {} gange", "took notes {} times");
pub const HAS_THE_CASE: Phrase = Phrase::new("{} har sagen i dag", "{} brings the case today");
pub const TODAYS_FACILITATOR: Phrase = Phrase::new("dagens tovholder", "today's facilitator");
pub const CHOSEN_TODAY: Phrase = Phrase::new(
    "valgt af tovholderen i dag",
    "chosen by the facilitator today",
);

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

pub const BID_WAITS: Phrase = Phrase::new(
    "Akut sag fra {} venter: giv først rollen videre",
    "The urgent case from {} waits: hand their role on first",
);
/// "referent Gustav i stedet for Hanne", one of several roles moved.
pub const MOVED_ROLE: Phrase = Phrase::new("{} {} i stedet for {}", "{} {} instead of {}");
pub const MOVED_FOR_URGENT_MANY: Phrase =
    Phrase::new("Akut sag flytter: {}", "The urgent case moves: {}");
pub const MOVED_FOR_URGENT: Phrase = Phrase::new(
    "Den akutte sag flytter rollen som {}: {} i stedet for {}",
    "The urgent case moves the {}: {} instead of {}",
);

/// A small count in words ("to", "three"), else in digits.
pub fn count_word(n: usize, lang: crate::text::Lang) -> String {
    const DA: [&str; 6] = ["nul", "en", "to", "tre", "fire", "fem"];
    const EN: [&str; 6] = ["zero", "one", "two", "three", "four", "five"];
    let words = match lang {
        crate::text::Lang::Da => DA,
        crate::text::Lang::En => EN,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

// Roles and headings.
pub const ROLES_TITLE: Phrase = Phrase::new("Roller i dag", "Today's roles");
pub const CASE_QUEUE: Phrase = Phrase::new("Kø til sager", "Case queue");
/// The end of a case queue too long for its row: "+3 flere".
pub const MORE: Phrase = Phrase::new("+{} flere", "+{} more");
pub const NOT_AVAILABLE: Phrase = Phrase::new("Ikke med", "Not available");
pub const AWAY: Phrase = Phrase::new("ikke her i dag", "not here today");

/// Who is not available today and why: "Dorte (orlov), Erik (ikke her i dag)".
pub fn unavailable(who: &[(String, crate::rotation::Absence)], lang: crate::text::Lang) -> String {
    use crate::rotation::Absence;
    let named: Vec<String> = who
        .iter()
        .map(|(name, why)| {
            let why = match why {
                Absence::OnLeave => super::common::ON_LEAVE,
                Absence::Away => AWAY,
            };
            format!("{name} ({})", why.get(lang))
        })
        .collect();
    named.join(", ")
}

// Health signals.
pub const FALLING_ATTENDANCE: Phrase = Phrase::new(
    "Faldende fremmøde: {} % ved de seneste {} møder mod {} % før",
    "Falling attendance: {}% at the latest {} meetings against {}% before",
);
pub const SAME_FEW: Phrase = Phrase::new(
    "Det er de samme, der kommer med sager: de seneste {} kom alle fra {}",
    "The same few bring the cases: the latest {} all came from {}",
);
pub const ACTION_NOT_FOLLOWED: Phrase = Phrase::new(
    "1 aftale fra et tidligere møde er ikke fulgt op",
    "1 action from an earlier meeting has not been followed up",
);
pub const ACTIONS_NOT_FOLLOWED: Phrase = Phrase::new(
    "{} aftaler fra tidligere møder er ikke fulgt op",
    "{} actions from earlier meetings have not been followed up",
);
pub const MEETINGS_WITHOUT_CASE: Phrase = Phrase::new(
    "{} af de seneste {} møder var uden sag",
    "{} of the latest {} meetings had no case",
);
/// "3,4", "3", "4,2": the mean score of the latest meetings and before.
pub const FALLING_SCORES: Phrase = Phrase::new(
    "Faldende tjek-ud-scorer: {} i gennemsnit ved de seneste {} møder mod {} før",
    "Falling check-out scores: {} on average at the latest {} meetings against {} before",
);
pub const HEALTHY: Phrase = Phrase::new("Ingen advarselstegn", "No warning signs");

// `runde network …`
pub const NETWORK_EXISTS: Phrase = Phrase::new(
    "Der findes allerede et netværk, der hedder »{}«",
    "A network called \"{}\" already exists",
);
pub const NO_PARTICIPANTS: Phrase = Phrase::new(
    "Skriv mindst én deltager: --participants \"Anne,Bo,Carla\"",
    "Name at least one participant: --participants \"Anne,Bo,Carla\"",
);
pub const ALREADY_MEMBER: Phrase = Phrase::new("{} er allerede med i {}", "{} is already in {}");
pub const NOT_MEMBER: Phrase = Phrase::new(
    "{} er ikke med i {}. Deltagere: {}",
    "{} is not in {}. Participants: {}",
);
pub const LEAVE_BACKWARDS: Phrase = Phrase::new(
    "Orloven slutter ({}), før den begynder ({})",
    "The leave ends ({}) before it starts ({})",
);
pub const CREATED: Phrase = Phrase::new(
    "Netværket {} er oprettet med {} deltagere: {}",
    "Created the network {} with {} participants: {}",
);
pub const ADDED: Phrase = Phrase::new(
    "{} er med i {} nu, sidst i rækken",
    "{} is in {} now, last in the order",
);
pub const REMOVED: Phrase = Phrase::new(
    "{} er taget ud af {}. Tidligere møder beholder {} historik.",
    "Removed {} from {}. Earlier sessions keep {} history.",
);
pub const FLAG_NOT_A_DATE: Phrase = Phrase::new(
    "{}: »{}« er ikke en dato; skriv fx 1/12, 1/12/2026 eller 2026-12-01",
    "{}: \"{}\" is not a date; expected a day such as 1/12, 1/12/2026 or 2026-12-01",
);
pub const TO_BEFORE_FROM: Phrase = Phrase::new(
    "--to ({}) ligger før --from ({}); en orlov ind i næste år skrives med årstal: --to {}",
    "--to ({}) is before --from ({}); for a leave into the next year, give the year: --to {}",
);
pub const TO_FAR_AHEAD: Phrase = Phrase::new(
    "--to {} giver en orlov på over et halvt år ({} til {}); skriv årstallet, hvis det er meningen: --to {}",
    "--to {} makes a leave of more than half a year ({} to {}); give the year if that is meant: --to {}",
);
pub const LEAVE_OVERLAPS: Phrase = Phrase::new(
    "{} har allerede orlov fra {} til {}; afslut den først, eller vælg dage uden for den",
    "{} is on leave from {} to {} already; end that leave first, or choose days outside it",
);
pub const ON_LEAVE_SAVED: Phrase = Phrase::new(
    "{} har orlov fra {} til {} og får ingen roller i den periode",
    "{} is on leave from {} to {} and gets no roles in that period",
);
pub const ADDED_MANY: Phrase = Phrase::new(
    "{} er med i {} nu, sidst i rækken",
    "{} are in {} now, last in the order",
);
pub const MOVED: Phrase = Phrase::new(
    "{} er nu nr. {} i rækken",
    "{} is now number {} in the order",
);
pub const ALREADY_FIRST: Phrase = Phrase::new("{} er allerede først", "{} is already first");
pub const ALREADY_LAST: Phrase = Phrase::new("{} er allerede sidst", "{} is already last");
pub const NO_LEAVE: Phrase =
    Phrase::new("{} har ingen orlov at afslutte", "{} has no leave to end");
pub const LEAVE_ENDED: Phrase = Phrase::new("{} orlov er slut", "{} leave has ended");
pub const UNREADABLE_FILES: Phrase = Phrase::new(
    "{} netværksfil(er) kunne ikke læses (se ovenfor); ret filen, så er netværket med igen",
    "{} network file(s) could not be read (see above); fix the file and the network is back",
);
pub const SAVE_FAILED: Phrase = Phrase::new("Kunne ikke gemme: {}", "Could not save: {}");
pub const LIST_HEADER: Phrase = Phrase::new("Netværk", "Network");
pub const MEMBERS: Phrase = Phrase::new("Deltagere", "Members");
pub const SESSIONS: Phrase = Phrase::new("Møder", "Sessions");
pub const LATEST: Phrase = Phrase::new("Seneste", "Latest");
pub const DEMO: Phrase = Phrase::new("(demo)", "(demo)");

// `runde network show`
pub const SHOW_TITLE: Phrase = Phrase::new(
    "Netværk {}: {} deltagere, møder i alt: {}",
    "Network {}: {} members, sessions in all: {}",
);
/// A network's members and their rotation counts, as `runde network show`
/// and the network screen list them.
pub const COL_MEMBER: Phrase = Phrase::new("Deltager", "Member");
pub const COL_CASES: Phrase = Phrase::new("Sager", "Cases");
pub const COL_INTERVIEWS: Phrase = Phrase::new("Interv.", "Interv.");
pub const COL_FACILITATED: Phrase = Phrase::new("Tovh.", "Facil.");
pub const COL_ATTENDANCE: Phrase = Phrase::new("Fremmøde", "Attended");
pub const COL_AIRTIME: Phrase = Phrase::new("Taletid", "Airtime");
pub const COL_LAST_CASE: Phrase = Phrase::new("Seneste sag", "Last case");
pub const FORMER: Phrase = Phrase::new("Tidligere deltagere", "Former members");
pub const HEALTH: Phrase = Phrase::new("Netværkets sundhed", "Health");
pub const NEXT_MEETING: Phrase = Phrase::new("Næste møde ({})", "Next meeting ({})");
pub const LEAVE_UNTIL: Phrase = Phrase::new("orlov til {}", "on leave until {}");
pub const TABLE_NOTE: Phrase = Phrase::new(
    "Taletid er gennemsnit pr. møde. Interv. = interviewer, Tovh. = tovholder.",
    "Airtime is the average per session. Interv. = interviewer, Facil. = facilitator.",
);

/// Records that could not be read while the network's history was loaded:
/// each may be one of its meetings, so the turns may be counted short.
pub const UNREAD_MEETINGS: Counted = Counted::new(
    Phrase::new(
        "{} møde kunne ikke læses, så turen tæller det ikke med: {}",
        "{} meeting could not be read, so the rotation leaves it out: {}",
    ),
    Phrase::new(
        "{} møder kunne ikke læses, så turen tæller dem ikke med; det første: {}",
        "{} meetings could not be read, so the rotation leaves them out; the first: {}",
    ),
);

/// "1 meeting could not be read, so the rotation leaves it out:
/// 2026-11-03-nord.ron:3:5: …", or nothing when every record was read.
pub fn unread_meetings(
    problems: &[crate::store::Problem],
    lang: crate::text::Lang,
) -> Option<String> {
    let first = problems.first()?.describe_by_name(lang);
    Some(UNREAD_MEETINGS.fill(lang, problems.len(), &[&first]))
}
