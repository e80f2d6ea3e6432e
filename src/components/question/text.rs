//! Short free text (rare: typing is hard for many of the people Waymark serves).

use super::field::{Field, AS_TYPED};
use leptos::prelude::*;

/// A text field.
pub fn text_field(
    // The answer field.
    field: Field,
    // Longest allowed answer, in characters.
    max_length: u32,
) -> impl IntoView {
    field.input("text", None, Some(max_length.to_string()), None, AS_TYPED)
}
