//! Fetching content files with the browser's `fetch`.
//!
//! Written on `web-sys` directly rather than `gloo-net`: the same 20 lines, and the widget is
//! 1.8 KB (brotli) smaller without gloo-net's request builder and futures plumbing.
//!
//! The request goes through `lazy.js`, which hands over the response `waymark.js` started for
//! the same URL while the wasm was still loading (the first screen's content, no waterfall).

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/platform/lazy.js")]
extern "C" {
    /// A promise of `url`'s `Response`: the one started early, taken once, else a new fetch.
    fn fetch_text(url: &str) -> js_sys::Promise;
}

/// GET a file's bytes. Any failure (network, HTTP status) becomes `(url, reason)`.
pub async fn bytes(url: &str) -> Result<Vec<u8>, (String, String)> {
    let fail = |reason: String| (url.to_string(), reason);
    let resp = JsFuture::from(fetch_text(url))
        .await
        .map_err(|e| fail(js_error(&e)))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| fail("not a response".into()))?;
    if !resp.ok() {
        return Err(fail(format!("HTTP {}", resp.status())));
    }
    let body = resp.array_buffer().map_err(|e| fail(js_error(&e)))?;
    let body = JsFuture::from(body).await.map_err(|e| fail(js_error(&e)))?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}

/// Whether a failure of [`bytes`] was the server saying it has no such file (HTTP 404).
pub fn not_found(reason: &str) -> bool {
    reason == "HTTP 404"
}

/// A short description of a JavaScript error value (a network failure is a `TypeError`).
fn js_error(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map_or_else(|| "network error".to_string(), |e| String::from(e.message()))
}
