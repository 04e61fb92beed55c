//! The note input as drawn: its title with the kind and whom it is about,
//! the text wrapped over its rows, and the owner and date it read.

use super::*;

impl NoteInput {
    /// Rows the input takes at the bottom of the live screen at `width`:
    /// the text wrapped (two to four rows), one more for an action (how to
    /// give it an owner and a due date), and the keys.
    pub fn rows(&self, width: u16) -> u16 {
        let text = self
            .field
            .rows_at(width.saturating_sub(2))
            .clamp(2, Self::MAX_TEXT_ROWS);
        let action = match &self.choosing {
            Some(choice) => 1 + choice.rows(),
            None => u16::from(self.kind == NoteKind::Action),
        };
        2 + text + action + 1
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, ctx: &ViewCtx) {
        let s = ctx.styles;
        ctx.styles.clear(area, buf);
        let title_text = match self.editing {
            Some(_) => crate::i18n::corrections::EDIT_TITLE,
            None => t::NOTE_TITLE,
        };
        let mut title = vec![
            Span::styled(format!(" {} ", title_text.get(ctx.lang)), s.title),
            Span::styled(
                format!("[{}] ", c::note_kind(self.kind).get(ctx.lang)),
                s.accent,
            ),
        ];
        if self.private {
            title.push(Span::styled(
                format!("[{}] ", c::PRIVATE.get(ctx.lang)),
                s.private,
            ));
        } else {
            title.push(Span::styled(
                format!("[{}] ", t::SHARED.get(ctx.lang)),
                s.muted,
            ));
        }
        let note = self.read();
        if let Some(owner) = &note.owner {
            title.push(Span::styled(
                format!("{}: {owner} ", t::OWNER.get(ctx.lang)),
                s.role,
            ));
        }
        if let Some(due) = note.due {
            title.push(Span::styled(
                format!("· {}: {} ", t::DUE.get(ctx.lang), day_month(due)),
                s.role,
            ));
        }
        // Whom it is about, said so nothing is credited silently, and the
        // key that clears it.
        if self.speaker.is_some() && self.kind.keeps_speaker() {
            // As the minutes will say it: a parked topic's speaker raised it.
            let (about, nobody) = match self.kind {
                NoteKind::Parked => (words::RAISED_BY, words::RAISED_BY_NOBODY),
                _ => (words::ABOUT, words::ABOUT_NOBODY),
            };
            let about = match self.about_whom() {
                Some(who) => about.fill(ctx.lang, &[who]),
                None => nobody.get(ctx.lang).to_string(),
            };
            title.push(Span::styled(format!("· {about} "), s.role));
            title.push(Span::styled(
                format!(
                    "({}) ",
                    keys::label_of(keys::NOTE_INPUT, NoteAction::ClearAbout)
                ),
                s.muted,
            ));
        }
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(s.accent)
            .title(Line::from(title));
        let inner = block.inner(area);
        block.render(area, buf);
        let action_rows = match &self.choosing {
            Some(choice) => 1 + choice.rows(),
            None => u16::from(self.kind == NoteKind::Action),
        };
        let [text, action, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(action_rows),
            Constraint::Length(1),
        ])
        .areas(inner);
        self.field.render(text, buf);
        if let Some(choice) = &self.choosing {
            Paragraph::new(choice.lines(&choice.mention, ctx)).render(action, buf);
            render_footer(keys::OWNER_CHOICE, hints, buf, ctx);
            return;
        }
        let (line, style) = match (&note.which, &note.problem, &note.unknown) {
            (Some(names), _, _) => (which_line(names, ctx.lang), s.error),
            (None, Some(DueProblem::NotADate(typed)), _) => {
                (t::DUE_NOT_A_DATE.fill(ctx.lang, &[typed]), s.error)
            }
            (None, Some(DueProblem::Past(typed)), _) => {
                (t::DUE_PAST.fill(ctx.lang, &[typed]), s.error)
            }
            (None, None, Some(typed)) => (words::OWNER_UNKNOWN.fill(ctx.lang, &[typed]), s.error),
            (None, None, None) => (t::ACTION_HINT.get(ctx.lang).to_string(), s.muted),
        };
        Span::styled(line, style).render(action, buf);
        render_footer(keys::NOTE_INPUT, hints, buf, ctx);
    }
}
