//! Which Fluent messages content needs, named by [`crate::message`]; the CLI compares these
//! lists with the `.ftl` files (missing words are errors, unused ones warnings).

use crate::diagnostic::{LineIndex, Position};
use crate::compile::Catalog;
use crate::flow::{Flow, Region};
use crate::message;
use crate::model::Question;

/// One message content refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordUse {
    /// Message id (no attribute).
    pub id: String,
    /// Whether the message must exist (a missing optional one is simply not shown).
    pub required: bool,
    /// Where the thing that needs it is defined.
    pub position: Position,
}

/// The messages a service uses. `text` is its file, to place the uses.
pub fn service_words(flow: &Flow, text: &str) -> Vec<WordUse> {
    let index = LineIndex::new(text);
    let at = |anchor: Option<&str>, id: &str| index.position(index.find_string(anchor, id).unwrap_or(0));
    let svc = &flow.id;
    let mut out = vec![WordUse {
        id: message::title(svc),
        required: true,
        position: at(None, svc),
    }];
    let mut add = |id: String, required: bool, position: Position| {
        out.push(WordUse {
            id,
            required,
            position,
        })
    };
    for q in &flow.questions {
        let qid = q.def.id();
        add(message::question(svc, qid), true, at(None, qid));
        // Yes/no words fall back to the widget's 是 / 否.
        let required = !matches!(q.def, Question::YesNo { .. });
        for opt in q.def.option_ids() {
            add(message::option(svc, qid, opt), required, at(Some(qid), opt));
        }
    }
    for o in &flow.outcomes {
        let oid = &o.def.id;
        add(message::outcome(svc, oid), true, at(None, oid));
        for (r, _) in &o.reasons {
            add(message::reason(svc, r), true, at(Some(oid), r));
        }
        for step in &o.def.next_steps {
            add(message::next_step(svc, step), true, at(Some(oid), step));
        }
    }
    out
}

/// The messages the catalog uses. `text` is `catalog.json`.
pub fn catalog_words(catalog: &Catalog, text: &str) -> Vec<WordUse> {
    let index = LineIndex::new(text);
    let at = |id: &str| index.position(index.find_string(None, id).unwrap_or(0));
    let mut out = Vec::new();
    for m in &catalog.materials {
        out.push(WordUse {
            id: message::material(m),
            required: true,
            position: at(m),
        });
    }
    for o in &catalog.offices {
        out.push(WordUse {
            id: message::office(o),
            required: true,
            position: at(o),
        });
    }
    for (e, _) in &catalog.life_events {
        out.push(WordUse {
            id: message::life_event(e),
            required: true,
            position: at(e),
        });
    }
    out
}

/// The messages a region uses: its name, and each local office's name (with `.address`,
/// `.hours` attributes). `text` is the region file.
pub fn region_words(region: &Region, text: &str) -> Vec<WordUse> {
    let index = LineIndex::new(text);
    let at = |id: &str| index.position(index.find_string(None, id).unwrap_or(0));
    let r = &region.id;
    let mut out = vec![WordUse {
        id: message::region(r),
        required: true,
        position: at(r),
    }];
    for o in region.offices.keys() {
        out.push(WordUse {
            id: message::local_office(r, o),
            required: true,
            position: at(o),
        });
    }
    out
}
