//! Fuzz what a person types: dates, ID numbers, and the answer to every kind of question. No
//! input may panic or overflow (debug assertions are on), dates stay within their years, and
//! no answer is a number that is not finite or beyond the engine's bound.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use waymark_engine::dates::{self, MAX_YEAR, MIN_YEAR};
use waymark_engine::Session;

fuzz_target!(|data: &[u8]| {
    // The calendar arithmetic on any numbers.
    if data.len() >= 16 {
        let a = i64::from_le_bytes(data[..8].try_into().unwrap_or_default());
        let b = i64::from_le_bytes(data[8..16].try_into().unwrap_or_default());
        let _ = dates::days_from_civil(a, b as u32, (b >> 32) as u32);
        let _ = dates::civil_from_days(a);
        let _ = dates::full_years(a, b);
        let _ = dates::clamp_day(a);
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(day) = dates::parse_date(text) {
        let (y, m, d) = dates::civil_from_days(day);
        assert!((MIN_YEAR..=MAX_YEAR).contains(&y), "{text:?}");
        assert_eq!(dates::days_from_civil(y, m, d), day);
    }
    let _ = dates::id_birth_date(text);
    let _ = dates::check_id_number(text);
    for flow in common::kinds() {
        for today in [Some(common::today()), None] {
            let mut s = Session::new(flow);
            if let Some(t) = today {
                s.set_today(flow, t);
            }
            if s.answer(flow, text).is_ok() {
                common::assert_sane(flow, &s);
                let _ = s.next(flow);
                common::assert_sane(flow, &s);
            }
            let picked: Vec<String> = text.split(',').map(String::from).collect();
            let mut s = Session::new(flow);
            if s.answer_list(flow, &picked).is_ok() {
                common::assert_sane(flow, &s);
            }
        }
    }
});
