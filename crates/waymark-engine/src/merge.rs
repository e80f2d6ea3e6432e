//! Several services, one list (「一次告知、一套材料」): the results of the services a person
//! chose under one life event, folded into one list of materials and one list of places, each
//! entry saying which services need it.

#[cfg(feature = "compile")]
use crate::compile::Catalog;
use crate::flow::Flow;
use crate::message;
use crate::model::AnswerValue;
#[cfg(feature = "compile")]
use crate::model::{ChoiceOption, Outcome, Question, Service};
use crate::session::{OutcomeView, Session};

/// The id of the home page's own small flow (see [`home_flow`]); also its words' prefix.
pub const HOME: &str = "home";

/// Something needed (a material or an office), and which services need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needed {
    /// Catalog id of the material or office.
    pub id: String,
    /// Positions (in the list given to [`merge`]) of the services that need it.
    pub by: Vec<usize>,
}

/// One list of materials and one of offices for several results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merged {
    /// Each material once, in the order first met.
    pub materials: Vec<Needed>,
    /// Each office once, in the order first met.
    pub offices: Vec<Needed>,
}

/// Fold several results into one list: a material two services need appears once.
pub fn merge(outcomes: &[&OutcomeView]) -> Merged {
    fn add(list: &mut Vec<Needed>, id: &str, by: usize) {
        match list.iter_mut().find(|n| n.id == id) {
            Some(n) if !n.by.contains(&by) => n.by.push(by),
            Some(_) => {}
            None => list.push(Needed {
                id: id.to_string(),
                by: vec![by],
            }),
        }
    }
    let mut merged = Merged::default();
    for (i, o) in outcomes.iter().enumerate() {
        for m in &o.materials {
            add(&mut merged.materials, m, i);
        }
        if let Some(office) = &o.office {
            add(&mut merged.offices, office, i);
        }
    }
    merged
}

/// Every material any outcome of a service may ask for, each once, in order: the service
/// intro's "what you may need".
pub fn possible_materials(flow: &Flow) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in &flow.outcomes {
        for (m, _) in &o.materials {
            if !out.contains(m) {
                out.push(m.clone());
            }
        }
    }
    out
}

/// The home page's index: for each life event of the catalog that has services, in catalog
/// order, the event id followed by its services' ids (sorted). `services` pairs each service
/// id with the life events it declares. `waymark compile` writes it with the home flow at build
/// time ([`crate::compiled::Home`]), so the widget learns which services exist without
/// fetching them all.
#[cfg(feature = "compile")]
pub fn life_event_index(catalog: &Catalog, services: &[(String, Vec<String>)]) -> Vec<Vec<String>> {
    catalog
        .life_events
        .iter()
        .filter_map(|(event, _icon)| {
            let mut ids: Vec<String> = services
                .iter()
                .filter(|(_, events)| events.contains(event))
                .map(|(id, _)| id.clone())
                .collect();
            ids.sort();
            (!ids.is_empty()).then(|| std::iter::once(event.clone()).chain(ids).collect())
        })
        .collect()
}

/// The home page as a flow of its own, so it is asked like any service, one question a page:
/// first "what has happened" (a choice of life events, each with its pictogram), then, when
/// that life event has several services, "which of them" (check boxes, at least one).
/// Words: `home-event`, `home-event-<life event>`, `home-<question>`, `home-<question>-<service>`.
/// `None` when the index lists no services.
#[cfg(feature = "compile")]
pub fn home_flow(catalog: &Catalog, index: &[Vec<String>]) -> Option<Flow> {
    let events: Vec<&[String]> = index.iter().filter(|e| e.len() > 1).map(|e| &e[..]).collect();
    let option = |id: &str, icon: Option<String>| ChoiceOption {
        id: id.to_string(),
        icon,
    };
    let icon = |event: &str| {
        catalog
            .life_events
            .iter()
            .find(|(e, _)| e == event)
            .and_then(|(_, i)| i.clone())
    };
    let mut questions = vec![Question::Choice {
        id: "event".into(),
        when: None,
        options: events.iter().map(|e| option(&e[0], icon(&e[0]))).collect(),
    }];
    for e in events.iter().filter(|e| e.len() > 2) {
        questions.push(Question::MultiChoice {
            id: services_question(&e[0]),
            when: Some(format!("event == '{}'", e[0])),
            options: e[1..].iter().map(|s| option(s, None)).collect(),
            min_selected: 1,
        });
    }
    let service = Service {
        schema: None,
        id: HOME.into(),
        life_events: vec![],
        params: vec![],
        constants: Default::default(),
        questions,
        computed: vec![],
        outcomes: vec![Outcome {
            id: "chosen".into(),
            ..Outcome::default()
        }],
    };
    Flow::compile(service, "", catalog).ok()
}

/// The home questions' words (Fluent, to be added after the widget's, the catalog's and the
/// services' titles), made from those words so they are written once: `home-event-<event>`
/// says the life event's name, `home-<services question>` is `heading(event)` (the widget's
/// `home-services` said with the life event's name) with that message's hint, and
/// `home-<services question>-<service>` says the service's title.
pub fn home_words(index: &[Vec<String>], heading: impl Fn(&str) -> String) -> String {
    let mut ftl = String::new();
    let mut line = |id: &str, value: &str| {
        for part in [id, " = { ", value, " }\n"] {
            ftl.push_str(part);
        }
    };
    for entry in index {
        let event = &entry[0];
        line(
            &message::option(HOME, "event", event),
            &message::life_event(event),
        );
        let question = services_question(event);
        // Inserted as a Fluent string literal, so no wording can be read as syntax.
        let literal = heading(event)
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', " ");
        line(
            &message::question(HOME, &question),
            &["\"", &literal, "\""].concat(),
        );
        line("    .hint", &message::attribute("home-services", message::HINT));
        for id in &entry[1..] {
            line(&message::option(HOME, &question, id), &message::title(id));
        }
    }
    ftl
}

/// The id of the "which services" question of a life event (`old-age` → `e_old_age`).
pub fn services_question(event: &str) -> String {
    format!("e_{}", event.replace('-', "_"))
}

/// What the person chose on the home page, once both questions are answered: the life event
/// and its services, in the index's order.
pub fn home_choice(index: &[Vec<String>], session: &Session) -> Option<(String, Vec<String>)> {
    let Some(AnswerValue::Text(event)) = session.answer_to("event") else {
        return None;
    };
    let entry = index.iter().find(|e| e.first() == Some(event))?;
    let services = match session.answer_to(&services_question(event)) {
        Some(AnswerValue::List(picked)) => entry[1..]
            .iter()
            .filter(|s| picked.contains(s))
            .cloned()
            .collect(),
        _ if entry.len() == 2 => vec![entry[1].clone()],
        _ => return None,
    };
    Some((event.clone(), services))
}

#[cfg(all(test, feature = "compile"))]
mod tests {
    use super::*;

    fn outcome(materials: &[&str], office: Option<&str>) -> OutcomeView {
        OutcomeView {
            id: "x".into(),
            materials: materials.iter().map(|m| m.to_string()).collect(),
            office: office.map(str::to_string),
            ..OutcomeView::default()
        }
    }

    #[test]
    fn a_material_two_services_need_appears_once_naming_both() {
        let a = outcome(
            &["id-card", "hukou-book", "income-proof"],
            Some("township-service-centre"),
        );
        let b = outcome(&["id-card", "hardship-proof"], Some("township-service-centre"));
        let m = merge(&[&a, &b]);
        let ids: Vec<&str> = m.materials.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["id-card", "hukou-book", "income-proof", "hardship-proof"]);
        assert_eq!(m.materials[0].by, [0, 1]);
        assert_eq!(m.materials[1].by, [0]);
        assert_eq!(m.materials[3].by, [1]);
        assert_eq!(m.offices.len(), 1);
        assert_eq!(m.offices[0].by, [0, 1]);
    }

    #[test]
    fn different_offices_are_listed_apart_and_no_office_is_no_entry() {
        let a = outcome(&["photo"], Some("police-station"));
        let b = outcome(&[], None);
        let c = outcome(&["photo", "photo"], Some("village-committee"));
        let m = merge(&[&a, &b, &c]);
        assert_eq!(m.materials.len(), 1);
        assert_eq!(m.materials[0].by, [0, 2]);
        let offices: Vec<(&str, &[usize])> = m.offices.iter().map(|n| (n.id.as_str(), &n.by[..])).collect();
        assert_eq!(
            offices,
            [("police-station", &[0][..]), ("village-committee", &[2][..])]
        );
    }

    #[test]
    fn home_asks_the_life_event_then_which_of_its_services() {
        let catalog = Catalog::from_json(
            r#"{"materials":[],"offices":[],"life_events":[{"id":"old-age","icon":"old-age"},{"id":"health"}]}"#,
        )
        .expect("catalog");
        let index = vec![
            vec![
                "old-age".to_string(),
                "gaoling-jintie".to_string(),
                "yanglao-baoxian".to_string(),
            ],
            vec!["health".to_string(), "yibao".to_string()],
        ];
        let flow = home_flow(&catalog, &index).expect("home flow");
        let first = flow.questions[0].def.options();
        assert_eq!(
            first.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
            ["old-age", "health"]
        );
        assert_eq!(first[0].icon.as_deref(), Some("old-age"));

        // Several services: a second question, at least one must be picked.
        let mut s = Session::new(&flow);
        s.answer(&flow, "old-age").expect("event");
        s.next(&flow).expect("next");
        assert!(matches!(s.step(&flow), crate::Step::Question(q) if q.id() == "e_old_age"));
        assert!(s.answer(&flow, "").is_err());
        s.answer(&flow, "yanglao-baoxian,gaoling-jintie")
            .expect("services");
        s.next(&flow).expect("next");
        assert!(matches!(s.step(&flow), crate::Step::Check));
        assert_eq!(
            home_choice(&index, &s),
            Some((
                "old-age".to_string(),
                vec!["gaoling-jintie".to_string(), "yanglao-baoxian".to_string()]
            ))
        );

        // One service: nothing more to ask.
        let mut s = Session::new(&flow);
        s.answer(&flow, "health").expect("event");
        s.next(&flow).expect("next");
        assert!(matches!(s.step(&flow), crate::Step::Check));
        assert_eq!(
            home_choice(&index, &s),
            Some(("health".to_string(), vec!["yibao".to_string()]))
        );
    }

    #[test]
    fn home_words_name_events_and_services_by_their_own_words() {
        let index = vec![
            vec!["old-age".to_string(), "a".to_string(), "b".to_string()],
            vec!["health".to_string(), "yibao".to_string()],
        ];
        let ftl = home_words(&index, |e| format!("{e}: \"which\" \\ ones?\nnow"));
        assert_eq!(
            ftl,
            concat!(
                "home-event-old-age = { life-event-old-age }\n",
                "home-e_old_age = { \"old-age: \\\"which\\\" \\\\ ones? now\" }\n",
                "    .hint = { home-services.hint }\n",
                "home-e_old_age-a = { a-title }\n",
                "home-e_old_age-b = { b-title }\n",
                "home-event-health = { life-event-health }\n",
                "home-e_health = { \"health: \\\"which\\\" \\\\ ones? now\" }\n",
                "    .hint = { home-services.hint }\n",
                "home-e_health-yibao = { yibao-title }\n",
            )
        );
    }

    #[test]
    fn index_lists_events_in_catalog_order_with_their_services() {
        let catalog = Catalog::from_json(
            r#"{"materials":[],"offices":[],"life_events":[{"id":"old-age"},{"id":"birth"},{"id":"farming"}]}"#,
        )
        .expect("catalog");
        let services = vec![
            (
                "yibao".to_string(),
                vec!["birth".to_string(), "health".to_string()],
            ),
            ("chusheng".to_string(), vec!["birth".to_string()]),
            ("gaoling-jintie".to_string(), vec!["old-age".to_string()]),
        ];
        let index = life_event_index(&catalog, &services);
        assert_eq!(
            index,
            [
                vec!["old-age", "gaoling-jintie"],
                vec!["birth", "chusheng", "yibao"]
            ]
        );
    }
}
