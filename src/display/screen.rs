//! The display's one screen: the room view of the live session, or a
//! waiting message. Pure: state, wall time and styles in, cells out.

use super::follow::Following;
use crate::i18n::display as t;
use crate::model::record::Stamp;
use crate::text::Lang;
use crate::ui::screens::room::RoomView;
use crate::ui::style::Styles;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// The smallest window the room view is drawn in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn render(
    following: &Following,
    now: Stamp,
    lang: Lang,
    styles: &Styles,
    area: Rect,
    buf: &mut Buffer,
) {
    styles.paint_base(area, buf);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Paragraph::new(t::TOO_SMALL.get(lang))
            .style(styles.error)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    match following {
        Following::Live(state) => {
            let view = RoomView::from_state(state, now, lang, styles);
            (&view).render(area, buf);
        }
        Following::Waiting => {
            let [_, message, hint, _] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Length(2),
                Constraint::Fill(1),
            ])
            .areas(area);
            Paragraph::new(Line::styled(t::WAITING.get(lang), styles.title))
                .alignment(Alignment::Center)
                .render(message, buf);
            Paragraph::new(Line::styled(t::WAITING_HINT.get(lang), styles.muted))
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true })
                .render(hint, buf);
        }
    }
}
