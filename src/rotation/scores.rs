//! The network's check-out scores over time: each meeting's mean, the
//! year's points beside attendance, and a falling trend as a warning sign
//! (METHODS.md: the trigger for a vitalisation meeting).

use super::health::{Signal, turnout};
use super::spent::spent;
use crate::model::record::score_mean;
use crate::model::{Network, PastMeeting};
use chrono::NaiveDate;

/// Meetings compared at the end for falling scores, as for attendance.
const RECENT: usize = 3;
/// A drop in the mean this large (in tenths of a point) is a warning.
const FALL: u32 = 5;

/// One meeting on the year's chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearPoint {
    pub date: NaiveDate,
    /// Members who came, of those expected (not on leave), when taken.
    pub attendance: Option<(u32, u32)>,
    /// How many gave each check-out score, 1 first.
    pub scores: [usize; 5],
}

/// The meetings of the year up to `today` that were held (see `spent`),
/// oldest first.
pub fn year_points(network: &Network, past: &[&PastMeeting], today: NaiveDate) -> Vec<YearPoint> {
    let from = today - chrono::Duration::days(365);
    past.iter()
        .filter(|m| spent(m).held)
        .filter(|m| {
            let day = m.started.date_naive();
            from < day && day <= today
        })
        .map(|m| YearPoint {
            date: m.started.date_naive(),
            attendance: turnout(network, m),
            scores: m.scores,
        })
        .collect()
}

/// Falling check-out scores: the mean of the latest meetings that were
/// scored against the mean of those before them.
pub fn falling_scores(past: &[&PastMeeting]) -> Option<Signal> {
    let scored: Vec<[usize; 5]> = past
        .iter()
        .map(|m| m.scores)
        .filter(|s| s.iter().sum::<usize>() > 0)
        .collect();
    if scored.len() <= RECENT {
        return None;
    }
    let (before, recent) = scored.split_at(scored.len() - RECENT);
    let sum = |s: &[[usize; 5]]| {
        s.iter().fold([0; 5], |mut acc, m| {
            for (a, b) in acc.iter_mut().zip(m) {
                *a += b;
            }
            acc
        })
    };
    let tenths = |m: f64| (m * 10.0).round() as u32;
    let recent = tenths(score_mean(sum(recent))?);
    let before = tenths(score_mean(sum(before))?);
    (recent + FALL <= before).then_some(Signal::FallingScores {
        recent_tenths: recent,
        before_tenths: before,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rotation::sample::{Meeting, record};

    fn scored(month: u32, scores: [usize; 5]) -> PastMeeting {
        let network = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let day = NaiveDate::from_ymd_opt(2026, month, 10).unwrap();
        let mut meeting = PastMeeting::of(&record(
            &network,
            day,
            &Meeting {
                present: vec!["Anne".into(), "Bo".into()],
                ..Meeting::default()
            },
        ));
        meeting.scores = scores;
        meeting
    }

    #[test]
    fn scores_that_fall_half_a_point_are_a_warning() {
        let past = [
            scored(1, [0, 0, 0, 2, 2]),
            scored(2, [0, 0, 0, 4, 0]),
            scored(3, [0, 0, 2, 2, 0]),
            scored(4, [0, 0, 4, 0, 0]),
            scored(5, [0, 1, 3, 0, 0]),
        ];
        let refs: Vec<&PastMeeting> = past.iter().collect();
        assert_eq!(
            falling_scores(&refs),
            Some(Signal::FallingScores {
                recent_tenths: 31,
                before_tenths: 43,
            })
        );
        assert_eq!(falling_scores(&refs[..3]), None, "too few to compare");
        let steady: Vec<&PastMeeting> = [&past[1], &past[1], &past[1], &past[1]].to_vec();
        assert_eq!(falling_scores(&steady), None);
    }

    #[test]
    fn the_year_shows_attendance_and_scores_of_its_meetings() {
        let network = Network::new("Nord", &["Anne", "Bo", "Carla"]);
        let past = [scored(1, [0, 0, 0, 2, 0]), scored(6, [0; 5])];
        let refs: Vec<&PastMeeting> = past.iter().collect();
        let today = NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
        let points = year_points(&network, &refs, today);
        assert_eq!(points.len(), 1, "January 2026 is more than a year ago");
        assert_eq!(points[0].attendance, Some((2, 3)));
        assert_eq!(points[0].scores, [0; 5]);
    }
}
