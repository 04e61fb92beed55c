//! A scale corpus: N genuine session records, each run through the live
//! session engine (steps, rounds, supervision phases, notes, follow-ups of
//! the last meeting's actions, the next meeting's agreement) with a fake
//! clock and written by the store's own writer, so every file is one runde
//! wrote and `runde check` passes. Networks of 6–10 members meet every
//! 2–3 weeks; about 200 meetings per network, as over ten years.
//!
//! Used by the benches and by `cargo run --release --example corpus`.

use runde::clock::{Clock, FakeClock};
use runde::engine::{Effect, Msg, NewNote, NewSession, Session};
use runde::model::plan::{NoteKind, StepPurpose};
use runde::model::record::{ActionStatus, NextMeeting, Presence, Record, SessionStatus};
use runde::model::{Network, Plan};
use runde::store::Store;
use std::time::Duration;

/// Meetings per network.
pub const PER_NETWORK: usize = 200;

const FIRST_NAMES: &[&str] = &[
    "Anne", "Bo", "Carla", "Dorte", "Erik", "Fatima", "Gustav", "Hanne", "Ib", "Jette", "Karim",
    "Lise", "Mads", "Nadia", "Ole", "Pia", "Rasmus", "Sofie", "Torben", "Ulla", "Viggo", "Yasmin",
    "Åse", "Ørjan",
];
const LAST_NAMES: &[&str] = &[
    "Holm",
    "Berg",
    "Dahl",
    "Lund",
    "Møller",
    "Ali",
    "Skov",
    "Bæk",
    "Juhl",
    "Krogh",
    "Nørgaard",
    "Sørensen",
    "Østergaard",
    "Winther",
];
const FIELDS: &[&str] = &[
    "Skoleledere",
    "Dagtilbudsledere",
    "Ældreplejeledere",
    "Institutionsledere",
    "Sundhedsledere",
    "Specialområdet",
    "Ungdomsskolen",
    "Socialområdet",
];
const AREAS: &[&str] = &["Nord", "Syd", "Øst", "Vest", "Midt", "Centrum", "Havnen"];
const WORDS: &[&str] = &[
    "trivsel",
    "sygefravær",
    "forældre",
    "medarbejder",
    "samtale",
    "budget",
    "skema",
    "ledelse",
    "kollega",
    "tillid",
    "forandring",
    "konflikt",
    "møde",
    "aftale",
    "ansvar",
    "prioritering",
    "feedback",
    "rekruttering",
    "arbejdsmiljø",
    "inklusion",
    "overgang",
    "team",
    "kommunikation",
    "beslutning",
    "evaluering",
    "mål",
    "retning",
    "energi",
    "pres",
    "tid",
    "forventning",
    "opfølgning",
    "sparring",
    "netværk",
    "læring",
    "mod",
    "vikarer",
    "personalemøde",
    "MED-udvalget",
    "forvaltningen",
];
const OPENINGS: &[&str] = &[
    "vil prøve at",
    "tager op igen:",
    "foreslår, at vi ser på",
    "oplever, at",
    "har brug for sparring om",
    "fortæller om",
    "undrer sig over",
    "vil gerne have hjælp til",
];

/// A small deterministic generator, so a corpus is the same every run.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.next() % 100 < percent
    }
}

/// The bundled standard plan.
fn standard_plan() -> Plan {
    let (_, src) = runde::bundled::PLANS
        .iter()
        .find(|(id, _)| *id == "standard")
        .expect("bundled standard plan");
    runde::store::parse::parse(std::path::Path::new("standard.ron"), src.as_bytes())
        .expect("standard plan parses")
}

/// How many networks a corpus of `sessions` meetings has.
pub fn network_count(sessions: usize) -> usize {
    sessions.div_ceil(PER_NETWORK).max(1)
}

/// The corpus's networks, saved in the store too.
pub fn networks(store: &Store, count: usize, rng: &mut Lcg) -> Vec<Network> {
    (0..count)
        .map(|n| {
            let name = format!(
                "{} {} {}",
                FIELDS[n % FIELDS.len()],
                AREAS[(n / FIELDS.len()) % AREAS.len()],
                n / (FIELDS.len() * AREAS.len()) + 1
            );
            let size = 6 + rng.next() % 5;
            let mut names: Vec<String> = Vec::new();
            while names.len() < size {
                let candidate = format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES));
                if !names.contains(&candidate) {
                    names.push(candidate);
                }
            }
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let network = Network::new(&name, &refs);
            store.save_network(&network).expect("save network");
            network
        })
        .collect()
}

fn sentence(rng: &mut Lcg, who: &str) -> String {
    let first = who.split(' ').next().unwrap_or(who);
    let mut words: Vec<&str> = (0..(4 + rng.next() % 9)).map(|_| rng.pick(WORDS)).collect();
    words.dedup();
    format!("{first} {} {}.", rng.pick(OPENINGS), words.join(" "))
}

/// Writes `count` meetings (spread over the networks, oldest first) through
/// the engine and the store; returns the ids written.
pub fn write(store: &Store, count: usize, seed: u64) -> Vec<String> {
    let mut rng = Lcg(seed);
    let plan = standard_plan();
    let networks = networks(store, network_count(count), &mut rng);
    let mut open: Vec<Vec<(String, u32)>> = vec![Vec::new(); networks.len()];
    let mut ids = Vec::with_capacity(count);
    let base = chrono::DateTime::parse_from_rfc3339("2016-01-04T09:00:00+01:00").expect("date");
    for k in 0..count {
        let n = k % networks.len();
        let meeting = k / networks.len();
        let started = base
            + chrono::Duration::days(meeting as i64 * 18 + (n as i64 % 14))
            + chrono::Duration::minutes((n as i64 % 4) * 30);
        let record = meeting_record(
            &mut rng,
            &plan,
            &networks[n],
            meeting,
            &started.to_rfc3339(),
            &mut open[n],
        );
        store.save_record(&record).expect("save record");
        ids.push(record.id);
    }
    ids
}

/// One meeting run through the engine.
fn meeting_record(
    rng: &mut Lcg,
    plan: &Plan,
    network: &Network,
    meeting: usize,
    started: &str,
    open: &mut Vec<(String, u32)>,
) -> Record {
    let clock = FakeClock::at(started);
    let names = network.names();
    let size = names.len();
    let mut new = NewSession::with_everyone(plan.clone(), network.clone());
    for a in new.attendance.iter_mut() {
        if rng.chance(12) {
            a.presence = if rng.chance(70) {
                Presence::NotifiedAbsence
            } else {
                Presence::Absent
            };
        }
    }
    let here: Vec<String> = new
        .attendance
        .iter()
        .filter(|a| a.presence.came())
        .map(|a| a.participant.clone())
        .collect();
    let at = |i: usize| names[(meeting + i) % size].clone();
    new.roles.facilitator = Some(at(0));
    new.roles.note_taker = Some(at(size - 1));
    new.roles.timekeeper = Some(at(2));
    new.roles.case_givers = vec![at(3)];
    new.roles.interviewers = vec![at(4)];
    new.roles.host = Some(at(5));
    let mut session = Session::start(new, &clock);
    let steps = plan.steps.len();
    // One meeting in fifty is left unfinished, at a random step.
    let stop_at = if rng.chance(2) {
        rng.next() % steps
    } else {
        steps
    };
    let mut notes_left = 18 + rng.next() % 15;
    let mut settled = false;
    let mut guard = 0;
    while session.step_index() < stop_at && !session.is_finished() && guard < 400 {
        guard += 1;
        if !settled && session.step().purpose == Some(StepPurpose::SinceLastTime) {
            settled = true;
            for (id, note) in open.drain(..) {
                let status = match rng.next() % 4 {
                    0 => ActionStatus::Moved,
                    1 => ActionStatus::Dropped,
                    _ => ActionStatus::Done,
                };
                // Half the moved actions are given a new date (five weeks on).
                let due = (status == ActionStatus::Moved && rng.chance(50))
                    .then(|| clock.wall().date_naive() + chrono::Days::new(35));
                session.update(
                    Msg::FollowUp {
                        session: id,
                        note,
                        status,
                        due,
                    },
                    &clock,
                );
            }
        }
        if session.has_turns() {
            session.update(Msg::NextSpeaker, &clock);
            let mut turns = 0;
            while session.speaker().is_some() && turns < 20 {
                turns += 1;
                clock.advance_secs(40 + (rng.next() % 80) as u64);
                if notes_left > 0 && rng.chance(35) {
                    notes_left -= 1;
                    let who = session.speaker().unwrap_or("Anne").to_string();
                    add_note(&mut session, &clock, rng, &who, &here);
                }
                session.update(Msg::NextSpeaker, &clock);
            }
        } else {
            clock.advance(Duration::from_secs(120 + (rng.next() % 600) as u64));
            for _ in 0..(rng.next() % 3) {
                if notes_left > 0 {
                    notes_left -= 1;
                    let who = here[rng.next() % here.len().max(1)].clone();
                    add_note(&mut session, &clock, rng, &who, &here);
                }
            }
        }
        if session
            .update(Msg::NextStep, &clock)
            .contains(&Effect::AtLastStep)
        {
            session.update(
                Msg::SetNextMeeting(NextMeeting {
                    date: Some(clock.wall().date_naive() + chrono::Duration::days(18)),
                    host: Some(at(6)),
                    facilitator: Some(at(1)),
                    note_taker: Some(at(0)),
                    case_giver: Some(at(4)),
                    reserve: Some(at(5)),
                    theme: Some(format!("{} og {}", rng.pick(WORDS), rng.pick(WORDS))),
                    agreed: None,
                }),
                &clock,
            );
            session.update(Msg::Finish, &clock);
        }
    }
    let mut record = session.into_record();
    if record.status == SessionStatus::InProgress && stop_at == steps {
        // Ran out of steps without the last one asking: end it.
        record.status = SessionStatus::Finished;
        record.finished = Some(clock.wall());
    }
    if record.status == SessionStatus::InProgress && rng.chance(30) {
        record.status = SessionStatus::Discarded;
    }
    open.extend(
        record
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Action)
            .map(|n| (record.id.clone(), n.id)),
    );
    record
}

fn add_note(session: &mut Session, clock: &FakeClock, rng: &mut Lcg, who: &str, here: &[String]) {
    let kinds = &session.step().notes;
    let kind = match rng.next() % 10 {
        0..=1 if !kinds.is_empty() => kinds[rng.next() % kinds.len()],
        2 => NoteKind::Action,
        3 => NoteKind::Decision,
        _ => NoteKind::Note,
    };
    let owner = (kind == NoteKind::Action && !here.is_empty())
        .then(|| here[rng.next() % here.len()].clone());
    session.update(
        Msg::AddNote(NewNote {
            kind,
            text: sentence(rng, who),
            private: rng.chance(8),
            owner,
            due: None,
            about: runde::engine::About::Speaker,
        }),
        clock,
    );
}
