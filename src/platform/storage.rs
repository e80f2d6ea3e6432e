//! The device's local storage, failing soft: storage blocked (private mode, a locked-down
//! kiosk) or full never breaks the guide; calls just report that nothing was kept.

use std::sync::atomic::{AtomicBool, Ordering};

/// Kiosk mode: keep things for this browser session only (`sessionStorage`), never longer.
static SESSION_ONLY: AtomicBool = AtomicBool::new(false);

fn storage() -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    if SESSION_ONLY.load(Ordering::Relaxed) {
        window.session_storage().ok().flatten()
    } else {
        window.local_storage().ok().flatten()
    }
}

/// From now on keep nothing beyond this browser session (kiosk mode).
pub fn session_only() {
    SESSION_ONLY.store(true, Ordering::Relaxed);
}

/// The value stored under `key`, if storage works and holds one.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Store `value` under `key`; false when storage is blocked or full.
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Forget `key`.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
