//! Coming back to an unfinished guide: continue where you were, or start again.

use crate::i18n::{Arg, Words};
use leptos::html;
use leptos::prelude::*;

/// The offer shown when a saved draft exists.
#[component]
pub fn ResumePage(
    /// Words for the page.
    words: Words,
    /// The page heading, focused when the page changes.
    heading: NodeRef<html::H1>,
    /// How many saved answers no longer fit (the service changed since): said, not hidden.
    dropped: usize,
    /// Continue the saved guide.
    #[prop(into)]
    on_resume: Callback<()>,
    /// Forget it and start again.
    #[prop(into)]
    on_restart: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="wm-page">
            <h1 class="wm-heading" tabindex="-1" node_ref=heading>{words.t("resume-title")}</h1>
            <p class="wm-lead">{words.t("resume-title.text")}</p>
            {(dropped > 0).then(|| view! {
                <p class="wm-notice">{words.t_args("resume-changed", &[("count", Arg::Number(dropped as f64))])}</p>
            })}
            <div class="wm-buttons">
                <button type="button" class="wm-button wm-button-secondary" on:click=move |_| on_restart.run(())>
                    {words.t("start-over")}
                </button>
                <button type="button" class="wm-button" on:click=move |_| on_resume.run(())>
                    {words.t("resume")}
                </button>
            </div>
        </div>
    }
}
