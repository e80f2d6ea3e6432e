//! Content: a service's flow and region as `waymark compile` wrote them at build time (read
//! with serde, `waymark_engine::compiled`), with its words. Loading is separate from
//! rendering, so tests can mount the wizard with content they built themselves.

use crate::i18n::{Arg, Words, WIDGET_FTL_ZH_CN};
use crate::platform::fetch;
use std::sync::Arc;
use waymark_engine::message;
use waymark_engine::{compiled, Flow, Region};

/// The default locale: its widget words are compiled in and stand in for missing ones.
pub const DEFAULT_LANG: &str = "zh-CN";

/// Everything the wizard needs for one service.
#[derive(Clone)]
pub struct Content {
    /// The compiled service.
    pub flow: Arc<Flow>,
    /// Widget, catalog, region and service words.
    pub words: Words,
    /// The region: local offices' phone numbers.
    pub region: Arc<Region>,
}

/// Why content could not be loaded. Shown to editors under the friendly message.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Files could not be fetched: each URL with what went wrong (status or network error).
    Fetch(Vec<(String, String)>),
    /// A file was fetched but is broken: its problems, rendered like `waymark check` output
    /// (`file:line:col: error[code]: message` and a `help:` line).
    Content(Vec<String>),
}

impl LoadError {
    /// One line per problem, for the editors' details.
    pub fn details(&self) -> Vec<String> {
        match self {
            LoadError::Fetch(failures) => failures
                .iter()
                .map(|(url, reason)| format!("{url}: {reason}"))
                .collect(),
            LoadError::Content(problems) => problems.clone(),
        }
    }
}

/// The texts of one service: what `waymark compile` wrote, and the words.
pub struct Sources<'a> {
    /// The locale of the words below (`zh-CN`, `en`, `ug`, `bo`).
    pub lang: &'a str,
    /// `locales/<lang>/widget.ftl`; empty for zh-CN, whose widget words are compiled in (and
    /// stand in for any message another locale lacks).
    pub widget_ftl: &'a str,
    /// `compiled/regions/<region>.bin`.
    pub region: &'a [u8],
    /// `compiled/services/<id>.bin`.
    pub service: &'a [u8],
    /// `locales/<lang>/catalog.ftl`.
    pub catalog_ftl: &'a str,
    /// `locales/<lang>/regions/<region>.ftl`.
    pub region_ftl: &'a str,
    /// `locales/<lang>/services/<id>.ftl`.
    pub service_ftl: &'a str,
}

/// The region used when the page names none.
pub const DEFAULT_REGION: &str = "demo-county";

/// A compiled file that cannot be read: one line for editors, naming it.
fn broken(file: String) -> impl FnOnce(String) -> LoadError {
    move |why| LoadError::Content(vec![format!("{file}: {why}")])
}

impl Content {
    /// Content from its texts (compiled service and region, and words), with the region's
    /// numbers bound in.
    pub fn from_sources(service: &str, region_id: &str, src: &Sources<'_>) -> Result<Content, LoadError> {
        let (dir, ext) = (compiled::DIR, compiled::EXT);
        let mut flow =
            compiled::service(src.service, service).map_err(broken(format!("{dir}/services/{service}.{ext}")))?;
        let region =
            compiled::region(src.region).map_err(broken(format!("{dir}/regions/{region_id}.{ext}")))?;
        flow.bind_region(&region).map_err(|missing| {
            LoadError::Content(vec![format!(
                "regions/{region_id}.json: no value for {} (needed by services/{service}.json)",
                missing.join(", ")
            )])
        })?;
        let (words, errors) = Words::new(
            src.lang,
            &[
                WIDGET_FTL_ZH_CN,
                src.widget_ftl,
                src.catalog_ftl,
                src.region_ftl,
                src.service_ftl,
            ],
        );
        if !errors.is_empty() {
            let lang = src.lang;
            let problems = errors.iter().map(|e| format!("{lang} words: {e}"));
            return Err(LoadError::Content(problems.collect()));
        }
        Ok(Content {
            flow: Arc::new(flow),
            words,
            region: Arc::new(region),
        })
    }

    /// Fetch a service from `base` (a URL prefix ending in `/`) for a region, with the words
    /// of `lang`.
    pub async fn load(base: &str, service: &str, region: &str, lang: &str) -> Result<Content, LoadError> {
        let is_id = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if !is_id(service) || !is_id(region) {
            let problem = format!("data-waymark: `{service}` / `{region}` is not a service / region id");
            return Err(LoadError::Content(vec![problem]));
        }
        let (dir, ext) = (compiled::DIR, compiled::EXT);
        let mut urls = vec![
            format!("{base}{dir}/services/{service}.{ext}"),
            format!("{base}{dir}/regions/{region}.{ext}"),
            format!("{base}locales/{lang}/services/{service}.ftl"),
            format!("{base}locales/{lang}/catalog.ftl"),
            format!("{base}locales/{lang}/regions/{region}.ftl"),
        ];
        urls.extend(widget_url(base, lang));
        // All at once: one round trip on a slow link, not six.
        let (results, failures) = fetch_all(base, lang, &urls).await;
        // Report the most useful problem first: a broken service file matters more to an
        // editor than the missing words that usually come with it; then every file that could
        // not be fetched, not just the first. (With nothing missing, `from_sources` reads it.)
        if !failures.is_empty() {
            if let Ok(bytes) = &results[0] {
                compiled::service(bytes, service).map_err(broken(format!("{dir}/services/{service}.{ext}")))?;
            }
            return Err(LoadError::Fetch(failures));
        }
        let files: Vec<&[u8]> = results.iter().filter_map(|r| r.as_deref().ok()).collect();
        let texts = words_texts(&urls[2..], &files[2..])?;
        let sources = Sources {
            lang,
            widget_ftl: texts.get(3).map_or("", String::as_str),
            service: files[0],
            region: files[1],
            service_ftl: &texts[0],
            catalog_ftl: &texts[1],
            region_ftl: &texts[2],
        };
        Content::from_sources(service, region, &sources)
    }
}

/// The widget's own words for `lang`, fetched: none for zh-CN, which is compiled in.
fn widget_url(base: &str, lang: &str) -> Option<String> {
    (lang != DEFAULT_LANG).then(|| format!("{base}locales/{lang}/widget.ftl"))
}

/// Fetch every URL at once (one round trip on a slow link): each file's bytes in order, and
/// every `(url, reason)` that failed. A words file of `lang` that the server does not have
/// (404: a language being added, with words for some services only) is taken from zh-CN
/// instead, as a missing message is: until a language has its words, the guide shows them in
/// Chinese rather than failing.
async fn fetch_all(
    base: &str,
    lang: &str,
    urls: &[String],
) -> (Vec<Result<Vec<u8>, (String, String)>>, Vec<(String, String)>) {
    let ours = format!("{base}locales/{lang}/");
    let fetch_one = |url: &String| {
        let fallback = url
            .strip_prefix(&ours)
            .filter(|_| lang != DEFAULT_LANG)
            .map(|rest| format!("{base}locales/{DEFAULT_LANG}/{rest}"));
        let url = url.clone();
        async move {
            match (fetch::bytes(&url).await, fallback) {
                (Err((_, reason)), Some(other)) if fetch::not_found(&reason) => fetch::bytes(&other).await,
                (result, _) => result,
            }
        }
    };
    let results = join_all(urls.iter().map(fetch_one).collect()).await;
    let failures = results.iter().filter_map(|r| r.as_ref().err().cloned()).collect();
    (results, failures)
}

/// Words files as text: one that is not UTF-8 is a content problem, naming it.
fn words_texts(urls: &[String], files: &[&[u8]]) -> Result<Vec<String>, LoadError> {
    let text = |(url, bytes): (&String, &&[u8])| {
        String::from_utf8(bytes.to_vec()).map_err(|_| format!("{url}: not UTF-8 text"))
    };
    let texts: Result<Vec<String>, String> = urls.iter().zip(files).map(text).collect();
    texts.map_err(|e| LoadError::Content(vec![e]))
}

/// Await futures concurrently, keeping their order (a tiny join, to avoid pulling in the
/// `futures` crate).
async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    use std::task::Poll;
    let mut futures: Vec<std::pin::Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(move |cx| {
        for (f, r) in futures.iter_mut().zip(results.iter_mut()) {
            if r.is_none() {
                if let Poll::Ready(v) = f.as_mut().poll(cx) {
                    *r = Some(v);
                }
            }
        }
        if results.iter().all(Option::is_some) {
            Poll::Ready(results.iter_mut().filter_map(Option::take).collect())
        } else {
            Poll::Pending
        }
    })
    .await
}

/// What the home page needs: its own small flow (which life event, then which of its
/// services; see [`waymark_engine::merge::home_flow`]), the index it came from, and the words
/// to name everything (the catalog's, and every service's title).
#[derive(Clone)]
pub struct Home {
    /// The home page's questions.
    pub flow: Arc<Flow>,
    /// Each life event that has services, followed by their ids: `["birth", "chusheng", "yibao"]`.
    pub index: Arc<Vec<Vec<String>>>,
    /// Widget and catalog words, the services' titles, and the home questions' words.
    pub words: Words,
}

impl Home {
    /// Fetch the compiled home page (`compiled/home.json`: its questions and the index of life
    /// events and services), the catalog's words and the services' titles.
    pub async fn load(base: &str, lang: &str) -> Result<Home, LoadError> {
        // All at once, one round trip: the home page, the life events' words and every
        // service's title (`waymark index` gathers them into one file at build time).
        let (dir, ext) = (compiled::DIR, compiled::EXT);
        let mut urls = vec![
            format!("{base}{dir}/home.{ext}"),
            format!("{base}locales/{lang}/catalog.ftl"),
            format!("{base}locales/{lang}/titles.ftl"),
        ];
        urls.extend(widget_url(base, lang));
        let (results, failures) = fetch_all(base, lang, &urls).await;
        if !failures.is_empty() {
            return Err(LoadError::Fetch(failures));
        }
        let files: Vec<&[u8]> = results.iter().filter_map(|r| r.as_deref().ok()).collect();
        let texts = words_texts(&urls[1..], &files[1..])?;
        let (catalog_ftl, titles_ftl) = (texts[0].as_str(), texts[1].as_str());
        let widget_ftl = texts.get(2).map_or("", String::as_str);
        let compiled::Home { index, flow } =
            compiled::home(files[0]).map_err(broken(format!("{dir}/home.{ext}")))?;
        let mut sources = vec![WIDGET_FTL_ZH_CN, widget_ftl, catalog_ftl, titles_ftl];
        let (words, errors) = Words::new(lang, &sources);
        if !errors.is_empty() {
            return Err(LoadError::Content(errors));
        }
        // The home questions' words, made from the catalog's and services' own words.
        let home_ftl = waymark_engine::merge::home_words(&index, |event| {
            let name = words.t(&message::life_event(event));
            words.t_args("home-services", &[("event", Arg::Text(name))])
        });
        sources.push(&home_ftl);
        let (words, _) = Words::new(lang, &sources);
        Ok(Home {
            flow: Arc::new(flow),
            index: Arc::new(index),
            words,
        })
    }
}
