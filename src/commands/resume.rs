//! `runde resume [SESSION]`: continue the most recent unfinished session
//! at the same step, speaker and elapsed times.

use super::Context;
use super::start::{app, run_app};
use crate::cli::ResumeArgs;
use crate::clock::Clock;
use crate::engine::Session;
use crate::i18n::home as t;
use crate::model::Record;
use crate::print::errln;
use crate::store::LOCK_WAIT;
use crate::ui::app::Screen;
use crate::ui::screens::live::LiveScreen;
use std::process::ExitCode;

/// The newest record that can be resumed: through the index, else by
/// reading the record files.
pub fn latest_unfinished(ctx: &Context) -> Option<Record> {
    let mut lookup = super::review_index::lookup(ctx);
    let found = lookup.latest_unfinished();
    super::review_index::say_notices(ctx.lang, &mut lookup);
    found
}

/// Nothing to resume: said, after the record files that could not be
/// read (one of them may be the meeting the user wants back).
fn nothing_to_resume(ctx: &Context) -> ExitCode {
    let mut lookup = super::review_index::lookup(ctx);
    lookup.latest_unfinished();
    let unread = lookup.unreadable();
    for problem in &unread {
        errln!("runde: {}", problem.describe(ctx.lang));
    }
    let said = match unread.is_empty() {
        true => t::NO_SESSION,
        false => t::NO_SESSION_UNREAD,
    };
    errln!("runde: {}", said.get(ctx.lang));
    crate::print::nothing_found()
}

pub fn run(ctx: &Context, args: &ResumeArgs) -> ExitCode {
    if let Err(code) = super::known::theme(ctx, args.theme.as_deref()) {
        return code;
    }
    let id = match &args.session {
        Some(id)
            if !ctx
                .store
                .record_ids()
                .iter()
                .any(|known| known == id.trim()) =>
        {
            errln!("runde: {}", super::known::unknown_session(ctx, id));
            return crate::print::failed();
        }
        Some(id) => id.trim().to_string(),
        None => match latest_unfinished(ctx) {
            Some(record) => record.id,
            None => return nothing_to_resume(ctx),
        },
    };
    // The lock first, then the record as it is on disk now: a runde that
    // is just quitting it saves first, and nothing it saved is lost.
    let (held, record) = match ctx.store.take_record(&id, LOCK_WAIT) {
        // A discarded meeting counts for nothing and is not picked up.
        Ok((_, record)) if record.is_discarded() => {
            errln!("runde: {}", t::DISCARDED_NOT_RESUMED.fill(ctx.lang, &[&id]));
            return crate::print::failed();
        }
        Ok((_, record))
            if !args.anyway
                && record
                    .running_elsewhere(&ctx.store.machine_id(), ctx.clock.wall())
                    .is_some() =>
        {
            let machine = record.live.saved_on.as_deref().unwrap_or("?");
            errln!(
                "runde: {}",
                crate::i18n::share::RESUME_ELSEWHERE_CLI.fill(ctx.lang, &[&id, machine, &id])
            );
            return crate::print::failed();
        }
        Ok(taken) => taken,
        Err(e) => {
            errln!("runde: {}", e.describe(ctx.lang));
            return crate::print::failed();
        }
    };
    let session = Session::resume(record, &ctx.clock);
    let screen = Screen::Live(Box::new(LiveScreen::new(session, ctx.config.alerts)));
    run_app(ctx, app(ctx, args.theme.as_deref(), screen), Some(held))
}
