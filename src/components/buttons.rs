//! Buttons every page shares.

use crate::i18n::Words;
use leptos::prelude::*;

/// 上一步: the secondary button that goes back one page. It comes first in the row, so it sits
/// on the reading-start side in both left-to-right and right-to-left languages.
#[component]
pub fn BackButton(
    /// Words for the label.
    words: Words,
    /// What going back does.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="wm-button wm-button-secondary" data-wm-back="" on:click=move |_| on_back.run(())>
            {words.t("back")}
        </button>
    }
}
