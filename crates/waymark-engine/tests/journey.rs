//! The journey through a whole guide (`waymark_engine::journey`): every transition between the
//! pages a person can stand on — home, intro, resume, question, check, result, merged list —
//! with the real content, natively. (The per-service journeys table, with Back replayed on
//! every page, is in `journeys.rs`.)

use waymark_engine::dates::parse_date;
use waymark_engine::journey::{draft_key, set_aside_key, stale_drafts};
use waymark_engine::merge::{home_flow, life_event_index, HOME};
use waymark_engine::{Action, AnswerError, At, Catalog, DraftNote, Flow, Found, Journey, Page, Region, Session};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public");

fn read(rel: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{rel}")).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn catalog() -> Catalog {
    Catalog::from_json(&read("catalog.json")).expect("catalog loads")
}

fn load(service: &str) -> Flow {
    let catalog = catalog();
    let region = Region::from_json(&read("regions/demo-county.json"), &catalog).expect("region");
    let mut flow = Flow::from_json(&read(&format!("services/{service}.json")), &catalog).expect("compiles");
    flow.bind_region(&region).expect("bound");
    flow
}

/// The home flow and its index, as the build writes them (`waymark index`).
fn home() -> (Flow, Vec<Vec<String>>) {
    let catalog = catalog();
    let services: Vec<(String, Vec<String>)> = std::fs::read_dir(format!("{ROOT}/services"))
        .expect("services")
        .filter_map(|e| {
            let path = e.expect("entry").path();
            (path.extension()? == "json").then(|| {
                let id = path.file_stem().expect("name").to_string_lossy().into_owned();
                let flow = load(&id);
                (flow.id.clone(), flow.life_events.clone())
            })
        })
        .collect();
    let index = life_event_index(&catalog, &services);
    (home_flow(&catalog, &index).expect("home flow"), index)
}

fn today() -> i64 {
    parse_date("2026-11-22").expect("date")
}

fn found() -> Found<'static> {
    Found {
        draft: None,
        today: today(),
        keep_days: 7,
    }
}

/// A short name for the page on screen, to compare with.
fn name(j: &Journey, flow: &Flow) -> String {
    match j.page(flow) {
        Page::Loading => "loading".into(),
        Page::Home { question, .. } => format!("home:{}", question.id()),
        Page::Intro { .. } => "intro".into(),
        Page::Resume { .. } => "resume".into(),
        Page::Question { question, .. } => format!("q:{}", question.id()),
        Page::Check => "check".into(),
        Page::Result(o) => format!("result:{}", o.id),
        Page::Merged => "merged".into(),
    }
}

/// Do `action` and expect to land on `page`, moving (focus follows) exactly once.
fn go(j: &mut Journey, flow: &Flow, action: Action, page: &str) {
    let moves = j.moves();
    j.act(flow, action).unwrap_or_else(|e| panic!("{action:?}: {e:?}"));
    assert_eq!(name(j, flow), page, "after {action:?}");
    assert_eq!(j.moves(), moves + 1, "{action:?} is one move");
}

/// Do `action` and expect nothing to change.
fn stay(j: &mut Journey, flow: &Flow, action: Action) {
    let before = j.clone();
    let _ = j.act(flow, action);
    assert_eq!(*j, before, "{action:?} changes nothing on {}", name(&before, flow));
}

/// A new journey through `flow`'s service, opened with nothing found, past its intro.
fn started(flow: &Flow) -> Journey {
    let mut j = Journey::service(&flow.id, true);
    j.open(flow, &[], found());
    j.act(flow, Action::Start).expect("start");
    j
}

/// Walk dibao to its eligible result.
fn dibao_to_result(j: &mut Journey, flow: &Flow) {
    for (q, a) in [("hukou", "local"), ("people", "3"), ("income", "1500"), ("property", "no")] {
        assert_eq!(name(j, flow), format!("q:{q}"));
        j.act(flow, Action::Answer(a)).expect("accepted");
    }
    go(j, flow, Action::Answer("no"), "check");
    go(j, flow, Action::Confirm, "result:eligible");
}

#[test]
fn one_service_intro_questions_check_result_and_back_through_them() {
    let flow = load("dibao");
    let mut j = Journey::service("dibao", true);
    assert_eq!(name(&j, &flow), "loading", "nothing before its content is opened");
    assert_eq!(j.open(&flow, &[], found()), DraftNote::Nothing);
    assert_eq!(name(&j, &flow), "intro");
    assert!(matches!(j.page(&flow), Page::Intro { back: false }), "opened on the service: no Back from its intro");
    stay(&mut j, &flow, Action::Back);
    stay(&mut j, &flow, Action::Answer("local"));
    go(&mut j, &flow, Action::Start, "q:hukou");
    assert!(matches!(j.page(&flow), Page::Question { back: true, .. }), "Back from the first question: to the intro");
    go(&mut j, &flow, Action::Back, "intro");
    go(&mut j, &flow, Action::Start, "q:hukou");
    // A rejected answer: the error, and the page stays.
    let moves = j.moves();
    assert_eq!(j.act(&flow, Action::Answer("")), Err(AnswerError::Required));
    assert_eq!((name(&j, &flow), j.moves()), ("q:hukou".into(), moves));
    dibao_to_result(&mut j, &flow);
    stay(&mut j, &flow, Action::NextService);
    assert_eq!(j.after(), None, "one service: no next-service button");
    // Back from the result: the check page, then the last question, answers kept.
    go(&mut j, &flow, Action::Back, "check");
    go(&mut j, &flow, Action::Change("income"), "q:income");
    go(&mut j, &flow, Action::Answer("9000"), "check");
    go(&mut j, &flow, Action::Confirm, "result:not-eligible");
    // 重新开始: answers gone, back to the intro; its stored draft is to be forgotten.
    go(&mut j, &flow, Action::Restart, "intro");
    assert_eq!(j.take_forgotten(), vec!["dibao".to_string()]);
    assert!(j.session().is_some_and(|s| s.answers().is_empty()));
}

#[test]
fn without_an_intro_the_first_question_has_no_back() {
    let flow = load("dibao");
    let mut j = Journey::service("dibao", false);
    j.open(&flow, &[], found());
    assert!(matches!(j.page(&flow), Page::Question { back: false, .. }));
    stay(&mut j, &flow, Action::Back);
}

#[test]
fn home_then_two_services_then_one_merged_list_and_back_through_all() {
    let (home_flow, index) = home();
    let (dibao, linshi) = (load("dibao"), load("linshi-jiuzhu"));
    let mut j = Journey::home();
    assert_eq!(j.needs(), Some(HOME));
    j.open(&home_flow, &index, found());
    assert_eq!(name(&j, &home_flow), "home:event");
    assert!(matches!(j.page(&home_flow), Page::Home { back: false, .. }));
    go(&mut j, &home_flow, Action::Answer("hardship"), "home:e_hardship");
    go(&mut j, &home_flow, Action::Back, "home:event");
    go(&mut j, &home_flow, Action::Answer("hardship"), "home:e_hardship");
    assert_eq!(
        j.act(&home_flow, Action::Answer("")),
        Err(AnswerError::Required),
        "at least one service"
    );
    let moves = j.moves();
    j.act(&home_flow, Action::Answer("dibao,linshi-jiuzhu")).expect("chosen");
    assert_eq!((j.at(), j.moves()), (At::Service(0), moves + 1));
    assert_eq!(j.services(), ["dibao", "linshi-jiuzhu"]);
    assert_eq!(j.needs(), Some("dibao"));
    // The home flow is no longer the place's: it is ignored.
    assert_eq!(name(&j, &home_flow), "loading");
    stay(&mut j, &home_flow, Action::Back);
    j.open(&dibao, &[], found());
    assert!(matches!(j.page(&dibao), Page::Intro { back: true }));
    // Back from the first intro: the last home question, its answers kept.
    go(&mut j, &dibao, Action::Back, "loading");
    assert_eq!(j.at(), At::Home);
    j.open(&home_flow, &index, found());
    assert_eq!(name(&j, &home_flow), "home:e_hardship");
    j.act(&home_flow, Action::Answer("dibao,linshi-jiuzhu")).expect("chosen again");
    j.open(&dibao, &[], found());
    j.set_titles(vec!["低保".into(), "临时救助".into()]);
    go(&mut j, &dibao, Action::Start, "q:hukou");
    dibao_to_result(&mut j, &dibao);
    assert_eq!(j.after(), Some(Some("linshi-jiuzhu")));
    go(&mut j, &dibao, Action::NextService, "loading");
    assert_eq!((j.at(), j.needs()), (At::Service(1), Some("linshi-jiuzhu")));
    assert_eq!(j.done().len(), 1);
    assert_eq!(j.done()[0].id, "eligible");
    j.open(&linshi, &[], found());
    assert!(matches!(j.page(&linshi), Page::Intro { back: true }));
    // Back from the second intro: the first service's result, as it was.
    go(&mut j, &linshi, Action::Back, "loading");
    assert_eq!(name(&j, &dibao), "result:eligible");
    assert_eq!(j.done().len(), 0);
    go(&mut j, &dibao, Action::NextService, "loading");
    assert_eq!(name(&j, &linshi), "intro", "the second service as it was left");
    go(&mut j, &linshi, Action::Start, "q:residence");
    // Walk the second service to any result, answering whatever it asks with its first option.
    let mut guard = 0;
    while name(&j, &linshi).starts_with("q:") {
        guard += 1;
        assert!(guard < 20, "linshi-jiuzhu never ends");
        let Page::Question { question, .. } = j.page(&linshi) else { unreachable!() };
        let input = first_answer(&question);
        j.act(&linshi, Action::Answer(&input)).expect("accepted");
    }
    let result = name_after_confirm(&j, &linshi);
    go(&mut j, &linshi, Action::Confirm, &result);
    assert_eq!(j.after(), Some(None), "the last service: on to the merged list");
    go(&mut j, &linshi, Action::NextService, "merged");
    assert_eq!(j.done().len(), 2);
    assert_eq!(j.titles(), ["低保", "临时救助"]);
    // Back from the merged list: the last result; and on again.
    go(&mut j, &linshi, Action::Back, &result);
    go(&mut j, &linshi, Action::NextService, "merged");
    // 重新开始 from the merged list: the life events, nothing kept, both drafts forgotten.
    j.act(&linshi, Action::Restart).expect("restart");
    assert_eq!(j.at(), At::Home);
    assert_eq!(j.take_forgotten(), vec!["dibao".to_string(), "linshi-jiuzhu".to_string()]);
    j.open(&home_flow, &index, found());
    assert_eq!(name(&j, &home_flow), "home:event");
    assert!(j.services().is_empty() && j.done().is_empty());
}

#[test]
fn restart_on_a_result_after_choosing_at_home_goes_back_to_the_life_events() {
    let (home_flow, index) = home();
    let dibao = load("dibao");
    let mut j = Journey::home();
    j.open(&home_flow, &index, found());
    j.act(&home_flow, Action::Answer("hardship")).expect("event");
    j.act(&home_flow, Action::Answer("dibao")).expect("one service");
    j.open(&dibao, &[], found());
    go(&mut j, &dibao, Action::Start, "q:hukou");
    dibao_to_result(&mut j, &dibao);
    assert_eq!(j.after(), None, "one service chosen: no next-service button");
    j.act(&dibao, Action::Restart).expect("restart");
    assert_eq!(j.at(), At::Home);
    assert_eq!(j.take_forgotten(), vec!["dibao".to_string()]);
    j.open(&home_flow, &index, found());
    assert_eq!(name(&j, &home_flow), "home:event");
}

/// A life event with one service goes straight to it.
#[test]
fn a_life_event_with_one_service_opens_it() {
    let (home_flow, index) = home();
    let mut j = Journey::home();
    j.open(&home_flow, &index, found());
    j.act(&home_flow, Action::Answer("farming")).expect("event");
    assert_eq!((j.at(), j.services()), (At::Service(0), &["gengdi-butie".to_string()][..]));
}

fn first_answer(q: &waymark_engine::model::Question) -> String {
    use waymark_engine::model::Question as Q;
    match q {
        Q::Choice { options, .. } | Q::MultiChoice { options, .. } => options[0].id.clone(),
        Q::YesNo { .. } => "yes".into(),
        Q::Number { .. } => "1".into(),
        _ => panic!("no first answer for {}", q.id()),
    }
}

fn name_after_confirm(j: &Journey, flow: &Flow) -> String {
    let mut probe = j.clone();
    if name(&probe, flow) == "check" {
        probe.act(flow, Action::Confirm).expect("confirm");
    }
    name(&probe, flow)
}

#[test]
fn a_draft_is_offered_back_and_taken_up_or_started_afresh() {
    let flow = load("dibao");
    let mut first = started(&flow);
    first.act(&flow, Action::Answer("local")).expect("hukou");
    first.act(&flow, Action::Answer("3")).expect("people");
    let draft = first.draft(&flow).expect("kept");
    assert!(draft.contains("\"people\""));

    let mut j = Journey::service("dibao", true);
    let note = j.open(&flow, &[], Found { draft: Some(&draft), ..found() });
    assert_eq!(note, DraftNote::Nothing);
    assert!(matches!(j.page(&flow), Page::Resume { dropped: 0 }));
    stay(&mut j, &flow, Action::Back);
    let mut afresh = j.clone();
    go(&mut j, &flow, Action::Resume, "q:income");
    go(&mut afresh, &flow, Action::Afresh, "q:hukou");
    assert!(afresh.session().is_some_and(|s| s.answers().is_empty()));
    // Opened again (the language changed, its content loaded again): nothing moves.
    let before = j.clone();
    assert_eq!(j.open(&flow, &[], Found { draft: Some(&draft), ..found() }), DraftNote::Nothing);
    assert_eq!(j, before);
    // A draft with no answers left: the intro.
    let empty = Session::new(&flow).to_draft(&flow);
    let mut j = Journey::service("dibao", true);
    j.open(&flow, &[], Found { draft: Some(&empty), ..found() });
    assert_eq!(name(&j, &flow), "intro");
}

#[test]
fn old_newer_and_unreadable_drafts_are_forgotten_left_alone_or_set_aside() {
    let flow = load("dibao");
    let mut s = Session::new(&flow);
    s.set_today(&flow, today() - 30);
    s.answer(&flow, "local").expect("answer");
    let old = s.to_draft(&flow);
    let mut j = Journey::service("dibao", true);
    assert_eq!(j.open(&flow, &[], Found { draft: Some(&old), ..found() }), DraftNote::Forget);
    assert_eq!(name(&j, &flow), "intro");
    assert!(j.draft(&flow).is_some(), "a fresh draft replaces it");

    let newer = r#"{"format":99,"whatever":true}"#;
    let mut j = Journey::service("dibao", true);
    assert_eq!(j.open(&flow, &[], Found { draft: Some(newer), ..found() }), DraftNote::Newer);
    assert_eq!(j.draft(&flow), None, "never overwritten by an older version");

    let mut j = Journey::service("dibao", true);
    let DraftNote::SetAside(copy) = j.open(&flow, &[], Found { draft: Some("{not json"), ..found() }) else {
        panic!("an unreadable draft is set aside");
    };
    assert_eq!(copy, format!("{}\n{{not json", today()));
    assert!(j.draft(&flow).is_some());
    j.not_kept();
    assert_eq!(j.draft(&flow), None, "storage refused: nothing more is kept");
    assert_eq!(set_aside_key("dibao"), format!("{}:set-aside", draft_key("dibao")));
}

#[test]
fn a_shared_result_opens_on_the_result_and_keeps_nothing() {
    let flow = load("dibao");
    let mut walked = started(&flow);
    dibao_to_result(&mut walked, &flow);
    let fragment = waymark_engine::share::to_fragment(&flow, walked.session().expect("session"));
    let mut j = Journey::shared("dibao", &fragment);
    j.open(&flow, &[], found());
    assert_eq!(name(&j, &flow), "result:eligible");
    assert_eq!(j.draft(&flow), None);
    go(&mut j, &flow, Action::Back, "check");
}

#[test]
fn an_answer_not_kept_is_asked_again_saying_why() {
    let catalog = Catalog::from_json(r#"{"materials":[],"offices":[]}"#).expect("catalog");
    let flow = Flow::from_json(
        r#"{"id":"demo","questions":[{"id_number":{"id":"who"}},{"yes_no":{"id":"ok"}}],"outcomes":[{"id":"done"}]}"#,
        &catalog,
    )
    .expect("flow");
    let mut first = started(&flow);
    first.act(&flow, Action::Answer("11010519491231002X")).expect("id");
    first.act(&flow, Action::Answer("yes")).expect("ok");
    let draft = first.draft(&flow).expect("kept");
    assert!(!draft.contains("11010519491231002X"), "an ID number never goes to storage");
    let mut j = Journey::service("demo", true);
    j.open(&flow, &[], Found { draft: Some(&draft), ..found() });
    assert!(!j.asked_again(), "not on the resume page");
    go(&mut j, &flow, Action::Resume, "q:who");
    assert!(j.asked_again());
    j.act(&flow, Action::Answer("11010519491231002X")).expect("id");
    assert!(!j.asked_again());
    assert!(j.busy());
}

#[test]
fn stale_drafts_and_set_aside_copies_are_swept() {
    let flow = load("dibao");
    let mut s = Session::new(&flow);
    s.set_today(&flow, today() - 8);
    let old = s.to_draft(&flow);
    s.set_today(&flow, today() - 2);
    let fresh = s.to_draft(&flow);
    let aside_old = format!("{}\nbroken", today() - 9);
    let aside_new = format!("{}\nbroken", today());
    let entries = [
        ("waymark:draft:dibao", old.as_str()),
        ("waymark:draft:yibao", fresh.as_str()),
        ("waymark:draft:dibao:set-aside", aside_old.as_str()),
        ("waymark:draft:yibao:set-aside", aside_new.as_str()),
        ("waymark:lang", "zh-CN"),
        ("waymark:draft:gengdi-butie", r#"{"format":99}"#),
    ];
    assert_eq!(
        stale_drafts(entries, today(), 7),
        vec!["waymark:draft:dibao".to_string(), "waymark:draft:dibao:set-aside".to_string()]
    );
}
