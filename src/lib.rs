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
    /// The host opted in to the person's answers (`share-answers`): only then does the guide's
    /// element carry them (for `waymark-finish`).
    pub share_answers: bool,
    /// How many days a draft is kept on the device (the deployment's `keep-days`).
    pub keep_days: u32,
    /// The element the guide is mounted in: where it is, for `waymark.js` to tell the host.
    pub el: StoredValue<HtmlElement, LocalStorage>,
    /// The language the host asks for now (its `lang` attribute, which may change).
    pub asked_lang: RwSignal<Option<String>>,
}

/// The guides mounted on this page, by the number [`mount_guide`] returned.
struct Mounted {
    handle: Box<dyn std::any::Any>,
    /// A kiosk's idle watch, stopped (its listeners released) when the guide goes.
    kiosk: Option<platform::host::KioskWatch>,
    /// The standalone page's Back listener, removed when the guide goes.
    back: Option<gloo_events::EventListener>,
    asked_lang: RwSignal<Option<String>>,
    fresh: RwSignal<u32>,
}

thread_local! {
    static MOUNTED: RefCell<Vec<Option<Mounted>>> = const { RefCell::new(Vec::new()) };
}

/// How a page asks for a guide: `waymark.js` passes one options object (attributes or
/// `mount()` options, already validated there), read here field by field. A new option is one
/// field here and one line there.
#[derive(Default)]
pub struct MountOptions {
    /// The service id; none: the home page, by life event.
    pub service: Option<String>,
    /// The language the page asks for.
    pub lang: Option<String>,
    /// `embedded`, `standalone` or `kiosk`.
    pub mode: String,
    /// The region (county) whose numbers and offices to use.
    pub region: Option<String>,
    /// Where the guide's files are, ending in `/`.
    pub base: String,
    /// Register the service worker (the iframe page).
    pub offline: bool,
    /// Read each step aloud.
    pub auto_read: bool,
    /// The host wants the person's answers with `waymark-finish`.
    pub share_answers: bool,
    /// Kiosk: seconds without a touch before 「还在吗?」.
    pub idle_seconds: u32,
    /// Kiosk: seconds of the countdown before the wipe.
    pub countdown_seconds: u32,
    /// How many days a draft is kept on the device.
    pub keep_days: u32,
    /// The deployment's languages (`[[tag, name, "rtl"?], …]`, written into `waymark.js` by
    /// `waymark index`); none given: the compiled-in zh-CN only.
    pub locales: Vec<i18n::Locale>,
}

impl MountOptions {
    /// Read the options object (missing or wrong fields take their defaults).
    pub fn from_js(options: &wasm_bindgen::JsValue) -> Self {
        let get = |key: &str| js_sys::Reflect::get(options, &key.into()).unwrap_or_default();
        let text = |key: &str| get(key).as_string().filter(|s| !s.is_empty());
        let flag = |key: &str| get(key).is_truthy();
        // (Validated by waymark.js; a value out of range here takes the default.)
        let number = |key: &str, default: u32| {
            get(key)
                .as_f64()
                .filter(|n| n.is_finite() && *n >= 1.0 && *n <= 100_000.0)
                .map_or(default, |n| n as u32)
        };
        MountOptions {
            service: text("service"),
            lang: text("lang"),
            mode: text("mode").unwrap_or_default(),
            region: text("region"),
            base: text("baseUrl").unwrap_or_else(|| "./".into()),
            offline: flag("offline"),
            auto_read: flag("autoRead"),
            share_answers: flag("shareAnswers"),
            idle_seconds: number("idleSeconds", 90),
            countdown_seconds: number("countdownSeconds", 20),
            keep_days: number("keepDays", waymark_engine::session::DRAFT_KEEP_DAYS),
            locales: js_sys::Array::from(&get("locales"))
                .iter()
                .map(|l| {
                    let l = js_sys::Array::from(&l);
                    i18n::Locale {
                        code: l.get(0).as_string().unwrap_or_default(),
                        name: l.get(1).as_string().unwrap_or_default(),
                        rtl: l.get(2).as_string().as_deref() == Some("rtl"),
                    }
                })
                .collect(),
        }
    }
}

/// Mount a guide into `el` with the page's `options` ([`MountOptions`]). Returns the number
/// to unmount it with.
#[wasm_bindgen]
#[allow(clippy::needless_pass_by_value)]
pub fn mount_guide(el: HtmlElement, options: wasm_bindgen::JsValue) -> u32 {
    let MountOptions {
        service,
        lang,
        mode,
        region,
        base,
        offline,
        auto_read,
        share_answers,
        idle_seconds,
        countdown_seconds,
        keep_days,
        locales,
    } = MountOptions::from_js(&options);
    if !locales.is_empty() {
        i18n::set_locales(locales);
    }
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
    let back = (mode == Mode::Standalone)
        .then(|| platform::dom::use_browser_back(&el))
        .flatten();
    let asked_lang = RwSignal::new(lang.filter(|l| !l.is_empty()));
    // Kiosk: every wipe starts a fresh guide (the attract screen), with nothing kept.
    let fresh = RwSignal::new(0_u32);
    // (Nothing of a person outlives the browser session on a kiosk: its storage is
    // `sessionStorage`, see `platform::storage::Store`, and the idle reset wipes that.)
    let kiosk = (mode == Mode::Kiosk).then(|| {
        // `waymark.js` refuses out-of-range seconds; these floors only guard other callers.
        platform::host::watch_kiosk(
            &el,
            &base,
            idle_seconds.max(5),
            countdown_seconds.max(5),
            move || {
                // Anything being read aloud stops with the person who asked for it.
                platform::speech::stop();
                fresh.try_update(|n| *n += 1);
            },
        )
    });
    let holder = StoredValue::new_local(el.clone());
    let handle = leptos::mount::mount_to(el, move || {
        provide_context(platform::storage::Store::new(mode == Mode::Kiosk));
        provide_context(Host {
            mode,
            offline: offline || mode != Mode::Embedded,
            auto_read,
            share_answers,
            keep_days,
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
            kiosk,
            back,
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
        drop(gone.kiosk);
        drop(gone.back);
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
