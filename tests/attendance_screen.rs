//! The attendance check: roles prefilled from the rotation, changed by
//! hand within the rules of the room, and drawn at 80x24 and 120x40.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::live::plan;
use runde::model::Network;
use runde::text::Lang;
use runde::ui::keys::AttendanceAction;
use runde::ui::screens::ScreenView;
use runde::ui::screens::attendance::AttendanceScreen;

fn draw(screen: &AttendanceScreen, lang: Lang, size: (u16, u16)) -> String {
    common::screen::draw(lang, size, |area, buf, ctx| screen.render(area, buf, ctx))
}

fn screen() -> AttendanceScreen {
    let network = Network::new(
        "Skoleledere Nord",
        &["Anne", "Bo", "Carla", "Dorte", "Erik", "Fie"],
    );
    let mut s = AttendanceScreen::new(plan(), network);
    s.set_history(Vec::new(), NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    s
}

/// An action with nothing open over the screen (help is the only popup
/// it opens).
fn act(s: &mut AttendanceScreen, action: AttendanceAction) {
    s.handle(action, &mut runde::ui::popup::Popups::default());
}

fn at(s: &mut AttendanceScreen, name: &str) {
    s.cursor = s
        .network
        .participants
        .iter()
        .position(|p| p.name == name)
        .unwrap();
}

#[test]
fn roles_start_from_the_rotation() {
    let roles = screen().new_session().roles;
    assert_eq!(roles.facilitator.as_deref(), Some("Anne"));
    assert_eq!(roles.note_taker.as_deref(), Some("Fie"));
    assert_eq!(roles.case_givers, vec!["Bo".to_string()]);
    assert!(screen().new_session().overrides.is_empty());
}

#[test]
fn someone_away_holds_no_role_and_the_case_moves_on() {
    let mut s = screen();
    at(&mut s, "Bo");
    act(&mut s, AttendanceAction::Presence); // Bo sent word
    let roles = s.new_session().roles;
    assert_ne!(roles.case_givers, vec!["Bo".to_string()]);
    act(&mut s, AttendanceAction::SetNoteTaker);
    assert!(s.message.is_some(), "an absent person cannot take notes");
    assert_ne!(s.new_session().roles.note_taker.as_deref(), Some("Bo"));
}

#[test]
fn the_facilitator_does_not_bring_the_case() {
    let mut s = screen();
    at(&mut s, "Anne");
    act(&mut s, AttendanceAction::SetCaseGiver);
    assert!(s.message.is_some());
    assert_eq!(s.new_session().roles.case_givers, vec!["Bo".to_string()]);
}

#[test]
fn a_choice_by_hand_is_kept_and_logged_as_an_override() {
    let mut s = screen();
    at(&mut s, "Dorte");
    act(&mut s, AttendanceAction::SetCaseGiver);
    assert!(s.message.is_none());
    let asked = s.reason.as_ref().expect("why Dorte and not Bo?");
    assert_eq!(
        (asked.chosen.as_str(), asked.suggested.as_str()),
        ("Dorte", "Bo")
    );
    type_reason(&mut s, "swapped with Bo by agreement");
    assert!(s.reason.is_none());
    let shown = draw(&s, Lang::En, (120, 40));
    assert!(
        shown.contains("Dorte – chosen by the facilitator today:")
            && shown.contains("swapped with Bo by agreement"),
        "{shown}"
    );
    at(&mut s, "Erik");
    act(&mut s, AttendanceAction::Presence); // attendance changes; the hand-picked case stays
    let new = s.new_session();
    assert_eq!(new.roles.case_givers, vec!["Dorte".to_string()]);
    assert_eq!(new.overrides.len(), 1);
    assert_eq!(new.overrides[0].suggested.as_deref(), Some("Bo"));
    assert_eq!(new.overrides[0].chosen, "Dorte");
    assert_eq!(new.overrides[0].reason, "swapped with Bo by agreement");
}

fn type_reason(s: &mut AttendanceScreen, text: &str) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    for c in text.chars() {
        s.reason_key(key(KeyCode::Char(c)));
    }
    s.reason_key(key(KeyCode::Enter));
}

#[test]
fn the_suggested_person_needs_no_reason_and_an_empty_one_is_not_saved() {
    let mut s = screen();
    at(&mut s, "Bo");
    act(&mut s, AttendanceAction::SetCaseGiver);
    assert!(s.reason.is_none(), "Bo was the suggestion");
    at(&mut s, "Carla");
    act(&mut s, AttendanceAction::SetFacilitator);
    type_reason(&mut s, "");
    let new = s.new_session();
    assert_eq!(new.overrides.len(), 1);
    assert_eq!(new.overrides[0].chosen, "Carla");
    assert_eq!(new.overrides[0].reason, "", "no reason given, none saved");
    // The panel says once that the facilitator chose, with nothing after.
    let shown = draw(&s, Lang::Da, (120, 40));
    assert!(
        shown.contains("Carla – valgt af tovholderen i dag "),
        "{shown}"
    );
    assert!(!shown.contains("i dag:"), "{shown}");
}

#[test]
fn the_reason_question_snapshots() {
    for lang in [Lang::Da, Lang::En] {
        let mut s = screen();
        at(&mut s, "Dorte");
        act(&mut s, AttendanceAction::SetCaseGiver);
        insta::assert_snapshot!(
            format!("attendance_reason_80x24_{}", lang.code()),
            draw(&s, lang, (80, 24))
        );
    }
}

#[test]
fn the_suggested_interviewer_can_be_given_the_case_and_the_rest_move() {
    let mut s = screen();
    let interviewer = s.new_session().roles.interviewers[0].clone();
    at(&mut s, &interviewer);
    act(&mut s, AttendanceAction::SetCaseGiver);
    assert!(s.message.is_none(), "only a suggestion stood in the way");
    type_reason(&mut s, "");
    let roles = s.new_session().roles;
    assert_eq!(roles.case_givers, vec![interviewer.clone()]);
    assert_ne!(roles.interviewers, vec![interviewer.clone()]);
    assert_ne!(roles.note_taker, Some(interviewer));
}

#[test]
fn someone_on_leave_is_marked_so_and_kept_out_until_they_come_anyway() {
    use runde::model::network::Leave;
    use runde::model::record::Presence;
    let mut network = Network::new("Nord", &["Anne", "Bo", "Carla", "Dorte"]);
    network.participants[1].leave.push(Leave {
        from: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
    });
    let mut s = AttendanceScreen::new(plan(), network);
    s.set_history(Vec::new(), NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    let new = s.new_session();
    assert_eq!(new.attendance[1].presence, Presence::OnLeave);
    assert!(!new.attendance[1].presence.came());
    let everyone = [&new.roles.facilitator, &new.roles.note_taker];
    assert!(everyone.iter().all(|r| r.as_deref() != Some("Bo")));
    at(&mut s, "Bo");
    act(&mut s, AttendanceAction::Presence);
    assert_eq!(s.new_session().attendance[1].presence, Presence::Present);
}

#[test]
fn an_urgent_bid_takes_the_case() {
    let mut s = screen();
    at(&mut s, "Erik");
    act(&mut s, AttendanceAction::UrgentBid);
    let new = s.new_session();
    assert_eq!(new.roles.case_givers, vec!["Erik".to_string()]);
    assert_eq!(new.urgent_bids, vec!["Erik".to_string()]);
}

#[test]
fn snapshots() {
    for lang in [Lang::Da, Lang::En] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut s = screen();
            at(&mut s, "Bo");
            act(&mut s, AttendanceAction::Presence);
            at(&mut s, "Anne");
            act(&mut s, AttendanceAction::SetCaseGiver); // refused, with the reason shown
            insta::assert_snapshot!(
                format!("attendance_{w}x{h}_{}", lang.code()),
                draw(&s, lang, (w, h))
            );
        }
    }
}

fn eight_full_names() -> AttendanceScreen {
    let network = Network::new(
        "Skoleledere Nord",
        &[
            "Anne Holm",
            "Bo Jensen",
            "Carla Mikkelsen",
            "Dorte Østergaard",
            "Erik Lund",
            "Jens Kristiansen",
            "Mette-Marie Kjærsgaard",
            "Hans Peter Nielsen",
        ],
    );
    let mut s = AttendanceScreen::new(plan(), network);
    s.set_history(Vec::new(), NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    s
}

#[test]
fn at_80x24_the_roles_panel_keeps_the_case_queue_and_who_is_not_here() {
    let mut s = eight_full_names();
    at(&mut s, "Hans Peter Nielsen");
    act(&mut s, AttendanceAction::Presence); // sent apologies
    for (lang, queue, away) in [
        (Lang::Da, "Kø til sager: ", "Ikke med: Hans Peter Nielsen"),
        (
            Lang::En,
            "Case queue: ",
            "Not available: Hans Peter Nielsen",
        ),
    ] {
        let shown = draw(&s, lang, (80, 24));
        let line = shown
            .lines()
            .find(|l| l.contains(queue))
            .unwrap_or_else(|| panic!("{shown}"));
        assert!(line.contains("Mette-Marie"), "{shown}");
        assert!(shown.contains(away), "{shown}");
        // Every role still has its row.
        let roles = s.new_session().roles;
        let interviewer = roles.interviewers.first().cloned().unwrap_or_default();
        assert!(
            shown.contains(&format!("interviewer  {interviewer}")),
            "{shown}"
        );
    }
}

/// Who holds each role in the list (what the session starts with) and in
/// the roles panel.
fn list_and_panel(s: &AttendanceScreen) -> Vec<(Option<String>, Option<String>)> {
    let roles = s.new_session().roles;
    let sug = s.suggestions.as_ref().unwrap();
    let name = |x: &Option<runde::rotation::Suggestion>| x.as_ref().map(|x| x.name.clone());
    vec![
        (roles.facilitator, name(&sug.facilitator)),
        (roles.note_taker, name(&sug.note_taker)),
        (roles.case_givers.first().cloned(), name(&sug.case_giver)),
        (roles.interviewers.first().cloned(), name(&sug.interviewer)),
    ]
}

#[test]
fn after_a_facilitator_by_hand_the_list_and_the_panel_name_the_same_interviewer() {
    let mut s = eight_full_names();
    assert_eq!(
        s.new_session().roles.interviewers,
        vec!["Dorte Østergaard".to_string()]
    );
    // Dorte is confirmed as the suggested interviewer (no reason asked)…
    at(&mut s, "Dorte Østergaard");
    act(&mut s, AttendanceAction::SetInterviewer);
    assert!(s.reason.is_none());
    // …then someone else is made facilitator by hand, and the rotation
    // moves on around the new facilitator.
    at(&mut s, "Erik Lund");
    act(&mut s, AttendanceAction::SetFacilitator);
    type_reason(&mut s, "Anne is ill");
    for (list, panel) in list_and_panel(&s) {
        assert_eq!(list, panel);
    }
    let shown = draw(&s, Lang::En, (120, 40));
    assert!(shown.contains("interviewer  Dorte Østergaard"), "{shown}");

    // Made facilitator by hand, Dorte is no longer also the interviewer.
    at(&mut s, "Dorte Østergaard");
    act(&mut s, AttendanceAction::SetFacilitator);
    type_reason(&mut s, "she asked to");
    let roles = s.new_session().roles;
    assert_eq!(roles.facilitator.as_deref(), Some("Dorte Østergaard"));
    assert!(!roles.interviewers.contains(&"Dorte Østergaard".to_string()));
    for (list, panel) in list_and_panel(&s) {
        assert_eq!(list, panel);
    }
}

#[test]
fn at_80x24_nine_members_and_one_away_still_show_every_role_in_danish() {
    let mut network = eight_full_names().network;
    network
        .participants
        .insert(1, Network::new("x", &["Anne Lund"]).participants.remove(0));
    let mut s = AttendanceScreen::new(plan(), network);
    s.set_history(Vec::new(), NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    at(&mut s, "Dorte Østergaard");
    act(&mut s, AttendanceAction::Presence);
    let shown = draw(&s, Lang::Da, (80, 24));
    for row in [
        "tovholder  ",
        "referent  ",
        "fokusperson  ",
        "reserve  ",
        "interviewer  ",
        "Kø til sager: ",
        "Ikke med: Dorte Østergaard",
    ] {
        assert!(shown.contains(&format!("│{row}")), "{row}\n{shown}");
    }
}

#[test]
fn a_hand_picked_interviewer_does_not_stand_by_as_reserve() {
    let mut s = screen();
    let reserve = s
        .reserve()
        .map(|i| s.network.participants[i].name.clone())
        .expect("a reserve");
    at(&mut s, &reserve);
    act(&mut s, AttendanceAction::SetInterviewer);
    type_reason(&mut s, "");
    let new = s.new_session();
    assert_eq!(new.roles.interviewers, vec![reserve.clone()]);
    let now = s.reserve().map(|i| s.network.participants[i].name.clone());
    assert!(now.is_some() && now != Some(reserve), "{now:?}");
}

#[test]
fn t_gives_the_timekeeper_by_hand_with_a_reason() {
    let mut s = screen();
    let suggested = s.new_session().roles.timekeeper.clone().unwrap();
    let chosen = ["Carla", "Dorte", "Erik"]
        .into_iter()
        .find(|n| {
            let roles = s.new_session().roles;
            *n != suggested && roles.case_givers[0] != *n && roles.note_taker.as_deref() != Some(n)
        })
        .unwrap();
    at(&mut s, chosen);
    act(&mut s, AttendanceAction::SetTimekeeper);
    assert!(s.message.is_none(), "{:?}", s.message);
    type_reason(&mut s, "keeps the watch today");
    let new = s.new_session();
    assert_eq!(new.roles.timekeeper.as_deref(), Some(chosen));
    let o = &new.overrides[0];
    assert_eq!(o.chosen, chosen);
    assert_eq!(o.suggested.as_deref(), Some(suggested.as_str()));
    assert_eq!(o.reason, "keeps the watch today");
    for role in [&new.roles.facilitator, &new.roles.note_taker] {
        assert_ne!(
            role.as_deref(),
            Some(chosen),
            "nobody holds two of the three"
        );
    }
    assert!(draw(&s, Lang::Da, (80, 24)).contains("t tidtager"));
}

#[test]
fn the_suggested_interviewer_given_another_role_is_not_left_with_two() {
    for action in [
        AttendanceAction::SetNoteTaker,
        AttendanceAction::SetTimekeeper,
    ] {
        let mut s = screen();
        let interviewer = s.new_session().roles.interviewers[0].clone();
        at(&mut s, &interviewer);
        act(&mut s, action);
        assert!(s.message.is_none(), "{:?}", s.message);
        type_reason(&mut s, "");
        let roles = s.new_session().roles;
        assert_ne!(roles.interviewers, vec![interviewer.clone()], "{action:?}");
        let shown = draw(&s, Lang::En, (120, 40));
        let rows = shown
            .lines()
            .filter(|l| l.contains(&format!(" {interviewer} ")))
            .count();
        assert!(rows >= 1, "{shown}");
    }
}

/// An urgent bid never moves a role silently, at 80x24 too: the bid of
/// the facilitator waits and says so, and every role the note-taker's bid
/// moves is named, before the case queue gets the rows left.
#[test]
fn at_80x24_every_role_an_urgent_case_moves_is_said() {
    let mut s = eight_full_names();
    let before = s.new_session().roles;
    let facilitator = before.facilitator.clone().unwrap();
    let note_taker = before.note_taker.clone().unwrap();
    at(&mut s, &facilitator);
    act(&mut s, AttendanceAction::UrgentBid);
    at(&mut s, &note_taker);
    act(&mut s, AttendanceAction::UrgentBid);
    let after = s.new_session().roles;
    assert_eq!(after.case_givers, vec![note_taker.clone()]);
    assert_ne!(after.timekeeper, before.timekeeper, "the time moves on too");
    let shown = draw(&s, Lang::Da, (80, 24));
    assert!(
        shown.contains(&format!("Akut sag fra {facilitator} venter")),
        "{shown}"
    );
    let moves: String = shown
        .lines()
        .skip_while(|l| !l.contains("Akut sag flytter:"))
        .take(2)
        .collect();
    let new_nt = after.note_taker.unwrap();
    let new_tk = after.timekeeper.unwrap();
    for part in [format!("referent {new_nt}"), format!("tidtager {new_tk}")] {
        assert!(moves.contains(part.as_str()), "{part}:\n{shown}");
    }
}

#[test]
fn the_end_given_with_until_is_shown_and_kept_for_the_meeting() {
    use chrono::{FixedOffset, TimeZone};
    let mut s = screen();
    let until = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 23, 11, 30, 0)
        .unwrap();
    assert!(!draw(&s, Lang::Da, (80, 24)).contains("Slut kl."));
    s.until = Some(until);
    let da = draw(&s, Lang::Da, (80, 24));
    assert!(
        da.lines().next().unwrap_or("").contains("Slut kl. 11.30"),
        "{da}"
    );
    let en = draw(&s, Lang::En, (120, 40));
    assert!(en.contains("Ends at 11:30"), "{en}");
    assert_eq!(s.new_session().until, Some(until));
}

#[test]
fn until_on_the_command_line_must_be_a_time_still_to_come() {
    let home = tempfile::tempdir().unwrap();
    let out = common::runde(home.path(), &["--lang", "da", "start", "--until", "25.00"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--until »25.00« er ikke et klokkeslæt"),
        "{err}"
    );
    let out = common::runde(home.path(), &["start", "--until", "00:00"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--until 00:00: that time has passed"), "{err}");
}

#[test]
fn problems_keep_two_rows_under_the_roles_and_count_the_rest() {
    let mut s = screen();
    let long = "2026-11-03-1400-skoleledere-nord.ron:3:12: ".to_string() + &"ord ".repeat(60);
    s.problems = vec![long, "b.ron:1:1: x".into(), "c.ron:1:1: y".into()];
    let screen = draw(&s, Lang::Da, (80, 24));
    let rows: Vec<&str> = screen.lines().map(|r| r.trim_matches('"')).collect();
    let said: Vec<&&str> = rows.iter().filter(|r| r.contains("ord ord")).collect();
    assert_eq!(said.len(), 2, "{screen}");
    assert!(
        rows.iter().any(|r| r.starts_with("⚠ 2026-11-03")),
        "{screen}"
    );
    assert!(said[1].trim_end().ends_with("… (og 2 til)"), "{screen}");
    // The roles keep their panel.
    assert!(screen.contains("interviewer"), "{screen}");
}
