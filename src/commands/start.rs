//! `runde start [PLAN] [--network NAME | --participants "Anne,Bo"]`, and
//! the home screen for a bare `runde`.

use super::Context;
use crate::cli::StartArgs;
use crate::engine::NewSession;
use crate::i18n::home as t;
use crate::model::{Network, Plan};
use crate::print::{errln, outln};
use crate::ui::app::{App, Screen};
use crate::ui::runtime;
use crate::ui::screens::attendance::AttendanceScreen;
use crate::ui::screens::home::HomeScreen;
use std::process::ExitCode;

/// An app on `screen` in the context's language and the chosen theme.
pub fn app(ctx: &Context, theme: Option<&str>, screen: Screen) -> App {
    let styles = ctx.styles(theme.or(ctx.config.theme.as_deref()));
    App::new(screen, ctx.lang, styles, ctx.config.alerts)
}

/// Runs the app in the terminal and turns its end into an exit code;
/// `held`: the record of the session the app resumes, taken under its lock.
pub fn run_app(ctx: &Context, mut app: App, held: Option<crate::store::HeldRecord>) -> ExitCode {
    let ended = runtime::run(&mut app, &ctx.store, &ctx.clock, held);
    // `sync: auto`: what this run changed in a shared git folder (a
    // meeting held, a roster edited) goes to the other machines now.
    if matches!(ended, Ok(runtime::Ended::Quit | runtime::Ended::Gone)) {
        super::sync::auto_after(ctx);
    }
    match ended {
        Ok(runtime::Ended::Quit) => say_how_to_resume(ctx, &app),
        Ok(runtime::Ended::Gone) => ExitCode::SUCCESS,
        // Saved and ended: the shell's usual code for an end by a signal.
        Ok(runtime::Ended::Signal(sig)) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
        Err(e) => {
            errln!("runde: {e}");
            crate::print::failed()
        }
    }
}

/// After quitting a meeting that is not finished: one line saying it is
/// saved and the command that goes on with it (`runde resume` picks the
/// newest unfinished meeting; another one is named by its id). A save that
/// failed is said instead, with exit code 2.
fn say_how_to_resume(ctx: &Context, app: &App) -> ExitCode {
    let Some(live) = app.live() else {
        return ExitCode::SUCCESS;
    };
    if let Some(error) = &live.save_error {
        errln!("runde: {}", t::QUIT_UNSAVED.fill(ctx.lang, &[error]));
        return crate::print::failed();
    }
    let record = live.session.record();
    if record.is_finished() || record.is_discarded() {
        return ExitCode::SUCCESS;
    }
    let newest = super::resume::latest_unfinished(ctx).map(|r| r.id);
    let command = match newest {
        Some(id) if id == record.id => "runde resume".to_string(),
        _ => format!("runde resume {}", record.id),
    };
    outln!("{}", t::SAVED_RESUME.fill(ctx.lang, &[&command]));
    ExitCode::SUCCESS
}

/// Every plan, and what could not be read, said on the home screen.
fn plans(ctx: &Context) -> (Vec<Plan>, Vec<String>) {
    let loaded = ctx.store.plans();
    let problems = loaded.problems.iter().map(|p| p.describe(ctx.lang));
    (
        loaded.items.into_iter().map(|e| e.plan).collect(),
        problems.collect(),
    )
}

pub fn run(ctx: &Context, args: &StartArgs) -> ExitCode {
    if let Err(code) = super::known::theme(ctx, args.theme.as_deref()) {
        return code;
    }
    let wanted = args.plan.as_deref().unwrap_or("standard");
    // Only the plan it runs: parsing every plan holds up the first frame.
    let (entry, plan_problems) = ctx.store.plan(wanted);
    let Some(entry) = entry else {
        for problem in &plan_problems {
            errln!("{}", problem.describe(ctx.lang));
        }
        errln!("runde: {}", super::known::unknown_plan(ctx, wanted));
        return crate::print::failed();
    };
    // Said on the screen that opens: stderr is hidden behind it. A broken
    // plan of the user's own means the bundled one of that name runs.
    let mut problems: Vec<String> = plan_problems
        .iter()
        .map(|p| match entry.source {
            crate::store::Source::Bundled => {
                t::BUNDLED_INSTEAD.fill(ctx.lang, &[&p.describe(ctx.lang)])
            }
            crate::store::Source::User(_) => p.describe(ctx.lang),
        })
        .chain(ctx.problems.iter().map(|p| p.describe(ctx.lang)))
        .collect();
    let plan = entry.plan;
    let until = match until(ctx, args.until.as_deref()) {
        Ok(until) => until,
        Err(message) => {
            errln!("runde: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(list) = &args.participants {
        let names = match crate::names::split_list(list) {
            Ok(names) => names,
            Err(problem) => {
                let why = crate::i18n::names::problem(&problem, ctx.lang);
                errln!("runde: --participants: {why}");
                return crate::print::failed();
            }
        };
        if names.is_empty() {
            errln!("runde: {}", t::NO_PARTICIPANTS.get(ctx.lang));
            return crate::print::failed();
        }
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let network = Network::ad_hoc(&refs);
        let mut app = app(
            ctx,
            args.theme.as_deref(),
            Screen::Home(Box::new(HomeScreen::new(Vec::new(), Vec::new(), None))),
        );
        let mut new = NewSession::with_everyone(plan, network);
        new.until = until;
        app.start(new, &ctx.clock);
        if let Some(live) = app.live_mut() {
            live.problems = problems;
        }
        return run_app(ctx, app, None);
    }
    let name = args
        .network
        .clone()
        .or_else(|| ctx.config.network.clone())
        .unwrap_or_else(|| Network::demo().name);
    // `sync: auto`: the last meeting held on another machine comes in
    // before the attendance check reads the history.
    problems.extend(super::sync::auto_before(ctx, Some(&name)));
    let networks = ctx.store.networks();
    problems.extend(networks.problems.iter().map(|p| p.describe(ctx.lang)));
    let Some(network) = networks
        .items
        .into_iter()
        .find(|n| crate::names::same(&n.name, &name))
    else {
        errln!("runde: {}", super::known::unknown_network(ctx, &name));
        return crate::print::failed();
    };
    let mut lookup = super::review_index::open(ctx);
    let history = lookup.meetings(&network.name);
    // First: it makes today's suggestions unfair.
    if let Some(unread) = crate::i18n::rotation::unread_meetings(&history.problems, ctx.lang) {
        problems.insert(0, unread);
    }
    let notices = lookup.take_notices();
    problems.extend(
        notices
            .iter()
            .map(|n| crate::i18n::index::notice(n, ctx.lang)),
    );
    let mut attendance = AttendanceScreen::new(plan, network);
    attendance.set_history(
        history.items,
        crate::clock::Clock::wall(&ctx.clock).date_naive(),
    );
    attendance.until = until;
    attendance.problems = problems;
    let screen = Screen::Attendance(Box::new(attendance));
    run_app(ctx, app(ctx, args.theme.as_deref(), screen), None)
}

/// `--until HH:MM` as today's moment in the local offset; an error names
/// what was typed and why it cannot be the end.
fn until(
    ctx: &Context,
    typed: Option<&str>,
) -> Result<Option<crate::model::record::Stamp>, String> {
    let Some(typed) = typed else {
        return Ok(None);
    };
    let now = crate::clock::Clock::wall(&ctx.clock);
    let time =
        crate::dates::parse_clock(typed).ok_or_else(|| t::BAD_UNTIL.fill(ctx.lang, &[typed]))?;
    let end = now
        .date_naive()
        .and_time(time)
        .and_local_timezone(*now.offset())
        .single()
        .ok_or_else(|| t::BAD_UNTIL.fill(ctx.lang, &[typed]))?;
    if end <= now {
        let clock = |t: crate::model::record::Stamp| crate::dates::clock(t, ctx.lang);
        return Err(t::UNTIL_PASSED.fill(ctx.lang, &[&clock(end), &clock(now)]));
    }
    Ok(Some(end))
}

/// Bare `runde`: the home screen.
pub fn home(ctx: &Context) -> ExitCode {
    // `sync: auto`: what other machines did comes in before anything is
    // read, so the meeting started from here suggests with it.
    let mut problems = super::sync::auto_before(ctx, None);
    let networks = ctx.store.networks();
    problems.extend(networks.problems.iter().map(|p| p.describe(ctx.lang)));
    // The session to resume and the open actions under the menu come
    // after the first frame (the runtime loads them): they come through
    // the review index, which may have to catch up with the records first.
    // The user's own networks first; the demo last once there are any.
    let mut items = networks.items;
    items.sort_by_key(|n| *n == crate::model::Network::demo());
    let (plans, plan_problems) = plans(ctx);
    problems.extend(plan_problems);
    let mut home = HomeScreen::new(items, plans, None);
    // Until the runtime's loader brings them, the session to resume and
    // the network that met last are not known: nothing is offered yet.
    home.awaiting = true;
    if let Some(name) = &ctx.config.network
        && let Some(i) = home
            .networks
            .iter()
            .position(|n| crate::names::same(&n.name, name))
    {
        home.network = i;
        home.network_chosen = true;
    }
    problems.extend(ctx.problems.iter().map(|p| p.describe(ctx.lang)));
    home.problems = problems;
    run_app(ctx, app(ctx, None, Screen::Home(Box::new(home))), None)
}
