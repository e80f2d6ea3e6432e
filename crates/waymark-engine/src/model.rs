//! The content model: what site editors write. The CLI reads it through serde (feature
//! `serde`), the widget through [`crate::json`] and the `from_value` conversions below.
//! The JSON Schemas in `public/schema/` are generated from these types (`waymark schema`);
//! the doc comments become the hover text editors see.
//!
//! A service file holds structure only. Every word a person sees is a Fluent message named by
//! convention from the ids here (see `locales/<lang>/services/<service>.ftl`); the names are
//! put together in one place, [`crate::message`], which lists them.

use crate::json::Value;
use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// One government service, as a guide of questions leading to outcomes.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Service {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[cfg_attr(feature = "serde", serde(rename = "$schema", default))]
    pub schema: Option<String>,
    /// The service id: lower-case letters, digits and `-`. Also the file name and the prefix
    /// of the service's Fluent messages.
    pub id: String,
    /// Life events (catalog ids) this service belongs to, e.g. `hardship`, `old-age`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub life_events: Vec<String>,
    /// Local parameters this service uses (numbers that differ between counties, such as the
    /// monthly 低保 standard). Each region file gives their values.
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: Vec<String>,
    /// Named numbers the conditions use that are the same everywhere.
    #[cfg_attr(feature = "serde", serde(default))]
    pub constants: BTreeMap<String, f64>,
    /// The questions, asked in this order, each only when its `when` holds.
    pub questions: Vec<Question>,
    /// Values worked out from answers, usable in conditions and in explanations.
    #[cfg_attr(feature = "serde", serde(default))]
    pub computed: Vec<Computed>,
    /// Outcomes, tried in order once no question is left: the first whose `when` holds wins.
    /// The last one should have no `when`, so every path ends somewhere.
    pub outcomes: Vec<Outcome>,
}

/// A question: one per page.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", deny_unknown_fields))]
pub enum Question {
    /// Pick one of several options (radio buttons, each with a picture).
    Choice {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
        /// The options, in display order.
        options: Vec<ChoiceOption>,
    },
    /// Pick any number of options (check boxes). In conditions: `'option' in question`.
    /// For low literacy prefer several yes/no questions.
    MultiChoice {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
        /// The options, in display order.
        options: Vec<ChoiceOption>,
        /// How many must be picked at least (default 1).
        #[cfg_attr(feature = "serde", serde(default = "one"))]
        min_selected: u32,
    },
    /// Yes or no. Options are `yes` and `no`; their words default to the widget's 是 / 否
    /// unless the service gives `<service>-<question>-yes` / `-no` (e.g. 有 / 没有).
    YesNo {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
    },
    /// A number, with an optional range. Its unit is the `.unit` attribute of its words.
    Number {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
        /// Smallest allowed value.
        #[cfg_attr(feature = "serde", serde(default))]
        min: Option<f64>,
        /// Largest allowed value.
        #[cfg_attr(feature = "serde", serde(default))]
        max: Option<f64>,
        /// Whether only whole numbers are allowed (default true; false allows decimals).
        #[cfg_attr(feature = "serde", serde(default = "yes"))]
        whole: bool,
    },
    /// A calendar date (年-月-日). In conditions: `years_since(question)`, `days_since(question)`.
    Date {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
        /// Whether the date may be in the future (default false).
        #[cfg_attr(feature = "serde", serde(default))]
        future: bool,
    },
    /// Year of birth, picked from a list. In conditions it is a number; age is
    /// `this_year - question`.
    BirthYear {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
    },
    /// An 18-digit resident identity card number (居民身份证号码), checked with its check
    /// digit. In conditions: `id_age(question)` is the holder's age in full years.
    IdNumber {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
    },
    /// Short free text. Use rarely: typing is hard for many of the people we serve.
    Text {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[cfg_attr(feature = "serde", serde(default))]
        when: Option<String>,
        /// Longest allowed answer, in characters (default 50).
        #[cfg_attr(feature = "serde", serde(default = "fifty"))]
        max_length: u32,
    },
}

fn yes() -> bool {
    true
}
fn one() -> u32 {
    1
}
fn fifty() -> u32 {
    50
}

impl Question {
    /// The question's id.
    pub fn id(&self) -> &str {
        match self {
            Question::Choice { id, .. }
            | Question::MultiChoice { id, .. }
            | Question::YesNo { id, .. }
            | Question::Number { id, .. }
            | Question::Date { id, .. }
            | Question::BirthYear { id, .. }
            | Question::IdNumber { id, .. }
            | Question::Text { id, .. } => id,
        }
    }

    /// The question's condition, if any.
    pub fn when(&self) -> Option<&str> {
        match self {
            Question::Choice { when, .. }
            | Question::MultiChoice { when, .. }
            | Question::YesNo { when, .. }
            | Question::Number { when, .. }
            | Question::Date { when, .. }
            | Question::BirthYear { when, .. }
            | Question::IdNumber { when, .. }
            | Question::Text { when, .. } => when.as_deref(),
        }
    }

    /// The option ids of a choice, multiple-choice or yes/no question (empty for others).
    pub fn option_ids(&self) -> Vec<&str> {
        match self {
            Question::Choice { options, .. } | Question::MultiChoice { options, .. } => {
                options.iter().map(|o| o.id.as_str()).collect()
            }
            Question::YesNo { .. } => vec!["yes", "no"],
            _ => Vec::new(),
        }
    }

    /// The options with their pictograms (yes/no questions get the standard ones).
    pub fn options(&self) -> Vec<ChoiceOption> {
        match self {
            Question::Choice { options, .. } | Question::MultiChoice { options, .. } => options.clone(),
            Question::YesNo { .. } => vec![
                ChoiceOption {
                    id: "yes".into(),
                    icon: Some("yes".into()),
                },
                ChoiceOption {
                    id: "no".into(),
                    icon: Some("no".into()),
                },
            ],
            _ => Vec::new(),
        }
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ChoiceOption {
    /// Option id, compared in conditions as text: `hukou == 'local'`.
    pub id: String,
    /// A pictogram in `public/icons/` (without `.svg`) shown beside the label.
    #[cfg_attr(feature = "serde", serde(default))]
    pub icon: Option<String>,
}

/// A value computed from answers, constants and parameters.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Computed {
    /// Name usable in later conditions and as a Fluent argument (`$income_per_person`).
    pub id: String,
    /// The expression, e.g. `income / people`.
    pub expr: String,
}

/// Where a path ends: what the person may get, what to bring, where to go.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Outcome {
    /// Outcome id; its words are `<service>-outcome-<id>` with a `.text` attribute.
    pub id: String,
    /// This outcome applies when the condition holds (default: always).
    #[cfg_attr(feature = "serde", serde(default))]
    pub when: Option<String>,
    /// Materials to bring (catalog ids), each possibly conditional.
    #[cfg_attr(feature = "serde", serde(default))]
    pub materials: Vec<MaterialRef>,
    /// Where to go (a catalog office id; the region gives its address and hours).
    #[cfg_attr(feature = "serde", serde(default))]
    pub office: Option<String>,
    /// How long the office takes, in working days.
    #[cfg_attr(feature = "serde", serde(default))]
    pub time_limit_days: Option<u32>,
    /// What it costs, in yuan (0: free). Leave out when it does not apply.
    #[cfg_attr(feature = "serde", serde(default))]
    pub fee_yuan: Option<f64>,
    /// What to do next, in order; words `<service>-next-<id>`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub next_steps: Vec<String>,
    /// Reasons shown as the explanation, each when its condition holds.
    #[cfg_attr(feature = "serde", serde(default))]
    pub reasons: Vec<Reason>,
}

/// A material an outcome asks for: a bare catalog id, or an id with a condition.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", serde(untagged))]
pub enum MaterialRef {
    /// Always needed: the catalog id.
    Always(String),
    /// Needed when the condition holds.
    When {
        /// Catalog id of the material.
        id: String,
        /// Condition under which it is needed.
        when: String,
    },
}

// Hand-written rather than `#[serde(untagged)]`: untagged enums buffer the input and cost
// the widget kilobytes of code; a visitor that takes a string or a map does not.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for MaterialRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = MaterialRef;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a material id, or {\"id\": …, \"when\": …}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<MaterialRef, E> {
                Ok(MaterialRef::Always(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<MaterialRef, A::Error> {
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                struct When {
                    id: String,
                    when: String,
                }
                let w = <When as serde::Deserialize>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(MaterialRef::When {
                    id: w.id,
                    when: w.when,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl MaterialRef {
    /// The catalog id.
    pub fn id(&self) -> &str {
        match self {
            MaterialRef::Always(id) | MaterialRef::When { id, .. } => id,
        }
    }
}

/// One line of an explanation: words `<service>-why-<id>`, formatted with the person's
/// numbers (every answer, parameter, constant and computed value is an argument).
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Reason {
    /// Reason id.
    pub id: String,
    /// Shown when this condition holds (default: always).
    #[cfg_attr(feature = "serde", serde(default))]
    pub when: Option<String>,
}

/// A person's answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerValue {
    /// A number or year-of-birth question's answer.
    Number(f64),
    /// A choice's option id, a date (`YYYY-MM-DD`), an ID number or text.
    Text(String),
    /// A multiple-choice question's option ids.
    List(Vec<String>),
}

impl AnswerValue {
    /// The answer as the text its input holds: what a person would type or pick to give it
    /// (several options comma-separated). Drafts are kept in this form.
    pub fn as_input(&self) -> String {
        match self {
            AnswerValue::Number(n) => format!("{n}"),
            AnswerValue::Text(t) => t.clone(),
            AnswerValue::List(items) => items.join(","),
        }
    }
}

/// The shared catalog: materials, offices and life events defined once, referenced by id.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CatalogFile {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[cfg_attr(feature = "serde", serde(rename = "$schema", default))]
    pub schema: Option<String>,
    /// Documents people bring (身份证, 户口簿, …); words `material-<id>` (with `.hint`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub materials: Vec<CatalogEntry>,
    /// Kinds of office people go to; words `office-<id>`. Regions give addresses.
    #[cfg_attr(feature = "serde", serde(default))]
    pub offices: Vec<CatalogEntry>,
    /// Life events services are grouped by; words `life-event-<id>`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub life_events: Vec<CatalogEntry>,
}

/// One catalog entry.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CatalogEntry {
    /// The id services refer to.
    pub id: String,
    /// A pictogram in `public/icons/` (without `.svg`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub icon: Option<String>,
}

/// A region (a county): the numbers and places that differ between counties. Its words —
/// the office names, addresses and opening hours — are in `locales/<lang>/regions/<id>.ftl`
/// as `region-<id>-office-<office>` with `.address` and `.hours`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct RegionFile {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[cfg_attr(feature = "serde", serde(rename = "$schema", default))]
    pub schema: Option<String>,
    /// The region id: lower-case letters, digits and `-`.
    pub id: String,
    /// Values of the local parameters services use, e.g. `"dibao_standard": 700`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub params: BTreeMap<String, f64>,
    /// Local offices, by catalog office id.
    #[cfg_attr(feature = "serde", serde(default))]
    pub offices: BTreeMap<String, RegionOffice>,
}

/// One local office.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct RegionOffice {
    /// Telephone number, as dialled.
    #[cfg_attr(feature = "serde", serde(default))]
    pub phone: Option<String>,
}

// Reading content without serde: what the widget does (feature `serde` off), with the same
// defaults as the derives above. Unknown fields are not noticed here: `waymark check`, which
// reads through serde, reports them. Anything else serde would refuse — a missing field, a
// wrong type, a duplicate field — is refused too.

/// Why a JSON value does not have the shape of a content file: the field that is missing or
/// of the wrong type (or the kind of question that is not one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub &'static str);

pub(crate) type Shaped<T> = Result<T, ShapeError>;

/// Read a content file without serde: parse the JSON, then convert it with `convert` (such
/// as [`Service::from_value`]). Errors are one diagnostic: E0004 for a file too large, E0005
/// for one nested too deeply, E0001 at the syntax error, or E0002 naming the field.
pub fn read<T>(text: &str, convert: fn(&Value) -> Shaped<T>) -> Result<T, crate::Diagnostic> {
    use crate::diagnostic::{Diagnostic, LineIndex, Position};
    crate::diagnostic::check_size(text)?;
    match crate::json::parse(text) {
        Err(e) if e.is_too_deep() => Err(too_deep(LineIndex::new(text).position(e.offset))),
        Err(e) => Err(Diagnostic::new(
            "E0001",
            LineIndex::new(text).position(e.offset),
            format!("this is not valid JSON: {}", e.message),
            "check for a missing comma, quote or bracket just before this point",
        )),
        Ok(v) => convert(&v).map_err(|ShapeError(field)| {
            Diagnostic::new(
                "E0002",
                Position { line: 1, col: 1 },
                format!("`{field}` is missing or is not what it should be"),
                "run `waymark check` for the exact place",
            )
        }),
    }
}

/// E0005: arrays and objects nested deeper than any content file needs (a stack-exhausting
/// file, or a broken generator).
pub(crate) fn too_deep(position: crate::Position) -> crate::Diagnostic {
    crate::Diagnostic::new(
        "E0005",
        position,
        explain_str!("this file nests brackets too deeply (more than 127 levels)"),
        explain_str!("content files need only a few levels: check for brackets that are never closed"),
    )
}

/// An object's fields, looked up by name.
pub(crate) struct Fields<'a>(&'a [(String, Value)]);

impl<'a> Fields<'a> {
    pub(crate) fn of(v: &'a Value, what: &'static str) -> Shaped<Fields<'a>> {
        match v {
            Value::Object(f) => Ok(Fields(f)),
            _ => Err(ShapeError(what)),
        }
    }

    /// The field's value if present; a field given twice is an error (as in serde).
    pub(crate) fn get(&self, key: &'static str) -> Shaped<Option<&'a Value>> {
        let mut found = self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let first = found.next();
        match found.next() {
            Some(_) => Err(ShapeError(key)),
            None => Ok(first),
        }
    }

    /// A field that must be present.
    pub(crate) fn req<T>(&self, key: &'static str, read: impl Fn(&Value) -> Option<T>) -> Shaped<T> {
        self.get(key)?.and_then(read).ok_or(ShapeError(key))
    }

    /// A field with a default when absent (`#[serde(default)]`; `null` is not absent).
    pub(crate) fn or<T>(
        &self,
        key: &'static str,
        read: impl Fn(&Value) -> Option<T>,
        default: T,
    ) -> Shaped<T> {
        match self.get(key)? {
            None => Ok(default),
            Some(v) => read(v).ok_or(ShapeError(key)),
        }
    }

    /// An `Option` field: absent or `null` is `None`.
    pub(crate) fn opt<T>(&self, key: &'static str, read: impl Fn(&Value) -> Option<T>) -> Shaped<Option<T>> {
        match self.get(key)? {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v).map(Some).ok_or(ShapeError(key)),
        }
    }

    /// A list of objects; absent is empty unless `required`.
    pub(crate) fn list<T>(
        &self,
        key: &'static str,
        required: bool,
        read: fn(&Value) -> Shaped<T>,
    ) -> Shaped<Vec<T>> {
        match self.get(key)? {
            None if !required => Ok(Vec::new()),
            Some(Value::Array(items)) => items.iter().map(read).collect(),
            _ => Err(ShapeError(key)),
        }
    }

    /// A list of strings, empty when absent.
    pub(crate) fn strings(&self, key: &'static str) -> Shaped<Vec<String>> {
        self.or(key, |v| array(v)?.iter().map(string).collect(), Vec::new())
    }

    /// An object read as a map, empty when absent (a key given twice: the last one counts).
    pub(crate) fn map<T>(
        &self,
        key: &'static str,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Shaped<BTreeMap<String, T>> {
        let read_map = |v: &Value| match v {
            Value::Object(f) => f.iter().map(|(k, v)| Some((k.clone(), read(v)?))).collect(),
            _ => None,
        };
        self.or(key, read_map, BTreeMap::new())
    }
}

pub(crate) fn string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

pub(crate) fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        _ => None,
    }
}

/// A `u32`. (serde also refuses `1.0` and `1e2` here; these accept them.)
pub(crate) fn whole(v: &Value) -> Option<u32> {
    let n = number(v)?;
    (n.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&n)).then_some(n as u32)
}

pub(crate) fn boolean(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }
}

pub(crate) fn array(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

impl Service {
    /// Convert a parsed service file (see [`read`]).
    pub fn from_value(v: &Value) -> Result<Service, ShapeError> {
        let f = Fields::of(v, "service")?;
        Ok(Service {
            schema: f.opt("$schema", string)?,
            id: f.req("id", string)?,
            life_events: f.strings("life_events")?,
            params: f.strings("params")?,
            constants: f.map("constants", number)?,
            questions: f.list("questions", true, Question::from_value)?,
            computed: f.list("computed", false, Computed::from_value)?,
            outcomes: f.list("outcomes", true, Outcome::from_value)?,
        })
    }
}

impl Question {
    /// Convert one question: an object with one key, its kind (`{"yes_no": {…}}`).
    pub fn from_value(v: &Value) -> Result<Question, ShapeError> {
        let Value::Object(kind) = v else {
            return Err(ShapeError("questions"));
        };
        let [(kind, body)] = &kind[..] else {
            return Err(ShapeError("questions"));
        };
        let f = Fields::of(body, "questions")?;
        let id = f.req("id", string)?;
        let when = f.opt("when", string)?;
        let options = || f.list("options", true, ChoiceOption::from_value);
        Ok(match kind.as_str() {
            "choice" => Question::Choice {
                id,
                when,
                options: options()?,
            },
            "multi_choice" => Question::MultiChoice {
                id,
                when,
                options: options()?,
                min_selected: f.or("min_selected", whole, one())?,
            },
            "yes_no" => Question::YesNo { id, when },
            "number" => Question::Number {
                id,
                when,
                min: f.opt("min", number)?,
                max: f.opt("max", number)?,
                whole: f.or("whole", boolean, yes())?,
            },
            "date" => Question::Date {
                id,
                when,
                future: f.or("future", boolean, false)?,
            },
            "birth_year" => Question::BirthYear { id, when },
            "id_number" => Question::IdNumber { id, when },
            "text" => Question::Text {
                id,
                when,
                max_length: f.or("max_length", whole, fifty())?,
            },
            _ => return Err(ShapeError("questions")),
        })
    }
}

impl ChoiceOption {
    /// Convert one option.
    pub fn from_value(v: &Value) -> Result<ChoiceOption, ShapeError> {
        let f = Fields::of(v, "options")?;
        Ok(ChoiceOption {
            id: f.req("id", string)?,
            icon: f.opt("icon", string)?,
        })
    }
}

impl Computed {
    /// Convert one computed value.
    pub fn from_value(v: &Value) -> Result<Computed, ShapeError> {
        let f = Fields::of(v, "computed")?;
        Ok(Computed {
            id: f.req("id", string)?,
            expr: f.req("expr", string)?,
        })
    }
}

impl Outcome {
    /// Convert one outcome.
    pub fn from_value(v: &Value) -> Result<Outcome, ShapeError> {
        let f = Fields::of(v, "outcomes")?;
        Ok(Outcome {
            id: f.req("id", string)?,
            when: f.opt("when", string)?,
            materials: f.list("materials", false, MaterialRef::from_value)?,
            office: f.opt("office", string)?,
            time_limit_days: f.opt("time_limit_days", whole)?,
            fee_yuan: f.opt("fee_yuan", number)?,
            next_steps: f.strings("next_steps")?,
            reasons: f.list("reasons", false, Reason::from_value)?,
        })
    }
}

impl MaterialRef {
    /// Convert a material: a bare id, or `{"id": …, "when": …}`.
    pub fn from_value(v: &Value) -> Result<MaterialRef, ShapeError> {
        if let Value::String(id) = v {
            return Ok(MaterialRef::Always(id.clone()));
        }
        let f = Fields::of(v, "materials")?;
        Ok(MaterialRef::When {
            id: f.req("id", string)?,
            when: f.req("when", string)?,
        })
    }
}

impl Reason {
    /// Convert one reason.
    pub fn from_value(v: &Value) -> Result<Reason, ShapeError> {
        let f = Fields::of(v, "reasons")?;
        Ok(Reason {
            id: f.req("id", string)?,
            when: f.opt("when", string)?,
        })
    }
}

impl CatalogFile {
    /// Convert a parsed `catalog.json` (see [`read`]).
    pub fn from_value(v: &Value) -> Result<CatalogFile, ShapeError> {
        let f = Fields::of(v, "catalog")?;
        Ok(CatalogFile {
            schema: f.opt("$schema", string)?,
            materials: f.list("materials", false, CatalogEntry::from_value)?,
            offices: f.list("offices", false, CatalogEntry::from_value)?,
            life_events: f.list("life_events", false, CatalogEntry::from_value)?,
        })
    }
}

impl CatalogEntry {
    /// Convert one catalog entry.
    pub fn from_value(v: &Value) -> Result<CatalogEntry, ShapeError> {
        let f = Fields::of(v, "catalog entry")?;
        Ok(CatalogEntry {
            id: f.req("id", string)?,
            icon: f.opt("icon", string)?,
        })
    }
}

impl RegionFile {
    /// Convert a parsed region file (see [`read`]).
    pub fn from_value(v: &Value) -> Result<RegionFile, ShapeError> {
        let f = Fields::of(v, "region")?;
        Ok(RegionFile {
            schema: f.opt("$schema", string)?,
            id: f.req("id", string)?,
            params: f.map("params", number)?,
            offices: f.map("offices", |v| RegionOffice::from_value(v).ok())?,
        })
    }
}

impl RegionOffice {
    /// Convert one local office.
    pub fn from_value(v: &Value) -> Result<RegionOffice, ShapeError> {
        let f = Fields::of(v, "offices")?;
        Ok(RegionOffice {
            phone: f.opt("phone", string)?,
        })
    }
}
