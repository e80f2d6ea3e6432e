//! The named journeys in `tests/journeys/*.json` (answers → outcome, materials, reasons):
//! the table that also drives the Playwright e2e suite. One test per service file; every
//! journey in it must pass, and every answer in it must be asked, in order.

use serde::Deserialize;
use std::path::{Path, PathBuf};
use waymark_engine::{Catalog, Flow, Session, Step};

#[derive(Deserialize)]
struct JourneyFile {
    service: String,
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
    Flow::from_json(
        &read(&root().join(format!("public/services/{service}.json"))),
        &catalog,
    )
    .unwrap_or_else(|d| panic!("{service} does not compile: {d:?}"))
}

fn run(journey: &Journey, flow: &Flow) -> Result<(), String> {
    let mut session = Session::new(flow);
    for (question, input) in &journey.answers {
        let asked = match session.step(flow) {
            Step::Question(q) => q.id().to_string(),
            Step::Outcome(o) => return Err(format!("reached outcome {} before answering {question}", o.id)),
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
fn every_journey_reaches_its_outcome() {
    let dir = root().join("tests/journeys");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/journeys exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no journey files in {}", dir.display());
    let mut failures = Vec::new();
    let mut count = 0;
    for path in files {
        let file: JourneyFile =
            serde_json::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let flow = load(&file.service);
        for j in &file.journeys {
            count += 1;
            if let Err(e) = run(j, &flow) {
                failures.push(format!("{} / {}: {e}", file.service, j.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} journeys failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
