//! A number: typed, or counted up and down with big −/+ beside the field.

use super::field::{keys, Field, AS_TYPED};
use crate::i18n::Words;
use leptos::prelude::*;

/// A number's field and its −/+ buttons.
pub fn number_field(
    // The answer field.
    field: Field,
    // Smallest allowed value.
    min: Option<f64>,
    // Largest allowed value.
    max: Option<f64>,
    // Whether only whole numbers are allowed (the phone's keyboard then has no decimal point).
    whole: bool,
    // Words for the buttons.
    words: &Words,
) -> impl IntoView {
    let value = field.value;
    let (min, max) = (min.unwrap_or(f64::MIN), max.unwrap_or(f64::MAX));
    let mode = if whole { "numeric" } else { "decimal" };
    let step = move |k: String| {
        value.update(|v| {
            let by = if k == "+" { 1.0 } else { -1.0 };
            let n = v.trim().parse::<f64>().map_or(min.max(0.0), |n| n + by);
            *v = n.clamp(min, max).to_string();
        })
    };
    view! {
        {field.input("text", Some(mode), None, None, AS_TYPED)}
        {keys(
            "wm-keys",
            words.t("keypad"),
            vec![("−", Some(words.t("stepper-less"))), ("+", Some(words.t("stepper-more")))],
            step,
        )}
    }
}
