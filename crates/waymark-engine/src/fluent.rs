//! The part of Fluent (<https://projectfluent.org>) that Waymark's words use, read and
//! formatted by a few hundred lines instead of fluent-bundle's parser, resolver and every
//! locale's plural rules (about 10 KB brotli off the widget, which must load on old phones).
//!
//! Supported: comments; messages with values on one or many lines (continuation lines are
//! joined with line breaks and their common indentation removed); attributes (`.hint = …`);
//! placeables `{ $variable }`, `{ "literal" }` and `{ other-message }` / `{ other.attribute }`
//! (how the home page names life events and services without repeating their words); and `{ $n -> [one] … *[other] … }`
//! selections on a variable, by exact number, by the number's plural category (cardinal
//! rules for the locales the widget ships: en, ug, zh, bo; any other language uses `other`)
//! or by string. Output is the same as fluent-bundle's with its defaults, bidi isolation
//! marks included (a test in `tests/fluent.rs` compares the two over every shipped file).
//! `waymark check` rejects anything outside this part, so editors never ship words the widget
//! cannot show.

use crate::message::Arg;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The longest a message may grow (in bytes) when other messages are said in its place: a
/// message naming ten others that each name ten more would otherwise run to gigabytes. Real
/// messages are a few hundred bytes; one that grows past this shows its id instead.
pub const MAX_EXPANSION: usize = 64 * 1024;

/// Most elements (text, placeables, references) saying one message may visit: the same
/// fan-out with empty words grows nothing but would still take forever.
const MAX_STEPS: usize = 10_000;

/// How deeply selections may nest inside selections (`{ $a -> [x] { $b -> … } }`): the
/// reader and the formatter recurse once per level.
const MAX_NESTING: usize = 16;

/// How many messages deep one may say another.
const MAX_REFERENCES: u8 = 10;

#[derive(Debug, Clone)]
enum El {
    Text(String),
    Var(String),
    Lit(String),
    /// A reference to another message (or `message.attribute`), said in its place.
    Msg(String),
    Select(String, Vec<(Key, Pattern)>, usize),
}

#[derive(Debug, Clone)]
enum Key {
    Number(f64),
    Name(String),
}

type Pattern = Vec<El>;

#[derive(Debug, Clone)]
struct Entry {
    id: String,
    value: Option<Pattern>,
    attributes: Vec<(String, Pattern)>,
}

/// Messages of one language, from one or more sources; a later definition of an id replaces
/// an earlier one (service words may refine the widget's).
#[derive(Debug, Clone, Default)]
pub struct Bundle {
    lang: String,
    /// By id: a words file of many thousands of messages is read in linear time.
    entries: BTreeMap<String, Entry>,
    transform: Option<fn(&str) -> Cow<'_, str>>,
}

impl Bundle {
    /// An empty bundle for `lang` (`zh-CN`, `en`, `ug`, `bo`, …).
    pub fn new(lang: &str) -> Self {
        Bundle {
            lang: lang.to_string(),
            ..Bundle::default()
        }
    }

    /// Pass every text element (never an argument) through `transform` (a pseudo-locale).
    pub fn set_transform(&mut self, transform: Option<fn(&str) -> Cow<'_, str>>) {
        self.transform = transform;
    }

    /// The language.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Read `source` and add its messages. Lines that cannot be read are skipped up to the
    /// next message and reported (`line 3: …`); every message that could be read is kept.
    /// A source larger than [`crate::MAX_FILE_BYTES`] is not read at all.
    pub fn add(&mut self, source: &str) -> Vec<String> {
        if source.len() > crate::MAX_FILE_BYTES {
            return vec![format!(
                "line 1: this file is too large: {} KB, more than the {} KB a words file may have",
                source.len() / 1024,
                crate::MAX_FILE_BYTES / 1024
            )];
        }
        let mut parser = Parser {
            s: source.as_bytes(),
            src: source,
            i: 0,
            errors: Vec::new(),
            line_at: (0, 1),
            nesting: 0,
        };
        for entry in parser.resource() {
            self.entries.insert(entry.id.clone(), entry);
        }
        parser.errors
    }

    /// Whether message `id` has a value, or (`id.attr`) that attribute.
    pub fn has(&self, id: &str) -> bool {
        self.pattern(id, false).is_some()
    }

    /// Message `id` (or `id.attribute`) with `args`; with `simple`, a message's `.simple`
    /// attribute stands for its value where it has one. `None` if there is no such message.
    /// A message that grows past [`MAX_EXPANSION`] (through the messages it says) is shown
    /// as its id in braces, like a missing reference.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], simple: bool) -> Option<String> {
        Some(
            self.say(id, args, simple)?
                .unwrap_or_else(|()| format!("{{{id}}}")),
        )
    }

    /// Whether saying message `id` (or `id.attr`) goes past [`MAX_EXPANSION`] or takes too
    /// many steps: `waymark check` reports such words, which the guide cannot show.
    pub fn too_long(&self, id: &str) -> bool {
        matches!(self.say(id, &[], false), Some(Err(()))) || matches!(self.say(id, &[], true), Some(Err(())))
    }

    fn say(&self, id: &str, args: &[(&str, Arg)], simple: bool) -> Option<Result<String, ()>> {
        let pattern = self.pattern(id, simple)?;
        let mut out = String::new();
        if let [El::Text(t)] = pattern.as_slice() {
            out.push_str(&self.text(t));
            return Some(Ok(out));
        }
        let mut steps = 0;
        Some(self.write(&mut out, pattern, args, 0, &mut steps).map(|()| out))
    }

    fn pattern(&self, id: &str, simple: bool) -> Option<&Pattern> {
        let (id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let entry = self.entries.get(id)?;
        let attribute = |name: &str| entry.attributes.iter().find(|(n, _)| n == name).map(|(_, p)| p);
        match attr {
            Some(a) => attribute(a),
            None => simple
                .then(|| attribute("simple"))
                .flatten()
                .or(entry.value.as_ref()),
        }
    }

    fn text<'t>(&self, text: &'t str) -> Cow<'t, str> {
        match self.transform {
            Some(f) => f(text),
            None => Cow::Borrowed(text),
        }
    }

    /// Say `pattern` into `out`; `Err` once the output or the steps taken pass their limits
    /// (see [`MAX_EXPANSION`]), whatever the messages say.
    fn write(
        &self,
        out: &mut String,
        pattern: &Pattern,
        args: &[(&str, Arg)],
        depth: u8,
        steps: &mut usize,
    ) -> Result<(), ()> {
        let isolate = pattern.len() > 1;
        for el in pattern {
            *steps += 1;
            if *steps > MAX_STEPS || out.len() > MAX_EXPANSION {
                return Err(());
            }
            match el {
                El::Text(t) => out.push_str(&self.text(t)),
                El::Lit(t) => out.push_str(t),
                // (Not isolated, as in fluent-bundle; a missing or looping one shows its name.)
                El::Msg(id) => match self.pattern(id, false).filter(|_| depth < MAX_REFERENCES) {
                    Some(p) => self.write(out, p, args, depth + 1, steps)?,
                    None => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                },
                El::Var(name) => {
                    if isolate {
                        out.push('\u{2068}');
                    }
                    match args.iter().find(|(n, _)| n == name) {
                        Some((_, Arg::Number(n))) if n.is_finite() => out.push_str(&n.to_string()),
                        // Never "inf" or "NaN": a number that is not one is shown as missing.
                        Some((_, Arg::Number(_))) => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                        Some((_, Arg::Text(t))) => out.push_str(t),
                        None => {
                            out.push_str("{$");
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
                El::Select(name, variants, default) => {
                    if isolate {
                        out.push('\u{2068}');
                    }
                    let value = args.iter().find(|(n, _)| n == name).map(|(_, v)| v);
                    let chosen = variants
                        .iter()
                        .position(|(key, _)| match (key, value) {
                            (Key::Number(k), Some(Arg::Number(n))) => k == n,
                            (Key::Name(k), Some(Arg::Number(n))) => k == plural(&self.lang, *n),
                            (Key::Name(k), Some(Arg::Text(t))) => k == t,
                            _ => false,
                        })
                        .unwrap_or(*default);
                    self.write(out, &variants[chosen].1, args, depth, steps)?;
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
        }
        if out.len() > MAX_EXPANSION {
            return Err(());
        }
        Ok(())
    }
}

/// The CLDR cardinal plural category of `n` in `lang` (only the languages Waymark ships have
/// categories besides `other`).
fn plural(lang: &str, n: f64) -> &'static str {
    let language = lang.split(['-', '_']).next().unwrap_or_default();
    match language {
        // one: i = 1 and v = 0 (exactly 1, written without decimals)
        "en" if n == 1.0 => "one",
        // one: n = 1
        "ug" if n == 1.0 => "one",
        _ => "other",
    }
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    errors: Vec<String>,
    /// A byte offset and its line number, so numbering errors is linear, not quadratic.
    line_at: (usize, usize),
    /// How many selections the reader is inside (see [`MAX_NESTING`]).
    nesting: usize,
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic()
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// The line of the current position. Counted in bytes: the position may be inside a
    /// character after a broken escape, and reporting that must not panic.
    fn line(&mut self) -> usize {
        let i = self.i.min(self.s.len());
        let (from, line) = if self.line_at.0 <= i { self.line_at } else { (0, 1) };
        let line = line + self.s[from..i].iter().filter(|&&c| c == b'\n').count();
        self.line_at = (i, line);
        line
    }

    fn fail<T>(&mut self, what: &str) -> Result<T, ()> {
        let line = self.line();
        self.errors.push(format!("line {line}: {what}"));
        Err(())
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            self.i += 1;
            if c == b'\n' {
                break;
            }
        }
    }

    fn blank_inline(&mut self) -> usize {
        let start = self.i;
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
        self.i - start
    }

    /// Spaces, tabs and line breaks.
    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn ident(&mut self) -> Result<String, ()> {
        let start = self.i;
        if !self.peek().is_some_and(is_ident_start) {
            return self.fail("expected a name (letters, digits, - and _)");
        }
        while self.peek().is_some_and(is_ident) {
            self.i += 1;
        }
        Ok(self.src[start..self.i].to_string())
    }

    fn expect(&mut self, c: u8) -> Result<(), ()> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            self.fail(&format!("expected `{}`", c as char))
        }
    }

    fn resource(&mut self) -> Vec<Entry> {
        let mut entries = Vec::new();
        while let Some(c) = self.peek() {
            if c == b'\n' || c == b'\r' || c == b'#' {
                self.skip_line();
            } else if is_ident_start(c) {
                match self.message() {
                    Ok(entry) => entries.push(entry),
                    Err(()) => self.skip_junk(),
                }
            } else {
                let _: Result<(), ()> =
                    self.fail("a message is `id = words`, starting at the line's first column");
                self.skip_junk();
            }
        }
        entries
    }

    /// After an error: on to the next line that starts a message or a comment.
    fn skip_junk(&mut self) {
        self.skip_line();
        while let Some(c) = self.peek() {
            if is_ident_start(c) || c == b'#' {
                break;
            }
            self.skip_line();
        }
    }

    fn message(&mut self) -> Result<Entry, ()> {
        let id = self.ident()?;
        self.blank_inline();
        self.expect(b'=')?;
        let value = self.pattern()?;
        let mut attributes = Vec::new();
        loop {
            // An attribute: an indented line starting with `.`.
            let save = self.i;
            self.skip_blank_lines();
            if self.blank_inline() > 0 && self.peek() == Some(b'.') {
                self.i += 1;
                let name = self.ident()?;
                self.blank_inline();
                self.expect(b'=')?;
                match self.pattern()? {
                    Some(p) => attributes.push((name, p)),
                    None => return self.fail("an attribute needs words after `=`"),
                }
            } else {
                self.i = save;
                break;
            }
        }
        if value.is_none() && attributes.is_empty() {
            return self.fail("a message needs words after `=`");
        }
        Ok(Entry {
            id,
            value,
            attributes,
        })
    }

    fn skip_blank_lines(&mut self) {
        loop {
            let save = self.i;
            self.blank_inline();
            match self.peek() {
                Some(b'\n') => self.i += 1,
                Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => self.i += 2,
                _ => {
                    self.i = save;
                    return;
                }
            }
        }
    }

    /// A pattern from just after `=` (or a variant's `]`): the rest of this line and any
    /// indented lines that continue it.
    fn pattern(&mut self) -> Result<Option<Pattern>, ()> {
        // Lines: (indent, elements); the first line (after `=`) has no indent of its own.
        let mut lines: Vec<(Option<usize>, Vec<El>)> = Vec::new();
        self.blank_inline();
        let first = self.line_elements()?;
        if !first.is_empty() {
            lines.push((None, first));
        }
        loop {
            // Does an indented line continue the pattern?
            let save = self.i;
            if !matches!(self.peek(), Some(b'\n' | b'\r')) {
                break;
            }
            self.skip_line();
            let mut blank_lines = 0;
            loop {
                let at = self.i;
                self.blank_inline();
                if matches!(self.peek(), Some(b'\n' | b'\r')) {
                    self.skip_line();
                    blank_lines += 1;
                } else {
                    self.i = at;
                    break;
                }
            }
            let line_start = self.i;
            let indent = self.blank_inline();
            let continues = indent > 0 && !matches!(self.peek(), None | Some(b'[' | b'*' | b'.' | b'}'));
            if !continues {
                self.i = save;
                break;
            }
            for _ in 0..blank_lines {
                lines.push((Some(usize::MAX), Vec::new()));
            }
            let _ = line_start;
            let els = self.line_elements()?;
            lines.push((Some(indent), els));
        }
        if lines.is_empty() {
            return Ok(None);
        }
        let common = lines
            .iter()
            .filter_map(|(i, _)| *i)
            .filter(|i| *i != usize::MAX)
            .min()
            .unwrap_or(0);
        let mut out: Pattern = Vec::new();
        let push_text = |out: &mut Pattern, t: &str| {
            if t.is_empty() {
                return;
            }
            if let Some(El::Text(last)) = out.last_mut() {
                last.push_str(t);
            } else {
                out.push(El::Text(t.to_string()));
            }
        };
        for (n, (indent, els)) in lines.into_iter().enumerate() {
            if n > 0 {
                push_text(&mut out, "\n");
            }
            if let Some(i) = indent.filter(|i| *i != usize::MAX) {
                push_text(&mut out, &" ".repeat(i - common));
            }
            for el in els {
                match el {
                    El::Text(t) => push_text(&mut out, &t),
                    other => out.push(other),
                }
            }
        }
        // A pattern ends without trailing blanks.
        if let Some(El::Text(last)) = out.last_mut() {
            let trimmed = last.trim_end_matches([' ', '\n', '\r']).len();
            last.truncate(trimmed);
            if last.is_empty() {
                out.pop();
            }
        }
        Ok((!out.is_empty()).then_some(out))
    }

    /// Text and placeables up to the end of the line.
    fn line_elements(&mut self) -> Result<Vec<El>, ()> {
        let mut els = Vec::new();
        let mut start = self.i;
        while let Some(c) = self.peek() {
            match c {
                b'\n' | b'\r' => break,
                b'{' => {
                    if start < self.i {
                        els.push(El::Text(self.src[start..self.i].to_string()));
                    }
                    self.i += 1;
                    els.push(self.placeable()?);
                    start = self.i;
                }
                b'}' => return self.fail("a `}` without its `{`"),
                _ => self.i += 1,
            }
        }
        if start < self.i {
            els.push(El::Text(self.src[start..self.i].to_string()));
        }
        Ok(els)
    }

    /// After `{`: `$name }`, `"text" }` or `$name -> variants }`.
    fn placeable(&mut self) -> Result<El, ()> {
        self.blank();
        match self.peek() {
            Some(b'"') => {
                self.i += 1;
                let text = self.string_literal()?;
                self.blank();
                self.expect(b'}')?;
                Ok(El::Lit(text))
            }
            Some(b'$') => {
                self.i += 1;
                let name = self.ident()?;
                self.blank();
                if self.s[self.i..].starts_with(b"->") {
                    self.i += 2;
                    self.select(name)
                } else {
                    self.expect(b'}')?;
                    Ok(El::Var(name))
                }
            }
            Some(c) if is_ident_start(c) => {
                let mut id = self.ident()?;
                if self.peek() == Some(b'.') {
                    self.i += 1;
                    id.push('.');
                    id.push_str(&self.ident()?);
                }
                self.blank();
                self.expect(b'}')?;
                Ok(El::Msg(id))
            }
            _ => self.fail(
                "Waymark's words use only `{ $name }`, `{ \"text\" }`, `{ message }` and `{ $name -> … }`",
            ),
        }
    }

    fn string_literal(&mut self) -> Result<String, ()> {
        let mut out = String::new();
        loop {
            let Some(c) = self.src[self.i..].chars().next() else {
                return self.fail("a string without its closing `\"`");
            };
            self.i += c.len_utf8();
            match c {
                '"' => return Ok(out),
                '\n' => return self.fail("a string without its closing `\"`"),
                '\\' => {
                    let Some(e) = self.peek() else {
                        return self.fail("an unfinished escape");
                    };
                    if !e.is_ascii() {
                        // (Not past it: the position would be inside a character.)
                        return self.fail("unknown escape");
                    }
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'u' | b'U' => {
                            let len = if e == b'u' { 4 } else { 6 };
                            let hex = self.src.get(self.i..self.i + len).unwrap_or_default();
                            let digits = hex.len() == len && hex.bytes().all(|c| c.is_ascii_hexdigit());
                            match u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                                Some(ch) if digits => out.push(ch),
                                _ => return self.fail("a \\u escape needs 4 (\\U: 6) hex digits"),
                            }
                            self.i += len;
                        }
                        _ => return self.fail("unknown escape"),
                    }
                }
                c => out.push(c),
            }
        }
    }

    /// After `$name ->`: `[key] pattern` lines, one starting `*[`, then `}`.
    fn select(&mut self, name: String) -> Result<El, ()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return self.fail("selections nested too deeply");
        }
        let selection = self.variants(name);
        self.nesting -= 1;
        selection
    }

    fn variants(&mut self, name: String) -> Result<El, ()> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank();
            match self.peek() {
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                Some(b'*') if default.is_none() => {
                    self.i += 1;
                    default = Some(variants.len());
                }
                Some(b'[') => {}
                _ => return self.fail("expected a variant `[key] words` or `}`"),
            }
            self.expect(b'[')?;
            self.blank_inline();
            let key = if self.peek().is_some_and(|c| c.is_ascii_digit() || c == b'-') {
                let start = self.i;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_digit() || c == b'.' || c == b'-')
                {
                    self.i += 1;
                }
                match self.src[start..self.i].parse() {
                    Ok(n) => Key::Number(n),
                    Err(_) => return self.fail("a variant key is a name or a number"),
                }
            } else {
                Key::Name(self.ident()?)
            };
            self.blank_inline();
            self.expect(b']')?;
            let value = self.pattern()?.unwrap_or_default();
            variants.push((key, value));
        }
        match default {
            Some(d) if !variants.is_empty() => Ok(El::Select(name, variants, d)),
            _ => self.fail("a selection needs one default variant, marked `*[…]`"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(lang: &str, src: &str) -> Bundle {
        let mut b = Bundle::new(lang);
        assert_eq!(b.add(src), Vec::<String>::new());
        b
    }

    #[test]
    fn messages_attributes_and_placeables() {
        let b = bundle(
            "en",
            "# comment\n\nhello = Hello, { $name }!\n    .hint = Say { \"hi\" } first\nplain = Just text\n",
        );
        assert_eq!(
            b.format("hello", &[("name", Arg::Text("Ana".into()))], false)
                .expect("the message"),
            "Hello, \u{2068}Ana\u{2069}!"
        );
        assert_eq!(
            b.format("hello.hint", &[], false).expect("the message"),
            "Say hi first"
        );
        assert_eq!(b.format("plain", &[], false).expect("the message"), "Just text");
        assert_eq!(
            b.format("hello", &[], false).expect("the message"),
            "Hello, \u{2068}{$name}\u{2069}!"
        );
        assert!(b.format("nope", &[], false).is_none());
        assert!(b.has("hello.hint") && !b.has("hello.unit"));
    }

    #[test]
    fn a_message_can_say_another() {
        let b = bundle("zh-CN", "event = 生活困难\n    .hint = 可以选几项\nq = { event }\nh = { event.hint }\nboth = { event }:{ $n }\nloop = { loop }\n");
        assert_eq!(b.format("q", &[], false).expect("q"), "生活困难");
        assert_eq!(b.format("h", &[], false).expect("h"), "可以选几项");
        assert_eq!(
            b.format("both", &[("n", Arg::Number(2.0))], false).expect("both"),
            "生活困难:\u{2068}2\u{2069}"
        );
        assert_eq!(b.format("loop", &[], false).expect("loop"), "{loop}");
    }

    #[test]
    fn multiline_values_lose_their_common_indent() {
        let b = bundle("zh-CN", "a =\n    first\n      second\n\n    third\nb = x\n");
        assert_eq!(
            b.format("a", &[], false).expect("the message"),
            "first\n  second\n\nthird"
        );
        let c = bundle("zh-CN", "a = one\n    two\n");
        assert_eq!(c.format("a", &[], false).expect("the message"), "one\ntwo");
    }

    #[test]
    fn selections_by_number_plural_and_default() {
        let src = "n = { $count ->\n        [0] none\n        [one] one item\n       *[other] { $count } items\n    }\n";
        let en = bundle("en", src);
        let f = |b: &Bundle, n: f64| {
            b.format("n", &[("count", Arg::Number(n))], false)
                .expect("the message")
        };
        assert_eq!(f(&en, 0.0), "none");
        assert_eq!(f(&en, 1.0), "one item");
        assert_eq!(f(&en, 2.0), "\u{2068}2\u{2069} items");
        assert_eq!(f(&en, 1.5), "\u{2068}1.5\u{2069} items");
        assert_eq!(f(&bundle("zh-CN", src), 1.0), "\u{2068}1\u{2069} items");
        assert_eq!(
            bundle("en", src).format("n", &[], false).expect("the message"),
            "\u{2068}{$count}\u{2069} items"
        );
    }

    #[test]
    fn simple_words_stand_for_the_value_and_later_sources_win() {
        let mut b = bundle(
            "zh-CN",
            "q = 户籍所在地?\n    .simple = 户口在哪里?\n    .hint = 看户口本\n",
        );
        assert_eq!(b.format("q", &[], true).expect("the message"), "户口在哪里?");
        assert_eq!(b.format("q", &[], false).expect("the message"), "户籍所在地?");
        assert_eq!(b.format("q.hint", &[], true).expect("the message"), "看户口本");
        assert!(b.add("q = 新的\n").is_empty());
        assert_eq!(b.format("q", &[], true).expect("the message"), "新的");
    }

    #[test]
    fn a_broken_line_is_reported_and_the_rest_kept() {
        let mut b = Bundle::new("en");
        let errors = b.add("good = yes\nbad = { -term }\n  more junk\nalso-good = fine\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("line 2:"), "{errors:?}");
        assert_eq!(b.format("good", &[], false).expect("the message"), "yes");
        assert_eq!(b.format("also-good", &[], false).expect("the message"), "fine");
        assert!(!b.has("bad"));
    }
}
