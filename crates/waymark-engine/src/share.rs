//! Taking a result away: the answers behind a result, written into a URL fragment
//! (`#result=dibao&hukou=local&people=3`) that a QR code carries to a phone. Nothing goes to a
//! server, and the fragment never holds an ID number or free text: only choices, numbers,
//! years and dates. Opening it replays the answers through the same checks as typing them.
//! The fragment is `application/x-www-form-urlencoded` pairs, written and read with serde
//! (`serde_urlencoded`), so links printed by earlier versions still open.

use crate::flow::Flow;
use crate::model::Question;
use crate::session::{Session, Step};

/// The fragment (without `#`) for a session's answers, in question order.
pub fn to_fragment(flow: &Flow, session: &Session) -> String {
    let mut pairs = vec![("result", flow.id.clone())];
    for q in &flow.questions {
        if matches!(q.def, Question::IdNumber { .. } | Question::Text { .. }) {
            continue;
        }
        let Some(answer) = session.answer_to(q.def.id()) else {
            continue;
        };
        let input = answer.as_input();
        // Option ids, numbers, years and dates only: anything else stays home.
        if input
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.,".contains(c))
        {
            pairs.push((q.def.id(), input));
        }
    }
    serde_urlencoded::to_string(&pairs).unwrap_or_default()
}

/// A fragment's pairs, in order (none if it is not one).
fn pairs(fragment: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(fragment.trim_start_matches('#')).unwrap_or_default()
}

/// The service a fragment is for, if it is one of ours.
pub fn service_of(fragment: &str) -> Option<String> {
    pairs(fragment)
        .into_iter()
        .next()
        .filter(|(key, id)| key == "result" && !id.is_empty())
        .map(|(_, id)| id)
}

/// Replay a fragment's answers: the session ends on the result when every answer still fits
/// the service, else on the first question left to answer.
pub fn from_fragment(flow: &Flow, fragment: &str, today: Option<i64>) -> Session {
    let pairs = pairs(fragment);
    let mut session = Session::new(flow);
    if let Some(today) = today {
        session.set_today(flow, today);
    }
    while let Step::Question(q) = session.step(flow) {
        let Some((_, input)) = pairs.iter().skip(1).find(|(id, _)| id == q.id()) else {
            break;
        };
        if session.answer(flow, input).is_err() || session.next(flow).is_err() {
            break;
        }
    }
    if matches!(session.step(flow), Step::Check) {
        session.confirm();
    }
    session
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;
    use crate::compile::Catalog;

    fn flow() -> Flow {
        let catalog =
            Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[]}"#).expect("catalog");
        Flow::from_json(
            r#"{"id": "demo", "questions": [
                {"choice": {"id": "place", "options": [{"id": "here"}, {"id": "away"}]}},
                {"id_number": {"id": "card"}},
                {"number": {"id": "people", "min": 1, "max": 20}}
              ],
              "outcomes": [{"id": "many", "when": "people > 3", "materials": ["id-card"]}, {"id": "few"}]}"#,
            &catalog,
        )
        .expect("flow")
    }

    #[test]
    fn a_result_travels_without_its_id_number_and_comes_back_the_same() {
        let flow = flow();
        let mut s = Session::new(&flow);
        for input in ["here", "11010519491231002X", "5"] {
            s.answer(&flow, input).expect("answer");
            s.next(&flow).expect("next");
        }
        s.confirm();
        let fragment = to_fragment(&flow, &s);
        assert_eq!(fragment, "result=demo&place=here&people=5");
        assert_eq!(service_of(&format!("#{fragment}")).as_deref(), Some("demo"));

        // Without the ID number the replay stops at that question: the person sees what is
        // missing, never a wrong result.
        let back = from_fragment(&flow, &fragment, None);
        assert!(matches!(back.step(&flow), Step::Question(q) if q.id() == "card"));
    }

    #[test]
    fn a_complete_fragment_opens_on_the_result_and_junk_opens_the_first_question() {
        let catalog = Catalog::from_json(r#"{"materials":[],"offices":[]}"#).expect("catalog");
        let flow = Flow::from_json(
            r#"{"id": "d", "questions": [{"number": {"id": "people", "min": 1, "max": 20}}],
               "outcomes": [{"id": "many", "when": "people > 3"}, {"id": "few"}]}"#,
            &catalog,
        )
        .expect("flow");
        let s = from_fragment(&flow, "#result=d&people=5", None);
        assert!(matches!(s.step(&flow), Step::Outcome(o) if o.id == "many"));
        for junk in [
            "#result=d&people=500",
            "#result=d&people=<script>",
            "#result=d",
            "#",
            "",
        ] {
            let s = from_fragment(&flow, junk, None);
            assert!(matches!(s.step(&flow), Step::Question(_)), "{junk}");
        }
        assert_eq!(service_of("#result=&x=1"), None);
        assert_eq!(service_of("#other=1"), None);
        assert_eq!(service_of("#x=1&result=d"), None, "the service comes first");
        // Encoded as a form is: an earlier version's links and percent-escapes alike.
        assert_eq!(service_of("#result=d%2Dx&people=5").as_deref(), Some("d-x"));
    }
}
