//! The device's storage, failing soft: storage blocked (private mode, a locked-down kiosk) or
//! full never breaks the guide; calls just report that nothing was kept.

/// Where one guide keeps things: `localStorage`, or on a kiosk `sessionStorage` only (nothing
/// of a person outlives the browser session, and the idle reset wipes that). Each guide has its
/// own (a context, set when it is mounted): a kiosk guide and an embedded one on the same page
/// never share the choice.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Store {
    session_only: bool,
}

impl Store {
    /// The store for a guide in kiosk mode (`session_only`) or any other.
    pub fn new(session_only: bool) -> Self {
        Store { session_only }
    }

    /// The store of the guide being built (read when a component is set up, and captured by
    /// its handlers).
    pub fn here() -> Self {
        leptos::prelude::use_context::<Store>().unwrap_or_default()
    }

    fn storage(self) -> Option<web_sys::Storage> {
        let window = web_sys::window()?;
        if self.session_only {
            window.session_storage().ok().flatten()
        } else {
            window.local_storage().ok().flatten()
        }
    }

    /// The value stored under `key`, if storage works and holds one.
    pub fn get(self, key: &str) -> Option<String> {
        self.storage()?.get_item(key).ok().flatten()
    }

    /// Store `value` under `key`; false when storage is blocked or full.
    pub fn set(self, key: &str, value: &str) -> bool {
        self.storage().is_some_and(|s| s.set_item(key, value).is_ok())
    }

    /// Every key that starts with `prefix`.
    pub fn keys(self, prefix: &str) -> Vec<String> {
        let Some(s) = self.storage() else {
            return Vec::new();
        };
        let n = s.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }

    /// Forget `key`.
    pub fn remove(self, key: &str) {
        if let Some(s) = self.storage() {
            let _ = s.remove_item(key);
        }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = hold_lock)]
    fn hold_lock_js(base: &str, name: &str, owner: &wasm_bindgen::closure::Closure<dyn FnMut(bool)>) -> js_sys::Function;
}

/// The right to write one draft, held by one tab at a time; let go when dropped.
pub struct DraftLock {
    release: js_sys::Function,
    _owner: wasm_bindgen::closure::Closure<dyn FnMut(bool)>,
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        let _ = self.release.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Ask to be the one tab writing the draft under `key` (`draft-lock.js` at `base`, loaded then);
/// `owner` hears whether this tab is (now, and again when another tab lets go).
pub fn lock_draft(base: &str, key: &str, owner: impl FnMut(bool) + 'static) -> DraftLock {
    let owner = wasm_bindgen::closure::Closure::<dyn FnMut(bool)>::new(owner);
    let release = hold_lock_js(base, key, &owner);
    DraftLock {
        release,
        _owner: owner,
    }
}
