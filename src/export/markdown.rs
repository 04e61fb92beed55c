//! The minutes a facilitator pastes into a mail: header, decisions,
//! actions, learning points, parked topics, evaluation, next meeting.

use super::MinutesOptions;
use super::pseudonym::Pseudonymiser;
use crate::dates::{day_month_year, long_date};
use crate::i18n::{Phrase, export as words};
use crate::model::open_action::FollowedAction;
use crate::model::plan::NoteKind;
use crate::model::record::{ActionStatus, Note, Record};
use crate::text::Lang;
use std::fmt::Write;

/// The minutes of `record` as Markdown. `followed` are the earlier actions
/// this session followed up, resolved by the caller (may be empty).
pub fn minutes(record: &Record, followed: &[FollowedAction], opts: &MinutesOptions) -> String {
    let m = Minutes {
        record,
        lang: opts.lang,
        include_private: opts.include_private,
        names: if opts.pseudonymise {
            Pseudonymiser::for_record(record)
        } else {
            Pseudonymiser::off()
        },
    };
    let mut out = String::new();
    m.header(&mut out);
    m.section(
        &mut out,
        words::DECISIONS,
        &m.notes_of(NoteKind::Decision, false),
        |n| m.plain_item(n),
    );
    m.section(
        &mut out,
        words::ACTIONS,
        &m.notes_of(NoteKind::Action, false),
        |n| m.action_item(n),
    );
    m.follow_ups(&mut out, followed);
    m.section(
        &mut out,
        words::LEARNING,
        &m.notes_of(NoteKind::Learning, false),
        |n| m.plain_item(n),
    );
    m.section(
        &mut out,
        words::PARKED,
        &m.notes_of(NoteKind::Parked, false),
        |n| m.parked_item(n),
    );
    m.evaluation_section(&mut out);
    m.section(
        &mut out,
        words::NOTES,
        &m.notes_of(NoteKind::Note, true),
        |n| m.spoken_item(n),
    );
    m.next_meeting(&mut out);
    while out.ends_with("\n\n") {
        out.pop();
    }
    // Minutes are printed, pasted and mailed: no control character in a
    // note may steer the terminal or the mail client that shows them.
    crate::output_gate::visible(&out).into_owned()
}

pub(super) struct Minutes<'a> {
    pub(super) record: &'a Record,
    pub(super) lang: Lang,
    pub(super) include_private: bool,
    pub(super) names: Pseudonymiser,
}

impl Minutes<'_> {
    pub(super) fn say(&self, phrase: Phrase) -> &'static str {
        phrase.get(self.lang)
    }

    fn shown(&self, note: &Note) -> bool {
        self.include_private || !note.private
    }

    fn is_evaluation_step(&self, step: usize) -> bool {
        self.record.plan.steps.get(step).is_some_and(|s| {
            s.purpose == Some(crate::model::plan::StepPurpose::CheckOut)
                || [Lang::Da, Lang::En].iter().any(|l| {
                    let title = s.title.get(*l).to_lowercase();
                    words::EVALUATION_STEP_WORDS
                        .iter()
                        .any(|w| title.contains(w))
                })
        })
    }

    /// Notes of one kind, in the order they were taken. Plain notes from the
    /// evaluation step belong to the evaluation, so `skip_evaluation` drops them.
    fn notes_of(&self, kind: NoteKind, skip_evaluation: bool) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .record
            .notes
            .iter()
            .filter(|n| n.kind == kind && self.shown(n))
            .filter(|n| !(skip_evaluation && self.is_evaluation_step(n.step)))
            .collect();
        notes.sort_by_key(|n| (n.at, n.id));
        notes
    }

    fn evaluation(&self) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .record
            .notes
            .iter()
            .filter(|n| {
                n.kind == NoteKind::Note && self.shown(n) && self.is_evaluation_step(n.step)
            })
            .collect();
        notes.sort_by_key(|n| (n.at, n.id));
        notes
    }

    /// The evaluation: the check-out scores as a distribution (never by
    /// name), then the proposals noted in the check-out.
    fn evaluation_section(&self, out: &mut String) {
        let notes = self.evaluation();
        let counts =
            crate::model::record::score_distribution(self.record.scores.iter().map(|s| s.score));
        let mean = crate::model::record::score_mean(counts);
        if notes.is_empty() && mean.is_none() {
            return;
        }
        let _ = writeln!(out, "## {}\n", self.say(words::EVALUATION));
        if let Some(mean) = mean {
            let answers: usize = counts.iter().sum();
            let _ = writeln!(
                out,
                "{}\n",
                words::SCORES.fill(
                    self.lang,
                    &[
                        &answers.to_string(),
                        &crate::i18n::decimal(mean, 1, self.lang)
                    ]
                )
            );
            for score in (1..=5).rev() {
                let n = counts[score - 1];
                let bar = "█".repeat(n);
                let _ = writeln!(out, "- {score}: {bar}{}{n}", if n > 0 { " " } else { "" });
            }
            out.push('\n');
        }
        for note in &notes {
            let _ = writeln!(out, "- {}", indent(&self.plain_item(note)));
        }
        if !notes.is_empty() {
            out.push('\n');
        }
    }

    fn section(
        &self,
        out: &mut String,
        title: Phrase,
        notes: &[&Note],
        item: impl Fn(&Note) -> String,
    ) {
        if notes.is_empty() {
            return;
        }
        let _ = writeln!(out, "## {}\n", self.say(title));
        for note in notes {
            let _ = writeln!(out, "- {}", indent(&item(note)));
        }
        out.push('\n');
    }

    fn text(&self, note: &Note) -> String {
        let mut s = self.names.text(note.text.trim());
        if note.private {
            let _ = write!(s, " {}", self.say(words::PRIVATE_MARK));
        }
        s
    }

    fn plain_item(&self, note: &Note) -> String {
        self.text(note)
    }

    fn spoken_item(&self, note: &Note) -> String {
        match &note.participant {
            Some(who) => format!("{}: {}", self.names.name(who), self.text(note)),
            None => self.text(note),
        }
    }

    fn parked_item(&self, note: &Note) -> String {
        match &note.participant {
            Some(who) => format!(
                "{} ({})",
                self.text(note),
                words::PROPOSED_BY.fill(self.lang, &[&self.names.name(who)])
            ),
            None => self.text(note),
        }
    }

    fn action_item(&self, note: &Note) -> String {
        let mut parts = vec![self.text(note)];
        if let Some(owner) = &note.owner {
            parts.push(format!(
                "**{}:** {}",
                self.say(words::OWNER),
                self.names.name(owner)
            ));
        }
        parts.push(format!("**{}:** {}", self.say(words::DUE), self.due(note)));
        let mut s = parts.join(" · ");
        if let Some(status) = note.status.filter(|s| *s != ActionStatus::Open) {
            let _ = write!(s, " ({})", status_word(status).get(self.lang));
        }
        s
    }

    fn due(&self, note: &Note) -> String {
        if let Some(due) = note.due {
            return day_month_year(due, self.lang);
        }
        let next = self.say(words::DUE_NEXT_MEETING);
        match self.record.next_meeting.as_ref().and_then(|n| n.date) {
            Some(date) => format!("{next} ({})", day_month_year(date, self.lang)),
            None => next.to_string(),
        }
    }

    fn follow_ups(&self, out: &mut String, followed: &[FollowedAction]) {
        let shown: Vec<&FollowedAction> = followed
            .iter()
            .filter(|f| self.include_private || !f.private)
            .collect();
        if shown.is_empty() {
            return;
        }
        let _ = writeln!(out, "## {}\n", self.say(words::FOLLOW_UP));
        for f in shown {
            let mut s = self.names.text(f.text.trim());
            if let Some(owner) = &f.owner {
                let _ = write!(s, " ({})", self.names.name(owner));
            }
            let mut status = status_word(f.status).get(self.lang).to_string();
            if f.status == ActionStatus::Moved {
                let to = match f.due {
                    Some(day) => long_date(day, self.lang),
                    None => self.say(words::NEXT_MEETING_LOWER).to_string(),
                };
                let _ = write!(status, " {}", words::MOVED_TO.fill(self.lang, &[&to]));
            }
            let _ = writeln!(out, "- {}: {status}", indent(&s));
        }
        out.push('\n');
    }

    fn next_meeting(&self, out: &mut String) {
        let Some(next) = &self.record.next_meeting else {
            return;
        };
        let _ = writeln!(out, "## {}\n", self.say(words::NEXT_MEETING));
        let date = next
            .date
            .map(|d| long_date(d, self.lang))
            .unwrap_or_else(|| self.say(words::NOT_SET).to_string());
        let _ = writeln!(out, "- **{}:** {date}", self.say(words::DATE));
        for (label, value) in super::next_fields::next_fields(next, &self.names, self.lang) {
            let _ = writeln!(out, "- **{label}:** {value}");
        }
        out.push('\n');
    }
}

pub fn status_word(status: ActionStatus) -> Phrase {
    match status {
        ActionStatus::Open => words::OPEN,
        ActionStatus::Done => words::DONE,
        ActionStatus::Moved => words::MOVED,
        ActionStatus::Dropped => words::DROPPED,
    }
}

/// Keeps a multi-line note inside its list item.
fn indent(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n  ")
}
