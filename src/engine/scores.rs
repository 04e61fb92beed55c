//! Check-out scores: during the check-out round the speaker's answer to
//! "was today worth the time?", 1–5, is kept with the meeting.

use super::session::Session;
use crate::model::plan::StepPurpose;
use crate::model::record::CheckoutScore;

impl Session {
    /// True in a check-out round while someone holds the turn: a score
    /// then goes to them.
    pub fn scoring(&self) -> bool {
        self.step().purpose == Some(StepPurpose::CheckOut) && self.speaker().is_some()
    }

    /// The score the current speaker has given, if any.
    pub fn speaker_score(&self) -> Option<u8> {
        let speaker = self.speaker()?;
        self.record
            .scores
            .iter()
            .find(|s| crate::names::same(&s.participant, speaker))
            .map(|s| s.score)
    }

    /// How many have given a score today.
    pub fn scores_given(&self) -> usize {
        self.record.scores.len()
    }

    /// The speaker scores the day; a second score replaces the first.
    /// False when nobody speaks in a check-out round or the score is not 1–5.
    pub(super) fn score(&mut self, score: u8) -> bool {
        if !self.scoring() || !(1..=5).contains(&score) {
            return false;
        }
        let Some(speaker) = self.speaker().map(str::to_string) else {
            return false;
        };
        match self
            .record
            .scores
            .iter_mut()
            .find(|s| crate::names::same(&s.participant, &speaker))
        {
            Some(given) => given.score = score,
            None => self.record.scores.push(CheckoutScore {
                participant: speaker,
                score,
            }),
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::clock::FakeClock;
    use crate::engine::{Msg, NewSession, Session};
    use crate::model::Network;
    use crate::model::plan::StepPurpose;

    fn checkout(clock: &FakeClock) -> Session {
        let plan: crate::model::Plan =
            ron::from_str(include_str!("../../sessions/checkout.ron")).unwrap();
        let network = Network::new("Øst", &["Anne", "Bo", "Carla"]);
        let mut s = Session::start(NewSession::with_everyone(plan, network), clock);
        while s.step().purpose != Some(StepPurpose::CheckOut) {
            s.update(Msg::NextStep, clock);
        }
        s
    }

    #[test]
    fn a_score_goes_to_the_speaker_and_a_second_replaces_the_first() {
        let clock = FakeClock::default();
        let mut s = checkout(&clock);
        // Framing: nobody speaks, so no score.
        assert!(s.update(Msg::Score(4), &clock).is_empty());
        assert!(s.record().scores.is_empty());
        s.update(Msg::NextSpeaker, &clock);
        let first = s.speaker().unwrap().to_string();
        assert!(!s.update(Msg::Score(4), &clock).is_empty(), "saved");
        s.update(Msg::Score(5), &clock);
        assert_eq!(s.speaker_score(), Some(5));
        s.update(Msg::NextSpeaker, &clock);
        s.update(Msg::Score(3), &clock);
        assert_eq!(s.scores_given(), 2);
        let scores: Vec<(String, u8)> = s
            .record()
            .scores
            .iter()
            .map(|x| (x.participant.clone(), x.score))
            .collect();
        assert_eq!(scores[0], (first, 5));
        assert_eq!(scores[1].1, 3);
        // Out of range: nothing.
        assert!(s.update(Msg::Score(6), &clock).is_empty());
    }

    #[test]
    fn outside_the_check_out_a_digit_scores_nothing() {
        let clock = FakeClock::default();
        let plan: crate::model::Plan =
            ron::from_str(include_str!("../../sessions/standard.ron")).unwrap();
        let mut s = Session::start(NewSession::with_everyone(plan, Network::demo()), &clock);
        s.update(Msg::NextStep, &clock);
        s.update(Msg::NextSpeaker, &clock);
        assert!(!s.scoring());
        s.update(Msg::Score(2), &clock);
        assert!(s.record().scores.is_empty());
    }
}
