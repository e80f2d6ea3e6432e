//! Fuzz service files: parsing, compiling, exploring and the condition language. No input may
//! panic, hang or crash — editors' mistakes must become diagnostics — and walking a service
//! that compiles never shows a number that is not one.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::{expr, explore, Catalog, Flow, Session};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The condition language on its own.
    if let Ok(e) = expr::parse(text) {
        let _ = expr::check(&e, &expr::TypeEnv::new());
    }
    // A whole service file, against a small catalog.
    let catalog = Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[{"id":"office"}],"life_events":[{"id":"hardship"}]}"#)
        .expect("catalog");
    if let Ok(flow) = Flow::from_json(text, &catalog) {
        let _ = explore::check(&flow, text, 20_000);
        let mut s = Session::new(&flow);
        s.set_today(&flow, common::today());
        for input in ["", "yes", "no", "1", "0", "-0", "2000", "1990-01-01", "999999999999"] {
            let _ = s.answer(&flow, input);
            let _ = s.next(&flow);
        }
        common::assert_sane(&flow, &s);
    }
});
