//! The loop: one thread, blocking on input. While a timer runs it wakes
//! only when a displayed second changes; while paused it sleeps until a key.
//! It draws only after something visible changed.

use super::app::App;
use super::frames;
use super::home_loader::{HomeLoad as Loaded, HomeLoader};
use super::input::{self, Input};
use super::screens::live::Outcome;
use super::signals::Signal;
use super::terminal;
use crate::clock::Clock;
use crate::engine::room_state::{room_state, worth_publishing};
use crate::model::room::RoomState;
use crate::store::{HeldRecord, LOCK_WAIT, Saved, Store};
use std::io::{self, Write};
use std::time::Duration;

#[path = "runtime_home.rs"]
mod home;
use home::{HomeLoad, home_data_arrived, index_notices, load_actions};

/// A little past the second boundary, so the wake lands after the change.
const MARGIN: Duration = Duration::from_millis(3);

/// How the app ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]

pub enum Ended {
    /// The user quit.
    Quit,
    /// The terminal went away: nobody is there to read a closing line.
    Gone,
    /// SIGTERM, SIGINT or SIGQUIT (its number): saved and ended.
    Signal(i32),
}

/// Runs the app in the terminal until the user quits or a signal ends it.
/// `held`: the record of a session resumed on the app's live screen, taken
/// under its lock.
pub fn run(
    app: &mut App,
    store: &Store,
    clock: &dyn Clock,
    mut held: Option<HeldRecord>,
) -> io::Result<Ended> {
    crate::ui::require_terminal(app.lang)?;
    let mut terminal = crate::ui::terminal::init()?;
    let mut room: Option<RoomState> = None;
    let result = run_loop(&mut terminal, app, store, clock, &mut room, &mut held);
    let signalled = matches!(result, Ok(Ended::Signal(_)));
    if result.is_err() || signalled || input::hung_up() || input::hangup_signalled() {
        // Keep where the session stands and tell the room it ended.
        wind_up(app, store, clock, &mut room, &mut held);
    }
    if input::hung_up() {
        // The terminal went away: end quietly; there is no screen to
        // restore and nobody to read an error.
        crate::ui::terminal::forget(terminal);
        return Ok(Ended::Gone);
    }
    crate::ui::terminal::restore();
    result
}

fn run_loop(
    terminal: &mut crate::ui::terminal::Term,
    app: &mut App,
    store: &Store,
    clock: &dyn Clock,
    room: &mut Option<RoomState>,
    held: &mut Option<HeldRecord>,
) -> io::Result<Ended> {
    let mut actions_for: Option<String> = None;
    let mut home_load = HomeLoad::NotYet;
    let mut dirty = true;
    // `time_only`: since the screen was drawn, only time passed (a beat
    // that changed nothing else).
    let mut screen = frames::Frames::new(terminal);
    let mut time_only = false;
    loop {
        // A new session is on disk before its first frame shows.
        if app.live().is_some() && !holds_live(app, held) {
            save(app, store, clock, held);
        }
        // Draw first: the room state's durable write (two fsyncs) and the
        // review index (opened, maybe built, for last meeting's actions)
        // must not hold up the frame the facilitator is waiting for.
        if dirty {
            screen.draw(app, clock.now(), time_only)?;
            dirty = false;
            time_only = false;
        }
        if load_actions(app, store, &mut actions_for)
            || home_data_arrived(app, store, &mut home_load, clock.wall())
        {
            screen.draw(app, clock.now(), false)?;
        }
        publish(app, store, clock, room, true);
        let wait = app.next_wake(clock.now()).map(|wait| wait + MARGIN);
        let event = match input::next(wait)? {
            Input::Event(event) if terminal::suspend_key(screen.terminal(), &event)? => {
                dirty = true;
                continue;
            }
            Input::Event(event) => Some(event),
            Input::Timeout => None,
            Input::Gone => return Ok(Ended::Gone),
            Input::Signal(Signal::End(sig)) => return Ok(Ended::Signal(sig)),
            Input::Signal(signal) => {
                terminal::on_signal(screen.terminal(), signal)?;
                dirty = true;
                continue;
            }
        };
        let outcomes = match event {
            Some(event) => {
                let (outcomes, changed) = app.handle_event(event, clock);
                dirty |= changed;
                outcomes
            }
            None => {
                let outcomes = app.tick(clock);
                // A beat that asks for nothing changed only the time, unless
                // something before it is still to be drawn.
                time_only = outcomes.is_empty() && !dirty;
                dirty = true;
                outcomes
            }
        };
        for outcome in outcomes {
            match outcome {
                Outcome::Save => {
                    save(app, store, clock, held);
                    dirty = true;
                }
                Outcome::Resume(id) => {
                    resume(app, store, clock, held, &id);
                    dirty = true;
                }
                Outcome::CloseLeft(id) => {
                    home::close_left(app, store, clock, &id);
                    dirty = true;
                }
                Outcome::Bell => {
                    let mut out = io::stdout();
                    let _ = out.write_all(b"\x07");
                    let _ = out.flush();
                }
                Outcome::LoadHistory(network) => {
                    let mut lookup = store.lookup();
                    let history = lookup.meetings(&network);
                    app.history_loaded(history, clock.wall().date_naive());
                    // A mended or unusable index is said where the history
                    // was wanted, not dropped with the lookup.
                    let notices = index_notices(&mut lookup, app.lang);
                    app.history_notices(notices);
                    dirty = true;
                }
                Outcome::SaveNetwork(network) => {
                    app.network_saved(save_network(store, None, &network, app.lang));
                    dirty = true;
                }
                Outcome::RenameNetwork { from, network } => {
                    app.network_saved(save_network(store, Some(&from), &network, app.lang));
                    dirty = true;
                }
                Outcome::AdoptCharter { network, agreed } => {
                    let result = store
                        .adopt_charter(&network, &agreed)
                        .map(|n| n.charter.counts())
                        .map_err(|e| e.describe(app.lang));
                    if let Some(live) = app.live_mut() {
                        live.charter_adopted(result);
                    }
                    dirty = true;
                }
                Outcome::OpenReview => {
                    open_review(screen.terminal(), app, store, clock)?;
                    dirty = true;
                }
                Outcome::Quit => {
                    // The time run since the last save is kept too, so
                    // `runde resume` goes on where the meeting stood.
                    if holds_live(app, held) {
                        save(app, store, clock, held);
                    }
                    publish(app, store, clock, room, false);
                    return Ok(Ended::Quit);
                }
            }
        }
    }
}

/// True when this runde holds the live session's record.
fn holds_live(app: &App, held: &Option<HeldRecord>) -> bool {
    app.live().is_some_and(|live| {
        held.as_ref()
            .is_some_and(|h| h.id() == live.session.record().id)
    })
}

/// Home's Resume: take the record's lock, then read it, and carry on from
/// what is on disk now (never from what the home screen read when it
/// opened); another runde holding it is said on the home screen.
fn resume(
    app: &mut App,
    store: &Store,
    clock: &dyn Clock,
    held: &mut Option<HeldRecord>,
    id: &str,
) {
    match store.take_record(id, LOCK_WAIT) {
        Ok((taken, record)) => {
            *held = Some(taken);
            app.resume(record, clock);
            save(app, store, clock, held);
        }
        Err(e) => {
            if let super::app::Screen::Home(home) = &mut app.screen {
                home.message = Some(e.describe(app.lang));
            }
        }
    }
}

/// What the room may see, for `runde display`, written only when it changed.
fn publish(
    app: &App,
    store: &Store,
    clock: &dyn Clock,
    last: &mut Option<RoomState>,
    running: bool,
) {
    let Some(live) = app.live() else {
        return;
    };
    let mut state = room_state(&live.session, clock.now(), clock.wall(), std::process::id());
    state.live &= running;
    if worth_publishing(last.as_ref(), &state) && store.save_room_state(&state).is_ok() {
        *last = Some(state);
    }
}

/// After the loop ended on an error or a lost terminal: save the session
/// this runde holds (never one another runde holds) and tell the room.
fn wind_up(
    app: &mut App,
    store: &Store,
    clock: &dyn Clock,
    room: &mut Option<RoomState>,
    held: &mut Option<HeldRecord>,
) {
    if holds_live(app, held) {
        save(app, store, clock, held);
        publish(app, store, clock, room, false);
    }
}

/// Writes a network edited on the network screen (under a new name when
/// renamed from `from`), never one runde could not read back.
fn save_network(
    store: &Store,
    from: Option<&str>,
    network: &crate::model::Network,
    lang: crate::text::Lang,
) -> Result<(), String> {
    crate::rotation::roster::readable(network).map_err(|e| e.to_string())?;
    match from {
        Some(from) => store.rename_network(from, network),
        None => store.save_network(network),
    }
    .map_err(|e| e.describe(lang))
}

/// Saves the live session. A new one is first put on disk under an id of
/// its own (and so held); a held one is saved over what this runde last
/// wrote, or merged with a newer copy found on disk, which the screen says.
/// A failed save keeps everything in memory, says so, and is tried again.
fn save(app: &mut App, store: &Store, clock: &dyn Clock, held: &mut Option<HeldRecord>) {
    let lang = app.lang;
    let holds = holds_live(app, held);
    let Some(live) = app.live_mut() else {
        return;
    };
    live.session.sync(clock.now(), clock.wall());
    let result = match held.as_mut().filter(|_| holds) {
        Some(h) => store.save_held(h, live.session.record()),
        None => store
            .create_record(live.session.record())
            .map(|(h, written)| {
                live.session.set_id(written.id);
                *held = Some(h);
                Saved::Written
            }),
    };
    let result = match result {
        Ok(Saved::Written) => {
            live.notice = None;
            Ok(())
        }
        Ok(Saved::Merged { record, kept }) => {
            live.session = crate::engine::Session::resume(*record, clock);
            live.notice = Some(crate::i18n::live::MERGED.fill(lang, kept, &[]));
            Ok(())
        }
        Err(e) => Err(e.describe(lang)),
    };
    live.saved(result, clock.now());
}

/// The review screen over the home screen, until the user closes it.
fn open_review(
    terminal: &mut crate::ui::terminal::Term,
    app: &mut App,
    store: &Store,
    clock: &dyn Clock,
) -> io::Result<()> {
    use super::screens::review::{IndexData, run_screen};
    match IndexData::open(store.clone()) {
        Ok(mut data) => run_screen(terminal, &mut data, app.lang, &app.styles, clock),
        Err(e) => {
            if let super::app::Screen::Home(home) = &mut app.screen {
                home.message = Some(e);
            }
            Ok(())
        }
    }
}
