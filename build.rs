//! The widget carries its styles and its zh-CN words inside the wasm: this writes compact
//! copies of `src/style.css` and `locales/zh-CN/widget.ftl` (comments and layout whitespace
//! dropped) into OUT_DIR, so readers keep the commented sources and phones download less.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (src, dest, squeeze) in [
        ("src/style.css", "style.css", css as fn(&str) -> String),
        ("locales/zh-CN/widget.ftl", "widget.ftl", ftl),
    ] {
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(src).expect("source file");
        fs::write(Path::new(&out).join(dest), squeeze(&text)).expect("OUT_DIR is writable");
    }
}

/// CSS without comments, and with no whitespace where it means nothing (around braces,
/// semicolons, after colons in declarations and after commas). Spaces inside selectors,
/// values and `calc()` stay.
fn css(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        plain.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    plain.push_str(rest);
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut out = words.join(" ");
    for (from, to) in [
        (" {", "{"),
        ("{ ", "{"),
        (" }", "}"),
        ("} ", "}"),
        ("; ", ";"),
        (" ;", ";"),
        (";}", "}"),
        (", ", ","),
    ] {
        out = out.replace(from, to);
    }
    // "prop: value" inside declaration blocks only (a space before ':' in a selector matters,
    // one after it never does in our sheet).
    out.replace(": ", ":")
}

/// Fluent without comment lines or blank runs (entries stay one per line, patterns intact).
fn ftl(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
