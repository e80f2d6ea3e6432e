//! Read aloud: `speech.js` (beside `waymark.js`) says the screen with the device's own voice
//! or plays recordings. It is imported only when first needed, after the first screen shows,
//! so the first question never waits for it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::Element;

#[wasm_bindgen(module = "/src/platform/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = available)]
    fn available_js(base: &str, lang: &str, done: &Closure<dyn FnMut(bool)>);
    /// Read the screen of the guide that `near` is in, in `lang`, cutting off anything said.
    pub fn read(base: &str, near: &Element, lang: &str);
    /// Stop speaking (if anything was ever said).
    pub fn stop();
}

/// Find out whether anything can be said in `lang` (a voice or a recording): `done` hears.
pub fn available(base: &str, lang: &str, done: impl FnMut(bool) + 'static) {
    let closure = Closure::<dyn FnMut(bool)>::new(done);
    available_js(base, lang, &closure);
    closure.forget();
}
