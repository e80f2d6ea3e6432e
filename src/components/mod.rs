//! The widget's components. They render what the engine's [`waymark_engine::Session`]
//! says and call it on every action; they never decide where the guide goes next.

pub mod buttons;
pub mod check;
pub mod guide;
pub mod intro;
pub mod merged;
pub mod question;
pub mod result;
pub mod resume;
pub mod wizard;

use std::sync::atomic::{AtomicUsize, Ordering};

/// A prefix for element ids, unique per mounted guide, so several guides on one page never
/// share an id (labels, hints and error links depend on ids).
pub fn next_id_prefix() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    format!("wm{}", COUNT.fetch_add(1, Ordering::Relaxed) + 1)
}
