//! The content model: what site editors write, as serde types.
//!
//! A service file holds structure only. Every word a person sees is a Fluent message named by
//! convention from the ids here (see `locales/<lang>/services/<service>.ftl`):
//! `<service>-<question>` (with `.hint` and `.unit` attributes), `<service>-<question>-<option>`,
//! `<service>-outcome-<outcome>` (with `.text`), `<service>-why-<reason>`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One government service, as a guide of questions leading to outcomes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The service id, also the prefix of its Fluent messages and its file name.
    pub id: String,
    /// Life events (catalog ids) this service belongs to.
    #[serde(default)]
    pub life_events: Vec<String>,
    /// Named numbers the conditions use, such as the monthly income standard.
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
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Question {
    /// Pick one of several options.
    Choice {
        /// Question id: a name usable in expressions (letters, digits, `_`).
        id: String,
        /// Ask only when this condition holds (default: always).
        #[serde(default)]
        when: Option<String>,
        /// The options, in display order.
        options: Vec<ChoiceOption>,
    },
    /// A number typed (or stepped) in.
    Number {
        /// Question id: a name usable in expressions (letters, digits, `_`).
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
        /// Whether only whole numbers are allowed (default true).
        #[serde(default = "default_true")]
        whole: bool,
    },
}

fn default_true() -> bool {
    true
}

impl Question {
    /// The question's id.
    pub fn id(&self) -> &str {
        match self {
            Question::Choice { id, .. } | Question::Number { id, .. } => id,
        }
    }

    /// The question's condition, if any.
    pub fn when(&self) -> Option<&str> {
        match self {
            Question::Choice { when, .. } | Question::Number { when, .. } => when.as_deref(),
        }
    }
}

/// One option of a choice question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Option id, compared in expressions as a string: `hukou == 'local'`.
    pub id: String,
    /// A pictogram in `public/icons/` shown beside the label.
    #[serde(default)]
    pub icon: Option<String>,
}

/// A value computed from answers and constants.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Computed {
    /// Name usable in later expressions and as a Fluent argument (`$income_per_person`).
    pub id: String,
    /// The expression, e.g. `income / people`.
    pub expr: String,
}

/// Where a path ends: what the person may get, what to bring, where to go.
#[derive(Debug, Clone, Deserialize)]
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
    /// Where to go (a catalog office id).
    #[serde(default)]
    pub office: Option<String>,
    /// How long the office takes, in working days.
    #[serde(default)]
    pub time_limit_days: Option<u32>,
    /// Reasons shown as the explanation, each when its condition holds.
    #[serde(default)]
    pub reasons: Vec<Reason>,
}

/// A material an outcome asks for: a bare catalog id, or an id with a condition.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum MaterialRef {
    /// Always needed.
    Always(String),
    /// Needed when the condition holds.
    When {
        /// Catalog id of the material.
        id: String,
        /// Condition under which it is needed.
        when: String,
    },
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
/// numbers (every answer, constant and computed value is an argument).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// Reason id.
    pub id: String,
    /// Shown when this condition holds (default: always).
    #[serde(default)]
    pub when: Option<String>,
}

/// A person's answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    /// A number question's answer.
    Number(f64),
    /// A choice question's option id.
    Choice(String),
}

/// The shared catalog: materials and offices defined once and referenced by id.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// Where editors' tools find the JSON Schema; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Documents people bring (身份证, 户口簿, …); words `material-<id>`.
    #[serde(default)]
    pub materials: Vec<CatalogEntry>,
    /// Places people go; words `office-<id>`.
    #[serde(default)]
    pub offices: Vec<CatalogEntry>,
}

/// One catalog entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// The id services refer to.
    pub id: String,
}
