//! The result page: the outcome and why, what to bring, where to go, how long it takes.

use crate::components::buttons::BackButton;
use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use waymark_engine::{ArgValue, OutcomeView};

/// The end of a guide.
#[component]
pub fn ResultPage(
    /// What the answers lead to.
    outcome: OutcomeView,
    /// The service id (prefix of its words).
    service: String,
    /// Words for the page.
    words: Words,
    /// Prefix for element ids, unique to this guide on the page.
    prefix: String,
    /// The region: which local office, its phone number.
    region: std::sync::Arc<waymark_engine::Region>,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Go back to the last question.
    on_back: impl Fn() + Send + Sync + 'static,
    /// Forget the answers and start again.
    on_restart: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let key = format!("{service}-outcome-{}", outcome.id);
    let args: Vec<(&str, Arg)> = outcome
        .args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                ArgValue::Number(n) => Arg::Number(*n),
                ArgValue::Text(t) => Arg::Text(t.clone()),
            };
            (k.as_str(), v)
        })
        .collect();
    let reasons: Vec<String> = outcome
        .reasons
        .iter()
        .map(|r| words.t_args(&format!("{service}-why-{r}"), &args))
        .collect();
    let materials: Vec<String> = outcome
        .materials
        .iter()
        .map(|m| words.t(&format!("material-{m}")))
        .collect();
    let count = words.t_args(
        "result-materials-count",
        &[("count", Arg::Number(materials.len() as f64))],
    );
    // The local office (region words), else the kind of office (catalog words).
    let office = outcome.office.as_ref().map(|o| {
        let local = format!("region-{}-office-{o}", region.id);
        let name = words
            .opt(&local)
            .unwrap_or_else(|| words.t(&format!("office-{o}")));
        let address = words
            .opt(&format!("{local}.address"))
            .map(|a| words.t_args("result-address", &[("address", Arg::Text(a))]));
        let hours = words
            .opt(&format!("{local}.hours"))
            .map(|h| words.t_args("result-hours", &[("hours", Arg::Text(h))]));
        let phone = region
            .offices
            .get(o)
            .and_then(|r| r.phone.clone())
            .map(|p| words.t_args("result-phone", &[("phone", Arg::Text(p))]));
        (
            name,
            [address, hours, phone].into_iter().flatten().collect::<Vec<_>>(),
        )
    });
    let fee = outcome.fee_yuan.map(|y| {
        if y == 0.0 {
            words.t("result-fee-free")
        } else {
            words.t_args("result-fee-yuan", &[("yuan", Arg::Number(y))])
        }
    });
    let next_steps: Vec<String> = outcome
        .next_steps
        .iter()
        .map(|n| words.t(&format!("{service}-next-{n}")))
        .collect();
    let days = outcome
        .time_limit_days
        .map(|d| words.t_args("result-time-days", &[("days", Arg::Number(f64::from(d)))]));

    // Lists are named by their headings, so a screen reader announces "为什么这样说, list".
    let (why_id, materials_id, next_id) = (
        format!("{prefix}-why"),
        format!("{prefix}-materials"),
        format!("{prefix}-next"),
    );

    view! {
        <div class="wm-page wm-result">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading>{words.t(&key)}</h1>
            {words.opt(&format!("{key}.text")).map(|t| view! { <p class="wm-lead">{t}</p> })}
            {(!reasons.is_empty()).then(|| view! {
                <h2 class="wm-heading-m" id=why_id.clone()>{words.t("result-why")}</h2>
                <ul class="wm-list" aria-labelledby=why_id>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            })}
            {(!materials.is_empty()).then(|| view! {
                <h2 class="wm-heading-m" id=materials_id.clone()>{words.t("result-materials")} " " <span class="wm-count">{count}</span></h2>
                <ul class="wm-list wm-materials" aria-labelledby=materials_id>{materials.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            })}
            {office.map(|(name, details)| view! {
                <h2 class="wm-heading-m">{words.t("result-where")}</h2>
                <p class="wm-office">{name}</p>
                {details.into_iter().map(|d| view! { <p class="wm-office-detail">{d}</p> }).collect_view()}
            })}
            {days.map(|d| view! {
                <h2 class="wm-heading-m">{words.t("result-time")}</h2>
                <p>{d}</p>
            })}
            {fee.map(|f| view! {
                <h2 class="wm-heading-m">{words.t("result-fee")}</h2>
                <p>{f}</p>
            })}
            {(!next_steps.is_empty()).then(|| view! {
                <h2 class="wm-heading-m" id=next_id.clone()>{words.t("result-next")}</h2>
                <ol class="wm-list" aria-labelledby=next_id>
                    {next_steps.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ol>
            })}
            <div class="wm-buttons">
                <BackButton words=words.clone() on_back=on_back />
                <button type="button" class="wm-button" on:click=move |_| on_restart()>
                    {words.t("start-over")}
                </button>
            </div>
        </div>
    }
}
