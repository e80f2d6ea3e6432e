//! The outermost component. With no service named, it opens on the home page (which life
//! event, then which of its services); then it walks each chosen service in turn (intro,
//! questions, check your answers, result) and ends with one merged list of materials and
//! places. Content that cannot be loaded shows a friendly message (with details for editors).

use crate::components::failure::LoadFailed;
use crate::components::home::HomeQuestions;
use crate::components::language::{first_language, LanguagePicker, LANGUAGE_KEY};
use crate::components::merged::MergedPage;
pub use crate::components::status::Status;
use crate::components::status::StatusLine;
use crate::components::wizard::Wizard;
use crate::components::{heading_focus, next_id_prefix};
use crate::content::{Content, Home, LoadError, DEFAULT_LANG};
use crate::i18n::{Arg, Words};
use leptos::prelude::*;
use waymark_engine::merge::merge;
use waymark_engine::{OutcomeView, Session};

/// The widget's styles: `waymark.js` adopts them into the guide's shadow root (never the
/// host's `<head>`).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// The URL prefix of the guide's files (`data-waymark-base`, ending in `/`): content, icons,
/// the QR module, and the standalone page a shared result opens on.
#[derive(Clone)]
pub struct Base(pub String);

/// Whether the service on screen shows its intro (kept across a change of language or of
/// elder mode, which shows the same page again).
#[derive(Clone, Copy)]
pub struct OnIntro(pub StoredValue<bool>);

/// The services the person is going through, and the results so far.
#[derive(Clone, Default)]
struct Plan {
    /// Service ids, in order; empty while on the home page.
    services: Vec<String>,
    /// Their titles (from the home page's words), for the next-service button and the list.
    titles: Vec<String>,
    /// Results of the services done so far.
    done: Vec<OutcomeView>,
    /// Whether the person came back to a service already done (its saved answers are taken
    /// up again without asking 继续上次).
    returning: bool,
}

impl Plan {
    /// Whether the services were chosen on the home page (only then are their titles known):
    /// Back from the first intro returns there, and 重新开始 starts from the life events.
    fn chosen_at_home(&self) -> bool {
        !self.titles.is_empty()
    }
}

/// What a screen needed, once loaded.
#[derive(Clone)]
enum Loaded {
    Home(Home),
    Service(Content),
    Nothing,
}

/// What the guide shows.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Service(usize),
    Merged,
}

/// A whole guide, fetched from `base`: one service, or (with none named) the home page.
#[component]
pub fn Guide(
    /// The service id, e.g. `dibao`; `None` opens the home page.
    service: Option<String>,
    /// URL prefix of the content (`catalog.json`, `services/`, `locales/`), ending in `/`.
    base: String,
    /// The region (county) whose numbers and offices to use.
    region: String,
    /// A result shared through a link (the URL fragment `result=<service>&<answers>`): open
    /// `service` on that result.
    #[prop(optional_no_strip)]
    shared: Option<String>,
    /// The language the embedding page asks for (its `lang` attribute); otherwise the one
    /// chosen before on this device, else the browser's, else zh-CN.
    #[prop(optional_no_strip)]
    lang: Option<String>,
) -> impl IntoView {
    provide_context(Base(base.clone()));
    let status = Status {
        online: RwSignal::new(true),
        update_ready: RwSignal::new(false),
        not_saved: RwSignal::new(false),
        other_tab: RwSignal::new(false),
        newer_draft: RwSignal::new(false),
        asked_again: RwSignal::new(false),
    };
    provide_context(status);
    provide_context(OnIntro(StoredValue::new(true)));
    status
        .online
        .set(crate::platform::sw::watch_online(move |on| status.online.set(on)));
    let host = use_context::<crate::Host>();
    if host.is_some_and(|h| h.offline) {
        // Offline after the first visit (Waymark's own pages only: standalone, kiosk, the
        // iframe page; see docs/embedding.md).
        crate::platform::sw::register(&base, move || status.update_ready.set(true));
    }
    sweep_stale_drafts(host.map_or(waymark_engine::session::DRAFT_KEEP_DAYS, |h| h.keep_days));
    let words = Words::widget_only();
    let plan = RwSignal::new(Plan {
        services: service.into_iter().collect(),
        ..Plan::default()
    });
    let screen = Memo::new(move |_| {
        plan.with(|p| match p.services.len() {
            0 => Screen::Home,
            n if p.done.len() >= n => Screen::Merged,
            _ => Screen::Service(p.done.len()),
        })
    });
    // Whether the person has moved between screens: focus follows only after a move.
    let moved = RwSignal::new(false);
    let lang = RwSignal::new(first_language(lang));
    // The service whose content the screen shows (the merged list: the last one's words).
    let current = Memo::new(move |_| match screen.get() {
        Screen::Service(i) => plan.with(|p| p.services.get(i).cloned()),
        Screen::Merged => plan.with(|p| p.services.last().cloned()),
        Screen::Home => None,
    });
    // One loader for whatever the screen needs (one async resource, not one per kind: each
    // costs the widget kilobytes of generated code).
    let loaded = LocalResource::new(move || {
        let (base, region, screen, service) = (base.clone(), region.clone(), screen.get(), current.get());
        let lang = lang.get();
        async move {
            match (screen, service) {
                (Screen::Home, _) => Home::load(&base, &lang).await.map(Loaded::Home),
                (_, Some(id)) => Content::load(&base, &id, &region, &lang)
                    .await
                    .map(Loaded::Service),
                _ => Ok(Loaded::Nothing),
            }
        }
    });
    let display = crate::components::tools::Display::remembered(lang, host.is_some_and(|h| h.auto_read));
    provide_context(display);
    // Whether this device can say the language shown (a voice, or recordings for it).
    Effect::new({
        let base = use_context::<Base>().map_or_else(String::new, |b| b.0);
        move |_| {
            let code = lang.get();
            crate::platform::speech::available(&base, &code, move |yes| {
                display.can_speak.try_set(Some(yes));
            });
        }
    });
    // The home page's answers outlive its page, so Back from an intro finds them.
    let home_session = RwSignal::new(None::<Session>);
    // The words of the language on screen, for the bar and the status line (set again only
    // when the language changes, so the bar keeps its focus across pages).
    let words_now = RwSignal::new(None::<Words>);
    let show_words = move |words: &Words| {
        if words_now.with_untracked(|w| w.as_ref().map(Words::lang) != Some(words.lang())) {
            words_now.set(Some(words.clone()));
        }
    };
    let picker_id = format!("{}-lang", next_id_prefix());
    let store = crate::platform::storage::Store::here();
    let choose_language = Callback::new(move |code: String| {
        if crate::i18n::is_locale(&code) {
            store.set(LANGUAGE_KEY, &code);
            moved.set(true);
            // The guide in progress is taken up again in the new words, where it was.
            plan.update(|p| p.returning = true);
            lang.set(code);
        }
    });
    // The host page changed the guide's `lang`: the same as choosing it here, but the host's
    // wish is not remembered on the device.
    if let Some(host) = host {
        Effect::new(move |first: Option<()>| {
            if let (Some(code), Some(())) = (host.asked_lang.get(), first) {
                if crate::i18n::is_locale(&code) {
                    plan.update(|p| p.returning = true);
                    lang.set(code);
                }
            }
        });
    }
    // Kiosk: the idle reset's dialog (opened, counted down and closed by the kiosk watch in
    // `platform::host`), in the words on screen.
    let kiosk = host.filter(|h| h.mode == crate::Mode::Kiosk).map(|_| {
        move || {
            let words = words_now.get().unwrap_or_else(Words::widget_only);
            view! {
                <dialog class="wm-idle" data-wm-idle="" aria-labelledby="wm-idle-title" aria-describedby="wm-idle-text">
                    <h2 id="wm-idle-title" class="wm-heading">{words.t("kiosk-still-there")}</h2>
                    <p id="wm-idle-text" class="wm-idle-text">{words.t("kiosk-countdown")}</p>
                    <p class="wm-idle-count" role="timer"></p>
                    <div class="wm-buttons">
                        <button type="button" class="wm-button">{words.t("kiosk-continue")}</button>
                        <button type="button" class="wm-button wm-button-secondary" data-wm-end="">{words.t("kiosk-end")}</button>
                    </div>
                </dialog>
            }
        }
    });
    let on_elder = Callback::new(move |on| {
        // The same screen again, in the larger type and simpler words.
        plan.update_untracked(|p| p.returning = true);
        display.elder.set(on);
    });
    let bar = move || {
        words_now.get().map(|words| {
            view! {
                <LanguagePicker lang=lang label=words.t("language-picker") id=picker_id.clone() on_change=choose_language />
                <crate::components::tools::Tools display=display words=words on_elder=on_elder />
            }
        })
    };
    let prefix = next_id_prefix();
    // Back from a service's intro (or from the merged list) to the result before it.
    let back_to_previous = Callback::new(move |()| {
        moved.set(true);
        plan.update(|p| {
            p.done.pop();
            p.returning = true;
        });
    });
    // 重新开始 after services chosen on the home page: back to the life events, answers gone.
    let start_from_home = Callback::new(move |()| {
        moved.set(true);
        plan.set(Plan::default());
        home_session.set(None);
    });

    let failed = move |error: LoadError, retry: Callback<()>| {
        view! { <LoadFailed error=error words=words.clone() on_retry=move || retry.run(()) /> }.into_any()
    };
    let loading = {
        let words = Words::widget_only();
        move || view! { <p class="wm-loading" role="status">{words.t("loading")}</p> }.into_any()
    };

    view! {
        <Root lang=lang>
            <div class="wm-bar">{bar}</div>
            <StatusLine status=status words=words_now />
            {kiosk}
            {move || { let elder = display.elder.get(); match screen.get() {
                Screen::Home => match loaded.get() {
                    Some(Ok(Loaded::Home(mut home))) => {
                        home.words = home.words.simple(elder);
                        show_words(&home.words);
                        view! {
                        <HomeQuestions home=home session=home_session prefix=prefix.clone() focus_first=moved.get_untracked()
                            on_chosen=move |(services, titles)| {
                                moved.set(true);
                                plan.set(Plan { services, titles, ..Plan::default() });
                            }
                        />
                    }.into_any()
                    }
                    Some(Err(e)) => failed(e, Callback::new(move |()| loaded.refetch())),
                    _ => loading(),
                },
                Screen::Service(i) => match loaded.get() {
                    // (The previous service's content stays until the next one has loaded.)
                    Some(Ok(Loaded::Service(mut content))) if current.with_untracked(|c| c.as_deref() == Some(content.flow.id.as_str())) => {
                        content.words = content.words.simple(elder);
                        show_words(&content.words);
                        let (services, titles, from_home, returning) = plan
                            .with_untracked(|p| (p.services.clone(), p.titles.clone(), p.chosen_at_home(), p.returning));
                        let next = (services.len() > 1).then(|| {
                            let label = match titles.get(i + 1) {
                                Some(t) => content.words.t_args("next-service", &[("service", Arg::Text(t.clone()))]),
                                None => content.words.t("merged-show"),
                            };
                            let go = Callback::new(move |outcome: OutcomeView| {
                                moved.set(true);
                                plan.update(|p| {
                                    p.done.push(outcome);
                                    p.returning = false;
                                });
                            });
                            (label, go)
                        });
                        // Back from the first intro: to the home questions, their answers kept.
                        let back_home = Callback::new(move |()| {
                            moved.set(true);
                            plan.update(|p| p.services.clear());
                        });
                        let on_leave = match (i, from_home) {
                            (0, true) => Some(back_home),
                            (0, false) => None,
                            _ => Some(back_to_previous),
                        };
                        view! {
                            <Wizard content=content intro=true focus_first=moved.get_untracked() resume_quietly=returning shared=shared.clone()
                                on_leave=on_leave next=next
                                on_start_over=from_home.then_some(start_from_home) />
                        }.into_any()
                    }
                    Some(Err(e)) => failed(e, Callback::new(move |()| loaded.refetch())),
                    _ => loading(),
                },
                Screen::Merged => {
                    let content = match loaded.get() {
                        Some(Ok(Loaded::Service(content))) => Content { words: content.words.simple(elder), ..content },
                        Some(Err(e)) => return failed(e, Callback::new(move |()| loaded.refetch())),
                        _ => return loading(),
                    };
                    show_words(&content.words);
                    let (titles, done) = plan.with_untracked(|p| (p.titles.clone(), p.done.clone()));
                    let merged = merge(&done.iter().collect::<Vec<_>>());
                    // Always reached by a move: its heading takes focus.
                    let (heading, _) = heading_focus(true);
                    view! {
                        <MergedPage titles=titles merged=merged words=content.words region=content.region
                            prefix=prefix.clone() heading=heading
                            on_back=back_to_previous
                            on_restart=move || {
                                crate::platform::sw::apply_update();
                                start_from_home.run(());
                            }
                        />
                    }.into_any()
                }
            }}}
        </Root>
    }
}

/// The widget's root element: carries `lang` and `dir` (and, in kiosk mode, its larger sizes).
#[component]
pub fn Root(
    /// What the guide shows.
    children: Children,
    /// The language shown (default zh-CN); Uyghur sets `dir="rtl"`.
    #[prop(optional)]
    lang: Option<RwSignal<String>>,
) -> impl IntoView {
    let code = move || lang.map_or_else(|| DEFAULT_LANG.to_string(), |l| l.get());
    let dir = move || {
        if crate::i18n::is_rtl(&code()) {
            "rtl"
        } else {
            "ltr"
        }
    };
    let kiosk = use_context::<crate::Host>().is_some_and(|h| h.mode == crate::Mode::Kiosk);
    let elder = use_context::<crate::components::tools::Display>().map(|d| d.elder);
    view! {
        <div class="wm-root" class:wm-kiosk=kiosk class:wm-elder=move || elder.is_some_and(|e| e.get()) lang=code dir=dir>
            {children()}
        </div>
    }
}

/// Forget every draft on this device saved longer ago than `keep_days` (of any service, and
/// their set-aside copies): drafts expire even for a service the person never opens again.
fn sweep_stale_drafts(keep_days: u32) {
    use waymark_engine::session::{draft_is_stale, set_aside_expired};
    let store = crate::platform::storage::Store::here();
    let today = crate::platform::dom::today();
    for key in store.keys("waymark:draft:") {
        let Some(text) = store.get(&key) else { continue };
        let stale = if key.ends_with(":set-aside") {
            set_aside_expired(&text, today, keep_days)
        } else {
            draft_is_stale(&text, today, keep_days)
        };
        if stale {
            store.remove(&key);
        }
    }
}
