//! One person's walk through a [`Flow`]: answers, the current step, progress and the outcome.
//!
//! The widget never decides where the guide goes next: it calls [`Session::answer`],
//! [`Session::next`] and [`Session::back`], and renders [`Session::step`].

use crate::dates::{self, IdProblem};
use crate::expr::{self, Ctx, NameMap, Value};
use crate::flow::{CompiledOutcome, Flow};
use crate::message::Arg;
use crate::model::{AnswerValue, Question};
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
    /// Fewer options picked than the question needs.
    TooFew(u32),
    /// Not a real date.
    NotADate,
    /// A date in the future where only past dates make sense.
    InTheFuture,
    /// An ID number that is not 18 characters long.
    IdLength,
    /// An ID number whose birth date is impossible.
    IdBirthDate,
    /// An ID number whose check digit does not match: a digit was mistyped.
    IdCheckDigit,
    /// Longer than the question allows.
    TooLong(u32),
    /// The guide is finished; there is no question to answer.
    NoQuestion,
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutcomeView {
    /// The outcome id (words: `<service>-outcome-<id>`).
    pub id: String,
    /// Catalog ids of the materials to bring, in order.
    pub materials: Vec<String>,
    /// Catalog id of the office to go to.
    pub office: Option<String>,
    /// How long the office takes, in working days.
    pub time_limit_days: Option<u32>,
    /// What it costs, in yuan.
    pub fee_yuan: Option<f64>,
    /// What to do next (words: `<service>-next-<id>`).
    pub next_steps: Vec<String>,
    /// The reasons that hold (words: `<service>-why-<id>`).
    pub reasons: Vec<String>,
    /// Arguments for the reasons' words: every answer, parameter, constant and computed value
    /// (ID numbers and free text excepted: they never appear in results).
    pub args: Vec<(String, Arg)>,
}

/// The current step.
#[derive(Debug, Clone)]
pub enum Step<'f> {
    /// A question to answer.
    Question(&'f Question),
    /// Every question is answered: the person checks the answers before the result.
    Check,
    /// The guide is finished.
    Outcome(OutcomeView),
}

/// Why a saved draft could not be restored.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftError {
    /// Not a draft at all (corrupt, or something else stored under the key). What it holds
    /// is set aside for diagnosis (`set_aside`); the reader's own message is not kept (its
    /// text would cost the widget a kilobyte, and the set-aside copy says more).
    Unreadable,
    /// A draft format this version does not know.
    UnknownFormat(u32),
    /// A draft written by a newer version of Waymark (another tab, or a newer deployment):
    /// keep it, and never overwrite it with an older format.
    Newer(u32),
    /// A draft of another service.
    OtherService(String),
    /// Saved longer ago than the deployment keeps drafts: forget it.
    Expired,
}

/// The largest number (in size) any number question takes, whatever its own maximum: more
/// than any amount or count a person has, small enough that sums and products of answers stay
/// exact and finite, so a result never says "inf 元". (`waymark check` warns of a number
/// question without a maximum of its own.)
pub const MAX_NUMBER: f64 = 1e12;

/// The draft format written by [`Session::to_draft`]. Bump when the shape changes, and teach
/// [`Session::restore`] to read the old one. 2: the day it was saved, and the questions whose
/// answers were deliberately not kept (`saved`, `withheld`); format 1 is read as a draft of
/// unknown age that withheld nothing.
pub const DRAFT_FORMAT: u32 = 2;

/// How long a draft is kept by default, in days (a deployment may set another number).
pub const DRAFT_KEEP_DAYS: u32 = 7;

#[derive(Debug, PartialEq)]
#[derive(serde::Serialize, serde::Deserialize)]
struct Draft {
    format: u32,
    service: String,
    /// The day it was saved (days since 1970-01-01), when known: drafts expire.
    #[serde(default)]
    saved: Option<i64>,
    /// Each answer as the text its input would hold (several options comma-separated):
    /// restoring replays them through the same checks as typing them.
    answers: Vec<(String, String)>,
    current: Option<String>,
    /// Questions answered but not kept: an ID number or free text never goes to storage
    /// (it is asked again after a reload, saying why).
    #[serde(default)]
    withheld: Vec<String>,
}

/// The format number of a draft, read before anything else: a newer version's draft may have
/// any other shape, and must still be recognised as newer (and left alone).
fn draft_format(text: &str) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Head {
        format: u32,
    }
    serde_json_wasm::from_str::<Head>(text).ok().map(|h| h.format)
}

/// Whether an answer to `q` is private: never written to the device's storage.
pub fn is_private(q: &Question) -> bool {
    matches!(q, Question::IdNumber { .. } | Question::Text { .. })
}

/// At most this much of an unreadable draft is set aside (a diagnosis needs its start, and
/// storage is small).
pub const SET_ASIDE_BYTES: usize = 4096;

/// What to keep of a draft that could not be read, for diagnosis: the day, then at most
/// [`SET_ASIDE_BYTES`] of it. It expires like a draft ([`set_aside_expired`]).
pub fn set_aside(text: &str, today: i64) -> String {
    let mut end = text.len().min(SET_ASIDE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{today}\n{}", &text[..end])
}

/// Whether a set-aside copy ([`set_aside`]) is older than `keep_days` (or not one at all).
pub fn set_aside_expired(kept: &str, today: i64, keep_days: u32) -> bool {
    let day = kept.split('\n').next().and_then(|d| d.parse::<i64>().ok());
    day.is_none_or(|d| today.saturating_sub(d) > i64::from(keep_days))
}

/// Whether the draft `text` (of any service) was saved more than `keep_days` before `today`: a
/// guide sweeps such drafts from the device when it opens, so a draft of a service never
/// opened again does not stay for ever. One that cannot be read is left for its service's
/// guide to set aside ([`set_aside`]); one of a newer format is left alone.
pub fn draft_is_stale(text: &str, today: i64, keep_days: u32) -> bool {
    if draft_format(text).is_none_or(|n| n > DRAFT_FORMAT) {
        return false;
    }
    let draft = serde_json_wasm::from_str::<Draft>(text).ok();
    match draft {
        None => false,
        Some(d) => d
            .saved
            .is_some_and(|saved| today.saturating_sub(saved) > i64::from(keep_days)),
    }
}

/// A draft taken up again by [`Session::restore`].
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The session, at the first question left to answer (or the check page).
    pub session: Session,
    /// How many saved answers no longer fit the service (its content changed since).
    pub dropped: usize,
    /// Questions the person answered whose answers were not kept (ID numbers, free text):
    /// asked again, saying why.
    pub withheld: Vec<String>,
}

/// One person's progress through one service.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// Answers by question id: only those on the path the answers lead to.
    answers: BTreeMap<String, AnswerValue>,
    /// The question being asked; `None` once every question is answered.
    current: Option<String>,
    /// Whether the person has checked their answers and asked for the result.
    confirmed: bool,
    /// Whether the person came from the check page to change an answer (and goes back there).
    changing: bool,
    /// Today, as days since 1970-01-01, for ages and dates (set by the caller).
    today: Option<i64>,
}

impl Session {
    /// Start at the first question that applies.
    pub fn new(flow: &Flow) -> Session {
        let mut s = Session::default();
        s.current = s.asked_after(flow, None);
        s
    }

    /// Set today's date (days since 1970-01-01): ages and date questions need it.
    pub fn set_today(&mut self, flow: &Flow, today: i64) {
        self.today = Some(dates::clamp_day(today));
        if self.current.is_none() && self.answers.is_empty() {
            self.current = self.asked_after(flow, None);
        }
    }

    /// The current step: a question, or the outcome.
    pub fn step<'f>(&self, flow: &'f Flow) -> Step<'f> {
        match self.current.as_deref().and_then(|id| flow.question_index(id)) {
            Some(i) => Step::Question(&flow.questions[i].def),
            None if self.confirmed => Step::Outcome(self.outcome(flow)),
            None => Step::Check,
        }
    }

    /// The id of the question being asked; `None` once the guide is finished.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }

    /// Whether the person has checked the answers and asked for the result.
    pub fn is_confirmed(&self) -> bool {
        self.confirmed && self.current.is_none()
    }

    /// The stored answer to a question, if any.
    pub fn answer_to(&self, question: &str) -> Option<&AnswerValue> {
        self.answers.get(question)
    }

    /// The questions asked on the current path, in order, with their answers (for the check
    /// page).
    pub fn answered_path<'f>(&self, flow: &'f Flow) -> Vec<(&'f Question, &AnswerValue)> {
        (0..flow.questions.len())
            .filter(|&i| self.is_asked(flow, i))
            .filter_map(|i| {
                let q = &flow.questions[i].def;
                self.answers.get(q.id()).map(|a| (q, a))
            })
            .collect()
    }

    /// All answers on the current path, by question id.
    pub fn answers(&self) -> &BTreeMap<String, AnswerValue> {
        &self.answers
    }

    /// Answer the current question with what the person chose or typed: an option id for a
    /// choice or yes/no, the typed text for a number (full-width digits and thousands
    /// separators are accepted), `YYYY-MM-DD` for a date. A rejected answer leaves the stored
    /// one as it was.
    pub fn answer(&mut self, flow: &Flow, input: &str) -> Result<(), AnswerError> {
        let Step::Question(q) = self.step(flow) else {
            return Err(AnswerError::NoQuestion);
        };
        let value = parse_input(q, input, self.today)?;
        self.answers.insert(q.id().to_string(), value);
        self.prune(flow);
        Ok(())
    }

    /// Answer a multiple-choice question with the option ids picked.
    pub fn answer_list(&mut self, flow: &Flow, picked: &[String]) -> Result<(), AnswerError> {
        let Step::Question(q) = self.step(flow) else {
            return Err(AnswerError::NoQuestion);
        };
        let value = parse_list(q, picked)?;
        self.answers.insert(q.id().to_string(), value);
        self.prune(flow);
        Ok(())
    }

    /// Go to the next question that applies, or to the check page. The current question must
    /// have an answer. After a change made from the check page, go back there, unless the
    /// change opened questions not answered yet: those are asked first.
    pub fn next(&mut self, flow: &Flow) -> Result<(), AnswerError> {
        let Some(current) = self.current.clone() else {
            return Err(AnswerError::NoQuestion);
        };
        if !self.answers.contains_key(&current) {
            return Err(AnswerError::Required);
        }
        let mut next = self.asked_after(flow, flow.question_index(&current));
        if self.changing {
            while let Some(id) = next.as_deref() {
                if !self.answers.contains_key(id) {
                    break;
                }
                next = self.asked_after(flow, flow.question_index(id));
            }
            self.changing = next.is_some();
        }
        self.current = next;
        Ok(())
    }

    /// From the check page, show the result.
    pub fn confirm(&mut self) -> bool {
        let ok = self.current.is_none();
        self.confirmed |= ok;
        ok
    }

    /// From the check page, change the answer to a question; after it the person returns to
    /// the check page.
    pub fn change(&mut self, flow: &Flow, question: &str) -> bool {
        let ok = self.go_to(flow, question);
        if ok {
            self.changing = true;
            self.confirmed = false;
        }
        ok
    }

    /// Go back: from the result to the check page, from the check page to the last question,
    /// from a question to the one asked before it. Answers are kept. Returns false on the
    /// first question.
    pub fn back(&mut self, flow: &Flow) -> bool {
        self.changing = false;
        if self.current.is_none() && self.confirmed {
            self.confirmed = false;
            return true;
        }
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

    /// Jump to a question (to change its answer) if it is asked on this path and every question
    /// asked before it has an answer: a person can go back to anything they have seen, never
    /// skip ahead.
    pub fn go_to(&mut self, flow: &Flow, question: &str) -> bool {
        for i in (0..flow.questions.len()).filter(|&i| self.is_asked(flow, i)) {
            let id = flow.questions[i].def.id();
            if id == question {
                self.current = Some(question.to_string());
                return true;
            }
            if !self.answers.contains_key(id) {
                return false;
            }
        }
        false
    }

    /// Forget every answer and go to the first question.
    pub fn restart(&mut self, flow: &Flow) {
        let today = self.today;
        *self = Session {
            today,
            ..Session::default()
        };
        self.current = self.asked_after(flow, None);
    }

    /// Whether the guide is on its first question.
    pub fn is_first(&self, flow: &Flow) -> bool {
        let mut probe = self.clone();
        !probe.back(flow)
    }

    /// Step counter for the current question ("第 2 步,共 5 步"); `None` at the check page and
    /// the outcome.
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

    /// The session as a draft to keep on the device (versioned JSON), dated today. ID numbers
    /// and free text are never in it: only which questions they answered ([`is_private`]).
    pub fn to_draft(&self, flow: &Flow) -> String {
        let private = |q: &str| {
            flow.question_index(q)
                .is_some_and(|i| is_private(&flow.questions[i].def))
        };
        let (withheld, kept): (Vec<_>, Vec<_>) = self.answers.iter().partition(|(q, _)| private(q));
        let draft = Draft {
            format: DRAFT_FORMAT,
            service: flow.id.clone(),
            saved: self.today,
            answers: kept.into_iter().map(|(q, a)| (q.clone(), a.as_input())).collect(),
            current: self.current.clone(),
            withheld: withheld.into_iter().map(|(q, _)| q.clone()).collect(),
        };
        serde_json_wasm::to_string(&draft).unwrap_or_default()
    }

    /// Restore a draft (see [`Session::restore`]), keeping it however old it is. Returns the
    /// restored session and how many answers were dropped.
    pub fn from_draft(flow: &Flow, text: &str, today: Option<i64>) -> Result<(Session, usize), DraftError> {
        Session::restore(flow, text, today, None).map(|r| (r.session, r.dropped))
    }

    /// Restore a draft saved at most `keep_days` days before `today` (`None`: any age).
    /// Answers the service no longer asks, or no longer accepts (the content changed since),
    /// are dropped. The person resumes at the first question left to answer; when that is one
    /// whose answer was withheld (an ID number), the answers saved after it are kept, and once
    /// it is answered again the guide goes on to the next question still open, or the check
    /// page.
    pub fn restore(
        flow: &Flow,
        text: &str,
        today: Option<i64>,
        keep_days: Option<u32>,
    ) -> Result<Restored, DraftError> {
        match draft_format(text) {
            Some(n) if n > DRAFT_FORMAT => return Err(DraftError::Newer(n)),
            Some(1 | DRAFT_FORMAT) | None => {}
            Some(n) => return Err(DraftError::UnknownFormat(n)),
        }
        let draft: Draft = serde_json_wasm::from_str(text).map_err(|_| DraftError::Unreadable)?;
        if draft.service != flow.id {
            return Err(DraftError::OtherService(draft.service));
        }
        if let (Some(today), Some(saved), Some(keep)) = (today, draft.saved, keep_days) {
            if today.saturating_sub(saved) > i64::from(keep) {
                return Err(DraftError::Expired);
            }
        }
        // Replay the answers in the flow's order, re-checking each one: the rules may have
        // changed since the draft was saved.
        let mut session = Session {
            today: today.map(dates::clamp_day),
            ..Session::default()
        };
        session.current = session.asked_after(flow, None);
        let saved = |id: &str| draft.answers.iter().find(|(q, _)| q == id).map(|(_, a)| a);
        let mut kept = 0;
        while let Some(id) = session.current.clone() {
            let Some(input) = saved(&id) else {
                break;
            };
            if session.answer(flow, input).is_err() || session.next(flow).is_err() {
                break;
            }
            kept += 1;
        }
        let stopped_at = session.current.clone();
        let withheld: Vec<String> = draft
            .withheld
            .iter()
            .filter(|q| flow.question_index(q).is_some())
            .cloned()
            .collect();
        if stopped_at.as_ref().is_some_and(|q| draft.withheld.contains(q)) {
            // Asked again for a withheld answer: the answers after it wait, each re-checked,
            // and after it the guide goes on to whatever is still open.
            let before = session.answers.len();
            for (q, input) in &draft.answers {
                let Some(i) = flow.question_index(q) else { continue };
                if session.answers.contains_key(q) {
                    continue;
                }
                if let Ok(value) = parse_input(&flow.questions[i].def, input, today) {
                    session.answers.insert(q.clone(), value);
                }
            }
            session.prune(flow);
            kept += session.answers.len() - before;
            session.changing = true;
        } else if let Some(cur) = draft.current.as_deref() {
            // Where the person was, if it is still on the path and already reached.
            let reached = stopped_at
                .as_deref()
                .and_then(|c| flow.question_index(c))
                .unwrap_or(usize::MAX);
            if flow.question_index(cur).is_some_and(|i| i < reached) {
                session.go_to(flow, cur);
            }
        }
        Ok(Restored {
            session,
            dropped: draft.answers.len().saturating_sub(kept),
            withheld,
        })
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

    /// Every named value: built-ins, constants, answers, then computed values in order.
    fn values(&self, flow: &Flow) -> NameMap<Value> {
        let mut vals = NameMap::new();
        vals.extend(flow.constants.iter().map(|(k, v)| (k.clone(), Value::Number(*v))));
        if let Some(today) = self.today {
            vals.insert(
                "this_year".into(),
                Value::Number(dates::civil_from_days(today).0 as f64),
            );
        }
        for q in &flow.questions {
            let Some(a) = self.answers.get(q.def.id()) else {
                continue;
            };
            let v = match (a, &q.def) {
                (AnswerValue::Number(n), _) => Value::Number(*n),
                (AnswerValue::Text(t), Question::Date { .. }) => {
                    dates::parse_date(t).map_or(Value::Unknown, Value::Date)
                }
                (AnswerValue::Text(t), _) => Value::Text(t.clone()),
                (AnswerValue::List(items), _) => Value::List(items.clone()),
            };
            vals.insert(q.def.id().to_string(), v);
        }
        for (id, e) in &flow.computed {
            let lookup = |n: &str| vals.get(n).cloned().unwrap_or(Value::Unknown);
            let v = expr::eval(
                e,
                &Ctx {
                    lookup: &lookup,
                    today: self.today,
                },
            );
            vals.insert(id.clone(), v);
        }
        vals
    }

    fn eval(&self, flow: &Flow, e: &expr::Expr) -> Value {
        let vals = self.values(flow);
        let lookup = |n: &str| vals.get(n).cloned().unwrap_or(Value::Unknown);
        expr::eval(
            e,
            &Ctx {
                lookup: &lookup,
                today: self.today,
            },
        )
    }

    fn outcome(&self, flow: &Flow) -> OutcomeView {
        let vals = self.values(flow);
        let lookup = |n: &str| vals.get(n).cloned().unwrap_or(Value::Unknown);
        let ctx = Ctx {
            lookup: &lookup,
            today: self.today,
        };
        let holds = |w: &Option<expr::Expr>| match w {
            None => true,
            Some(e) => expr::eval(e, &ctx) == Value::Bool(true),
        };
        // Compilation guarantees the last outcome has no condition.
        let chosen: Option<&CompiledOutcome> = flow.outcomes.iter().find(|o| holds(&o.when));
        let Some(o) = chosen else {
            return OutcomeView::default();
        };
        let private = |k: &str| {
            flow.question_index(k).is_some_and(|i| {
                matches!(
                    flow.questions[i].def,
                    Question::IdNumber { .. } | Question::Text { .. }
                )
            })
        };
        let args = vals
            .iter()
            .filter(|(k, _)| !private(k))
            .filter_map(|(k, v)| match v {
                // (Every number is finite: answers are bounded and overflows are unknown.
                // Checked again here because a result is what people read.)
                Value::Number(n) if n.is_finite() => Some((k.clone(), Arg::Number(round2(*n)))),
                Value::Text(t) => Some((k.clone(), Arg::Text(t.clone()))),
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
            fee_yuan: o.def.fee_yuan,
            next_steps: o.def.next_steps.clone(),
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

/// Round for display: money and counts read best with at most two decimals. (A number too
/// large for cents to matter is left as it is: `n * 100` could overflow.)
fn round2(n: f64) -> f64 {
    let rounded = (n * 100.0).round() / 100.0;
    if rounded.is_finite() {
        rounded
    } else {
        n
    }
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

fn parse_number(input: &str, min: Option<f64>, max: Option<f64>, whole: bool) -> Result<f64, AnswerError> {
    let text = normalize_number(input);
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Err(AnswerError::NotANumber);
    }
    let n: f64 = text.parse().map_err(|_| AnswerError::NotANumber)?;
    if !n.is_finite() {
        return Err(AnswerError::NotANumber);
    }
    if whole && n.fract() != 0.0 {
        return Err(AnswerError::NotWhole);
    }
    if let Some(lo) = min {
        if n < lo {
            return Err(AnswerError::TooSmall(lo));
        }
    }
    if let Some(hi) = max {
        if n > hi {
            return Err(AnswerError::TooLarge(hi));
        }
    }
    if n > MAX_NUMBER {
        return Err(AnswerError::TooLarge(MAX_NUMBER));
    }
    if n < -MAX_NUMBER {
        return Err(AnswerError::TooSmall(-MAX_NUMBER));
    }
    // `-0` is zero: adding 0.0 makes it +0, which is never shown as "-0".
    Ok(n + 0.0)
}

fn parse_list(q: &Question, picked: &[String]) -> Result<AnswerValue, AnswerError> {
    let Question::MultiChoice { min_selected, .. } = q else {
        return Err(AnswerError::UnknownOption);
    };
    let options = q.option_ids();
    if picked.iter().any(|p| !options.contains(&p.as_str())) {
        return Err(AnswerError::UnknownOption);
    }
    if picked.is_empty() && *min_selected > 0 {
        return Err(AnswerError::Required);
    }
    if (picked.len() as u32) < *min_selected {
        return Err(AnswerError::TooFew(*min_selected));
    }
    // Keep the options' order, without repeats.
    let list = options
        .iter()
        .filter(|o| picked.iter().any(|p| p == *o))
        .map(|o| o.to_string())
        .collect();
    Ok(AnswerValue::List(list))
}

/// An answer to `q` from what its input holds (several options comma-separated).
fn parse_input(q: &Question, input: &str, today: Option<i64>) -> Result<AnswerValue, AnswerError> {
    match q {
        Question::MultiChoice { .. } => {
            let picked: Vec<String> = input
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            parse_list(q, &picked)
        }
        _ => parse_answer(q, input, today),
    }
}

fn parse_answer(q: &Question, input: &str, today: Option<i64>) -> Result<AnswerValue, AnswerError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(AnswerError::Required);
    }
    match q {
        Question::Choice { .. } | Question::YesNo { .. } => {
            if q.option_ids().contains(&input) {
                Ok(AnswerValue::Text(input.to_string()))
            } else {
                Err(AnswerError::UnknownOption)
            }
        }
        Question::MultiChoice { .. } => Err(AnswerError::UnknownOption),
        Question::Number { min, max, whole, .. } => {
            parse_number(input, *min, *max, *whole).map(AnswerValue::Number)
        }
        Question::BirthYear { .. } => {
            let this_year = today.map_or(2100.0, |t| dates::civil_from_days(t).0 as f64);
            parse_number(input, Some(1900.0), Some(this_year), true).map(AnswerValue::Number)
        }
        Question::Date { future, .. } => {
            let day = dates::parse_date(&normalize_number(input).replace(['/', '.'], "-"))
                .ok_or(AnswerError::NotADate)?;
            if !future && today.is_some_and(|t| day > t) {
                return Err(AnswerError::InTheFuture);
            }
            let (y, m, d) = dates::civil_from_days(day);
            Ok(AnswerValue::Text(format!("{y:04}-{m:02}-{d:02}")))
        }
        Question::IdNumber { .. } => {
            let id: String = normalize_number(input).to_ascii_uppercase();
            match dates::check_id_number(&id) {
                Ok(()) => Ok(AnswerValue::Text(id)),
                Err(IdProblem::Length) => Err(AnswerError::IdLength),
                Err(IdProblem::BirthDate) => Err(AnswerError::IdBirthDate),
                Err(IdProblem::CheckDigit) => Err(AnswerError::IdCheckDigit),
            }
        }
        Question::Text { max_length, .. } => {
            if input.chars().count() > *max_length as usize {
                Err(AnswerError::TooLong(*max_length))
            } else {
                Ok(AnswerValue::Text(input.to_string()))
            }
        }
    }
}

/// A draft written is read back as it was, whatever it holds; an older format is still read;
/// anything not a draft is refused as unreadable (set aside, never a panic).
#[cfg(test)]
mod draft_format {
    use super::*;
    use proptest::prelude::*;

    fn read(text: &str) -> Result<Draft, DraftError> {
        serde_json_wasm::from_str(text).map_err(|_| DraftError::Unreadable)
    }

    #[test]
    fn a_draft_an_earlier_deployment_saved_is_read() {
        // Written by the widget of 2026-11 (serde_json), escapes included.
        let text = r#"{"format":2,"service":"dibao","saved":20410,"answers":[["hukou","local"],["people","3"],["note","\"a\\b\u0001"]],"current":"income","withheld":["id"]}"#;
        let d = read(text).expect("reads");
        assert_eq!(d.answers[2].1, "\"a\\b\u{1}");
        assert_eq!((d.saved, d.current.as_deref(), &d.withheld[..]), (Some(20410), Some("income"), &["id".to_string()][..]));
    }

    #[test]
    fn format_one_and_unknown_fields_are_read_and_bad_drafts_refused() {
        // Fields a draft may lack: `current`, `saved` and `withheld` (format 1 had neither of
        // the last two); and a newer deployment's extra fields are ignored.
        let old = read(r#"{"format":1,"service":"s","answers":[["a","1"]],"extra":[1]}"#).expect("reads");
        assert_eq!((old.saved, old.withheld.len(), old.current), (None, 0, None));
        for bad in [
            "not json",
            r#"{"service":"s","answers":[]}"#,
            r#"{"format":1,"service":"s","answers":[["a"]]}"#,
            r#"{"format":1,"service":"s","answers":[["a","b","c"]]}"#,
            r#"{"format":-1,"service":"s","answers":[]}"#,
            r#"{"format":1,"service":"s","answers":{}}"#,
        ] {
            assert!(matches!(read(bad), Err(DraftError::Unreadable)), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn any_draft_reads_back_as_written(
            format in any::<u32>(),
            service in any::<String>(),
            answers in prop::collection::vec((any::<String>(), any::<String>()), 0..5),
            current in any::<Option<String>>(),
            saved in any::<Option<i32>>(),
            withheld in prop::collection::vec(any::<String>(), 0..3),
        ) {
            let d = Draft { format, service, saved: saved.map(i64::from), answers, current, withheld };
            let text = serde_json_wasm::to_string(&d).expect("writes");
            prop_assert_eq!(&read(&text).expect("reads"), &d);
            // The same JSON as the widget wrote with serde_json before: drafts saved by earlier
            // deployments are read, and theirs would read ours.
            let before = serde_json::to_string(&d).expect("serde_json writes");
            prop_assert_eq!(&text, &before);
            prop_assert_eq!(&read(&before).expect("reads"), &d);
            prop_assert_eq!(&serde_json::from_str::<Draft>(&text).expect("serde_json reads"), &d);
        }
    }
}
