//! Fuzz region files (`public/regions/<id>.json`): a region or diagnostics, never a panic.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::Region;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Region::from_json(text, common::catalog()) {
        Ok(region) => {
            for flow in common::flows() {
                let _ = flow.clone().bind_region(&region);
            }
        }
        Err(diags) => assert!(!diags.is_empty()),
    }
});
