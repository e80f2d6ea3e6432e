//! A calendar date, with the browser's own date picker.

use super::field::{Field, AS_TYPED};
use leptos::prelude::*;

/// A date's field.
pub fn date_field(
    // The answer field.
    field: Field,
    // The latest date allowed (`YYYY-MM-DD`: today, when the date may not be in the future).
    max: Option<String>,
) -> impl IntoView {
    field.input("date", None, None, max, AS_TYPED)
}
