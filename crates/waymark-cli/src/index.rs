//! `waymark index --dist DIR`: words and recordings gathered at build time from the service
//! files (no hand-kept list; the home page's index of services is `waymark compile`'s):
//! - `DIR/locales/<lang>/titles.ftl`: every service's title, copied from its own words, so the
//!   home page fetches one small file instead of every service's words;
//! - `DIR/audio/index.json`: the recordings that read a message aloud instead of the device's
//!   voice, `{"ug": {"dibao-hukou": "dibao-hukou.ogg"}}`, from `DIR/audio/<lang>/<message-id>.<ext>`;
//! - the languages, in `DIR/waymark.js` (its `const LOCALES = …; // waymark index` line): every
//!   folder under `locales/` whose `widget.ftl` names its language (`language-name`, and
//!   `language-direction = rtl` for right to left), zh-CN first. So a language is added with
//!   files alone: the widget takes the list from `waymark.js` when it is mounted.

use crate::check::json_files;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use waymark_engine::{Catalog, Flow};

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(p: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))
}

/// The ids of every service, from `public/`. `Err` names the file that is broken
/// (`waymark check` says what is wrong with it).
pub fn build() -> Result<Vec<String>, String> {
    let catalog_path = Path::new("public/catalog.json");
    let catalog = Catalog::from_json(&read(catalog_path)?)
        .map_err(|_| format!("{}: broken; run `waymark check`", catalog_path.display()))?;
    let mut services = Vec::new();
    for path in json_files(Path::new("public/services")) {
        let flow = Flow::from_json(&read(&path)?, &catalog)
            .map_err(|_| format!("{}: broken; run `waymark check`", path.display()))?;
        services.push(flow.id);
    }
    Ok(services)
}

/// The lines of message `id` in a Fluent file: its first line and the indented lines that
/// continue its value (attributes are left out).
pub fn message_value(ftl: &str, id: &str) -> Option<String> {
    let mut lines = ftl.lines().skip_while(|l| {
        l.strip_prefix(id)
            .is_none_or(|rest| !rest.trim_start().starts_with('='))
    });
    let mut out = vec![lines.next()?];
    out.extend(lines.take_while(|l| l.starts_with(' ') && !l.trim_start().starts_with('.')));
    Some(out.join("\n") + "\n")
}

/// Every service's title in one locale; a service the locale has no words for yet has its
/// zh-CN title (as the guide shows its other words in zh-CN, `src/content.rs`).
pub fn titles(locale_dir: &Path, ids: &[String]) -> String {
    let mut out = String::from(
        "## Made by `waymark index` from services/*.ftl: every service's title, for the home page.\n\n",
    );
    let default = locale_dir.with_file_name("zh-CN");
    for id in ids {
        let file = format!("services/{id}.ftl");
        let Ok(ftl) = std::fs::read_to_string(locale_dir.join(&file))
            .or_else(|_| std::fs::read_to_string(default.join(&file)))
        else {
            continue;
        };
        if let Some(message) = message_value(&ftl, &waymark_engine::message::title(id)) {
            out.push_str(&message);
        }
    }
    out
}

/// The recordings under `audio_dir` (`<lang>/<message-id>.<ext>`) as JSON: for each language,
/// each message id with its file, in order. Hidden files and files without an extension are
/// not recordings.
pub fn recordings(audio_dir: &Path) -> String {
    let sorted = |dir: &Path| {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        paths
    };
    let mut langs = serde_json::Map::new();
    for lang_dir in sorted(audio_dir).into_iter().filter(|p| p.is_dir()) {
        let mut files = serde_json::Map::new();
        for file in sorted(&lang_dir) {
            let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            match name.rsplit_once('.') {
                Some((id, _)) if !id.is_empty() && !name.starts_with('.') => {
                    files.insert(id.to_string(), name.into());
                }
                _ => {}
            }
        }
        let lang = lang_dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !files.is_empty() {
            langs.insert(lang.to_string(), files.into());
        }
    }
    serde_json::Value::Object(langs).to_string()
}

/// One language: its tag, its name in its own script, whether it is written right to left.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub tag: String,
    pub name: String,
    pub rtl: bool,
}

/// The language of a locale folder, from its `widget.ftl`; `None` if it does not name one.
pub fn language(locale_dir: &Path) -> Option<Language> {
    let tag = locale_dir.file_name()?.to_str()?.to_string();
    let text = std::fs::read_to_string(locale_dir.join("widget.ftl")).ok()?;
    let mut words = waymark_engine::bundle::Bundle::new(&tag);
    words.add(&text);
    let name = words.format("language-name", &[], false)?.trim().to_string();
    let rtl = words.format("language-direction", &[], false).as_deref().map(str::trim) == Some("rtl");
    (!name.is_empty()).then_some(Language { tag, name, rtl })
}

/// `waymark_js` with its `const LOCALES = …; // waymark index` line listing `languages`;
/// `None` if it has no such line (it was minified).
pub fn with_languages(waymark_js: &str, languages: &[Language]) -> Option<String> {
    const MARK: &str = "// waymark index";
    let line = waymark_js
        .lines()
        .find(|l| l.trim_start().starts_with("const LOCALES = ") && l.trim_end().ends_with(MARK))?;
    let list: Vec<serde_json::Value> = languages
        .iter()
        .map(|l| {
            let mut entry = vec![l.tag.clone(), l.name.clone()];
            if l.rtl {
                entry.push("rtl".into());
            }
            serde_json::json!(entry)
        })
        .collect();
    let new = format!("const LOCALES = {}; {MARK}", serde_json::Value::Array(list));
    Some(waymark_js.replacen(line, &new, 1))
}

pub fn run(dist: &Path) -> ExitCode {
    let written = build().and_then(|ids| {
        let mut locales: Vec<PathBuf> = std::fs::read_dir("locales")
            .map_err(|e| format!("locales: {e}"))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        locales.sort();
        let mut languages = Vec::new();
        for locale in &locales {
            let name = locale.file_name().unwrap_or_default();
            write(
                &dist.join("locales").join(name).join("titles.ftl"),
                &titles(locale, &ids),
            )?;
            match language(locale) {
                Some(l) => languages.push(l),
                None => eprintln!(
                    "warning: {} is not offered: its widget.ftl has no `language-name`",
                    locale.display()
                ),
            }
        }
        // zh-CN first (the compiled-in words, the default), the rest by tag.
        languages.sort_by_key(|l| l.tag != "zh-CN");
        // (A copy of a finished build has a minified waymark.js, its list already written:
        // scripts/build.sh runs this before minifying.)
        let script = dist.join("waymark.js");
        if let Some(listed) = std::fs::read_to_string(&script)
            .ok()
            .and_then(|text| with_languages(&text, &languages))
        {
            write(&script, &listed)?;
        }
        write(
            &dist.join("audio/index.json"),
            &(recordings(&dist.join("audio")) + "\n"),
        )
    });
    match written {
        Ok(()) => {
            println!(
                "wrote {}/locales/*/titles.ftl, audio/index.json and the languages in waymark.js",
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of this test run's own, under the system's temporary folder.
    fn scratch(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("waymark-{name}-{}", std::process::id()))
    }

    #[test]
    fn recordings_are_listed_by_language_and_message() {
        let dir = scratch("audio");
        for f in [
            "ug/dibao-hukou.ogg",
            "ug/dibao-hukou.hint.ogg",
            "ug/.hidden",
            "zh-CN/README",
            "bo/x.mp3",
        ] {
            write(&dir.join(f), "").expect("a temporary file");
        }
        std::fs::create_dir_all(dir.join("en")).expect("a temporary folder");
        assert_eq!(
            recordings(&dir),
            r#"{"bo":{"x":"x.mp3"},"ug":{"dibao-hukou":"dibao-hukou.ogg","dibao-hukou.hint":"dibao-hukou.hint.ogg"}}"#
        );
        assert_eq!(recordings(&dir.join("missing")), "{}");
        std::fs::remove_dir_all(dir).expect("the temporary folder goes");
    }

    #[test]
    fn a_title_is_copied_without_its_attributes() {
        let ftl = "## x\n\ndibao-title = 农村低保\n    .intro = 回答几个问题。\n\ndibao-titles = no\n";
        assert_eq!(
            message_value(ftl, "dibao-title").as_deref(),
            Some("dibao-title = 农村低保\n")
        );
        let multi = "a-title =\n    first line\n    second line\n    .intro = x\nb = y\n";
        assert_eq!(
            message_value(multi, "a-title").as_deref(),
            Some("a-title =\n    first line\n    second line\n")
        );
        assert_eq!(message_value(ftl, "missing-title"), None);
    }

    #[test]
    fn languages_come_from_the_words_and_are_written_into_waymark_js() {
        let dir = scratch("langs");
        write(&dir.join("kk/widget.ftl"), "language-name = Қазақша\nlanguage-direction = ltr\n").expect("a file");
        write(&dir.join("ug/widget.ftl"), "language-name = ئۇيغۇرچە\nlanguage-direction = rtl\n").expect("a file");
        write(&dir.join("xx/widget.ftl"), "other = words\n").expect("a file");
        let kk = language(&dir.join("kk")).expect("kk names itself");
        assert_eq!((kk.tag.as_str(), kk.name.as_str(), kk.rtl), ("kk", "Қазақша", false));
        assert!(language(&dir.join("ug")).expect("ug").rtl);
        assert_eq!(language(&dir.join("xx")), None, "no language-name: not offered");
        assert_eq!(language(&dir.join("missing")), None);
        let js = "import x from './y.js';\nconst LOCALES = [['zh-CN', '中文']]; // waymark index\nconst TAGS = 1;\n";
        let written = with_languages(js, &[kk]).expect("the marked line");
        assert_eq!(
            written,
            "import x from './y.js';\nconst LOCALES = [[\"kk\",\"Қазақша\"]]; // waymark index\nconst TAGS = 1;\n"
        );
        assert_eq!(with_languages("const a=[1];", &[]), None, "minified: left as it is");
        std::fs::remove_dir_all(dir).expect("the temporary folder goes");
    }

    #[test]
    fn a_title_the_locale_has_no_words_for_is_the_zh_cn_one() {
        let dir = scratch("titles");
        write(&dir.join("zh-CN/services/a.ftl"), "a-title = 甲\n").expect("a file");
        write(&dir.join("zh-CN/services/b.ftl"), "b-title = 乙\n").expect("a file");
        write(&dir.join("kk/services/a.ftl"), "a-title = А\n").expect("a file");
        let ids = ["a".to_string(), "b".to_string()];
        let kk = titles(&dir.join("kk"), &ids);
        assert!(kk.contains("a-title = А\n") && kk.contains("b-title = 乙\n"), "{kk}");
        std::fs::remove_dir_all(dir).expect("the temporary folder goes");
    }
}
