//! The "agreements and next meeting" step: the next meeting's date, host,
//! roles and theme, prefilled from the rotation and edited field by field.

use super::super::ViewCtx;
use super::live::LiveScreen;
use super::live_popup::LivePopup;
use crate::dates::parse_date;
use crate::engine::Msg;
use crate::i18n::{common as c, live as t};
use crate::model::plan::StepPurpose;
use crate::model::record::NextMeeting;
use crate::ui::popup::Popups;
use crate::ui::text_field::{InputOutcome, TextField};
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

/// The fields of the agreement, in the order they are edited.
pub const FIELDS: usize = 7;

fn label(field: usize) -> crate::i18n::Phrase {
    match field {
        0 => t::NEXT_DATE,
        1 => c::HOST,
        2 => c::FACILITATOR,
        3 => c::NOTE_TAKER,
        4 => c::CASE_GIVER,
        5 => c::RESERVE,
        _ => t::NEXT_THEME,
    }
}

fn value(next: &NextMeeting, field: usize) -> String {
    match field {
        0 => next.date.map(crate::dates::day_text),
        1 => next.host.clone(),
        2 => next.facilitator.clone(),
        3 => next.note_taker.clone(),
        4 => next.case_giver.clone(),
        5 => next.reserve.clone(),
        _ => next.theme.clone(),
    }
    .unwrap_or_default()
}

/// Why a typed field was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    BadDate,
    /// The name could be any of these members.
    Several(String),
    /// This person already holds a role that does not go with this one.
    Clash(String),
}

/// `next` with one field set from typed text. A date may leave out the
/// year ("14/1": the next one from `today`); a role's name is completed
/// from the roster ("Anne" → "Anne Holm") when one member fits, and kept
/// as typed when none does (a guest facilitator).
pub fn with_field(
    next: &NextMeeting,
    field: usize,
    text: &str,
    today: chrono::NaiveDate,
    roster: &[&str],
) -> Result<NextMeeting, FieldProblem> {
    use crate::names::{Found, find};
    let text = text.trim();
    let mut opt = (!text.is_empty()).then(|| text.to_string());
    if (2..=5).contains(&field) {
        match find(roster, text) {
            Found::One(name) => opt = Some(name.to_string()),
            Found::Several(names) => return Err(FieldProblem::Several(names.join(", "))),
            Found::None => {}
        }
    }
    let mut out = next.clone();
    match field {
        0 => {
            out.date = if text.is_empty() {
                None
            } else {
                Some(
                    parse_date(text)
                        .or_else(|| crate::engine::due::day(text, today))
                        .ok_or(FieldProblem::BadDate)?,
                )
            }
        }
        1 => out.host = opt,
        2 => out.facilitator = opt,
        3 => out.note_taker = opt,
        4 => out.case_giver = opt,
        5 => out.reserve = opt,
        _ => out.theme = opt,
    }
    // Entered by the facilitator: agreed, no longer a suggestion.
    out.agree(crate::model::record::NextField::ALL[field.min(FIELDS - 1)]);
    // Checked at the case-giver and reserve, which come after the
    // facilitator and note-taker: a swap can then be typed in order.
    match field {
        4 | 5 => clash(&out).map_or(Ok(out), |name| Err(FieldProblem::Clash(name))),
        _ => Ok(out),
    }
}

/// Someone agreed for two roles that cannot go together: the case-giver
/// does not facilitate, take notes or stand by for their own case.
fn clash(next: &NextMeeting) -> Option<String> {
    let same = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) if crate::names::same(a, b) => Some(a.clone()),
        _ => None,
    };
    let cg = &next.case_giver;
    same(cg, &next.facilitator)
        .or_else(|| same(cg, &next.note_taker))
        .or_else(|| same(cg, &next.reserve))
}

/// One field of the agreement being typed.
#[derive(Debug, Clone)]
pub struct NextFieldInput {
    pub field: usize,
    pub text: TextField,
    pub problem: Option<FieldProblem>,
}

impl NextFieldInput {
    /// Rows the input takes at the bottom of the live screen.
    pub const HEIGHT: u16 = 4;

    pub fn new(field: usize, next: &NextMeeting) -> NextFieldInput {
        NextFieldInput {
            field,
            // Typing replaces the suggestion; arrows keep and edit it.
            text: TextField::replaceable(&value(next, field)),
            problem: None,
        }
    }

    pub fn handle(&mut self, key: KeyEvent) -> InputOutcome<String> {
        self.text.line_key(&key)
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        ctx.styles.clear(area, buf);
        let title = format!(
            " {} {}/{}: {} ",
            t::NEXT_TITLE.get(ctx.lang),
            self.field + 1,
            FIELDS,
            label(self.field).get(ctx.lang)
        );
        let hint = match &self.problem {
            Some(FieldProblem::BadDate) => {
                Span::styled(t::NEXT_BAD_DATE.get(ctx.lang), ctx.styles.error)
            }
            Some(FieldProblem::Several(names)) => {
                Span::styled(t::NAME_SEVERAL.fill(ctx.lang, &[names]), ctx.styles.error)
            }
            Some(FieldProblem::Clash(name)) => Span::styled(
                crate::i18n::home::ROLE_CLASH.fill(ctx.lang, &[name]),
                ctx.styles.error,
            ),
            None => Span::styled(t::NEXT_EDIT_HINT.get(ctx.lang), ctx.styles.muted),
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(ctx.styles.accent)
            .title(Span::styled(title, ctx.styles.title))
            .title_bottom(Line::from(hint));
        let inner = block.inner(area);
        block.render(area, buf);
        self.text.render(inner, buf);
    }
}

impl LiveScreen {
    pub fn agreeing_next(&self) -> bool {
        self.session.step().purpose == Some(StepPurpose::NextMeeting)
    }

    /// Opens the first field of the agreement for editing.
    pub fn edit_next(&mut self, popups: &mut Popups) {
        let next = self.next_meeting();
        popups.open(LivePopup::NextField(NextFieldInput::new(0, &next)));
    }

    /// The agreement as it stands: what the facilitator entered, and for
    /// the rest the rotation's suggestions from the roles as they are now.
    pub fn next_meeting(&self) -> NextMeeting {
        let record = self.session.record();
        match &self.next_past {
            Some(past) => crate::rotation::next_meeting_defaults(
                &record.network,
                past,
                record,
                crate::dates::proposed_next_meeting(record.started.date_naive()),
            ),
            None => record.next_meeting.clone().unwrap_or_default(),
        }
    }

    /// Keeps the agreement as it stands in the record (the suggestions
    /// too, marked as such), so that the next meeting starts from it.
    pub(super) fn keep_next_meeting(&mut self, clock: &dyn crate::clock::Clock) {
        let next = self.next_meeting();
        self.session.update(Msg::SetNextMeeting(next), clock);
    }

    /// A field was typed: store it and open the next one, until the last.
    pub fn next_field_done(
        &mut self,
        mut input: NextFieldInput,
        text: String,
        popups: &mut Popups,
    ) -> Option<Msg> {
        let next = self.next_meeting();
        let record = self.session.record();
        let roster = record.network.names();
        let roster: Vec<&str> = roster.iter().map(String::as_str).collect();
        let today = record.started.date_naive();
        match with_field(&next, input.field, &text, today, &roster) {
            Err(problem) => {
                input.problem = Some(problem);
                popups.open(LivePopup::NextField(input));
                None
            }
            Ok(updated) => {
                if input.field + 1 < FIELDS {
                    popups.open(LivePopup::NextField(NextFieldInput::new(
                        input.field + 1,
                        &updated,
                    )));
                }
                Some(Msg::SetNextMeeting(updated))
            }
        }
    }

    pub fn render_next_meeting(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let (s, lang) = (ctx.styles, ctx.lang);
        let next = self.next_meeting();
        let entered = next.agreed.as_ref().is_some_and(|a| !a.is_empty());
        let hint = if entered {
            t::NEXT_SAVED
        } else {
            t::NEXT_SUGGESTED
        };
        // Short of a row for the hint (80x24), the title says it.
        let short = usize::from(area.height) < FIELDS + 2;
        let title = match short {
            true => crate::ui::fit::ellipsize(
                &format!(
                    "{} · {}",
                    t::NEXT_TITLE.get(lang),
                    match entered {
                        true => t::NEXT_SAVED_SHORT,
                        false => t::NEXT_SUGGESTED_SHORT,
                    }
                    .get(lang)
                ),
                usize::from(area.width).saturating_sub(2),
            ),
            false => t::NEXT_TITLE.get(lang).to_string(),
        };
        let inner = super::section(&title, area, buf, ctx);
        let mut lines = Vec::new();
        for field in 0..FIELDS {
            let v = value(&next, field);
            let agreed = next.is_agreed(crate::model::record::NextField::ALL[field]);
            let mut spans = vec![
                Span::styled(format!("{:<20}", label(field).get(lang)), s.muted),
                Span::styled(
                    if v.is_empty() {
                        "–".into()
                    } else {
                        v.clone()
                    },
                    if agreed { s.role } else { s.muted },
                ),
            ];
            // Once some fields are agreed, the rest say they are not.
            if entered && !agreed && !v.is_empty() {
                spans.push(Span::styled(
                    format!(" {}", t::NEXT_ONLY_SUGGESTED.get(lang)),
                    s.muted,
                ));
            }
            lines.push(Line::from(spans));
        }
        if !short {
            lines.push(Line::styled(hint.get(lang), s.muted));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_danish_and_iso_forms() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 14);
        for text in ["2026-12-14", "14-12-2026", "14/12/2026", "14.12.2026"] {
            assert_eq!(parse_date(text), d, "{text}");
        }
        assert_eq!(parse_date("next week"), None);
    }

    #[test]
    fn a_field_is_set_and_a_bad_date_refused() {
        let next = NextMeeting::default();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let roster = ["Anne Holm", "Bo Jensen", "Bo Ørum"];
        let set = |next: &NextMeeting, field, text| with_field(next, field, text, today, &roster);
        let with_host = set(&next, 1, " Bo ").unwrap();
        assert_eq!(
            with_host.host.as_deref(),
            Some("Bo"),
            "the host is free text"
        );
        assert_eq!(set(&next, 0, "snart"), Err(FieldProblem::BadDate));
        assert_eq!(set(&with_host, 1, "").unwrap().host, None);
        let when = set(&next, 0, "14/1").unwrap();
        assert_eq!(when.date, chrono::NaiveDate::from_ymd_opt(2027, 1, 14));
        // Shown the Danish way, and read back as typed.
        assert_eq!(value(&when, 0), "14/1/2027");
        let shown = value(&when, 0);
        assert_eq!(
            with_field(&next, 0, &shown, today, &roster).unwrap().date,
            when.date
        );
        let note_taker = set(&next, 3, "anne").unwrap().note_taker;
        assert_eq!(note_taker.as_deref(), Some("Anne Holm"));
        assert_eq!(
            set(&next, 2, "Bo"),
            Err(FieldProblem::Several("Bo Jensen, Bo Ørum".into()))
        );
        let guest = set(&next, 2, "Karen fra HR").unwrap().facilitator;
        assert_eq!(guest.as_deref(), Some("Karen fra HR"));
        let fac = set(&next, 2, "anne").unwrap();
        assert_eq!(
            set(&fac, 4, "Anne Holm"),
            Err(FieldProblem::Clash("Anne Holm".into())),
            "the case-giver does not facilitate"
        );
        let cg = set(&next, 4, "bo jensen").unwrap();
        assert!(matches!(
            set(&cg, 5, "Bo Jensen"),
            Err(FieldProblem::Clash(_))
        ));
        let swapped = set(&cg, 2, "bo jensen").unwrap();
        assert!(set(&swapped, 4, "anne").is_ok(), "a swap typed in order");
    }
}
