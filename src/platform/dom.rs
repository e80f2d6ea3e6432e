//! Small DOM helpers: moving focus, the page's URL, history, printing.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Move keyboard and screen-reader focus to an element (a heading with `tabindex="-1"`).
pub fn focus(el: &HtmlElement) -> bool {
    // An element already taken off the page (the page before) cannot take focus.
    el.is_connected() && el.focus().is_ok()
}

/// Focus the element with this id in the same tree as `near` (the guide's shadow root, or the
/// document): used by error-summary links, whose `#id` a shadow root does not follow.
pub fn focus_by_id(near: &web_sys::Node, id: &str) {
    let root = near.get_root_node();
    let el = match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        focus(&el);
    }
}

/// Today in the person's time zone, as days since 1970-01-01 (for ages and date limits).
pub fn today() -> i64 {
    let now = js_sys::Date::new_0();
    waymark_engine::dates::days_from_civil(
        i64::from(now.get_full_year()),
        now.get_month() + 1,
        now.get_date(),
    )
}

/// A parameter of the page's own URL (`?service=dibao`), for the standalone page.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == name && !v.is_empty()).then(|| v.to_string())
    })
}

/// Open the browser's print dialog (the widget's print styles make the page a slip).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The page URL's fragment, without `#` (a shared result: `result=dibao&…`).
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// `relative` resolved against the page's own address, as a full URL.
pub fn absolute_url(relative: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base).map_or_else(|_| relative.to_string(), |u| u.href())
}

/// Listen to `event` on the window while the returned listener lives (gloo-events removes it
/// when dropped); `None` without a window.
pub fn on_window(event: &'static str, f: impl FnMut(&web_sys::Event) + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(&window, event, f))
}

/// On the standalone page: the browser's Back presses the guide's 上一步 (the button marked
/// `data-wm-back` inside `el`), and every page the guide moves to gets a history entry (see
/// [`page_changed`]). Hosts that embed the widget keep their own history untouched. Listens
/// while the returned listener lives (the guide keeps it, and drops it when taken off).
pub fn use_browser_back(el: &HtmlElement) -> Option<gloo_events::EventListener> {
    let el = el.clone();
    on_window("popstate", move |_| {
        let back = el.query_selector("[data-wm-back]").ok().flatten();
        if let Some(back) = back.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            back.click();
        }
    })
}

/// The guide on the standalone page moved to another page: give it a history entry so the
/// browser's Back has somewhere to go.
pub fn page_changed() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None);
    }
}

/// The browser's preferred languages (`navigator.languages`), best first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Which key of a keypad (a button marked `data-wm-key`) a click landed on, if any.
pub fn pressed_key(ev: &web_sys::MouseEvent) -> Option<String> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-wm-key]").ok().flatten())
        .and_then(|b| b.get_attribute("data-wm-key"))
}
