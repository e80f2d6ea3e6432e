//! Property tests: random people pressing random buttons with random answers, on every demo
//! service. Whatever they do, the engine never panics and never reaches a state the flow
//! forbids; drafts always restore what was saved; the condition parser survives any text.

use proptest::prelude::*;
use waymark_engine::dates::parse_date;
use waymark_engine::expr;
use waymark_engine::{Catalog, Flow, Region, Session, Step};

fn flows() -> Vec<Flow> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public");
    let read = |p: String| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let catalog = Catalog::from_json(&read(format!("{root}/catalog.json"))).expect("catalog");
    let region =
        Region::from_json(&read(format!("{root}/regions/demo-county.json")), &catalog).expect("region");
    let mut names: Vec<_> = std::fs::read_dir(format!("{root}/services"))
        .expect("services")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let mut f = Flow::from_json(&read(p.display().to_string()), &catalog).expect("compiles");
            f.bind_region(&region).expect("binds");
            f
        })
        .collect()
}

/// Inputs a person might give: options, numbers near limits, dates, ID numbers, rubbish.
const INPUTS: &[&str] = &[
    "",
    " ",
    "abc",
    "-5",
    "0",
    "1",
    "2",
    "3.5",
    "15",
    "20",
    "21",
    "60",
    "700",
    "701",
    "1400",
    "１２",
    "1e9",
    "NaN",
    "1946",
    "1990",
    "2010",
    "2026",
    "2030",
    "2020-02-30",
    "1950-06-01",
    "11010519491231002X",
    "110105194912310021",
    "local",
    "elsewhere",
    "yes",
    "no",
    "resident",
    "neither",
    "disaster",
    "illness",
    "enrol",
    "reimburse",
    "county",
    "province",
    "other-province",
    "hospital",
    "home",
    "expiring",
    "lost",
    "changed",
    "farming",
    "rented",
    "idle",
    "vision",
    "mental",
    "physical,mental",
    "vision,hearing,speech",
];

#[derive(Debug, Clone)]
enum Action {
    Answer(usize),
    Next,
    Back,
    Restart,
    Draft,
    Confirm,
    Change(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (0..INPUTS.len()).prop_map(Action::Answer),
        4 => Just(Action::Next),
        2 => Just(Action::Back),
        1 => Just(Action::Restart),
        1 => Just(Action::Draft),
        1 => Just(Action::Confirm),
        1 => (0usize..6).prop_map(Action::Change),
    ]
}

/// What the flow allows, checked after every action.
fn invariants(flow: &Flow, s: &Session) -> Result<(), TestCaseError> {
    if let Some(id) = s.current() {
        let i = flow.question_index(id).expect("current question exists");
        prop_assert!(
            s.is_asked(flow, i),
            "stands on {id}, which its answers do not ask"
        );
        let p = s.progress(flow).expect("progress on a question");
        prop_assert!(p.step >= 1 && p.step <= p.total, "{p:?}");
    } else {
        let mut confirmed = s.clone();
        confirmed.confirm();
        let Step::Outcome(o) = confirmed.step(flow) else {
            unreachable!()
        };
        prop_assert!(!o.id.is_empty(), "finished with no outcome");
    }
    for q in s.answers().keys() {
        let i = flow.question_index(q).expect("answer to a real question");
        prop_assert!(
            s.is_asked(flow, i),
            "kept an answer to {q}, which is no longer asked"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_journeys_stay_within_the_flow(service in 0usize..9, actions in prop::collection::vec(action(), 1..60)) {
        let flows = flows();
        let flow = &flows[service % flows.len()];
        let mut s = Session::new(flow);
        s.set_today(flow, parse_date("2026-11-22").expect("date"));
        for a in actions {
            match a {
                Action::Answer(i) => { let _ = s.answer(flow, INPUTS[i]); }
                Action::Next => { let _ = s.next(flow); }
                Action::Back => { s.back(flow); }
                Action::Restart => s.restart(flow),
                Action::Confirm => { s.confirm(); }
                Action::Change(i) => {
                    if let Some(q) = flow.questions.get(i) { s.change(flow, q.def.id()); }
                }
                Action::Draft => {
                    let (restored, dropped) = Session::from_draft(flow, &s.to_draft(flow), Some(parse_date("2026-11-22").expect("date"))).expect("own draft restores");
                    prop_assert_eq!(dropped, 0);
                    prop_assert_eq!(restored.answers(), s.answers());
                }
            }
            invariants(flow, &s)?;
        }
    }

    #[test]
    fn the_condition_parser_survives_any_text(src in ".{0,40}") {
        if let Ok(e) = expr::parse(&src) {
            let _ = expr::check(&e, &expr::TypeEnv::new());
        }
    }

    #[test]
    fn broken_service_files_are_diagnosed_not_panicked_on(cut in 0usize..2000, junk in ".{0,8}") {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/services/dibao.json")).expect("dibao");
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) { cut -= 1; }
        let mangled = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        let _ = Flow::from_json(&mangled, &Catalog::default());
    }
}
