//! `waymark check` on the real content, and on copies of it with one mistake each: every
//! user-visible message is compared with a snapshot in `tests/snapshots/<case>.txt`.
//! After an intended change of wording, refresh them with `UPDATE_SNAPSHOTS=1 cargo test`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A scratch copy of the project's content, with `edits` applied: (file, from, to).
fn project(case: &str, edits: &[(&str, &str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waymark-cli-{case}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&root().join("public"), &dir.join("public"));
    copy_dir(&root().join("locales"), &dir.join("locales"));
    for (file, from, to) in edits {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn snapshot(case: &str, code: i32, output: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/snapshots/{case}.txt"));
    let got = format!("exit {code}\n{output}");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {}; run with UPDATE_SNAPSHOTS=1", path.display()));
    assert_eq!(
        got, want,
        "output of `{case}` changed (UPDATE_SNAPSHOTS=1 to accept)"
    );
}

fn case(name: &str, edits: &[(&str, &str, &str)], expect_code: i32) {
    let dir = project(name, edits);
    let (code, output) = run(&dir, &["check"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, expect_code, "{name}:\n{output}");
    snapshot(name, code, &output);
}

const DIBAO: &str = "public/services/dibao.json";
const DIBAO_FTL: &str = "locales/zh-CN/services/dibao.ftl";

#[test]
fn the_demo_content_is_clean() {
    case("clean", &[], 0);
}

#[test]
fn json_syntax() {
    case(
        "json-syntax",
        &[(DIBAO, r#""id": "dibao","#, r#""id": "dibao""#)],
        1,
    );
}

#[test]
fn unknown_field() {
    case(
        "unknown-field",
        &[(DIBAO, r#""id": "people", "when""#, r#""id": "people", "wen""#)],
        1,
    );
}

#[test]
fn dangling_material() {
    case(
        "dangling-id",
        &[(DIBAO, r#""income-proof""#, r#""income-prof""#)],
        1,
    );
}

#[test]
fn duplicate_question_id() {
    case(
        "duplicate-id",
        &[(DIBAO, r#""id": "illness""#, r#""id": "property""#)],
        1,
    );
}

#[test]
fn type_mismatch() {
    case(
        "type-mismatch",
        &[(
            DIBAO,
            "income_per_person <= dibao_standard",
            "income_per_person <= 'low'",
        )],
        1,
    );
}

#[test]
fn unreachable_question() {
    case(
        "unreachable-question",
        &[(
            DIBAO,
            r#""id": "property",
        "when": "hukou == 'local'""#,
            r#""id": "property",
        "when": "hukou == 'local' and hukou == 'elsewhere'""#,
        )],
        1,
    );
}

#[test]
fn path_with_no_outcome() {
    case(
        "no-default-outcome",
        &[(
            DIBAO,
            r#""id": "not-eligible","#,
            r#""id": "not-eligible", "when": "property == 'yes'","#,
        )],
        1,
    );
}

#[test]
fn outcome_never_reached_is_a_warning() {
    case(
        "outcome-never-reached",
        &[(
            DIBAO,
            "income_per_person <= dibao_standard and property == 'no'",
            "hukou == 'local'",
        )],
        0,
    );
}

#[test]
fn missing_word() {
    case(
        "missing-word",
        &[(DIBAO_FTL, "dibao-people = 家里一共几口人?\n", "")],
        1,
    );
}

#[test]
fn unused_word_is_a_warning() {
    case(
        "unused-word",
        &[(
            DIBAO_FTL,
            "dibao-hukou-local = 本县农村\n",
            "dibao-hukou-local = 本县农村\ndibao-hukou-abroad = 国外\n",
        )],
        0,
    );
}

#[test]
fn material_never_used_is_a_warning() {
    case(
        "unused-material",
        &[
            (
                "public/catalog.json",
                r#"{"id": "land-contract", "icon": "document"}"#,
                r#"{"id": "land-contract", "icon": "document"}, {"id": "passport"}"#,
            ),
            (
                "locales/zh-CN/catalog.ftl",
                "material-id-card = 居民身份证\n",
                "material-id-card = 居民身份证\nmaterial-passport = 护照\n",
            ),
        ],
        0,
    );
}

#[test]
fn region_without_a_parameter() {
    case(
        "region-missing-param",
        &[("public/regions/demo-county.json", r#""dibao_standard": 700,"#, "")],
        1,
    );
}

#[test]
fn a_choice_without_a_picture_and_a_missing_picture() {
    case(
        "pictures",
        &[(
            DIBAO,
            r#"[{"id": "local", "icon": "home"}, {"id": "elsewhere", "icon": "map"}]"#,
            r#"[{"id": "local"}, {"id": "elsewhere", "icon": "mapp"}]"#,
        )],
        1,
    );
}

#[test]
fn fluent_the_guide_cannot_show() {
    // Valid Fluent (a term reference), but outside the part of Fluent the widget reads.
    case(
        "ftl-beyond",
        &[(
            DIBAO_FTL,
            "dibao-people = 家里一共几口人?",
            "dibao-people = { -county } 家里一共几口人?",
        )],
        1,
    );
}

#[test]
fn broken_words_file() {
    case(
        "ftl-syntax",
        &[(
            DIBAO_FTL,
            "dibao-people = 家里一共几口人?",
            "dibao-people 家里一共几口人?",
        )],
        1,
    );
}

#[test]
fn one_file_by_path_and_usage() {
    let (code, output) = run(&root(), &["check", "tests/fixtures/services/broken.json"]);
    snapshot("broken-fixture", code, &output);
    let (code, output) = run(&root(), &["frobnicate"]);
    snapshot("usage", code, &output);
    let (code, output) = run(&root(), &["--help"]);
    snapshot("help", code, &output);
    let (code, output) = run(&root(), &["check", "no/such/service.json"]);
    snapshot("missing-file", code, &output);
    let (code, output) = run(&root(), &["schema", "--out"]);
    snapshot("schema-usage", code, &output);
}

#[test]
fn the_committed_schemas_match_the_engine_types() {
    let dir = std::env::temp_dir().join(format!("waymark-schema-{}", std::process::id()));
    let (code, _) = run(&root(), &["schema", "--out", dir.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0);
    for name in ["service.schema.json", "catalog.schema.json", "region.schema.json"] {
        let fresh = std::fs::read_to_string(dir.join(name)).expect("generated");
        let committed = std::fs::read_to_string(root().join("public/schema").join(name)).unwrap_or_default();
        assert!(
            fresh == committed,
            "public/schema/{name} is out of date: run `cargo run -p waymark-cli -- schema`"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_translation_gap_and_an_extra_message_are_warnings_with_coverage() {
    case(
        "translation-coverage",
        &[
            ("locales/en/widget.ftl", "retry = Try again\n", ""),
            (
                "locales/ug/catalog.ftl",
                "life-event-farming = ",
                "life-event-fishing = بېلىق تۇتۇش\nlife-event-farming = ",
            ),
        ],
        0,
    );
}

// Hostile or broken content (issue 15): a diagnostic with a code and a position, never a
// crash, a hang or silence.

#[test]
fn a_condition_nested_too_deeply_is_reported_not_a_stack_overflow() {
    let deep = format!(
        "{}income_per_person <= dibao_standard{} and property == 'no'",
        "(".repeat(1500),
        ")".repeat(1500)
    );
    case(
        "condition-too-deep",
        &[(
            DIBAO,
            "income_per_person <= dibao_standard and property == 'no'",
            &deep,
        )],
        1,
    );
}

#[test]
fn a_file_too_large_is_reported() {
    let padded = format!(r#""id": "dibao",{}"#, " ".repeat(1 << 20));
    case("file-too-large", &[(DIBAO, r#""id": "dibao","#, &padded)], 1);
}

#[test]
fn words_that_fan_out_through_other_messages_are_reported() {
    // dibao-people says x1 ten times, x1 says x2 ten times, …: 10^7 copies of ten characters.
    let mut words = "dibao-people = 家里一共几口人?{ dibao-x1 }\n".to_string();
    for i in 1..7 {
        words.push_str(&format!(
            "dibao-x{i} = {}\n",
            format!("{{ dibao-x{} }}", i + 1).repeat(10)
        ));
    }
    words.push_str("dibao-x7 = 0123456789\n");
    case(
        "ftl-fan-out",
        &[(DIBAO_FTL, "dibao-people = 家里一共几口人?\n", &words)],
        1,
    );
}

#[test]
fn a_number_question_without_a_maximum_is_a_warning() {
    case(
        "number-without-max",
        &[(DIBAO, r#""min": 0, "max": 1000000"#, r#""min": 0"#)],
        0,
    );
}

#[test]
fn words_nested_thousands_deep_are_reported_not_a_stack_overflow() {
    let n = 3000;
    let deep = format!(
        "dibao-people = {}是{}\n",
        "{ $n ->\n *[x] ".repeat(n),
        " }".repeat(n)
    );
    case(
        "ftl-nested-too-deeply",
        &[(DIBAO_FTL, "dibao-people = 家里一共几口人?\n", &deep)],
        1,
    );
}
