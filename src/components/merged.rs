//! Several services, one list (「一次告知、一套材料」): after the last of the services a
//! person chose under one life event, every material once (saying which services need it)
//! and every place to go once.

use crate::components::result::{office_lines, Checklist, ResultButtons};
use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use waymark_engine::merge::Merged;
use waymark_engine::{message, Region};

/// The merged list page.
#[component]
pub fn MergedPage(
    /// The services' titles, in the order they were done.
    titles: Vec<String>,
    /// Their materials and offices, each once.
    merged: Merged,
    /// Words for materials and offices (catalog and region words).
    words: Words,
    /// The region: local offices' addresses, hours and phone numbers.
    region: Arc<Region>,
    /// Prefix for element ids, unique to this guide on the page.
    prefix: String,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// Back to the last service's result.
    #[prop(into)]
    on_back: Callback<()>,
    /// Start again from the life events.
    #[prop(into)]
    on_restart: Callback<()>,
) -> impl IntoView {
    let sep = words.t("list-separator");
    let used_by = |by: &[usize]| {
        let names: Vec<&str> = by
            .iter()
            .filter_map(|&i| titles.get(i).map(String::as_str))
            .collect();
        words.t_args("merged-used-by", &[("services", Arg::Text(names.join(&sep)))])
    };
    let materials: Vec<(String, Option<String>)> = merged
        .materials
        .iter()
        .map(|n| (words.t(&message::material(&n.id)), Some(used_by(&n.by))))
        .collect();
    let count = words.t_args(
        "result-materials-count",
        &[("count", Arg::Number(materials.len() as f64))],
    );
    let offices: Vec<(String, Vec<String>, String)> = merged
        .offices
        .iter()
        .map(|n| {
            let (name, details) = office_lines(&words, &region, &n.id);
            (name, details, used_by(&n.by))
        })
        .collect();
    let lead = words.t_args("merged-lead", &[("services", Arg::Text(titles.join(&sep)))]);
    let materials_id = format!("{prefix}-all-materials");
    view! {
        <div class="wm-page wm-result">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading>{words.t("merged-title")}</h1>
            <p class="wm-lead">{lead}</p>
            <h2 class="wm-heading-m" id=materials_id.clone()>{words.t("result-materials")} " " <span class="wm-count">{count}</span></h2>
            <p class="wm-hint wm-no-print">{words.t("result-checklist")}</p>
            <Checklist id=materials_id items=materials />
            <h2 class="wm-heading-m">{words.t("result-where")}</h2>
            {offices.into_iter().map(|(name, details, by)| view! {
                <p class="wm-office">{name}</p>
                {details.into_iter().map(|d| view! { <p class="wm-office-detail">{d}</p> }).collect_view()}
                <p class="wm-office-detail">{by}</p>
            }).collect_view()}
            <ResultButtons words=words.clone() on_back=on_back on_restart=on_restart next=None />
        </div>
    }
}
