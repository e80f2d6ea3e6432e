//! The home page: which life event, then which of its services, asked one question a page like
//! a service's (through the same question page).

use crate::components::heading_focus;
use crate::components::question::QuestionPage;
use crate::content::Home;
use leptos::prelude::*;
use waymark_engine::merge::{home_choice, HOME};
use waymark_engine::{Session, Step};

/// The home page's questions (which life event, which of its services), asked one a page
/// like a service's, through the same question page.
#[component]
pub fn HomeQuestions(
    /// The home flow and its words.
    home: Home,
    /// Its answers, kept by the guide.
    session: RwSignal<Option<Session>>,
    /// Prefix for element ids.
    prefix: String,
    /// Focus the heading of the first page shown.
    focus_first: bool,
    /// The person chose: the services' ids and titles.
    on_chosen: impl Fn((Vec<String>, Vec<String>)) + Send + Sync + 'static,
) -> impl IntoView {
    let Home { flow, index, words } = home;
    session.update(|s| match s {
        None => *s = Some(Session::new(&flow)),
        // Back from the first service's intro: to the last home question.
        Some(s) => {
            if matches!(s.step(&flow), Step::Check) {
                s.back(&flow);
            }
        }
    });
    let (heading, moves) = heading_focus(focus_first);
    let flow_handle = StoredValue::new(flow.clone());
    let on_chosen = StoredValue::new(on_chosen);
    // A chosen life event with one service, or the services picked: on to them.
    let choose = {
        let words = words.clone();
        move || {
            let chosen = session.with_untracked(|s| s.as_ref().and_then(|s| home_choice(&index, s)));
            if let Some((_, services)) = chosen {
                let titles = services.iter().map(|s| words.t(&format!("{s}-title"))).collect();
                on_chosen.with_value(|f| f((services, titles)));
            }
        }
    };
    let page = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().and_then(|s| {
                flow_handle.with_value(|f| match s.step(f) {
                    Step::Question(q) => Some(q.id().to_string()),
                    _ => None,
                })
            })
        })
    });
    move || {
        let _ = page.get();
        let (words, choose) = (words.clone(), choose.clone());
        // No step counter: how many questions home asks depends on the life event chosen.
        let (step, first) = flow_handle.with_value(|flow| {
            session.with_untracked(|s| {
                let s = s.as_ref().expect("set above");
                let question = match s.step(flow) {
                    Step::Question(q) => Some(q.clone()),
                    _ => None,
                };
                (question, s.is_first(flow))
            })
        });
        let Some(question) = step else {
            return ().into_any();
        };
        view! {
            <QuestionPage
                question=question.clone()
                service=HOME.to_string()
                words=words
                prefix=prefix.clone()
                progress=None
                show_back=!first
                initial=session.with_untracked(|s| s.as_ref().and_then(|s| s.answer_to(question.id())).map(|a| a.as_input()).unwrap_or_default())
                today=(0, String::new())
                heading=heading
                on_submit=move |input: String| {
                    let mut result = Ok(());
                    let mut done = false;
                    flow_handle.with_value(|flow| {
                        session.update(|s| {
                            if let Some(s) = s {
                                result = s.answer(flow, &input).and_then(|_| s.next(flow));
                                done = matches!(s.step(flow), Step::Check);
                            }
                        });
                    });
                    if result.is_ok() {
                        moves.update(|m| *m += 1);
                    }
                    if done {
                        choose.clone()();
                    }
                    result
                }
                on_back=move || {
                    flow_handle.with_value(|flow| session.update(|s| { if let Some(s) = s { s.back(flow); } }));
                    moves.update(|m| *m += 1);
                }
            />
        }
        .into_any()
    }
}
