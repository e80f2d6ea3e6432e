//! What the kinds of question share: the answer field (its id, value, and what describes
//! it), a one-line input, and big buttons beside it.

use leptos::prelude::*;

/// The answer field of a question page, as its kind's component needs it.
#[derive(Clone)]
pub struct Field {
    /// The field's element id (for a group of options, the prefix of each option's id and
    /// the name they share).
    pub id: String,
    /// The answer as its input shows it (several options: comma-separated).
    pub value: RwSignal<String>,
    /// The hint's element id, when the question has a hint.
    pub(super) hint_id: Option<String>,
    /// The error message's element id.
    pub(super) error_id: String,
    /// What is wrong with the answer given, while it is wrong.
    pub(super) error: RwSignal<Option<String>>,
}

impl Field {
    /// What describes the field: its hint, and its error while there is one.
    pub fn describedby(&self) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let (hint_id, error_id, error) = (self.hint_id.clone(), self.error_id.clone(), self.error);
        move || {
            let mut ids = Vec::new();
            ids.extend(hint_id.clone());
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// `aria-invalid` while the answer given is wrong.
    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        let error = self.error;
        move || error.with(Option::is_some).then_some("true")
    }

    /// A one-line input for the answer. `shown` is how the input shows the answer, `typed`
    /// what is kept of what the person types.
    pub(super) fn input(
        &self,
        kind: &'static str,
        mode: Option<&'static str>,
        max_length: Option<String>,
        max: Option<String>,
        (shown, typed): Convert,
    ) -> impl IntoView {
        let value = self.value;
        view! {
            <input
                type=kind
                class="wm-input"
                class:wm-input-wide=max_length.is_some()
                id=self.id.clone()
                inputmode=mode
                maxlength=max_length
                max=max
                autocomplete="off"
                spellcheck="false"
                aria-describedby=self.describedby()
                aria-invalid=self.invalid()
                prop:value=move || value.with(shown)
                on:input:target=move |ev| value.set(typed(ev.target().value()))
            />
        }
    }
}

/// The answer as typed, shown and kept as it is.
pub(super) const AS_TYPED: Convert = (String::clone, |typed| typed);

/// How an input shows the kept answer, and what it keeps of what is typed.
pub(super) type Convert = (fn(&String) -> String, fn(String) -> String);

/// Big buttons beside a field (−/+, a keypad): plain buttons, each naming its key in
/// `data-wm-key`; one handler, `press`, is told which was pressed.
pub(super) fn keys(
    class: &'static str,
    label: String,
    keys: Vec<(&'static str, Option<String>)>,
    press: impl Fn(String) + 'static,
) -> impl IntoView {
    let keys = keys
        .into_iter()
        .map(|(k, name)| {
            view! {
                <button type="button" class="wm-button wm-button-secondary wm-key" data-wm-key=k aria-label=name>{k}</button>
            }
        })
        .collect_view();
    let press = move |ev: leptos::ev::MouseEvent| {
        if let Some(k) = crate::platform::dom::pressed_key(&ev) {
            press(k);
        }
    };
    view! { <div class=class role="group" aria-label=label on:click=press>{keys}</div> }
}
