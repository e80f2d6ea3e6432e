//! `waymark` as editors run it. Every user-visible message is compared with an insta snapshot
//! in `tests/snapshots/` (after an intended change of wording: `cargo insta review`, or
//! `INSTA_UPDATE=always cargo test -p waymark-cli` and read the diff).
//!
//! The snapshot cases run on a content tree of their own, `tests/fixtures/content/` (two
//! services, a small catalog, one region, zh-CN, en and ug words), copied into a scratch
//! folder with one mistake put in: their output depends only on the fixture, never on how much
//! content the project has. The project's real content is checked by properties (clean, every
//! locale covered), not by frozen output.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
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

/// A scratch copy of the fixture content, with `edits` applied: (file, from, to).
fn project(case: &str, edits: &[(&str, &str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waymark-cli-{case}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&fixtures().join("content"), &dir);
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
        // Plain output whatever the terminal asks for, as in a pipe.
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// Compares `exit <code>` and the output with the snapshot `tests/snapshots/cli__<case>.snap`.
fn snapshot(case: &str, args: &[&str], code: i32, output: &str) {
    insta::with_settings!({
        description => format!("waymark {}", args.join(" ")),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(case, format!("exit {code}\n{output}"));
    });
}

/// `waymark check` over the fixture with `edits`: the exit code and every message.
fn case(name: &str, edits: &[(&str, &str, &str)], expect_code: i32) {
    let dir = project(name, edits);
    let (code, output) = run(&dir, &["check"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(code, expect_code, "{name}:\n{output}");
    snapshot(name, &["check"], code, &output);
}

const DIBAO: &str = "public/services/dibao.json";
const DIBAO_FTL: &str = "locales/zh-CN/services/dibao.ftl";

#[test]
fn the_fixture_content_is_clean() {
    case("clean", &[], 0);
}

/// The project's own content: no errors, no warnings, and every locale beside zh-CN in the
/// coverage line, complete. Properties only, so new services and words never break it.
#[test]
fn the_project_content_is_clean_and_every_locale_is_covered() {
    let (code, output) = run(&root(), &["check"]);
    assert_eq!(code, 0, "{output}");
    let mut lines = output.lines();
    let summary = lines.next().unwrap_or_default();
    assert!(
        summary.starts_with("checked ") && summary.ends_with(": 0 error(s), 0 warning(s)"),
        "{output}"
    );
    let coverage = lines
        .next()
        .and_then(|l| l.strip_prefix("translations: "))
        .unwrap_or_else(|| panic!("no translations line:\n{output}"));
    assert_eq!(lines.next(), None, "{output}");
    let mut locales: Vec<String> = std::fs::read_dir(root().join("locales"))
        .expect("locales/")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|l| l != "zh-CN")
        .collect();
    locales.sort();
    assert!(!locales.is_empty());
    let reported: Vec<&str> = coverage.split(", ").collect();
    assert_eq!(reported.len(), locales.len(), "{coverage}");
    for (line, lang) in reported.iter().zip(&locales) {
        // `en 100% (376 of 376 messages)`
        let rest = line
            .strip_prefix(&format!("{lang} 100% ("))
            .and_then(|r| r.strip_suffix(" messages)"))
            .unwrap_or_else(|| panic!("{lang} is not reported complete: {coverage}"));
        let (present, total) = rest.split_once(" of ").expect("`n of m`");
        assert_eq!(present, total, "{coverage}");
        assert!(total.parse::<usize>().expect("a count") > 0, "{coverage}");
    }
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
                r#"{"id": "bank-card", "icon": "bank-card"}"#,
                r#"{"id": "bank-card", "icon": "bank-card"}, {"id": "passport"}"#,
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
    // Valid Fluent (a function), but the widget's bundle has no functions.
    case(
        "ftl-beyond",
        &[(
            DIBAO_FTL,
            "dibao-people = 家里一共几口人?",
            "dibao-people = 家里一共 { NUMBER($n) } 口人?",
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
fn one_file_by_path() {
    let dir = project("one-file", &[]);
    let broken = dir.join("tests/fixtures/services/broken.json");
    std::fs::create_dir_all(broken.parent().expect("a folder")).expect("mkdir");
    std::fs::copy(fixtures().join("broken.json"), &broken).expect("copy");
    for (name, args) in [
        ("broken-fixture", ["check", "tests/fixtures/services/broken.json"]),
        ("missing-file", ["check", "no/such/service.json"]),
    ] {
        let (code, output) = run(&dir, &args);
        snapshot(name, &args, code, &output);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_and_usage_errors() {
    let dir = std::env::temp_dir();
    for (name, args, expect_code) in [
        ("usage", &["frobnicate"][..], 2),
        ("help", &["--help"][..], 0),
        ("check-help", &["check", "--help"][..], 0),
        ("schema-usage", &["schema", "--out"][..], 2),
    ] {
        let (code, output) = run(&dir, args);
        assert_eq!(code, expect_code, "{name}:\n{output}");
        snapshot(name, args, code, &output);
    }
    // The build steps need their folder; no arguments at all is a usage error too.
    for args in [&["index"][..], &["precache"], &["compile"], &["index", "--dist"], &[]] {
        let (code, output) = run(&dir, args);
        assert_eq!(code, 2, "waymark {}:\n{output}", args.join(" "));
        assert!(
            output.contains("error:") || output.contains("Usage: waymark"),
            "{output}"
        );
    }
}

#[test]
fn every_shell_gets_a_completion_script() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (code, output) = run(&root(), &["completions", shell]);
        assert_eq!(code, 0, "{shell}: {output}");
        for word in [
            "check",
            "schema",
            "compile",
            "index",
            "precache",
            "completions",
            "dist",
            "out",
        ] {
            assert!(output.contains(word), "{shell} completion lacks {word}");
        }
    }
    let (code, _) = run(&root(), &["completions", "tcsh"]);
    assert_eq!(code, 2);
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
                "life-event-old-age = ",
                "life-event-fishing = بېلىق تۇتۇش\nlife-event-old-age = ",
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

#[test]
fn compile_writes_what_the_widget_reads_and_refuses_broken_content() {
    use waymark_engine::{compiled, Session, Step};
    let dir = project("compile", &[]);
    let dist = dir.join("dist");
    let (code, output) = run(&dir, &["compile", "--dist", "dist"]);
    assert_eq!(code, 0, "{output}");
    let read = |rel: &str| std::fs::read(dist.join("compiled").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    // Every service and region of the fixture, and the home page with its index.
    let mut flow = compiled::service(&read("services/dibao.bin"), "dibao").expect("dibao reads");
    let region = compiled::region(&read("regions/demo-county.bin")).expect("region reads");
    compiled::service(&read("services/gaoling-jintie.bin"), "gaoling-jintie").expect("reads");
    let home = compiled::home(&read("home.bin")).expect("home reads");
    assert!(home.index.iter().flatten().any(|id| id == "dibao"), "{:?}", home.index);
    // The compiled flow works: its conditions were compiled, and the region binds.
    flow.bind_region(&region).expect("the region has dibao's values");
    let mut session = Session::new(&flow);
    assert!(matches!(session.step(&flow), Step::Question(_)));
    session.answer(&flow, "elsewhere").expect("an option of the first question");
    session.next(&flow).expect("next");
    assert!(!matches!(session.step(&flow), Step::Question(q) if q.id() == "hukou"));
    // A file with an error stops the build, naming it (everything is compiled before anything
    // is written, so a build never holds half a compilation).
    std::fs::write(dir.join("public/services/dibao.json"), "{").expect("break it");
    let (code, output) = run(&dir, &["compile", "--dist", "dist"]);
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("public/services/dibao.json: has errors; run `waymark check`"), "{output}");
    let _ = std::fs::remove_dir_all(&dir);
}
