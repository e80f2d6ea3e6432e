//! One question per page, in the GOV.UK pattern: the question is the page heading (the
//! legend of a radio or check-box group, or the label of a field), a hint, an error summary
//! that links to the field, and the message beside the field.
//!
//! This page is the frame; each kind of question renders its own field, in its own file, by a
//! plain function rather than a `#[component]` (each component costs about 0.3 KB of wasm, and
//! the first question has a size budget):
//! [`choice`] (choice, yes/no and multiple choice: radios or check boxes), [`number`] (with
//! big −/+), [`id_number`] (with a keypad), [`birth_year`] (a list of years), [`date`] and
//! [`text`]; what they share (the field, a one-line input, big buttons) is in `field.rs`.

pub mod birth_year;
pub mod choice;
pub mod date;
mod field;
pub mod id_number;
pub mod number;
pub mod text;

pub use field::Field;

use crate::components::buttons::BackButton;
use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use waymark_engine::model::Question;
use waymark_engine::{message, AnswerError, Progress};

/// A question page.
#[component]
pub fn QuestionPage(
    /// The question to ask.
    question: Question,
    /// The service id (prefix of its words).
    service: String,
    /// Words for the page.
    words: Words,
    /// Prefix for element ids, unique to this guide on the page.
    prefix: String,
    /// "Step 2 of 5".
    progress: Option<Progress>,
    /// Whether there is a question to go back to.
    show_back: bool,
    /// The answer given before, as its input shows it (several options: comma-separated).
    initial: String,
    /// This year, for the year-of-birth list; today (`YYYY-MM-DD`) for date limits.
    today: (i64, String),
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Answer and move on; an error keeps the person on this page.
    #[prop(into)]
    on_submit: Callback<String, Result<(), AnswerError>>,
    /// Go to the previous question.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let qid = question.id().to_string();
    let key = message::question(&service, &qid);
    let id = [prefix.as_str(), "-", &qid].concat();
    let hint = words.opt(&message::attribute(&key, message::HINT));
    let field = Field {
        hint_id: hint.as_ref().map(|_| [id.as_str(), "-hint"].concat()),
        error_id: [id.as_str(), "-error"].concat(),
        id,
        value: RwSignal::new(initial),
        error: RwSignal::new(None),
    };
    let (value, error) = (field.value, field.error);
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if error.with(Option::is_some) {
            if let Some(el) = summary.get() {
                crate::platform::dom::focus(&el);
            }
        }
    });

    let options = question.options();
    let grouped = !options.is_empty();
    // Where the error summary's link takes the person: the field, or the first option.
    let first_field = match options.first() {
        Some(o) => choice::option_id(&field.id, &o.id),
        None => field.id.clone(),
    };
    let submit = {
        let words = words.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match on_submit.run(value.get_untracked()) {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(error_words(&words, &e, grouped))),
            }
        }
    };

    let heading_text = words.t(&key);
    let hint_view = hint.map(|h| view! { <p class="wm-hint" id=field.hint_id.clone()>{h}</p> });
    let error_view = {
        let error_id = field.error_id.clone();
        // Said before the message by screen readers, since colour alone must not carry it.
        let error_prefix = words.t("error-prefix");
        move || {
            error.get().map(|msg| {
                view! {
                    <p class="wm-error-message" id=error_id.clone()>
                        <span class="wm-visually-hidden">{error_prefix.clone()}</span>
                        {msg}
                    </p>
                }
            })
        }
    };

    let page_field = if grouped {
        let multiple = matches!(question, Question::MultiChoice { .. });
        let describedby = field.describedby();
        view! {
            <fieldset class="wm-fieldset" aria-describedby=describedby>
                <legend class="wm-legend">
                    <h1 class="wm-heading" tabindex="-1" node_ref=heading data-wm-msg=key.clone()>{heading_text}</h1>
                </legend>
                {hint_view}
                {error_view}
                {choice::options(field, options, multiple, service, qid, words.clone())}
            </fieldset>
        }
        .into_any()
    } else {
        let unit = words.opt(&message::attribute(&key, message::UNIT));
        let label_for = field.id.clone();
        let input = match &question {
            Question::BirthYear { .. } => birth_year::birth_year_field(field, today.0, &words).into_any(),
            Question::Number { min, max, whole, .. } => {
                number::number_field(field, *min, *max, *whole, &words).into_any()
            }
            Question::IdNumber { .. } => id_number::id_number_field(field, &words).into_any(),
            Question::Date { future, .. } => {
                date::date_field(field, (!future).then(|| today.1.clone())).into_any()
            }
            Question::Text { max_length, .. } => text::text_field(field, *max_length).into_any(),
            // (Choices are grouped above.)
            Question::Choice { .. } | Question::MultiChoice { .. } | Question::YesNo { .. } => ().into_any(),
        };
        view! {
            <div class="wm-field">
                <h1 class="wm-heading" tabindex="-1" node_ref=heading data-wm-msg=key.clone()>
                    <label for=label_for>{heading_text}</label>
                </h1>
                {hint_view}
                {error_view}
                <div class="wm-number">
                    {input}
                    {unit.map(|u| view! { <span class="wm-unit" aria-hidden="true">{u}</span> })}
                </div>
            </div>
        }
        .into_any()
    };

    let summary_view = {
        let words = words.clone();
        move || {
            error.get().map(|msg| {
                let target = first_field.clone();
                view! {
                    <div class="wm-error-summary" role="alert" tabindex="-1" node_ref=summary>
                        <h2 class="wm-heading-s">{words.t("error-summary-title")}</h2>
                        <ul>
                            <li>
                                <a
                                    href=format!("#{target}")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        if let Some(link) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok()) {
                                            crate::platform::dom::focus_by_id(&link, &target);
                                        }
                                    }
                                >
                                    {msg}
                                </a>
                            </li>
                        </ul>
                    </div>
                }
            })
        }
    };

    let counter = progress.map(|p| {
        words.t_args(
            "step-counter",
            &[
                ("step", Arg::Number(p.step as f64)),
                ("total", Arg::Number(p.total as f64)),
            ],
        )
    });
    view! {
        <form class="wm-page" novalidate=true on:submit=submit>
            {counter.map(|c| view! { <p class="wm-progress">{c}</p> })}
            {summary_view}
            {page_field}
            <div class="wm-buttons">
                {show_back.then(|| view! { <BackButton words=words.clone() on_back=on_back /> })}
                <button type="submit" class="wm-button">{words.t("next")}</button>
            </div>
        </form>
    }
}

/// The words for a rejected answer.
fn error_words(words: &Words, e: &AnswerError, grouped: bool) -> String {
    let number = |id: &str, name: &str, n: f64| words.t_args(id, &[(name, Arg::Number(n))]);
    match e {
        AnswerError::Required if grouped => words.t("error-required-choice"),
        AnswerError::Required => words.t("error-required-number"),
        AnswerError::NotANumber => words.t("error-not-a-number"),
        AnswerError::NotWhole => words.t("error-not-whole"),
        AnswerError::TooSmall(min) => number("error-too-small", "min", *min),
        AnswerError::TooLarge(max) => number("error-too-large", "max", *max),
        AnswerError::TooFew(n) => number("error-too-few", "count", f64::from(*n)),
        AnswerError::NotADate => words.t("error-not-a-date"),
        AnswerError::InTheFuture => words.t("error-in-the-future"),
        AnswerError::IdLength => words.t("error-id-length"),
        AnswerError::IdBirthDate => words.t("error-id-birth-date"),
        AnswerError::IdCheckDigit => words.t("error-id-check-digit"),
        AnswerError::TooLong(n) => number("error-too-long", "count", f64::from(*n)),
        AnswerError::UnknownOption | AnswerError::NoQuestion => words.t("error-unknown-option"),
    }
}
