//! Session behaviour beyond the journeys: back keeps answers, pruning, progress, input errors.

use waymark_engine::dates::parse_date;
use waymark_engine::{AnswerError, AnswerValue, Catalog, DraftError, Flow, Progress, Region, Session, Step};

fn load(service: &str) -> Flow {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public");
    let read = |p: String| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let catalog = Catalog::from_json(&read(format!("{root}/catalog.json"))).expect("catalog loads");
    let region =
        Region::from_json(&read(format!("{root}/regions/demo-county.json")), &catalog).expect("region");
    let mut flow =
        Flow::from_json(&read(format!("{root}/services/{service}.json")), &catalog).expect("compiles");
    flow.bind_region(&region).expect("region has every parameter");
    flow
}

fn dibao() -> Flow {
    load("dibao")
}

fn current(s: &Session, flow: &Flow) -> String {
    match s.step(flow) {
        Step::Question(q) => q.id().to_string(),
        Step::Check => "check".to_string(),
        Step::Outcome(o) => format!("outcome:{}", o.id),
    }
}

fn answer(s: &mut Session, flow: &Flow, input: &str) {
    s.answer(flow, input).expect("accepted");
    s.next(flow).expect("moves on");
}

#[test]
fn progress_counts_questions_that_may_still_be_asked() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    assert_eq!(s.progress(&flow), Some(Progress { step: 1, total: 5 }));
    answer(&mut s, &flow, "local");
    assert_eq!(s.progress(&flow), Some(Progress { step: 2, total: 5 }));
    s.back(&flow);
    s.answer(&flow, "elsewhere").expect("accepted");
    assert_eq!(s.progress(&flow), Some(Progress { step: 1, total: 1 }));
    s.next(&flow).expect("moves on");
    assert_eq!(s.progress(&flow), None);
    assert_eq!(current(&s, &flow), "check");
    assert!(s.confirm());
    assert_eq!(current(&s, &flow), "outcome:elsewhere");
}

#[test]
fn back_keeps_answers_and_next_needs_one() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    assert!(s.is_first(&flow));
    assert!(!s.back(&flow), "nothing before the first question");
    assert_eq!(s.next(&flow), Err(AnswerError::Required));
    answer(&mut s, &flow, "local");
    answer(&mut s, &flow, "3");
    assert_eq!(current(&s, &flow), "income");
    assert!(s.back(&flow));
    assert_eq!(current(&s, &flow), "people");
    assert_eq!(s.answer_to("people"), Some(&AnswerValue::Number(3.0)));
    assert!(s.back(&flow));
    assert_eq!(s.answer_to("hukou"), Some(&AnswerValue::Text("local".into())));
}

#[test]
fn answers_on_a_branch_no_longer_taken_are_pruned() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    for input in ["local", "3", "900", "no", "no"] {
        answer(&mut s, &flow, input);
    }
    assert_eq!(current(&s, &flow), "check");
    s.confirm();
    assert_eq!(current(&s, &flow), "outcome:eligible");
    while s.back(&flow) {}
    answer(&mut s, &flow, "elsewhere");
    s.confirm();
    assert_eq!(current(&s, &flow), "outcome:elsewhere");
    assert_eq!(s.answers().len(), 1, "only hukou is left: {:?}", s.answers());
    // From the outcome, back goes to the check page, then to the last question asked.
    assert!(s.back(&flow));
    assert_eq!(current(&s, &flow), "check");
    assert!(s.back(&flow));
    assert_eq!(current(&s, &flow), "hukou");
}

#[test]
fn a_change_from_the_check_page_returns_there_after_any_new_questions() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    for input in ["local", "3", "900", "no", "no"] {
        answer(&mut s, &flow, input);
    }
    assert_eq!(current(&s, &flow), "check");
    // A change that keeps the path: straight back to the check page.
    assert!(s.change(&flow, "people"));
    assert_eq!(current(&s, &flow), "people");
    answer(&mut s, &flow, "2");
    assert_eq!(current(&s, &flow), "check");
    // A change that ends the guide early drops the later answers, back to the check page.
    s.change(&flow, "hukou");
    answer(&mut s, &flow, "elsewhere");
    assert_eq!((current(&s, &flow).as_str(), s.answers().len()), ("check", 1));
    // A change that opens questions not answered yet asks them before the check page.
    s.change(&flow, "hukou");
    answer(&mut s, &flow, "local");
    assert_eq!(current(&s, &flow), "people");
    for input in ["2", "900", "no", "yes"] {
        answer(&mut s, &flow, input);
    }
    assert_eq!(current(&s, &flow), "check");
    assert!(!s.change(&flow, "nonsense"));
    // Never ahead of the first unanswered question (the property tests found this one).
    let mut fresh = Session::new(&flow);
    answer(&mut fresh, &flow, "local");
    assert!(!fresh.change(&flow, "income"), "people is not answered yet");
    assert!(fresh.change(&flow, "hukou"));
    assert!(s.confirm());
    assert_eq!(current(&s, &flow), "outcome:eligible");
}

#[test]
fn number_input_errors_are_specific() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    answer(&mut s, &flow, "local");
    assert_eq!(s.answer(&flow, ""), Err(AnswerError::Required));
    assert_eq!(s.answer(&flow, "   "), Err(AnswerError::Required));
    assert_eq!(s.answer(&flow, "三"), Err(AnswerError::NotANumber));
    assert_eq!(s.answer(&flow, "1e3"), Err(AnswerError::NotANumber));
    assert_eq!(s.answer(&flow, "2.5"), Err(AnswerError::NotWhole));
    assert_eq!(s.answer(&flow, "0"), Err(AnswerError::TooSmall(1.0)));
    assert_eq!(s.answer(&flow, "21"), Err(AnswerError::TooLarge(20.0)));
    assert_eq!(
        s.next(&flow),
        Err(AnswerError::Required),
        "a rejected answer is not stored"
    );
    // Full-width digits from a Chinese input method are fine.
    s.answer(&flow, "１２").expect("full-width digits");
    assert_eq!(s.answer_to("people"), Some(&AnswerValue::Number(12.0)));
    s.next(&flow).expect("moves on");
    s.answer(&flow, "3,000").expect("thousands separator");
    assert_eq!(s.answer_to("income"), Some(&AnswerValue::Number(3000.0)));
}

#[test]
fn choice_must_be_an_option_and_restart_forgets() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    assert_eq!(s.answer(&flow, "mars"), Err(AnswerError::UnknownOption));
    answer(&mut s, &flow, "local");
    s.restart(&flow);
    assert_eq!(current(&s, &flow), "hukou");
    assert!(s.answers().is_empty());
}

#[test]
fn drafts_round_trip_and_survive_content_changes() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    for input in ["local", "3", "900"] {
        answer(&mut s, &flow, input);
    }
    s.back(&flow);
    let draft = s.to_draft(&flow);
    assert!(draft.starts_with(r#"{"format":2,"service":"dibao""#), "{draft}");
    let (restored, dropped) = Session::from_draft(&flow, &draft, None).expect("restores");
    assert_eq!(
        (restored.answers(), restored.current(), dropped),
        (s.answers(), Some("income"), 0)
    );

    // An answer the rules no longer accept (people 25 > max 20) is dropped, and the person
    // resumes at that question.
    assert!(
        draft.contains(r#"["people","3"]"#),
        "answers are kept as typed: {draft}"
    );
    let changed = draft.replace(r#"["people","3"]"#, r#"["people","25"]"#);
    let (restored, dropped) = Session::from_draft(&flow, &changed, None).expect("restores");
    assert_eq!((restored.current(), dropped), (Some("people"), 2));

    assert!(matches!(
        Session::from_draft(&flow, "not json", None),
        Err(DraftError::Unreadable)
    ));
    // A newer format (another tab, a newer deployment) is reported as such: the widget keeps
    // it and never overwrites it.
    assert_eq!(
        Session::from_draft(&flow, &draft.replace("\"format\":2", "\"format\":9"), None),
        Err(DraftError::Newer(9))
    );
    assert_eq!(
        Session::from_draft(&flow, r#"{"format":3,"whatever":{"a newer":"shape"}}"#, None),
        Err(DraftError::Newer(3)),
        "a newer draft of any shape"
    );
    assert_eq!(
        Session::from_draft(&flow, &draft.replace("\"format\":2", "\"format\":0"), None),
        Err(DraftError::UnknownFormat(0))
    );
    assert_eq!(
        Session::from_draft(&flow, &draft.replace("dibao", "yibao"), None),
        Err(DraftError::OtherService("yibao".into()))
    );
}

#[test]
fn new_question_kinds_check_their_answers() {
    let today = parse_date("2026-11-22").expect("date");
    // Multiple choice.
    let flow = load("canji-zheng");
    let mut s = Session::new(&flow);
    assert_eq!(s.answer_list(&flow, &[]), Err(AnswerError::Required));
    assert_eq!(
        s.answer_list(&flow, &["wings".into()]),
        Err(AnswerError::UnknownOption)
    );
    s.answer_list(&flow, &["mental".into(), "vision".into(), "mental".into()])
        .expect("accepted");
    assert_eq!(
        s.answer_to("kinds"),
        Some(&AnswerValue::List(vec!["vision".into(), "mental".into()]))
    );
    // Yes/no.
    s.next(&flow).expect("moves on");
    assert_eq!(s.answer(&flow, "maybe"), Err(AnswerError::UnknownOption));
    s.answer(&flow, "yes").expect("yes");

    // Year of birth: not in the future, not before 1900.
    let flow = load("gaoling-jintie");
    let mut s = Session::new(&flow);
    s.set_today(&flow, today);
    assert_eq!(s.answer(&flow, "2027"), Err(AnswerError::TooLarge(2026.0)));
    assert_eq!(s.answer(&flow, "1899"), Err(AnswerError::TooSmall(1900.0)));
    s.answer(&flow, "1946").expect("accepted");
    s.next(&flow).expect("moves on");
    assert_eq!(s.current(), Some("hukou_local"), "80 this year is old enough");
}

#[test]
fn id_numbers_dates_and_text() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect("file");
    let catalog = Catalog::from_json(&read("public/catalog.json")).expect("catalog");
    let flow = Flow::from_json(&read("tests/fixtures/services/kinds.json"), &catalog).expect("compiles");
    let mut s = Session::new(&flow);
    s.set_today(&flow, parse_date("2026-11-22").expect("date"));
    assert_eq!(
        s.answer(&flow, "110105194912310021"),
        Err(AnswerError::IdCheckDigit)
    );
    assert_eq!(
        s.answer(&flow, "11010519491331002X"),
        Err(AnswerError::IdBirthDate)
    );
    assert_eq!(s.answer(&flow, "１１０１０５"), Err(AnswerError::IdLength));
    s.answer(&flow, " 11010519491231002x ")
        .expect("lower-case x is fine");
    assert_eq!(
        s.answer_to("id"),
        Some(&AnswerValue::Text("11010519491231002X".into()))
    );
    s.next(&flow).expect("next");
    assert_eq!(s.answer(&flow, "2026-11-23"), Err(AnswerError::InTheFuture));
    assert_eq!(s.answer(&flow, "2026-02-30"), Err(AnswerError::NotADate));
    s.answer(&flow, "2020/5/1")
        .expect("slashes and short months are fine");
    assert_eq!(
        s.answer_to("moved"),
        Some(&AnswerValue::Text("2020-05-01".into()))
    );
    s.next(&flow).expect("next");
    assert_eq!(
        s.answer(&flow, "一二三四五六七八九十一"),
        Err(AnswerError::TooLong(10))
    );
    s.answer(&flow, "石头村").expect("short enough");
    s.next(&flow).expect("next");
    assert_eq!(
        s.answer_list(&flow, &["food".into()]),
        Err(AnswerError::TooFew(2))
    );
    s.answer_list(&flow, &["food".into(), "doctor".into()])
        .expect("two");
    s.next(&flow).expect("next");
    s.confirm();
    let Step::Outcome(o) = s.step(&flow) else {
        panic!("finished")
    };
    assert_eq!(o.id, "senior");
    assert!(
        o.args.iter().all(|(k, _)| k != "id" && k != "village"),
        "no ID number or text in the result: {:?}",
        o.args
    );
}

fn kinds() -> Flow {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect("file");
    let catalog = Catalog::from_json(&read("public/catalog.json")).expect("catalog");
    Flow::from_json(&read("tests/fixtures/services/kinds.json"), &catalog).expect("compiles")
}

#[test]
fn drafts_never_keep_id_numbers_or_free_text_and_ask_them_again() {
    let flow = kinds();
    let today = parse_date("2026-11-22").expect("date");
    let mut s = Session::new(&flow);
    s.set_today(&flow, today);
    for input in ["11010519491231002X", "2020-05-01", "石头村"] {
        answer(&mut s, &flow, input);
    }
    s.answer_list(&flow, &["food".into(), "doctor".into()])
        .expect("two");
    s.next(&flow).expect("next");
    let draft = s.to_draft(&flow);
    for private in ["11010519491231002X", "石头村", "1101"] {
        assert!(!draft.contains(private), "{private} written to storage: {draft}");
    }
    assert!(draft.contains(r#""withheld":["id","village"]"#), "{draft}");
    assert!(draft.contains(&format!(r#""saved":{today}"#)), "dated: {draft}");

    // After a reload: the ID number is asked again (and the widget says why), the answers
    // after it wait, and once it is given the guide goes on to the next open question (the
    // free text), then to the check page with every answer.
    let r = Session::restore(&flow, &draft, Some(today), Some(7)).expect("restores");
    assert_eq!(r.session.current(), Some("id"));
    assert_eq!(r.withheld, vec!["id".to_string(), "village".to_string()]);
    assert_eq!(r.dropped, 0, "nothing lost");
    let mut s = r.session;
    answer(&mut s, &flow, "11010519491231002X");
    assert_eq!(
        s.current(),
        Some("village"),
        "the other withheld answer is asked next"
    );
    answer(&mut s, &flow, "石头村");
    assert_eq!(current(&s, &flow), "check");
    assert_eq!(
        s.answer_to("moved"),
        Some(&AnswerValue::Text("2020-05-01".into()))
    );
    assert!(s.answer_to("help").is_some());
}

#[test]
fn drafts_expire() {
    let flow = dibao();
    let day = parse_date("2026-11-22").expect("date");
    let mut s = Session::new(&flow);
    s.set_today(&flow, day);
    answer(&mut s, &flow, "local");
    let draft = s.to_draft(&flow);
    let restore =
        |today: i64, keep: Option<u32>| Session::restore(&flow, &draft, Some(today), keep).map(|r| r.dropped);
    assert_eq!(restore(day + 7, Some(7)), Ok(0), "a week old: kept");
    assert_eq!(restore(day + 8, Some(7)), Err(DraftError::Expired));
    assert_eq!(
        restore(day + 2, Some(1)),
        Err(DraftError::Expired),
        "the deployment's own limit"
    );
    assert_eq!(restore(day + 400, None), Ok(0), "no limit");
    // A format-1 draft (no date) is read, with its answers.
    let old = r#"{"format":1,"service":"dibao","answers":[["hukou","local"]],"current":null}"#;
    let r = Session::restore(&flow, old, Some(day), Some(7)).expect("format 1 still reads");
    assert_eq!(
        r.session.answer_to("hukou"),
        Some(&AnswerValue::Text("local".into()))
    );
}

#[test]
fn a_set_aside_draft_is_bounded_and_expires() {
    use waymark_engine::session::{set_aside, set_aside_expired, SET_ASIDE_BYTES};
    let huge = "低".repeat(100_000);
    let kept = set_aside(&huge, 20_000);
    assert!(kept.len() <= SET_ASIDE_BYTES + 6, "{} bytes", kept.len());
    assert!(kept.starts_with("20000\n低"));
    assert!(!set_aside_expired(&kept, 20_007, 7));
    assert!(set_aside_expired(&kept, 20_008, 7));
    assert!(
        set_aside_expired("not a set-aside copy", 20_000, 7),
        "unknown copies go"
    );
}

#[test]
fn stale_drafts_of_any_service_are_found() {
    use waymark_engine::session::draft_is_stale;
    let flow = dibao();
    let day = parse_date("2026-11-22").expect("date");
    let mut s = Session::new(&flow);
    s.set_today(&flow, day);
    let draft = s.to_draft(&flow);
    assert!(!draft_is_stale(&draft, day + 7, 7));
    assert!(draft_is_stale(&draft, day + 8, 7));
    assert!(
        !draft_is_stale("garbage", day, 7),
        "unreadable: left to be set aside"
    );
    assert!(
        !draft_is_stale(r#"{"format":99,"service":"x","answers":[]}"#, day + 999, 7),
        "a newer version's: kept"
    );
    assert!(
        !draft_is_stale(r#"{"format":99,"future":{"shape":[1]}}"#, day + 999, 7),
        "whatever its shape"
    );
}
