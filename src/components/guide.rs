//! The outermost component: one person's [`Journey`] through the guide (the engine decides
//! every page), the content each place needs, loaded as the journey gets there, the bar
//! (language, tools) and the status line. Content that cannot be loaded shows a friendly
//! message (with details for editors).

use crate::components::failure::LoadFailed;
use crate::components::home::HomeQuestions;
use crate::components::language::{first_language, LanguagePicker, LANGUAGE_KEY};
pub use crate::components::status::Status;
use crate::components::status::StatusLine;
use crate::components::wizard::{loading, ServicePages};
use crate::components::next_id_prefix;
use crate::content::{Content, Home, LoadError, DEFAULT_LANG};
use crate::i18n::Words;
use leptos::prelude::*;
use waymark_engine::merge::HOME;
use waymark_engine::Journey;

/// The widget's styles: `waymark.js` adopts them into the guide's shadow root (never the
/// host's `<head>`).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// The URL prefix of the guide's files (`data-waymark-base`, ending in `/`): content, icons,
/// the QR module, and the standalone page a shared result opens on.
#[derive(Clone)]
pub struct Base(pub String);

/// What a screen needed, once loaded.
#[derive(Clone)]
enum Loaded {
    Home(Home),
    Service(Content),
    Nothing,
}

/// A whole guide, fetched from `base`: one service, or (with none named) the home page.
#[component]
pub fn Guide(
    /// The service id, e.g. `dibao`; `None` opens the home page.
    service: Option<String>,
    /// URL prefix of the content (`catalog.json`, `services/`, `locales/`), ending in `/`.
    base: String,
    /// The region (county) whose numbers and offices to use.
    region: String,
    /// A result shared through a link (the URL fragment `result=<service>&<answers>`): open
    /// `service` on that result.
    #[prop(optional_no_strip)]
    shared: Option<String>,
    /// The language the embedding page asks for (its `lang` attribute); otherwise the one
    /// chosen before on this device, else the browser's, else zh-CN.
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    provide_context(Base(base.clone()));
    let status = Status {
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        not_saved: RwSignal::new(false),
        other_tab: RwSignal::new(false),
        newer_draft: RwSignal::new(false),
        asked_again: RwSignal::new(false),
    };
    provide_context(status);
    // Online and offline heard while this guide is on the page: the listeners go with it.
    let (online, listeners) = crate::platform::sw::watch_online(move |on| {
        status.online.try_set(on);
    });
    status.online.set(online);
    StoredValue::new_local(listeners);
    let host = use_context::<crate::Host>();
    if host.is_some_and(|h| h.offline) {
        // Offline after the first visit (Waymark's own pages only: standalone, kiosk, the
        // iframe page; see docs/embedding.md).
        crate::platform::sw::register(&base, move || status.update_ready.set(true));
    }
    sweep_stale_drafts(host.map_or(waymark_engine::session::DRAFT_KEEP_DAYS, |h| h.keep_days));
    let words = Words::widget_only();
    let journey = RwSignal::new(match (service, shared) {
        (Some(id), Some(fragment)) => Journey::shared(&id, &fragment),
        (Some(id), None) => Journey::service(&id, true),
        (None, _) => Journey::home(),
    });
    // Moves between pages: focus follows each (the same page in other words does not move it).
    let focus = Signal::derive(move || journey.with(Journey::moves));
    provide_context(crate::components::Followed(StoredValue::new(0)));
    let lang = RwSignal::new(first_language(lang));
    // The flow the place needs: the home flow, or a service's (the merged list: the last one's
    // words and region).
    let needs = Memo::new(move |_| journey.with(|j| j.needs().map(str::to_string)));
    // One loader for whatever the screen needs: a task started whenever the need, the
    // language or 重试 changes. The screen keeps what it shows until the new content has
    // arrived, and a load overtaken by a newer one is dropped. (A plain task and a signal, not
    // a Leptos resource: its async machinery cost the widget kilobytes.)
    let loaded = RwSignal::new(None::<Result<Loaded, LoadError>>);
    let attempt = RwSignal::new(0_u32);
    let latest = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let (base, region, need, lang) = (base.clone(), region.clone(), needs.get(), lang.get());
        attempt.track();
        let this = latest.get_value().wrapping_add(1);
        latest.set_value(this);
        leptos::task::spawn_local(async move {
            let result = match need.as_deref() {
                Some(HOME) => Home::load(&base, &lang).await.map(Loaded::Home),
                Some(id) => Content::load(&base, id, &region, &lang).await.map(Loaded::Service),
                None => Ok(Loaded::Nothing),
            };
            if latest.try_get_value() == Some(this) {
                loaded.try_set(Some(result));
            }
        });
    });
    let display = crate::components::tools::Display::remembered(lang, host.is_some_and(|h| h.auto_read));
    provide_context(display);
    // The words of the language on screen, for the bar and the status line (set again only
    // when the language changes, so the bar keeps its focus across pages).
    let words_now = RwSignal::new(None::<Words>);
    // Whether this device can say the language shown (a voice, or recordings for it): asked
    // once a screen shows in it, so `speech.js` never delays the first one.
    Effect::new({
        let base = use_context::<Base>().map_or_else(String::new, |b| b.0);
        move |_| {
            if let Some(code) = words_now.with(|w| w.as_ref().map(Words::lang)) {
                crate::platform::speech::available(&base, &code, move |yes| {
                    display.can_speak.try_set(Some(yes));
                });
            }
        }
    });
    let show_words = move |words: &Words| {
        if words_now.with_untracked(|w| w.as_ref().map(Words::lang) != Some(words.lang())) {
            words_now.set(Some(words.clone()));
        }
    };
    let picker_id = format!("{}-lang", next_id_prefix());
    let store = crate::platform::storage::Store::here();
    // The same page again in the new words, where the person was.
    let relabel = move |code: String| lang.set(code);
    let choose_language = Callback::new(move |code: String| {
        if crate::i18n::is_locale(&code) {
            store.set(LANGUAGE_KEY, &code);
            relabel(code);
        }
    });
    // The host page changed the guide's `lang`: the same as choosing it here, but the host's
    // wish is not remembered on the device.
    if let Some(host) = host {
        Effect::new(move |first: Option<()>| {
            if let (Some(code), Some(())) = (host.asked_lang.get(), first) {
                if crate::i18n::is_locale(&code) {
                    relabel(code);
                }
            }
        });
    }
    // Kiosk: the idle reset's dialog (opened, counted down and closed by the kiosk watch in
    // `platform::host`), in the words on screen.
    let kiosk = host.filter(|h| h.mode == crate::Mode::Kiosk).map(|_| {
        move || {
            let words = words_now.get().unwrap_or_else(Words::widget_only);
            view! {
                <dialog class="wm-idle" data-wm-idle="" aria-labelledby="wm-idle-title" aria-describedby="wm-idle-text">
                    <h2 id="wm-idle-title" class="wm-heading">{words.t("kiosk-still-there")}</h2>
                    <p id="wm-idle-text" class="wm-idle-text">{words.t("kiosk-countdown")}</p>
                    <p class="wm-idle-count" role="timer"></p>
                    <div class="wm-buttons">
                        <button type="button" class="wm-button">{words.t("kiosk-continue")}</button>
                        <button type="button" class="wm-button wm-button-secondary" data-wm-end="">{words.t("kiosk-end")}</button>
                    </div>
                </dialog>
            }
        }
    });
    // The same screen again, in the larger type and simpler words.
    let on_elder = Callback::new(move |on| display.elder.set(on));
    let bar = move || {
        words_now.get().map(|words| {
            view! {
                <LanguagePicker lang=lang label=words.t("language-picker") id=picker_id.clone() on_change=choose_language />
                <crate::components::tools::Tools display=display words=words on_elder=on_elder />
            }
        })
    };
    let prefix = next_id_prefix();
    let failed = move |error: LoadError, retry: Callback<()>| {
        view! { <LoadFailed error=error words=words.clone() on_retry=move || retry.run(()) /> }.into_any()
    };
    let retry = Callback::new(move |()| attempt.update(|n| *n = n.wrapping_add(1)));

    view! {
        <Root lang=lang>
            <div class="wm-bar">{bar}</div>
            <StatusLine status=status words=words_now />
            {kiosk}
            {move || {
                let elder = display.elder.get();
                match loaded.get() {
                    Some(Ok(Loaded::Home(mut home))) => {
                        home.words = home.words.simple(elder);
                        show_words(&home.words);
                        view! { <HomeQuestions journey=journey home=home prefix=prefix.clone() focus=focus /> }.into_any()
                    }
                    Some(Ok(Loaded::Service(mut content))) => {
                        content.words = content.words.simple(elder);
                        show_words(&content.words);
                        view! { <ServicePages journey=journey content=content focus=focus /> }.into_any()
                    }
                    Some(Err(e)) => failed(e, retry),
                    Some(Ok(Loaded::Nothing)) | None => loading(&Words::widget_only()),
                }
            }}
        </Root>
    }
}

/// The widget's root element: carries `lang` and `dir` (and, in kiosk mode, its larger sizes).
#[component]
pub fn Root(
    /// What the guide shows.
    children: Children,
    /// The language shown (default zh-CN); Uyghur sets `dir="rtl"`.
    #[prop(optional)]
    lang: Option<RwSignal<String>>,
) -> impl IntoView {
    let code = move || lang.map_or_else(|| DEFAULT_LANG.to_string(), |l| l.get());
    let dir = move || {
        if crate::i18n::is_rtl(&code()) {
            "rtl"
        } else {
            "ltr"
        }
    };
    let kiosk = use_context::<crate::Host>().is_some_and(|h| h.mode == crate::Mode::Kiosk);
    let elder = use_context::<crate::components::tools::Display>().map(|d| d.elder);
    view! {
        <div class="wm-root" class:wm-kiosk=kiosk class:wm-elder=move || elder.is_some_and(|e| e.get()) lang=code dir=dir>
            {children()}
        </div>
    }
}

/// Forget every draft on this device saved longer ago than `keep_days` (of any service, and
/// their set-aside copies): drafts expire even for a service the person never opens again.
fn sweep_stale_drafts(keep_days: u32) {
    let store = crate::platform::storage::Store::here();
    let entries: Vec<(String, String)> = store
        .keys(waymark_engine::journey::DRAFT_PREFIX)
        .into_iter()
        .filter_map(|key| store.get(&key).map(|text| (key, text)))
        .collect();
    let entries = entries.iter().map(|(k, t)| (k.as_str(), t.as_str()));
    for key in waymark_engine::journey::stale_drafts(entries, crate::platform::dom::today(), keep_days) {
        store.remove(&key);
    }
}
