//! Waymark: an accessible, step-by-step guide to government services, as a Leptos
//! client-side widget.
//!
//! On load it mounts a guide into every element with a `data-waymark` attribute (whose value
//! is the service id; empty means the page URL's `?service=`, else the home page), fetching content
//! relative to `data-waymark-base` (default `./`) for the region `data-waymark-region`
//! (default `demo-county`).
//! The widget owns only that element: it never writes the host's `<html>`, `<head>` or styles.

pub mod components;
pub mod content;
pub mod i18n;
pub mod platform;

use components::guide::Guide;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

/// Mount a guide for `service` (`None`: the home page, by life event) into `el`, loading
/// content from `base` (ending in `/`) for `region`; `shared` is a result link's fragment to
/// open on; `lang` the language the host asks for. The guide lives as long as the page.
pub fn mount(
    el: HtmlElement,
    service: Option<String>,
    base: String,
    region: String,
    shared: Option<String>,
    lang: Option<String>,
) {
    leptos::mount::mount_to(
        el,
        move || view! { <Guide service=service base=base region=region shared=shared lang=lang /> },
    )
    .forget();
}

/// Entry point: mount a guide into each `[data-waymark]` element on the page.
#[wasm_bindgen(start)]
pub fn start() {
    // Panic messages in the console, in debug builds only: the hook and its formatting cost
    // the release build kilobytes, and content errors never panic (they are diagnostics).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    for (el, service) in platform::dom::mount_points() {
        let attr = |name: &str, default: &str| el.get_attribute(name).unwrap_or_else(|| default.to_string());
        let base = attr("data-waymark-base", "./");
        let region = attr("data-waymark-region", content::DEFAULT_REGION);
        // A result shared by QR code or link opens on that result (standalone page only).
        let fragment = platform::dom::hash();
        let shared = waymark_engine::share::service_of(&fragment).map(str::to_string);
        if service.is_empty() {
            // The standalone page (the guide chosen by the URL): browser Back = 上一步.
            platform::dom::use_browser_back();
        }
        let (service, shared) = match (service.as_str(), shared) {
            ("", Some(id)) => (Some(id), Some(fragment)),
            ("", None) => (platform::dom::query_param("service"), None),
            _ => (Some(service), None),
        };
        // The element's own `lang` (never the host page's): the language the host asks for.
        let lang = el.get_attribute("lang");
        mount(el, service, base, region, shared, lang);
    }
}
