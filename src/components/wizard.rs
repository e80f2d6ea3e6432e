//! The wizard: one session, one page at a time, focus on the new page's heading.

use crate::components::check::{answer_words, CheckPage, Row};
use crate::components::intro::IntroPage;
use crate::components::question::QuestionPage;
use crate::components::result::ResultPage;
use crate::components::resume::ResumePage;
use crate::components::{heading_focus, next_id_prefix};
use crate::content::Content;
use crate::platform::dom;
use crate::platform::storage;
use leptos::prelude::*;
use waymark_engine::{DraftError, Flow, OutcomeView, Session, Step};

/// Walks one person through one service.
#[component]
pub fn Wizard(
    /// The compiled service and its words.
    content: Content,
    /// Open on the service intro (what it is, what you may need, 开始) rather than the
    /// first question; Back on the first question returns to it.
    #[prop(optional)]
    intro: bool,
    /// Focus the first page's heading: the person got here by moving from another page of
    /// this guide (on first load focus stays put, so an embedded guide never steals it).
    #[prop(optional)]
    focus_first: bool,
    /// Take up a saved draft without offering 继续上次 / 重新开始 (the person came back to
    /// this service from the next one).
    #[prop(optional)]
    resume_quietly: bool,
    /// Back from the intro: to wherever the person chose this service.
    #[prop(optional_no_strip)]
    on_leave: Option<Callback<()>>,
    /// What comes after this service's result, when the person chose several: the button's
    /// words, and what it does with this result.
    #[prop(optional_no_strip)]
    next: Option<(String, Callback<OutcomeView>)>,
    /// 重新开始 on the result: besides forgetting the answers, go back to the start of the
    /// whole guide (the life events).
    #[prop(optional_no_strip)]
    on_start_over: Option<Callback<()>>,
    /// A shared result's URL fragment (`result=<service>&<answers>`): open on that result,
    /// and keep nothing on this device (it is someone's result, not this person's draft).
    #[prop(optional_no_strip)]
    shared: Option<String>,
) -> impl IntoView {
    let Content { flow, words, region } = content;
    let prefix = next_id_prefix();
    let today = dom::today();
    let mut start = Session::new(&flow);
    start.set_today(&flow, today);
    // A draft saved on this device is offered back (继续上次 / 重新开始). One that cannot be
    // read is set aside under another key (bounded and dated), for diagnosis, never crashed
    // on; one too old is forgotten (as the guide's sweep forgets old ones of every service, and
    // old set-aside copies); one a newer version wrote is left alone.
    let store = storage::Store::here();
    let keep_days =
        use_context::<crate::Host>().map_or(waymark_engine::session::DRAFT_KEEP_DAYS, |h| h.keep_days);
    let status = use_context::<crate::components::guide::Status>();
    let tell = move |what: fn(&crate::components::guide::Status) -> RwSignal<bool>, on: bool| {
        if let Some(status) = status {
            what(&status).try_set(on);
        }
    };
    let draft_key = format!("waymark:draft:{}", flow.id);
    let aside_key = format!("{draft_key}:set-aside");
    let mut offer = false;
    // How many saved answers no longer fit the service (its content changed since).
    let mut dropped = 0;
    // Questions answered before whose answers were not kept (ID numbers, free text).
    let mut withheld = Vec::new();
    let mut keep_drafts = shared.is_none();
    if let Some(fragment) = &shared {
        start = waymark_engine::share::from_fragment(&flow, fragment, Some(today));
    } else if let Some(saved) = store.get(&draft_key) {
        match Session::restore(&flow, &saved, Some(today), Some(keep_days)) {
            Ok(restored) => {
                dropped = restored.dropped;
                withheld = restored.withheld;
                offer = !resume_quietly && !restored.session.answers().is_empty();
                start = restored.session;
                // Coming back from the next service: this one was finished, show its result.
                if resume_quietly && matches!(start.step(&flow), Step::Check) {
                    start.confirm();
                }
            }
            Err(DraftError::Expired) => store.remove(&draft_key),
            Err(DraftError::Newer(_)) => {
                // Written by a newer version (another tab, or after an update): this older
                // guide goes on without keeping anything, and says so.
                keep_drafts = false;
                tell(|s| s.newer_draft, true);
            }
            Err(_) => {
                // The only copy goes only once the set-aside one is kept (storage may be full).
                if store.set(&aside_key, &waymark_engine::session::set_aside(&saved, today)) {
                    store.remove(&draft_key);
                } else {
                    keep_drafts = false;
                    tell(|s| s.not_saved, true);
                }
            }
        }
    }
    let session = RwSignal::new(start);
    let offering = RwSignal::new(offer);
    // The intro shows first, unless a draft is offered back or the person has begun.
    // Shown again in another language or in elder mode (`resume_quietly`), it stays where it
    // was: on the intro only if the person had not pressed 开始 yet.
    let on_intro = use_context::<crate::components::guide::OnIntro>();
    let was_on_intro = on_intro.is_none_or(|o| o.0.get_value());
    let introducing = RwSignal::new(
        intro
            && !offer
            && shared.is_none()
            && session.with_untracked(|s| s.answers().is_empty())
            && (!resume_quietly || was_on_intro),
    );
    if let Some(on_intro) = on_intro {
        Effect::new(move |_| on_intro.0.set_value(introducing.get()));
    }
    let (questions, may_need) = (
        session.with_untracked(|s| s.progress(&flow).map_or(0, |p| p.total)),
        waymark_engine::merge::possible_materials(&flow),
    );
    let (year, month, day) = waymark_engine::dates::civil_from_days(today);
    let today_text = (year, format!("{year:04}-{month:02}-{day:02}"));
    // How many times the person has moved between pages: focus follows each move.
    let (heading, moves) = heading_focus(focus_first);
    // A copyable handle on the flow, so every button's closure can act on the session.
    let flow_handle = StoredValue::new(flow.clone());
    // Keep the draft after every change (the device's storage; blocked or full: not kept),
    // when this tab is the one writing it: a second tab on the same service is told and keeps
    // its answers on screen only, until the first one closes. (A kiosk's storage is its own
    // tab's: no lock needed.)
    if keep_drafts {
        let owner = RwSignal::new(None::<bool>);
        let kiosk = use_context::<crate::Host>().is_some_and(|h| h.mode == crate::Mode::Kiosk);
        if kiosk {
            owner.set(Some(true));
        } else {
            let base = use_context::<crate::components::guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);
            let lock = storage::lock_draft(&base, &draft_key, move |yes| {
                owner.try_set(Some(yes));
            });
            // Let go when this service's page goes.
            StoredValue::new_local(lock);
        }
        Effect::new(move |_| {
            let draft = flow_handle.with_value(|flow| session.with(|s| s.to_draft(flow)));
            match owner.get() {
                Some(true) => {
                    tell(|s| s.other_tab, false);
                    if !store.set(&draft_key, &draft) {
                        // Said once, at the top: the guide goes on, but nothing is kept.
                        tell(|s| s.not_saved, true);
                    }
                }
                Some(false) => tell(|s| s.other_tab, true),
                None => {}
            }
        });
    }
    // Answers in progress hold back a new version that another tab asks for (platform::sw).
    let busy = crate::platform::sw::Busy::new();
    Effect::new(move |_| busy.set(session.with(|s| !s.answers().is_empty())));
    on_cleanup(move || busy.set(false));
    let act = move |f: &dyn Fn(&mut Session, &Flow)| {
        flow_handle.with_value(|flow| session.update(|s| f(s, flow)));
        moves.update(|m| *m += 1);
    };
    // The page shown changes only when the step changes (a question, the check page, the
    // result), not when an answer is rejected.
    let page = Memo::new(move |_| {
        if offering.get() {
            return "resume".to_string();
        }
        if introducing.get() {
            return "intro".to_string();
        }
        flow_handle.with_value(|flow| {
            session.with(|s| match s.step(flow) {
                Step::Question(q) => q.id().to_string(),
                Step::Check => "check".to_string(),
                Step::Outcome(_) => "outcome".to_string(),
            })
        })
    });

    // What the status line says of this service's draft goes with its pages.
    on_cleanup(move || {
        tell(|s| s.other_tab, false);
        tell(|s| s.asked_again, false);
    });
    // Asked again for an answer that was not kept (an ID number): say why, at the top.
    if !withheld.is_empty() {
        Effect::new(move |_| {
            let page = page.get();
            tell(|s| s.asked_again, withheld.contains(&page));
        });
    }

    // Where the person is, on the guide's element, for `waymark.js` to tell the host page
    // (`waymark-step`, and `waymark-finish` on the result): the page, and on the result the
    // outcome and what a shared link carries (choices, numbers, dates; never an ID number or
    // free text), which the host gets only if it opted in.
    if let Some(host) = use_context::<crate::Host>() {
        let service = flow.id.clone();
        Effect::new(move |_| {
            let page = page.get();
            let outcome = flow_handle.with_value(|flow| {
                session.with_untracked(|s| match s.step(flow) {
                    Step::Outcome(o) => (
                        o.id.clone(),
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

    move || {
        let _ = page.get();
        let (flow, words, prefix) = (flow.clone(), words.clone(), prefix.clone());
        let back = move || {
            if intro && flow_handle.with_value(|flow| session.with_untracked(|s| s.is_first(flow))) {
                introducing.set(true);
                moves.update(|m| *m += 1);
            } else {
                act(&|s, flow| {
                    s.back(flow);
                })
            }
        };
        if introducing.get_untracked() {
            return view! {
                <IntroPage
                    service=flow.id.clone()
                    words=words
                    prefix=prefix
                    questions=questions
                    materials=may_need.clone()
                    heading=heading
                    on_start=move || {
                        introducing.set(false);
                        moves.update(|m| *m += 1);
                    }
                    on_back=on_leave
                />
            }
            .into_any();
        }
        if offering.get_untracked() {
            let answer = move || {
                offering.set(false);
                moves.update(|m| *m += 1);
            };
            return view! {
                <ResumePage
                    words=words
                    heading=heading
                    dropped=dropped
                    on_resume=answer
                    on_restart=move || {
                        act(&|s, flow| s.restart(flow));
                        answer();
                    }
                />
            }
            .into_any();
        }
        let (step, progress, first) =
            session.with_untracked(|s| (s.step(&flow), s.progress(&flow), s.is_first(&flow)));
        match step {
            Step::Question(q) => {
                let initial =
                    session.with_untracked(|s| s.answer_to(q.id()).map(|a| a.as_input()).unwrap_or_default());
                view! {
                    <QuestionPage
                        question=q.clone()
                        service=flow.id.clone()
                        words=words
                        prefix=prefix
                        progress=progress
                        show_back=!first || intro
                        initial=initial
                        today=today_text.clone()
                        heading=heading
                        on_submit=move |input: String| {
                            let mut result = Ok(());
                            flow_handle.with_value(|flow| {
                                session.update(|s| result = s.answer(flow, &input).and_then(|_| s.next(flow)));
                            });
                            if result.is_ok() {
                                moves.update(|m| *m += 1);
                            }
                            result
                        }
                        on_back=back
                    />
                }
                .into_any()
            }
            Step::Check => {
                let rows = session.with_untracked(|s| {
                    s.answered_path(&flow)
                        .into_iter()
                        .map(|(q, a)| Row {
                            id: q.id().to_string(),
                            question: words.t(&format!("{}-{}", flow.id, q.id())),
                            answer: answer_words(&words, &flow.id, q, a),
                        })
                        .collect()
                });
                view! {
                    <CheckPage
                        rows=rows
                        words=words
                        heading=heading
                        on_change=move |id: String| act(&|s, flow| {
                            s.change(flow, &id);
                        })
                        on_confirm=move || act(&|s, _| {
                            s.confirm();
                        })
                        on_back=back
                    />
                }
                .into_any()
            }
            Step::Outcome(outcome) => {
                let next = next.clone().map(|(label, go)| {
                    let outcome = outcome.clone();
                    (label, Callback::new(move |()| go.run(outcome.clone())))
                });
                // The same result on a phone: the answers (never an ID number or free text) in
                // the fragment of a link to the standalone page.
                let base =
                    use_context::<crate::components::guide::Base>().map_or_else(|| "./".to_string(), |b| b.0);
                let fragment = session.with_untracked(|s| waymark_engine::share::to_fragment(&flow, s));
                let link = dom::absolute_url(&format!("{base}#{fragment}"));
                let qr_module = format!("{base}qr/waymark_qr.js");
                view! {
                    <ResultPage
                        link=link
                        qr_module=qr_module
                        prefix=prefix
                        region=region.clone()
                        outcome=outcome
                        service=flow.id.clone()
                        words=words
                        heading=heading
                        date=today_text.1.clone()
                        next=next
                        on_back=back
                        on_restart=move || {
                            // A new version waiting takes over now (the page reloads).
                            crate::platform::sw::apply_update();
                            act(&|s, flow| s.restart(flow));
                            if let Some(home) = on_start_over {
                                home.run(());
                            } else if intro {
                                introducing.set(true);
                            }
                        }
                    />
                }
                .into_any()
            }
        }
    }
}
