//! One question per page, in the GOV.UK pattern: the question is the page heading (the
//! legend of a radio or check-box group, or the label of a field), a hint, an error summary
//! that links to the field, and the message beside the field.

use crate::components::buttons::BackButton;
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
                crate::platform::dom::focus(&el);
            }
        }
    });

    let options = question.options();
    let grouped = !options.is_empty();
    // Pictograms sit beside option labels (never instead of them); they are decorative.
    let icons = use_context::<crate::components::guide::Base>().map_or_else(String::new, |b| b.0) + "icons/";
    // Where the error summary's link takes the person: the field, or the first option.
    let first_field = match options.first() {
        Some(o) => format!("{field_id}-{}", o.id),
        None => field_id.clone(),
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
            match on_submit.run(value.get_untracked()) {
                Ok(()) => error.set(None),
                Err(e) => error.set(Some(error_words(&words, &e, grouped))),
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
    let invalid = move || error.with(Option::is_some).then_some("true");

    let field = if grouped {
        let multiple = matches!(question, Question::MultiChoice { .. });
        let items = options
            .iter()
            .map(|o| {
                let opt = o.id.clone();
                let id = format!("{field_id}-{opt}");
                // Yes/no questions may word their options (有 / 没有); else 是 / 否.
                let label = words
                    .opt(&format!("{key}-{opt}"))
                    .unwrap_or_else(|| words.t(&format!("answer-{opt}")));
                let checked = {
                    let opt = opt.clone();
                    move || value.with(|v| v.split(',').any(|p| p == opt))
                };
                let toggle = move |_| {
                    if multiple {
                        value.update(|v| *v = toggle_item(v, &opt));
                    } else {
                        value.set(opt.clone());
                    }
                };
                view! {
                    <div class="wm-radio">
                        <input
                            type=if multiple { "checkbox" } else { "radio" }
                            class="wm-radio-input"
                            id=id.clone()
                            name=field_id.clone()
                            value=o.id.clone()
                            prop:checked=checked
                            on:change=toggle
                        />
                        <label class="wm-radio-label" for=id>
                            {o.icon.as_ref().map(|i| view! { <img class="wm-icon" src=format!("{icons}{i}.svg") alt="" /> })}
                            {label}
                        </label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="wm-fieldset" aria-describedby=describedby.clone()>
                <legend class="wm-legend">
                    <h1 class="wm-heading" tabindex="-1" node_ref=heading data-wm-msg=key.clone()>{heading_text}</h1>
                </legend>
                {hint_view}
                {error_view}
                <div class="wm-radios">{items}</div>
            </fieldset>
        }
        .into_any()
    } else {
        let unit = words.opt(&format!("{key}.unit"));
        let input = match &question {
            Question::BirthYear { .. } => {
                // Picked, not typed: a list of years, newest first.
                let (this_year, _) = today;
                let years = (1900..=this_year).rev().map(|y| {
                    let y = y.to_string();
                    view! { <option value=y.clone()>{y.clone()}</option> }
                });
                view! {
                    <select
                        class="wm-input wm-select"
                        id=field_id.clone()
                        aria-describedby=describedby.clone()
                        aria-invalid=invalid
                        prop:value=move || value.get()
                        on:change:target=move |ev| value.set(ev.target().value())
                    >
                        <option value="">{words.t("choose-year")}</option>
                        {years.collect_view()}
                    </select>
                }
                .into_any()
            }
            _ => {
                let (kind, mode, max_length) = match &question {
                    Question::Date { .. } => ("date", None, None),
                    Question::IdNumber { .. } => ("text", None, Some("20".to_string())),
                    Question::Text { max_length, .. } => ("text", None, Some(max_length.to_string())),
                    Question::Number { whole: true, .. } => ("text", Some("numeric"), None),
                    _ => ("text", Some("decimal"), None),
                };
                let max_date = match &question {
                    Question::Date { future: false, .. } => Some(today.1.clone()),
                    _ => None,
                };
                // The ID number shows in its groups (6-8-4: place, birth date, sequence and
                // check digit), so it can be compared with the card at a glance.
                let id_number = matches!(question, Question::IdNumber { .. });
                let input = view! {
                    <input
                        type=kind
                        class="wm-input"
                        class:wm-input-wide=max_length.is_some()
                        id=field_id.clone()
                        inputmode=mode
                        maxlength=max_length
                        max=max_date
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby=describedby.clone()
                        aria-invalid=invalid
                        prop:value=move || value.with(|v| if id_number { id_groups(v) } else { v.clone() })
                        on:input:target=move |ev| {
                            let typed = ev.target().value();
                            value.set(if id_number { typed.replace(' ', "").to_ascii_uppercase() } else { typed });
                        }
                    />
                };
                // No typing skill needed: big −/+ beside a number, a keypad for the ID number
                // (plain buttons; one handler reads which key was pressed).
                let key = |k: &'static str, name: Option<String>| {
                    view! {
                        <button type="button" class="wm-button wm-button-secondary wm-key" data-wm-key=k aria-label=name>{k}</button>
                    }
                };
                let keys = match &question {
                    Question::Number { .. } => Some((
                        "wm-keys",
                        vec![
                            key("−", Some(words.t("stepper-less"))),
                            key("+", Some(words.t("stepper-more"))),
                        ],
                    )),
                    Question::IdNumber { .. } => Some((
                        "wm-keys wm-keypad",
                        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0"]
                            .into_iter()
                            .map(|k| key(k, None))
                            .chain([key("⌫", Some(words.t("keypad-delete")))])
                            .collect(),
                    )),
                    _ => None,
                };
                let (min, max) = match &question {
                    Question::Number { min, max, .. } => (min.unwrap_or(f64::MIN), max.unwrap_or(f64::MAX)),
                    _ => (0.0, 0.0),
                };
                let press = move |ev: leptos::ev::MouseEvent| {
                    let Some(k) = crate::platform::dom::pressed_key(&ev) else {
                        return;
                    };
                    value.update(|v| match k.as_str() {
                        "−" | "+" => {
                            let by = if k == "+" { 1.0 } else { -1.0 };
                            let n = v.trim().parse::<f64>().map_or(min.max(0.0), |n| n + by);
                            *v = n.clamp(min, max).to_string();
                        }
                        "⌫" => {
                            v.pop();
                        }
                        _ if v.len() < 18 => v.push_str(&k),
                        _ => {}
                    });
                };
                let group = words.t("keypad");
                view! {
                    {input}
                    {keys.map(|(class, keys)| view! {
                        <div class=class role="group" aria-label=group on:click=press>{keys}</div>
                    })}
                }
                .into_any()
            }
        };
        view! {
            <div class="wm-field">
                <h1 class="wm-heading" tabindex="-1" node_ref=heading data-wm-msg=key.clone()>
                    <label for=field_id.clone()>{heading_text}</label>
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
            {field}
            <div class="wm-buttons">
                {show_back.then(|| view! { <BackButton words=words.clone() on_back=on_back /> })}
                <button type="submit" class="wm-button">{words.t("next")}</button>
            </div>
        </form>
    }
}

/// An ID number as it is printed on the card: 6-8-4 (`110105 19491231 002X`).
fn id_groups(id: &str) -> String {
    id.char_indices().fold(String::new(), |mut out, (i, c)| {
        if i == 6 || i == 14 {
            out.push(' ');
        }
        out.push(c);
        out
    })
}

/// Add or remove one option in a comma-separated list of picked options.
fn toggle_item(list: &str, item: &str) -> String {
    let mut items: Vec<&str> = list.split(',').filter(|s| !s.is_empty()).collect();
    if let Some(i) = items.iter().position(|s| *s == item) {
        items.remove(i);
    } else {
        items.push(item);
    }
    items.join(",")
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
