//! Fuzz the compiled files the widget reads (`dist/compiled/*.bin`, written by `waymark
//! compile`): a service, a region or the home page, or a refusal saying why, never a panic or a
//! stack overflow; what is read can be walked.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::{compiled, Session};

fuzz_target!(|data: &[u8]| {
    // With and without the header, so the fuzzer need not find it to reach the decoder.
    let framed = [compiled::MAGIC.as_slice(), data].concat();
    for bytes in [data, &framed] {
        if let Ok(mut flow) = compiled::service(bytes, "dibao") {
            let _ = flow.bind_region(&Default::default());
            let mut s = Session::new(&flow);
            s.set_today(&flow, common::today());
            for input in ["", "yes", "no", "1", "0", "2000", "1990-01-01"] {
                let _ = s.answer(&flow, input);
                let _ = s.next(&flow);
            }
            let _ = s.step(&flow);
        }
        if let Ok(region) = compiled::region(bytes) {
            for flow in common::flows() {
                let _ = flow.clone().bind_region(&region);
            }
        }
        if let Ok(home) = compiled::home(bytes) {
            assert!(home.index.iter().all(|entry| entry.len() > 1));
            let mut s = Session::new(&home.flow);
            for entry in &home.index {
                let _ = s.answer(&home.flow, &entry[0]);
                let _ = s.next(&home.flow);
            }
            let _ = s.step(&home.flow);
        }
    }
});
