//! Warning signs of a network losing its energy (METHODS.md, vitalisation):
//! falling attendance, the same few bringing cases, actions not followed
//! up, meetings without a case.

use super::spent::spent;
use crate::i18n::rotation as t;
use crate::model::record::ActionStatus;
use crate::model::{Network, PastMeeting};
use crate::names::same;
use crate::text::Lang;

/// Sessions compared at the end for falling attendance.
const RECENT: usize = 3;
/// Cases looked at for "the same few".
const CASE_WINDOW: usize = 6;
/// Sessions looked at for "meetings without a case".
const CASELESS_WINDOW: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signal {
    /// Share of expected members who came, recent sessions against before.
    FallingAttendance { recent_pct: u32, before_pct: u32 },
    /// The latest `of` cases came from `names` only.
    SameFew { of: usize, names: Vec<String> },
    /// Actions from sessions before the latest still open with no follow-up.
    ActionsNotFollowedUp { count: usize },
    /// Of the latest `of` sessions, `without` had no case.
    MeetingsWithoutCase { without: usize, of: usize },
    /// The mean check-out score (in tenths) of the latest scored meetings
    /// against the ones before.
    FallingScores {
        recent_tenths: u32,
        before_tenths: u32,
    },
}

impl Signal {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Signal::FallingAttendance {
                recent_pct,
                before_pct,
            } => t::FALLING_ATTENDANCE.fill(
                lang,
                &[
                    &recent_pct.to_string(),
                    &RECENT.to_string(),
                    &before_pct.to_string(),
                ],
            ),
            Signal::SameFew { of, names } => {
                let and = match lang {
                    Lang::Da => " og ",
                    Lang::En => " and ",
                };
                t::SAME_FEW.fill(lang, &[&of.to_string(), &names.join(and)])
            }
            Signal::ActionsNotFollowedUp { count: 1 } => {
                t::ACTION_NOT_FOLLOWED.get(lang).to_string()
            }
            Signal::ActionsNotFollowedUp { count } => {
                t::ACTIONS_NOT_FOLLOWED.fill(lang, &[&count.to_string()])
            }
            Signal::MeetingsWithoutCase { without, of } => {
                t::MEETINGS_WITHOUT_CASE.fill(lang, &[&without.to_string(), &of.to_string()])
            }
            Signal::FallingScores {
                recent_tenths,
                before_tenths,
            } => {
                let points =
                    |tenths: &u32| crate::i18n::decimal(f64::from(*tenths) / 10.0, 1, lang);
                t::FALLING_SCORES.fill(
                    lang,
                    &[
                        &points(recent_tenths),
                        &RECENT.to_string(),
                        &points(before_tenths),
                    ],
                )
            }
        }
    }
}

/// Members who came and members expected (the roster not on leave), if
/// attendance was taken.
pub(crate) fn turnout(network: &Network, record: &PastMeeting) -> Option<(u32, u32)> {
    if record.attendance.is_empty() {
        return None;
    }
    let day = record.started.date_naive();
    let expected: Vec<&str> = record
        .network
        .participants
        .iter()
        .filter(|p| {
            !p.on_leave(day)
                && !network
                    .participants
                    .iter()
                    .any(|c| same(&c.name, &p.name) && c.on_leave(day))
        })
        .map(|p| p.name.as_str())
        .collect();
    let came = expected
        .iter()
        .filter(|n| {
            record
                .attendance
                .iter()
                .any(|a| same(&a.participant, n) && a.presence.came())
        })
        .count();
    Some((came as u32, expected.len() as u32))
}

fn pct(came: u32, expected: u32) -> u32 {
    if expected == 0 {
        return 100;
    }
    ((f64::from(came) * 100.0) / f64::from(expected)).round() as u32
}

/// The signals that show in `past` (the network's sessions, oldest first).
/// Only meetings that were held count (see `spent`): a false start quit at
/// check-in is no meeting without a case, and its attendance says nothing;
/// the actions and follow-ups of any meeting not discarded count, as they
/// do in every count of open actions.
pub fn signals(network: &Network, all: &[&PastMeeting]) -> Vec<Signal> {
    let mut out = Vec::new();
    let held: Vec<&PastMeeting> = all.iter().copied().filter(|m| spent(m).held).collect();
    let past = held.as_slice();

    let turnouts: Vec<(u32, u32)> = past.iter().filter_map(|r| turnout(network, r)).collect();
    if turnouts.len() > RECENT {
        let (before, recent) = turnouts.split_at(turnouts.len() - RECENT);
        let sum = |s: &[(u32, u32)]| s.iter().fold((0, 0), |(a, b), (c, e)| (a + c, b + e));
        let (rc, re) = sum(recent);
        let (bc, be) = sum(before);
        let (recent_pct, before_pct) = (pct(rc, re), pct(bc, be));
        if recent_pct + 15 <= before_pct {
            out.push(Signal::FallingAttendance {
                recent_pct,
                before_pct,
            });
        }
    }

    let cases: Vec<&String> = past
        .iter()
        .rev()
        .flat_map(|r| r.roles.case_givers.iter().rev())
        .take(CASE_WINDOW)
        .collect();
    if cases.len() >= 4 && network.participants.len() >= 4 {
        let mut names: Vec<String> = Vec::new();
        for c in &cases {
            if !names.iter().any(|n| same(n, c)) {
                names.push(c.trim().to_string());
            }
        }
        if names.len() <= 2 {
            out.push(Signal::SameFew {
                of: cases.len(),
                names,
            });
        }
    }

    let kept: Vec<&PastMeeting> = all.iter().copied().filter(|m| !m.is_discarded()).collect();
    if let Some((_, earlier)) = kept.split_last() {
        let count = earlier
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                r.open_actions
                    .iter()
                    .map(move |note| (i, r.id.as_str(), *note))
            })
            .filter(|(i, id, note)| {
                !kept[i + 1..].iter().any(|later| {
                    later.follow_ups.iter().any(|f| {
                        f.session == *id && f.note == *note && f.status != ActionStatus::Open
                    })
                })
            })
            .count();
        if count > 0 {
            out.push(Signal::ActionsNotFollowedUp { count });
        }
    }

    let window: Vec<&&PastMeeting> = past.iter().rev().take(CASELESS_WINDOW).collect();
    let without = window
        .iter()
        .filter(|r| r.roles.case_givers.is_empty())
        .count();
    if without >= 2 {
        out.push(Signal::MeetingsWithoutCase {
            without,
            of: window.len(),
        });
    }
    out.extend(super::scores::falling_scores(past));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::record::{FollowUp, Note};
    use crate::model::{NoteKind, Record};
    use crate::rotation::sample::{Meeting, record};
    use chrono::NaiveDate;

    fn d(m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, 10).unwrap()
    }

    fn net() -> Network {
        Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte", "Erik"])
    }

    fn held(here: &[&str], case: Option<&str>) -> Meeting {
        Meeting {
            present: here.iter().map(|s| s.to_string()).collect(),
            case_givers: case.iter().map(|s| s.to_string()).collect(),
            ..Meeting::default()
        }
    }

    const ALL: &[&str] = &["Anne", "Bo", "Carla", "Dorte", "Erik"];

    #[test]
    fn sees_attendance_falling() {
        let n = net();
        let few = &["Anne", "Bo", "Carla"];
        let cases = ["Anne", "Bo", "Carla", "Dorte", "Erik", "Anne"];
        let records: Vec<Record> = (0..6)
            .map(|k| {
                record(
                    &n,
                    d(k + 1),
                    &held(if k < 3 { ALL } else { few }, Some(cases[k as usize])),
                )
            })
            .collect();
        let facts = PastMeeting::all(&records);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        let found = signals(&n, &refs);
        assert_eq!(
            found,
            [Signal::FallingAttendance {
                recent_pct: 60,
                before_pct: 100
            }]
        );
        assert_eq!(
            found[0].render(Lang::Da),
            "Faldende fremmøde: 60 % ved de seneste 3 møder mod 100 % før"
        );
        // Steady attendance says nothing.
        let facts = PastMeeting::all(&records[..4]);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        assert!(signals(&n, &refs[..3]).is_empty());
    }

    #[test]
    fn sees_the_same_few_bringing_cases_and_meetings_without_one() {
        let n = net();
        let cases = [
            Some("Bo"),
            Some("Carla"),
            Some("Bo"),
            Some("Carla"),
            None,
            None,
        ];
        let records: Vec<Record> = cases
            .iter()
            .enumerate()
            .map(|(k, c)| record(&n, d(k as u32 + 1), &held(ALL, *c)))
            .collect();
        let facts = PastMeeting::all(&records);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        let found = signals(&n, &refs);
        assert!(found.contains(&Signal::SameFew {
            of: 4,
            names: vec!["Carla".into(), "Bo".into()]
        }));
        assert!(found.contains(&Signal::MeetingsWithoutCase { without: 2, of: 4 }));
        assert_eq!(
            Signal::SameFew {
                of: 4,
                names: vec!["Carla".into(), "Bo".into()]
            }
            .render(Lang::En),
            "The same few bring the cases: the latest 4 all came from Carla and Bo"
        );
    }

    /// A false start quit at check-in, and a meeting discarded from the
    /// review, were no meetings: neither is a meeting without a case, a
    /// fall in attendance, nor a point on the year's chart.
    #[test]
    fn false_starts_and_discarded_meetings_say_nothing_of_the_network() {
        let n = net();
        let few = &["Anne", "Bo"];
        let mut records: Vec<Record> = (0..4)
            .map(|k| record(&n, d(k + 1), &held(ALL, Some(ALL[k as usize]))))
            .collect();
        let mut quit =
            crate::rotation::sample::left_unfinished(record(&n, d(5), &held(few, None)), false);
        quit.id.push_str("-quit");
        let mut discarded = record(&n, d(6), &held(few, None));
        discarded.status = crate::model::record::SessionStatus::Discarded;
        let mut quit_again =
            crate::rotation::sample::left_unfinished(record(&n, d(7), &held(few, None)), false);
        quit_again.id.push_str("-quit");
        records.extend([quit, discarded, quit_again]);
        let facts = PastMeeting::all(&records);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        assert!(signals(&n, &refs).is_empty(), "{:?}", signals(&n, &refs));
        let year = crate::rotation::scores::year_points(&n, &refs, d(8));
        assert_eq!(year.len(), 4, "only the meetings held");
        // Held, the same three would be a warning twice over: the test can fail.
        let held_too: Vec<PastMeeting> = facts
            .iter()
            .cloned()
            .map(|mut m| {
                m.status = crate::model::record::SessionStatus::Finished;
                m
            })
            .collect();
        let refs: Vec<&PastMeeting> = held_too.iter().collect();
        let found = signals(&n, &refs);
        assert!(found.contains(&Signal::MeetingsWithoutCase { without: 3, of: 4 }));
        assert!(matches!(found[0], Signal::FallingAttendance { .. }));
    }

    #[test]
    fn counts_actions_nobody_followed_up() {
        let n = net();
        let mut first = record(&n, d(1), &held(ALL, Some("Anne")));
        for id in [1, 2] {
            first.notes.push(Note {
                id,
                kind: NoteKind::Action,
                text: "call the union".into(),
                at: first.started,
                step: 0,
                participant: None,
                owner: Some("Bo".into()),
                due: None,
                private: false,
                status: Some(ActionStatus::Open),
            });
        }
        let mut second = record(&n, d(2), &held(ALL, Some("Bo")));
        second.follow_ups.push(FollowUp {
            session: first.id.clone(),
            note: 1,
            status: ActionStatus::Done,
            at: second.started,
            due: None,
        });
        let records = [first, second];
        let facts = PastMeeting::all(&records);
        let refs: Vec<&PastMeeting> = facts.iter().collect();
        assert_eq!(
            signals(&n, &refs),
            [Signal::ActionsNotFollowedUp { count: 1 }]
        );
        // The latest meeting's own actions are not due for follow-up yet.
        assert!(signals(&n, &refs[..1]).is_empty());
    }
}
