//! Words: every user-visible string comes from a Fluent message, looked up here (read and
//! formatted by the engine's small Fluent reader, `waymark_engine::fluent`, which says what
//! fluent-bundle says for every shipped file at a fraction of its size).
//!
//! `locales/zh-CN/widget.ftl` (the widget's own words) is compiled in, so loading and
//! failure messages can always be shown; catalog and service words are fetched with the
//! content. Placeables keep Fluent's Unicode isolation marks (U+2068/U+2069) so numbers and
//! names stay readable inside right-to-left sentences.

use std::borrow::Cow;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use waymark_engine::fluent::Bundle;

/// The widget's own words in the default locale, compiled in (without comments: build.rs).
pub const WIDGET_FTL_ZH_CN: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.ftl"));

/// The locales Waymark speaks, each named in its own script (never a flag): the picker's
/// options, in this order. zh-CN is the default.
pub const LOCALES: [(&str, &str); 4] = [
    ("zh-CN", "中文"),
    ("en", "English"),
    ("ug", "ئۇيغۇرچە"),
    ("bo", "བོད་ཡིག"),
];

/// Whether a locale is written right to left (Uyghur, in Arabic script).
pub fn is_rtl(lang: &str) -> bool {
    lang == "ug"
}

/// The best of our locales for what the browser asks for (`navigator.languages`), by
/// fluent-langneg; zh-CN when nothing matches.
pub fn negotiate(requested: &[String]) -> &'static str {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    let parse = |s: &str| s.parse::<LanguageIdentifier>().ok();
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| parse(r)).collect();
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|(l, _)| parse(l)).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|c| LOCALES.iter().find(|(l, _)| parse(l).as_ref() == Some(*c)))
        .map_or(LOCALES[0].0, |(l, _)| l)
}

/// Whether `lang` is one of ours.
pub fn is_locale(lang: &str) -> bool {
    LOCALES.iter().any(|(l, _)| *l == lang)
}

/// A message's argument: the engine's one argument type (outcome arguments come as they are).
pub use waymark_engine::Arg;

/// The words of one locale: a Fluent bundle. Cheap to clone and `Send`, so it can be
/// captured by reactive closures.
#[derive(Clone)]
pub struct Words {
    bundle: Arc<Bundle>,
    /// Elder mode (长辈版): a message's `.simple` wording, where it has one, instead of its
    /// value. Set per guide ([`Words::simple`]), never page-wide.
    simple: bool,
}

impl Words {
    /// Build from `.ftl` sources, in order. A source that fails to parse is a content error:
    /// the messages Fluent could read are kept, and the errors are returned beside them.
    pub fn new(lang: &str, sources: &[&str]) -> (Words, Vec<String>) {
        Words::build(lang, sources, None)
    }

    /// The same words passed through `transform` (a pseudo-locale): a test renders the widget
    /// with it, and any text on screen that the transform did not touch bypassed Fluent.
    pub fn transformed(lang: &str, sources: &[&str], transform: fn(&str) -> Cow<'_, str>) -> Words {
        Words::build(lang, sources, Some(transform)).0
    }

    fn build(
        lang: &str,
        sources: &[&str],
        transform: Option<fn(&str) -> Cow<'_, str>>,
    ) -> (Words, Vec<String>) {
        let mut bundle = Bundle::new(lang);
        bundle.set_transform(transform);
        let mut errors = Vec::new();
        // Later sources override earlier ones: service words may refine widget words.
        for src in sources {
            errors.extend(bundle.add(src));
        }
        (
            Words {
                bundle: Arc::new(bundle),
                simple: false,
            },
            errors,
        )
    }

    /// The widget's own words only (before any content is loaded).
    pub fn widget_only() -> Words {
        Words::new("zh-CN", &[WIDGET_FTL_ZH_CN]).0
    }

    /// The same words, in their `.simple` wording where a message has one (`on`: elder mode).
    pub fn simple(&self, on: bool) -> Words {
        Words {
            bundle: Arc::clone(&self.bundle),
            simple: on,
        }
    }

    /// Whether a message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has(id)
    }

    /// The language these words are in (`zh-CN`, `ug`, …).
    pub fn lang(&self) -> String {
        self.bundle.lang().to_string()
    }

    /// A message with no arguments. A missing message shows its id, so a gap is visible
    /// and never a blank.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// A message with arguments. `id` may name an attribute: `dibao-people.unit`.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.bundle
            .format(id, args, self.simple)
            .unwrap_or_else(|| id.to_string())
    }

    /// An optional message: `None` when the content does not provide it (a hint, a unit).
    pub fn opt(&self, id: &str) -> Option<String> {
        self.bundle.format(id, &[], self.simple)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_languages_pick_one_of_ours() {
        let pick = |langs: &[&str]| negotiate(&langs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(pick(&["en-US", "zh-CN"]), "en");
        assert_eq!(pick(&["ug-CN"]), "ug");
        assert_eq!(pick(&["bo"]), "bo");
        assert_eq!(pick(&["zh"]), "zh-CN");
        assert_eq!(pick(&["fr-FR", "de"]), "zh-CN");
        assert_eq!(pick(&[]), "zh-CN");
    }
}
