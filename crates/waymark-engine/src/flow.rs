//! A service compiled and checked ([`Flow`]) and a region's values ([`Region`]): what a
//! [`crate::Session`] walks. `waymark compile` makes them from the editors' files at build time
//! ([`crate::compile`], feature `compile`) and writes them as JSON; the widget reads them with
//! serde ([`crate::compiled`]).

use crate::expr::Expr;
use crate::model::{Outcome, Question, RegionOffice};
use std::collections::BTreeMap;

/// A region: local parameter values and offices.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Region {
    /// The region id.
    pub id: String,
    /// Parameter values by name.
    pub params: BTreeMap<String, f64>,
    /// Local offices by catalog office id.
    pub offices: BTreeMap<String, RegionOffice>,
}

/// A question with its condition compiled.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
#[derive(Debug, Clone)]
pub struct CompiledQuestion {
    /// As written.
    pub def: Question,
    /// The compiled `when`, if any.
    pub when: Option<Expr>,
}

/// An outcome with its conditions compiled.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
#[derive(Debug, Clone)]
pub struct CompiledOutcome {
    /// As written.
    pub def: Outcome,
    /// The compiled `when`, if any.
    pub when: Option<Expr>,
    /// Materials with their compiled conditions.
    pub materials: Vec<(String, Option<Expr>)>,
    /// Reasons with their compiled conditions.
    pub reasons: Vec<(String, Option<Expr>)>,
}

/// A service compiled and checked: what a [`crate::Session`] walks.
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
#[derive(Debug, Clone)]
pub struct Flow {
    /// The service id.
    pub id: String,
    /// Life events it belongs to.
    pub life_events: Vec<String>,
    /// Local parameters it needs from a region.
    pub params: Vec<String>,
    /// Named numbers: constants, and parameter values once a region is bound.
    pub constants: BTreeMap<String, f64>,
    /// Questions in order.
    pub questions: Vec<CompiledQuestion>,
    /// Computed values in order.
    pub computed: Vec<(String, Expr)>,
    /// Outcomes in order.
    pub outcomes: Vec<CompiledOutcome>,
}

impl Flow {
    /// Give the local parameters their values from a region. Returns the names of the
    /// parameters the region lacks (the flow is unchanged then).
    pub fn bind_region(&mut self, region: &Region) -> Result<(), Vec<String>> {
        let missing: Vec<String> = self
            .params
            .iter()
            .filter(|p| !region.params.contains_key(*p))
            .cloned()
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        for p in &self.params {
            self.constants.insert(p.clone(), region.params[p]);
        }
        Ok(())
    }

    /// Index of a question by id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.def.id() == id)
    }
}

/// An id used in Fluent message names and file names: also allows `-`.
pub(crate) fn is_word_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}
