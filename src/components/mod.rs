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

use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The page's heading, and the count of moves between pages that focuses it: after every move
/// (never on first load, so an embedded guide does not steal focus) keyboard and screen-reader
/// focus goes to the new page's heading, and the standalone page gets a history entry.
pub fn heading_focus(focus_first: bool) -> (NodeRef<html::H1>, RwSignal<u32>) {
    let moves = RwSignal::new(u32::from(focus_first));
    let heading = NodeRef::<html::H1>::new();
    let history = use_context::<crate::Host>().is_some_and(|h| h.mode == crate::Mode::Standalone);
    Effect::new(move |_| {
        if let (Some(h), true) = (heading.get(), moves.get() > 0) {
            crate::platform::dom::focus(&h);
            if history {
                crate::platform::dom::page_changed();
            }
        }
    });
    (heading, moves)
}

/// A prefix for element ids, unique per mounted guide, so several guides on one page never
/// share an id (labels, hints and error links depend on ids).
pub fn next_id_prefix() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    format!("wm{}", COUNT.fetch_add(1, Ordering::Relaxed) + 1)
}
