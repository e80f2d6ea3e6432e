//! One question per page, in the GOV.UK pattern: the question is the page heading (the
//! legend of a radio group, or the label of a number field), a hint, an error summary that
//! links to the field, and the message beside the field.

use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use waymark_engine::model::Question;
use waymark_engine::{AnswerError, Progress};

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
    /// The answer given before, as its input shows it.
    initial: String,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Answer and move on; an error keeps the person on this page.
    on_submit: impl Fn(String) -> Result<(), AnswerError> + Send + Sync + 'static,
    /// Go to the previous question.
    on_back: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let qid = question.id().to_string();
    let key = format!("{service}-{qid}");
    let field_id = format!("{prefix}-{qid}");
    let hint_id = format!("{field_id}-hint");
    let error_id = format!("{field_id}-error");
    let hint = words.opt(&format!("{key}.hint"));
    let value = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if error.with(Option::is_some) {
            if let Some(el) = summary.get() {
                let _ = el.focus();
            }
        }
    });

    let is_choice = matches!(question, Question::Choice { .. });
    // Where the error summary's link takes the person: the field, or the first option.
    let first_field = match &question {
        Question::Choice { options, .. } => options
            .first()
            .map(|o| format!("{field_id}-{}", o.id))
            .unwrap_or_default(),
        Question::Number { .. } => field_id.clone(),
    };
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let submit = {
        let words = words.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match on_submit(value.get_untracked()) {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(error_words(&words, &e, is_choice))),
            }
        }
    };

    let heading_text = words.t(&key);
    let hint_view = hint.map(|h| view! { <p class="wm-hint" id=hint_id.clone()>{h}</p> });
    let error_view = {
        let error_id = error_id.clone();
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

    let field = match &question {
        Question::Choice { options, .. } => {
            let items = options
                .iter()
                .map(|o| {
                    let opt = o.id.clone();
                    let id = format!("{field_id}-{opt}");
                    let label = words.t(&format!("{key}-{opt}"));
                    let checked = {
                        let opt = opt.clone();
                        move || value.with(|v| *v == opt)
                    };
                    view! {
                        <div class="wm-radio">
                            <input
                                type="radio"
                                class="wm-radio-input"
                                id=id.clone()
                                name=field_id.clone()
                                value=opt.clone()
                                prop:checked=checked
                                on:change=move |_| value.set(opt.clone())
                            />
                            <label class="wm-radio-label" for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="wm-fieldset" aria-describedby=describedby.clone()>
                    <legend class="wm-legend">
                        <h1 class="wm-heading" tabindex="-1" node_ref=heading>{heading_text}</h1>
                    </legend>
                    {hint_view}
                    {error_view}
                    <div class="wm-radios">{items}</div>
                </fieldset>
            }
            .into_any()
        }
        Question::Number { .. } => {
            let unit = words.opt(&format!("{key}.unit"));
            view! {
                <div class="wm-field">
                    <h1 class="wm-heading" tabindex="-1" node_ref=heading>
                        <label for=field_id.clone()>{heading_text}</label>
                    </h1>
                    {hint_view}
                    {error_view}
                    <div class="wm-number">
                        <input
                            type="text"
                            class="wm-input"
                            id=field_id.clone()
                            inputmode="numeric"
                            autocomplete="off"
                            spellcheck="false"
                            aria-describedby=describedby.clone()
                            aria-invalid=move || error.with(Option::is_some).then_some("true")
                            prop:value=move || value.get()
                            on:input:target=move |ev| value.set(ev.target().value())
                        />
                        {unit.map(|u| view! { <span class="wm-unit" aria-hidden="true">{u}</span> })}
                    </div>
                </div>
            }
            .into_any()
        }
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
                                        crate::platform::dom::focus_by_id(&target);
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
            {field}
            <div class="wm-buttons">
                {show_back.then(|| view! {
                    <button type="button" class="wm-button wm-button-secondary" on:click=move |_| on_back()>
                        {words.t("back")}
                    </button>
                })}
                <button type="submit" class="wm-button">{words.t("next")}</button>
            </div>
        </form>
    }
}

/// The words for a rejected answer.
fn error_words(words: &Words, e: &AnswerError, is_choice: bool) -> String {
    match e {
        AnswerError::Required if is_choice => words.t("error-required-choice"),
        AnswerError::Required => words.t("error-required-number"),
        AnswerError::NotANumber => words.t("error-not-a-number"),
        AnswerError::NotWhole => words.t("error-not-whole"),
        AnswerError::TooSmall(min) => words.t_args("error-too-small", &[("min", Arg::Number(*min))]),
        AnswerError::TooLarge(max) => words.t_args("error-too-large", &[("max", Arg::Number(*max))]),
        AnswerError::UnknownOption | AnswerError::NoQuestion => words.t("error-unknown-option"),
    }
}
