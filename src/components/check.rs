//! Check your answers (GOV.UK pattern): every answer on the path, each with a change link
//! that returns here, then the button that shows the result.

use crate::components::buttons::BackButton;
use crate::i18n::Words;
use leptos::html;
use leptos::prelude::*;
use waymark_engine::model::Question;
use waymark_engine::{message, AnswerValue};

/// One row: the question's id and words, the answer as the person gave it.
pub struct Row {
    /// Question id.
    pub id: String,
    /// The question, in words.
    pub question: String,
    /// The answer, in words.
    pub answer: String,
}

/// An option's words: the question's own (有 / 没有), else the widget's for yes / no (是 / 否).
pub fn option_words(words: &Words, service: &str, question: &str, option: &str) -> String {
    words
        .opt(&message::option(service, question, option))
        .unwrap_or_else(|| words.t(&message::answer(option)))
}

/// The answer as words: option labels, numbers with their unit, ID numbers partly hidden.
pub fn answer_words(words: &Words, service: &str, q: &Question, a: &AnswerValue) -> String {
    let option = |o: &str| option_words(words, service, q.id(), o);
    match (q, a) {
        (Question::IdNumber { .. }, AnswerValue::Text(id)) => {
            // A shared kiosk screen shows only the ends of an ID number.
            let chars: Vec<char> = id.chars().collect();
            let hidden = chars.len().saturating_sub(10);
            chars
                .iter()
                .take(6)
                .chain(std::iter::repeat_n(&'*', hidden))
                .chain(chars.iter().skip(6 + hidden))
                .collect()
        }
        (Question::Choice { .. } | Question::YesNo { .. }, AnswerValue::Text(o)) => option(o),
        (_, AnswerValue::List(items)) => items
            .iter()
            .map(|o| option(o))
            .collect::<Vec<_>>()
            .join(&words.t("list-separator")),
        (_, AnswerValue::Number(n)) => match words.opt(&message::attribute(
            &message::question(service, q.id()),
            message::UNIT,
        )) {
            Some(unit) => format!("{n} {unit}"),
            None => format!("{n}"),
        },
        (_, AnswerValue::Text(t)) => t.clone(),
    }
}

/// The check-your-answers page.
#[component]
pub fn CheckPage(
    /// The answers, in the order they were asked.
    rows: Vec<Row>,
    /// Words for the page.
    words: Words,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Change the answer to a question.
    #[prop(into)]
    on_change: Callback<String>,
    /// Show the result.
    #[prop(into)]
    on_confirm: Callback<()>,
    /// Back to the last question.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let change = words.t("check-change");
    let items = rows
        .into_iter()
        .map(|row| {
            let id = row.id.clone();
            view! {
                <div class="wm-summary-row">
                    <dt class="wm-summary-key">{row.question.clone()}</dt>
                    <dd class="wm-summary-value">{row.answer}</dd>
                    <dd class="wm-summary-action">
                        <a
                            href=format!("#{}", row.id)
                            on:click=move |ev| {
                                ev.prevent_default();
                                on_change.run(id.clone());
                            }
                        >
                            {change.clone()}
                            <span class="wm-visually-hidden">" " {row.question}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="wm-page">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading>{words.t("check-title")}</h1>
            <dl class="wm-summary">{items}</dl>
            <div class="wm-buttons">
                <BackButton words=words.clone() on_back=on_back />
                <button type="button" class="wm-button" on:click=move |_| on_confirm.run(())>
                    {words.t("check-submit")}
                </button>
            </div>
        </div>
    }
}
