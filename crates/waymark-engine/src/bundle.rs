//! Words of one language: Fluent (<https://projectfluent.org>) messages, read and formatted by
//! `fluent-bundle` (its parser, resolver, bidi isolation and CLDR plural rules for every
//! locale), with the limits a widget on a phone needs around it:
//!
//! - a words file larger than [`crate::MAX_FILE_BYTES`], or with braces nested more than
//!   [`MAX_BRACES`] deep, is not read at all (the parser recurses once per level);
//! - a line that would make the parser panic (fluent-rs issue 389: an escape with a non-ASCII
//!   letter in it, in a string literal) is left out, with an error, before parsing;
//! - a message that, through the messages it says, grows past [`MAX_EXPANSION`] bytes or past
//!   fluent-bundle's 100 placeables is shown as its id in braces (`{id}`), never cut off
//!   half-way and never megabytes long: the text is written into a writer that stops at the
//!   limit. With the `compile` feature, `Bundle::too_long` finds such messages from the words
//!   alone (the worst case over every selection), and `waymark check` reports them to editors;
//! - a number that is not finite is never said as `inf` or `NaN`, but as the missing `{$n}`.
//!
//! Nothing here reads or formats Fluent itself.

use crate::message::Arg;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::borrow::Cow;
#[cfg(feature = "compile")]
use std::collections::BTreeMap;
use std::sync::Arc;

/// The longest a message may grow (in bytes) when other messages are said in its place: a
/// message naming ten others that each name ten more would otherwise run to megabytes.
pub const MAX_EXPANSION: usize = 64 * 1024;

/// How deeply `{ … }` may nest in a words file (braces in string literals count too: only
/// absurd files come near it). fluent-syntax recurses once per level, without a limit.
pub const MAX_BRACES: usize = 32;

/// fluent-bundle stops saying a message after this many placeables (its own limit).
#[cfg(feature = "compile")]
const MAX_PLACEABLES: usize = 100;

/// At most this many bytes are counted for an argument (`{ $n }`): the guide's arguments are
/// numbers, option ids and names.
#[cfg(feature = "compile")]
const ARG_BYTES: usize = 256;

/// Messages of one language, from one or more sources; a later definition of an id replaces
/// an earlier one (service words may refine the widget's). `Send` and `Sync`, so a widget can
/// share it between reactive closures.
pub struct Bundle {
    lang: String,
    inner: FluentBundle<Arc<FluentResource>>,
    /// The same resources, for `Bundle::too_long`'s walk over every message and term.
    #[cfg(feature = "compile")]
    resources: Vec<Arc<FluentResource>>,
}

impl Bundle {
    /// An empty bundle for `lang` (`zh-CN`, `en`, `ug`, `bo`, `kk`, …): plural categories come
    /// from CLDR's rules for it (a tag that cannot be read has only `other`).
    pub fn new(lang: &str) -> Self {
        Bundle {
            lang: lang.to_string(),
            inner: FluentBundle::new_concurrent(vec![lang.parse().unwrap_or_default()]),
            #[cfg(feature = "compile")]
            resources: Vec::new(),
        }
    }

    /// Pass every text element (never an argument) through `transform` (a pseudo-locale).
    pub fn set_transform(&mut self, transform: Option<fn(&str) -> Cow<'_, str>>) {
        self.inner.set_transform(transform);
    }

    /// The language.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Read `source` and add its messages. What cannot be read is reported (`line 3: …`) and
    /// every message that could be read is kept. A source over [`crate::MAX_FILE_BYTES`] or
    /// nested past [`MAX_BRACES`] is not read at all.
    pub fn add(&mut self, source: &str) -> Vec<String> {
        if source.len() > crate::MAX_FILE_BYTES {
            return vec![format!(
                "line 1: this file is too large: {} KB, more than the {} KB a words file may have",
                source.len() / 1024,
                crate::MAX_FILE_BYTES / 1024
            )];
        }
        if let Some(at) = nested_too_deeply(source) {
            return vec![format!(
                "line {}: placeables nested more than {MAX_BRACES} deep",
                line_of(source, at)
            )];
        }
        // Lines fluent-syntax would panic on are blanked (blank lines are allowed anywhere in
        // Fluent, so the rest reads on), each with an error.
        let unsafe_lines = unsafe_escape_lines(source);
        let mut errors: Vec<String> = unsafe_lines
            .iter()
            .map(|n| format!("line {n}: an escape with a letter that is not ASCII in it; escapes are \\\\, \\\" and \\uXXXX"))
            .collect();
        let source: String = source
            .split_inclusive('\n')
            .enumerate()
            .map(|(n, line)| {
                if !unsafe_lines.contains(&(n + 1)) {
                    line
                } else if line.ends_with('\n') {
                    "\n"
                } else {
                    ""
                }
            })
            .collect();
        let resource = match FluentResource::try_new(source) {
            Ok(r) => r,
            Err((r, parse_errors)) => {
                for e in parse_errors {
                    errors.push(format!("line {}: not valid Fluent", line_of(r.source(), e.pos.start)));
                }
                r
            }
        };
        let resource = Arc::new(resource);
        #[cfg(feature = "compile")]
        self.resources.push(Arc::clone(&resource));
        self.inner.add_resource_overriding(resource);
        errors
    }

    /// Whether message `id` has a value, or (`id.attr`) that attribute.
    pub fn has(&self, id: &str) -> bool {
        self.pattern(id, false).is_some()
    }

    /// Message `id` (or `id.attribute`) with `args`; with `simple`, a message's `.simple`
    /// attribute stands for its value where it has one. `None` if there is no such message.
    /// A message that grows past [`MAX_EXPANSION`] bytes or fluent-bundle's 100 placeables
    /// is shown as `{id}`.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], simple: bool) -> Option<String> {
        let pattern = self.pattern(id, simple)?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Number(n) if n.is_finite() => fluent_args.set(*name, FluentValue::from(*n)),
                // Left out: Fluent shows it as missing (`{$n}`), never as "inf" or "NaN".
                Arg::Number(_) => {}
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.as_str())),
            }
        }
        let mut out = Capped(String::new());
        let mut errors = Vec::new();
        let written = self
            .inner
            .write_pattern(&mut out, pattern, Some(&fluent_args), &mut errors);
        let cut_short = errors
            .iter()
            .any(|e| matches!(e, FluentError::ResolverError(ResolverError::TooManyPlaceables)));
        if written.is_err() || cut_short {
            return Some(format!("{{{id}}}"));
        }
        Some(out.0)
    }

    /// Whether saying message `id` (or `id.attr`, or its `.simple` wording) could go past
    /// [`MAX_EXPANSION`] bytes or fluent-bundle's 100 placeables, through the messages it
    /// says, with any arguments: the guide shows such a message as its id, and `waymark check`
    /// reports it.
    #[cfg(feature = "compile")]
    pub fn too_long(&self, id: &str) -> bool {
        !self.too_long_of([id]).is_empty()
    }

    /// Those of `ids` that are [`Bundle::too_long`], found in one walk over the words (each
    /// message said in another is measured once, however many say it).
    #[cfg(feature = "compile")]
    pub fn too_long_of<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Vec<&'i str> {
        let mut lengths = Lengths::new(&self.resources);
        ids.into_iter()
            .filter(|id| match id.split_once('.') {
                Some(_) => lengths.too_long(id),
                None => lengths.too_long(id) || lengths.too_long(&format!("{id}.simple")),
            })
            .collect()
    }

    /// The pattern `id` names.
    fn pattern(&self, id: &str, simple: bool) -> Option<&ast::Pattern<&str>> {
        let (name, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = self.inner.get_message(name)?;
        let attribute = |a: &str| message.get_attribute(a).map(|at| at.value());
        match attr {
            Some(a) => attribute(a),
            None => simple.then(|| attribute("simple")).flatten().or(message.value()),
        }
    }
}

/// A `String` that refuses to grow past [`MAX_EXPANSION`]: fluent-bundle stops writing at the
/// first refusal.
struct Capped(String);

impl std::fmt::Write for Capped {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.0.len() + s.len() > MAX_EXPANSION {
            return Err(std::fmt::Error);
        }
        self.0.push_str(s);
        Ok(())
    }
}

/// The line (from 1) of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Where braces first nest deeper than [`MAX_BRACES`], if they do.
pub fn nested_too_deeply(text: &str) -> Option<usize> {
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

/// The lines (from 1) with an escape that has a non-ASCII character in it (`\é`, `\u12é4`):
/// fluent-syntax 0.12 panics on those in a string literal (fluent-rs issue 389).
pub fn unsafe_escape_lines(text: &str) -> Vec<usize> {
    let unsafe_escape = |line: &str| {
        let bytes = line.as_bytes();
        // `\é`, or `\u12é4` / `\U01F6é…`: the escape's letters cut a character in two.
        bytes.iter().enumerate().any(|(i, &b)| {
            let after = |n: usize| bytes.iter().skip(i + 1).take(n).any(|&c| c >= 0x80);
            b == b'\\'
                && match bytes.get(i + 1) {
                    Some(b'u') => after(5),
                    Some(b'U') => after(7),
                    _ => after(1),
                }
        })
    };
    text.split('\n')
        .enumerate()
        .filter(|(_, line)| unsafe_escape(line))
        .map(|(n, _)| n + 1)
        .collect()
}

/// The most bytes and placeables each message, attribute and term can say, found by walking
/// the words (later definitions win, as in the bundle).
#[cfg(feature = "compile")]
struct Lengths<'r> {
    messages: BTreeMap<&'r str, &'r ast::Message<&'r str>>,
    terms: BTreeMap<&'r str, &'r ast::Term<&'r str>>,
    /// Worst (bytes, placeables) by key; `None` while being walked (a cycle, which
    /// fluent-bundle cuts short: counted as nothing).
    known: BTreeMap<String, Option<(usize, usize)>>,
}

#[cfg(feature = "compile")]
impl<'r> Lengths<'r> {
    fn new(resources: &'r [Arc<FluentResource>]) -> Self {
        let mut messages = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for entry in resources.iter().flat_map(|r| r.entries()) {
            match entry {
                ast::Entry::Message(m) => {
                    messages.insert(m.id.name, m);
                }
                ast::Entry::Term(t) => {
                    terms.insert(t.id.name, t);
                }
                _ => {}
            }
        }
        Lengths {
            messages,
            terms,
            known: BTreeMap::new(),
        }
    }

    /// Whether the message or attribute `key` (`id`, `id.attr`) can grow over a limit.
    fn too_long(&mut self, key: &str) -> bool {
        let (name, attr) = key.split_once('.').map_or((key, None), |(m, a)| (m, Some(a)));
        let Some(message) = self.messages.get(name).copied() else {
            return false;
        };
        let pattern = match attr {
            Some(a) => message.attributes.iter().find(|at| at.id.name == a).map(|at| &at.value),
            None => message.value.as_ref(),
        };
        pattern.is_some_and(|p| {
            let (bytes, placeables) = self.pattern(p);
            bytes > MAX_EXPANSION || placeables > MAX_PLACEABLES
        })
    }

    fn pattern(&mut self, pattern: &'r ast::Pattern<&'r str>) -> (usize, usize) {
        let mut total = (0usize, 0usize);
        for element in &pattern.elements {
            let (bytes, placeables) = match element {
                ast::PatternElement::TextElement { value } => (value.len(), 0),
                // Two isolation marks of three bytes each.
                ast::PatternElement::Placeable { expression } => {
                    let (b, p) = self.expression(expression);
                    (b.saturating_add(6), p.saturating_add(1))
                }
            };
            total = (total.0.saturating_add(bytes), total.1.saturating_add(placeables));
        }
        total
    }

    fn expression(&mut self, expression: &'r ast::Expression<&'r str>) -> (usize, usize) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { variants, .. } => variants
                .iter()
                .map(|v| self.pattern(&v.value))
                .fold((0, 0), |a, b| (a.0.max(b.0), a.1.max(b.1))),
        }
    }

    fn inline(&mut self, inline: &'r ast::InlineExpression<&'r str>) -> (usize, usize) {
        match inline {
            ast::InlineExpression::StringLiteral { value } | ast::InlineExpression::NumberLiteral { value } => {
                (value.len(), 0)
            }
            ast::InlineExpression::VariableReference { .. } => (ARG_BYTES, 0),
            ast::InlineExpression::Placeable { expression } => {
                let (b, p) = self.expression(expression);
                (b.saturating_add(6), p.saturating_add(1))
            }
            // Not in the widget's bundle: shown as `{NAME()}`.
            ast::InlineExpression::FunctionReference { id, .. } => (id.name.len() + 4, 0),
            ast::InlineExpression::MessageReference { id, attribute } => {
                let key = match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_string(),
                };
                let message = self.messages.get(id.name).copied();
                let pattern = message.and_then(|m| match attribute {
                    Some(a) => m.attributes.iter().find(|at| at.id.name == a.name).map(|at| &at.value),
                    None => m.value.as_ref(),
                });
                self.reference(key, pattern)
            }
            ast::InlineExpression::TermReference { id, attribute, .. } => {
                let key = match attribute {
                    Some(a) => format!("-{}.{}", id.name, a.name),
                    None => format!("-{}", id.name),
                };
                let term = self.terms.get(id.name).copied();
                let pattern = term.and_then(|t| match attribute {
                    Some(a) => t.attributes.iter().find(|at| at.id.name == a.name).map(|at| &at.value),
                    None => Some(&t.value),
                });
                self.reference(key, pattern)
            }
        }
    }

    /// A message or term said in place (a missing one is shown as its name in braces).
    fn reference(&mut self, key: String, pattern: Option<&'r ast::Pattern<&'r str>>) -> (usize, usize) {
        let Some(pattern) = pattern else {
            return (key.len() + 2, 0);
        };
        match self.known.get(&key) {
            Some(Some(known)) => return *known,
            Some(None) => return (key.len() + 2, 0),
            None => {}
        }
        self.known.insert(key.clone(), None);
        let worst = self.pattern(pattern);
        self.known.insert(key, Some(worst));
        worst
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(lang: &str, source: &str) -> Bundle {
        let mut b = Bundle::new(lang);
        assert_eq!(b.add(source), Vec::<String>::new());
        b
    }

    #[test]
    fn simple_words_stand_for_the_value_and_later_sources_win() {
        let mut b = bundle("zh-CN", "q = 户籍所在地?\n    .simple = 户口在哪里?\n    .hint = 看户口本\n");
        assert_eq!(b.format("q", &[], false).as_deref(), Some("户籍所在地?"));
        assert_eq!(b.format("q", &[], true).as_deref(), Some("户口在哪里?"));
        assert_eq!(b.format("q.hint", &[], true).as_deref(), Some("看户口本"));
        assert!(b.add("q = 住在哪里?\n").is_empty());
        assert_eq!(b.format("q", &[], true).as_deref(), Some("住在哪里?"));
        assert!(b.format("q.hint", &[], false).is_none());
        assert!(!b.has("nothing") && b.has("q"));
    }

    #[test]
    fn plural_categories_come_from_cldr_for_any_locale() {
        let source = "n = { $n ->\n    [one] one\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let say = |lang: &str, n: f64| bundle(lang, source).format("n", &[("n", Arg::Number(n))], false);
        // Russian has one/few/many; English only one; Chinese only other.
        assert_eq!(say("ru", 1.0).as_deref(), Some("one"));
        assert_eq!(say("ru", 3.0).as_deref(), Some("few"));
        assert_eq!(say("ru", 5.0).as_deref(), Some("many"));
        assert_eq!(say("en", 1.0).as_deref(), Some("one"));
        assert_eq!(say("zh-CN", 1.0).as_deref(), Some("other"));
    }

    #[test]
    fn placeables_are_isolated_and_references_are_not() {
        let b = bundle("ug", "name = X\nm = { name } { $n } كىشى\n");
        assert_eq!(
            b.format("m", &[("n", Arg::Number(3.0))], false).as_deref(),
            Some("X \u{2068}3\u{2069} كىشى")
        );
    }
}
