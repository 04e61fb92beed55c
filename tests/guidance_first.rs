//! Guidance first at 80x24: on every step and phase of every bundled plan,
//! in Danish and English, the questions to ask (the prompts) are on the
//! live screen whole; where the longer guidance does not fit, it gives way
//! and the screen says that g shows all of it.
// A test stops on a failed set-up: it may unwrap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::live::{draw, live_app};
use runde::bundled::PLANS;
use runde::clock::FakeClock;
use runde::engine::{Msg, NewSession, Session};
use runde::model::record::Presence;
use runde::model::{Network, Plan};
use runde::text::Lang;

/// A network of twelve with the first `present` there and the rest
/// excused: the people's list is as long as a real meeting's.
fn meeting(plan: Plan, present: usize) -> NewSession {
    let names = [
        "Anne Holm",
        "Bo Lund",
        "Carla Mikkelsen",
        "Dorte Vestergaard",
        "Erik Sørensen",
        "Fatima Hassan",
        "Gustav Krogh",
        "Helle Bech",
        "Ib Dalgaard",
        "Jonna Friis",
        "Karsten Møller",
        "Lone Kjær",
    ];
    let mut new = NewSession::with_everyone(plan, Network::new("Netværk", &names));
    for seat in new.attendance.iter_mut().skip(present) {
        seat.presence = Presence::NotifiedAbsence;
    }
    new
}

/// The words of `text`, one space between them.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the live screen's right-hand column says, its rows joined: the
/// text after the first frame line of each row (│, or ┐ where the roles
/// box begins).
fn right_column(screen: &str) -> String {
    let rows: Vec<&str> = screen
        .lines()
        .map(|row| row.trim_matches('"'))
        .map(|row| row.split_once(['│', '┐']).map_or("", |(_, right)| right))
        .collect();
    words(&rows.join(" "))
}

#[test]
fn every_prompt_of_every_plan_is_on_the_screen_whole_at_80x24() {
    let mut checked = 0;
    let mut folded = 0;
    let mut missing = Vec::new();
    for (id, src) in PLANS {
        let plan: Plan = ron::from_str(src).unwrap();
        for (lang, present) in [Lang::Da, Lang::En]
            .into_iter()
            .flat_map(|lang| [6, 8, 10].map(|n| (lang, n)))
        {
            let clock = FakeClock::default();
            let new = meeting(plan.clone(), present);
            let mut session = Session::start(new, &clock);
            let mut seen = std::collections::HashSet::new();
            loop {
                let at = (session.step_index(), session.phase_index());
                if !seen.insert(at) {
                    break;
                }
                let (guidance, prompts) = match session.phase() {
                    Some((p, _)) if !p.guidance.is_empty() || !p.prompts.is_empty() => {
                        (p.guidance.clone(), p.prompts.clone())
                    }
                    _ => (
                        session.step().guidance.clone(),
                        session.step().prompts.clone(),
                    ),
                };
                let app = live_app(session.clone(), lang);
                let screen = draw(&app, &clock, (80, 24));
                let column = right_column(&screen);
                for prompt in &prompts {
                    checked += 1;
                    if !column.contains(&words(prompt.get(lang))) {
                        missing.push(format!(
                            "{id} step {} phase {} ({}, {present} present): »{}«\n{screen}",
                            at.0,
                            at.1,
                            lang.code(),
                            prompt.get(lang)
                        ));
                    }
                }
                // Guidance cut short says how to read it all.
                if !guidance.is_empty() && !column.contains(&words(guidance.get(lang))) {
                    folded += 1;
                    let more = match lang {
                        Lang::Da => "g: læs resten",
                        Lang::En => "g: read the rest",
                    };
                    assert!(
                        screen.contains(more),
                        "{id} step {} ({present} present): guidance cut without a word of g\n{screen}",
                        at.0
                    );
                }
                session.update(Msg::NextStep, &clock);
            }
        }
    }
    assert!(checked > 100, "only {checked} prompts checked");
    assert!(
        missing.is_empty(),
        "{} of {checked} prompts not whole at 80x24 ({folded} guidances folded):\n{}",
        missing.len(),
        missing.join("\n")
    );
}

/// Twelve present with whole names: the queue and the voices leave the
/// guidance area its prompts' rows and one line of what to do, ended with
/// "…", so its title says that g shows the rest (action learning, the
/// presenter's questions).
#[test]
fn when_only_the_prompts_fit_the_title_says_g() {
    let (_, src) = PLANS
        .iter()
        .find(|(id, _)| *id == "action-learning")
        .unwrap();
    let plan: Plan = ron::from_str(src).unwrap();
    for lang in [Lang::Da, Lang::En] {
        let clock = FakeClock::default();
        let mut session = Session::start(meeting(plan.clone(), 12), &clock);
        while (session.step_index(), session.phase_index()) != (3, 2) {
            session.update(Msg::NextStep, &clock);
        }
        let screen = draw(&live_app(session, lang), &clock, (80, 24));
        insta::assert_snapshot!(format!("only_prompts_fit_80x24_{}", lang.code()), screen);
    }
}
