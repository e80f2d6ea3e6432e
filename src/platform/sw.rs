//! The service worker (`sw.js`, written at build by `waymark precache`), online status and
//! persistent storage: the glue between the page and the browser's offline machinery.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(inline_js = "
let waiting = null;
export function register(url, on_update) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(url).then((reg) => {
    const ready = () => {
      if (reg.waiting && navigator.serviceWorker.controller) { waiting = reg.waiting; on_update(); }
    };
    ready();
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', ready);
    });
  }, () => {});
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
}
export function apply_update() {
  if (!waiting) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
  waiting.postMessage('skip-waiting');
  return true;
}
export function watch_online(on_change) {
  addEventListener('online', () => on_change(true));
  addEventListener('offline', () => on_change(false));
  return navigator.onLine;
}")]
extern "C" {
    #[wasm_bindgen(js_name = register)]
    fn register_js(url: &str, on_update: &Closure<dyn FnMut()>);
    #[wasm_bindgen(js_name = apply_update)]
    fn apply_update_js() -> bool;
    #[wasm_bindgen(js_name = watch_online)]
    fn watch_online_js(on_change: &Closure<dyn FnMut(bool)>) -> bool;
}

/// Register the service worker at `url` (and ask the browser to keep this site's storage).
/// `on_update` runs when a new version has installed and waits to take over.
pub fn register(url: &str, on_update: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(on_update);
    register_js(url, &closure);
    closure.forget();
}

/// If a new version is waiting, let it take over now (the page reloads once it has): called
/// at 重新开始, when nothing of the person's work is on screen. False when none is waiting.
pub fn apply_update() -> bool {
    apply_update_js()
}

/// Whether the browser is online now; `on_change` hears every change after.
pub fn watch_online(on_change: impl FnMut(bool) + 'static) -> bool {
    let closure = Closure::<dyn FnMut(bool)>::new(on_change);
    let online = watch_online_js(&closure);
    closure.forget();
    online
}
