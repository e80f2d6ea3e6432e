//! Translation coverage: every locale beside zh-CN should have the same messages (and
//! attributes) in the same files. A message missing in a locale is a warning (the widget then
//! shows zh-CN's widget words, or the message id for content words, never a blank); one that
//! zh-CN does not have is unused, also a warning. The summary gives each locale's coverage.

use crate::check::{Report, DEFAULT_LOCALE};
use crate::ftl;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use waymark_engine::{Diagnostic, Position};

fn ftl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for p in entries.filter_map(Result::ok).map(|e| e.path()) {
        if p.is_dir() {
            ftl_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "ftl") {
            out.push(p);
        }
    }
}

/// Message ids and `id.attribute`s of a words file, with where each is defined.
fn keys(text: &str) -> Vec<(String, Position)> {
    ftl::messages(text)
        .unwrap_or_default()
        .into_iter()
        .flat_map(|m| {
            // `.simple` (elder mode's plainer wording) is optional in every locale: without it
            // the guide shows the message's value, so it is neither missing nor extra anywhere.
            let attrs: Vec<(String, Position)> = m
                .attributes
                .iter()
                .filter(|a| a.as_str() != "simple")
                .map(|a| (format!("{}.{a}", m.id), m.position))
                .collect();
            std::iter::once((m.id, m.position)).chain(attrs)
        })
        .collect()
}

/// Compare every other locale under `locales/` with zh-CN; adds warnings to `report` and
/// returns one summary line per locale: `en 100% (329 of 329 messages)`.
pub fn check(report: &mut Report) -> Vec<String> {
    let base = PathBuf::from("locales").join(DEFAULT_LOCALE);
    let mut sources = Vec::new();
    ftl_files(&base, &mut sources);
    sources.sort();
    let mut locales: Vec<PathBuf> = std::fs::read_dir("locales")
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir() && *p != base)
                .collect()
        })
        .unwrap_or_default();
    locales.sort();
    let mut summary = Vec::new();
    for locale in locales {
        let lang = locale
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let (mut total, mut present) = (0usize, 0usize);
        for source in &sources {
            let Ok(rel) = source.strip_prefix(&base) else {
                continue;
            };
            let wanted = keys(&std::fs::read_to_string(source).unwrap_or_default());
            total += wanted.len();
            let target = locale.join(rel);
            let Ok(text) = std::fs::read_to_string(&target) else {
                report.add(
                    &target,
                    [Diagnostic::warning(
                        "W0701",
                        Position { line: 1, col: 1 },
                        format!("there is no {lang} words file beside {}", source.display()),
                        format!("translate {} into {}", source.display(), target.display()),
                    )],
                );
                continue;
            };
            let have = keys(&text);
            let have_ids: BTreeSet<&str> = have.iter().map(|(k, _)| k.as_str()).collect();
            let wanted_ids: BTreeSet<&str> = wanted.iter().map(|(k, _)| k.as_str()).collect();
            for (key, at) in &wanted {
                if have_ids.contains(key.as_str()) {
                    present += 1;
                } else {
                    report.add(
                        &target,
                        [Diagnostic::warning(
                            "W0701",
                            Position { line: 1, col: 1 },
                            format!("`{key}` has no {lang} words (zh-CN has it at {}:{}:{})", source.display(), at.line, at.col),
                            "translate it; until then the guide shows the zh-CN widget words or the message id",
                        )],
                    );
                }
            }
            for (key, at) in have.iter().filter(|(k, _)| !wanted_ids.contains(k.as_str())) {
                report.add(
                    &target,
                    [Diagnostic::warning(
                        "W0702",
                        *at,
                        format!("`{key}` is not a zh-CN message, so nothing uses it"),
                        format!("remove it, or name it as in {}", source.display()),
                    )],
                );
            }
        }
        let percent = (present * 100).checked_div(total).unwrap_or(100);
        summary.push(format!("{lang} {percent}% ({present} of {total} messages)"));
    }
    summary
}
