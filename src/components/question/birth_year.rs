//! A year of birth, picked from a list (no typing), newest first.

use super::Field;
use crate::i18n::Words;
use leptos::prelude::*;

/// The list of years.
pub fn birth_year_field(
    // The answer field.
    field: Field,
    // This year, the list's first.
    this_year: i64,
    // Words for the list's prompt.
    words: &Words,
) -> impl IntoView {
    let value = field.value;
    let years = (1900..=this_year).rev().map(|y| {
        let y = y.to_string();
        view! { <option value=y.clone()>{y.clone()}</option> }
    });
    view! {
        <select
            class="wm-input wm-select"
            id=field.id.clone()
            aria-describedby=field.describedby()
            aria-invalid=field.invalid()
            prop:value=move || value.get()
            on:change:target=move |ev| value.set(ev.target().value())
        >
            <option value="">{words.t("choose-year")}</option>
            {years.collect_view()}
        </select>
    }
}
