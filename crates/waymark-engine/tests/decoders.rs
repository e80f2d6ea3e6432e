//! A short property-test pass over every decoder of untrusted text (the fuzz targets in
//! `fuzz/` run the same far longer): share fragments, drafts, service, catalog and region
//! files, compiled files, Fluent, dates and answer text, conditions. Any text gives a value or a
//! refusal, never a panic, and what is decoded is sane.

use proptest::prelude::*;
use waymark_engine::dates::{self, MAX_YEAR, MIN_YEAR};
use waymark_engine::expr::{self, Ctx, TypeEnv, Value};
use waymark_engine::bundle::{Bundle, MAX_EXPANSION};
use waymark_engine::compiled;
use waymark_engine::session::MAX_NUMBER;
use waymark_engine::{share, AnswerValue, Arg, Catalog, Flow, Region, Session, Step};

fn root() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../public")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", root())).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn catalog() -> Catalog {
    Catalog::from_json(&read("catalog.json")).expect("catalog")
}

/// Two demo services: numbers, choices and a computed amount (dibao), a decimal number
/// (gengdi-butie).
fn flows() -> Vec<Flow> {
    let catalog = catalog();
    let region = Region::from_json(&read("regions/demo-county.json"), &catalog).expect("region");
    ["dibao", "gengdi-butie", "chusheng"]
        .iter()
        .map(|id| {
            let mut f = Flow::from_json(&read(&format!("services/{id}.json")), &catalog).expect(id);
            f.bind_region(&region).expect("params");
            f
        })
        .collect()
}

/// One question of each kind that takes typed text, each with a computed amount.
fn kinds() -> Vec<Flow> {
    let catalog = Catalog::from_json(r#"{"materials":[],"offices":[]}"#).expect("catalog");
    [
        (r#"{"number": {"id": "q"}}"#, "q * q * q * 1000000"),
        (
            r#"{"number": {"id": "q", "min": -5, "max": 1000, "whole": false}}"#,
            "q / 3",
        ),
        (r#"{"date": {"id": "q"}}"#, "days_since(q) + years_since(q)"),
        (r#"{"birth_year": {"id": "q"}}"#, "this_year - q"),
        (r#"{"id_number": {"id": "q"}}"#, "id_age(q)"),
        (
            r#"{"multi_choice": {"id": "q", "options": [{"id": "a"}, {"id": "b"}]}}"#,
            "count(q)",
        ),
    ]
    .iter()
    .map(|(question, amount)| {
        let text = format!(
            r#"{{"id": "k", "questions": [{question}], "computed": [{{"id": "amount", "expr": "{amount}"}}],
               "outcomes": [{{"id": "done"}}]}}"#
        );
        Flow::from_json(&text, &catalog).expect("kind")
    })
    .collect()
}

fn today() -> i64 {
    dates::days_from_civil(2026, 11, 22)
}

/// No number answer beyond the engine's bound or not finite, no "-0", no date outside the
/// years dates may have, no result showing a number that is not one.
fn sane(flow: &Flow, s: &Session) -> Result<(), TestCaseError> {
    for (id, a) in s.answers() {
        let shown = a.as_input();
        // (Only numbers: a text answer may well be "NaN".)
        if let AnswerValue::Number(n) = a {
            prop_assert!(n.is_finite() && n.abs() <= MAX_NUMBER, "{} = {}", id, n);
            prop_assert!(
                !shown.contains("inf") && !shown.contains("NaN") && shown != "-0",
                "{} = {}",
                id,
                shown
            );
        }
        if let Some(day) = dates::parse_date(&shown) {
            prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&dates::civil_from_days(day).0));
        }
    }
    let mut done = s.clone();
    done.confirm();
    if let Step::Outcome(o) = done.step(flow) {
        for (name, v) in &o.args {
            if let Arg::Number(n) = v {
                prop_assert!(n.is_finite(), "{} = {}", name, n);
            }
        }
    }
    Ok(())
}

/// Text that looks a little like what each decoder reads, and plain junk.
fn texty(alphabet: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,60}".prop_map(String::from),
        prop::string::string_regex(alphabet).expect("regex"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn share_fragments(text in texty(r"#?result=(dibao|gengdi-butie)(&[a-z_]{1,8}=[-0-9a-z.,e]{0,12}){0,6}")) {
        let _ = share::service_of(&text);
        for flow in flows() {
            let s = share::from_fragment(&flow, &text, Some(today()));
            sane(&flow, &s)?;
        }
    }

    #[test]
    fn drafts(
        answers in prop::collection::vec(("[a-z_]{1,8}", "[-0-9a-z.,e]{0,12}"), 0..6),
        junk in ".{0,40}",
    ) {
        let pairs: Vec<String> = answers.iter().map(|(q, a)| format!("[\"{q}\",\"{a}\"]")).collect();
        let draft = format!(r#"{{"format":1,"service":"dibao","answers":[{}],"current":null}}"#, pairs.join(","));
        for flow in flows() {
            for text in [draft.as_str(), junk.as_str()] {
                if let Ok((s, _)) = Session::from_draft(&flow, text, Some(today())) {
                    sane(&flow, &s)?;
                }
            }
        }
    }

    #[test]
    fn service_catalog_and_region_files(text in texty(r#"\{("[a-z_$]{1,9}": ?(\[[\]\[{}"a-z0-9:, ]{0,30}\]|"[a-z ]{0,9}"|-?[0-9e.]{1,5}|\{\}),? ?){0,5}\}"#)) {
        let catalog = catalog();
        for result in [
            Flow::from_json(&text, &catalog).err(),
            Catalog::from_json(&text).err(),
            Region::from_json(&text, &catalog).err(),
        ] {
            // A refusal always says why.
            prop_assert!(result.is_none_or(|d| !d.is_empty()));
        }
    }

    #[test]
    fn compiled_files(junk in prop::collection::vec(any::<u8>(), 0..64), at in any::<prop::sample::Index>(), cut in any::<prop::sample::Index>()) {
        // Any bytes after the header, and real compiled files with bytes spliced in or cut
        // off: a service, region or home page, or a refusal saying why.
        let dibao = compiled::write(&flows()[0]);
        let (at, cut) = (at.index(dibao.len()), cut.index(dibao.len()));
        let spliced = [&dibao[..at], &junk[..], &dibao[at..]].concat();
        for bytes in [[compiled::MAGIC.as_slice(), &junk].concat(), spliced, dibao[..cut].to_vec()] {
            prop_assert!(compiled::service(&bytes, "dibao").err().is_none_or(|e| !e.is_empty()));
            prop_assert!(compiled::region(&bytes).err().is_none_or(|e| !e.is_empty()));
            if let Ok(home) = compiled::home(&bytes) {
                prop_assert!(home.index.iter().all(|entry| entry.len() > 1));
            }
        }
    }

    #[test]
    fn fluent_words(text in texty(r#"([a-z]{1,3} = ([a-z ]|\{ ?(\$n|"[a-z\\uU0-9éǔ]{0,6}"|[a-z]{1,3})( ->)? ?\}?|\[[a-z0-9]\]|\*|\n ){0,12}\n){0,6}"#)) {
        let mut b = Bundle::new("en");
        let errors = b.add(&text);
        prop_assert!(errors.iter().all(|e| e.starts_with("line ")), "{:?}", errors);
        for id in text.split(|c: char| !c.is_ascii_lowercase()).filter(|w| !w.is_empty()).take(20) {
            for n in [1.0, f64::INFINITY, f64::NAN] {
                if let Some(said) = b.format(id, &[("n", Arg::Number(n))], false) {
                    prop_assert!(said.len() <= MAX_EXPANSION + 4 * text.len() + 64);
                    // (Words may spell "inf" across messages: only a text without `i` and
                    // `N` proves the formatter wrote it.)
                    if !text.contains(['i', 'N']) {
                        prop_assert!(!said.contains("inf") && !said.contains("NaN"), "{}", said);
                    }
                }
            }
        }
    }

    #[test]
    fn dates_and_answer_text(text in texty(r"[-0-9０-９.,/ e]{0,24}|[0-9]{17}[0-9X]"), a in any::<i64>(), b in any::<i64>()) {
        let _ = (dates::civil_from_days(a), dates::days_from_civil(a, b as u32, (b >> 40) as u32), dates::full_years(a, b));
        if let Some(day) = dates::parse_date(&text) {
            let (y, m, d) = dates::civil_from_days(day);
            prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&y));
            prop_assert_eq!(dates::days_from_civil(y, m, d), day);
        }
        let _ = dates::check_id_number(&text);
        for flow in kinds() {
            let mut s = Session::new(&flow);
            s.set_today(&flow, a);
            if s.answer(&flow, &text).is_ok() {
                let _ = s.next(&flow);
                sane(&flow, &s)?;
            }
        }
    }

    #[test]
    fn conditions(text in texty(r"(not |-|\(|years_since\(|[a-z]{1,6}|[0-9]{1,3}|'[a-z]{0,3}'| (and|or|in|[-+*/<>]|==|<=) |\)){0,40}")) {
        if let Ok(e) = expr::parse(&text) {
            let _ = expr::check(&e, &TypeEnv::new());
            let lookup = |_: &str| Value::Number(1e12);
            if let Value::Number(n) = expr::eval(&e, &Ctx { lookup: &lookup, today: Some(today()) }) {
                prop_assert!(n.is_finite(), "{} = {}", text, n);
            }
        }
    }
}
