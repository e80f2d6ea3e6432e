//! Browser tests of the widget's components, in headless Chromium through
//! wasm-bindgen-test: mount into an element the test owns, act through the DOM, and read
//! what a person would see.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use waymark::components::guide::{Guide, Root};
use waymark::components::wizard::Wizard;
use waymark::content::{Content, Sources};
use waymark_engine::compiled;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn dibao() -> Content {
    // Compiled here as `waymark compile` compiles it at build time.
    let catalog = waymark_engine::Catalog::from_json(include_str!("../public/catalog.json")).expect("catalog");
    let flow = waymark_engine::Flow::from_json(include_str!("../public/services/dibao.json"), &catalog).expect("dibao");
    let region = waymark_engine::Region::from_json(include_str!("../public/regions/demo-county.json"), &catalog)
        .expect("region");
    let (service, region) = (compiled::write(&flow), compiled::write(&region));
    let sources = Sources {
        lang: "zh-CN",
        widget_ftl: "",
        region: &region,
        service: &service,
        catalog_ftl: include_str!("../locales/zh-CN/catalog.ftl"),
        region_ftl: include_str!("../locales/zh-CN/regions/demo-county.ftl"),
        service_ftl: include_str!("../locales/zh-CN/services/dibao.ftl"),
    };
    Content::from_sources("dibao", "demo-county", &sources).unwrap_or_else(|e| panic!("dibao loads: {e:?}"))
}

/// A fresh element in the document for one test to mount into.
fn host() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

/// Text as a person reads it: Fluent's bidi isolation marks removed.
fn text(el: &web_sys::Element) -> String {
    el.text_content()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

fn find(root: &HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

/// Let effects and re-renders run.
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn mounts_into_the_given_element_and_answers_a_question() {
    let el = host();
    let content = dibao();
    let _handle = leptos::mount::mount_to(
        el.clone(),
        move || view! { <Root><Wizard content=content /></Root> },
    );
    settle().await;

    // Only the given element is touched: the widget root sits inside it.
    assert!(el
        .first_element_child()
        .expect("root")
        .class_list()
        .contains("wm-root"));
    assert_eq!(text(&find(&el, "h1")), "您的户口在哪里?");
    assert_eq!(text(&find(&el, ".wm-progress")), "第 1 步,共 5 步");

    // Next with nothing chosen: an error in words, and no step forward.
    find(&el, "button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(text(&find(&el, ".wm-error-message")), "错误:请选择一项");
    assert_eq!(
        find(&el, ".wm-error-summary").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert_eq!(text(&find(&el, "h1")), "您的户口在哪里?");

    // Choose 本县农村 by its label, then Next.
    let label = find(&el, "label.wm-radio-label");
    assert_eq!(text(&label), "本县农村");
    label.unchecked_into::<HtmlElement>().click();
    find(&el, "button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;

    assert_eq!(text(&find(&el, "h1")), "家里一共几口人?");
    assert_eq!(text(&find(&el, ".wm-progress")), "第 2 步,共 5 步");
    // Focus moved to the new page's heading.
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.tag_name(), "H1");

    // A number outside the range is refused with the limit in words.
    let input: HtmlInputElement = find(&el, "input.wm-input").unchecked_into();
    input.set_value("25");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    find(&el, "button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(text(&find(&el, ".wm-error-message")), "错误:这个数字不能大于 20");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    el.remove();
}

#[wasm_bindgen_test]
async fn a_service_that_cannot_load_shows_a_friendly_message() {
    let el = host();
    let _handle = leptos::mount::mount_to(
        el.clone(),
        || view! { <Guide service=Some("no-such-service".to_string()) base="unsupported-scheme://nowhere/".to_string() region="demo-county".to_string() /> },
    );
    // A URL scheme fetch does not support fails at once, with no server involved (the
    // test runner's server sometimes never answered requests for missing files). The e2e
    // suite covers real HTTP failures. Wait (up to 15 s on a loaded machine) for the message.
    let started = js_sys::Date::now();
    while el.query_selector(".wm-problem").ok().flatten().is_none()
        && js_sys::Date::now() - started < 15_000.0
    {
        settle().await;
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    let problem = find(&el, ".wm-problem");
    assert_eq!(problem.get_attribute("role").as_deref(), Some("alert"));
    assert!(
        text(&problem).contains("这个办事指南暂时打不开"),
        "{}",
        text(&problem)
    );
    assert!(
        text(&problem).contains("nowhere/compiled/services/no-such-service.bin"),
        "editors see which file: {}",
        text(&problem)
    );
    el.remove();
}

/// Every piece of text on screen, except the styles.
fn texts(root: &web_sys::Element) -> Vec<String> {
    let mut out = Vec::new();
    let walker = document()
        .create_tree_walker_with_what_to_show(root, 4 /* SHOW_TEXT */)
        .expect("tree walker");
    while let Ok(Some(node)) = walker.next_node() {
        let inside_style = node.parent_element().is_some_and(|p| p.tag_name() == "STYLE");
        let t = node.text_content().unwrap_or_default();
        if !inside_style && !t.trim().is_empty() {
            out.push(t);
        }
    }
    out
}

fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform_dom(text, false, true, true)
}

/// With every message passed through a pseudo-locale (fluent-pseudo: each text wrapped in
/// `[…]`), any words on screen without the marks were written around Fluent, not through it.
#[wasm_bindgen_test]
async fn every_word_on_screen_comes_through_fluent() {
    // No draft from another test: the guide opens on its intro.
    if let Ok(Some(storage)) = window().local_storage() {
        storage.clear().expect("clear storage");
    }
    let el = host();
    let mut content = dibao();
    content.words = waymark::i18n::Words::transformed(
        "zh-CN",
        &[
            waymark::i18n::WIDGET_FTL_ZH_CN,
            include_str!("../locales/zh-CN/catalog.ftl"),
            include_str!("../locales/zh-CN/regions/demo-county.ftl"),
            include_str!("../locales/zh-CN/services/dibao.ftl"),
        ],
        pseudo,
    );
    let _handle = leptos::mount::mount_to(
        el.clone(),
        move || view! { <Root><Wizard content=content intro=true /></Root> },
    );
    settle().await;
    let click = |selector: &str| find(&el, selector).unchecked_into::<HtmlElement>().click();
    let fill = |value: &str| {
        let input: HtmlInputElement = find(&el, "input.wm-input").unchecked_into();
        input.set_value(value);
        input
            .dispatch_event(&web_sys::Event::new("input").expect("event"))
            .expect("dispatch");
    };
    let mut pages = Vec::new();
    // The intro, every question (by its kind), the check page, the result.
    pages.push(texts(&el));
    assert!(
        el.query_selector("h1")
            .ok()
            .flatten()
            .is_some_and(|h| text(&h).contains("[")),
        "the intro: {}",
        el.inner_html()
    );
    click("button.wm-button");
    settle().await;
    for step in ["choice", "3", "1500", "no", "no"] {
        pages.push(texts(&el));
        match step {
            "choice" => click("label.wm-radio-label"),
            "no" => click("label.wm-radio-label:last-of-type, .wm-radio:last-child label"),
            number => fill(number),
        }
        click("button[type=submit]");
        settle().await;
    }
    pages.push(texts(&el));
    click(".wm-buttons button:last-child");
    settle().await;
    pages.push(texts(&el));
    assert!(
        text(&find(&el, "h1")).starts_with('['),
        "on the result: {}",
        el.inner_html()
    );

    // Data, not words, may stand alone: numbers, the result's link, and the symbols on the
    // −/+ and keypad keys (whose names, read by screen readers, come through Fluent).
    let is_data = |t: &str| {
        t.trim()
            .chars()
            .all(|c| c.is_ascii_digit() || ".−+⌫X".contains(c))
            || t.contains("://")
    };
    for page in &pages {
        for t in page {
            assert!(
                t.contains('[') || is_data(t),
                "words that bypass Fluent: {t:?} among {page:?}"
            );
        }
    }
    el.remove();
}
