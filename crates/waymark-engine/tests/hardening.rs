//! Hostile or broken content, and absurd values (issue 15, items 5 and 6): whatever a file, a
//! link or a saved draft holds, the engine answers with a diagnostic or a refusal, quickly and
//! within a small stack, and never shows a number that is not a number.

use std::sync::mpsc;
use std::time::Duration;
use waymark_engine::dates::{civil_from_days, days_from_civil, full_years, id_birth_date, parse_date};
use waymark_engine::bundle::Bundle;
use waymark_engine::Arg;
use waymark_engine::{compiled, share, AnswerError, Catalog, Diagnostic, Flow, Region, Session, Step};

/// Run `f` on a thread with a small stack, and give up after `seconds`: a test that would
/// overflow the stack or hang fails instead. (4 MiB: frames in this unoptimised test build
/// are many times those of the widget's optimised wasm, whose stack is 1 MiB; parsing a
/// condition at the nesting limit takes about 1.3 MiB here and some 40 KiB there.)
fn bounded<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("thread");
    rx.recv_timeout(Duration::from_secs(seconds))
        .unwrap_or_else(|e| panic!("did not finish within {seconds} s ({e})"))
}

fn catalog() -> Catalog {
    Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[{"id":"centre"}]}"#).expect("catalog")
}

/// A service whose first outcome has the condition `when` (over a number question `age`).
fn service_with(when: &str) -> String {
    format!(
        r#"{{"id": "demo", "questions": [{{"number": {{"id": "age", "min": 0, "max": 150}}}}],
            "outcomes": [{{"id": "old", "when": "{when}"}}, {{"id": "rest"}}]}}"#
    )
}

fn codes(d: &[Diagnostic]) -> Vec<&'static str> {
    d.iter().map(|d| d.code).collect()
}

fn compile(text: String) -> Result<Flow, Vec<Diagnostic>> {
    bounded(20, move || Flow::from_json(&text, &catalog()))
}

/// A compiled service file read the widget's way.
fn widget_read(bytes: Vec<u8>) -> Result<Flow, String> {
    bounded(20, move || compiled::service(&bytes, "demo"))
}

/// Bytes after the compiled files' header, as a hand-made (hostile) file would have them.
fn compiled_file(body: &[u8]) -> Vec<u8> {
    [compiled::MAGIC.as_slice(), body].concat()
}

#[test]
fn a_3kb_condition_of_brackets_is_a_diagnostic_not_a_stack_overflow() {
    let deep = format!("{}age > 1{}", "(".repeat(1500), ")".repeat(1500));
    assert!(deep.len() > 3000);
    let d = compile(service_with(&deep)).expect_err("too deep");
    assert_eq!(codes(&d), ["E0204"], "{d:?}");
    assert!(d[0].message.contains("too deeply"), "{}", d[0].message);
    // Brackets within the limit are fine, and the condition works.
    let ok = format!("{}age > 1{}", "(".repeat(60), ")".repeat(60));
    let flow = compile(service_with(&ok)).expect("60 levels compile");
    // Written as the build writes it and read back as the widget reads it: the same flow.
    let flow = widget_read(compiled::write(&flow)).expect("the compiled flow reads back");
    let mut s = Session::new(&flow);
    s.answer(&flow, "2").expect("answer");
    s.next(&flow).expect("next");
    s.confirm();
    assert!(matches!(s.step(&flow), Step::Outcome(o) if o.id == "old"));
}

#[test]
fn long_chains_of_not_and_and_are_bounded_too() {
    // Each of these is a tree as deep as it is long: checking or evaluating it recursively
    // would overflow the stack just as brackets do.
    for deep in [
        format!("{}age > 1", "not ".repeat(3000)),
        format!("{}age > 1", "age > 1 and ".repeat(600)),
        format!("{}age > 1", "age > 1 or ".repeat(600)),
        format!("{}1 > 2", "age + ".repeat(1000)),
        format!("{}age > 1", "- ".repeat(3000)),
        format!("{}age{} > 1", "years_since(".repeat(1000), ")".repeat(1000)),
    ] {
        let d = compile(service_with(&deep)).expect_err("too deep");
        assert_eq!(codes(&d), ["E0204"], "{}…: {d:?}", &deep[..30]);
    }
    // A deep chain within the limit still evaluates.
    let flow = compile(service_with(&format!("{}age > 1", "not not ".repeat(30)))).expect("compiles");
    let mut s = Session::new(&flow);
    s.answer(&flow, "5").expect("answer");
    s.next(&flow).expect("next");
    s.confirm();
    assert!(matches!(s.step(&flow), Step::Outcome(o) if o.id == "old"));
}

#[test]
fn json_nested_too_deeply_is_a_diagnostic() {
    for text in [
        "[".repeat(100_000),
        format!(r#"{{"id": "demo", "questions": {}"#, "[".repeat(100_000)),
        format!(
            r#"{{"$schema": {}{}, "id": "x"}}"#,
            "[".repeat(200),
            "]".repeat(200)
        ),
    ] {
        // The editors' file is a diagnostic.
        let d = compile(text).expect_err("too deep");
        assert!(!d.is_empty());
    }
}

#[test]
fn files_over_the_size_limit_are_refused_with_a_clear_error() {
    let padding = " ".repeat(waymark_engine::MAX_FILE_BYTES);
    let service = format!("{}{padding}", service_with("age > 1"));
    let d = compile(service.clone()).expect_err("too large");
    assert_eq!(codes(&d), ["E0004"]);
    assert!(d[0].message.contains("too large"), "{}", d[0].message);
    let padded = [compiled::write(&compile(service_with("age > 1")).expect("compiles")), padding.into_bytes()].concat();
    assert!(widget_read(padded).expect_err("too large").contains("too large"));
    let padding = " ".repeat(waymark_engine::MAX_FILE_BYTES);
    let catalog_text = format!(r#"{{"materials": []}}{padding}"#);
    assert_eq!(
        codes(&Catalog::from_json(&catalog_text).expect_err("too large")),
        ["E0004"]
    );
    let region = format!(r#"{{"id": "r"}}{padding}"#);
    assert_eq!(
        codes(&Region::from_json(&region, &catalog()).expect_err("too large")),
        ["E0004"]
    );
    let mut words = Bundle::new("zh-CN");
    let errors = words.add(&format!("a = b\n{padding}"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("too large"), "{errors:?}");
    assert!(!words.has("a"));
    // Just under the limit is still read.
    let fits = format!("{}{}", service_with("age > 1"), " ".repeat(1000));
    assert!(compile(fits).is_ok());
}

#[test]
fn words_never_panic_on_broken_escapes_and_placeables() {
    for source in [
        "a = { \"\\é\" }\n",
        // fluent-rs issue 389: fluent-syntax 0.12 itself panics on this one.
        "a={\"\\ǔ",
        "a = { \"\\é",
        "a = { \"\\",
        "a = { \"\\u12",
        "a = { \"\\u12é4\" }\n",
        "a = { \"\\U01F6",
        "a = {",
        "a = { $",
        "a = { $n ->",
        "a = { $n -> [é",
        "a = { $n -> *[x] y",
        "a = { é }\n",
        "é = x\n",
        "a =\n  .é = x\n",
    ] {
        let mut b = Bundle::new("zh-CN");
        let errors = b.add(source);
        assert!(!errors.is_empty(), "{source:?} was accepted");
        assert!(errors.iter().all(|e| e.starts_with("line ")), "{errors:?}");
    }
}

#[test]
fn nested_selections_in_words_are_bounded() {
    let n = 5000;
    let source = format!("a = {}x{}\n", "{ $n -> *[x] ".repeat(n), " }".repeat(n));
    let errors = bounded(20, move || Bundle::new("en").add(&source));
    assert!(!errors.is_empty());
}

/// Messages `m0` … `m{levels}`: each says the next one ten times; the last says `leaf`.
fn fan_out(levels: usize, leaf: &str) -> Bundle {
    let mut source = String::new();
    for i in 0..levels {
        source.push_str(&format!("m{i} = {}\n", format!("{{ m{} }}", i + 1).repeat(10)));
    }
    source.push_str(&format!("m{levels} = {leaf}\n"));
    let mut b = Bundle::new("zh-CN");
    assert_eq!(b.add(&source), Vec::<String>::new());
    b
}

#[test]
fn message_references_cannot_fan_out_to_gigabytes() {
    // 10^7 copies of ten characters: a hundred megabytes, unbounded.
    let said = bounded(20, || fan_out(7, "0123456789").format("m0", &[], false));
    let said = said.expect("m0 exists");
    assert!(
        said.len() <= waymark_engine::bundle::MAX_EXPANSION,
        "{} bytes",
        said.len()
    );
    // Empty words at the end: nothing to measure by length, 10^10 steps unbounded.
    let said = bounded(20, || fan_out(10, "{ \"\" }").format("m0", &[], false));
    assert!(said.is_some());
    // Ordinary references still work: ten times ten, each a placeable of its own.
    let b = fan_out(1, "好");
    assert_eq!(b.format("m0", &[], false).expect("m0").chars().count(), 10);
    // 110 placeables: past fluent-bundle's 100, so shown as its id, never cut off half-way.
    let b = fan_out(2, "好");
    assert_eq!(b.format("m0", &[], false).as_deref(), Some("{m0}"));
    assert!(b.too_long("m0") && !b.too_long("m1"));
}

#[test]
fn dates_outside_1900_to_2200_are_not_dates_and_never_overflow() {
    for text in [
        "99999999999999999-01-01",
        "9223372036854775807-12-31",
        "-9223372036854775808-01-01",
        "1899-12-31",
        "2201-01-01",
        "0000-01-01",
    ] {
        assert_eq!(parse_date(text), None, "{text}");
    }
    assert!(parse_date("1900-01-01").is_some());
    assert!(parse_date("2200-12-31").is_some());
    // The calendar arithmetic itself takes any value without overflowing (debug builds check).
    for y in [i64::MIN, i64::MAX, -1 << 50, 1 << 50] {
        let _ = days_from_civil(y, 12, 31);
    }
    for z in [i64::MIN, i64::MAX, -1 << 60, 1 << 60] {
        let (_, m, d) = civil_from_days(z);
        assert!((1..=12).contains(&m) && (1..=31).contains(&d));
        let _ = (full_years(z, 0), full_years(0, z));
    }
    assert_eq!(id_birth_date("110105180001010011"), None);
}

#[test]
fn a_date_question_with_a_clock_at_the_end_of_time_does_not_overflow() {
    let text = r#"{"id": "d", "questions": [{"date": {"id": "born"}}],
        "outcomes": [{"id": "old", "when": "days_since(born) > 10 and years_since(born) > 1"}, {"id": "rest"}]}"#;
    let flow = Flow::from_json(text, &catalog()).expect("compiles");
    for today in [i64::MAX, i64::MIN] {
        let mut s = Session::new(&flow);
        s.set_today(&flow, today);
        let _ = s.answer(&flow, "1950-01-01");
        let _ = s.next(&flow);
        s.confirm();
        let _ = s.step(&flow);
    }
}

/// A money question with no maximum, and a result that shows amounts worked out from it.
fn money_flow() -> Flow {
    let text = r#"{"id": "demo", "questions": [{"number": {"id": "income", "min": 0}}],
        "computed": [{"id": "yearly", "expr": "income * 12"},
                     {"id": "huge", "expr": "income * income * income * income * income * income * income * income"}],
        "outcomes": [{"id": "done", "reasons": [{"id": "amount"}]}]}"#;
    Flow::from_json(text, &catalog()).expect("compiles")
}

fn assert_all_finite(s: &Session, flow: &Flow) {
    if let Step::Outcome(o) = s.step(flow) {
        for (name, v) in &o.args {
            if let Arg::Number(n) = v {
                assert!(n.is_finite(), "{name} = {n}");
            }
        }
    }
    for a in s.answers().values() {
        let shown = a.as_input();
        assert!(!shown.contains("inf") && !shown.contains("NaN"), "{shown}");
        assert!(!shown.starts_with("-0"), "{shown}");
    }
}

#[test]
fn a_link_with_an_absurd_number_never_opens_an_infinite_result() {
    let flow = money_flow();
    let huge = format!("1{}", "0".repeat(308));
    for fragment in [
        format!("#result=demo&income={huge}"),
        "#result=demo&income=1e308".to_string(),
        "#result=demo&income=inf".to_string(),
        "#result=demo&income=NaN".to_string(),
        format!("#result=demo&income=9{}", "9".repeat(400)),
    ] {
        let s = share::from_fragment(&flow, &fragment, None);
        assert!(
            matches!(s.step(&flow), Step::Question(q) if q.id() == "income"),
            "{fragment} opened a result"
        );
    }
    // The largest amount the engine takes opens the result, and every number on it is finite
    // (the computed values that overflow are left out, not shown as "inf").
    let s = share::from_fragment(&flow, "#result=demo&income=1000000000000", None);
    assert!(matches!(s.step(&flow), Step::Outcome(_)));
    assert_all_finite(&s, &flow);
}

#[test]
fn typed_numbers_are_finite_bounded_and_never_negative_zero() {
    let flow = money_flow();
    let mut s = Session::new(&flow);
    for absurd in ["1e308", "inf", "NaN", "-inf", &format!("1{}", "0".repeat(308))] {
        assert!(s.answer(&flow, absurd).is_err(), "{absurd} accepted");
    }
    assert_eq!(
        s.answer(&flow, "10000000000000"),
        Err(AnswerError::TooLarge(waymark_engine::session::MAX_NUMBER))
    );
    let mut s = Session::new(&flow);
    s.answer(&flow, "-0").expect("-0 is zero");
    assert_eq!(s.answer_to("income").map(|a| a.as_input()), Some("0".into()));
    s.next(&flow).expect("next");
    s.confirm();
    assert_all_finite(&s, &flow);
}

#[test]
fn drafts_with_absurd_numbers_are_dropped() {
    let flow = money_flow();
    for answer in ["1e308", &format!("1{}", "0".repeat(308)), "NaN", "-0.0e999"] {
        let draft =
            format!(r#"{{"format":1,"service":"demo","answers":[["income","{answer}"]],"current":null}}"#);
        let (s, dropped) = Session::from_draft(&flow, &draft, None).expect("a draft");
        assert!(
            dropped == 1 || s.answers().values().all(|a| a.as_input() == "0"),
            "{answer}"
        );
        assert_all_finite(&s, &flow);
    }
}

#[test]
fn a_number_too_large_for_a_float_is_an_error_in_a_condition() {
    let d = compile(service_with(&format!("age > 1{}", "0".repeat(400)))).expect_err("overflows");
    assert_eq!(codes(&d), ["E0201"]);
}

#[test]
fn words_never_show_inf_or_nan() {
    let mut b = Bundle::new("zh-CN");
    assert!(b.add("amount = 共 { $n } 元\n").is_empty());
    for n in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        let said = b
            .format("amount", &[("n", Arg::Number(n))], false)
            .expect("amount");
        assert!(
            !said.contains("inf") && !said.contains("NaN"),
            "{n} was said as {said}"
        );
    }
}

#[test]
fn a_compiled_condition_nested_a_million_deep_is_refused_not_a_stack_overflow() {
    // A flow whose one computed value is `not not not … true`, made by hand: the compiler never
    // writes one deeper than 64 levels, but a file on a server can say anything.
    let deep = |levels: usize| {
        // Flow: id, life_events, params, constants, questions, computed = [(name, expr)], outcomes.
        let mut body = vec![4, b'd', b'e', b'm', b'o', 0, 0, 0, 0, 1, 1, b'x'];
        let not = 6; // Expr::Not's variant index
        body.extend(std::iter::repeat_n(not, levels));
        body.extend([2, 1]); // Expr::Bool(true)
        body.push(0); // no outcomes
        compiled_file(&body)
    };
    let flow = widget_read(deep(10)).expect("ten levels are read");
    assert_eq!(flow.computed.len(), 1);
    assert!(widget_read(deep(64)).is_ok(), "as deep as the compiler allows");
    for levels in [66, 1_000_000] {
        let e = widget_read(deep(levels)).expect_err("too deep");
        assert!(e.contains("damaged"), "{e}");
    }
}

#[test]
fn a_broken_compiled_file_is_an_error_never_a_panic() {
    use waymark_engine::merge::home_flow;
    let catalog =
        Catalog::from_json(r#"{"life_events": [{"id": "hardship"}, {"id": "old-age"}]}"#).expect("catalog");
    let good = vec![
        vec!["hardship".to_string(), "dibao".into(), "linshi-jiuzhu".into()],
        vec!["old-age".to_string(), "gaoling-jintie".into()],
    ];
    let flow = home_flow(&catalog, &good).expect("a home flow");
    // What `waymark compile` writes is read back whole.
    let home = compiled::Home { index: good, flow };
    let bytes = compiled::write(&home);
    let read = compiled::home(&bytes).expect("reads back");
    assert_eq!(read.index, home.index);
    assert_eq!(read.flow.questions.len(), home.flow.questions.len());
    // An index that could not name words and questions is refused.
    for bad in [
        vec![vec![]],
        vec![vec![String::new()]],
        vec![vec!["hardship".to_string(), String::new()]],
        vec![vec!["hard ship".to_string(), "dibao".into()]],
        vec![vec!["hardship".to_string(), "dibao'".into()]],
        vec![vec!["hardship".to_string(), "di\nbao".into()]],
        vec![vec!["hardship".to_string()]],
        vec![],
    ] {
        let text = compiled::write(&compiled::Home { index: bad.clone(), flow: home.flow.clone() });
        assert!(compiled::home(&text).is_err(), "{bad:?} was read");
    }
    // Every cut short, every byte changed, a wrong header, trailing bytes: an error, or (for a
    // changed byte that still makes sense) a home page, never a panic.
    for end in 0..bytes.len() {
        assert!(compiled::home(&bytes[..end]).is_err(), "cut at {end}");
    }
    for i in 0..bytes.len() {
        for delta in [1u8, 0x7f, 0x80, 0xff] {
            let mut changed = bytes.clone();
            changed[i] = changed[i].wrapping_add(delta);
            let _ = compiled::home(&changed);
        }
    }
    assert!(compiled::home(b"{\"index\": []}").expect_err("JSON").contains("not a compiled file"));
    assert!(compiled::home(&[bytes.as_slice(), b"x"].concat()).is_err());
    // A service file is not a home page, and a service is checked to be the one asked for.
    let service = compiled::write(&home.flow);
    assert!(compiled::home(&service).is_err());
    assert!(compiled::service(&service, "dibao").expect_err("another").contains("not `dibao`"));
    let padded = [bytes.as_slice(), &vec![0; waymark_engine::MAX_FILE_BYTES]].concat();
    assert!(compiled::home(&padded).expect_err("too large").contains("too large"));
}
