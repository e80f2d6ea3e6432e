//! The content model: what site editors write, read through serde. The CLI reads the editors'
//! files and writes the compiled form (feature `compile`, which also derives `Serialize`); the
//! widget reads only the compiled form, in which a flow keeps these definitions as they were
//! written beside their compiled conditions.
//! The JSON Schemas in `public/schema/` are generated from these types (`waymark schema`);
//! the doc comments become the hover text editors see.
//!
//! A service file holds structure only. Every word a person sees is a Fluent message named by
//! convention from the ids here (see `locales/<lang>/services/<service>.ftl`); the names are
//! put together in one place, [`crate::message`], which lists them.

use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// One government service, as a guide of questions leading to outcomes.
#[derive(Debug, Clone)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The service id: lower-case letters, digits and `-`. Also the file name and the prefix
    /// of the service's Fluent messages.
    pub id: String,
    /// Life events (catalog ids) this service belongs to, e.g. `hardship`, `old-age`.
    #[serde(default)]
    pub life_events: Vec<String>,
    /// Local parameters this service uses (numbers that differ between counties, such as the
    /// monthly 低保 standard). Each region file gives their values.
    #[serde(default)]
    pub params: Vec<String>,
    /// Named numbers the conditions use that are the same everywhere.
    #[serde(default)]
    pub constants: BTreeMap<String, f64>,
    /// The questions, asked in this order, each only when its `when` holds.
    pub questions: Vec<Question>,
    /// Values worked out from answers, usable in conditions and in explanations.
    #[serde(default)]
    pub computed: Vec<Computed>,
    /// Outcomes, tried in order once no question is left: the first whose `when` holds wins.
    /// The last one should have no `when`, so every path ends somewhere.
    pub outcomes: Vec<Outcome>,
}

/// A question: one per page.
#[derive(Debug, Clone)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Question {
    /// Pick one of several options (radio buttons, each with a picture).
    Choice {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
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
        #[serde(default)]
        when: Option<String>,
        /// The options, in display order.
        options: Vec<ChoiceOption>,
        /// How many must be picked at least (default 1).
        #[serde(default = "one")]
        min_selected: u32,
    },
    /// Yes or no. Options are `yes` and `no`; their words default to the widget's 是 / 否
    /// unless the service gives `<service>-<question>-yes` / `-no` (e.g. 有 / 没有).
    YesNo {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
    },
    /// A number, with an optional range. Its unit is the `.unit` attribute of its words.
    Number {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
        /// Smallest allowed value.
        #[serde(default)]
        min: Option<f64>,
        /// Largest allowed value.
        #[serde(default)]
        max: Option<f64>,
        /// Whether only whole numbers are allowed (default true; false allows decimals).
        #[serde(default = "yes")]
        whole: bool,
    },
    /// A calendar date (年-月-日). In conditions: `years_since(question)`, `days_since(question)`.
    Date {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
        /// Whether the date may be in the future (default false).
        #[serde(default)]
        future: bool,
    },
    /// Year of birth, picked from a list. In conditions it is a number; age is
    /// `this_year - question`.
    BirthYear {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
    },
    /// An 18-digit resident identity card number (居民身份证号码), checked with its check
    /// digit. In conditions: `id_age(question)` is the holder's age in full years.
    IdNumber {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
    },
    /// Short free text. Use rarely: typing is hard for many of the people we serve.
    Text {
        /// Question id: a name usable in conditions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
        /// Longest allowed answer, in characters (default 50).
        #[serde(default = "fifty")]
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
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Option id, compared in conditions as text: `hukou == 'local'`.
    pub id: String,
    /// A pictogram in `public/icons/` (without `.svg`) shown beside the label.
    #[serde(default)]
    pub icon: Option<String>,
}

/// A value computed from answers, constants and parameters.
#[derive(Debug, Clone)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Computed {
    /// Name usable in later conditions and as a Fluent argument (`$income_per_person`).
    pub id: String,
    /// The expression, e.g. `income / people`.
    pub expr: String,
}

/// Where a path ends: what the person may get, what to bring, where to go.
#[derive(Debug, Clone, Default)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Outcome id; its words are `<service>-outcome-<id>` with a `.text` attribute.
    pub id: String,
    /// This outcome applies when the condition holds (default: always).
    #[serde(default)]
    pub when: Option<String>,
    /// Materials to bring (catalog ids), each possibly conditional.
    #[serde(default)]
    pub materials: Vec<MaterialRef>,
    /// Where to go (a catalog office id; the region gives its address and hours).
    #[serde(default)]
    pub office: Option<String>,
    /// How long the office takes, in working days.
    #[serde(default)]
    pub time_limit_days: Option<u32>,
    /// What it costs, in yuan (0: free). Leave out when it does not apply.
    #[serde(default)]
    pub fee_yuan: Option<f64>,
    /// What to do next, in order; words `<service>-next-<id>`.
    #[serde(default)]
    pub next_steps: Vec<String>,
    /// Reasons shown as the explanation, each when its condition holds.
    #[serde(default)]
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

// Hand-written rather than `#[serde(untagged)]`: untagged enums buffer the input. In the
// editors' JSON (human-readable) a material is a bare id or `{"id": …, "when": …}`; in the
// compiled files (postcard, which cannot ask what comes next) it is tagged: 0 and the id, or
// 1, the id and the condition.
impl<'de> serde::Deserialize<'de> for MaterialRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct When {
            id: String,
            when: String,
        }
        #[derive(serde::Deserialize)]
        enum Tagged {
            Always(String),
            When(String, String),
        }
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
                let w = <When as serde::Deserialize>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(MaterialRef::When {
                    id: w.id,
                    when: w.when,
                })
            }
        }
        if d.is_human_readable() {
            d.deserialize_any(V)
        } else {
            Ok(match <Tagged as serde::Deserialize>::deserialize(d)? {
                Tagged::Always(id) => MaterialRef::Always(id),
                Tagged::When(id, when) => MaterialRef::When { id, when },
            })
        }
    }
}

/// Written back as it was read: a bare id, or the id with its condition.
#[cfg(feature = "compile")]
impl serde::Serialize for MaterialRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeStruct, SerializeTupleVariant};
        if !s.is_human_readable() {
            return match self {
                MaterialRef::Always(id) => s.serialize_newtype_variant("Tagged", 0, "Always", id),
                MaterialRef::When { id, when } => {
                    let mut v = s.serialize_tuple_variant("Tagged", 1, "When", 2)?;
                    v.serialize_field(id)?;
                    v.serialize_field(when)?;
                    v.end()
                }
            };
        }
        match self {
            MaterialRef::Always(id) => s.serialize_str(id),
            MaterialRef::When { id, when } => {
                let mut m = s.serialize_struct("When", 2)?;
                m.serialize_field("id", id)?;
                m.serialize_field("when", when)?;
                m.end()
            }
        }
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
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// Reason id.
    pub id: String,
    /// Shown when this condition holds (default: always).
    #[serde(default)]
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
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Documents people bring (身份证, 户口簿, …); words `material-<id>` (with `.hint`).
    #[serde(default)]
    pub materials: Vec<CatalogEntry>,
    /// Kinds of office people go to; words `office-<id>`. Regions give addresses.
    #[serde(default)]
    pub offices: Vec<CatalogEntry>,
    /// Life events services are grouped by; words `life-event-<id>`.
    #[serde(default)]
    pub life_events: Vec<CatalogEntry>,
}

/// One catalog entry.
#[derive(Debug, Clone)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// The id services refer to.
    pub id: String,
    /// A pictogram in `public/icons/` (without `.svg`).
    #[serde(default)]
    pub icon: Option<String>,
}

/// A region (a county): the numbers and places that differ between counties. Its words —
/// the office names, addresses and opening hours — are in `locales/<lang>/regions/<id>.ftl`
/// as `region-<id>-office-<office>` with `.address` and `.hours`.
#[derive(Debug, Clone)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The region id: lower-case letters, digits and `-`.
    pub id: String,
    /// Values of the local parameters services use, e.g. `"dibao_standard": 700`.
    #[serde(default)]
    pub params: BTreeMap<String, f64>,
    /// Local offices, by catalog office id.
    #[serde(default)]
    pub offices: BTreeMap<String, RegionOffice>,
}

/// One local office.
#[derive(Debug, Clone, PartialEq)]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionOffice {
    /// Telephone number, as dialled.
    #[serde(default)]
    pub phone: Option<String>,
}

