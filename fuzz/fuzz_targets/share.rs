//! Fuzz share fragments (`#result=dibao&people=3`, from a link or a QR code): any text opens
//! some step of every demo service, never a result with a number that is not one.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::share;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = share::service_of(text);
    for flow in common::flows() {
        for today in [Some(common::today()), None] {
            let s = share::from_fragment(flow, text, today);
            common::assert_sane(flow, &s);
            // What it opened travels again and comes back the same.
            let again = share::from_fragment(flow, &share::to_fragment(flow, &s), today);
            common::assert_sane(flow, &again);
        }
    }
});
