//! The service intro (a GOV.UK start page): what the service is, about how many questions,
//! what the person may need to bring; then 开始.

use crate::components::buttons::BackButton;
use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use waymark_engine::message;

/// The page before the first question.
#[component]
pub fn IntroPage(
    /// The service id (prefix of its words).
    service: String,
    /// Words for the page.
    words: Words,
    /// Prefix for element ids, unique to this guide on the page.
    prefix: String,
    /// About how many questions the guide asks.
    questions: usize,
    /// Catalog ids of the materials the service may ask for.
    materials: Vec<String>,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Go to the first question.
    #[prop(into)]
    on_start: Callback<()>,
    /// Back to where the person chose the service (none when the page opened on it).
    on_back: Option<Callback<()>>,
) -> impl IntoView {
    let key = message::title(&service);
    let list_id = format!("{prefix}-may-need");
    let materials: Vec<String> = materials.iter().map(|m| words.t(&message::material(m))).collect();
    view! {
        <div class="wm-page">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading>{words.t(&key)}</h1>
            {words.opt(&message::attribute(&key, message::INTRO)).map(|t| view! { <p class="wm-lead">{t}</p> })}
            <p>{words.t_args("intro-questions", &[("count", Arg::Number(questions as f64))])}</p>
            {(!materials.is_empty()).then(|| view! {
                <h2 class="wm-heading-m" id=list_id.clone()>{words.t("intro-materials")}</h2>
                <ul class="wm-list" aria-labelledby=list_id>{materials.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            })}
            <div class="wm-buttons">
                {on_back.map(|b| view! { <BackButton words=words.clone() on_back=b /> })}
                <button type="button" class="wm-button" on:click=move |_| on_start.run(())>{words.t("start")}</button>
            </div>
        </div>
    }
}
