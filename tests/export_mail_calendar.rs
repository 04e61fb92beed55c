//! Minutes for mail (`runde export --format html`) and the next meeting for
//! the calendar (`--format ics`): escaped, complete, private notes left
//! out, and a calendar file a real iCalendar parser reads.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Utc};
use icalendar::{Component, EventLike};
use runde::export::{MinutesFormat, MinutesOptions, minutes_html, next_meeting_ics};
use runde::model::Record;
use runde::model::plan::NoteKind;
use runde::model::record::Note;
use runde::store::{Paths, Store};
use runde::text::Lang;
use std::path::Path;

mod common;
use common::{review_home as home, runde};

const FIRST: &str = "2026-03-12-0900-skoleledere-oest-standard";
const LATEST: &str = "2026-04-15-1300-dagtilbud-nord-standard";

fn load(id: &str) -> Record {
    let store = Store::new(Paths::under(Path::new("/nonexistent")));
    store
        .read(&Path::new("tests/fixtures/review").join(format!("{id}.ron")))
        .unwrap()
}

fn with_hostile_notes(mut record: Record) -> Record {
    let at = record.started + chrono::Duration::minutes(30);
    let next_id = record.notes.iter().map(|n| n.id).max().unwrap_or(0) + 1;
    for (i, (kind, text, private)) in [
        (
            NoteKind::Decision,
            "Vi bruger <script>alert('x')</script> & <b>fed</b> skrift",
            false,
        ),
        (NoteKind::Note, "R&D <img src=x onerror=alert(1)>", false),
        (NoteKind::Note, "Privat <script>hemmelig</script>", true),
    ]
    .into_iter()
    .enumerate()
    {
        record.notes.push(Note {
            id: next_id + i as u32,
            kind,
            text: text.to_string(),
            at,
            step: 2,
            participant: None,
            owner: None,
            due: None,
            private,
            status: None,
        });
    }
    record
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
}

#[test]
fn html_minutes_escape_markup_and_hold_every_shared_note_and_no_private_one() {
    let record = with_hostile_notes(load(FIRST));
    for lang in [Lang::Da, Lang::En] {
        let html = minutes_html(&record, &[], &MinutesOptions::new(lang));
        assert!(!html.to_lowercase().contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<style"), "styles are inline only");
        assert!(
            html.contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;"
            ) || html
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;fed&lt;/b&gt;"),
            "{html}"
        );
        assert!(html.contains("R&amp;D &lt;img"), "{html}");
        let mut shared = 0;
        for note in &record.notes {
            let text = escaped(note.text.trim());
            let shown = html.contains(&text) || html.contains(&text.replace("&#39;", "'"));
            if note.private {
                assert!(!shown, "private note in the page: {}", note.text);
            } else {
                assert!(shown, "shared note missing: {}\n{html}", note.text);
                shared += 1;
            }
        }
        assert!(shared > 5 && record.notes.iter().any(|n| n.private));
    }
}

#[test]
fn html_is_rendered_from_the_same_minutes_as_the_markdown() {
    let record = load(FIRST);
    let opts = MinutesOptions::new(Lang::Da);
    let markdown = MinutesFormat::Markdown.render(&record, &[], &opts);
    let html = MinutesFormat::Html.render(&record, &[], &opts);
    // Every section heading of the Markdown is a heading of the page.
    for line in markdown.lines().filter(|l| l.starts_with("## ")) {
        let title = escaped(&line[3..]);
        assert!(html.contains(&format!("{title}</h2>")), "{title}");
    }
    assert!(markdown.ends_with('\n') && html.ends_with("</html>\n"));
}

fn stamp() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-12T12:34:56+01:00")
        .unwrap()
        .with_timezone(&Utc)
}

fn parse(ics: &str) -> icalendar::Calendar {
    let unfolded = icalendar::parser::unfold(ics);
    icalendar::parser::read_calendar(&unfolded)
        .unwrap_or_else(|e| panic!("{e}\n{ics}"))
        .into()
}

#[test]
fn the_next_meeting_is_a_valid_calendar_event() {
    let record = load(FIRST);
    let ics = next_meeting_ics(&record, stamp(), Lang::Da, false).unwrap();
    // RFC 5545 3.1: CRLF line ends, no line over 75 octets, folded lines
    // start with a space.
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    assert!(!ics.replace("\r\n", "").contains('\r'), "bare CR");
    let mut folded = 0;
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        folded += usize::from(line.starts_with(' '));
    }
    assert!(folded > 0, "the description is long enough to fold:\n{ics}");

    let calendar = parse(&ics);
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1, "{ics}");
    let event = events[0];
    assert_eq!(
        event.get_uid(),
        Some("2026-03-12-0900-skoleledere-oest-standard-next@runde")
    );
    assert_eq!(event.property_value("DTSTAMP"), Some("20260312T113456Z"));
    // The agreed day, at this meeting's hour, for the plan's length.
    assert_eq!(event.property_value("DTSTART"), Some("20260409T090000"));
    assert_eq!(event.property_value("DTEND"), Some("20260409T113000"));
    assert_eq!(event.get_summary(), Some("Netværksmøde: Skoleledere Øst"));
    assert_eq!(event.get_location(), Some("Hos Gustav Krogh"));
    let description = event.get_description().unwrap();
    for wanted in [
        "Tovholder: Bo Berg",
        "Referent: Carla Dahl",
        "Fokusperson: Erik Møller",
        "Reserve: Fatima Ali",
        "Tema: Sygefravær og trivsel",
        "(150 min.)",
    ] {
        assert!(description.contains(wanted), "{wanted} in {description:?}");
    }
    assert_eq!(event.property_value("STATUS"), Some("CONFIRMED"));
}

#[test]
fn calendar_text_is_escaped_and_names_can_be_initials() {
    let mut record = load(FIRST);
    let next = record.next_meeting.as_mut().unwrap();
    next.theme = Some("Trivsel; sygefravær, og \\ mere\nlinje to".to_string());
    let ics = next_meeting_ics(&record, stamp(), Lang::En, false).unwrap();
    let unfolded = icalendar::parser::unfold(&ics);
    assert!(
        unfolded.contains("Theme: Trivsel\\; sygefravær\\, og \\\\ mere\\nlinje to"),
        "{unfolded}"
    );
    parse(&ics);
    let pseudonymous = next_meeting_ics(&record, stamp(), Lang::En, true).unwrap();
    assert!(!pseudonymous.contains("Gustav"), "{pseudonymous}");
    assert!(
        pseudonymous.contains("LOCATION:Hosted by GK"),
        "{pseudonymous}"
    );
}

#[test]
fn no_agreed_day_no_event() {
    let record = load(LATEST);
    assert!(record.next_meeting.as_ref().and_then(|n| n.date).is_none());
    assert!(next_meeting_ics(&record, stamp(), Lang::Da, false).is_err());
}

#[test]
fn export_writes_html_and_ics_on_stdout_and_to_a_file() {
    let home = home();
    let out = runde(home.path(), &["export", FIRST, "--format", "html"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{page}"
    );

    let out = runde(home.path(), &["export", FIRST, "--format", "ics"]);
    assert_eq!(out.status.code(), Some(0));
    let ics = String::from_utf8(out.stdout).unwrap();
    assert!(
        ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
        "{ics:?}"
    );
    parse(&ics);

    let file = home.path().join("next.ics");
    let out = runde(
        home.path(),
        &[
            "export",
            FIRST,
            "--format",
            "ics",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap().lines().next(),
        Some("BEGIN:VCALENDAR")
    );

    // A session that agreed no day: said, in the user's language, and nothing found.
    let out = runde(
        home.path(),
        &["export", LATEST, "--format", "ics", "--lang", "da"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("aftalte ingen dato for næste møde"), "{said}");
}
