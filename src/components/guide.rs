//! The outermost component: loads a service's content, then shows the wizard, or a
//! friendly message (with details for editors) when the content cannot be loaded.

use crate::components::wizard::Wizard;
use crate::content::{Content, LoadError, DEFAULT_LANG};
use crate::i18n::Words;
use leptos::prelude::*;

/// The widget's styles, injected into its own root (never into the host's `<head>`).
pub const STYLE: &str = include_str!("../style.css");

/// A whole guide for one service, fetched from `base`.
#[component]
pub fn Guide(
    /// The service id, e.g. `dibao`.
    service: String,
    /// URL prefix of the content (`catalog.json`, `services/`, `locales/`), ending in `/`.
    base: String,
    /// The region (county) whose numbers and offices to use.
    region: String,
) -> impl IntoView {
    let content = LocalResource::new(move || {
        let (base, service, region) = (base.clone(), service.clone(), region.clone());
        async move { Content::load(&base, &service, &region).await }
    });
    let words = Words::widget_only();
    view! {
        <Root>
            {move || match content.get() {
                None => view! { <p class="wm-loading" role="status">{words.t("loading")}</p> }.into_any(),
                Some(Err(error)) => {
                    view! { <LoadFailed error=error words=words.clone() on_retry=move || content.refetch() /> }.into_any()
                }
                Some(Ok(content)) => view! { <Wizard content=content /> }.into_any(),
            }}
        </Root>
    }
}

/// The widget's root element: carries `lang`, `dir` and the widget's own styles.
#[component]
pub fn Root(
    /// What the guide shows.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="wm-root" lang=DEFAULT_LANG dir="ltr">
            <style>{STYLE}</style>
            {children()}
        </div>
    }
}

/// Shown when a service cannot be loaded: plain words for the person, and what an editor
/// needs to fix it. Other guides on the page are unaffected.
#[component]
fn LoadFailed(
    /// What went wrong.
    error: LoadError,
    /// The widget's words.
    words: Words,
    /// Try loading again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let details = error.details();
    view! {
        <div class="wm-problem" role="alert">
            <h2 class="wm-heading-m">{words.t("load-failed")}</h2>
            <p>{words.t("load-failed.text")}</p>
            <button type="button" class="wm-button" on:click=move |_| on_retry()>
                {words.t("retry")}
            </button>
            <details class="wm-details">
                <summary>{words.t("load-failed.details")}</summary>
                <ul>{details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}</ul>
            </details>
        </div>
    }
}
