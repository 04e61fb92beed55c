//! `runde export SESSION`: the minutes as Markdown or HTML, or the agreed
//! next meeting as an iCalendar event; on stdout or in a file.

use super::Context;
use crate::cli::{ExportArgs, ExportFormat};
use crate::export::ics::NoEvent;
use crate::export::{MinutesFormat, MinutesOptions, next_meeting_ics};
use crate::i18n::errors::io_reason;
use crate::i18n::output;
use crate::i18n::review as words;
use crate::model::open_action::FollowedAction;
use crate::print::errln;
use crate::store::Store;
use crate::store::export_file::{OutputRefused, write_user_file};
use crate::text::Lang;
use std::path::Path;
use std::process::ExitCode;

pub fn run(ctx: &Context, args: &ExportArgs) -> ExitCode {
    let lang = ctx.lang;
    let Some(id) = resolve(&ctx.store, &args.session) else {
        errln!(
            "runde: {}",
            super::known::unknown_session(ctx, &args.session)
        );
        return crate::print::failed();
    };
    let record = match ctx.store.load_record(&id) {
        Ok(record) => record,
        Err(problem) => {
            errln!("{}", problem.describe(ctx.lang));
            return crate::print::failed();
        }
    };
    let opts = MinutesOptions {
        lang,
        include_private: args.include_private,
        pseudonymise: args.pseudonymise,
    };
    let text = match args.format {
        ExportFormat::Md => MinutesFormat::Markdown.render(&record, &followed(ctx, &record), &opts),
        ExportFormat::Html => MinutesFormat::Html.render(&record, &followed(ctx, &record), &opts),
        ExportFormat::Ics => {
            use crate::clock::Clock;
            let now = ctx.clock.wall().with_timezone(&chrono::Utc);
            match next_meeting_ics(&record, now, lang, args.pseudonymise) {
                Ok(text) => text,
                Err(NoEvent::NoDate) => {
                    errln!(
                        "runde: {}",
                        crate::i18n::export::NO_NEXT_DATE.fill(lang, &[&id])
                    );
                    return crate::print::nothing_found();
                }
            }
        }
    };
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        None => {
            match args.format {
                // A calendar's lines end in CRLF (RFC 5545), kept on stdout too.
                ExportFormat::Ics => crate::print::out_crlf(&text),
                ExportFormat::Md | ExportFormat::Html => crate::print::out(&text),
            }
            ExitCode::SUCCESS
        }
        Some(path) => match write_user_file(path, text.as_bytes(), args.force) {
            Ok(()) => {
                errln!(
                    "{}",
                    words::WROTE.fill(lang, &[&path.display().to_string()])
                );
                ExitCode::SUCCESS
            }
            Err(refused) => {
                errln!("runde: {}", not_written(path, &refused, lang));
                crate::print::failed()
            }
        },
    }
}

/// Why the minutes are not in `path`, with what to do instead.
fn not_written(path: &Path, refused: &OutputRefused, lang: Lang) -> String {
    let shown = path.display().to_string();
    match refused {
        OutputRefused::Exists => output::EXISTS.fill(lang, &[&shown]),
        OutputRefused::Link => output::IS_LINK.fill(lang, &[&shown]),
        OutputRefused::HardLinked(n) => output::HARD_LINKED.fill(lang, &[&shown, &n.to_string()]),
        OutputRefused::Folder => {
            let inside = path
                .join(words::MINUTES_FILE.get(lang))
                .display()
                .to_string();
            output::IS_FOLDER.fill(lang, &[&shown, &inside])
        }
        OutputRefused::NotAFile => output::NOT_A_FILE.fill(lang, &[&shown]),
        OutputRefused::Io(e) => words::CANNOT_WRITE.fill(lang, &[&shown, &io_reason(e, lang)]),
    }
}

/// `latest` is the newest session; anything else must be an existing id.
pub fn resolve(store: &Store, session: &str) -> Option<String> {
    let ids = store.record_ids();
    if session.trim().eq_ignore_ascii_case("latest") {
        return ids.last().cloned();
    }
    ids.into_iter().find(|id| id == session.trim())
}

/// The earlier actions the session followed up; a record they were taken
/// in that cannot be read is said on stderr, with what the minutes lack.
fn followed(ctx: &Context, record: &crate::model::Record) -> Vec<FollowedAction> {
    let loaded = ctx.store.followed(record);
    for problem in &loaded.problems {
        let problem = problem.describe(ctx.lang);
        errln!(
            "runde: {}",
            words::FOLLOW_UPS_LEFT_OUT.fill(ctx.lang, &[&problem])
        );
    }
    loaded.items
}
