//! What each key of the live screen does: the keymap's actions turned
//! into messages to the session, popups and outcomes.

use super::*;

impl LiveScreen {
    pub fn handle_action(
        &mut self,
        action: LiveAction,
        clock: &dyn Clock,
        popups: &mut Popups,
    ) -> Vec<Outcome> {
        let msg = match action {
            LiveAction::TogglePause => Msg::TogglePause,
            LiveAction::NextSpeaker => Msg::NextSpeaker,
            LiveAction::Pass => Msg::Pass,
            LiveAction::TurnBack => return self.turn_back(clock, popups),
            LiveAction::NextStep => return self.next_step_asking(clock, popups),
            LiveAction::PrevStep => Msg::PrevStep,
            LiveAction::KeepTimeBox => Msg::KeepTimeBox,
            LiveAction::Score(score) => Msg::Score(score),
            LiveAction::More => Msg::Extend(1),
            LiveAction::Less => Msg::Extend(-1),
            LiveAction::Note => {
                let step = self.session.step();
                popups.open(LivePopup::Note(
                    NoteInput::new(
                        step.default_note_kind(),
                        step.notes_private(),
                        self.session.record().roster(),
                        self.session.record().started.date_naive(),
                    )
                    .during(self.session.speaker()),
                ));
                return Vec::new();
            }
            LiveAction::Room => {
                self.room = !self.room;
                return Vec::new();
            }
            LiveAction::Notes => {
                self.open_notes(popups);
                return Vec::new();
            }
            LiveAction::EditNext => {
                if self.agreeing_next() {
                    self.edit_next(popups);
                }
                return Vec::new();
            }
            LiveAction::FollowUpDone | LiveAction::FollowUpMoved | LiveAction::FollowUpDropped => {
                let status = match action {
                    LiveAction::FollowUpDone => ActionStatus::Done,
                    LiveAction::FollowUpMoved => ActionStatus::Moved,
                    _ => ActionStatus::Dropped,
                };
                match self.follow_up_msg(status) {
                    // Moved: to when, asked first.
                    Some(Msg::FollowUp { session, note, .. }) if status == ActionStatus::Moved => {
                        let text = self.follow_up_text(&session, note);
                        self.ask_moved(&session, note, &text, popups);
                        return Vec::new();
                    }
                    Some(msg) => {
                        self.pin_follow_cursor();
                        let out = self.send(msg, clock, popups);
                        self.follow_cursor_to_next_unmarked();
                        return out;
                    }
                    None => return Vec::new(),
                }
            }
            LiveAction::Up | LiveAction::Down => {
                self.move_follow_cursor(action == LiveAction::Down);
                return Vec::new();
            }
            LiveAction::Arrive | LiveAction::Depart => {
                let arriving = action == LiveAction::Arrive;
                let (here, away): (Vec<_>, Vec<_>) = self
                    .session
                    .record()
                    .attendance
                    .iter()
                    .partition(|a| a.presence.came() && a.left.is_none());
                let names = |list: Vec<&crate::model::record::Attendance>| {
                    list.into_iter()
                        .map(|a| a.participant.clone())
                        .collect::<Vec<_>>()
                };
                let (here, away) = (names(here), names(away));
                let input = match arriving {
                    true => NameInput::new(true, away, here),
                    false => NameInput::new(false, here, Vec::new()),
                };
                popups.open(LivePopup::Name(input));
                return Vec::new();
            }
            LiveAction::Roles => {
                self.open_roles(popups);
                return Vec::new();
            }
            LiveAction::PrivateActions => {
                self.open_private_actions(popups);
                return Vec::new();
            }
            LiveAction::ToggleAlerts => {
                self.alerts = !self.alerts;
                return Vec::new();
            }
            LiveAction::Help => {
                popups.open(Help::of(&self.table(), TextFields::Some));
                return Vec::new();
            }
            LiveAction::Guidance => {
                popups.open(LivePopup::Guidance(GuidanceBox::of(&self.session)));
                return Vec::new();
            }
            LiveAction::Quit => {
                let unsaved = self.save_error.is_some();
                if self.session.is_finished() && !unsaved {
                    return vec![Outcome::Quit];
                }
                let ask = Confirm::new(LiveQuestion::Quit { unsaved });
                popups.open(LivePopup::Confirm(ask));
                return Vec::new();
            }
        };
        self.send(msg, clock, popups)
    }
}
