//! What a guide shows when its content cannot be loaded.

use crate::content::LoadError;
use crate::i18n::Words;
use leptos::prelude::*;

/// Shown when a service cannot be loaded: plain words for the person, and what an editor
/// needs to fix it. Other guides on the page are unaffected.
#[component]
pub fn LoadFailed(
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
