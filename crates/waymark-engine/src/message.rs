//! Message ids and arguments: the one place where the name of each Fluent message content
//! needs is put together. The engine lists them for `waymark check` ([`crate::words`]), the
//! home page's words are made with them ([`crate::merge::home_words`]), and the widget's
//! components look words up with them, so an id's shape is written once.
//!
//! Content words (`locales/<lang>/services/<service>.ftl`, `catalog.ftl`, `regions/*.ftl`):
//! `<service>-title` (with `.intro`), `<service>-<question>` (with `.hint`, `.unit`,
//! `.simple`), `<service>-<question>-<option>`, `<service>-outcome-<outcome>` (with `.text`),
//! `<service>-why-<reason>`, `<service>-next-<step>`, `material-<id>`, `office-<id>`,
//! `life-event-<id>`, `region-<id>`, `region-<id>-office-<office>` (with `.address`,
//! `.hours`).

/// Attributes a message may carry (all optional).
pub const ATTRIBUTES: [&str; 7] = [HINT, UNIT, "simple", TEXT, INTRO, ADDRESS, HOURS];

/// A question's hint, under its heading.
pub const HINT: &str = "hint";
/// A number's unit, beside its field.
pub const UNIT: &str = "unit";
/// An outcome's lead text.
pub const TEXT: &str = "text";
/// A service's lead text on its intro page.
pub const INTRO: &str = "intro";
/// A local office's address.
pub const ADDRESS: &str = "address";
/// A local office's opening hours.
pub const HOURS: &str = "hours";

/// An argument of a message: a number (formatted like Fluent's, and selecting plural
/// variants) or text. The one argument type: the session's outcome arguments, the widget's
/// words and the Fluent reader all take it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number (answers, parameters, constants and computed values; counts).
    Number(f64),
    /// A choice's option id, or text, inserted as it is.
    Text(String),
}

fn join(parts: &[&str]) -> String {
    parts.concat()
}

/// `message.attribute` (`dibao-people.unit`).
pub fn attribute(id: &str, attr: &str) -> String {
    join(&[id, ".", attr])
}

/// A service's title: `<service>-title`.
pub fn title(service: &str) -> String {
    join(&[service, "-title"])
}

/// A question, the page's heading: `<service>-<question>`.
pub fn question(service: &str, question: &str) -> String {
    join(&[service, "-", question])
}

/// An option of a question: `<service>-<question>-<option>`.
pub fn option(service: &str, question: &str, option: &str) -> String {
    join(&[service, "-", question, "-", option])
}

/// The widget's own words for an option a question does not word (yes / no): `answer-<option>`.
pub fn answer(option: &str) -> String {
    join(&["answer-", option])
}

/// An outcome: `<service>-outcome-<outcome>`.
pub fn outcome(service: &str, outcome: &str) -> String {
    join(&[service, "-outcome-", outcome])
}

/// A reason given for an outcome: `<service>-why-<reason>`.
pub fn reason(service: &str, reason: &str) -> String {
    join(&[service, "-why-", reason])
}

/// A next step of an outcome: `<service>-next-<step>`.
pub fn next_step(service: &str, step: &str) -> String {
    join(&[service, "-next-", step])
}

/// A material of the catalog: `material-<id>`.
pub fn material(id: &str) -> String {
    join(&["material-", id])
}

/// A kind of office of the catalog: `office-<id>`.
pub fn office(id: &str) -> String {
    join(&["office-", id])
}

/// A life event of the catalog: `life-event-<id>`.
pub fn life_event(id: &str) -> String {
    join(&["life-event-", id])
}

/// A region's name: `region-<id>`.
pub fn region(id: &str) -> String {
    join(&["region-", id])
}

/// A region's own office of a kind: `region-<region>-office-<office>`.
pub fn local_office(region: &str, office: &str) -> String {
    join(&["region-", region, "-office-", office])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_documented_shapes() {
        assert_eq!(title("dibao"), "dibao-title");
        assert_eq!(question("dibao", "hukou"), "dibao-hukou");
        assert_eq!(option("dibao", "hukou", "rural"), "dibao-hukou-rural");
        assert_eq!(answer("yes"), "answer-yes");
        assert_eq!(outcome("dibao", "eligible"), "dibao-outcome-eligible");
        assert_eq!(reason("dibao", "income"), "dibao-why-income");
        assert_eq!(next_step("dibao", "apply"), "dibao-next-apply");
        assert_eq!(material("id-card"), "material-id-card");
        assert_eq!(office("civil"), "office-civil");
        assert_eq!(life_event("old-age"), "life-event-old-age");
        assert_eq!(region("demo"), "region-demo");
        assert_eq!(local_office("demo", "civil"), "region-demo-office-civil");
        assert_eq!(attribute(&question("dibao", "people"), UNIT), "dibao-people.unit");
    }
}
