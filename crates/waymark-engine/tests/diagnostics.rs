//! A broken service file is reported with a code, a line:col and a hint, never a panic.

use waymark_engine::{Catalog, Diagnostic, Flow, Position};

fn catalog() -> Catalog {
    Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[{"id":"centre"}]}"#).expect("catalog")
}

fn diagnose(text: &str) -> Vec<Diagnostic> {
    Flow::from_json(text, &catalog()).expect_err("should not compile")
}

const GOOD_HEAD: &str = r#"{
  "id": "demo",
  "questions": [
    {"number": {"id": "age", "min": 0}},
    {"choice": {"id": "car", "options": [{"id": "yes"}, {"id": "no"}]}}
  ],
"#;

fn with_outcomes(outcomes: &str) -> String {
    format!("{GOOD_HEAD}  \"outcomes\": {outcomes}\n}}")
}

#[test]
fn json_syntax_error_has_its_position() {
    let d = diagnose("{\n  \"id\": \"demo\",\n  \"questions\": [\n}");
    assert_eq!(d[0].code, "E0001");
    assert_eq!(d[0].position.line, 4);
}

#[test]
fn unknown_field_is_named() {
    let d = diagnose(
        r#"{"id": "demo", "questions": [{"number": {"id": "age", "wen": "x"}}], "outcomes": [{"id": "o"}]}"#,
    );
    assert_eq!(d[0].code, "E0002");
    assert!(d[0].message.contains("unknown field `wen`"), "{}", d[0].message);
}

#[test]
fn expression_errors_point_inside_the_file() {
    let text = with_outcomes(r#"[{"id": "old", "when": "age >= 'eighty'"}, {"id": "rest"}]"#);
    let d = diagnose(&text);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code, "E0202");
    // Line 7 of the file; the column is where 'eighty' starts.
    let line = text.lines().nth(6).expect("line 7");
    let col = line.find("'eighty'").expect("in line") + 1;
    assert_eq!(d[0].position, Position { line: 7, col });
    assert!(d[0]
        .render("demo.json")
        .starts_with(&format!("demo.json:7:{col}: error[E0202]:")));
}

#[test]
fn wrong_option_and_dangling_material_and_missing_default() {
    let text = with_outcomes(
        r#"[{"id": "a", "when": "car == 'maybe'", "materials": ["passport"]}, {"id": "b", "when": "age > 3"}]"#,
    );
    let codes: Vec<&str> = diagnose(&text).iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E0202", "E0103", "E0301"]);
}

#[test]
fn later_questions_cannot_steer_earlier_ones() {
    let text = r#"{"id": "demo", "questions": [
      {"number": {"id": "age", "when": "car == 'yes'"}},
      {"choice": {"id": "car", "options": [{"id": "yes"}, {"id": "no"}]}}
    ], "outcomes": [{"id": "o"}]}"#;
    let d = diagnose(text);
    assert_eq!(d[0].code, "E0202");
    assert!(
        d[0].message.contains("`car` is not a question"),
        "{}",
        d[0].message
    );
    assert_eq!(d[0].position.line, 2);
}

#[test]
fn duplicate_ids_are_reported_at_the_second() {
    let text = "{\"id\": \"demo\", \"questions\": [\n {\"number\": {\"id\": \"age\"}},\n {\"number\": {\"id\": \"age\"}}\n], \"outcomes\": [{\"id\": \"o\"}]}";
    let d = diagnose(text);
    assert_eq!(d[0].code, "E0101");
}
