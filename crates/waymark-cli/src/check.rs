//! `waymark check`: every rule content must follow, over every file it touches.

use crate::ftl;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use waymark_engine::message::ATTRIBUTES;
use waymark_engine::words::{self, WordUse};
use waymark_engine::{explore, Catalog, Diagnostic, Flow, Region};

/// The locale every word must exist in.
pub(crate) const DEFAULT_LOCALE: &str = "zh-CN";

/// Diagnostics found so far, by file.
#[derive(Default)]
pub(crate) struct Report {
    items: Vec<(String, Diagnostic)>,
}

impl Report {
    pub(crate) fn add(&mut self, path: &Path, diags: impl IntoIterator<Item = Diagnostic>) {
        let p = path.display().to_string();
        self.items.extend(diags.into_iter().map(|d| (p.clone(), d)));
    }
}

fn read(path: &Path, report: &mut Report) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(t) => Some(t),
        Err(e) => {
            report.add(
                path,
                [Diagnostic::new(
                    "E0003",
                    waymark_engine::Position { line: 1, col: 1 },
                    format!("cannot read this file: {e}"),
                    "check the path; run waymark from the project root",
                )],
            );
            None
        }
    }
}

pub(crate) fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn locale_file(rel: &str) -> PathBuf {
    PathBuf::from(format!("locales/{DEFAULT_LOCALE}/{rel}"))
}

/// Compare the words content uses with the messages an `.ftl` file defines: missing
/// required words are errors (at the content), unused words warnings (at the `.ftl`).
fn check_words(uses: &[WordUse], content_path: &Path, ftl_path: &Path, report: &mut Report) {
    let Some(text) = (if ftl_path.exists() {
        read(ftl_path, report)
    } else {
        None
    }) else {
        if uses.iter().any(|u| u.required) {
            let first = uses
                .iter()
                .find(|u| u.required)
                .map(|u| u.position)
                .unwrap_or_default();
            report.add(
                content_path,
                [Diagnostic::new(
                    "E0401",
                    first,
                    format!("there is no words file {}", ftl_path.display()),
                    format!(
                        "create it with a message for each of: {}",
                        uses.iter()
                            .filter(|u| u.required)
                            .map(|u| u.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )],
            );
        }
        return;
    };
    let messages = match ftl::messages(&text) {
        Ok(m) => m,
        Err(diags) => {
            report.add(ftl_path, diags);
            return;
        }
    };
    let defined: BTreeSet<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    for u in uses
        .iter()
        .filter(|u| u.required && !defined.contains(u.id.as_str()))
    {
        report.add(
            content_path,
            [Diagnostic::new(
                "E0401",
                u.position,
                format!("`{}` has no words in {DEFAULT_LOCALE}", u.id),
                format!("add `{} = …` to {}", u.id, ftl_path.display()),
            )],
        );
    }
    let used: BTreeSet<&str> = uses.iter().map(|u| u.id.as_str()).collect();
    for m in &messages {
        if !used.contains(m.id.as_str()) {
            report.add(
                ftl_path,
                [Diagnostic::warning(
                    "W0402",
                    m.position,
                    format!("the message `{}` is not used by any content", m.id),
                    "remove it, or check the id for a typo (ids follow <service>-<question>-<option>)",
                )],
            );
        }
        for a in m.attributes.iter().filter(|a| !ATTRIBUTES.contains(&a.as_str())) {
            report.add(
                ftl_path,
                [Diagnostic::warning(
                    "W0402",
                    m.position,
                    format!("the attribute `.{a}` of `{}` is not used", m.id),
                    format!(
                        "attributes the widget shows: {}",
                        ATTRIBUTES.map(|a| format!(".{a}")).join(", ")
                    ),
                )],
            );
        }
    }
}

/// Days since 1970-01-01 today (UTC), for exploring ages.
fn today() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (secs / 86_400) as i64
}

pub fn run(args: &[PathBuf]) -> ExitCode {
    let mut report = Report::default();
    let all = args.is_empty();
    let services: Vec<PathBuf> = if all {
        json_files(Path::new("public/services"))
    } else {
        args.to_vec()
    };

    // The catalog: everything else refers to it.
    let catalog_path = PathBuf::from("public/catalog.json");
    let Some(catalog_text) = read(&catalog_path, &mut report) else {
        return finish(report, services.len(), &[]);
    };
    let catalog = match Catalog::from_json(&catalog_text) {
        Ok(c) => c,
        Err(d) => {
            report.add(&catalog_path, d);
            return finish(report, services.len(), &[]);
        }
    };
    check_words(
        &words::catalog_words(&catalog, &catalog_text),
        &catalog_path,
        &locale_file("catalog.ftl"),
        &mut report,
    );

    // Regions.
    let mut regions = Vec::new();
    for path in json_files(Path::new("public/regions")) {
        let Some(text) = read(&path, &mut report) else {
            continue;
        };
        match Region::from_json(&text, &catalog) {
            Ok(r) => {
                check_words(
                    &words::region_words(&r, &text),
                    &path,
                    &locale_file(&format!("regions/{}.ftl", r.id)),
                    &mut report,
                );
                regions.push((path, r));
            }
            Err(d) => report.add(&path, d),
        }
    }

    // Services.
    let mut materials_used = BTreeSet::new();
    let mut all_compiled = true;
    for path in &services {
        let Some(text) = read(path, &mut report) else {
            continue;
        };
        let flow = match Flow::from_json(&text, &catalog) {
            Ok(f) => f,
            Err(d) => {
                report.add(path, d);
                all_compiled = false;
                continue;
            }
        };
        for o in &flow.outcomes {
            materials_used.extend(o.materials.iter().map(|(m, _)| m.clone()));
        }
        let mut bound = None;
        for (region_path, region) in &regions {
            let mut f = flow.clone();
            match f.bind_region(region) {
                Ok(()) => bound = bound.or(Some(f)),
                Err(missing) => {
                    let at = ftl::position(&text, text.find("\"params\"").unwrap_or(0));
                    report.add(
                        path,
                        [Diagnostic::new(
                            "E0601",
                            at,
                            format!(
                                "the region `{}` has no value for {}",
                                region.id,
                                missing.join(", ")
                            ),
                            format!("add them under \"params\" in {}", region_path.display()),
                        )],
                    );
                }
            }
        }
        report.add(
            path,
            explore::check(bound.as_ref().unwrap_or(&flow), &text, today()),
        );
        check_words(
            &words::service_words(&flow, &text),
            path,
            &locale_file(&format!("services/{}.ftl", flow.id)),
            &mut report,
        );
        check_pictures(&flow, &text, path, &mut report);
        check_number_limits(&flow, &text, path, &mut report);
    }

    // Catalog entries no service uses (only knowable when every service compiled).
    if all && all_compiled {
        for m in catalog.materials.iter().filter(|m| !materials_used.contains(*m)) {
            let at = ftl::position(&catalog_text, catalog_text.find(&format!("\"{m}\"")).unwrap_or(0));
            report.add(
                &catalog_path,
                [Diagnostic::warning(
                    "W0501",
                    at,
                    format!("no service asks for the material `{m}`"),
                    "remove it from the catalog, or add it to the outcomes that need it",
                )],
            );
        }
    }
    // Translations: every other locale against zh-CN.
    let coverage = if all {
        crate::coverage::check(&mut report)
    } else {
        Vec::new()
    };
    finish(report, services.len(), &coverage)
}

fn finish(mut report: Report, services: usize, coverage: &[String]) -> ExitCode {
    report
        .items
        .sort_by(|(pa, a), (pb, b)| (pa, a.position).cmp(&(pb, b.position)));
    let errors = report.items.iter().filter(|(_, d)| d.is_error()).count();
    let warnings = report.items.len() - errors;
    for (path, d) in &report.items {
        eprintln!("{}", d.render(path));
    }
    let mut summary = format!("checked {services} service file(s): {errors} error(s), {warnings} warning(s)");
    if !coverage.is_empty() {
        summary.push_str(&format!("\ntranslations: {}", coverage.join(", ")));
    }
    if errors == 0 {
        println!("{summary}");
        ExitCode::SUCCESS
    } else {
        eprintln!("{summary}");
        ExitCode::from(1)
    }
}

/// Every choice has a picture (people who read little choose by it), and every picture named
/// exists in `public/icons/`.
fn check_pictures(flow: &Flow, text: &str, path: &Path, report: &mut Report) {
    let icons = Path::new("public/icons");
    for q in &flow.questions {
        let qid = q.def.id();
        let q_at = text.find(&format!("\"id\": \"{qid}\"")).unwrap_or(0);
        for o in q.def.options() {
            let at = text[q_at..]
                .find(&format!("\"id\": \"{}\"", o.id))
                .map_or(q_at, |i| q_at + i);
            let problem = match &o.icon {
                None => Diagnostic::warning(
                    "W0801",
                    ftl::position(text, at),
                    format!("the choice `{}` of `{qid}` has no picture", o.id),
                    "add \"icon\": \"<name>\" for a picture public/icons/<name>.svg: people who read little choose by it",
                ),
                Some(icon) if icons.is_dir() && !icons.join(format!("{icon}.svg")).is_file() => Diagnostic::new(
                    "E0802",
                    ftl::position(text, text[at..].find(&format!("\"{icon}\"")).map_or(at, |i| at + i)),
                    format!("there is no picture public/icons/{icon}.svg"),
                    "draw it (a simple line drawing, no words in it), or name a picture that is in public/icons/",
                ),
                Some(_) => continue,
            };
            report.add(path, [problem]);
        }
    }
}

/// Every number question has a maximum: without one a person can type any amount (the guide
/// then stops only at its own limit, `waymark_engine::session::MAX_NUMBER`), and a result
/// built from it can show absurd sums.
fn check_number_limits(flow: &Flow, text: &str, path: &Path, report: &mut Report) {
    use waymark_engine::model::Question;
    for q in &flow.questions {
        if let Question::Number { id, max: None, .. } = &q.def {
            let at = text.find(&format!("\"id\": \"{id}\"")).unwrap_or(0);
            report.add(
                path,
                [Diagnostic::warning(
                    "W0106",
                    ftl::position(text, at),
                    format!("the number question `{id}` has no maximum"),
                    "add \"max\": the largest answer that makes sense (an income, an area, a count of people), so a typing slip is caught",
                )],
            );
        }
    }
}
