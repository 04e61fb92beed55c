use super::*;
use crate::model::Network;
use crate::model::plan::NoteKind;
use crate::model::record::Note;

fn standard() -> Plan {
    ron::from_str(include_str!("../../sessions/standard.ron")).unwrap()
}

fn record(id: &str, text: &str) -> Record {
    let mut record =
        crate::export::tests::record_with(Network::new("Skoleledere Nord", &["Anne Holm", "Bo"]));
    record.id = id.to_string();
    record.plan = standard();
    record.notes.push(Note {
        id: 1,
        at: record.started,
        step: 1,
        kind: NoteKind::Decision,
        text: text.to_string(),
        participant: None,
        owner: None,
        due: None,
        private: false,
        status: None,
    });
    record
}

fn written(record: &Record) -> String {
    parse::to_ron(record).unwrap()
}

#[test]
fn a_record_reads_as_the_whole_file_would_and_its_plan_is_parsed_once() {
    let mut reuse = PlanReuse::default();
    let path = Path::new("r.ron");
    for (id, text) in [
        ("2026-03-12-0900-x-standard", "Vi mødes kl. 9"),
        ("2026-04-12-0900-x-standard", "plan: (\"ikke en plan\")"),
    ] {
        let text = written(&record(id, text));
        let read = reuse.record(path, text.as_bytes()).unwrap();
        assert_eq!(read, parse::parse::<Record>(path, text.as_bytes()).unwrap());
        assert_eq!(read.plan, standard());
    }
    assert_eq!(
        reuse.plans.len(),
        1,
        "the second record reuses the first's plan"
    );
}

#[test]
fn a_broken_record_gives_the_whole_files_problem() {
    let mut reuse = PlanReuse::default();
    let path = Path::new("r.ron");
    let good = written(&record("2026-03-12-0900-x-standard", "godt"));
    reuse.record(path, good.as_bytes()).unwrap();
    // Broken after the plan: the line and column are those of the file.
    let broken = good.replace("status: Finished", "status: Finishd");
    let quick = reuse.record(path, broken.as_bytes()).unwrap_err();
    let whole = parse::parse::<Record>(path, broken.as_bytes()).unwrap_err();
    assert_eq!(quick.to_string(), whole.to_string());
    // Broken inside the plan.
    let broken = good.replacen("kind: Block(", "kind: Blok(", 1);
    let quick = reuse.record(path, broken.as_bytes()).unwrap_err();
    let whole = parse::parse::<Record>(path, broken.as_bytes()).unwrap_err();
    assert_eq!(quick.to_string(), whole.to_string());
}

#[test]
fn the_stand_in_is_a_plan() {
    let _: Plan = parse::options().from_str(STAND_IN).unwrap();
}

#[test]
fn the_plan_is_found_only_as_a_top_level_field() {
    let span = |text: &str| plan_span(text).map(|r| text[r].to_string());
    assert_eq!(
        span("(id: \"x\", plan: (a: 1, b: [(c: \")\")]), notes: [])").as_deref(),
        Some("(a: 1, b: [(c: \")\")])")
    );
    // A nested field, a string, a comment and a raw string are passed by.
    assert_eq!(
        span(
            "(network: (plan: (x: 1)), s: \"plan: (y)\", /* plan: (z) */ r: r#\"a\"b)\"#,\n\
             // plan: (w)\n plan /* here */ : ( k: '(' ), x: 1)"
        )
        .as_deref(),
        Some("( k: '(' )")
    );
    // Names that only begin or end with "plan" are other fields.
    assert_eq!(span("(plans: (a: 1), xplan: (b: 2))"), None);
    // A plan that is not bracketed, or never closes, is left to the full parse.
    assert_eq!(span("(plan: Plan(a: 1))"), None);
    assert_eq!(span("(plan: (a: \"1)"), None);
    assert_eq!(span("(plan: (a: 1 /* )"), None);
}
