//! Compiling a service into a [`Flow`]: parse, resolve ids, type-check every expression
//! (feature `compile`: the CLI, never the widget, which reads flows `waymark compile` wrote).
//! Exploring the flow for questions nobody reaches is [`crate::explore`].
//!
//! Everything an editor can get wrong is found here, once, with a position in the file.

use crate::diagnostic::{Diagnostic, LineIndex, Position};
use crate::expr::{self, Expr, Type, TypeEnv};
use crate::flow::{is_word_id, CompiledOutcome, CompiledQuestion, Flow, Region};
use crate::model::{CatalogFile, MaterialRef, Outcome, Question, RegionFile, Service};
use std::collections::BTreeSet;

/// The shared catalog of materials, offices and life events, by id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Material ids.
    pub materials: BTreeSet<String>,
    /// Office ids.
    pub offices: BTreeSet<String>,
    /// Life event ids, in catalog order, with their pictograms.
    pub life_events: Vec<(String, Option<String>)>,
}

impl Catalog {
    /// Parse `catalog.json`.
    pub fn from_json(text: &str) -> Result<Catalog, Vec<Diagnostic>> {
        let file: CatalogFile = read_source(text)?;
        Catalog::from_file(file, text)
    }

    /// Check a parsed catalog file; `text` is its source, used only to place diagnostics.
    pub fn from_file(file: CatalogFile, text: &str) -> Result<Catalog, Vec<Diagnostic>> {
        let index = LineIndex::new(text);
        let mut diags = Vec::new();
        let mut ids = |entries: &[crate::model::CatalogEntry], kind: &str| {
            let mut set = BTreeSet::new();
            for e in entries {
                if !is_word_id(&e.id) {
                    let pos = index.position(index.find_string(None, &e.id).unwrap_or(0));
                    diags.push(Diagnostic::new(
                        "E0102",
                        pos,
                        format!("the {kind} id `{}` is not a valid id", e.id),
                        "use lower-case letters, digits and `-`, starting with a letter",
                    ));
                }
                if !set.insert(e.id.clone()) {
                    diags.push(duplicate(&index, kind, &e.id));
                }
            }
            set
        };
        let materials = ids(&file.materials, "material");
        let offices = ids(&file.offices, "office");
        ids(&file.life_events, "life event");
        let life_events = file
            .life_events
            .iter()
            .map(|e| (e.id.clone(), e.icon.clone()))
            .collect();
        if diags.is_empty() {
            Ok(Catalog {
                materials,
                offices,
                life_events,
            })
        } else {
            Err(diags)
        }
    }

    /// Whether a life event id exists.
    pub fn has_life_event(&self, id: &str) -> bool {
        self.life_events.iter().any(|(e, _)| e == id)
    }
}

impl Region {
    /// Parse a region file, checking its offices against the catalog.
    pub fn from_json(text: &str, catalog: &Catalog) -> Result<Region, Vec<Diagnostic>> {
        let file: RegionFile = read_source(text)?;
        Region::from_file(file, text, catalog)
    }

    /// Check a parsed region file against the catalog; `text` is its source, used only to
    /// place diagnostics.
    pub fn from_file(file: RegionFile, text: &str, catalog: &Catalog) -> Result<Region, Vec<Diagnostic>> {
        let index = LineIndex::new(text);
        let mut diags = Vec::new();
        if !is_word_id(&file.id) {
            let pos = index.position(index.find_string(None, &file.id).unwrap_or(0));
            diags.push(Diagnostic::new(
                "E0102",
                pos,
                format!("the region id `{}` is not a valid id", file.id),
                "use lower-case letters, digits and `-`, starting with a letter",
            ));
        }
        for office in file.offices.keys() {
            if !catalog.offices.contains(office) {
                let pos = index.position(index.find_string(None, office).unwrap_or(0));
                diags.push(Diagnostic::new(
                    "E0103",
                    pos,
                    format!("`{office}` is not an office in the catalog"),
                    "use an office id from public/catalog.json",
                ));
            }
        }
        if diags.is_empty() {
            Ok(Region {
                id: file.id,
                params: file.params,
                offices: file.offices,
            })
        } else {
            Err(diags)
        }
    }
}

fn duplicate(index: &LineIndex, kind: &str, id: &str) -> Diagnostic {
    // Point at the second occurrence: that is the one to rename.
    let first = index.find_string(None, id).unwrap_or(0);
    let second = index.find_string_after(first, id).unwrap_or(first);
    Diagnostic::new(
        "E0101",
        index.position(second),
        format!("the {kind} id `{id}` is used twice"),
        "give each one its own id",
    )
}

/// An editors' file read with serde_json: refused unread when too large, else its syntax or
/// shape error as a diagnostic at its line:col.
fn read_source<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Vec<Diagnostic>> {
    crate::diagnostic::check_size(text).map_err(|d| vec![d])?;
    serde_json::from_str(text).map_err(|e| vec![json_error(&e)])
}

/// Turn a serde_json error (syntax or shape) into a diagnostic at its line:col.
pub(crate) fn json_error(e: &serde_json::Error) -> Diagnostic {
    let position = Position {
        line: e.line().max(1),
        col: e.column().max(1),
    };
    // serde_json appends " at line L column C"; the position is shown separately.
    let message = || {
        let text = e.to_string();
        text.rsplit_once(" at line ")
            .map_or(text.as_str(), |(m, _)| m)
            .to_string()
    };
    // serde_json stops at 128 levels of nesting, as the widget's reader does.
    if message().starts_with("recursion limit exceeded") {
        return too_deep(position);
    }
    if e.is_syntax() || e.is_eof() {
        Diagnostic::new(
            "E0001",
            position,
            format!("this is not valid JSON: {}", message()),
            "check for a missing comma, quote or bracket just before this point",
        )
    } else {
        Diagnostic::new(
            "E0002",
            position,
            message(),
            "compare with the JSON Schema in public/schema/, or let your editor's autocomplete guide you",
        )
    }
}

impl Flow {
    /// Parse and compile a service file. On failure, every problem found, with positions.
    /// Parameters get placeholder values until [`Flow::bind_region`].
    pub fn from_json(text: &str, catalog: &Catalog) -> Result<Flow, Vec<Diagnostic>> {
        let service: Service = read_source(text)?;
        Flow::compile(service, text, catalog)
    }

    /// Compile a parsed service; `text` is its source, used only to place diagnostics.
    pub fn compile(service: Service, text: &str, catalog: &Catalog) -> Result<Flow, Vec<Diagnostic>> {
        let index = LineIndex::new(text);
        let mut c = Compiler {
            index: &index,
            diags: Vec::new(),
        };
        let flow = c.compile(service, catalog);
        if c.diags.is_empty() {
            Ok(flow)
        } else {
            // In file order, stable. An insertion sort: a file has a handful of problems, and
            // it is far less code in the wasm than `sort_by_key` (a driftsort).
            for i in 1..c.diags.len() {
                let mut j = i;
                while j > 0 && c.diags[j - 1].position > c.diags[j].position {
                    c.diags.swap(j - 1, j);
                    j -= 1;
                }
            }
            Err(c.diags)
        }
    }

}

struct Compiler<'a> {
    index: &'a LineIndex<'a>,
    diags: Vec<Diagnostic>,
}

/// A name usable in expressions: letters, digits and `_`, starting with a letter.
pub(crate) fn is_name(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The type a question's answer has in expressions.
fn question_type(q: &Question) -> Type {
    match q {
        Question::Choice { .. } | Question::YesNo { .. } => {
            Type::Choice(q.option_ids().into_iter().map(String::from).collect())
        }
        Question::MultiChoice { .. } => Type::Multi(q.option_ids().into_iter().map(String::from).collect()),
        Question::Number { .. } | Question::BirthYear { .. } => Type::Number,
        Question::Date { .. } => Type::Date,
        Question::IdNumber { .. } => Type::IdNumber,
        Question::Text { .. } => Type::Text,
    }
}

/// Names reserved for the engine.
const BUILT_INS: [&str; 1] = ["this_year"];

impl Compiler<'_> {
    fn at(&self, anchor: Option<&str>, value: &str) -> Position {
        self.index
            .position(self.index.find_string(anchor, value).unwrap_or(0))
    }

    fn error(&mut self, code: &'static str, position: Position, message: String, hint: impl Into<String>) {
        self.diags.push(Diagnostic::new(code, position, message, hint));
    }

    /// Compile one expression found in the object whose id is `owner`.
    fn expr(&mut self, owner: &str, src: &str, env: &TypeEnv, want_bool: bool) -> Option<Expr> {
        let start = self.index.find_string(Some(owner), src).unwrap_or(0);
        // Offsets inside the JSON string equal offsets in the expression unless it holds
        // escapes; conditions rarely do.
        let place = |span: (usize, usize)| self.index.position(start + span.0);
        match expr::parse(src) {
            Err(e) => {
                let pos = place(e.span);
                let code = if e.too_deep { "E0204" } else { "E0201" };
                self.error(code, pos, format!("in `{src}`: {}", e.message), e.hint);
                None
            }
            Ok(parsed) => match expr::check(&parsed, env) {
                Err(e) => {
                    let pos = place(e.span);
                    self.error("E0202", pos, format!("in `{src}`: {}", e.message), e.hint);
                    None
                }
                Ok(t) if want_bool && t != Type::Bool => {
                    let pos = place((0, 0));
                    self.error(
                        "E0203",
                        pos,
                        format!("`{src}` is not a condition (true/false)"),
                        "compare it with something, e.g. `income <= standard`",
                    );
                    None
                }
                Ok(_) => Some(parsed),
            },
        }
    }

    fn name_ok(&mut self, kind: &str, name: &str, taken: &TypeEnv) {
        if !is_name(name) {
            let pos = self.at(None, name);
            self.error(
                "E0102",
                pos,
                format!("the {kind} `{name}` is not a valid name"),
                "use letters, digits and `_`, starting with a letter, so conditions can name it",
            );
        } else if taken.contains_key(name) {
            let pos = self.at(None, name);
            self.error(
                "E0101",
                pos,
                format!("the name `{name}` is used twice"),
                format!("give this {kind} its own name"),
            );
        }
    }

    fn compile(&mut self, s: Service, catalog: &Catalog) -> Flow {
        if !is_word_id(&s.id) {
            let pos = self.at(Some("id"), &s.id);
            self.error(
                "E0102",
                pos,
                format!("the service id `{}` is not a valid id", s.id),
                "use lower-case letters, digits and `-`, starting with a letter",
            );
        }
        for event in &s.life_events {
            if !catalog.has_life_event(event) {
                let pos = self.at(Some("life_events"), event);
                self.error(
                    "E0103",
                    pos,
                    format!("`{event}` is not a life event in the catalog"),
                    format!(
                        "use one of: {}",
                        catalog
                            .life_events
                            .iter()
                            .map(|(e, _)| e.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        // Names usable everywhere: built-ins, constants, parameters.
        let mut env = TypeEnv::new();
        for b in BUILT_INS {
            env.insert(b.to_string(), Type::Number);
        }
        let mut constants = s.constants.clone();
        for name in s.constants.keys() {
            self.name_ok("constant", name, &env);
            env.insert(name.clone(), Type::Number);
        }
        for name in &s.params {
            self.name_ok("parameter", name, &env);
            env.insert(name.clone(), Type::Number);
            // A placeholder until a region is bound; the checker explores with it too.
            constants.insert(name.clone(), 0.0);
        }

        // Computed values: their types, and which questions they depend on.
        let question_ids: Vec<String> = s.questions.iter().map(|q| q.id().to_string()).collect();
        let mut computed_env = TypeEnv::new();
        let computed_deps = self.computed_types(&s, &question_ids, &env, &mut computed_env);

        let mut questions = Vec::new();
        let mut q_types = TypeEnv::new();
        for q in &s.questions {
            let id = q.id().to_string();
            self.question_shape(q);
            let mut taken = env.clone();
            taken.extend(q_types.clone());
            self.name_ok("question id", &id, &taken);
            // A question's condition may name constants, earlier questions, and computed
            // values that depend only on earlier questions: the flow always moves forward.
            let mut q_env = taken;
            for (cid, deps) in &computed_deps {
                if deps.iter().all(|d| q_types.contains_key(d)) {
                    if let Some(t) = computed_env.get(cid) {
                        q_env.insert(cid.clone(), t.clone());
                    }
                }
            }
            let when = q.when().and_then(|w| self.expr(&id, w, &q_env, true));
            questions.push(CompiledQuestion { def: q.clone(), when });
            q_types.insert(id, question_type(q));
        }
        let mut full_env = env.clone();
        full_env.extend(q_types);

        // Each computed value may use constants, questions and the computed values above it.
        let mut computed = Vec::new();
        for c in &s.computed {
            if let Some(e) = self.expr(&c.id, &c.expr, &full_env, false) {
                computed.push((c.id.clone(), e));
            }
            if let Some(t) = computed_env.get(&c.id) {
                full_env.insert(c.id.clone(), t.clone());
            }
        }

        let mut outcomes = Vec::new();
        let mut outcome_ids = BTreeSet::new();
        for o in &s.outcomes {
            outcomes.push(self.outcome(o, &mut outcome_ids, &full_env, catalog));
        }
        match s.outcomes.last() {
            None => {
                let pos = self.at(None, "outcomes");
                self.error(
                    "E0301",
                    pos,
                    "the service has no outcomes".into(),
                    "add at least one outcome; the last one without `when`",
                );
            }
            Some(last) if last.when.is_some() => {
                let pos = self.at(None, &last.id);
                self.error(
                    "E0301",
                    pos,
                    format!(
                        "the last outcome `{}` has a condition, so some answers may lead to no outcome",
                        last.id
                    ),
                    "remove `when` from the last outcome so it catches every other case",
                );
            }
            Some(_) => {}
        }

        Flow {
            id: s.id,
            life_events: s.life_events,
            params: s.params,
            constants,
            questions,
            computed,
            outcomes,
        }
    }

    /// Checks on a question's own fields.
    fn question_shape(&mut self, q: &Question) {
        let id = q.id();
        match q {
            Question::Choice { options, .. } | Question::MultiChoice { options, .. } => {
                let mut seen = BTreeSet::new();
                for o in options {
                    if !seen.insert(o.id.as_str()) {
                        let pos = self.at(Some(id), &o.id);
                        self.error(
                            "E0101",
                            pos,
                            format!("the option `{}` appears twice in `{id}`", o.id),
                            "give each option its own id",
                        );
                    }
                    if !is_word_id(&o.id) {
                        let pos = self.at(Some(id), &o.id);
                        self.error(
                            "E0102",
                            pos,
                            format!("the option id `{}` is not a valid id", o.id),
                            "use letters, digits, `_` and `-`, starting with a letter",
                        );
                    }
                }
                if options.len() < 2 {
                    let pos = self.at(None, id);
                    self.error(
                        "E0104",
                        pos,
                        format!("the question `{id}` has fewer than two options"),
                        "add the options people can choose from",
                    );
                }
                if let Question::MultiChoice { min_selected, .. } = q {
                    if *min_selected as usize > options.len() {
                        let pos = self.at(None, id);
                        self.error(
                            "E0105",
                            pos,
                            format!(
                                "`{id}` asks for at least {min_selected} of {} options",
                                options.len()
                            ),
                            "lower min_selected",
                        );
                    }
                }
            }
            Question::Number {
                min: Some(lo),
                max: Some(hi),
                ..
            } if lo > hi => {
                let pos = self.at(None, id);
                self.error(
                    "E0105",
                    pos,
                    format!("`{id}` has min {lo} above max {hi}"),
                    "swap min and max",
                );
            }
            _ => {}
        }
    }

    fn outcome(
        &mut self,
        o: &Outcome,
        seen: &mut BTreeSet<String>,
        env: &TypeEnv,
        catalog: &Catalog,
    ) -> CompiledOutcome {
        if !seen.insert(o.id.clone()) {
            let pos = self.at(None, &o.id);
            self.error(
                "E0101",
                pos,
                format!("the outcome id `{}` is used twice", o.id),
                "give each outcome its own id",
            );
        }
        if !is_word_id(&o.id) {
            let pos = self.at(None, &o.id);
            self.error(
                "E0102",
                pos,
                format!("the outcome id `{}` is not a valid id", o.id),
                "use lower-case letters, digits and `-`, starting with a letter",
            );
        }
        let when = o.when.as_deref().and_then(|w| self.expr(&o.id, w, env, true));
        let mut materials = Vec::new();
        let mut listed = BTreeSet::new();
        for m in &o.materials {
            if !catalog.materials.contains(m.id()) {
                let pos = self.at(Some(&o.id), m.id());
                self.error(
                    "E0103",
                    pos,
                    format!("`{}` is not a material in the catalog", m.id()),
                    format!(
                        "add it to public/catalog.json, or use one of: {}",
                        catalog
                            .materials
                            .iter()
                            .map(String::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            if !listed.insert(m.id()) {
                let pos = self.at(Some(&o.id), m.id());
                self.error(
                    "E0101",
                    pos,
                    format!("`{}` is listed twice in the outcome `{}`", m.id(), o.id),
                    "list each material once; give it a condition if it is needed only sometimes",
                );
            }
            let cond = match m {
                MaterialRef::When { when, .. } => self.expr(&o.id, when, env, true),
                MaterialRef::Always(_) => None,
            };
            materials.push((m.id().to_string(), cond));
        }
        if let Some(office) = &o.office {
            if !catalog.offices.contains(office) {
                let pos = self.at(Some(&o.id), office);
                self.error(
                    "E0103",
                    pos,
                    format!("`{office}` is not an office in the catalog"),
                    format!(
                        "add it to public/catalog.json, or use one of: {}",
                        catalog
                            .offices
                            .iter()
                            .map(String::as_str)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        for step in &o.next_steps {
            if !is_word_id(step) {
                let pos = self.at(Some(&o.id), step);
                self.error(
                    "E0102",
                    pos,
                    format!("the next-step id `{step}` is not a valid id"),
                    "use lower-case letters, digits and `-`",
                );
            }
        }
        let mut reasons = Vec::new();
        for r in &o.reasons {
            let cond = r.when.as_deref().and_then(|w| self.expr(&r.id, w, env, true));
            reasons.push((r.id.clone(), cond));
        }
        CompiledOutcome {
            def: o.clone(),
            when,
            materials,
            reasons,
        }
    }

    /// Type every computed value into `computed_env` (each may use constants, questions and
    /// earlier computed values) and return the questions each depends on. Errors in the
    /// expressions themselves are reported when they are compiled.
    fn computed_types(
        &mut self,
        s: &Service,
        question_ids: &[String],
        constants: &TypeEnv,
        computed_env: &mut TypeEnv,
    ) -> Vec<(String, BTreeSet<String>)> {
        let mut full = constants.clone();
        for q in &s.questions {
            full.insert(q.id().to_string(), question_type(q));
        }
        let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
        for c in &s.computed {
            self.name_ok("computed value", &c.id, &full);
            let Ok(parsed) = expr::parse(&c.expr) else {
                continue;
            };
            let Ok(t) = expr::check(&parsed, &full) else {
                continue;
            };
            let mut deps = BTreeSet::new();
            names(&parsed, &mut |n| {
                if question_ids.iter().any(|q| q == n) {
                    deps.insert(n.to_string());
                } else if let Some((_, d)) = out.iter().find(|(id, _)| id == n) {
                    deps.extend(d.iter().cloned());
                }
            });
            full.insert(c.id.clone(), t.clone());
            computed_env.insert(c.id.clone(), t);
            out.push((c.id.clone(), deps));
        }
        out
    }
}

/// Call `f` with every name an expression reads.
pub(crate) fn names(e: &Expr, f: &mut dyn FnMut(&str)) {
    match e {
        Expr::Name(n, _) | Expr::Answered(n) => f(n),
        Expr::Not(i) | Expr::Neg(i) | Expr::In(i, _) | Expr::Call(_, i, _) | Expr::Picked(_, _, i) => {
            names(i, f)
        }
        Expr::Binary(_, l, r, _) => {
            names(l, f);
            names(r, f);
        }
        Expr::Number(_) | Expr::Text(..) | Expr::Bool(_) => {}
    }
}

/// Call `f` with every number literal in an expression (the explorer tries values near them).
pub(crate) fn numbers(e: &Expr, f: &mut dyn FnMut(f64)) {
    match e {
        Expr::Number(n) => f(*n),
        Expr::Not(i) | Expr::Neg(i) | Expr::In(i, _) | Expr::Call(_, i, _) | Expr::Picked(_, _, i) => {
            numbers(i, f)
        }
        Expr::Binary(_, l, r, _) => {
            numbers(l, f);
            numbers(r, f);
        }
        _ => {}
    }
}

/// E0005: arrays and objects nested deeper than any content file needs (a stack-exhausting
/// file, or a broken generator).
fn too_deep(position: crate::Position) -> crate::Diagnostic {
    crate::Diagnostic::new(
        "E0005",
        position,
        "this file nests brackets too deeply (more than 127 levels)",
        "content files need only a few levels: check for brackets that are never closed",
    )
}

