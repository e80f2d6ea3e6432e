//! The outermost component. With no service named, it opens on the home page (which life
//! event, then which of its services); then it walks each chosen service in turn (intro,
//! questions, check your answers, result) and ends with one merged list of materials and
//! places. Content that cannot be loaded shows a friendly message (with details for editors).

use crate::components::merged::MergedPage;
use crate::components::question::QuestionPage;
use crate::components::wizard::Wizard;
use crate::components::{heading_focus, next_id_prefix};
use crate::content::{Content, Home, LoadError, DEFAULT_LANG};
use crate::i18n::{Arg, Words};
use leptos::prelude::*;
use waymark_engine::merge::{home_choice, merge, HOME};
use waymark_engine::{OutcomeView, Session, Step};

/// The widget's styles: `waymark.js` adopts them into the guide's shadow root (never the
/// host's `<head>`).
pub const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// The URL prefix of the guide's files (`data-waymark-base`, ending in `/`): content, icons,
/// the QR module, and the standalone page a shared result opens on.
#[derive(Clone)]
pub struct Base(pub String);

/// What the guide tells the person about the device, in one polite live region at the top:
/// offline, a new version waiting, drafts that cannot be kept.
#[derive(Clone, Copy)]
pub struct Status {
    /// The browser is online.
    pub online: RwSignal<bool>,
    /// A new version has installed and takes over at 重新开始.
    pub update_ready: RwSignal<bool>,
    /// The device refused to keep a draft (storage blocked or full).
    pub not_saved: RwSignal<bool>,
    /// This service is open in another tab, which writes its draft: answers here are not kept.
    pub other_tab: RwSignal<bool>,
    /// A newer version wrote this service's draft: it is not overwritten.
    pub newer_draft: RwSignal<bool>,
    /// An answer that is never kept (an ID number) is asked again after a reload.
    pub asked_again: RwSignal<bool>,
}

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
        crate::platform::sw::register(&format!("{base}sw.js"), move || status.update_ready.set(true));
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

    let status_view = move || {
        let words = words_now.get().unwrap_or_else(Words::widget_only);
        let t = |shown: bool, id: &str| shown.then(|| view! { <p>{words.t(id)}</p> });
        view! {
            {t(!status.online.get(), "status-offline")}
            {t(status.update_ready.get(), "status-update")}
            {t(status.not_saved.get(), "status-not-saved")}
            {t(status.other_tab.get(), "status-other-tab")}
            {t(status.newer_draft.get(), "status-newer-draft")}
            {t(status.asked_again.get(), "status-asked-again")}
        }
    };

    view! {
        <Root lang=lang>
            <div class="wm-bar">{bar}</div>
            <div class="wm-status" role="status">{status_view}</div>
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

/// The home page's questions (which life event, which of its services), asked one a page
/// like a service's, through the same question page.
#[component]
fn HomeQuestions(
    /// The home flow and its words.
    home: Home,
    /// Its answers, kept by the guide.
    session: RwSignal<Option<Session>>,
    /// Prefix for element ids.
    prefix: String,
    /// Focus the heading of the first page shown.
    focus_first: bool,
    /// The person chose: the services' ids and titles.
    on_chosen: impl Fn((Vec<String>, Vec<String>)) + Send + Sync + 'static,
) -> impl IntoView {
    let Home { flow, index, words } = home;
    session.update(|s| match s {
        None => *s = Some(Session::new(&flow)),
        // Back from the first service's intro: to the last home question.
        Some(s) => {
            if matches!(s.step(&flow), Step::Check) {
                s.back(&flow);
            }
        }
    });
    let (heading, moves) = heading_focus(focus_first);
    let flow_handle = StoredValue::new(flow.clone());
    let on_chosen = StoredValue::new(on_chosen);
    // A chosen life event with one service, or the services picked: on to them.
    let choose = {
        let words = words.clone();
        move || {
            let chosen = session.with_untracked(|s| s.as_ref().and_then(|s| home_choice(&index, s)));
            if let Some((_, services)) = chosen {
                let titles = services.iter().map(|s| words.t(&format!("{s}-title"))).collect();
                on_chosen.with_value(|f| f((services, titles)));
            }
        }
    };
    let page = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().and_then(|s| {
                flow_handle.with_value(|f| match s.step(f) {
                    Step::Question(q) => Some(q.id().to_string()),
                    _ => None,
                })
            })
        })
    });
    move || {
        let _ = page.get();
        let (words, choose) = (words.clone(), choose.clone());
        // No step counter: how many questions home asks depends on the life event chosen.
        let (step, first) = flow_handle.with_value(|flow| {
            session.with_untracked(|s| {
                let s = s.as_ref().expect("set above");
                let question = match s.step(flow) {
                    Step::Question(q) => Some(q.clone()),
                    _ => None,
                };
                (question, s.is_first(flow))
            })
        });
        let Some(question) = step else {
            return ().into_any();
        };
        view! {
            <QuestionPage
                question=question.clone()
                service=HOME.to_string()
                words=words
                prefix=prefix.clone()
                progress=None
                show_back=!first
                initial=session.with_untracked(|s| s.as_ref().and_then(|s| s.answer_to(question.id())).map(|a| a.as_input()).unwrap_or_default())
                today=(0, String::new())
                heading=heading
                on_submit=move |input: String| {
                    let mut result = Ok(());
                    let mut done = false;
                    flow_handle.with_value(|flow| {
                        session.update(|s| {
                            if let Some(s) = s {
                                result = s.answer(flow, &input).and_then(|_| s.next(flow));
                                done = matches!(s.step(flow), Step::Check);
                            }
                        });
                    });
                    if result.is_ok() {
                        moves.update(|m| *m += 1);
                    }
                    if done {
                        choose.clone()();
                    }
                    result
                }
                on_back=move || {
                    flow_handle.with_value(|flow| session.update(|s| { if let Some(s) = s { s.back(flow); } }));
                    moves.update(|m| *m += 1);
                }
            />
        }
        .into_any()
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

/// Where the chosen language is remembered on this device.
const LANGUAGE_KEY: &str = "waymark:lang";

/// The language to start in: the embedding page's, else the one chosen before on this device,
/// else the best match for the browser's languages, else zh-CN.
fn first_language(embed: Option<String>) -> String {
    let ours = |l: &String| crate::i18n::is_locale(l);
    embed
        .filter(ours)
        .or_else(|| crate::platform::storage::Store::here().get(LANGUAGE_KEY).filter(ours))
        .unwrap_or_else(|| crate::i18n::negotiate(&crate::platform::dom::browser_languages()).to_string())
}

/// 「语言 Language」: every language written in its own script; the choice applies at once and
/// keeps the person's place and answers.
#[component]
fn LanguagePicker(
    /// The language shown.
    lang: RwSignal<String>,
    /// The picker's label: the word for "language" in the current language, and "Language".
    label: String,
    /// The select's id.
    id: String,
    /// A language was chosen.
    on_change: Callback<String>,
) -> impl IntoView {
    let options = crate::i18n::LOCALES
        .iter()
        .map(|(code, name)| view! { <option value=*code lang=*code>{*name}</option> })
        .collect_view();
    view! {
        <div class="wm-language">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                class="wm-input wm-select wm-language-select"
                prop:value=move || lang.get()
                on:change:target=move |ev| on_change.run(ev.target().value())
            >
                {options}
            </select>
        </div>
    }
}

/// Shown when a service cannot be loaded: plain words for the person, and what an editor
/// needs to fix it. Other guides on the page are unaffected.
#[component]
fn LoadFailed(
    /// What went wrong.
    error: LoadError,
    /// The widget's words.
    words: Words,
    /// Try loading again.
    on_retry: impl Fn() + 'static,
) -> impl IntoView {
    let details = error.details();
    view! {
        <div class="wm-problem" role="alert">
            <h2 class="wm-heading-m">{words.t("load-failed")}</h2>
            <p>{words.t("load-failed.text")}</p>
            <button type="button" class="wm-button" on:click=move |_| on_retry()>
                {words.t("retry")}
            </button>
            <details class="wm-details">
                <summary>{words.t("load-failed.details")}</summary>
                <ul>{details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}</ul>
            </details>
        </div>
    }
}
