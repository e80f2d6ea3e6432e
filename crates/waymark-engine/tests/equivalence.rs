//! The widget reads content without serde (`json::parse` and the `from_value` conversions);
//! the editors' CLI reads it with serde. For every real content file both must give the same
//! model and the same compiled result, and whatever serde accepts the hand path accepts alike.
#![cfg(feature = "serde")]

use proptest::prelude::*;
use waymark_engine::json::{self, Value};
use waymark_engine::model::{self, CatalogFile, RegionFile, Service};
use waymark_engine::{Catalog, Flow, Region};

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(rel: &str) -> String {
    let p = root().join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn service_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("public/services"))
        .expect("services")
        .map(|e| {
            format!(
                "public/services/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    names.push("tests/fixtures/services/kinds.json".into());
    names.push("tests/fixtures/services/broken.json".into());
    names
}

fn region_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("public/regions"))
        .expect("regions")
        .map(|e| {
            format!(
                "public/regions/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    names
}

fn dbg<T: std::fmt::Debug>(t: &T) -> String {
    format!("{t:#?}")
}

/// Catalog through serde and through the hand path.
fn catalogs(text: &str) -> (Catalog, Catalog) {
    let by_serde: CatalogFile = serde_json::from_str(text).expect("serde reads the catalog");
    let by_hand = model::read(text, CatalogFile::from_value).expect("hand path reads the catalog");
    assert_eq!(dbg(&by_serde), dbg(&by_hand));
    let a = Catalog::from_file(by_serde, text).expect("catalog checks");
    let b = Catalog::from_file(by_hand, text).expect("catalog checks");
    assert_eq!(dbg(&a), dbg(&b));
    (a, b)
}

#[test]
fn catalog_reads_the_same() {
    let text = read("public/catalog.json");
    let (a, _) = catalogs(&text);
    assert_eq!(dbg(&Catalog::from_json(&text).expect("from_json")), dbg(&a));
}

#[test]
fn regions_read_the_same() {
    let (catalog, _) = catalogs(&read("public/catalog.json"));
    for name in region_files() {
        let text = read(&name);
        let by_serde: RegionFile = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let by_hand = model::read(&text, RegionFile::from_value).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(dbg(&by_serde), dbg(&by_hand), "{name}");
        let a = Region::from_file(by_serde, &text, &catalog).expect("region checks");
        let b = Region::from_file(by_hand, &text, &catalog).expect("region checks");
        assert_eq!(a, b, "{name}");
        assert_eq!(
            Region::from_json(&text, &catalog).expect("from_json"),
            a,
            "{name}"
        );
    }
}

#[test]
fn services_read_and_compile_the_same() {
    let (catalog, _) = catalogs(&read("public/catalog.json"));
    for name in service_files() {
        let text = read(&name);
        let by_serde: Service = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let by_hand = model::read(&text, Service::from_value).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(dbg(&by_serde), dbg(&by_hand), "{name}");
        let a = Flow::compile(by_serde, &text, &catalog);
        let b = Flow::compile(by_hand, &text, &catalog);
        assert_eq!(dbg(&a), dbg(&b), "{name}");
        assert_eq!(dbg(&Flow::from_json(&text, &catalog)), dbg(&a), "{name}");
        assert_eq!(a.is_ok(), !name.ends_with("broken.json"), "{name}: {a:?}");
    }
}

#[test]
fn defaults_are_the_same() {
    // Every field left out that may be: the defaults must agree (min_selected 1, whole true,
    // max_length 50, empty lists, no `$schema`).
    let text = r#"{"id": "d", "questions": [
        {"choice": {"id": "a", "options": [{"id": "x"}]}},
        {"multi_choice": {"id": "b", "options": [{"id": "x", "icon": null}]}},
        {"yes_no": {"id": "c", "when": null}},
        {"number": {"id": "n"}},
        {"date": {"id": "t"}},
        {"birth_year": {"id": "y"}},
        {"id_number": {"id": "i"}},
        {"text": {"id": "s"}}
      ], "outcomes": [{"id": "o", "materials": ["m", {"id": "k", "when": "c == 'yes'"}]}]}"#;
    let by_serde: Service = serde_json::from_str(text).expect("serde");
    let by_hand = model::read(text, Service::from_value).expect("hand");
    assert_eq!(dbg(&by_serde), dbg(&by_hand));
    let empty = "{}";
    let by_serde: CatalogFile = serde_json::from_str(empty).expect("serde");
    let by_hand = model::read(empty, CatalogFile::from_value).expect("hand");
    assert_eq!(dbg(&by_serde), dbg(&by_hand));
}

#[test]
fn shapes_serde_refuses_are_refused() {
    for bad in [
        r#"[]"#,
        r#"{"questions": [], "outcomes": []}"#,
        r#"{"id": "d", "outcomes": []}"#,
        r#"{"id": "d", "questions": []}"#,
        r#"{"id": 1, "questions": [], "outcomes": []}"#,
        r#"{"id": "d", "id": "e", "questions": [], "outcomes": []}"#,
        r#"{"id": "d", "questions": null, "outcomes": []}"#,
        r#"{"id": "d", "life_events": null, "questions": [], "outcomes": []}"#,
        r#"{"id": "d", "constants": {"a": "1"}, "questions": [], "outcomes": []}"#,
        r#"{"id": "d", "questions": ["yes_no"], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"maybe": {"id": "a"}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"yes_no": {"id": "a"}, "date": {"id": "b"}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"choice": {"id": "a"}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"multi_choice": {"id": "a", "options": [], "min_selected": -1}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"multi_choice": {"id": "a", "options": [], "min_selected": null}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"number": {"id": "a", "whole": "yes"}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [{"text": {"id": "a", "max_length": 1.5}}], "outcomes": []}"#,
        r#"{"id": "d", "questions": [], "outcomes": [{"id": "o", "materials": [{"id": "m"}]}]}"#,
        r#"{"id": "d", "questions": [], "outcomes": [{"id": "o", "materials": [1]}]}"#,
        r#"{"id": "d", "questions": [], "outcomes": [{"id": "o", "time_limit_days": 5000000000}]}"#,
        r#"{"id": "d", "questions": [], "outcomes": [{"id": "o", "reasons": [{"when": "x"}]}]}"#,
        r#"{"id": "d", "questions": [], "outcomes": [{"id": "o"}]} x"#,
    ] {
        assert!(
            serde_json::from_str::<Service>(bad).is_err(),
            "serde accepts {bad}"
        );
        assert!(
            model::read(bad, Service::from_value).is_err(),
            "hand path accepts {bad}"
        );
    }
    let d = model::read("{\n  \"id\": \"d\",\n  ]", Service::from_value).expect_err("syntax");
    assert_eq!((d.code, d.position.line, d.position.col), ("E0001", 3, 3));
    let d = model::read(r#"{"id": 1}"#, Service::from_value).expect_err("shape");
    assert_eq!(d.code, "E0002");
    assert!(d.message.contains("`id`"), "{}", d.message);
}

/// A JSON value as serde_json reads it, in our shape (object keys: last one wins, sorted).
fn from_serde(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().expect("f64")),
        serde_json::Value::String(s) => Value::String(s.clone()),
        serde_json::Value::Array(a) => Value::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(o) => {
            let mut fields: Vec<_> = o.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(fields)
        }
    }
}

/// Ours, with objects as serde_json keeps them.
fn normalized(v: &Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.iter().map(normalized).collect()),
        Value::Object(o) => {
            let mut map = std::collections::BTreeMap::new();
            for (k, v) in o {
                map.insert(k.clone(), normalized(v));
            }
            Value::Object(map.into_iter().collect())
        }
        v => v.clone(),
    }
}

fn same_as_serde_json(text: &str) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => prop_assert_eq!(normalized(a), from_serde(b), "{:?}", text),
        (Err(_), Err(_)) => {}
        _ => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
    }
    Ok(())
}

#[test]
fn parser_agrees_with_serde_json_on_edge_cases() {
    for text in [
        "0",
        "-0",
        "1e2",
        "1E+2",
        "-1.5e-3",
        "123456789012345678901234567890",
        "1e308",
        "1e309",
        "0.1",
        "4.9e-324",
        "\"\\ud83d\\ude00\"",
        "\"\\ud83d\"",
        "\"\\udc00\"",
        "\"\\u0000\"",
        "{\"a\":1,\"a\":2}",
        " [ 1 , { } ] ",
        "[01]",
        "\"\u{7f}\"",
        "\"\u{1f}\"",
        "\u{feff}1",
        "[1,]",
        "{\"a\":1,}",
        "tRue",
        "1 2",
    ] {
        same_as_serde_json(text).unwrap_or_else(|e| panic!("{e}"));
    }
    for depth in [127, 128, 129] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(
            json::parse(&text).is_ok(),
            serde_json::from_str::<serde_json::Value>(&text).is_ok(),
            "{depth}"
        );
    }
}

/// Byte-level damage to a real service file: deleting, doubling or replacing one byte.
fn damaged() -> impl Strategy<Value = String> {
    let files: Vec<String> = service_files().iter().map(|n| read(n)).collect();
    (
        0..files.len(),
        any::<prop::sample::Index>(),
        0..3u8,
        prop::sample::select(&b"{}[]\",:0123456789.e-\\ nulltrue"[..]),
    )
        .prop_map(move |(f, at, how, byte)| {
            let mut bytes = files[f].clone().into_bytes();
            let i = at.index(bytes.len());
            match how {
                0 => {
                    bytes.remove(i);
                }
                1 => bytes.insert(i, bytes[i]),
                _ => bytes[i] = byte,
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn parser_agrees_with_serde_json(text in "[\\[\\]{}\",:0-9a-z\\\\. eE+\\-]{0,40}") {
        same_as_serde_json(&text)?;
    }

    #[test]
    fn parser_agrees_on_damaged_files(text in damaged()) {
        same_as_serde_json(&text)?;
    }

    #[test]
    fn whatever_serde_reads_the_hand_path_reads_alike(text in damaged()) {
        if let Ok(by_serde) = serde_json::from_str::<Service>(&text) {
            let by_hand = model::read(&text, Service::from_value);
            prop_assert!(by_hand.is_ok(), "{:?}", by_hand);
            prop_assert_eq!(dbg(&by_serde), dbg(&by_hand.expect("checked")));
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them(s in any::<String>()) {
        let mut ours = String::new();
        json::write_str(&mut ours, &s);
        prop_assert_eq!(&ours, &serde_json::to_string(&s).expect("string"));
        prop_assert_eq!(json::parse(&ours), Ok(Value::String(s)));
    }

    #[test]
    fn parser_never_panics(text in "\\PC{0,64}") {
        let _ = json::parse(&text);
    }
}
