//! The condition language: small, typed, parsed once when content loads. Never `eval`.
//!
//! ```text
//! expr   := or
//! or     := and ("or" and)*
//! and    := not ("and" not)*
//! not    := "not" not | cmp
//! cmp    := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "in" "[" list "]")?
//! sum    := term (("+" | "-") term)*
//! term   := unary (("*" | "/") unary)*
//! unary  := "-" unary | atom
//! atom   := number | 'text' | "true" | "false" | name | function "(" expr ")" | "(" expr ")"
//! ```
//!
//! Functions: `answered(question)`, `years_since(date)`, `days_since(date)`,
//! `id_age(id_number)`, `count(multiple_choice)`. Built-in names: `this_year`.
//! `'option' in multiple_choice` tests whether an option was picked.
//!
//! Values may be *unknown* (a question not answered yet, or skipped). Logic is three-valued:
//! `unknown and false` is false, `unknown or true` is true, anything else touching unknown is
//! unknown. A question is asked, and an outcome chosen, only when its condition is true.

/// A byte range inside the expression text.
pub type Span = (usize, usize);

/// How deeply a condition may nest: brackets, `not`s, `-`s, function calls, and operators
/// joined one after another (`a and b and c` is a tree two deep). Parsing, checking and
/// evaluating recurse once per level, so this bounds the stack they use whatever the text
/// (a wasm module has a small stack); real conditions nest a few levels.
pub const MAX_DEPTH: usize = 64;

#[cfg(feature = "compile")]
/// The type of a value in an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    /// A number.
    Number,
    /// True or false.
    Bool,
    /// A choice answer; the option ids it can take.
    Choice(Vec<String>),
    /// A multiple-choice answer; the option ids it can hold.
    Multi(Vec<String>),
    /// A calendar date.
    Date,
    /// A resident identity card number.
    IdNumber,
    /// Text: a literal or a text answer.
    Text,
}

#[cfg(feature = "compile")]
impl Type {
    fn describe(&self) -> String {
        match self {
            Type::Number => "a number".into(),
            Type::Bool => "true/false".into(),
            Type::Choice(opts) => format!("a choice (one of {})", quote_list(opts)),
            Type::Multi(opts) => format!("a multiple choice (of {})", quote_list(opts)),
            Type::Date => "a date".into(),
            Type::IdNumber => "an ID number".into(),
            Type::Text => "text".into(),
        }
    }
}

#[cfg(feature = "compile")]
fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|o| format!("'{o}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value while evaluating.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number.
    Number(f64),
    /// True or false.
    Bool(bool),
    /// Text: a choice's option id, an ID number, or a literal.
    Text(String),
    /// The options picked in a multiple choice.
    List(Vec<String>),
    /// A date, as days since 1970-01-01.
    Date(i64),
    /// Not known yet: the question was not answered.
    Unknown,
}

/// Built-in functions.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Func {
    /// `years_since(date)`: full years from the date to today.
    YearsSince,
    /// `days_since(date)`: days from the date to today.
    DaysSince,
    /// `id_age(id_number)`: the holder's age in full years.
    IdAge,
    /// `count(multiple_choice)`: how many options were picked.
    Count,
}

#[cfg(feature = "compile")]
impl Func {
    fn from_name(name: &str) -> Option<Func> {
        Some(match name {
            "years_since" => Func::YearsSince,
            "days_since" => Func::DaysSince,
            "id_age" => Func::IdAge,
            "count" => Func::Count,
            _ => return None,
        })
    }
}

/// What evaluation needs besides the expression: named values, and today's date.
pub struct Ctx<'a> {
    /// Values by name; missing names are unknown.
    pub lookup: &'a dyn Fn(&str) -> Value,
    /// Today, as days since 1970-01-01, when known.
    pub today: Option<i64>,
}

#[cfg(feature = "compile")]
/// A parse or type error, at a span of the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct ExprError {
    /// Where in the expression.
    pub span: Span,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
    /// Whether the condition nests deeper than [`MAX_DEPTH`] (diagnostic E0204, not E0201).
    pub too_deep: bool,
}

#[cfg(feature = "compile")]
fn err<T>(span: Span, message: impl Into<String>, hint: impl Into<String>) -> Result<T, ExprError> {
    Err(ExprError {
        span,
        message: message.into(),
        hint: hint.into(),
        too_deep: false,
    })
}

#[cfg(feature = "compile")]
fn too_deep<T>(span: Span) -> Result<T, ExprError> {
    err(
        span,
        format!("this condition is nested too deeply (more than {MAX_DEPTH} levels)"),
        "write it more simply, or give parts of it a name under `computed`",
    )
    .map_err(|e| ExprError { too_deep: true, ..e })
}

#[cfg(feature = "compile")]
/// The depth of an expression's tree. Its parts were built within [`MAX_DEPTH`], so this
/// recursion is bounded too.
fn depth(e: &Expr) -> usize {
    1 + match e {
        Expr::Number(_) | Expr::Text(..) | Expr::Bool(_) | Expr::Name(..) | Expr::Answered(_) => 0,
        Expr::Call(_, i, _) | Expr::Not(i) | Expr::Neg(i) | Expr::In(i, _) | Expr::Picked(_, _, i) => {
            depth(i)
        }
        Expr::Binary(_, l, r, _) => depth(l).max(depth(r)),
    }
}

std::thread_local! {
    /// How deep the condition being read from a compiled file is, so far.
    static READING_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Read a part of a condition from a compiled file, refusing one nested deeper than
/// [`MAX_DEPTH`]: a file made by hand could nest a million levels in a megabyte, and reading
/// (then evaluating) it would exhaust the stack.
fn nested<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Box<Expr>, D::Error> {
    let depth = READING_DEPTH.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let part = if depth > MAX_DEPTH {
        Err(serde::de::Error::custom("a condition nested too deeply"))
    } else {
        <Expr as serde::Deserialize>::deserialize(d).map(Box::new)
    };
    READING_DEPTH.with(|c| c.set(c.get() - 1));
    part
}

/// Binary operators.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `and`
    And,
    /// `or`
    Or,
}

/// A parsed expression. Compiled files leave out the spans (where in the condition's text
/// each part was): only diagnostics need them, and they are made before anything is written.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A number literal.
    Number(f64),
    /// A text literal.
    Text(String, #[serde(skip)] Span),
    /// `true` / `false`.
    Bool(bool),
    /// A question, constant or computed value.
    Name(String, #[serde(skip)] Span),
    /// `answered(name)`.
    Answered(String),
    /// A function call: `years_since(birthday)`.
    Call(Func, #[serde(deserialize_with = "nested")] Box<Expr>, #[serde(skip)] Span),
    /// `not e`.
    Not(#[serde(deserialize_with = "nested")] Box<Expr>),
    /// `-e`.
    Neg(#[serde(deserialize_with = "nested")] Box<Expr>),
    /// `a op b`.
    Binary(
        BinOp,
        #[serde(deserialize_with = "nested")] Box<Expr>,
        #[serde(deserialize_with = "nested")] Box<Expr>,
        #[serde(skip)] Span),
    /// `a in ['x', 'y']`.
    In(#[serde(deserialize_with = "nested")] Box<Expr>, Vec<(String, Span)>),
    /// `'x' in multiple_choice`.
    Picked(String, #[serde(skip)] Span, #[serde(deserialize_with = "nested")] Box<Expr>),
}

#[cfg(feature = "compile")]
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Ident(String),
    Op(&'static str),
}

#[cfg(feature = "compile")]
fn lex(src: &str) -> Result<Vec<(Tok, Span)>, ExprError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let text = &src[start..i];
            // (A literal too long for a float parses as infinity: not a number either.)
            match text.parse::<f64>() {
                Ok(n) if n.is_finite() => out.push((Tok::Num(n), (start, i))),
                _ => {
                    return err(
                        (start, i),
                        format!("`{text}` is not a number"),
                        "write numbers like 700 or 2.5",
                    )
                }
            }
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push((Tok::Ident(src[start..i].to_string()), (start, i)));
            continue;
        }
        if c == b'\'' {
            i += 1;
            let text_start = i;
            while i < bytes.len() && bytes[i] != b'\'' {
                i += 1;
            }
            if i >= bytes.len() {
                return err(
                    (start, i),
                    "this text has no closing quote",
                    "end the text with ' (a single quote)",
                );
            }
            out.push((Tok::Str(src[text_start..i].to_string()), (start, i + 1)));
            i += 1;
            continue;
        }
        let two = src.get(i..i + 2).unwrap_or("");
        let op: &'static str = match two {
            "==" => "==",
            "!=" => "!=",
            "<=" => "<=",
            ">=" => ">=",
            _ => match c {
                b'<' => "<",
                b'>' => ">",
                b'+' => "+",
                b'-' => "-",
                b'*' => "*",
                b'/' => "/",
                b'(' => "(",
                b')' => ")",
                b'[' => "[",
                b']' => "]",
                b',' => ",",
                b'=' => {
                    return err(
                        (i, i + 1),
                        "a single `=` is not a comparison",
                        "write `==` to compare",
                    )
                }
                _ => {
                    let ch = src[i..].chars().next().unwrap_or('?');
                    return err((i, i + ch.len_utf8()), format!("unexpected character `{ch}`"), "conditions use names, numbers, 'text', and/or/not, == != < <= > >=, + - * /, in [...]");
                }
            },
        };
        i += op.len();
        out.push((Tok::Op(op), (start, i)));
    }
    Ok(out)
}

#[cfg(feature = "compile")]
struct Parser {
    toks: Vec<(Tok, Span)>,
    pos: usize,
    end: usize,
    /// How many brackets, calls, `not`s and `-`s the parser is inside (see [`MAX_DEPTH`]).
    nesting: usize,
}

#[cfg(feature = "compile")]
impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }
    fn span(&self) -> Span {
        self.toks.get(self.pos).map_or((self.end, self.end), |(_, s)| *s)
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }
    fn is_word(&self, w: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(i)) if i == w)
    }
    /// Go one level deeper into the text (a bracket, call, `not` or `-`).
    fn enter(&mut self, span: Span) -> Result<(), ExprError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return too_deep(span);
        }
        Ok(())
    }

    /// A node of the tree, refused when it makes the tree deeper than [`MAX_DEPTH`]: a long
    /// chain `a and b and c …` nests as deeply as brackets do.
    fn node(&self, e: Expr, span: Span) -> Result<Expr, ExprError> {
        if depth(&e) > MAX_DEPTH {
            return too_deep(span);
        }
        Ok(e)
    }

    fn expect_op(&mut self, op: &str) -> Result<Span, ExprError> {
        if self.is_op(op) {
            let s = self.span();
            self.pos += 1;
            Ok(s)
        } else {
            err(
                self.span(),
                format!("expected `{op}` here"),
                format!("add `{op}`"),
            )
        }
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.and()?;
        while self.is_word("or") {
            let s = self.span();
            self.pos += 1;
            let right = self.and()?;
            left = self.node(Expr::Binary(BinOp::Or, Box::new(left), Box::new(right), s), s)?;
        }
        Ok(left)
    }
    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.not()?;
        while self.is_word("and") {
            let s = self.span();
            self.pos += 1;
            let right = self.not()?;
            left = self.node(Expr::Binary(BinOp::And, Box::new(left), Box::new(right), s), s)?;
        }
        Ok(left)
    }
    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.is_word("not") {
            let s = self.span();
            self.enter(s)?;
            self.pos += 1;
            let inner = self.not()?;
            self.nesting -= 1;
            return self.node(Expr::Not(Box::new(inner)), s);
        }
        self.cmp()
    }
    fn cmp(&mut self) -> Result<Expr, ExprError> {
        let left = self.sum()?;
        let op = match self.peek() {
            Some(Tok::Op("==")) => BinOp::Eq,
            Some(Tok::Op("!=")) => BinOp::Ne,
            Some(Tok::Op("<")) => BinOp::Lt,
            Some(Tok::Op("<=")) => BinOp::Le,
            Some(Tok::Op(">")) => BinOp::Gt,
            Some(Tok::Op(">=")) => BinOp::Ge,
            Some(Tok::Ident(w)) if w == "in" => {
                self.pos += 1;
                if !self.is_op("[") {
                    // `'option' in multiple_choice`
                    let Expr::Text(option, span) = left else {
                        return err(
                            self.span(),
                            "expected `[` after `in`",
                            "write `question in ['a', 'b']`, or `'a' in multiple_choice_question`",
                        );
                    };
                    let right = self.sum()?;
                    return self.node(Expr::Picked(option, span, Box::new(right)), span);
                }
                self.expect_op("[")?;
                let mut items = Vec::new();
                while !self.is_op("]") {
                    match self.toks.get(self.pos).cloned() {
                        Some((Tok::Str(s), span)) => {
                            items.push((s, span));
                            self.pos += 1;
                        }
                        _ => {
                            return err(
                                self.span(),
                                "expected an option in quotes",
                                "write options like ['a', 'b']",
                            )
                        }
                    }
                    if !self.is_op("]") {
                        self.expect_op(",")?;
                    }
                }
                self.pos += 1;
                let s = self.span();
                return self.node(Expr::In(Box::new(left), items), s);
            }
            _ => return Ok(left),
        };
        let s = self.span();
        self.pos += 1;
        let right = self.sum()?;
        self.node(Expr::Binary(op, Box::new(left), Box::new(right), s), s)
    }
    fn sum(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.term()?;
        loop {
            let op = if self.is_op("+") {
                BinOp::Add
            } else if self.is_op("-") {
                BinOp::Sub
            } else {
                return Ok(left);
            };
            let s = self.span();
            self.pos += 1;
            let right = self.term()?;
            left = self.node(Expr::Binary(op, Box::new(left), Box::new(right), s), s)?;
        }
    }
    fn term(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.unary()?;
        loop {
            let op = if self.is_op("*") {
                BinOp::Mul
            } else if self.is_op("/") {
                BinOp::Div
            } else {
                return Ok(left);
            };
            let s = self.span();
            self.pos += 1;
            let right = self.unary()?;
            left = self.node(Expr::Binary(op, Box::new(left), Box::new(right), s), s)?;
        }
    }
    fn unary(&mut self) -> Result<Expr, ExprError> {
        if self.is_op("-") {
            let s = self.span();
            self.enter(s)?;
            self.pos += 1;
            let inner = self.unary()?;
            self.nesting -= 1;
            return self.node(Expr::Neg(Box::new(inner)), s);
        }
        self.atom()
    }
    fn atom(&mut self) -> Result<Expr, ExprError> {
        let span = self.span();
        let Some(tok) = self.peek().cloned() else {
            return err(
                span,
                "the condition ends too early",
                "finish the condition, e.g. `income <= standard`",
            );
        };
        self.pos += 1;
        match tok {
            Tok::Num(n) => Ok(Expr::Number(n)),
            Tok::Str(s) => Ok(Expr::Text(s, span)),
            Tok::Ident(w) => match w.as_str() {
                "true" => Ok(Expr::Bool(true)),
                "false" => Ok(Expr::Bool(false)),
                name if Func::from_name(name).is_some() && self.is_op("(") => {
                    let func = Func::from_name(name).unwrap_or(Func::Count);
                    self.enter(span)?;
                    self.expect_op("(")?;
                    let arg = self.or()?;
                    self.expect_op(")")?;
                    self.nesting -= 1;
                    self.node(Expr::Call(func, Box::new(arg), span), span)
                }
                "answered" => {
                    self.expect_op("(")?;
                    let name = match self.toks.get(self.pos).cloned() {
                        Some((Tok::Ident(n), _)) => n,
                        _ => {
                            return err(
                                self.span(),
                                "expected a question id",
                                "write answered(question_id)",
                            )
                        }
                    };
                    self.pos += 1;
                    self.expect_op(")")?;
                    Ok(Expr::Answered(name))
                }
                "and" | "or" | "not" | "in" => err(
                    span,
                    format!("`{w}` needs something before it"),
                    "check the condition is complete",
                ),
                _ => Ok(Expr::Name(w, span)),
            },
            Tok::Op("(") => {
                self.enter(span)?;
                let inner = self.or()?;
                self.expect_op(")")?;
                self.nesting -= 1;
                Ok(inner)
            }
            Tok::Op(o) => err(
                span,
                format!("unexpected `{o}`"),
                "a value (a name, number or 'text') belongs here",
            ),
        }
    }
}

#[cfg(feature = "compile")]
/// Parse an expression.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        end: src.len(),
        nesting: 0,
    };
    let e = p.or()?;
    if p.pos < p.toks.len() {
        return err(
            p.span(),
            "unexpected text after the end of the condition",
            "join conditions with `and` or `or`",
        );
    }
    Ok(e)
}

/// A small map by name, kept as a list in insertion order. Content has tens of names, and
/// one list type costs the widget less code than a tree map per value type.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMap<V>(Vec<(String, V)>);

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap(Vec::new())
    }
}

impl<V> NameMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        NameMap(Vec::new())
    }
    /// The value for a name.
    pub fn get(&self, name: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
    /// Whether a name is present.
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
    /// Set a name's value (replacing any earlier one).
    pub fn insert(&mut self, name: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == name) {
            Some((_, v)) => *v = value,
            None => self.0.push((name, value)),
        }
    }
    /// The names, in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }
    /// Names and values, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<V> Extend<(String, V)> for NameMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, items: I) {
        for (k, v) in items {
            self.insert(k, v);
        }
    }
}

impl<V> IntoIterator for NameMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(feature = "compile")]
/// Names an expression can use, with their types.
pub type TypeEnv = NameMap<Type>;

#[cfg(feature = "compile")]
/// Type-check an expression; returns its type.
pub fn check(e: &Expr, env: &TypeEnv) -> Result<Type, ExprError> {
    Ok(match e {
        Expr::Number(_) => Type::Number,
        Expr::Text(..) => Type::Text,
        Expr::Bool(_) => Type::Bool,
        Expr::Name(n, span) => match env.get(n) {
            Some(t) => t.clone(),
            None => {
                return err(
                    *span,
                    format!("`{n}` is not a question, constant or computed value defined before this point"),
                    format!(
                        "use one of: {}",
                        env.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        },
        Expr::Answered(_) => Type::Bool,
        Expr::Picked(option, span, right) => {
            let t = check(right, env)?;
            let Type::Multi(opts) = t else {
                return err(
                    span_of(right),
                    format!(
                        "`'{option}' in …` needs a multiple-choice question, but this is {}",
                        t.describe()
                    ),
                    "for a single choice write `question == 'option'`",
                );
            };
            if !opts.contains(option) {
                return err(
                    *span,
                    format!("'{option}' is not an option of this question"),
                    format!("use one of: {}", quote_list(&opts)),
                );
            }
            Type::Bool
        }
        Expr::Not(inner) => {
            expect(inner, env, &Type::Bool, "`not` works on true/false")?;
            Type::Bool
        }
        Expr::Neg(inner) => {
            expect(inner, env, &Type::Number, "`-` works on numbers")?;
            Type::Number
        }
        Expr::Call(func, arg, span) => {
            let t = check(arg, env)?;
            let (want, name) = match func {
                Func::YearsSince => (Type::Date, "years_since"),
                Func::DaysSince => (Type::Date, "days_since"),
                Func::IdAge => (Type::IdNumber, "id_age"),
                Func::Count => (Type::Multi(Vec::new()), "count"),
            };
            let fits = match (&want, &t) {
                (Type::Multi(_), Type::Multi(_)) => true,
                (a, b) => a == b,
            };
            if !fits {
                return err(
                    *span,
                    format!("`{name}` needs {}, but this is {}", want.describe(), t.describe()),
                    format!("give `{name}` the id of a question of the right type"),
                );
            }
            Type::Number
        }
        Expr::In(left, items) => {
            let t = check(left, env)?;
            let Type::Choice(opts) = t else {
                return err(
                    span_of(left),
                    format!("`in [...]` needs a choice question, but this is {}", t.describe()),
                    "use `in` with a choice question's id",
                );
            };
            for (item, span) in items {
                if !opts.contains(item) {
                    return err(
                        *span,
                        format!("'{item}' is not an option of this question"),
                        format!("use one of: {}", quote_list(&opts)),
                    );
                }
            }
            Type::Bool
        }
        Expr::Binary(op, l, r, span) => {
            use BinOp::*;
            match op {
                Add | Sub | Mul | Div => {
                    expect(l, env, &Type::Number, "arithmetic works on numbers")?;
                    expect(r, env, &Type::Number, "arithmetic works on numbers")?;
                    Type::Number
                }
                Lt | Le | Gt | Ge => {
                    if check(l, env)? == Type::Date {
                        expect(
                            r,
                            env,
                            &Type::Date,
                            "compare a date with another date",
                        )?;
                    } else {
                        expect(
                            l,
                            env,
                            &Type::Number,
                            "`<`, `<=`, `>`, `>=` compare numbers",
                        )?;
                        expect(
                            r,
                            env,
                            &Type::Number,
                            "`<`, `<=`, `>`, `>=` compare numbers",
                        )?;
                    }
                    Type::Bool
                }
                And | Or => {
                    expect(l, env, &Type::Bool, "`and`/`or` join conditions")?;
                    expect(r, env, &Type::Bool, "`and`/`or` join conditions")?;
                    Type::Bool
                }
                Eq | Ne => {
                    let lt = check(l, env)?;
                    let rt = check(r, env)?;
                    match (&lt, &rt) {
                        (Type::Choice(opts), Type::Text) | (Type::Text, Type::Choice(opts)) => {
                            let (text, tspan) = match (&**l, &**r) {
                                (Expr::Text(t, s), _) | (_, Expr::Text(t, s)) => (t.clone(), *s),
                                _ => (String::new(), *span),
                            };
                            if !opts.contains(&text) {
                                return err(
                                    tspan,
                                    format!("'{text}' is not an option of this question"),
                                    format!("use one of: {}", quote_list(opts)),
                                );
                            }
                        }
                        (Type::Choice(_), Type::Choice(_))
                        | (Type::Text, Type::Text)
                        | (Type::Date, Type::Date) => {}
                        (a, b) if a == b => {}
                        (a, b) => {
                            return err(*span, format!("cannot compare {} with {}", a.describe(), b.describe()), "compare like with like: numbers with numbers, a choice with one of its options in quotes");
                        }
                    }
                    Type::Bool
                }
            }
        }
    })
}

#[cfg(feature = "compile")]
fn expect(e: &Expr, env: &TypeEnv, want: &Type, hint: &str) -> Result<(), ExprError> {
    let got = check(e, env)?;
    if &got == want {
        Ok(())
    } else {
        err(
            span_of(e),
            format!("expected {}, found {}", want.describe(), got.describe()),
            hint,
        )
    }
}

#[cfg(feature = "compile")]
/// Best-effort span of an expression, for error messages.
fn span_of(e: &Expr) -> Span {
    match e {
        Expr::Name(_, s) | Expr::Text(_, s) | Expr::Binary(_, _, _, s) => *s,
        Expr::Call(_, _, s) | Expr::Picked(_, s, _) => *s,
        Expr::Not(i) | Expr::Neg(i) | Expr::In(i, _) => span_of(i),
        _ => (0, 0),
    }
}

/// Evaluate with values looked up by name (missing names are unknown).
pub fn eval(e: &Expr, ctx: &Ctx<'_>) -> Value {
    let lookup = ctx.lookup;
    match e {
        Expr::Number(n) => Value::Number(*n),
        Expr::Text(t, _) => Value::Text(t.clone()),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::Name(n, _) => lookup(n),
        Expr::Answered(n) => Value::Bool(lookup(n) != Value::Unknown),
        Expr::Call(func, arg, _) => call(*func, eval(arg, ctx), ctx.today),
        Expr::Picked(option, _, right) => match eval(right, ctx) {
            Value::List(items) => Value::Bool(items.contains(option)),
            _ => Value::Unknown,
        },
        Expr::Not(i) => match eval(i, ctx) {
            Value::Bool(b) => Value::Bool(!b),
            _ => Value::Unknown,
        },
        Expr::Neg(i) => match eval(i, ctx) {
            Value::Number(n) => Value::Number(-n),
            _ => Value::Unknown,
        },
        Expr::In(l, items) => match eval(l, ctx) {
            Value::Text(t) => Value::Bool(items.iter().any(|(i, _)| *i == t)),
            _ => Value::Unknown,
        },
        Expr::Binary(op, l, r, _) => {
            let (a, b) = (eval(l, ctx), eval(r, ctx));
            binary(*op, a, b)
        }
    }
}

fn call(func: Func, arg: Value, today: Option<i64>) -> Value {
    match (func, arg, today) {
        (Func::Count, Value::List(items), _) => Value::Number(items.len() as f64),
        (Func::DaysSince, Value::Date(d), Some(t)) => Value::Number((t - d) as f64),
        (Func::YearsSince, Value::Date(d), Some(t)) => {
            Value::Number(f64::from(crate::dates::full_years(d, t)))
        }
        (Func::IdAge, Value::Text(id), Some(t)) => match crate::dates::id_birth_date(&id) {
            Some(born) => Value::Number(f64::from(crate::dates::full_years(born, t))),
            None => Value::Unknown,
        },
        _ => Value::Unknown,
    }
}

/// A comparison of two numbers or two dates; any other operator is unknown.
fn compare<T: PartialOrd>(op: BinOp, x: T, y: T) -> Value {
    Value::Bool(match op {
        BinOp::Eq => x == y,
        BinOp::Ne => x != y,
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        BinOp::Ge => x >= y,
        _ => return Value::Unknown,
    })
}

/// A result of arithmetic: unknown when it overflowed (so no amount ever shows as "inf").
fn finite(n: f64) -> Value {
    if n.is_finite() {
        Value::Number(n)
    } else {
        Value::Unknown
    }
}

fn binary(op: BinOp, a: Value, b: Value) -> Value {
    use BinOp::*;
    use Value::*;
    match op {
        And => match (a, b) {
            (Bool(false), _) | (_, Bool(false)) => Bool(false),
            (Bool(true), Bool(true)) => Bool(true),
            _ => Unknown,
        },
        Or => match (a, b) {
            (Bool(true), _) | (_, Bool(true)) => Bool(true),
            (Bool(false), Bool(false)) => Bool(false),
            _ => Unknown,
        },
        _ => match (a, b) {
            (Number(x), Number(y)) => match op {
                Add => finite(x + y),
                Sub => finite(x - y),
                Mul => finite(x * y),
                Div if y == 0.0 => Unknown,
                Div => finite(x / y),
                _ => compare(op, x, y),
            },
            (Text(x), Text(y)) => match op {
                Eq => Bool(x == y),
                Ne => Bool(x != y),
                _ => Unknown,
            },
            (Date(x), Date(y)) => compare(op, x, y),
            (Bool(x), Bool(y)) => match op {
                Eq => Bool(x == y),
                Ne => Bool(x != y),
                _ => Unknown,
            },
            _ => Unknown,
        },
    }
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;

    fn env() -> TypeEnv {
        let mut env = TypeEnv::new();
        env.insert("income".into(), Type::Number);
        env.insert("people".into(), Type::Number);
        env.insert("car".into(), Type::Choice(vec!["yes".into(), "no".into()]));
        env.insert("help".into(), Type::Multi(vec!["food".into(), "school".into()]));
        env.insert("born".into(), Type::Date);
        env
    }

    fn run(src: &str, vals: &[(&str, Value)]) -> Value {
        let e = parse(src).expect("parses");
        check(&e, &env()).expect("type-checks");
        let lookup = |n: &str| {
            vals.iter()
                .find(|(k, _)| *k == n)
                .map_or(Value::Unknown, |(_, v)| v.clone())
        };
        eval(
            &e,
            &Ctx {
                lookup: &lookup,
                today: Some(crate::dates::parse_date("2026-11-22").expect("date")),
            },
        )
    }

    #[test]
    fn arithmetic_and_comparison() {
        let v = [("income", Value::Number(1400.0)), ("people", Value::Number(2.0))];
        assert_eq!(run("income / people <= 700", &v), Value::Bool(true));
        assert_eq!(run("income / people < 700", &v), Value::Bool(false));
        assert_eq!(run("-income + 2 * 3 == -1394", &v), Value::Bool(true));
    }

    #[test]
    fn three_valued_logic() {
        let v = [("car", Value::Text("yes".into()))];
        assert_eq!(run("car == 'no' and income > 5", &v), Value::Bool(false));
        assert_eq!(run("car == 'yes' or income > 5", &v), Value::Bool(true));
        assert_eq!(run("car == 'yes' and income > 5", &v), Value::Unknown);
        assert_eq!(run("not answered(income)", &v), Value::Bool(true));
        assert_eq!(run("car in ['yes']", &v), Value::Bool(true));
        assert_eq!(
            run("income / 0 > 1", &[("income", Value::Number(1.0))]),
            Value::Unknown
        );
    }

    #[test]
    fn multiple_choice_dates_and_functions() {
        let v = [
            ("help", Value::List(vec!["food".into()])),
            (
                "born",
                Value::Date(crate::dates::parse_date("1946-11-23").expect("date")),
            ),
        ];
        assert_eq!(
            run("'food' in help and not ('school' in help)", &v),
            Value::Bool(true)
        );
        assert_eq!(run("count(help) == 1", &v), Value::Bool(true));
        assert_eq!(
            run("years_since(born)", &v),
            Value::Number(79.0),
            "the 80th birthday is tomorrow"
        );
        let e = parse("'bus' in help").expect("parses");
        assert!(check(&e, &env())
            .expect_err("bad option")
            .message
            .contains("'bus' is not an option"));
        let e = parse("years_since(income)").expect("parses");
        assert!(check(&e, &env())
            .expect_err("wrong type")
            .message
            .contains("needs a date"));
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse("income >= 'x'").expect("parses");
        let error = check(&e, &env()).expect_err("type error");
        assert_eq!(error.span, (10, 13));
        assert!(
            error.message.contains("expected a number, found text"),
            "{}",
            error.message
        );

        let e = parse("car == 'maybe'").expect("parses");
        let error = check(&e, &env()).expect_err("bad option");
        assert_eq!(error.span, (7, 14));
        assert!(error.hint.contains("'yes', 'no'"));

        let e = parse("incme > 3").expect("parses");
        assert_eq!(check(&e, &env()).expect_err("unknown").span, (0, 5));

        assert_eq!(parse("income = 3").expect_err("single =").span, (7, 8));
        assert_eq!(parse("income >").expect_err("ends early").span, (8, 8));
        assert_eq!(parse("(income > 3").expect_err("unclosed").span, (11, 11));
        assert!(parse("income > 3 people").is_err());
    }
}
