//! Words: every user-visible string comes from a Fluent message, looked up here (read and
//! formatted by fluent-bundle, through `waymark_engine::bundle`).
//!
//! `locales/zh-CN/widget.ftl` (the widget's own words) is compiled in, so loading and
//! failure messages can always be shown; catalog and service words are fetched with the
//! content. Placeables keep Fluent's Unicode isolation marks (U+2068/U+2069) so numbers and
//! names stay readable inside right-to-left sentences.

use std::borrow::Cow;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;
use crate::content::DEFAULT_LANG;
use waymark_engine::bundle::Bundle;

/// The widget's own words in the default locale, compiled in (without comments: build.rs).
pub const WIDGET_FTL_ZH_CN: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.ftl"));

/// One language the guide can be read in: its tag, its name in its own script (never a flag),
/// and whether it is written right to left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    /// The tag, as the folder under `locales/` is named (`zh-CN`, `ug`, `kk`, …).
    pub code: String,
    /// `language-name` in its own `widget.ftl`.
    pub name: String,
    /// `language-direction = rtl` in its own `widget.ftl`.
    pub rtl: bool,
}

thread_local! {
    /// The deployment's languages, in the picker's order: `waymark index` reads them from
    /// `locales/*/widget.ftl` at build time and `waymark.js` passes them to every guide, so a
    /// language is added with files alone. Empty until then: the one compiled in.
    static LOCALES: std::cell::RefCell<Vec<Locale>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The compiled-in language, named as its own words name it.
fn default_locale() -> Locale {
    Locale {
        code: DEFAULT_LANG.to_string(),
        name: Words::widget_only().t("language-name"),
        rtl: false,
    }
}

/// Set the deployment's languages (tags that are not language tags are left out; the
/// compiled-in zh-CN is always one of them).
pub fn set_locales(list: Vec<Locale>) {
    let mut list: Vec<Locale> = list
        .into_iter()
        .filter(|l| l.code.parse::<LanguageIdentifier>().is_ok() && !l.name.is_empty())
        .collect();
    if !list.iter().any(|l| l.code == DEFAULT_LANG) {
        list.insert(0, default_locale());
    }
    LOCALES.with(|l| *l.borrow_mut() = list);
}

/// The deployment's languages, in the picker's order.
pub fn locales() -> Vec<Locale> {
    let list = LOCALES.with(|l| l.borrow().clone());
    if list.is_empty() {
        vec![default_locale()]
    } else {
        list
    }
}

/// Whether a locale is written right to left (Uyghur, in Arabic script).
pub fn is_rtl(lang: &str) -> bool {
    LOCALES.with(|l| l.borrow().iter().any(|l| l.code == lang && l.rtl))
}

/// The best of our locales for what the browser asks for (`navigator.languages`), by
/// fluent-langneg; zh-CN when nothing matches.
pub fn negotiate(requested: &[String]) -> String {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    let parse = |s: &str| s.parse::<LanguageIdentifier>().ok();
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| parse(r)).collect();
    let ours = LOCALES.with(|l| l.borrow().clone());
    let available: Vec<LanguageIdentifier> = ours.iter().filter_map(|l| parse(&l.code)).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|c| ours.iter().find(|l| parse(&l.code).as_ref() == Some(*c)))
        .map_or_else(|| DEFAULT_LANG.to_string(), |l| l.code.clone())
}

/// Whether `lang` is one of ours.
pub fn is_locale(lang: &str) -> bool {
    lang == DEFAULT_LANG || LOCALES.with(|l| l.borrow().iter().any(|l| l.code == lang))
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
        Words::new(DEFAULT_LANG, &[WIDGET_FTL_ZH_CN]).0
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
        let locale = |code: &str, rtl| Locale {
            code: code.into(),
            name: code.into(),
            rtl,
        };
        set_locales(vec![locale("en", false), locale("ug", true), locale("bo", false), locale("not a tag", false)]);
        assert_eq!(locales().first().map(|l| l.code.as_str()), Some("zh-CN"), "the compiled-in one is always there");
        assert!(is_rtl("ug") && !is_rtl("en") && !is_locale("not a tag"));
        let pick = |langs: &[&str]| negotiate(&langs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(pick(&["en-US", "zh-CN"]), "en");
        assert_eq!(pick(&["ug-CN"]), "ug");
        assert_eq!(pick(&["bo"]), "bo");
        assert_eq!(pick(&["zh"]), "zh-CN");
        assert_eq!(pick(&["fr-FR", "de"]), "zh-CN");
        assert_eq!(pick(&[]), "zh-CN");
    }
}
