//! The home page: which life event, then which of its services, asked one question a page like
//! a service's (through the same question page). The journey decides; this renders its home
//! questions and sends the answers.

use crate::components::heading_focus;
use crate::components::question::QuestionPage;
use crate::components::wizard::loading;
use crate::content::Home;
use leptos::prelude::*;
use waymark_engine::merge::HOME;
use waymark_engine::{Action, At, Found, Journey, Page};

/// The home page's questions (which life event, which of its services).
#[component]
pub fn HomeQuestions(
    /// The person's journey (the guide's).
    journey: RwSignal<Journey>,
    /// The home flow, its index and its words.
    home: Home,
    /// Prefix for element ids.
    prefix: String,
    /// Moves between pages (focus goes to the new page's heading after one).
    focus: Signal<u32>,
) -> impl IntoView {
    let Home { flow, index, words } = home;
    journey.update_untracked(|j| {
        j.open(&flow, &index, Found::default());
    });
    let heading = heading_focus(focus);
    let flow_handle = StoredValue::new(flow);
    let moves = Memo::new(move |_| journey.with(Journey::moves));
    move || {
        let _ = moves.get();
        let words = words.clone();
        let page = flow_handle.with_value(|flow| {
            journey.with_untracked(|j| match j.page(flow) {
                Page::Home { question, back } => Some((question.clone(), back)),
                _ => None,
            })
        });
        let Some((question, back)) = page else {
            return loading(&words);
        };
        let initial = journey.with_untracked(|j| j.home_answer(question.id()).map(|a| a.as_input()).unwrap_or_default());
        let titles = words.clone();
        view! {
            <QuestionPage
                question=question
                service=HOME.to_string()
                words=words
                prefix=prefix.clone()
                progress=None
                show_back=back
                initial=initial
                today=(0, String::new())
                heading=heading
                on_submit=move |input: String| {
                    let mut result = Ok(());
                    flow_handle.with_value(|flow| journey.update(|j| {
                        result = j.act(flow, Action::Answer(&input));
                        // On to the services chosen: name them in the home page's words, for
                        // the next-service button and the merged list.
                        if j.at() != At::Home {
                            let named = j.services().iter().map(|s| titles.t(&waymark_engine::message::title(s))).collect();
                            j.set_titles(named);
                        }
                    }));
                    result
                }
                on_back=move || flow_handle.with_value(|flow| journey.update(|j| drop(j.act(flow, Action::Back))))
            />
        }
        .into_any()
    }
}
