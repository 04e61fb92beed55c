//! Why a suggestion was made, and how to say it in Danish and English.

use crate::dates::day_month;
use crate::i18n::rotation as t;
use crate::text::Lang;
use chrono::NaiveDate;

pub use crate::model::role_kind::RoleKind;

impl RoleKind {
    pub fn label(self, lang: Lang) -> &'static str {
        use crate::i18n::common;
        match self {
            RoleKind::CaseGiver => common::CASE_GIVER.get(lang),
            RoleKind::Reserve => crate::i18n::common::RESERVE.get(lang),
            RoleKind::Interviewer => common::INTERVIEWER.get(lang),
            RoleKind::Facilitator => common::FACILITATOR.get(lang),
            RoleKind::NoteTaker => common::NOTE_TAKER.get(lang),
            RoleKind::Timekeeper => common::TIMEKEEPER.get(lang),
        }
    }
}

/// How many cases someone has had and when the last one was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseTally {
    pub cases: u32,
    pub last: Option<NaiveDate>,
}

/// What decided between the suggested person and the one after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieBreak {
    FewestCases,
    LongestSince,
    RosterOrder,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The person asked for an urgent case at the start of the session.
    UrgentBid(CaseTally),
    /// Named at the end of the last meeting.
    Agreed(CaseTally),
    /// Agreed as case-giver at the last meeting, after today's urgent case.
    AgreedAfterUrgent(CaseTally),
    /// The last meeting's reserve, because the agreed case-giver is not here.
    AgreedReserve {
        tally: CaseTally,
        absent: String,
    },
    /// Fewest cases, then longest since, then roster order.
    Cases {
        tally: CaseTally,
        decided_by: TieBreak,
    },
    Interviews {
        count: u32,
        last: Option<NaiveDate>,
    },
    /// Named at the end of the last meeting (facilitator, note-taker).
    AgreedRole,
    /// Fixed order; `after` is the previous facilitator, `skipped` those
    /// whose turn it was but who are away or on leave.
    NextInOrder {
        after: Option<String>,
        skipped: Vec<String>,
    },
    /// Places behind the facilitator in the fixed order (the note-taker
    /// one, the timekeeper two, more where those are away).
    BehindFacilitator {
        facilitator: String,
        places: usize,
    },
    /// The one behind the facilitator brings the case; this person has
    /// taken notes least (and longest ago).
    NoteTakings {
        count: u32,
        last: Option<NaiveDate>,
        case_giver: String,
    },
    /// Kept as it was before `bidder` asked for an urgent case.
    Unchanged {
        bidder: String,
    },
    /// Already chosen for today.
    Today,
    /// Chosen by the facilitator for today instead of the rotation's pick.
    ChosenToday,
    /// Chosen by the facilitator, who said why (empty: nothing said).
    ChosenBecause(String),
}

/// "1 sag, senest 14. sep" / "no case yet".
pub fn cases_text(tally: CaseTally, today: NaiveDate, lang: Lang) -> String {
    let count = match tally.cases {
        0 => return t::NO_CASE_YET.get(lang).to_string(),
        1 => t::ONE_CASE.get(lang).to_string(),
        n => t::N_CASES.fill(lang, &[&n.to_string()]),
    };
    match tally.last {
        Some(day) => format!(
            "{count}, {}",
            t::LAST_ON.fill(lang, &[&day_month(day, today, lang)])
        ),
        None => count,
    }
}

impl Reason {
    pub fn render(&self, today: NaiveDate, lang: Lang) -> String {
        match self {
            Reason::UrgentBid(tally) => format!(
                "{} ({})",
                t::URGENT_BID.get(lang),
                cases_text(*tally, today, lang)
            ),
            Reason::Agreed(tally) => format!(
                "{} ({})",
                t::AGREED.get(lang),
                cases_text(*tally, today, lang)
            ),
            Reason::AgreedAfterUrgent(tally) => format!(
                "{} ({})",
                t::AGREED_AFTER_URGENT.get(lang),
                cases_text(*tally, today, lang)
            ),
            Reason::AgreedReserve { tally, absent } => format!(
                "{} ({})",
                t::AGREED_RESERVE.fill(lang, &[absent]),
                cases_text(*tally, today, lang)
            ),
            Reason::Cases { tally, decided_by } => {
                let text = cases_text(*tally, today, lang);
                match decided_by {
                    TieBreak::RosterOrder => format!("{text}, {}", t::AHEAD_IN_ORDER.get(lang)),
                    _ => text,
                }
            }
            Reason::Interviews { count, last } => {
                let head = match count {
                    0 => return t::NOT_INTERVIEWED.get(lang).to_string(),
                    1 => t::INTERVIEWED_ONCE.get(lang).to_string(),
                    n => t::INTERVIEWED_N.fill(lang, &[&n.to_string()]),
                };
                match last {
                    Some(day) => format!(
                        "{head}, {}",
                        t::LAST_ON.fill(lang, &[&day_month(*day, today, lang)])
                    ),
                    None => head,
                }
            }
            Reason::AgreedRole => t::AGREED.get(lang).to_string(),
            Reason::NextInOrder { after, skipped } => {
                let mut s = match after {
                    Some(name) => t::NEXT_AFTER.fill(lang, &[name]),
                    None => t::FIRST_IN_ORDER.get(lang).to_string(),
                };
                if !skipped.is_empty() {
                    s.push_str("; ");
                    s.push_str(&t::SKIPS.fill(lang, &[&skipped.join(", ")]));
                }
                s
            }
            Reason::BehindFacilitator {
                facilitator,
                places: 1,
            } => t::BEHIND_FACILITATOR.fill(lang, &[facilitator]),
            Reason::BehindFacilitator {
                facilitator,
                places,
            } => t::PLACES_BEHIND_FACILITATOR
                .fill(lang, &[&t::count_word(*places, lang), facilitator]),
            Reason::Unchanged { bidder } => t::UNCHANGED_BY_URGENT.fill(lang, &[bidder]),
            Reason::NoteTakings {
                count,
                last,
                case_giver,
            } => {
                let mut s = match count {
                    0 => t::NO_NOTES_YET.get(lang).to_string(),
                    1 => t::NOTES_ONCE.get(lang).to_string(),
                    n => t::NOTES_N.fill(lang, &[&n.to_string()]),
                };
                if let Some(day) = last {
                    s.push_str(", ");
                    s.push_str(&t::LAST_ON.fill(lang, &[&day_month(*day, today, lang)]));
                }
                s.push_str("; ");
                s.push_str(&t::HAS_THE_CASE.fill(lang, &[case_giver]));
                s
            }
            Reason::Today => t::TODAYS_FACILITATOR.get(lang).to_string(),
            Reason::ChosenToday => t::CHOSEN_TODAY.get(lang).to_string(),
            Reason::ChosenBecause(why) if why.is_empty() => t::CHOSEN_TODAY.get(lang).to_string(),
            Reason::ChosenBecause(why) => format!("{}: {why}", t::CHOSEN_TODAY.get(lang)),
        }
    }
}

/// Something the facilitator should know before accepting the suggestions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Among regular members, most minus fewest cases is more than one.
    Uneven {
        most: String,
        most_cases: u32,
        fewest: String,
        fewest_cases: u32,
    },
    /// No one present can take the case.
    NobodyEligible,
    /// Agreed as case-giver but not here: stays first in the queue.
    KeepsPlace(String),
    /// Someone asked for an urgent case but holds another role today.
    BidWaits(String),
    /// An urgent case took a role's holder: `to` holds it instead.
    MovedForUrgent {
        role: RoleKind,
        from: String,
        to: Option<String>,
    },
}

fn count(n: u32, lang: Lang) -> String {
    cases_text(
        CaseTally {
            cases: n,
            last: None,
        },
        NaiveDate::MIN,
        lang,
    )
}

impl Warning {
    /// Every warning of `warnings`, one text each, except that the roles
    /// an urgent case moved are said together, in one line.
    pub fn texts(warnings: &[Warning], lang: Lang) -> Vec<String> {
        let moves: Vec<String> = warnings
            .iter()
            .filter_map(|w| match w {
                Warning::MovedForUrgent { role, from, to } => Some(t::MOVED_ROLE.fill(
                    lang,
                    &[role.label(lang), to.as_deref().unwrap_or("–"), from],
                )),
                _ => None,
            })
            .collect();
        let mut out = Vec::new();
        let mut said_moves = false;
        for w in warnings {
            match w {
                Warning::MovedForUrgent { .. } if moves.len() > 1 => {
                    if !said_moves {
                        out.push(t::MOVED_FOR_URGENT_MANY.fill(lang, &[&moves.join(" · ")]));
                        said_moves = true;
                    }
                }
                _ => out.push(w.render(lang)),
            }
        }
        out
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Warning::Uneven {
                most,
                most_cases,
                fewest,
                fewest_cases,
            } => {
                let most_count = count(*most_cases, lang);
                match fewest_cases {
                    0 => t::UNEVEN_NONE.fill(lang, &[most, &most_count, fewest]),
                    n => t::UNEVEN.fill(lang, &[most, &most_count, fewest, &count(*n, lang)]),
                }
            }
            Warning::NobodyEligible => t::NOBODY_ELIGIBLE.get(lang).to_string(),
            Warning::KeepsPlace(name) => t::KEEPS_PLACE.fill(lang, &[name]),
            Warning::BidWaits(name) => t::BID_WAITS.fill(lang, &[name]),
            Warning::MovedForUrgent { role, from, to } => t::MOVED_FOR_URGENT.fill(
                lang,
                &[role.label(lang), to.as_deref().unwrap_or("–"), from],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn renders_the_case_reason_in_both_languages() {
        let tally = CaseTally {
            cases: 1,
            last: Some(d(2026, 9, 14)),
        };
        let today = d(2026, 11, 23);
        assert_eq!(cases_text(tally, today, Lang::Da), "1 sag, senest 14. sep");
        assert_eq!(cases_text(tally, today, Lang::En), "1 case, last on 14 Sep");
    }

    #[test]
    fn names_the_year_when_it_is_not_this_year() {
        let today = d(2027, 1, 10);
        assert_eq!(day_month(d(2026, 12, 3), today, Lang::Da), "3. dec 2026");
        assert_eq!(day_month(d(2026, 5, 3), today, Lang::En), "3 May 2026");
    }

    #[test]
    fn says_when_roster_order_decided() {
        let r = Reason::Cases {
            tally: CaseTally {
                cases: 0,
                last: None,
            },
            decided_by: TieBreak::RosterOrder,
        };
        let today = d(2026, 1, 1);
        assert_eq!(
            r.render(today, Lang::Da),
            "ingen sag endnu, står forrest i rækken"
        );
        assert_eq!(
            r.render(today, Lang::En),
            "no case yet, earliest in the order"
        );
    }

    #[test]
    fn uneven_warning_reads_naturally() {
        let w = Warning::Uneven {
            most: "Bo".into(),
            most_cases: 3,
            fewest: "Carla".into(),
            fewest_cases: 1,
        };
        assert_eq!(
            w.render(Lang::Da),
            "Skæv fordeling: Bo har haft 3 sager, Carla kun 1 sag"
        );
        assert_eq!(
            w.render(Lang::En),
            "Uneven: Bo has had 3 cases, Carla only 1 case"
        );
    }
}
