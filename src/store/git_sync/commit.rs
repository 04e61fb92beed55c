//! This machine's side of a sync: its changed runde files committed, with
//! a subject that names the meetings and networks they are.

use super::GITIGNORE;
use super::git_steps::{changed_files, ok_line, step};
use super::run::Git;
use super::{Store, StoreError, SyncError, atomic};
use crate::model::{Network, Record};
use crate::text::Lang;
use std::path::Path;

impl Store {
    /// Commits runde's changed files; the commit's subject.
    pub(super) fn commit_changes(
        &self,
        git: &Git,
        dir: &Path,
        lang: Lang,
    ) -> Result<Option<String>, SyncError> {
        let gitignore = dir.join(".gitignore");
        let top = ok_line(&git.local(&["rev-parse", "--show-toplevel"])?);
        let at_top = top.is_some_and(|t| Path::new(&t) == dir);
        if at_top && !gitignore.exists() {
            atomic::write(&gitignore, GITIGNORE.as_bytes()).map_err(|error| {
                SyncError::Store(StoreError::Io {
                    path: gitignore.clone(),
                    error,
                })
            })?;
        }
        let files = changed_files(git, dir)?;
        if files.is_empty() {
            return Ok(None);
        }
        let subject = self.commit_subject(dir, &files, lang);
        let body = files.join("\n");
        let message = format!("{subject}\n\n{body}\n");
        let mut add = vec!["add", "-A", "--"];
        add.extend(files.iter().map(String::as_str));
        step(git, dir, "git add", &add)?;
        // Only these paths: whatever else the user has staged stays staged.
        let mut commit = vec!["commit", "-q", "--no-edit", "-m", message.as_str(), "--"];
        commit.extend(files.iter().map(String::as_str));
        step(git, dir, "git commit", &commit)?;
        Ok(Some(subject))
    }

    /// "runde: Skoleledere Øst – møde 23. november 2026, medlemslisten".
    fn commit_subject(&self, dir: &Path, files: &[String], lang: Lang) -> String {
        use crate::i18n::sync as t;
        // (network, what changed) in the order first seen.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        let mut add = |network: String, what: String| match groups
            .iter_mut()
            .find(|(n, _)| crate::names::same(n, &network))
        {
            Some((_, items)) => items.push(what),
            None => groups.push((network, vec![what])),
        };
        for file in files {
            let path = dir.join(file);
            let stem = Path::new(file)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(file)
                .to_string();
            if file.starts_with("records/") {
                match self.read::<Record>(&path) {
                    Ok(r) => add(
                        r.network.name.clone(),
                        t::COMMIT_MEETING.fill(
                            lang,
                            &[&crate::dates::day_month_year(r.started.date_naive(), lang)],
                        ),
                    ),
                    // Removed, or not readable: named by its id.
                    Err(_) => add(String::new(), t::COMMIT_MEETING.fill(lang, &[&stem])),
                }
            } else if file.starts_with("networks/") {
                let name = match self.read::<Network>(&path) {
                    Ok(n) => n.name,
                    Err(_) => stem,
                };
                add(name, t::COMMIT_ROSTER.get(lang).to_string());
            }
        }
        let parts: Vec<String> = groups
            .into_iter()
            .map(|(network, items)| match network.is_empty() {
                true => items.join(", "),
                false => format!("{network} – {}", items.join(", ")),
            })
            .collect();
        match parts.is_empty() {
            true => "runde".to_string(),
            false => format!("runde: {}", parts.join("; ")),
        }
    }
}
