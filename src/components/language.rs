//! The language picker (「语言 Language」) and the language a guide starts in.

use leptos::prelude::*;

/// Where the chosen language is remembered on this device.
pub const LANGUAGE_KEY: &str = "waymark:lang";

/// The language to start in: the embedding page's, else the one chosen before on this device,
/// else the best match for the browser's languages, else zh-CN.
pub fn first_language(embed: Option<String>) -> String {
    let ours = |l: &String| crate::i18n::is_locale(l);
    embed
        .filter(ours)
        .or_else(|| {
            crate::platform::storage::Store::here()
                .get(LANGUAGE_KEY)
                .filter(ours)
        })
        .unwrap_or_else(|| crate::i18n::negotiate(&crate::platform::dom::browser_languages()))
}

/// 「语言 Language」: every language written in its own script; the choice applies at once and
/// keeps the person's place and answers.
#[component]
pub fn LanguagePicker(
    /// The language shown.
    lang: RwSignal<String>,
    /// The picker's label: the word for "language" in the current language, and "Language".
    label: String,
    /// The select's id.
    id: String,
    /// A language was chosen.
    on_change: Callback<String>,
) -> impl IntoView {
    let options = crate::i18n::locales()
        .into_iter()
        .map(|l| view! { <option value=l.code.clone() lang=l.code>{l.name}</option> })
        .collect_view();
    view! {
        <div class="wm-language">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                class="wm-input wm-select wm-language-select"
                prop:value=move || lang.get()
                on:change:target=move |ev| on_change.run(ev.target().value())
            >
                {options}
            </select>
        </div>
    }
}
