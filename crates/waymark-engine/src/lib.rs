//! Waymark's engine: everything about a guide that can be decided without a browser.
//!
//! Data flows one way: content files (a service JSON and the shared catalog) are parsed into
//! the [`model`] types, compiled and checked into a [`Flow`], and a [`Session`] walks that flow
//! with one person's answers. The widget only renders what the session says; the CLI only
//! reports what [`Flow::compile`] finds.
//!
//! ```
//! use waymark_engine::{Catalog, Flow, Session, Step};
//! let catalog = Catalog::from_json(r#"{"materials":[{"id":"id-card"}],"offices":[]}"#).unwrap();
//! let flow = Flow::from_json(r#"{
//!   "id": "demo",
//!   "questions": [{"number": {"id": "age", "min": 0, "max": 130}}],
//!   "outcomes": [
//!     {"id": "old", "when": "age >= 80", "materials": ["id-card"]},
//!     {"id": "young"}
//!   ]
//! }"#, &catalog).unwrap();
//! let mut session = Session::new(&flow);
//! session.answer(&flow, "85").unwrap();
//! session.next(&flow).unwrap();
//! assert!(matches!(session.step(&flow), Step::Check));
//! session.confirm();
//! assert!(matches!(session.step(&flow), Step::Outcome(o) if o.id == "old"));
//! ```

/// Diagnostic prose (a message or a hint): formatted with the `explain` feature (the CLI),
/// an empty string without it (the widget, which shows only code and position and points
/// editors to `waymark check`). The arguments are still type-checked, never evaluated.
#[cfg(feature = "explain")]
macro_rules! explain {
    ($($arg:tt)*) => {
        ::std::format!($($arg)*)
    };
}
#[cfg(not(feature = "explain"))]
macro_rules! explain {
    ($($arg:tt)*) => {{
        if false {
            let _ = ::std::format!($($arg)*);
        }
        ::std::string::String::new()
    }};
}

/// A fixed piece of diagnostic prose: the text with the `explain` feature, `""` without it.
#[cfg(feature = "explain")]
macro_rules! explain_str {
    ($text:literal) => {
        $text
    };
}
#[cfg(not(feature = "explain"))]
macro_rules! explain_str {
    ($text:literal) => {
        ""
    };
}

pub mod dates;
pub mod diagnostic;
pub mod explore;
pub mod expr;
pub mod flow;
pub mod fluent;
pub mod journey;
pub mod json;
pub mod merge;
pub mod message;
pub mod model;
pub mod session;
pub mod share;
pub mod words;

pub use diagnostic::{Diagnostic, Position, Severity, MAX_FILE_BYTES};
pub use flow::{Catalog, Flow, Region};
pub use journey::{Action, At, DraftNote, Found, Journey, Page};
pub use message::Arg;
pub use model::{AnswerValue, Service};
pub use session::{AnswerError, DraftError, OutcomeView, Progress, Restored, Session, Step};
