//! The live screen: its state and how it handles a key. Drawing lives in
//! `live_view`.

use super::help::TextFields;
use super::live_guidance::GuidanceBox;
use super::live_popup::{LivePopup, LiveQuestion};
use super::name_input::NameInput;
use super::note_input::NoteInput;
use crate::clock::Clock;
use crate::engine::{Effect, Msg, Session};
use crate::model::plan::StepPurpose;
use crate::model::record::ActionStatus;
use crate::model::record::Stamp;
use crate::ui::keys::{self, LiveAction};
use crate::ui::popup::{Confirm, Help, Popups};
#[path = "live_actions.rs"]
mod actions;

use crossterm::event::KeyEvent;
use std::time::{Duration, Instant};

/// How long the screen flashes when a timer reaches zero.
pub const FLASH: Duration = Duration::from_millis(1500);
/// How soon a failed save is tried again.
pub const RETRY: Duration = Duration::from_secs(2);

/// What the runtime must do for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Save,
    Bell,
    Quit,
    /// Show the review screen until it closes, then come back.
    OpenReview,
    /// Take the record with this id under its lock, read it, and resume it.
    Resume(String),
    /// Take the record with this id under its lock, read it, and close it
    /// as it stood (a meeting left behind, from the home screen).
    CloseLeft(String),
    /// Load a network's past sessions for the rotation (network name).
    LoadHistory(String),
    /// Write a network edited on the network screen.
    SaveNetwork(crate::model::Network),
    /// Write a renamed network and remove its old file.
    RenameNetwork {
        from: String,
        network: crate::model::Network,
    },
    /// Take what the finished meeting agreed into its network's charter.
    AdoptCharter {
        network: crate::model::Network,
        agreed: crate::model::charter::Charter,
    },
}

#[derive(Debug, Clone)]
pub struct LiveScreen {
    pub session: Session,
    /// The room view is asked for (v); it is drawn only while no popup
    /// that may show text is open.
    pub room: bool,
    pub alerts: bool,
    pub flash_until: Option<Instant>,
    /// The last save failed with this message; cleared by a good save.
    pub save_error: Option<String>,
    /// Something the facilitator should know about the record (it was
    /// merged with a newer copy on disk); cleared by the next plain save.
    pub notice: Option<String>,
    pub retry_at: Option<Instant>,
    /// Actions of earlier meetings of the network, for "since last time".
    pub open_actions: Vec<crate::model::open_action::OpenAction>,
    /// Wall time at the last key or wake, for the meeting's expected end.
    pub wall: Option<Stamp>,
    /// The network's other meetings, for the rotation's suggestions in the
    /// next meeting's agreement (`None` until they are read).
    pub next_past: Option<Vec<crate::model::PastMeeting>>,
    /// The action 1/2/3 act on in "since last time" (session id, note id),
    /// chosen with ↑/↓; none: the first one not yet marked.
    pub follow_cursor: Option<(String, u32)>,
    /// How keeping the meeting's charter with the network went: the
    /// entries per part, or what went wrong.
    pub charter: Option<Result<[usize; 4], String>>,
    /// A word about the last key (`b` with no turn to give back), on the
    /// status line until the next key.
    pub said: Option<crate::i18n::Phrase>,
    /// What went wrong reading the plan or the config at the start, one
    /// line each, on the status line until the next key.
    pub problems: Vec<String>,
}

impl LiveScreen {
    pub fn new(session: Session, alerts: bool) -> LiveScreen {
        LiveScreen {
            wall: session.record().live.saved_at,
            session,
            room: false,
            alerts,
            flash_until: None,
            save_error: None,
            notice: None,
            retry_at: None,
            open_actions: Vec::new(),
            next_past: None,
            follow_cursor: None,
            charter: None,
            said: None,
            problems: Vec::new(),
        }
    }

    /// What this meeting agrees for the network's charter, when it has
    /// steps that agree one and a network to keep it.
    pub fn agreed_charter(&self) -> Option<crate::model::charter::Charter> {
        let record = self.session.record();
        let agreed = crate::model::charter::Charter::agreed_in(record);
        (!agreed.is_empty() && !record.network.is_ad_hoc()).then_some(agreed)
    }

    fn charter_outcome(&self) -> Option<Outcome> {
        let agreed = self.agreed_charter()?;
        Some(Outcome::AdoptCharter {
            network: self.session.record().network.clone(),
            agreed,
        })
    }

    /// The runtime reports how keeping the charter went.
    pub fn charter_adopted(&mut self, result: Result<[usize; 4], String>) {
        self.charter = Some(result);
    }

    /// The live screen's keys as they stand: in supervision the arrows
    /// go through the phases.
    pub fn table(&self) -> Vec<keys::Binding<LiveAction>> {
        let phases = self.session.phase().is_some();
        // In the check-out round the digits score; elsewhere 1/2/3 settle
        // an earlier action.
        let check_out = self.session.step().purpose == Some(StepPurpose::CheckOut);
        let follow_up = |a: LiveAction| {
            matches!(
                a,
                LiveAction::FollowUpDone | LiveAction::FollowUpMoved | LiveAction::FollowUpDropped
            )
        };
        let scores = keys::CHECK_OUT.iter().filter(|_| check_out);
        let finished = self.session.is_finished();
        // Once the meeting has ended only what still works is offered: a
        // note, the room view, the guidance, help and quitting.
        let still_works = |a: LiveAction| {
            !finished
                || matches!(
                    a,
                    LiveAction::Note
                        | LiveAction::Notes
                        | LiveAction::Room
                        | LiveAction::Guidance
                        | LiveAction::Help
                        | LiveAction::Quit
                )
        };
        let proposal = !finished && !self.session.proposal_now().is_empty();
        keys::LIVE
            .iter()
            .filter(|b| !(check_out && follow_up(b.action)))
            .chain(scores.filter(|_| !finished))
            .filter(|b| still_works(b.action))
            .map(|b| match b.action {
                LiveAction::KeepTimeBox if proposal => keys::Binding { footer: true, ..*b },
                LiveAction::NextStep if phases => keys::Binding {
                    what: crate::i18n::keys::NEXT_STEP_PHASE,
                    ..*b
                },
                // While a slip can be undone, the footer says how (in a
                // supervision's longer words only help has room for it).
                LiveAction::TurnBack if self.session.can_turn_back() && !phases => {
                    keys::Binding { footer: true, ..*b }
                }
                // Longer words: back is in the help only, so that the
                // footer still fits two rows at 80 columns.
                LiveAction::PrevStep if phases => keys::Binding {
                    what: crate::i18n::keys::PREV_STEP_PHASE,
                    footer: false,
                    ..*b
                },
                _ => *b,
            })
            .collect()
    }

    pub fn flashing(&self, now: Instant) -> bool {
        self.flash_until.is_some_and(|until| now < until)
    }

    /// A key while no popup is open.
    pub fn handle_key(
        &mut self,
        key: KeyEvent,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        self.wall = Some(clock.wall());
        self.said = None;
        self.problems.clear();
        match keys::lookup(&self.table(), &key) {
            Some(action) => self.handle_action(action, clock, popups),
            None => Vec::new(),
        }
    }

    /// A popup of this screen finished: take what it holds.
    pub fn popup_done(
        &mut self,
        popup: LivePopup,
        lang: crate::text::Lang,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        self.wall = Some(clock.wall());
        match popup {
            LivePopup::Note(mut input) if input.discard_asked() => {
                // The question goes over the input, which keeps its text
                // for any answer but yes.
                input.take_discard();
                let editing = input.editing.is_some();
                popups.open(LivePopup::Note(input));
                popups.open(LivePopup::Confirm(Confirm::new(
                    LiveQuestion::DiscardNote { editing },
                )));
                Vec::new()
            }
            LivePopup::Note(input) => match input.editing {
                Some(id) => {
                    let msg = Msg::EditNote {
                        id,
                        note: input.finished(),
                    };
                    self.note_corrected(msg, clock, popups)
                }
                None => self.send(Msg::AddNote(input.finished()), clock, popups),
            },
            LivePopup::Name(mut input) => {
                let typed = input.field.text();
                match input.resolve(&typed) {
                    Some(name) if input.arriving => self.send(Msg::ArriveLate(name), clock, popups),
                    // Whoever takes over their roles is asked first.
                    Some(name) => self.leaving(name, clock, popups),
                    None => {
                        popups.open(LivePopup::Name(input));
                        Vec::new()
                    }
                }
            }
            LivePopup::NextField(input) => {
                let text = input.text.text();
                match self.next_field_done(input, text, popups) {
                    Some(msg) => self.send(msg, clock, popups),
                    None => Vec::new(),
                }
            }
            LivePopup::Guidance(_) => Vec::new(),
            LivePopup::Roles(roles) => {
                self.roles_done(roles, popups);
                Vec::new()
            }
            LivePopup::HandOver(input) => self.hand_over_done(input, lang, clock, popups),
            LivePopup::Private(done) => self.private_done(done, clock, popups),
            LivePopup::Notes(done) => {
                self.notes_done(done, popups);
                Vec::new()
            }
            LivePopup::Moved(done) => self.moved_done(done, clock, popups),
            LivePopup::Confirm(confirm) => match confirm.question {
                LiveQuestion::Quit { .. } => vec![Outcome::Quit],
                LiveQuestion::Finish { .. } => {
                    // Suggestions follow the roles as they were at the end.
                    if self.session.record().next_meeting.is_some() {
                        self.keep_next_meeting(clock);
                    }
                    self.send(Msg::Finish, clock, popups)
                }
                LiveQuestion::Skip(_) => self.move_on(clock, popups),
                LiveQuestion::RemoveNote { id, .. } => {
                    self.note_corrected(Msg::RemoveNote(id), clock, popups)
                }
                // Yes: the input beneath closes, its text thrown away.
                LiveQuestion::DiscardNote { .. } => {
                    popups.pop();
                    Vec::new()
                }
            },
        }
    }

    pub(super) fn send(
        &mut self,
        msg: Msg,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let effects = self.session.update(msg, clock);
        self.apply(effects, clock.now(), popups)
    }

    /// Several messages as one change: one save for them all.
    pub(super) fn send_all(
        &mut self,
        msgs: Vec<Msg>,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let mut out: Vec<Outcome> = Vec::new();
        for msg in msgs {
            for o in self.send(msg, clock, popups) {
                if !out.contains(&o) {
                    out.push(o);
                }
            }
        }
        out
    }

    fn apply(&mut self, effects: Vec<Effect>, now: Instant, popups: &mut Popups) -> Vec<Outcome> {
        let mut out = Vec::new();
        for effect in effects {
            match effect {
                Effect::Save => out.push(Outcome::Save),
                Effect::Alert(_) => {
                    if self.alerts {
                        self.flash_until = Some(now + FLASH);
                        out.push(Outcome::Bell);
                    }
                }
                Effect::AtLastStep => {
                    let charter = self.agreed_charter().map(|agreed| agreed.counts());
                    let ask = Confirm::new(LiveQuestion::Finish { charter });
                    popups.open(LivePopup::Confirm(ask));
                }
                Effect::Finished => out.extend(self.charter_outcome()),
            }
        }
        out
    }

    /// The loop woke without a key: alerts, periodic save, retry.
    pub fn tick(&mut self, clock: &dyn Clock, popups: &mut Popups) -> Vec<Outcome> {
        self.wall = Some(clock.wall());
        let now = clock.now();
        let effects = self.session.tick(clock);
        let mut out = self.apply(effects, now, popups);
        if self.flash_until.is_some_and(|until| now >= until) {
            self.flash_until = None;
        }
        if self.retry_at.is_some_and(|at| now >= at) && !out.contains(&Outcome::Save) {
            out.push(Outcome::Save);
        }
        out
    }

    /// The runtime reports how a save went.
    pub fn saved(&mut self, result: Result<(), String>, now: Instant) {
        match result {
            Ok(()) => {
                self.save_error = None;
                self.retry_at = None;
            }
            Err(message) => {
                self.save_error = Some(message);
                self.retry_at = Some(now + RETRY);
            }
        }
    }

    /// How long the loop may sleep; `None`: until a key comes. While a
    /// countdown runs, everything shares its beat, one wake a second: the
    /// end of the flash and a save tried again come on the first beat at
    /// or after their time (the tick settles both), never on a wake of
    /// their own. Stopped, they wake for themselves.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        let until = |at: Instant| at.saturating_duration_since(now);
        self.session.next_wake(now).or_else(|| {
            [self.flash_until.map(until), self.retry_at.map(until)]
                .into_iter()
                .flatten()
                .min()
        })
    }
}
