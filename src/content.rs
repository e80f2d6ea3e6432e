//! Content: a service compiled into a flow, with its words. Loading is separate from
//! rendering, so tests can mount the wizard with content they built themselves.

use crate::i18n::{Arg, Words, WIDGET_FTL_ZH_CN};
use crate::platform::fetch;
use std::sync::Arc;
use waymark_engine::message;
use waymark_engine::{Catalog, Flow, Region};

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

/// The source texts of one service.
pub struct Sources<'a> {
    /// The locale of the words below (`zh-CN`, `en`, `ug`, `bo`).
    pub lang: &'a str,
    /// `locales/<lang>/widget.ftl`; empty for zh-CN, whose widget words are compiled in (and
    /// stand in for any message another locale lacks).
    pub widget_ftl: &'a str,
    /// `public/catalog.json`.
    pub catalog_json: &'a str,
    /// `public/regions/<region>.json`.
    pub region_json: &'a str,
    /// `public/services/<id>.json`.
    pub service_json: &'a str,
    /// `locales/<lang>/catalog.ftl`.
    pub catalog_ftl: &'a str,
    /// `locales/<lang>/regions/<region>.ftl`.
    pub region_ftl: &'a str,
    /// `locales/<lang>/services/<id>.ftl`.
    pub service_ftl: &'a str,
}

/// The region used when the page names none.
pub const DEFAULT_REGION: &str = "demo-county";

impl Content {
    /// Compile content from its source texts, with the region's numbers bound in.
    pub fn from_sources(service: &str, region_id: &str, src: &Sources<'_>) -> Result<Content, LoadError> {
        let (catalog, flow) = compile(service, src.catalog_json, src.service_json)?;
        Content::with_flow(flow, &catalog, service, region_id, src)
    }

    /// The rest of [`Content::from_sources`], once the service is compiled.
    fn with_flow(
        mut flow: Flow,
        catalog: &Catalog,
        service: &str,
        region_id: &str,
        src: &Sources<'_>,
    ) -> Result<Content, LoadError> {
        let region = Region::from_json(src.region_json, catalog)
            .map_err(|d| problems(format!("regions/{region_id}.json"), d))?;
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

    /// Fetch and compile a service from `base` (a URL prefix ending in `/`) for a region, with
    /// the words of `lang`.
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
        let mut urls = vec![
            format!("{base}services/{service}.json"),
            format!("{base}catalog.json"),
            format!("{base}regions/{region}.json"),
            format!("{base}locales/{lang}/services/{service}.ftl"),
            format!("{base}locales/{lang}/catalog.ftl"),
            format!("{base}locales/{lang}/regions/{region}.ftl"),
        ];
        urls.extend(widget_url(base, lang));
        // All at once: one round trip on a slow link, not six.
        let (results, failures) = fetch_all(&urls).await;
        // Report the most useful problems first: a broken service file matters more to an
        // editor than the missing words that usually come with it; then every file that
        // could not be fetched, not just the first.
        let compiled = match (&results[0], &results[1]) {
            (Ok(service_json), Ok(catalog_json)) => Some(compile(service, catalog_json, service_json)?),
            _ => None,
        };
        let Some((catalog, flow)) = compiled.filter(|_| failures.is_empty()) else {
            return Err(LoadError::Fetch(failures));
        };
        let texts: Vec<&str> = results.iter().filter_map(|r| r.as_deref().ok()).collect();
        let sources = Sources {
            lang,
            widget_ftl: texts.get(6).copied().unwrap_or_default(),
            service_json: texts[0],
            catalog_json: texts[1],
            region_json: texts[2],
            service_ftl: texts[3],
            catalog_ftl: texts[4],
            region_ftl: texts[5],
        };
        Content::with_flow(flow, &catalog, service, region, &sources)
    }
}

/// The widget's own words for `lang`, fetched: none for zh-CN, which is compiled in.
fn widget_url(base: &str, lang: &str) -> Option<String> {
    (lang != DEFAULT_LANG).then(|| format!("{base}locales/{lang}/widget.ftl"))
}

/// Parse the catalog and compile the service, with the problems as editors see them.
fn compile(service: &str, catalog_json: &str, service_json: &str) -> Result<(Catalog, Flow), LoadError> {
    let catalog = Catalog::from_json(catalog_json).map_err(|d| problems("catalog.json".into(), d))?;
    let flow = Flow::from_json(service_json, &catalog)
        .map_err(|d| problems(format!("services/{service}.json"), d))?;
    Ok((catalog, flow))
}

fn problems(file: String, diags: Vec<waymark_engine::Diagnostic>) -> LoadError {
    LoadError::Content(diags.iter().map(|d| d.render(&file)).collect())
}

/// Fetch every URL at once (one round trip on a slow link): each result in order, and every
/// `(url, reason)` that failed.
async fn fetch_all(urls: &[String]) -> (Vec<Result<String, (String, String)>>, Vec<(String, String)>) {
    let results = join_all(urls.iter().map(|u| fetch::text(u)).collect()).await;
    let failures = results.iter().filter_map(|r| r.as_ref().err().cloned()).collect();
    (results, failures)
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
    /// Fetch the index (`services/index.json`, written at build by `waymark index`), the
    /// catalog, its words and the services' titles.
    pub async fn load(base: &str, lang: &str) -> Result<Home, LoadError> {
        // All at once, one round trip: the index, the catalog, the life events' words and every
        // service's title (`waymark index` gathers them into one file at build time).
        let mut urls = vec![
            format!("{base}services/index.json"),
            format!("{base}catalog.json"),
            format!("{base}locales/{lang}/catalog.ftl"),
            format!("{base}locales/{lang}/titles.ftl"),
        ];
        urls.extend(widget_url(base, lang));
        let (results, failures) = fetch_all(&urls).await;
        if !failures.is_empty() {
            return Err(LoadError::Fetch(failures));
        }
        let texts: Vec<&str> = results.iter().filter_map(|r| r.as_deref().ok()).collect();
        let (index_json, catalog_json, catalog_ftl, titles_ftl) = (texts[0], texts[1], texts[2], texts[3]);
        let widget_ftl = texts.get(4).copied().unwrap_or_default();
        let index = waymark_engine::merge::read_index(index_json)
            .map_err(|e| LoadError::Content(vec![format!("services/index.json: {e}")]))?;
        let catalog = Catalog::from_json(catalog_json).map_err(|d| problems("catalog.json".into(), d))?;
        let flow = waymark_engine::merge::home_flow(&catalog, &index)
            .ok_or_else(|| LoadError::Content(vec!["services/index.json: no services".into()]))?;
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
