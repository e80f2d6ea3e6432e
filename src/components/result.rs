//! The result page: the outcome and why, what to bring, where to go, how long it takes.

use crate::components::buttons::BackButton;
use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;
use waymark_engine::{message, OutcomeView};

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
    #[prop(into)]
    on_back: Callback<()>,
    /// Forget the answers and start again.
    #[prop(into)]
    on_restart: Callback<()>,
    /// Today (`YYYY-MM-DD`), printed on the slip.
    date: String,
    /// A link that opens this result on another device (shown as text and as a QR code).
    link: String,
    /// Where the QR code module is (`<base>qr/waymark_qr.js`).
    qr_module: String,
    /// The next thing to do after this service, when the person chose several: its button's
    /// words and what it does.
    #[prop(optional_no_strip)]
    next: Option<(String, Callback<()>)>,
) -> impl IntoView {
    let key = message::outcome(&service, &outcome.id);
    let args: Vec<(&str, Arg)> = outcome
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let reasons: Vec<String> = outcome
        .reasons
        .iter()
        .map(|r| words.t_args(&message::reason(&service, r), &args))
        .collect();
    let materials: Vec<String> = outcome
        .materials
        .iter()
        .map(|m| words.t(&message::material(m)))
        .collect();
    let count = words.t_args(
        "result-materials-count",
        &[("count", Arg::Number(materials.len() as f64))],
    );
    let office = outcome.office.as_ref().map(|o| office_lines(&words, &region, o));
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
        .map(|n| words.t(&message::next_step(&service, n)))
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

    // The QR code is drawn by a separate module, fetched only now; until it arrives (or if
    // it cannot be had offline) the link text alone carries the result.
    let qr = RwSignal::new(None::<String>);
    {
        let link = link.clone();
        leptos::task::spawn_local(async move { qr.set(crate::platform::qr::svg(&qr_module, &link).await) });
    }
    let qr_label = words.t("result-qr");

    view! {
        <div class="wm-page wm-result">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading data-wm-msg=key.clone()>{words.t(&key)}</h1>
            {words.opt(&message::attribute(&key, message::TEXT)).map(|t| view! { <p class="wm-lead">{t}</p> })}
            {(!reasons.is_empty()).then(|| view! {
                <h2 class="wm-heading-m wm-no-print" id=why_id.clone()>{words.t("result-why")}</h2>
                <ul class="wm-list wm-no-print" aria-labelledby=why_id>{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            })}
            {(!materials.is_empty()).then(|| view! {
                <h2 class="wm-heading-m" id=materials_id.clone()>{words.t("result-materials")} " " <span class="wm-count">{count}</span></h2>
                <p class="wm-hint wm-no-print">{words.t("result-checklist")}</p>
                <Checklist id=materials_id items=materials.into_iter().map(|m| (m, None)).collect() />
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
            <h2 class="wm-heading-m">{words.t("result-share")}</h2>
            <p class="wm-no-print">{words.t("result-share.text")}</p>
            {move || qr.get().map(|svg| view! { <div class="wm-qr"><img src=svg_data_url(&svg) alt=qr_label.clone() /></div> })}
            <p class="wm-share-link">{link}</p>
            <p class="wm-print-only">{words.t_args("result-print-date", &[("date", Arg::Text(date))])}</p>
            <ResultButtons words=words.clone() on_back=on_back on_restart=on_restart next=next />
        </div>
    }
}

/// The local office (region words), else the kind of office (catalog words); then its address,
/// hours and phone, each a line.
pub fn office_lines(words: &Words, region: &waymark_engine::Region, office: &str) -> (String, Vec<String>) {
    let local = message::local_office(&region.id, office);
    let name = words
        .opt(&local)
        .unwrap_or_else(|| words.t(&message::office(office)));
    let line = |attr: &str, id: &str, arg: &str| {
        words
            .opt(&message::attribute(&local, attr))
            .map(|v| words.t_args(id, &[(arg, Arg::Text(v))]))
    };
    let phone = region
        .offices
        .get(office)
        .and_then(|r| r.phone.clone())
        .map(|p| words.t_args("result-phone", &[("phone", Arg::Text(p))]));
    let details = [
        line(message::ADDRESS, "result-address", "address"),
        line(message::HOURS, "result-hours", "hours"),
        phone,
    ];
    (name, details.into_iter().flatten().collect())
}

/// Materials to gather, each with a check box to tick once it is in the bag, and an optional
/// note under it (which services need it). Named by the heading `id` points at.
#[component]
pub fn Checklist(
    /// The id of the heading that names the list; also the prefix of the boxes' ids.
    id: String,
    /// Each material's words and its note.
    items: Vec<(String, Option<String>)>,
) -> impl IntoView {
    let boxes = items.into_iter().enumerate().map(|(i, (label, note))| {
        let box_id = format!("{id}-{i}");
        view! {
            <li class="wm-check">
                <input type="checkbox" class="wm-check-input" id=box_id.clone() />
                <label class="wm-check-label" for=box_id>{label}</label>
                {note.map(|n| view! { <span class="wm-check-note">{n}</span> })}
            </li>
        }
    });
    view! { <ul class="wm-list wm-checklist" aria-labelledby=id>{boxes.collect_view()}</ul> }
}

/// The buttons under a result (and under the merged list): 上一步, 打印, 重新开始, and what
/// comes next when the person chose several services.
#[component]
pub fn ResultButtons(
    /// Words for the labels.
    words: Words,
    /// Back to the page before.
    on_back: Callback<()>,
    /// Start again.
    on_restart: Callback<()>,
    /// The next service (or the merged list): its button's words and what it does.
    next: Option<(String, Callback<()>)>,
) -> impl IntoView {
    view! {
        <div class="wm-buttons">
            <BackButton words=words.clone() on_back=on_back />
            <PrintButton words=words.clone() />
            <button type="button" class="wm-button wm-button-secondary" on:click=move |_| on_restart.run(())>
                {words.t("start-over")}
            </button>
            {next.map(|(label, go)| view! {
                <button type="button" class="wm-button" on:click=move |_| go.run(())>{label}</button>
            })}
        </div>
    }
}

/// 打印: the browser's print dialog, which prints the large-print slip (see the print styles).
#[component]
pub fn PrintButton(
    /// Words for the label.
    words: Words,
) -> impl IntoView {
    view! {
        <button type="button" class="wm-button wm-button-secondary wm-no-print" on:click=|_| crate::platform::dom::print()>
            {words.t("result-print")}
        </button>
    }
}

/// An SVG drawing as a `data:` URL for an `<img>` (no markup is parsed into the page: a host
/// that enforces Trusted Types allows it, and a strict CSP's `img-src data:` does).
fn svg_data_url(svg: &str) -> String {
    let mut url = String::from("data:image/svg+xml,");
    for b in svg.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b' ' | b'-' | b'.' | b'/' | b'=' | b':' | b',' => {
                url.push(b as char)
            }
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                url.push('%');
                url.push(HEX[usize::from(b >> 4)] as char);
                url.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    url
}
