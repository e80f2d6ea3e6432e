//! Fuzz drafts (read back from the device's storage, which anything may have written): any
//! text is restored or refused, never a panic, and what is restored is sane.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::Session;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the service: one restore per input.
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let flows: Vec<_> = common::flows().iter().chain(common::kinds()).collect();
    let flow = flows[usize::from(pick) % flows.len()];
    let _ = Session::from_draft(flow, text, None);
    if let Ok(r) = Session::restore(flow, text, Some(common::today()), Some(7)) {
        common::assert_sane(flow, &r.session);
        // Its own draft restores.
        let again = Session::restore(flow, &r.session.to_draft(flow), Some(common::today()), Some(7));
        assert!(again.is_ok(), "{again:?}");
    }
});
