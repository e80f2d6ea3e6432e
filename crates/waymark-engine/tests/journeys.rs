//! The named journeys in `tests/journeys/*.json` (answers → outcome, materials, reasons):
//! the table that also drives the Playwright e2e suite. Every journey must pass, every answer
//! in it must be asked in order, and every outcome of every service must be covered.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use waymark_engine::dates::parse_date;
use waymark_engine::{Catalog, Flow, Region, Session, Step};

/// The date journeys run on unless their file says otherwise (ages depend on it).
const DEFAULT_TODAY: &str = "2026-11-22";

#[derive(Deserialize)]
struct JourneyFile {
    service: String,
    today: Option<String>,
    journeys: Vec<Journey>,
}

#[derive(Deserialize)]
struct Journey {
    name: String,
    answers: Vec<(String, String)>,
    outcome: String,
    materials: Vec<String>,
    reasons: Vec<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(service: &str) -> Flow {
    let catalog = Catalog::from_json(&read(&root().join("public/catalog.json"))).expect("catalog loads");
    let region = Region::from_json(&read(&root().join("public/regions/demo-county.json")), &catalog)
        .expect("region loads");
    let mut flow = Flow::from_json(
        &read(&root().join(format!("public/services/{service}.json"))),
        &catalog,
    )
    .unwrap_or_else(|d| panic!("{service} does not compile: {d:?}"));
    flow.bind_region(&region)
        .unwrap_or_else(|m| panic!("demo-county lacks {m:?}"));
    flow
}

fn run(journey: &Journey, flow: &Flow, today: i64) -> Result<(), String> {
    let mut session = Session::new(flow);
    session.set_today(flow, today);
    for (question, input) in &journey.answers {
        let asked = match session.step(flow) {
            Step::Question(q) => q.id().to_string(),
            Step::Outcome(o) => return Err(format!("reached outcome {} before answering {question}", o.id)),
            Step::Check => return Err(format!("reached the check page before answering {question}")),
        };
        if &asked != question {
            return Err(format!("expected question {question}, the guide asked {asked}"));
        }
        session
            .answer(flow, input)
            .map_err(|e| format!("{question}={input} rejected: {e:?}"))?;
        session
            .next(flow)
            .map_err(|e| format!("next after {question}: {e:?}"))?;
    }
    if !matches!(session.step(flow), Step::Check) {
        return Err("answers ran out before the check page".into());
    }
    session.confirm();
    let Step::Outcome(outcome) = session.step(flow) else {
        return Err("answers ran out before the outcome".into());
    };
    let got = (outcome.id.as_str(), &outcome.materials, &outcome.reasons);
    let want = (journey.outcome.as_str(), &journey.materials, &journey.reasons);
    if got != want {
        return Err(format!("got {got:?}, want {want:?}"));
    }
    Ok(())
}

#[test]
fn every_journey_reaches_its_outcome_and_every_outcome_has_a_journey() {
    let dir = root().join("tests/journeys");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/journeys exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let services: BTreeSet<String> = std::fs::read_dir(root().join("public/services"))
        .expect("services")
        .map(|e| {
            e.expect("entry")
                .path()
                .file_stem()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut covered_services = BTreeSet::new();
    for path in files {
        let file: JourneyFile =
            serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let flow = load(&file.service);
        let today = parse_date(file.today.as_deref().unwrap_or(DEFAULT_TODAY)).expect("today is a date");
        let mut reached = BTreeSet::new();
        for j in &file.journeys {
            count += 1;
            reached.insert(j.outcome.clone());
            if let Err(e) = run(j, &flow, today) {
                failures.push(format!("{} / {}: {e}", file.service, j.name));
            }
        }
        for o in &flow.outcomes {
            if !reached.contains(&o.def.id) {
                failures.push(format!(
                    "{}: no journey reaches the outcome {}",
                    file.service, o.def.id
                ));
            }
        }
        covered_services.insert(file.service);
    }
    for s in services.difference(&covered_services) {
        failures.push(format!("{s}: no journey file"));
    }
    assert!(
        failures.is_empty(),
        "{} problems in {count} journeys:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count >= 30, "expected the full journey table, found {count}");
}
