//! Finding what no answers lead to, by trying them: the explorer walks the flow with
//! representative answers (every option; numbers, dates and years near every limit and every
//! number the conditions mention) and reports questions never asked and outcomes never
//! reached. Exploration is bounded: when a service has too many combinations to try, it says
//! nothing rather than guess.
//!
//! This runs in `waymark check`, not in the widget: it costs time, and the widget only needs
//! content that has already passed it.

use crate::dates;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::compile::numbers;
use crate::flow::Flow;
use crate::model::Question;
use crate::session::{Session, Step};
use std::collections::BTreeSet;

/// Most sessions tried before giving up (and reporting nothing).
const MAX_STATES: usize = 200_000;

/// What exploration found.
#[derive(Debug, Default)]
pub struct Explored {
    /// Question ids asked on some path.
    pub asked: BTreeSet<String>,
    /// Outcome ids reached on some path.
    pub reached: BTreeSet<String>,
    /// Whether every combination was tried.
    pub complete: bool,
}

/// Walk the flow with representative answers, as of `today` (days since 1970-01-01).
pub fn explore(flow: &Flow, today: i64) -> Explored {
    let mut literals: Vec<f64> = flow.constants.values().copied().collect();
    let mut collect = |e: &crate::expr::Expr| numbers(e, &mut |n| literals.push(n));
    for q in &flow.questions {
        q.when.iter().for_each(&mut collect);
    }
    for (_, e) in &flow.computed {
        collect(e);
    }
    for o in &flow.outcomes {
        o.when.iter().for_each(&mut collect);
    }
    let mut found = Explored {
        complete: true,
        ..Explored::default()
    };
    let mut start = Session::new(flow);
    start.set_today(flow, today);
    let mut stack = vec![start];
    let mut visited = 0;
    while let Some(session) = stack.pop() {
        visited += 1;
        if visited > MAX_STATES {
            found.complete = false;
            break;
        }
        match session.step(flow) {
            Step::Outcome(o) => {
                found.reached.insert(o.id);
            }
            Step::Check => {
                let mut confirmed = session.clone();
                confirmed.confirm();
                stack.push(confirmed);
            }
            Step::Question(q) => {
                found.asked.insert(q.id().to_string());
                for input in candidates(q, &literals, today) {
                    let mut next = session.clone();
                    let ok = match &input {
                        Input::One(s) => next.answer(flow, s),
                        Input::Many(list) => next.answer_list(flow, list),
                    };
                    if ok.is_ok() && next.next(flow).is_ok() {
                        stack.push(next);
                    }
                }
            }
        }
    }
    found
}

/// Check a compiled flow by exploring it: unreachable questions are errors, outcomes never
/// reached are warnings. `text` is the service file, to place the diagnostics.
pub fn check(flow: &Flow, text: &str, today: i64) -> Vec<Diagnostic> {
    let found = explore(flow, today);
    if !found.complete {
        return Vec::new();
    }
    let index = LineIndex::new(text);
    let at = |id: &str| index.position(index.find_string(None, id).unwrap_or(0));
    let mut diags = Vec::new();
    for q in &flow.questions {
        let id = q.def.id();
        if !found.asked.contains(id) {
            diags.push(Diagnostic::new(
                "E0302",
                at(id),
                format!(
                    "no answers lead to the question `{id}`: its condition `{}` is never true",
                    q.def.when().unwrap_or("")
                ),
                "check the condition against the options and numbers of the earlier questions",
            ));
        }
    }
    for o in &flow.outcomes {
        if !found.reached.contains(&o.def.id) {
            diags.push(Diagnostic::warning(
                "W0303",
                at(&o.def.id),
                format!("no answers lead to the outcome `{}`", o.def.id),
                "an earlier outcome catches every case this one would: reorder the outcomes or fix the condition",
            ));
        }
    }
    diags
}

enum Input {
    One(String),
    Many(Vec<String>),
}

fn candidates(q: &Question, literals: &[f64], today: i64) -> Vec<Input> {
    let this_year = dates::civil_from_days(today).0 as f64;
    let near = |extra: &[f64]| -> Vec<f64> {
        let mut v: Vec<f64> = extra.to_vec();
        for &c in literals {
            v.extend([c - 1.0, c, c + 1.0]);
        }
        v.sort_by(f64::total_cmp);
        v.dedup();
        v
    };
    match q {
        Question::Choice { .. } | Question::YesNo { .. } => {
            q.option_ids().into_iter().map(|o| Input::One(o.into())).collect()
        }
        Question::MultiChoice { .. } => {
            let ids: Vec<String> = q.option_ids().into_iter().map(String::from).collect();
            let mut out: Vec<Input> = ids.iter().map(|o| Input::Many(vec![o.clone()])).collect();
            out.push(Input::Many(ids));
            out.push(Input::Many(Vec::new()));
            out
        }
        Question::Number { min, max, .. } => {
            let mut base = vec![0.0, 1.0, 2.0];
            base.extend(min.iter().chain(max.iter()).copied());
            near(&base)
                .into_iter()
                .map(|n| Input::One(format!("{n}")))
                .collect()
        }
        Question::BirthYear { .. } => {
            let ages = near(&[0.0, 18.0, 60.0, 80.0]);
            ages.into_iter()
                .map(|a| Input::One(format!("{}", this_year - a)))
                .collect()
        }
        Question::Date { .. } | Question::IdNumber { .. } => {
            let mut days = vec![today];
            for years in near(&[1.0, 18.0, 60.0]) {
                if (0.0..150.0).contains(&years) {
                    let (y, m, d) = dates::civil_from_days(today);
                    let then = dates::days_from_civil(y - years as i64, m, d.min(28));
                    days.extend([then - 1, then, then + 1]);
                }
            }
            days.into_iter()
                .map(|day| {
                    let (y, m, d) = dates::civil_from_days(day);
                    match q {
                        Question::IdNumber { .. } => Input::One(id_number(y, m, d)),
                        _ => Input::One(format!("{y:04}-{m:02}-{d:02}")),
                    }
                })
                .collect()
        }
        Question::Text { .. } => vec![Input::One("x".into())],
    }
}

/// A valid ID number for a birth date (for exploring only).
fn id_number(y: i64, m: u32, d: u32) -> String {
    let body = format!("110105{y:04}{m:02}{d:02}001");
    format!("{body}{}", dates::id_check_char(&body))
}
