//! A resident identity card number: shown in its groups as printed on the card, typed or
//! tapped on a big keypad.

use super::field::{keys, Field};
use crate::i18n::Words;
use leptos::prelude::*;

/// Longest an ID number may be typed on the keypad (its 18 characters).
const ID_LENGTH: usize = 18;

/// An ID number's field and its keypad.
pub fn id_number_field(
    // The answer field.
    field: Field,
    // Words for the keypad.
    words: &Words,
) -> impl IntoView {
    let value = field.value;
    let press = move |k: String| {
        value.update(|v| match k.as_str() {
            "⌫" => {
                v.pop();
            }
            _ if v.len() < ID_LENGTH => v.push_str(&k),
            _ => {}
        })
    };
    let pad = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0"]
        .into_iter()
        .map(|k| (k, None))
        .chain([("⌫", Some(words.t("keypad-delete")))])
        .collect();
    // Shown in its groups (6-8-4: place, birth date, sequence and check digit), so it can be
    // compared with the card at a glance; kept without spaces, check digit upper-case.
    let typed: fn(String) -> String = |typed| typed.replace(' ', "").to_ascii_uppercase();
    view! {
        {field.input("text", None, Some("20".to_string()), None, (|v| id_groups(v), typed))}
        {keys("wm-keys wm-keypad", words.t("keypad"), pad, press)}
    }
}

/// An ID number as it is printed on the card: 6-8-4 (`110105 19491231 002X`).
fn id_groups(id: &str) -> String {
    id.char_indices().fold(String::new(), |mut out, (i, c)| {
        if i == 6 || i == 14 {
            out.push(' ');
        }
        out.push(c);
        out
    })
}
