//! Choice, yes/no and multiple-choice questions: a group of big options, each with its
//! pictogram beside its words; radios for one answer, check boxes for several.

use super::Field;
use crate::components::check::option_words;
use crate::i18n::Words;
use leptos::prelude::*;
use waymark_engine::model::ChoiceOption;

/// The element id of an option's input.
pub fn option_id(field: &str, option: &str) -> String {
    [field, "-", option].concat()
}

/// The options of a question, inside the page's fieldset.
pub fn options(
    // The answer field (its id names the group).
    field: Field,
    // The options, in order.
    options: Vec<ChoiceOption>,
    // Whether several may be picked (check boxes), or one (radios).
    multiple: bool,
    // The service id (prefix of the options' words).
    service: String,
    // The question id.
    question: String,
    // Words for the options.
    words: Words,
) -> impl IntoView {
    let (field_id, value) = (field.id, field.value);
    // Pictograms sit beside option labels (never instead of them); they are decorative.
    let icons = use_context::<crate::components::guide::Base>().map_or_else(String::new, |b| b.0) + "icons/";
    let items = options
        .into_iter()
        .map(|o| {
            let opt = o.id;
            let id = option_id(&field_id, &opt);
            // Yes/no questions may word their options (有 / 没有); else 是 / 否.
            let label = option_words(&words, &service, &question, &opt);
            let checked = {
                let opt = opt.clone();
                move || value.with(|v| v.split(',').any(|p| p == opt))
            };
            let input_value = opt.clone();
            let toggle = move |_| {
                if multiple {
                    value.update(|v| *v = toggle_item(v, &opt));
                } else {
                    value.set(opt.clone());
                }
            };
            view! {
                <div class="wm-radio">
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        class="wm-radio-input"
                        id=id.clone()
                        name=field_id.clone()
                        value=input_value
                        prop:checked=checked
                        on:change=toggle
                    />
                    <label class="wm-radio-label" for=id>
                        {o.icon.map(|i| view! { <img class="wm-icon" src=[icons.as_str(), &i, ".svg"].concat() alt="" /> })}
                        {label}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! { <div class="wm-radios">{items}</div> }
}

/// Add or remove one option in a comma-separated list of picked options.
fn toggle_item(list: &str, item: &str) -> String {
    let mut items: Vec<&str> = list.split(',').filter(|s| !s.is_empty()).collect();
    if let Some(i) = items.iter().position(|s| *s == item) {
        items.remove(i);
    } else {
        items.push(item);
    }
    items.join(",")
}
