//! The service worker (`sw.js`, written at build by `waymark precache`), online status and
//! persistent storage: the glue between the page and the browser's offline machinery.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/platform/lazy.js")]
extern "C" {
    fn sw_register(base: &str, on_update: &Closure<dyn FnMut()>);
    fn sw_apply_update();
    fn busy_key() -> u32;
    fn set_busy(key: u32, on: bool);
}

/// Register the service worker `sw.js` at `base` (and ask the browser to keep this site's
/// storage), through `sw-page.js`, loaded then. `on_update` runs when a new version has
/// installed and waits to take over.
pub fn register(base: &str, on_update: impl FnMut() + 'static) {
    let closure = Closure::<dyn FnMut()>::new(on_update);
    sw_register(base, &closure);
    closure.forget();
}

/// If a new version is waiting, let it take over now (the page reloads once it has): called
/// at 重新开始, when nothing of the person's work is on screen.
pub fn apply_update() {
    sw_apply_update();
}

/// A guide's say in whether a new version may take over: while it is set (a person has
/// answers in progress), another tab's 重新开始 does not swap this page's files.
#[derive(Clone, Copy)]
pub struct Busy(u32);

impl Busy {
    /// A new say, not busy until set.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Busy(busy_key())
    }

    /// Busy (answers in progress) or not.
    pub fn set(self, on: bool) {
        set_busy(self.0, on);
    }
}

/// Whether the browser is online now, and listeners that tell `on_change` of every change
/// after, for as long as they live.
pub fn watch_online(
    on_change: impl Fn(bool) + Clone + 'static,
) -> (bool, Option<[gloo_events::EventListener; 2]>) {
    use super::dom::on_window;
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    let told = on_change.clone();
    let listeners = on_window("online", move |_| told(true)).zip(on_window("offline", move |_| on_change(false)));
    (online, listeners.map(|(on, off)| [on, off]))
}
