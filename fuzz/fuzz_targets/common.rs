//! What the fuzz targets share: the demo content (compiled once), a service with one question
//! of every kind, and the checks every decoded session must pass whatever the input.
#![allow(dead_code)]

use std::sync::OnceLock;
use waymark_engine::dates::{parse_date, MAX_YEAR, MIN_YEAR};
use waymark_engine::session::MAX_NUMBER;
use waymark_engine::{AnswerValue, Arg, Catalog, Flow, Region, Session, Step};

/// 2026-11-22, as days since 1970-01-01.
pub fn today() -> i64 {
    waymark_engine::dates::days_from_civil(2026, 11, 22)
}

const SERVICES: [&str; 9] = [
    include_str!("../../public/services/canji-zheng.json"),
    include_str!("../../public/services/chusheng.json"),
    include_str!("../../public/services/dibao.json"),
    include_str!("../../public/services/gaoling-jintie.json"),
    include_str!("../../public/services/gengdi-butie.json"),
    include_str!("../../public/services/linshi-jiuzhu.json"),
    include_str!("../../public/services/shenfenzheng.json"),
    include_str!("../../public/services/yanglao-baoxian.json"),
    include_str!("../../public/services/yibao.json"),
];

/// The demo catalog.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_json(include_str!("../../public/catalog.json")).expect("catalog"))
}

/// Every demo service, with the demo region's numbers bound in.
pub fn flows() -> &'static [Flow] {
    static FLOWS: OnceLock<Vec<Flow>> = OnceLock::new();
    FLOWS.get_or_init(|| {
        let region = Region::from_json(include_str!("../../public/regions/demo-county.json"), catalog())
            .expect("region");
        SERVICES
            .iter()
            .map(|text| {
                let mut flow = Flow::from_json(text, catalog()).expect("service");
                flow.bind_region(&region).expect("params");
                flow
            })
            .collect()
    })
}

/// One small service per question kind (numbers without a maximum and with decimals too),
/// each with a result that shows amounts worked out from the answer.
pub fn kinds() -> &'static [Flow] {
    static KINDS: OnceLock<Vec<Flow>> = OnceLock::new();
    KINDS.get_or_init(|| {
        let catalog = Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[]}"#).expect("catalog");
        [
            (r#"{"choice": {"id": "q", "options": [{"id": "a"}, {"id": "b"}]}}"#, "1"),
            (r#"{"multi_choice": {"id": "q", "options": [{"id": "a"}, {"id": "b"}], "min_selected": 0}}"#, "count(q)"),
            (r#"{"yes_no": {"id": "q"}}"#, "1"),
            (r#"{"number": {"id": "q"}}"#, "q * q * q * 1000000"),
            (r#"{"number": {"id": "q", "min": -5, "max": 1000, "whole": false}}"#, "q / 3"),
            (r#"{"date": {"id": "q"}}"#, "days_since(q) + years_since(q)"),
            (r#"{"date": {"id": "q", "future": true}}"#, "days_since(q)"),
            (r#"{"birth_year": {"id": "q"}}"#, "this_year - q"),
            (r#"{"id_number": {"id": "q"}}"#, "id_age(q)"),
            (r#"{"text": {"id": "q", "max_length": 5}}"#, "1"),
        ]
        .iter()
        .map(|(question, amount)| {
            let text = format!(
                r#"{{"id": "k", "questions": [{question}], "computed": [{{"id": "amount", "expr": "{amount}"}}],
                   "outcomes": [{{"id": "done", "materials": ["id-card"]}}]}}"#
            );
            Flow::from_json(&text, &catalog).expect("kind")
        })
        .collect()
    })
}

/// What no input may produce: a number answer that is not finite or beyond the engine's
/// bound, "-0", a date answer outside the years dates may have, a result showing a number
/// that is not one.
pub fn assert_sane(flow: &Flow, s: &Session) {
    for (id, a) in s.answers() {
        let shown = a.as_input();
        match a {
            // (Only numbers: a text answer may well be "NaN".)
            AnswerValue::Number(n) => {
                assert!(n.is_finite() && n.abs() <= MAX_NUMBER, "{id} = {n}");
                assert!(!shown.contains("inf") && !shown.contains("NaN"), "{id} = {shown}");
                assert!(shown != "-0", "{id} = {shown}");
            }
            AnswerValue::Text(t) if t.len() == 10 && t.as_bytes()[4] == b'-' => {
                if let Some(day) = parse_date(t) {
                    let (y, _, _) = waymark_engine::dates::civil_from_days(day);
                    assert!((MIN_YEAR..=MAX_YEAR).contains(&y), "{id} = {t}");
                }
            }
            _ => {}
        }
    }
    let mut done = s.clone();
    done.confirm();
    if let Step::Outcome(o) = done.step(flow) {
        for (name, v) in &o.args {
            if let Arg::Number(n) = v {
                assert!(n.is_finite(), "{name} = {n}");
            }
        }
    }
}
