//! Waymark: an accessible, step-by-step guide to government services, as a Leptos
//! client-side widget.
//!
//! Pages load it through `waymark.js` (hand-written, `public/waymark.js`), which defines the
//! `<waymark-guide>` element and `mount(element, options)`: both give the guide a shadow root
//! of its own and call [`mount_guide`] with a `<div>` inside it. The widget owns only that
//! element: it never writes the host's `<html>`, `<head>`, title or styles.

pub mod components;
pub mod content;
pub mod i18n;
pub mod platform;

use components::guide::Guide;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

/// How the guide sits on its page (the `mode` attribute).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Mode {
    /// Inside a host's page: touches nothing of the page but its own element.
    #[default]
    Embedded,
    /// Waymark's own page: the URL names the service (`?service=`, a shared `#result=`) and the
    /// browser's Back works like 上一步.
    Standalone,
    /// A shared terminal: an attract screen, an idle reset, nothing kept between people.
    Kiosk,
}

impl Mode {
    fn parse(text: &str) -> Self {
        match text {
            "standalone" => Self::Standalone,
            "kiosk" => Self::Kiosk,
            _ => Self::Embedded,
        }
    }
}

/// What the page around a guide allows and asks of it (a context every component can read).
#[derive(Clone, Copy)]
pub struct Host {
    /// How the guide sits on its page.
    pub mode: Mode,
    /// Register the service worker (standalone, kiosk and the iframe page, on Waymark's origin).
    pub offline: bool,
    /// Read each step aloud unless the person turned it off (`auto-read`; a kiosk's invitation).
    pub auto_read: bool,
    /// The element the guide is mounted in: where it is, for `waymark.js` to tell the host.
    pub el: StoredValue<HtmlElement, LocalStorage>,
    /// The language the host asks for now (its `lang` attribute, which may change).
    pub asked_lang: RwSignal<Option<String>>,
}

/// The guides mounted on this page, by the number [`mount_guide`] returned.
struct Mounted {
    handle: Box<dyn std::any::Any>,
    asked_lang: RwSignal<Option<String>>,
    fresh: RwSignal<u32>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Option<Mounted>>> = const { RefCell::new(Vec::new()) };
}

/// Mount a guide into `el`: `service` (none: the home page, by life event), in the language
/// `lang` asks for, loading content from `base` (ending in `/`) for `region`, in `mode`
/// (`embedded`, `standalone` or `kiosk`). Returns the number to unmount it with.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
pub fn mount_guide(
    el: HtmlElement,
    service: Option<String>,
    lang: Option<String>,
    mode: String,
    region: Option<String>,
    base: String,
    offline: bool,
    auto_read: bool,
    idle_seconds: u32,
    countdown_seconds: u32,
) -> u32 {
    // Panic messages in the console, in debug builds only: the hook and its formatting cost
    // the release build kilobytes, and content errors never panic (they are diagnostics).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let mode = Mode::parse(&mode);
    let region = region
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| content::DEFAULT_REGION.to_string());
    let mut service = service.filter(|s| !s.is_empty());
    let mut shared = None;
    if mode != Mode::Embedded && service.is_none() {
        // Waymark's own page: the URL names the guide. A result shared by QR code or link
        // opens on that result (never on a kiosk: it keeps nothing and opens no links).
        let fragment = platform::dom::hash();
        match waymark_engine::share::service_of(&fragment) {
            Some(id) if mode == Mode::Standalone => {
                service = Some(id.to_string());
                shared = Some(fragment);
            }
            _ => service = platform::dom::query_param("service"),
        }
    }
    if mode == Mode::Standalone {
        platform::dom::use_browser_back(&el);
    }
    let asked_lang = RwSignal::new(lang.filter(|l| !l.is_empty()));
    // Kiosk: every wipe starts a fresh guide (the attract screen), with nothing kept.
    let fresh = RwSignal::new(0_u32);
    if mode == Mode::Kiosk {
        // Nothing of a person outlives the browser session, and the idle reset wipes that.
        platform::storage::session_only();
        platform::host::watch_kiosk(&el, idle_seconds.max(5), countdown_seconds.max(5), move || {
            fresh.try_update(|n| *n += 1);
        });
    }
    let holder = StoredValue::new_local(el.clone());
    let handle = leptos::mount::mount_to(el, move || {
        provide_context(Host {
            mode,
            offline: offline || mode != Mode::Embedded,
            auto_read,
            el: holder,
            asked_lang,
        });
        move || {
            fresh.track();
            let (service, base, region, shared) =
                (service.clone(), base.clone(), region.clone(), shared.clone());
            let lang = asked_lang.get_untracked();
            view! { <Guide service=service base=base region=region shared=shared lang=lang /> }
        }
    });
    MOUNTED.with_borrow_mut(|all| {
        all.push(Some(Mounted {
            handle: Box::new(handle),
            asked_lang,
            fresh,
        }));
        u32::try_from(all.len() - 1).unwrap_or(u32::MAX)
    })
}

/// Take the guide numbered `id` off its element (its reactive state goes with it).
#[wasm_bindgen]
pub fn unmount_guide(id: u32) {
    let gone = MOUNTED.with_borrow_mut(|all| all.get_mut(id as usize).and_then(Option::take));
    if let Some(gone) = gone {
        drop(gone.handle);
        gone.asked_lang.dispose();
        gone.fresh.dispose();
    }
}

/// The host changed the guide's `lang`: show it in that language, keeping the person's place.
#[wasm_bindgen]
pub fn set_guide_lang(id: u32, lang: Option<String>) {
    let asked = MOUNTED.with_borrow(|all| {
        all.get(id as usize)
            .and_then(|m| m.as_ref().map(|m| m.asked_lang))
    });
    if let Some(asked) = asked {
        asked.set(lang.filter(|l| !l.is_empty()));
    }
}

/// The widget's styles, for the shadow root's constructed style sheet (which a strict
/// `style-src` allows, unlike a `<style>` element).
#[wasm_bindgen]
pub fn styles() -> String {
    components::guide::STYLE.to_string()
}
