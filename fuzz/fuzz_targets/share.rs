//! Fuzz share fragments (`#result=dibao&people=3`, from a link or a QR code): any text opens
//! some step of every demo service, never a result with a number that is not one.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::share;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the service (and whether today is known): one replay per input.
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let _ = share::service_of(text);
    let flows = common::flows();
    let flow = &flows[usize::from(pick) % flows.len()];
    let today = (pick & 0x80 == 0).then(common::today);
    let s = share::from_fragment(flow, text, today);
    common::assert_sane(flow, &s);
    // What it opened travels again.
    let again = share::from_fragment(flow, &share::to_fragment(flow, &s), today);
    common::assert_sane(flow, &again);
});
