//! The review index as the commands open it: progress on stderr while
//! record files are read (a bar when stderr is a terminal), broken record
//! files reported on stderr, and trouble with the index said in one line,
//! in the user's language.

use super::Context;
use crate::i18n::{index as words, review};
use crate::print::errln;
use crate::store::Lookup;
use crate::store::index::{Check, Progress, ProgressSink};
use crate::text::Lang;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt::Display;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

/// Fewer files than this are read without a bar.
const BAR_FROM: usize = 200;

/// Opens the index for a command, with a progress bar while it is built;
/// what was mended is said on stderr.
pub(crate) fn lookup(ctx: &Context) -> Lookup {
    let mut lookup = open(ctx);
    say_notices(ctx.lang, &mut lookup);
    lookup
}

/// As [`lookup`], keeping what was mended for the screen that opens next
/// (`Lookup::take_notices`): stderr is hidden behind a full-screen view.
pub(crate) fn open(ctx: &Context) -> Lookup {
    with_progress(ctx.lang, |sink| {
        Lookup::open(&ctx.store, Check::Listing, sink)
    })
}

/// Runs `open` with a progress bar on stderr while it reads record files
/// (when stderr is a terminal and there are many), cleared when it returns.
pub(crate) fn with_progress<T>(lang: Lang, open: impl FnOnce(Option<ProgressSink>) -> T) -> T {
    let bar = Arc::new(Mutex::new(None::<ProgressBar>));
    let sink = std::io::stderr()
        .is_terminal()
        .then(|| progress_bar(lang, Arc::clone(&bar)));
    let opened = open(sink);
    if let Ok(mut bar) = bar.lock()
        && let Some(bar) = bar.take()
    {
        bar.finish_and_clear();
    }
    opened
}

fn progress_bar(lang: Lang, slot: Arc<Mutex<Option<ProgressBar>>>) -> ProgressSink {
    Arc::new(move |p: Progress| {
        if p.total < BAR_FROM {
            return;
        }
        let Ok(mut slot) = slot.lock() else { return };
        let bar = slot.get_or_insert_with(|| {
            let bar = ProgressBar::with_draw_target(
                Some(p.total as u64),
                ProgressDrawTarget::stderr_with_hz(10),
            );
            if let Ok(style) = ProgressStyle::with_template("{bar:30} {msg}") {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(p.done as u64);
        bar.set_message(words::progress(p, lang));
    })
}

/// Says on stderr, one line each, what was mended in the index.
pub(crate) fn say_notices(lang: Lang, lookup: &mut Lookup) {
    for notice in lookup.take_notices() {
        errln!("runde: {}", words::notice(&notice, lang));
    }
}

/// Reports the record files the index could not read on stderr.
pub(crate) fn say_problems(lookup: &mut Lookup, lang: Lang) {
    if let Ok(problems) = lookup.query(|ix| ix.problems()) {
        for problem in problems {
            errln!("{}", problem.describe(lang));
        }
    }
}

/// Says on stderr that the index failed, and fails the command.
pub(crate) fn index_failed(lang: Lang, e: impl Display) -> ExitCode {
    errln!(
        "runde: {}",
        review::INDEX_FAILED.fill(lang, &[&e.to_string()])
    );
    crate::print::failed()
}
