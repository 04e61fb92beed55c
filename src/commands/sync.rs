//! `runde sync [NAME]`, and `sync: auto`: a shared network's git folder
//! kept in step with its remote (see `store::git_sync`).

use super::Context;
use crate::i18n::sync as t;
use crate::model::config::SyncMode;
use crate::print::{errln, outln};
use crate::store::git_sync::{AUTO_LIMIT, COMMAND_LIMIT, CameIn, Remote, SyncError, Synced};
use crate::text::Lang;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `runde sync [NAME]`: exit code 0 when every folder is committed and
/// (where it has a remote) in step with it; 2 when a remote could not be
/// reached, the two sides changed the same files, or git failed.
pub fn run(ctx: &Context, name: Option<&str>) -> ExitCode {
    let lang = ctx.lang;
    let dirs = match folders(ctx, name) {
        Ok(dirs) => dirs,
        Err(e) => {
            errln!("runde: {}", e.describe(lang));
            return crate::print::failed();
        }
    };
    let mut complete = true;
    for dir in dirs {
        outln!(
            "{}",
            t::FOLDER.fill(lang, &[&label(ctx, &dir), &dir.display().to_string()])
        );
        match ctx.store.sync_folder(&dir, COMMAND_LIMIT, lang) {
            Ok(synced) => {
                complete &= synced.complete();
                for line in report(&synced, today(ctx), lang) {
                    outln!("{line}");
                }
            }
            Err(e) => {
                complete = false;
                errln!("runde: {}", e.describe(lang));
                if matches!(e, SyncError::GitMissing) {
                    break;
                }
            }
        }
    }
    match complete {
        true => ExitCode::SUCCESS,
        false => crate::print::failed(),
    }
}

/// The folders to sync: NAME's, else every shared git folder.
fn folders(ctx: &Context, name: Option<&str>) -> Result<Vec<PathBuf>, SyncError> {
    match name {
        Some(name) => {
            let Some(network) = ctx
                .store
                .networks()
                .items
                .into_iter()
                .find(|n| crate::names::same(&n.name, name))
            else {
                return Err(SyncError::NotShared(name.to_string()));
            };
            Ok(vec![ctx.store.git_folder_of(&network.name)?])
        }
        None => {
            let dirs = ctx.store.git_folders()?;
            match dirs.is_empty() {
                true => Err(SyncError::NothingToSync),
                false => Ok(dirs),
            }
        }
    }
}

/// `sync: auto`, before the history is read (the attendance check, the
/// home screen): syncs `name`'s folder (every shared git folder when
/// None) within the time limit, saying so on stderr while it runs. What
/// went wrong, to show on the screen that opens next.
pub fn auto_before(ctx: &Context, name: Option<&str>) -> Vec<String> {
    if ctx.config.sync != SyncMode::Auto {
        return Vec::new();
    }
    let dirs = match name {
        Some(name) => match ctx.store.git_folder_of(name) {
            Ok(dir) => vec![dir],
            // Local, or not a git folder: nothing to sync.
            Err(SyncError::NotShared(_) | SyncError::NotGit(_)) => Vec::new(),
            Err(e) => return vec![e.describe(ctx.lang)],
        },
        None => match ctx.store.git_folders() {
            Ok(dirs) => dirs,
            Err(e) => return vec![e.describe(ctx.lang)],
        },
    };
    auto(ctx, &dirs)
}

/// `sync: auto`, when runde closes: every shared git folder with a
/// change of runde's (a meeting held, a roster edited) is synced.
pub fn auto_after(ctx: &Context) {
    if ctx.config.sync != SyncMode::Auto {
        return;
    }
    let dirs = match ctx.store.git_folders() {
        Ok(dirs) => dirs,
        Err(e) => {
            errln!("runde: {}", e.describe(ctx.lang));
            return;
        }
    };
    let mut changed = Vec::new();
    for dir in dirs {
        match ctx.store.git_has_changes(&dir) {
            Ok(true) => changed.push(dir),
            Ok(false) => {}
            Err(e) => errln!("runde: {}", e.describe(ctx.lang)),
        }
    }
    auto(ctx, &changed);
}

/// Syncs `dirs` with the auto time limit: a status line on stderr for
/// each, then its report; the troubles returned.
fn auto(ctx: &Context, dirs: &[PathBuf]) -> Vec<String> {
    let lang = ctx.lang;
    let mut troubles = Vec::new();
    let seconds = AUTO_LIMIT.as_secs().to_string();
    for dir in dirs {
        let label = label(ctx, dir);
        errln!("{}", t::AUTO_RUNNING.fill(lang, &[&label, &seconds]));
        match ctx.store.sync_folder(dir, AUTO_LIMIT, lang) {
            Ok(synced) => {
                let lines = report(&synced, today(ctx), lang);
                for line in &lines {
                    errln!("{line}");
                }
                if !synced.complete() {
                    // What went wrong first: the commit line says nothing new.
                    let said = lines.iter().skip(1).map(|l| l.trim());
                    let said = said.collect::<Vec<_>>().join(" ");
                    troubles.push(t::AUTO_FAILED.fill(lang, &[&label, &said]));
                }
            }
            Err(e) => {
                let said = e.describe(lang);
                errln!("runde: {said}");
                troubles.push(t::AUTO_FAILED.fill(lang, &[&label, &said]));
            }
        }
    }
    troubles
}

/// The networks last seen in `dir`, »quoted«, else the folder's name.
fn label(ctx: &Context, dir: &Path) -> String {
    let quote = |name: &str| match ctx.lang {
        Lang::Da => format!("»{name}«"),
        Lang::En => format!("\"{name}\""),
    };
    let names: Vec<String> = match ctx.store.locations() {
        Ok(locations) => locations
            .shared
            .into_iter()
            .filter(|f| f.dir == dir)
            .flat_map(|f| f.networks)
            .map(|n| quote(&n))
            .collect(),
        Err(_) => Vec::new(),
    };
    match names.is_empty() {
        true => dir.display().to_string(),
        false => names.join(", "),
    }
}

fn today(ctx: &Context) -> NaiveDate {
    crate::clock::Clock::wall(&ctx.clock).date_naive()
}

/// The lines that say what one sync did.
pub fn report(synced: &Synced, today: NaiveDate, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(match &synced.commit {
        Some(subject) => t::COMMITTED.fill(lang, &[subject]),
        None => t::NOTHING_TO_COMMIT.get(lang).to_string(),
    });
    let came_in = came_in(&synced.came_in, today, lang);
    match &synced.remote {
        Remote::None => lines.push(t::NO_REMOTE.get(lang).to_string()),
        Remote::Reached { remote, pushed } => {
            lines.push(match came_in {
                Some(what) => t::CAME_IN.fill(lang, &[&what]),
                None => t::NOTHING_CAME_IN.get(lang).to_string(),
            });
            if !synced.came_in.merged.is_empty() {
                lines.push(t::MERGED.fill(lang, &[&synced.came_in.merged.join(", ")]));
            }
            lines.push(match pushed {
                true => t::PUSHED.fill(lang, &[remote]),
                false => t::UP_TO_DATE.fill(lang, &[remote]),
            });
        }
        Remote::Unreachable { remote, said } => {
            lines.push(t::UNREACHABLE.fill(lang, &[remote, said]))
        }
        Remote::TimedOut { remote, limit } => {
            lines.push(t::TIMED_OUT.fill(lang, &[remote, &limit.as_secs().to_string()]))
        }
        Remote::Conflict {
            upstream,
            files,
            unreadable,
            ..
        } => {
            lines.push(t::CONFLICT.fill(lang, &[upstream]));
            lines.extend(files.iter().map(|f| format!("    {}", f.display())));
            lines.extend(
                unreadable
                    .iter()
                    .map(|p| format!("    {}", p.describe(lang))),
            );
            lines.push(t::CONFLICT_HOW.fill(lang, &[upstream]));
        }
    }
    if !synced.unreadable.is_empty() {
        lines.push(t::UNREADABLE.get(lang).to_string());
        lines.extend(
            synced
                .unreadable
                .iter()
                .map(|p| format!("    {}", p.describe(lang))),
        );
    }
    lines
}

/// "2 møder fra den seneste måned, ændringer i »Nord«", or None.
pub fn came_in(came_in: &CameIn, today: NaiveDate, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(oldest) = came_in.meetings.first() {
        let n = came_in.meetings.len();
        let age = (today - *oldest).num_days();
        parts.push(match age {
            ..=7 => t::MEETINGS_WEEK.fill(lang, n, &[]),
            8..=31 => t::MEETINGS_MONTH.fill(lang, n, &[]),
            _ => t::MEETINGS_SINCE.fill(lang, n, &[&crate::dates::day_month_year(*oldest, lang)]),
        });
    }
    if came_in.updated > 0 {
        parts.push(t::UPDATED.fill(lang, came_in.updated, &[]));
    }
    if came_in.removed > 0 {
        parts.push(t::REMOVED.fill(lang, came_in.removed, &[]));
    }
    for network in &came_in.networks {
        parts.push(t::NETWORK_CHANGED.fill(lang, &[network]));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}
