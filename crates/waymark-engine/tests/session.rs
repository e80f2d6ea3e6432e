//! Session behaviour beyond the journeys: back keeps answers, pruning, progress, input errors.

use waymark_engine::{AnswerError, AnswerValue, Catalog, Flow, Progress, Session, Step};

fn dibao() -> Flow {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public");
    let catalog =
        Catalog::from_json(&std::fs::read_to_string(format!("{root}/catalog.json")).expect("catalog"))
            .expect("catalog loads");
    Flow::from_json(
        &std::fs::read_to_string(format!("{root}/services/dibao.json")).expect("dibao"),
        &catalog,
    )
    .expect("dibao compiles")
}

fn current(s: &Session, flow: &Flow) -> String {
    match s.step(flow) {
        Step::Question(q) => q.id().to_string(),
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
    assert_eq!(s.answer_to("hukou"), Some(&AnswerValue::Choice("local".into())));
}

#[test]
fn answers_on_a_branch_no_longer_taken_are_pruned() {
    let flow = dibao();
    let mut s = Session::new(&flow);
    for input in ["local", "3", "900", "no", "no"] {
        answer(&mut s, &flow, input);
    }
    assert_eq!(current(&s, &flow), "outcome:eligible");
    while s.back(&flow) {}
    answer(&mut s, &flow, "elsewhere");
    assert_eq!(current(&s, &flow), "outcome:elsewhere");
    assert_eq!(s.answers().len(), 1, "only hukou is left: {:?}", s.answers());
    // From the outcome, back goes to the last question asked.
    assert!(s.back(&flow));
    assert_eq!(current(&s, &flow), "hukou");
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
