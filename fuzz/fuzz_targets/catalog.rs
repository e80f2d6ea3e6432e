//! Fuzz `catalog.json`: any text is a catalog or diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_engine::Catalog;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(diags) = Catalog::from_json(text) {
        assert!(!diags.is_empty());
    }
});
