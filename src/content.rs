//! Content: a service compiled into a flow, with its words. Loading is separate from
//! rendering, so tests can mount the wizard with content they built themselves.

use crate::i18n::{Words, WIDGET_FTL_ZH_CN};
use crate::platform::fetch;
use std::sync::Arc;
use waymark_engine::{Catalog, Flow};

/// The default (and, for now, only) locale.
pub const DEFAULT_LANG: &str = "zh-CN";

/// Everything the wizard needs for one service.
#[derive(Clone)]
pub struct Content {
    /// The compiled service.
    pub flow: Arc<Flow>,
    /// Widget, catalog and service words.
    pub words: Words,
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
    /// `public/catalog.json`.
    pub catalog_json: &'a str,
    /// `public/services/<id>.json`.
    pub service_json: &'a str,
    /// `locales/<lang>/catalog.ftl`.
    pub catalog_ftl: &'a str,
    /// `locales/<lang>/services/<id>.ftl`.
    pub service_ftl: &'a str,
}

impl Content {
    /// Compile content from its source texts.
    pub fn from_sources(service: &str, src: &Sources<'_>) -> Result<Content, LoadError> {
        let catalog = Catalog::from_json(src.catalog_json).map_err(|d| problems("catalog.json".into(), d))?;
        let flow = Flow::from_json(src.service_json, &catalog)
            .map_err(|d| problems(format!("services/{service}.json"), d))?;
        let (words, errors) = Words::new(
            DEFAULT_LANG,
            &[WIDGET_FTL_ZH_CN, src.catalog_ftl, src.service_ftl],
        );
        if !errors.is_empty() {
            let problems = errors.iter().map(|e| format!("{DEFAULT_LANG} words: {e}"));
            return Err(LoadError::Content(problems.collect()));
        }
        Ok(Content {
            flow: Arc::new(flow),
            words,
        })
    }

    /// Fetch and compile a service from `base` (a URL prefix ending in `/`).
    pub async fn load(base: &str, service: &str) -> Result<Content, LoadError> {
        if !service
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            || service.is_empty()
        {
            let problem = format!("data-waymark: `{service}` is not a service id");
            return Err(LoadError::Content(vec![problem]));
        }
        let urls = [
            format!("{base}services/{service}.json"),
            format!("{base}catalog.json"),
            format!("{base}locales/{DEFAULT_LANG}/services/{service}.ftl"),
            format!("{base}locales/{DEFAULT_LANG}/catalog.ftl"),
        ];
        // All four at once: one round trip on a slow link, not four.
        let (service_json, catalog_json, service_ftl, catalog_ftl) = futures_join4(
            fetch::text(&urls[0]),
            fetch::text(&urls[1]),
            fetch::text(&urls[2]),
            fetch::text(&urls[3]),
        )
        .await;
        // Report the most useful problems first: a broken service file matters more to an
        // editor than the missing words that usually come with it; then every file that
        // could not be fetched, not just the first.
        if let (Ok(service_json), Ok(catalog_json)) = (&service_json, &catalog_json) {
            let catalog = Catalog::from_json(catalog_json).map_err(|d| problems("catalog.json".into(), d))?;
            Flow::from_json(service_json, &catalog)
                .map_err(|d| problems(format!("services/{service}.json"), d))?;
        }
        let failures: Vec<(String, String)> = [&service_json, &catalog_json, &service_ftl, &catalog_ftl]
            .iter()
            .filter_map(|r| r.as_ref().err().cloned())
            .collect();
        match (service_json, catalog_json, service_ftl, catalog_ftl) {
            (Ok(service_json), Ok(catalog_json), Ok(service_ftl), Ok(catalog_ftl)) => {
                let sources = Sources {
                    catalog_json: &catalog_json,
                    service_json: &service_json,
                    catalog_ftl: &catalog_ftl,
                    service_ftl: &service_ftl,
                };
                Content::from_sources(service, &sources)
            }
            _ => Err(LoadError::Fetch(failures)),
        }
    }
}

fn problems(file: String, diags: Vec<waymark_engine::Diagnostic>) -> LoadError {
    LoadError::Content(diags.iter().map(|d| d.render(&file)).collect())
}

/// Await four futures concurrently (a tiny join, to avoid pulling in the `futures` crate).
async fn futures_join4<A, B, C, D>(a: A, b: B, c: C, d: D) -> (A::Output, B::Output, C::Output, D::Output)
where
    A: std::future::Future,
    B: std::future::Future,
    C: std::future::Future,
    D: std::future::Future,
{
    use std::pin::pin;
    use std::task::Poll;
    let (mut a, mut b, mut c, mut d) = (pin!(a), pin!(b), pin!(c), pin!(d));
    let (mut ra, mut rb, mut rc, mut rd) = (None, None, None, None);
    std::future::poll_fn(move |cx| {
        macro_rules! step {
            ($f:ident, $r:ident) => {
                if $r.is_none() {
                    if let Poll::Ready(v) = $f.as_mut().poll(cx) {
                        $r = Some(v);
                    }
                }
            };
        }
        step!(a, ra);
        step!(b, rb);
        step!(c, rc);
        step!(d, rd);
        if ra.is_some() && rb.is_some() && rc.is_some() && rd.is_some() {
            match (ra.take(), rb.take(), rc.take(), rd.take()) {
                (Some(a), Some(b), Some(c), Some(d)) => Poll::Ready((a, b, c, d)),
                _ => Poll::Pending,
            }
        } else {
            Poll::Pending
        }
    })
    .await
}
