//! QR codes, drawn by a separate wasm module (`dist/qr/`, the `waymark-qr` crate) that is
//! imported only when a result page asks for one, so the first question never waits for it.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/platform/qr.js")]
extern "C" {
    #[wasm_bindgen(js_name = qr_svg)]
    fn qr_svg_promise(module_url: &str, text: &str) -> js_sys::Promise;
}

/// An SVG QR code for `text`, from the module at `module_url`; `None` if it cannot be loaded
/// (offline before it was cached, blocked) or the text does not fit.
pub async fn svg(module_url: &str, text: &str) -> Option<String> {
    let value: JsValue = JsFuture::from(qr_svg_promise(module_url, text)).await.ok()?;
    value.as_string().filter(|s| !s.is_empty())
}
