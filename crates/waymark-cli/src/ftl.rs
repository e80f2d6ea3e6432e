//! Reading `.ftl` files for the checks: which messages (and attributes) they define, where.

use waymark_engine::{Diagnostic, Position};

/// One message of an `.ftl` file.
pub struct FtlMessage {
    /// Message id.
    pub id: String,
    /// Its attributes' names.
    pub attributes: Vec<String>,
    /// Where it is defined.
    pub position: Position,
}

/// The messages of an `.ftl` file, or its syntax errors as diagnostics.
pub fn messages(text: &str) -> Result<Vec<FtlMessage>, Vec<Diagnostic>> {
    // The guide refuses a words file this large (waymark_engine::fluent::Bundle::add).
    if text.len() > waymark_engine::MAX_FILE_BYTES {
        return Err(vec![Diagnostic::new(
            "E0004",
            Position { line: 1, col: 1 },
            format!(
                "this file is too large: {} KB, more than the {} KB a content file may have",
                text.len() / 1024,
                waymark_engine::MAX_FILE_BYTES / 1024
            ),
            "check it is the file you meant; words files are a few kilobytes",
        )]);
    }
    // fluent_syntax recurses once per nested placeable, without a limit: thousands of them
    // would overflow the checker's stack. The guide reads far fewer (selections in
    // selections), so deeper nesting is words it cannot show anyway.
    if let Some(offset) = nested_too_deeply(text) {
        return Err(vec![Diagnostic::new(
            "E0403",
            position(text, offset),
            format!("the guide cannot show this: placeables nested more than {MAX_BRACES} deep"),
            "write the words more simply: a selection inside a selection at most",
        )]);
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    Diagnostic::new(
                        "E0400",
                        position(text, e.pos.start),
                        format!("this is not valid Fluent: {e}"),
                        "a message is `id = words`; attributes are indented `.name = words` lines below it",
                    )
                })
                .collect())
        }
    };
    // Valid Fluent, but is it the part of Fluent the widget reads (waymark_engine::fluent)?
    let mut bundle = waymark_engine::fluent::Bundle::new("zh-CN");
    let beyond: Vec<Diagnostic> = bundle
        .add(text)
        .iter()
        .map(|e| {
            let (line, what) = e
                .strip_prefix("line ")
                .and_then(|r| r.split_once(": "))
                .and_then(|(n, w)| Some((n.parse::<usize>().ok()?, w)))
                .unwrap_or((1, e.as_str()));
            let offset: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
            Diagnostic::new(
                "E0403",
                position(text, offset),
                format!("the guide cannot show this: {what}"),
                "Waymark's words use plain text, `{ $name }`, `{ \"text\" }`, `{ other-message }` and `{ $name -> [one] … *[other] … }`; write terms and functions out in words",
            )
        })
        .collect();
    if !beyond.is_empty() {
        return Err(beyond);
    }
    let mut out = Vec::new();
    for entry in resource.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            let at = find_definition(text, &id);
            out.push(FtlMessage {
                attributes: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                position: position(text, at),
                id,
            });
        }
    }
    // Messages that say others, which say others: the guide stops past a limit and shows the
    // id instead, so say so here. (References to other files' messages are not followed.)
    let too_long: Vec<Diagnostic> = out
        .iter()
        .flat_map(|m| {
            let attrs = m.attributes.iter().map(|a| format!("{}.{a}", m.id));
            std::iter::once(m.id.clone())
                .chain(attrs)
                .map(move |k| (k, m.position))
        })
        .filter(|(key, _)| bundle.too_long(key))
        .map(|(key, at)| {
            Diagnostic::new(
                "E0404",
                at,
                format!(
                    "`{key}` grows past {} KB through the messages it says (each saying others)",
                    waymark_engine::fluent::MAX_EXPANSION / 1024
                ),
                "say each message once or twice; the guide shows the message's id instead of words this long",
            )
        })
        .collect();
    if !too_long.is_empty() {
        return Err(too_long);
    }
    Ok(out)
}

/// How deeply `{ … }` may nest before the checker refuses to parse a words file.
const MAX_BRACES: usize = 32;

/// Where braces first nest deeper than [`MAX_BRACES`], if they do. (Braces inside string
/// literals are counted too: only absurd files come near the limit.)
fn nested_too_deeply(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.bytes().enumerate() {
        match c {
            b'{' => {
                depth += 1;
                if depth > MAX_BRACES {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Where `id = …` starts (a line beginning with the id).
fn find_definition(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                return offset;
            }
        }
        offset += line.len();
    }
    0
}

/// The 1-based line:col of a byte offset.
pub fn position(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    Position { line, col }
}
