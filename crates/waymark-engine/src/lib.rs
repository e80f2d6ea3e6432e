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

#[cfg(feature = "compile")]
pub mod compile;
pub mod compiled;
pub mod dates;
#[cfg(feature = "compile")]
pub mod diagnostic;
#[cfg(feature = "compile")]
pub mod explore;
pub mod expr;
pub mod bundle;
pub mod flow;
pub mod journey;
pub mod merge;
pub mod message;
pub mod model;
pub mod session;
pub mod share;
#[cfg(feature = "compile")]
pub mod words;

/// The largest content file read (editors' sources, compiled files and words): 1 MiB, far
/// above any real one, so a hostile or broken file cannot exhaust a phone's memory.
pub const MAX_FILE_BYTES: usize = 1 << 20;

#[cfg(feature = "compile")]
pub use diagnostic::{Diagnostic, Position, Severity};
pub use flow::{Flow, Region};
#[cfg(feature = "compile")]
pub use compile::Catalog;
pub use journey::{Action, At, DraftNote, Found, Journey, Page};
pub use message::Arg;
pub use model::{AnswerValue, Service};
pub use session::{AnswerError, DraftError, OutcomeView, Progress, Restored, Session, Step};
