//! The guide's element as the host page sees it: where the person is (for `waymark.js` to turn
//! into events), and kiosk mode's idle reset (`public/kiosk-idle.js`, loaded only in kiosk mode: the dialog,
//! its spoken countdown and the wipe).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlElement;

#[wasm_bindgen(module = "/src/platform/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = watch_kiosk)]
    fn watch_kiosk_js(
        el: &HtmlElement,
        base: &str,
        idle: u32,
        countdown: u32,
        fresh: &Closure<dyn FnMut()>,
    ) -> js_sys::Function;
}

/// A kiosk's idle watch; dropping it stops the watch and releases its listeners.
pub struct KioskWatch {
    stop: js_sys::Function,
    _fresh: Closure<dyn FnMut()>,
}

impl Drop for KioskWatch {
    fn drop(&mut self) {
        let _ = self.stop.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Watch the kiosk at `el` for idle hands (see `public/kiosk-idle.js`): after `idle` seconds a dialog
/// counts down `countdown` seconds, then everything of the person is wiped and `fresh` starts a
/// new guide. `base` is where `speech.js` is (the countdown is spoken).
pub fn watch_kiosk(
    el: &HtmlElement,
    base: &str,
    idle: u32,
    countdown: u32,
    fresh: impl FnMut() + 'static,
) -> KioskWatch {
    let fresh = Closure::<dyn FnMut()>::new(fresh);
    let stop = watch_kiosk_js(el, base, idle, countdown, &fresh);
    KioskWatch { stop, _fresh: fresh }
}

/// Write where the person is on the guide's element (`data-wm-service`, `-step`, `-outcome`,
/// `-answers`), `step` last: `waymark.js` watches it and tells the host page.
pub fn show_step(el: &HtmlElement, service: &str, step: &str, outcome: &str, answers: &str) {
    for (name, value) in [
        ("data-wm-service", service),
        ("data-wm-outcome", outcome),
        ("data-wm-answers", answers),
        ("data-wm-step", step),
    ] {
        let _ = el.set_attribute(name, value);
    }
}
