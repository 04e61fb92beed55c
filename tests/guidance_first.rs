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
use runde::model::{Network, Plan};
use runde::text::Lang;

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
        for lang in [Lang::Da, Lang::En] {
            let clock = FakeClock::default();
            let new = NewSession::with_everyone(plan.clone(), Network::demo());
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
                            "{id} step {} phase {} ({}): »{}«\n{screen}",
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
                        "{id} step {}: guidance cut without a word of g\n{screen}",
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
