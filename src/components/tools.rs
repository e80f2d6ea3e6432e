//! The bar on every screen, beside the language picker: 朗读 (read the screen aloud), read each
//! step aloud, and 长辈版 (elder mode: larger, stronger, simpler). Choices are remembered on the
//! device (a kiosk forgets them with the person).

use crate::i18n::Words;
use crate::platform::speech;
use crate::platform::storage::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How the person wants the guide shown and said.
#[derive(Clone, Copy)]
pub struct Display {
    /// 长辈版: text ≥ 24 px, contrast ≥ 7:1, targets ≥ 56 px, no animation, `.simple` words.
    pub elder: RwSignal<bool>,
    /// Read each new step aloud.
    pub auto_read: RwSignal<bool>,
    /// Whether this device can say the language shown (a voice or recordings); `None` until known.
    pub can_speak: RwSignal<Option<bool>>,
    /// The language shown.
    pub lang: RwSignal<String>,
}

/// Where each choice is remembered.
pub const ELDER_KEY: &str = "waymark:elder";
/// Where the read-aloud choice is remembered.
pub const AUTO_READ_KEY: &str = "waymark:auto-read";

impl Display {
    /// The choices remembered on this device (`auto_read` unless the page says otherwise).
    pub fn remembered(lang: RwSignal<String>, auto_read: bool) -> Self {
        let on = |key| Store::here().get(key).map(|v| v == "1");
        let elder = on(ELDER_KEY).unwrap_or(false);
        Display {
            elder: RwSignal::new(elder),
            auto_read: RwSignal::new(on(AUTO_READ_KEY).unwrap_or(auto_read)),
            can_speak: RwSignal::new(None),
            lang,
        }
    }
}

fn remember(store: Store, key: &str, on: bool) {
    store.set(key, if on { "1" } else { "0" });
}

/// The bar. Rendered again only when the language changes, so a toggle keeps its focus.
#[component]
pub fn Tools(
    /// The person's display choices.
    display: Display,
    /// The words of the language shown.
    words: Words,
    /// Elder mode was switched: the screen is shown again in its words.
    on_elder: Callback<bool>,
) -> impl IntoView {
    let store = Store::here();
    let base = use_context::<crate::components::guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);
    let read = move |ev: leptos::ev::MouseEvent| {
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            speech::read(&base, &el, &display.lang.get_untracked());
        }
    };
    // Reading is offered when the device can say this language, with a note when it cannot.
    let can = display.can_speak;
    view! {
        <div class="wm-tools" class:wm-can-speak=move || can.get() == Some(true) class:wm-cannot-speak=move || can.get() == Some(false)>
            <button type="button" class="wm-button wm-button-secondary wm-speaks" on:click=read>{words.t("read-aloud")}</button>
            <label class="wm-toggle wm-speaks">
                <input type="checkbox" prop:checked=display.auto_read
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        display.auto_read.set(on);
                        remember(store, AUTO_READ_KEY, on);
                    } />
                {words.t("read-auto")}
            </label>
            <label class="wm-toggle">
                <input type="checkbox" prop:checked=display.elder
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        remember(store, ELDER_KEY, on);
                        on_elder.run(on);
                    } />
                {words.t("elder")}
            </label>
            <p class="wm-read-note">{words.t("read-none")}</p>
        </div>
    }
}
