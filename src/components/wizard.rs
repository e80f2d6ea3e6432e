//! The wizard: one session, one page at a time, focus on the new page's heading.

use crate::components::next_id_prefix;
use crate::components::question::QuestionPage;
use crate::components::result::ResultPage;
use crate::content::Content;
use crate::platform::dom;
use leptos::html;
use leptos::prelude::*;
use waymark_engine::{Session, Step};

/// Walks one person through one service.
#[component]
pub fn Wizard(
    /// The compiled service and its words.
    content: Content,
) -> impl IntoView {
    let Content { flow, words, region } = content;
    let prefix = next_id_prefix();
    let today = dom::today();
    let mut start = Session::new(&flow);
    start.set_today(&flow, today);
    let session = RwSignal::new(start);
    let (year, month, day) = waymark_engine::dates::civil_from_days(today);
    let today_text = (year, format!("{year:04}-{month:02}-{day:02}"));
    // How many times the person has moved between pages. Focus moves to the new heading
    // only after a move, never on first load, so an embedded guide does not steal focus.
    let moves = RwSignal::new(0u32);
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        let moved = moves.get() > 0;
        if let Some(h) = heading.get() {
            if moved {
                dom::focus(&h);
            }
        }
    });
    // The page shown changes only when the current question (or the outcome) changes, not
    // when an answer is rejected.
    let page = Memo::new(move |_| session.with(|s| s.current().map(str::to_string)));

    move || {
        let _ = page.get();
        let flow = flow.clone();
        let words = words.clone();
        let prefix = prefix.clone();
        let region = region.clone();
        let today_text = today_text.clone();
        let (step, progress, first) =
            session.with_untracked(|s| (s.step(&flow), s.progress(&flow), s.is_first(&flow)));
        match step {
            Step::Question(q) => {
                let initial =
                    session.with_untracked(|s| s.answer_to(q.id()).map(answer_text).unwrap_or_default());
                view! {
                    <QuestionPage
                        question=q.clone()
                        service=flow.id.clone()
                        words=words
                        prefix=prefix
                        progress=progress
                        show_back=!first
                        initial=initial
                        today=today_text
                        heading=heading
                        on_submit={
                            let flow = flow.clone();
                            move |input: String| {
                                let mut result = Ok(());
                                session.update(|s| result = s.answer(&flow, &input).and_then(|_| s.next(&flow)));
                                if result.is_ok() {
                                    moves.update(|m| *m += 1);
                                }
                                result
                            }
                        }
                        on_back={
                            let flow = flow.clone();
                            move || {
                                session.update(|s| {
                                    s.back(&flow);
                                });
                                moves.update(|m| *m += 1);
                            }
                        }
                    />
                }
                .into_any()
            }
            Step::Outcome(outcome) => view! {
                <ResultPage
                    prefix=prefix
                    region=region
                    outcome=outcome
                    service=flow.id.clone()
                    words=words
                    heading=heading
                    on_back={
                        let flow = flow.clone();
                        move || {
                            session.update(|s| {
                                s.back(&flow);
                            });
                            moves.update(|m| *m += 1);
                        }
                    }
                    on_restart={
                        let flow = flow.clone();
                        move || {
                            session.update(|s| s.restart(&flow));
                            moves.update(|m| *m += 1);
                        }
                    }
                />
            }
            .into_any(),
        }
    }
}

/// A stored answer as the text its input shows when the person comes back to it.
fn answer_text(a: &waymark_engine::AnswerValue) -> String {
    match a {
        waymark_engine::AnswerValue::Number(n) => format!("{n}"),
        waymark_engine::AnswerValue::Text(t) => t.clone(),
        waymark_engine::AnswerValue::List(items) => items.join(","),
    }
}
