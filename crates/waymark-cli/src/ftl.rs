//! Reading `.ftl` files for the checks: which messages (and attributes) they define, where.

use waymark_engine::bundle;
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
    // The guide refuses a words file this large (waymark_engine::bundle::Bundle::add).
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
    // would overflow the checker's stack. The guide refuses such a file too
    // (waymark_engine::bundle), so deeper nesting is words it cannot show anyway.
    if let Some(offset) = bundle::nested_too_deeply(text) {
        return Err(vec![Diagnostic::new(
            "E0403",
            position(text, offset),
            format!(
                "the guide cannot show this: placeables nested more than {} deep",
                bundle::MAX_BRACES
            ),
            "write the words more simply: a selection inside a selection at most",
        )]);
    }
    // fluent_syntax 0.12 panics on an escape with a non-ASCII letter in it in a string literal
    // (fluent-rs issue 389); the guide leaves such lines out, and editors hear of them here.
    let escapes = bundle::unsafe_escape_lines(text);
    if !escapes.is_empty() {
        return Err(escapes
            .iter()
            .map(|&line| {
                let offset: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
                let at = offset + text[offset..].find('\\').unwrap_or(0);
                Diagnostic::new(
                    "E0400",
                    position(text, at),
                    "this is not valid Fluent: an escape with a letter that is not ASCII in it",
                    "escapes in `{ \"…\" }` are \\\\, \\\" and \\uXXXX; write the letter itself",
                )
            })
            .collect());
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
    // Valid Fluent, but the widget's bundle has no functions (`NUMBER()`, …): they would show
    // as `{NUMBER()}`.
    let functions: Vec<Diagnostic> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .filter_map(|id| {
            let name = first_function(&resource, id)?;
            Some(Diagnostic::new(
                "E0403",
                position(text, find_definition(text, id)),
                format!("the guide cannot show this: `{id}` calls the function `{name}()`, and the guide has none"),
                "write the words out: a number is `{ $name }`, a choice by number is `{ $name -> [one] … *[other] … }`",
            ))
        })
        .collect();
    if !functions.is_empty() {
        return Err(functions);
    }
    let mut bundle = bundle::Bundle::new("zh-CN");
    bundle.add(text);
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
    let keys: Vec<(String, Position)> = out
        .iter()
        .flat_map(|m| {
            let attrs = m.attributes.iter().map(|a| format!("{}.{a}", m.id));
            std::iter::once(m.id.clone())
                .chain(attrs)
                .map(move |k| (k, m.position))
        })
        .collect();
    let long: std::collections::BTreeSet<&str> = bundle
        .too_long_of(keys.iter().map(|(k, _)| k.as_str()))
        .into_iter()
        .collect();
    let too_long: Vec<Diagnostic> = keys
        .iter()
        .filter(|(key, _)| long.contains(&key.as_str()))
        .map(|(key, at)| {
            Diagnostic::new(
                "E0404",
                *at,
                format!(
                    "`{key}` grows past {} KB or 100 placeables through the messages it says (each saying others)",
                    waymark_engine::bundle::MAX_EXPANSION / 1024
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

/// The first function message `id` calls, in its value or attributes.
fn first_function<'s>(resource: &fluent_syntax::ast::Resource<&'s str>, id: &str) -> Option<&'s str> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn in_inline<'s>(e: &InlineExpression<&'s str>) -> Option<&'s str> {
        match e {
            InlineExpression::FunctionReference { id, .. } => Some(id.name),
            InlineExpression::Placeable { expression } => in_expression(expression),
            _ => None,
        }
    }
    fn in_expression<'s>(e: &Expression<&'s str>) -> Option<&'s str> {
        match e {
            Expression::Inline(i) => in_inline(i),
            Expression::Select { selector, variants } => {
                in_inline(selector).or_else(|| variants.iter().find_map(|v| in_pattern(&v.value)))
            }
        }
    }
    fn in_pattern<'s>(p: &Pattern<&'s str>) -> Option<&'s str> {
        p.elements.iter().find_map(|el| match el {
            PatternElement::Placeable { expression } => in_expression(expression),
            PatternElement::TextElement { .. } => None,
        })
    }
    resource.body.iter().find_map(|entry| match entry {
        Entry::Message(m) if m.id.name == id => m
            .value
            .as_ref()
            .and_then(in_pattern)
            .or_else(|| m.attributes.iter().find_map(|a| in_pattern(&a.value))),
        _ => None,
    })
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
