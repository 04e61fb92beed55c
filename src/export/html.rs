//! Minutes for mail: the Markdown minutes as one self-contained HTML page
//! that pastes cleanly into Outlook and Gmail. Every style is inline (mail
//! clients drop `<style>` and `<link>`), there is no script, and every
//! piece of user text is escaped: a note that looks like HTML or a link
//! is shown as the text it is.

use super::MinutesOptions;
use super::markdown::minutes;
use crate::i18n::{common, export as words};
use crate::model::Record;
use crate::model::open_action::FollowedAction;
use crate::text::Lang;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

const FONT: &str = "font-family:Calibri,'Segoe UI',Helvetica,Arial,sans-serif";
const BODY: &str = "margin:0;padding:16px;background:#ffffff;color:#1f1f1f;\
font-size:15px;line-height:1.45";
const H1: &str = "margin:0 0 12px 0;font-size:22px;font-weight:bold;color:#1f3a5f";
const H2: &str = "margin:20px 0 6px 0;font-size:17px;font-weight:bold;color:#1f3a5f;\
border-bottom:1px solid #c8d3e0;padding-bottom:2px";
const P: &str = "margin:6px 0";
const UL: &str = "margin:4px 0 8px 0;padding-left:22px";
const LI: &str = "margin:2px 0";
const STRONG: &str = "font-weight:bold";
const EM: &str = "font-style:italic;color:#555555";

/// The minutes of `record` as an HTML page, from the same minutes as the
/// Markdown: the same sections, the same notes left out.
pub fn minutes_html(record: &Record, followed: &[FollowedAction], opts: &MinutesOptions) -> String {
    let markdown = minutes(record, followed, opts);
    let title = format!(
        "{}: {}",
        words::MINUTES.get(opts.lang),
        common::network_label(&record.network.name, opts.lang)
    );
    page(&markdown, &title, opts.lang)
}

/// `markdown` rendered as a page titled `title`.
pub fn page(markdown: &str, title: &str, lang: Lang) -> String {
    let lang_code = match lang {
        Lang::Da => "da",
        Lang::En => "en",
    };
    let mut out = String::with_capacity(markdown.len() * 2 + 512);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{lang_code}\">\n<head>\n"));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str("</head>\n");
    out.push_str(&format!("<body style=\"{BODY};{FONT}\">\n"));
    out.push_str(&format!("<div style=\"max-width:720px;{FONT}\">\n"));
    pulldown_cmark::html::push_html(&mut out, Parser::new(markdown).filter_map(styled));
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// One Markdown event as the page takes it: the tags mail clients style
/// poorly get inline styles; HTML in a note becomes its text; links and
/// images become their text (a mailed page carries no address runde did
/// not write).
fn styled(event: Event<'_>) -> Option<Event<'_>> {
    let tag = |html: &str| Some(Event::Html(CowStr::from(html.to_string())));
    match event {
        Event::Start(Tag::Heading { level, .. }) => {
            let (name, style) = heading(level);
            tag(&format!("<{name} style=\"{style};{FONT}\">"))
        }
        Event::End(TagEnd::Heading(level)) => tag(&format!("</{}>\n", heading(level).0)),
        Event::Start(Tag::Paragraph) => tag(&format!("<p style=\"{P}\">")),
        Event::End(TagEnd::Paragraph) => tag("</p>\n"),
        Event::Start(Tag::List(None)) => tag(&format!("<ul style=\"{UL}\">\n")),
        Event::End(TagEnd::List(false)) => tag("</ul>\n"),
        Event::Start(Tag::Item) => tag(&format!("<li style=\"{LI}\">")),
        Event::End(TagEnd::Item) => tag("</li>\n"),
        Event::Start(Tag::Strong) => tag(&format!("<strong style=\"{STRONG}\">")),
        Event::End(TagEnd::Strong) => tag("</strong>"),
        Event::Start(Tag::Emphasis) => tag(&format!("<em style=\"{EM}\">")),
        Event::End(TagEnd::Emphasis) => tag("</em>"),
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        other => Some(other),
    }
}

fn heading(level: HeadingLevel) -> (&'static str, &'static str) {
    match level {
        HeadingLevel::H1 => ("h1", H1),
        _ => ("h2", H2),
    }
}

/// Text as HTML: the five characters that could start markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_note_is_shown_as_text() {
        let html = page(
            "# T\n\n- <script>alert(1)</script> & <b>x</b>\n- [klik](javascript:alert(1))\n",
            "a<b",
            Lang::Da,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("href"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;"));
        assert!(html.contains("klik"));
        assert!(html.contains("<title>a&lt;b</title>"));
    }

    #[test]
    fn every_tag_carries_its_style_inline() {
        let html = page("# T\n\n## S\n\n- **Dato:** 1\n\n_x_\n", "T", Lang::En);
        for tag in ["<h1 ", "<h2 ", "<ul ", "<li ", "<strong ", "<em ", "<p "] {
            let at = html.find(tag).unwrap_or_else(|| panic!("{tag} in {html}"));
            assert!(html[at..].starts_with(&format!("{tag}style=\"")), "{tag}");
        }
        assert!(!html.contains("<style"));
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    }
}
