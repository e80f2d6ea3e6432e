//! The widget's components. They render the page the engine's [`waymark_engine::Journey`]
//! stands on and send it the person's actions; they never decide where the guide goes next.

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

/// How many moves the guide's headings have followed (per guide): the same page shown again
/// (in another language, in elder mode) leaves focus where the person put it.
#[derive(Clone, Copy)]
pub struct Followed(pub StoredValue<u32>);

/// The page's heading, focused after every move between pages (`moves` counts them; never on
/// first load, so an embedded guide does not steal focus): keyboard and screen-reader focus
/// goes to the new page's heading, and the standalone page gets a history entry.
pub fn heading_focus(moves: Signal<u32>) -> NodeRef<html::H1> {
    let heading = NodeRef::<html::H1>::new();
    let followed = use_context::<Followed>().map_or_else(|| StoredValue::new(0), |f| f.0);
    let host = use_context::<crate::Host>();
    let history = host.is_some_and(|h| h.mode == crate::Mode::Standalone);
    // A kiosk with reading on says its first screen too (the attract screen's invitation).
    let read_first = host.is_some_and(|h| h.mode == crate::Mode::Kiosk);
    let display = use_context::<tools::Display>();
    let base = use_context::<guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);
    Effect::new(move |_| {
        let Some(h) = heading.get() else { return };
        let count = moves.get();
        // (Only a heading on the page follows a move: the one of the page before, already
        // gone, leaves it for the next.)
        let moved = count > followed.get_value() && crate::platform::dom::focus(&h);
        if moved {
            followed.set_value(count);
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
    heading
}

/// A prefix for element ids, unique per mounted guide, so several guides on one page never
/// share an id (labels, hints and error links depend on ids).
pub fn next_id_prefix() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    format!("wm{}", COUNT.fetch_add(1, Ordering::Relaxed) + 1)
}
