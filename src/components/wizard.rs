//! A service's pages: whatever page of the journey the person stands on while the service's
//! content is on screen (its intro, 继续上次, a question, the check page, its result, and after
//! several services the merged list). The engine's [`Journey`] decides the page; this renders
//! it, sends the person's actions, and does the journey's storage and host-page chores.

use crate::components::check::{answer_words, CheckPage, Row};
use crate::components::intro::IntroPage;
use crate::components::merged::MergedPage;
use crate::components::question::QuestionPage;
use crate::components::result::ResultPage;
use crate::components::resume::ResumePage;
use crate::components::{heading_focus, next_id_prefix};
use crate::content::Content;
use crate::i18n::{Arg, Words};
use crate::platform::{dom, storage};
use leptos::prelude::*;
use waymark_engine::journey::{draft_key, set_aside_key};
use waymark_engine::{Action, AnswerError, DraftNote, Flow, Found, Journey, Page};

/// One service on its own, opening on its intro (`intro`) or its first question: a journey
/// of one service (the component tests mount it directly).
#[component]
pub fn Wizard(
    /// The compiled service and its words.
    content: Content,
    /// Open on the service intro (what it is, what you may need, 开始) rather than the
    /// first question; Back on the first question returns to it.
    #[prop(optional)]
    intro: bool,
) -> impl IntoView {
    let journey = RwSignal::new(Journey::service(&content.flow.id, intro));
    let focus = Signal::derive(move || journey.with(Journey::moves));
    view! { <ServicePages journey=journey content=content focus=focus /> }
}

/// What `open` found on the device for the service, and what the journey said to do with it.
fn open(journey: RwSignal<Journey>, flow: &Flow) {
    if !matches!(journey.with_untracked(|j| j.page(flow)), Page::Loading) {
        return;
    }
    let store = storage::Store::here();
    let key = draft_key(&flow.id);
    let saved = store.get(&key);
    let keep_days =
        use_context::<crate::Host>().map_or(waymark_engine::session::DRAFT_KEEP_DAYS, |h| h.keep_days);
    let found = Found {
        draft: saved.as_deref(),
        today: dom::today(),
        keep_days,
    };
    let note = journey
        .try_update_untracked(|j| j.open(flow, &[], found))
        .unwrap_or(DraftNote::Nothing);
    let status = use_context::<crate::components::status::Status>();
    match note {
        DraftNote::Nothing => {}
        DraftNote::Forget => store.remove(&key),
        // The only copy goes only once the set-aside one is kept (storage may be full).
        DraftNote::SetAside(copy) => {
            if store.set(&set_aside_key(&flow.id), &copy) {
                store.remove(&key);
            } else {
                journey.update_untracked(Journey::not_kept);
                if let Some(s) = status {
                    s.not_saved.set(true);
                }
            }
        }
        // Written by a newer version (another tab, or after an update): this older guide goes
        // on without keeping anything, and says so.
        DraftNote::Newer => {
            if let Some(s) = status {
                s.newer_draft.set(true);
            }
        }
    }
}

/// The pages of the journey while `content`'s service is on screen.
#[component]
pub fn ServicePages(
    /// The person's journey (the guide's).
    journey: RwSignal<Journey>,
    /// The service's flow, words and region.
    content: Content,
    /// Moves between pages (focus goes to the new page's heading after one).
    focus: Signal<u32>,
) -> impl IntoView {
    let Content { flow, words, region } = content;
    open(journey, &flow);
    let prefix = next_id_prefix();
    let today = dom::today();
    let (year, month, day) = waymark_engine::dates::civil_from_days(today);
    let today_text = (year, format!("{year:04}-{month:02}-{day:02}"));
    let (questions, may_need) = (
        waymark_engine::Session::new(&flow).progress(&flow).map_or(0, |p| p.total),
        waymark_engine::merge::possible_materials(&flow),
    );
    let heading = heading_focus(focus);
    let flow_handle = StoredValue::new(flow.clone());
    let store = storage::Store::here();
    let host = use_context::<crate::Host>();
    let status = use_context::<crate::components::status::Status>();
    let tell = move |what: fn(&crate::components::status::Status) -> RwSignal<bool>, on: bool| {
        if let Some(status) = status {
            what(&status).try_set(on);
        }
    };
    let base = use_context::<crate::components::guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);

    // Keep the draft after every change (the device's storage; blocked or full: not kept), when
    // this tab is the one writing it: a second tab on the same service is told and keeps its
    // answers on screen only, until the first one closes. (A kiosk's storage is its own tab's:
    // no lock needed.)
    let key = draft_key(&flow.id);
    let owner = RwSignal::new(None::<bool>);
    if host.is_some_and(|h| h.mode == crate::Mode::Kiosk) {
        owner.set(Some(true));
    } else {
        let lock = storage::lock_draft(&base, &key, move |yes| {
            owner.try_set(Some(yes));
        });
        // Let go when this service's pages go.
        StoredValue::new_local(lock);
    }
    Effect::new(move |_| {
        let Some(draft) = flow_handle.with_value(|flow| journey.with(|j| j.draft(flow))) else {
            return;
        };
        match owner.get() {
            Some(true) => {
                tell(|s| s.other_tab, false);
                if !store.set(&key, &draft) {
                    // Said once, at the top: the guide goes on, but nothing is kept.
                    tell(|s| s.not_saved, true);
                }
            }
            Some(false) => tell(|s| s.other_tab, true),
            None => {}
        }
    });
    // Answers in progress hold back a new version that another tab asks for (platform::sw).
    let busy = crate::platform::sw::Busy::new();
    Effect::new(move |_| busy.set(journey.with(Journey::busy)));
    on_cleanup(move || busy.set(false));
    // Asked again for an answer that was not kept (an ID number): say why, at the top.
    Effect::new(move |_| tell(|s| s.asked_again, journey.with(Journey::asked_again)));
    // What the status line says of this service's draft goes with its pages.
    on_cleanup(move || {
        tell(|s| s.other_tab, false);
        tell(|s| s.asked_again, false);
    });

    // Where the person is, on the guide's element, for `waymark.js` to tell the host page
    // (`waymark-step`, and `waymark-finish` on the result): the page, and on the result the
    // outcome and what a shared link carries (choices, numbers, dates; never an ID number or
    // free text), which the host gets only if it opted in.
    if let Some(host) = host {
        let service = flow.id.clone();
        let page = Memo::new(move |_| flow_handle.with_value(|flow| journey.with(|j| j.page_name(flow))));
        Effect::new(move |_| {
            let Some(page) = page.get() else { return };
            let outcome = flow_handle.with_value(|flow| {
                journey.with_untracked(|j| match (j.page(flow), j.session()) {
                    (Page::Result(o), Some(s)) => (
                        o.id,
                        // The answers only for a host that asked for them.
                        if host.share_answers {
                            waymark_engine::share::to_fragment(flow, s)
                        } else {
                            String::new()
                        },
                    ),
                    _ => Default::default(),
                })
            });
            host.el.with_value(|el| {
                crate::platform::host::show_step(el, &service, &page, &outcome.0, &outcome.1)
            });
        });
    }

    // Send the person's action to the journey; drafts wiped by 重新开始 leave the device.
    let act = move |action: Action<'_>| -> Result<(), AnswerError> {
        let mut result = Ok(());
        flow_handle.with_value(|flow| journey.update(|j| result = j.act(flow, action)));
        for id in journey.try_update_untracked(Journey::take_forgotten).unwrap_or_default() {
            store.remove(&draft_key(&id));
        }
        result
    };
    let on = move |action: Action<'static>| Callback::new(move |()| drop(act(action)));
    let moves = Memo::new(move |_| journey.with(Journey::moves));
    let restart = Callback::new(move |()| {
        // A new version waiting takes over now (the page reloads).
        crate::platform::sw::apply_update();
        drop(act(Action::Restart));
    });

    move || {
        let _ = moves.get();
        let (flow, words, prefix) = (flow.clone(), words.clone(), prefix.clone());
        let page = journey.with_untracked(|j| j.page(&flow));
        match page {
            Page::Loading | Page::Home { .. } => loading(&words),
            Page::Intro { back } => view! {
                <IntroPage service=flow.id.clone() words=words prefix=prefix questions=questions
                    materials=may_need.clone() heading=heading on_start=on(Action::Start)
                    on_back=back.then(|| on(Action::Back)) />
            }
            .into_any(),
            Page::Resume { dropped } => view! {
                <ResumePage words=words heading=heading dropped=dropped
                    on_resume=on(Action::Resume) on_restart=on(Action::Afresh) />
            }
            .into_any(),
            Page::Question { question, progress, back } => {
                let initial = journey.with_untracked(|j| {
                    j.session().and_then(|s| s.answer_to(question.id())).map(|a| a.as_input()).unwrap_or_default()
                });
                view! {
                    <QuestionPage question=question service=flow.id.clone() words=words prefix=prefix
                        progress=progress show_back=back initial=initial today=today_text.clone()
                        heading=heading
                        on_submit=move |input: String| act(Action::Answer(&input))
                        on_back=on(Action::Back) />
                }
                .into_any()
            }
            Page::Check => {
                let rows = journey.with_untracked(|j| {
                    j.session().map_or_else(Vec::new, |s| {
                        s.answered_path(&flow)
                            .into_iter()
                            .map(|(q, a)| Row {
                                id: q.id().to_string(),
                                question: words.t(&waymark_engine::message::question(&flow.id, q.id())),
                                answer: answer_words(&words, &flow.id, q, a),
                            })
                            .collect()
                    })
                });
                view! {
                    <CheckPage rows=rows words=words heading=heading
                        on_change=move |id: String| drop(act(Action::Change(&id)))
                        on_confirm=on(Action::Confirm) on_back=on(Action::Back) />
                }
                .into_any()
            }
            Page::Result(outcome) => {
                let next = journey.with_untracked(|j| {
                    j.after().map(|after| {
                        let label = match after {
                            Some(id) => {
                                let at = j.services().iter().position(|s| s == id);
                                let title = at.and_then(|i| j.titles().get(i)).cloned().unwrap_or_else(|| id.to_string());
                                words.t_args("next-service", &[("service", Arg::Text(title))])
                            }
                            None => words.t("merged-show"),
                        };
                        (label, on(Action::NextService))
                    })
                });
                // The same result on a phone: the answers (never an ID number or free text) in
                // the fragment of a link to the standalone page.
                let fragment = journey.with_untracked(|j| {
                    j.session().map(|s| waymark_engine::share::to_fragment(&flow, s)).unwrap_or_default()
                });
                let link = dom::absolute_url(&format!("{base}#{fragment}"));
                let qr_module = format!("{base}qr/waymark_qr.js");
                view! {
                    <ResultPage link=link qr_module=qr_module prefix=prefix region=region.clone()
                        outcome=outcome service=flow.id.clone() words=words heading=heading
                        date=today_text.1.clone() next=next
                        on_back=on(Action::Back) on_restart=restart />
                }
                .into_any()
            }
            Page::Merged => {
                let (titles, done) = journey.with_untracked(|j| (j.titles().to_vec(), j.done()));
                let merged = waymark_engine::merge::merge(&done.iter().collect::<Vec<_>>());
                view! {
                    <MergedPage titles=titles merged=merged words=words region=region.clone()
                        prefix=prefix heading=heading on_back=on(Action::Back) on_restart=restart />
                }
                .into_any()
            }
        }
    }
}

/// The loading line, in the words on screen.
pub fn loading(words: &Words) -> AnyView {
    view! { <p class="wm-loading" role="status">{words.t("loading")}</p> }.into_any()
}
