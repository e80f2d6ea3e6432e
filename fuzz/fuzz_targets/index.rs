//! Fuzz the home page's index (`services/index.json`): read or refused, never a panic; what is
//! read has no empty entry, and the home page built from it can be walked.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::merge::{home_flow, read_index, services_question};
use waymark_engine::Session;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(index) = read_index(text) else { return };
    for entry in &index {
        // What the home page does with each entry (src/content.rs).
        let event = &entry[0];
        let _ = services_question(event);
    }
    if let Some(flow) = home_flow(common::catalog(), &index) {
        let mut s = Session::new(&flow);
        for entry in &index {
            let _ = s.answer(&flow, &entry[0]);
            let _ = s.next(&flow);
            let _ = s.answer(&flow, &entry[1..].join(","));
            let _ = s.next(&flow);
        }
        let _ = s.step(&flow);
    }
});
