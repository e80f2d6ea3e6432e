//! The named journeys in `tests/journeys/*.json` (answers → outcome, materials, reasons):
//! the table that also drives the Playwright e2e suite. Every journey must pass, every answer
//! in it must be asked in order, and every outcome of every service must be covered.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use waymark_engine::compiled;
use waymark_engine::dates::parse_date;
use waymark_engine::{Action, Catalog, Flow, Found, Journey as Walk, Page, Region};

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
    let flow = Flow::from_json(
        &read(&root().join(format!("public/services/{service}.json"))),
        &catalog,
    )
    .unwrap_or_else(|d| panic!("{service} does not compile: {d:?}"));
    // Written and read back as the build writes it and the widget reads it: every journey
    // below walks exactly what a phone walks.
    let mut flow = compiled::service(&compiled::write(&flow), service).expect("reads back");
    let region = compiled::region(&compiled::write(&region)).expect("reads back");
    flow.bind_region(&region)
        .unwrap_or_else(|m| panic!("demo-county lacks {m:?}"));
    flow
}

/// The page on screen, named for comparison.
fn page_name(j: &Walk, flow: &Flow) -> String {
    match j.page(flow) {
        Page::Intro { .. } => "intro".into(),
        Page::Question { question, .. } => format!("q:{}", question.id()),
        Page::Check => "check".into(),
        Page::Result(o) => format!("result:{}", o.id),
        other => format!("{other:?}"),
    }
}

/// Walk a journey from the intro to its result as a person would (开始, each answer, the check
/// page); returns the pages it stood on, in order.
fn walk_forward(journey: &Journey, flow: &Flow, walk: &mut Walk) -> Result<Vec<String>, String> {
    let mut pages = vec![page_name(walk, flow)];
    walk.act(flow, Action::Start).map_err(|e| format!("start: {e:?}"))?;
    for (question, input) in &journey.answers {
        let here = page_name(walk, flow);
        pages.push(here.clone());
        if here != format!("q:{question}") {
            return Err(format!("expected question {question}, the guide showed {here}"));
        }
        walk.act(flow, Action::Answer(input))
            .map_err(|e| format!("{question}={input} rejected: {e:?}"))?;
    }
    pages.push(page_name(walk, flow));
    walk.act(flow, Action::Confirm).map_err(|e| format!("confirm: {e:?}"))?;
    pages.push(page_name(walk, flow));
    Ok(pages)
}

fn run(journey: &Journey, flow: &Flow, today: i64) -> Result<(), String> {
    let mut walk = Walk::service(&flow.id, true);
    walk.open(flow, &[], Found { draft: None, today, keep_days: 7 });
    let pages = walk_forward(journey, flow, &mut walk)?;
    if pages[pages.len() - 2] != "check" {
        return Err(format!("answers ran out before the check page: {pages:?}"));
    }
    let Page::Result(outcome) = walk.page(flow) else {
        return Err("answers ran out before the outcome".into());
    };
    let got = (outcome.id.as_str(), &outcome.materials, &outcome.reasons);
    let want = (journey.outcome.as_str(), &journey.materials, &journey.reasons);
    if got != want {
        return Err(format!("got {got:?}, want {want:?}"));
    }
    // Back from every page, down to the intro: each lands on the page before it.
    for expected in pages.iter().rev().skip(1) {
        let from = page_name(&walk, flow);
        walk.act(flow, Action::Back).map_err(|e| format!("back: {e:?}"))?;
        let landed = page_name(&walk, flow);
        if &landed != expected {
            return Err(format!("Back from {from} went to {landed}, expected {expected}"));
        }
    }
    // And the same way forward again reaches the same result.
    let again = walk_forward(journey, flow, &mut walk)?;
    if again != pages {
        return Err(format!("walked again: {again:?}, first time: {pages:?}"));
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
