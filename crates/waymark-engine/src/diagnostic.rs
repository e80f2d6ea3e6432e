//! Diagnostics: what is wrong with a content file, where, and how to fix it.

use std::fmt;

/// A 1-based line and column in a content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    /// Line, counting from 1.
    pub line: usize,
    /// Column in characters, counting from 1.
    pub col: usize,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be used as it is: `waymark check` exits 1, the widget refuses it.
    Error,
    /// Worth fixing, but the guide works: unused words or materials.
    Warning,
}

/// One problem found in a content file, in the shape editors see from `waymark check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code such as `E0101`, so editors can look it up.
    pub code: &'static str,
    /// Where in the file the problem starts.
    pub position: Position,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl Diagnostic {
    /// Build a diagnostic.
    pub fn new(
        code: &'static str,
        position: Position,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            position,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// Build a warning.
    pub fn warning(
        code: &'static str,
        position: Position,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::new(code, position, message, hint)
        }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn label(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    /// Render rustc-style: `path:line:col: error[code]: message` then `  help: hint`.
    pub fn render(&self, path: &str) -> String {
        format!(
            "{path}:{}:{}: {}[{}]: {}\n  help: {}",
            self.position.line,
            self.position.col,
            self.label(),
            self.code,
            self.message,
            self.hint
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}[{}]: {}",
            self.position.line,
            self.position.col,
            self.label(),
            self.code,
            self.message
        )
    }
}

use crate::MAX_FILE_BYTES;

/// E0004 when `text` is larger than [`MAX_FILE_BYTES`].
pub(crate) fn check_size(text: &str) -> Result<(), Diagnostic> {
    if text.len() <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(Diagnostic::new(
        "E0004",
        Position { line: 1, col: 1 },
        format!(
            "this file is too large: {} KB, more than the {} KB a content file may have",
            text.len() / 1024,
            MAX_FILE_BYTES / 1024
        ),
        "check it is the file you meant; split a very large service into several",
    ))
}

/// Maps byte offsets of a source text to line:col positions.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LineIndex { text }
    }

    /// Position of a byte offset (clamped to the text).
    pub(crate) fn position(&self, offset: usize) -> Position {
        // Clamp to the text and to a character boundary: offsets inside JSON strings with
        // escapes are approximate, and a diagnostic must never panic.
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Position { line, col }
    }

    /// Where the JSON string literal holding `value` sits, after the key `key` if one is
    /// given, searched from the first occurrence of `anchor` (for example `"id": "income"`).
    /// Returns the byte offset of the string's first character (inside the quotes).
    ///
    /// JSON parsers give positions only for syntax errors; for semantic errors we find the
    /// offending value in the text. Good enough for editors: ids are unique, and expressions
    /// are found after the object that holds them.
    pub(crate) fn find_string(&self, anchor: Option<&str>, value: &str) -> Option<usize> {
        let start = anchor.and_then(|a| self.find_string_literal(0, a)).unwrap_or(0);
        self.find_string_literal(start, value).map(|o| o + 1)
    }

    /// Like [`Self::find_string`], for the next occurrence after byte offset `after`.
    pub(crate) fn find_string_after(&self, after: usize, value: &str) -> Option<usize> {
        self.find_string_literal(after + 1, value).map(|o| o + 1)
    }

    fn find_string_literal(&self, from: usize, value: &str) -> Option<usize> {
        let quoted = serde_json::to_string(value).unwrap_or_default();
        self.text.get(from..)?.find(&quoted).map(|i| i + from)
    }
}
