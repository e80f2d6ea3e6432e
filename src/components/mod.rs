//! The widget's components. They render what the engine's [`waymark_engine::Session`]
//! says and call it on every action; they never decide where the guide goes next.

pub mod buttons;
pub mod check;
pub mod failure;
pub mod guide;
pub mod home;
pub mod intro;
pub mod language;
pub mod merged;
pub mod question;
pub mod result;
pub mod resume;
pub mod status;
pub mod tools;
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
    let host = use_context::<crate::Host>();
    let history = host.is_some_and(|h| h.mode == crate::Mode::Standalone);
    // A kiosk with reading on says its first screen too (the attract screen's invitation).
    let read_first = host.is_some_and(|h| h.mode == crate::Mode::Kiosk);
    let display = use_context::<tools::Display>();
    let base = use_context::<guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);
    Effect::new(move |_| {
        let Some(h) = heading.get() else { return };
        let moved = moves.get() > 0;
        if moved {
            crate::platform::dom::focus(&h);
            if history {
                crate::platform::dom::page_changed();
            }
        }
        // Speech stops at every step; with reading on, the new step is read.
        match display {
            Some(d) if d.auto_read.get_untracked() && (moved || read_first) => {
                crate::platform::speech::read(&base, &h, &d.lang.get_untracked());
            }
            _ => crate::platform::speech::stop(),
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
