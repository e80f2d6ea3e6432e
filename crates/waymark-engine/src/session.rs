//! One person's walk through a [`Flow`]: answers, the current step, progress and the outcome.
//!
//! The widget never decides where the guide goes next: it calls [`Session::answer`],
//! [`Session::next`] and [`Session::back`], and renders [`Session::step`].

use crate::expr::{self, Value};
use crate::flow::{CompiledOutcome, Flow};
use crate::model::{AnswerValue, Question};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why an answer was not accepted. The widget words each kind for the person.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerError {
    /// Nothing was chosen or typed.
    Required,
    /// The text is not a number.
    NotANumber,
    /// A whole number was expected.
    NotWhole,
    /// Below the question's minimum.
    TooSmall(f64),
    /// Above the question's maximum.
    TooLarge(f64),
    /// Not one of the question's options.
    UnknownOption,
    /// The guide is finished; there is no question to answer.
    NoQuestion,
}

/// An argument for the words of an outcome: a person's number or choice.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    /// A number (answers, constants and computed values).
    Number(f64),
    /// A choice's option id.
    Text(String),
}

/// Where the person is in the guide: "step 2 of 5".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// This question's number, counting from 1.
    pub step: usize,
    /// Questions that are or may still be asked, given the answers so far.
    pub total: usize,
}

/// What the person gets at the end.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeView {
    /// The outcome id (words: `<service>-outcome-<id>`).
    pub id: String,
    /// Catalog ids of the materials to bring, in order.
    pub materials: Vec<String>,
    /// Catalog id of the office to go to.
    pub office: Option<String>,
    /// How long the office takes, in working days.
    pub time_limit_days: Option<u32>,
    /// The reasons that hold (words: `<service>-why-<id>`).
    pub reasons: Vec<String>,
    /// Arguments for the reasons' words: every answer, constant and computed value.
    pub args: Vec<(String, ArgValue)>,
}

/// The current step.
#[derive(Debug, Clone)]
pub enum Step<'f> {
    /// A question to answer.
    Question(&'f Question),
    /// The guide is finished.
    Outcome(OutcomeView),
}

/// One person's progress through one service. Serializable, so it can be kept as a draft.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Session {
    /// Answers by question id: only those on the path the answers lead to.
    answers: BTreeMap<String, AnswerValue>,
    /// The question being asked; `None` once the guide is finished.
    current: Option<String>,
}

impl Session {
    /// Start at the first question that applies.
    pub fn new(flow: &Flow) -> Session {
        let mut s = Session::default();
        s.current = s.asked_after(flow, None);
        s
    }

    /// The current step: a question, or the outcome.
    pub fn step<'f>(&self, flow: &'f Flow) -> Step<'f> {
        match self.current.as_deref().and_then(|id| flow.question_index(id)) {
            Some(i) => Step::Question(&flow.questions[i].def),
            None => Step::Outcome(self.outcome(flow)),
        }
    }

    /// The id of the question being asked; `None` once the guide is finished.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }

    /// The stored answer to a question, if any.
    pub fn answer_to(&self, question: &str) -> Option<&AnswerValue> {
        self.answers.get(question)
    }

    /// All answers on the current path, by question id.
    pub fn answers(&self) -> &BTreeMap<String, AnswerValue> {
        &self.answers
    }

    /// Answer the current question with what the person chose or typed: an option id for a
    /// choice, the typed text for a number (full-width digits and thousands separators are
    /// accepted). A rejected answer leaves the stored one as it was.
    pub fn answer(&mut self, flow: &Flow, input: &str) -> Result<(), AnswerError> {
        let Step::Question(q) = self.step(flow) else {
            return Err(AnswerError::NoQuestion);
        };
        let value = parse_answer(q, input)?;
        self.answers.insert(q.id().to_string(), value);
        self.prune(flow);
        Ok(())
    }

    /// Go to the next question that applies, or to the outcome. The current question must
    /// have an answer.
    pub fn next(&mut self, flow: &Flow) -> Result<(), AnswerError> {
        let Some(current) = self.current.clone() else {
            return Err(AnswerError::NoQuestion);
        };
        if !self.answers.contains_key(&current) {
            return Err(AnswerError::Required);
        }
        self.current = self.asked_after(flow, flow.question_index(&current));
        Ok(())
    }

    /// Go back to the previous question asked (from the outcome: the last one). Answers are
    /// kept. Returns false on the first question.
    pub fn back(&mut self, flow: &Flow) -> bool {
        let upto = match self.current.as_deref() {
            Some(id) => flow.question_index(id).unwrap_or(0),
            None => flow.questions.len(),
        };
        let previous = (0..upto).rev().find(|&i| self.is_asked(flow, i));
        match previous {
            Some(i) => {
                self.current = Some(flow.questions[i].def.id().to_string());
                true
            }
            None => false,
        }
    }

    /// Forget every answer and go to the first question.
    pub fn restart(&mut self, flow: &Flow) {
        *self = Session::new(flow);
    }

    /// Whether the guide is on its first question.
    pub fn is_first(&self, flow: &Flow) -> bool {
        let mut probe = self.clone();
        !probe.back(flow)
    }

    /// Step counter for the current question ("第 2 步,共 5 步"); `None` at the outcome.
    pub fn progress(&self, flow: &Flow) -> Option<Progress> {
        let current = flow.question_index(self.current.as_deref()?)?;
        let step = (0..current).filter(|&i| self.is_asked(flow, i)).count() + 1;
        let total = (0..flow.questions.len())
            .filter(|&i| self.is_reachable(flow, i))
            .count();
        Some(Progress {
            step,
            total: total.max(step),
        })
    }

    /// Whether question `i` is asked, given the answers (its condition is true).
    pub fn is_asked(&self, flow: &Flow, i: usize) -> bool {
        match &flow.questions[i].when {
            None => true,
            Some(w) => self.eval(flow, w) == Value::Bool(true),
        }
    }

    /// Whether question `i` is or may still be asked (its condition is true or not yet known).
    pub fn is_reachable(&self, flow: &Flow, i: usize) -> bool {
        match &flow.questions[i].when {
            None => true,
            Some(w) => self.eval(flow, w) != Value::Bool(false),
        }
    }

    fn asked_after(&self, flow: &Flow, after: Option<usize>) -> Option<String> {
        let from = after.map_or(0, |i| i + 1);
        (from..flow.questions.len())
            .find(|&i| self.is_asked(flow, i))
            .map(|i| flow.questions[i].def.id().to_string())
    }

    /// Drop answers to questions the other answers no longer lead to. Questions only look
    /// back, so one pass in order settles it.
    fn prune(&mut self, flow: &Flow) {
        for i in 0..flow.questions.len() {
            if !self.is_asked(flow, i) {
                self.answers.remove(flow.questions[i].def.id());
            }
        }
    }

    /// Every named value: constants, answers, then computed values in order.
    fn values(&self, flow: &Flow) -> BTreeMap<String, Value> {
        let mut vals: BTreeMap<String, Value> = flow
            .constants
            .iter()
            .map(|(k, v)| (k.clone(), Value::Number(*v)))
            .collect();
        for (k, a) in &self.answers {
            let v = match a {
                AnswerValue::Number(n) => Value::Number(*n),
                AnswerValue::Choice(c) => Value::Text(c.clone()),
            };
            vals.insert(k.clone(), v);
        }
        for (id, e) in &flow.computed {
            let v = expr::eval(e, &|n| vals.get(n).cloned().unwrap_or(Value::Unknown));
            vals.insert(id.clone(), v);
        }
        vals
    }

    fn eval(&self, flow: &Flow, e: &expr::Expr) -> Value {
        let vals = self.values(flow);
        expr::eval(e, &|n| vals.get(n).cloned().unwrap_or(Value::Unknown))
    }

    fn outcome(&self, flow: &Flow) -> OutcomeView {
        let vals = self.values(flow);
        let holds = |w: &Option<expr::Expr>| match w {
            None => true,
            Some(e) => {
                expr::eval(e, &|n| vals.get(n).cloned().unwrap_or(Value::Unknown)) == Value::Bool(true)
            }
        };
        // Compilation guarantees the last outcome has no condition.
        let chosen: Option<&CompiledOutcome> = flow.outcomes.iter().find(|o| holds(&o.when));
        let Some(o) = chosen else {
            return OutcomeView {
                id: String::new(),
                materials: vec![],
                office: None,
                time_limit_days: None,
                reasons: vec![],
                args: vec![],
            };
        };
        let args = vals
            .iter()
            .filter_map(|(k, v)| match v {
                Value::Number(n) => Some((k.clone(), ArgValue::Number(round2(*n)))),
                Value::Text(t) => Some((k.clone(), ArgValue::Text(t.clone()))),
                _ => None,
            })
            .collect();
        OutcomeView {
            id: o.def.id.clone(),
            materials: o
                .materials
                .iter()
                .filter(|(_, w)| holds(w))
                .map(|(id, _)| id.clone())
                .collect(),
            office: o.def.office.clone(),
            time_limit_days: o.def.time_limit_days,
            reasons: o
                .reasons
                .iter()
                .filter(|(_, w)| holds(w))
                .map(|(id, _)| id.clone())
                .collect(),
            args,
        }
    }
}

/// Round for display: money and counts read best with at most two decimals.
fn round2(n: f64) -> f64 {
    (n * 100.0).round() / 100.0
}

/// Turn what the person typed into a number: full-width digits (from Chinese input
/// methods), spaces and thousands separators are accepted.
fn normalize_number(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            '－' => Some('-'),
            ',' | '，' | ' ' | '\u{3000}' | '_' => None,
            c => Some(c),
        })
        .collect()
}

fn parse_answer(q: &Question, input: &str) -> Result<AnswerValue, AnswerError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(AnswerError::Required);
    }
    match q {
        Question::Choice { options, .. } => {
            if options.iter().any(|o| o.id == input) {
                Ok(AnswerValue::Choice(input.to_string()))
            } else {
                Err(AnswerError::UnknownOption)
            }
        }
        Question::Number { min, max, whole, .. } => {
            let text = normalize_number(input);
            let n: f64 = text.parse().map_err(|_| AnswerError::NotANumber)?;
            if !n.is_finite() || text.chars().any(|c| c.is_ascii_alphabetic()) {
                return Err(AnswerError::NotANumber);
            }
            if *whole && n.fract() != 0.0 {
                return Err(AnswerError::NotWhole);
            }
            if let Some(lo) = min {
                if n < *lo {
                    return Err(AnswerError::TooSmall(*lo));
                }
            }
            if let Some(hi) = max {
                if n > *hi {
                    return Err(AnswerError::TooLarge(*hi));
                }
            }
            Ok(AnswerValue::Number(n))
        }
    }
}
