//! The engine's Fluent reader says exactly what fluent-bundle says, for every message and
//! attribute of every shipped words file, in every locale, with numbers and text as arguments
//! (the widget formats its words with the engine's reader; fluent-bundle is the reference).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::path::{Path, PathBuf};
use waymark_engine::fluent::Bundle;
use waymark_engine::Arg;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Message ids and `id.attribute`s defined in a words file.
fn keys(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let ident = |s: &str| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        };
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            current = ident(line);
            out.push(current.clone());
        } else if let Some(attr) = line.trim_start().strip_prefix('.') {
            if line.starts_with(' ') && !current.is_empty() {
                out.push(format!("{current}.{}", ident(attr)));
            }
        }
    }
    out
}

/// Every `$name` in the words.
fn variables(texts: &[String]) -> Vec<String> {
    let mut out: Vec<String> = texts
        .iter()
        .flat_map(|t| {
            t.split('$').skip(1).map(|s| {
                s.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect::<String>()
            })
        })
        .filter(|s| !s.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

fn reference_bundle(lang: &str, texts: &[String]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![lang.parse().expect("a language tag")]);
    for t in texts {
        let resource = FluentResource::try_new(t.clone()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn reference(bundle: &FluentBundle<FluentResource>, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (msg, attr) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    let message = bundle.get_message(msg)?;
    let pattern = match attr {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

#[test]
fn every_shipped_message_reads_as_fluent_bundle_reads_it() {
    let mut compared = 0;
    for locale in ["zh-CN", "en", "ug", "bo"] {
        let dir = root().join("locales").join(locale);
        let read = |p: &Path| std::fs::read_to_string(p).expect("a words file");
        let base = [read(&dir.join("widget.ftl")), read(&dir.join("catalog.ftl"))];
        for region in files(&dir.join("regions")) {
            for service in files(&dir.join("services")) {
                let texts: Vec<String> = base
                    .iter()
                    .cloned()
                    .chain([read(&region), read(&service)])
                    .collect();
                let mut ours = Bundle::new(locale);
                for t in &texts {
                    assert_eq!(
                        ours.add(t),
                        Vec::<String>::new(),
                        "{locale} {}",
                        service.display()
                    );
                }
                let vars = variables(&texts);
                let fluent = reference_bundle(locale, &texts);
                let mut ids: Vec<String> = texts.iter().flat_map(|t| keys(t)).collect();
                ids.sort();
                ids.dedup();
                let mut arg_sets: Vec<(FluentArgs, Vec<(&str, Arg)>)> = vec![(FluentArgs::new(), Vec::new())];
                for n in [0.0, 1.0, 2.0, 3.5, 1500.0] {
                    let mut f = FluentArgs::new();
                    let mut o = Vec::new();
                    for v in &vars {
                        f.set(v.clone(), FluentValue::from(n));
                        o.push((v.as_str(), Arg::Number(n)));
                    }
                    arg_sets.push((f, o));
                }
                let mut f = FluentArgs::new();
                let mut o = Vec::new();
                for v in &vars {
                    f.set(v.clone(), FluentValue::from("文字 text"));
                    o.push((v.as_str(), Arg::Text("文字 text".into())));
                }
                arg_sets.push((f, o));
                for id in &ids {
                    for (f, o) in &arg_sets {
                        let want = reference(&fluent, id, Some(f));
                        let got = ours.format(id, o, false);
                        assert_eq!(got, want, "{locale} {} {id} with {o:?}", service.display());
                        compared += 1;
                    }
                }
            }
        }
    }
    assert!(compared > 10_000, "compared only {compared}");
}

#[test]
fn message_references_read_as_fluent_bundle_reads_them() {
    // The shape of the home page's words (src/content.rs): names borrowed from other messages.
    let texts = vec![
        "life-event-hardship = 生活困难\nhome-services = { $event }:您要办哪几件事?\n    .hint = 可以选几项。\ndibao-title = 农村低保\n".to_string(),
        "home-event-hardship = { life-event-hardship }\nhome-q = { \"生活困难:您要办哪几件事?\" }\n    .hint = { home-services.hint }\nhome-q-dibao = { dibao-title }\nboth = 先 { dibao-title } 再 { $n }\nmissing = { nowhere } 和 { nowhere.hint }\n".to_string(),
    ];
    let fluent = reference_bundle("zh-CN", &texts);
    let mut ours = Bundle::new("zh-CN");
    for t in &texts {
        assert_eq!(ours.add(t), Vec::<String>::new());
    }
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(2.0));
    for id in [
        "home-event-hardship",
        "home-q",
        "home-q.hint",
        "home-q-dibao",
        "both",
        "missing",
    ] {
        assert_eq!(
            ours.format(id, &[("n", Arg::Number(2.0))], false),
            reference(&fluent, id, Some(&args)),
            "{id}"
        );
    }
}
