//! Fuzz the words (fluent-bundle, with the limits `bundle.rs` puts round it): any text is read, with its broken
//! lines reported, never a panic; saying a message stays within the expansion limit and
//! never shows "inf" or "NaN" for a number.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_engine::bundle::{Bundle, MAX_EXPANSION};
use waymark_engine::Arg;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let lang = ["zh-CN", "en", "ug", "bo"][usize::from(pick % 4)];
    let mut b = Bundle::new(lang);
    let _ = b.add(text);
    // Say the first messages the text defines (`id =` at a line's start), and their
    // attributes' names as they appear: a few per input, as each may run to the limits.
    let ids = text
        .lines()
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .filter(|id| !id.is_empty() && !id.contains(' '))
        .take(6);
    for (i, id) in ids.enumerate() {
        let n = if i % 2 == 0 { f64::INFINITY } else { f64::from(pick) };
        let args = [("n", Arg::Number(n)), ("count", Arg::Number(f64::NAN)), ("name", Arg::Text("x".into()))];
        for key in [id.to_string(), format!("{id}.hint")] {
            if let Some(said) = b.format(&key, &args, pick & 4 != 0) {
                // One element may be as long as the text; past the limit nothing more.
                assert!(said.len() <= MAX_EXPANSION + 4 * text.len() + 64, "{}", said.len());
                // (Words may spell "inf" themselves, even across messages: only a text
                // without `i` and `N` proves the formatter wrote it.)
                if !text.contains(['i', 'N']) {
                    assert!(!said.contains("inf") && !said.contains("NaN"), "{said}");
                }
            }
        }
    }
    if pick & 8 != 0 {
        if let Some(id) = text.split_once(" =").map(|(id, _)| id) {
            let _ = b.too_long(id);
        }
    }
});
