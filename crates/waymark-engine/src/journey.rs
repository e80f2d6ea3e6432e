//! The whole journey through a guide: every page a person can stand on, and every move
//! between them. The widget renders [`Journey::page`] and sends the person's [`Action`]s; it
//! never decides where the guide goes next.
//!
//! A journey starts on the home page (which life event, then which of its services), on one
//! service, or on a result shared through a link. Each chosen service runs in turn — its
//! intro (or 继续上次 / 重新开始 when a draft is found), one question a page, the check page,
//! the result — and several services end with one merged list.
//!
//! Content arrives asynchronously, so the journey holds only ids and answers: the caller
//! [`open`](Journey::open)s the place it stands on once that place's flow is loaded (the home
//! flow at home, the service's flow in a service), and passes the same flow with every
//! action. A flow that does not belong to the place (a previous service's, still on screen
//! while the next one loads) is ignored, never applied.

use crate::flow::Flow;
use crate::merge::{home_choice, HOME};
use crate::model::Question;
use crate::session::{
    draft_is_stale, set_aside, set_aside_expired, AnswerError, DraftError, OutcomeView, Progress, Session, Step,
};

/// Where a journey stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// The home page's questions.
    Home,
    /// The service at this position of the plan.
    Service(usize),
    /// The merged list of materials and places, after several services.
    Merged,
}

/// Which part of a service the person is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// What it is, what one may need, 开始.
    Intro,
    /// A draft was found: 继续上次 or 重新开始.
    Resume,
    /// The questions, the check page and the result (the session's own steps).
    Steps,
}

/// One service's walk: its answers and where in it the person is.
#[derive(Debug, Clone, PartialEq)]
struct Walk {
    session: Session,
    stage: Stage,
    /// Whether its draft is kept on this device (not for a shared result, nor when a newer
    /// version's draft is there, nor once storage refused).
    keep: bool,
    /// How many saved answers no longer fit the service (its content changed since).
    dropped: usize,
    /// Questions answered before whose answers were not kept (ID numbers, free text).
    withheld: Vec<String>,
    /// Its result, once the person went on to the next service.
    result: Option<OutcomeView>,
}

/// A page a person can stand on.
#[derive(Debug, Clone)]
pub enum Page {
    /// The place's content is not open yet (loading).
    Loading,
    /// A home page question.
    Home {
        /// The question.
        question: Question,
        /// Whether Back is offered.
        back: bool,
    },
    /// A service's intro.
    Intro {
        /// Whether Back is offered (to the home page, or to the previous service's result).
        back: bool,
    },
    /// A draft was found: 继续上次 or 重新开始.
    Resume {
        /// Saved answers that no longer fit the service.
        dropped: usize,
    },
    /// A question of the service.
    Question {
        /// The question.
        question: Question,
        /// "step 2 of 5".
        progress: Option<Progress>,
        /// Whether Back is offered.
        back: bool,
    },
    /// Check your answers.
    Check,
    /// The service's result.
    Result(OutcomeView),
    /// One list for every service chosen.
    Merged,
}

/// What a person does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Answer the question on screen with its input's text (several options comma-separated)
    /// and go on.
    Answer(&'a str),
    /// Back to the page before.
    Back,
    /// 开始 on the intro.
    Start,
    /// 继续上次 on the resume page.
    Resume,
    /// 重新开始 on the resume page: the answers go, the first question shows.
    Afresh,
    /// 修改 on the check page: change the answer to this question.
    Change(&'a str),
    /// From the check page to the result.
    Confirm,
    /// On a result, with several services: on to the next one (or the merged list).
    NextService,
    /// 重新开始 on a result or the merged list: every answer goes; back to the life events
    /// when the services were chosen there, else to the service's intro.
    Restart,
}

/// What the caller should do with the device's storage after [`Journey::open`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftNote {
    /// The stored draft was taken up, or there was none: nothing to do.
    Nothing,
    /// The stored draft is too old: remove it.
    Forget,
    /// The stored draft cannot be read: store this copy under the set-aside key
    /// ([`set_aside_key`]), then remove the draft; if storage refuses, tell the journey
    /// ([`Journey::not_kept`]) and leave the draft where it is.
    SetAside(String),
    /// A newer version wrote the draft: leave it alone; this guide keeps nothing (say so).
    Newer,
}

/// What every draft's storage key (and every set-aside copy's) starts with.
pub const DRAFT_PREFIX: &str = "waymark:draft:";

/// The storage key of a service's draft.
pub fn draft_key(service: &str) -> String {
    format!("{DRAFT_PREFIX}{service}")
}

/// The storage key under which an unreadable draft of a service is set aside.
pub fn set_aside_key(service: &str) -> String {
    format!("{}:set-aside", draft_key(service))
}

/// Of the device's stored entries (key, text), the keys to remove when a guide opens: drafts
/// (of any service) and set-aside copies older than `keep_days`, so a draft of a service never
/// opened again does not stay for ever.
pub fn stale_drafts<'a>(
    entries: impl IntoIterator<Item = (&'a str, &'a str)>,
    today: i64,
    keep_days: u32,
) -> Vec<String> {
    entries
        .into_iter()
        .filter(|(key, _)| key.starts_with(DRAFT_PREFIX))
        .filter(|(key, text)| {
            if key.ends_with(":set-aside") {
                set_aside_expired(text, today, keep_days)
            } else {
                draft_is_stale(text, today, keep_days)
            }
        })
        .map(|(key, _)| key.to_string())
        .collect()
}

/// How a service was opened: what was found for it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Found<'a> {
    /// The draft stored on this device for the service, if any.
    pub draft: Option<&'a str>,
    /// Today, as days since 1970-01-01.
    pub today: i64,
    /// How many days a draft is kept.
    pub keep_days: u32,
}

/// What identifies a page: the place, the service's stage, question and whether confirmed,
/// and the home page's question.
type PageKey = (At, Option<(Stage, Option<String>, bool)>, Option<Option<String>>);

/// A person's way through a guide. See the module documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Journey {
    at: At,
    /// The services chosen, in order (one when the guide opened on a service).
    services: Vec<String>,
    /// Their titles, for the next-service button and the merged list (set by the caller in
    /// the words of the home page, [`Journey::set_titles`]).
    titles: Vec<String>,
    /// Whether the services were chosen on the home page: Back from the first intro returns
    /// there, and 重新开始 starts from the life events.
    from_home: bool,
    /// Whether services open on their intro.
    intro: bool,
    /// The home page's answers (kept when the person comes back to it).
    home: Option<Session>,
    /// The home page's index (life event, then its services), once opened.
    index: Vec<Vec<String>>,
    /// Each service's walk, by position in the plan, once opened.
    walks: Vec<Option<Walk>>,
    /// A shared result's fragment, for the service it opens on.
    shared: Option<String>,
    /// How many times the person moved from one page to another.
    moves: u32,
    /// Services whose drafts are to be removed from the device ([`Journey::take_forgotten`]).
    forgotten: Vec<String>,
}

impl Journey {
    /// A journey that starts on the home page.
    pub fn home() -> Journey {
        Journey {
            at: At::Home,
            services: Vec::new(),
            titles: Vec::new(),
            from_home: true,
            intro: true,
            home: None,
            index: Vec::new(),
            walks: Vec::new(),
            shared: None,
            moves: 0,
            forgotten: Vec::new(),
        }
    }

    /// A journey through one service, opening on its intro (`intro`) or its first question.
    pub fn service(id: &str, intro: bool) -> Journey {
        Journey {
            at: At::Service(0),
            services: vec![id.to_string()],
            from_home: false,
            intro,
            walks: vec![None],
            ..Journey::home()
        }
    }

    /// A journey that opens on a result shared through a link (the URL fragment
    /// `result=<service>&<answers>`); nothing of it is kept on this device.
    pub fn shared(id: &str, fragment: &str) -> Journey {
        Journey {
            shared: Some(fragment.to_string()),
            ..Journey::service(id, true)
        }
    }

    /// Where the journey stands.
    pub fn at(&self) -> At {
        self.at
    }

    /// The id of the flow the current place needs: the home flow's ([`HOME`]), the service's,
    /// or for the merged list the last service's (its words and region show the list).
    pub fn needs(&self) -> Option<&str> {
        match self.at {
            At::Home => Some(HOME),
            At::Service(i) => self.services.get(i).map(String::as_str),
            At::Merged => self.services.last().map(String::as_str),
        }
    }

    /// The services chosen, in order.
    pub fn services(&self) -> &[String] {
        &self.services
    }

    /// The services' titles (see [`Journey::set_titles`]).
    pub fn titles(&self) -> &[String] {
        &self.titles
    }

    /// Name the services chosen on the home page, in the home page's words.
    pub fn set_titles(&mut self, titles: Vec<String>) {
        self.titles = titles;
    }

    /// The results of the services done before the current place.
    pub fn done(&self) -> Vec<OutcomeView> {
        let upto = match self.at {
            At::Home => 0,
            At::Service(i) => i,
            At::Merged => self.services.len(),
        };
        self.outcomes(upto)
    }

    fn outcomes(&self, upto: usize) -> Vec<OutcomeView> {
        self.walks[..upto.min(self.walks.len())]
            .iter()
            .map(|w| w.as_ref().and_then(|w| w.result.clone()).unwrap_or_default())
            .collect()
    }

    /// How many times the person has moved from one page to another (focus follows a move).
    pub fn moves(&self) -> u32 {
        self.moves
    }

    /// After several services, the next one's id (`Some(Some(id))`), or the merged list
    /// (`Some(None)`); `None` with a single service.
    pub fn after(&self) -> Option<Option<&str>> {
        match self.at {
            At::Service(i) if self.services.len() > 1 => Some(self.services.get(i + 1).map(String::as_str)),
            _ => None,
        }
    }

    /// Whether `flow` is the one the current place needs.
    fn fits(&self, flow: &Flow) -> bool {
        self.needs() == Some(flow.id.as_str())
    }

    fn walk(&self) -> Option<&Walk> {
        match self.at {
            At::Service(i) => self.walks.get(i)?.as_ref(),
            _ => None,
        }
    }

    fn walk_mut(&mut self) -> Option<&mut Walk> {
        match self.at {
            At::Service(i) => self.walks.get_mut(i)?.as_mut(),
            _ => None,
        }
    }

    /// The home page's answer to one of its questions (to show it again on Back).
    pub fn home_answer(&self, question: &str) -> Option<&crate::model::AnswerValue> {
        self.home.as_ref()?.answer_to(question)
    }

    /// The current service's session (for its check rows, share link, draft).
    pub fn session(&self) -> Option<&Session> {
        self.walk().map(|w| &w.session)
    }

    /// Open the current place with its flow, once loaded: the home page with its index, or a
    /// service with what was found for it on the device. A service opened before (the person
    /// came back to it, or the language changed and its content was loaded again) keeps its
    /// answers and page; a new one takes up its draft (继续上次 / 重新开始 when it has
    /// answers), a shared result, or starts on its intro. Returns what to do with storage.
    pub fn open(&mut self, flow: &Flow, index: &[Vec<String>], found: Found) -> DraftNote {
        if !self.fits(flow) {
            return DraftNote::Nothing;
        }
        match self.at {
            At::Home => {
                match self.home.as_mut() {
                    None => self.home = Some(Session::new(flow)),
                    // Back from the first service's intro: to the last home question.
                    Some(s) if matches!(s.step(flow), Step::Check) => {
                        s.back(flow);
                    }
                    Some(_) => {}
                }
                self.index = index.to_vec();
                DraftNote::Nothing
            }
            At::Merged => DraftNote::Nothing,
            At::Service(i) => {
                if self.walks.get(i).is_some_and(Option::is_some) {
                    return DraftNote::Nothing;
                }
                let (walk, note) = self.first_walk(flow, found);
                if self.walks.len() <= i {
                    self.walks.resize(i + 1, None);
                }
                self.walks[i] = Some(walk);
                note
            }
        }
    }

    fn first_walk(&mut self, flow: &Flow, found: Found) -> (Walk, DraftNote) {
        let mut session = Session::new(flow);
        session.set_today(flow, found.today);
        let first = if self.intro { Stage::Intro } else { Stage::Steps };
        let mut walk = Walk {
            session,
            stage: first,
            keep: true,
            dropped: 0,
            withheld: Vec::new(),
            result: None,
        };
        if let Some(fragment) = self.shared.take() {
            walk.session = crate::share::from_fragment(flow, &fragment, Some(found.today));
            walk.stage = Stage::Steps;
            walk.keep = false;
            return (walk, DraftNote::Nothing);
        }
        let Some(text) = found.draft else {
            return (walk, DraftNote::Nothing);
        };
        let note = match Session::restore(flow, text, Some(found.today), Some(found.keep_days)) {
            Ok(restored) => {
                if !restored.session.answers().is_empty() {
                    walk.stage = Stage::Resume;
                }
                walk.session = restored.session;
                walk.dropped = restored.dropped;
                walk.withheld = restored.withheld;
                DraftNote::Nothing
            }
            Err(DraftError::Expired) => DraftNote::Forget,
            Err(DraftError::Newer(_)) => {
                walk.keep = false;
                DraftNote::Newer
            }
            Err(_) => DraftNote::SetAside(set_aside(text, found.today)),
        };
        (walk, note)
    }

    /// Storage refused to keep something of the current service: keep nothing more of it
    /// (the guide goes on with its answers on screen).
    pub fn not_kept(&mut self) {
        if let Some(w) = self.walk_mut() {
            w.keep = false;
        }
    }

    /// The current service's draft, to keep on the device (`None` when it is not kept).
    pub fn draft(&self, flow: &Flow) -> Option<String> {
        let walk = self.walk().filter(|w| w.keep && self.fits(flow))?;
        Some(walk.session.to_draft(flow))
    }

    /// Whether the person has answers in progress (a new version waits for them).
    pub fn busy(&self) -> bool {
        self.walk().is_some_and(|w| !w.session.answers().is_empty())
    }

    /// Whether the page on screen asks again for an answer that was not kept (an ID number):
    /// the guide says why.
    pub fn asked_again(&self) -> bool {
        self.walk().is_some_and(|w| {
            w.stage == Stage::Steps && w.session.current().is_some_and(|q| w.withheld.iter().any(|x| x == q))
        })
    }

    /// The page the person stands on, given the current place's flow.
    pub fn page(&self, flow: &Flow) -> Page {
        if self.at == At::Merged {
            return Page::Merged;
        }
        if !self.fits(flow) {
            return Page::Loading;
        }
        match self.at {
            At::Home => match self.home.as_ref().map(|s| (s.step(flow), s.is_first(flow))) {
                Some((Step::Question(question), first)) => Page::Home {
                    question: question.clone(),
                    back: !first,
                },
                _ => Page::Loading,
            },
            At::Service(i) => {
                let Some(walk) = self.walk() else { return Page::Loading };
                match walk.stage {
                    Stage::Intro => Page::Intro {
                        back: i > 0 || self.from_home,
                    },
                    Stage::Resume => Page::Resume { dropped: walk.dropped },
                    Stage::Steps => match walk.session.step(flow) {
                        Step::Question(question) => Page::Question {
                            question: question.clone(),
                            progress: walk.session.progress(flow),
                            back: self.intro || !walk.session.is_first(flow),
                        },
                        Step::Check => Page::Check,
                        Step::Outcome(o) => Page::Result(o),
                    },
                }
            }
            At::Merged => Page::Merged,
        }
    }

    /// The page's name as the host page is told it (`waymark-step`): `intro`, `resume`, the
    /// question's id, `check`, `outcome`; `None` off a service's pages.
    pub fn page_name(&self, flow: &Flow) -> Option<String> {
        Some(match self.page(flow) {
            Page::Intro { .. } => "intro".into(),
            Page::Resume { .. } => "resume".into(),
            Page::Question { question, .. } => question.id().into(),
            Page::Check => "check".into(),
            Page::Result(_) => "outcome".into(),
            Page::Loading | Page::Home { .. } | Page::Merged => return None,
        })
    }

    /// Do what the person did, with the current place's flow. An answer the question does not
    /// accept is the error, and the page stays; an action the page does not offer, or a flow
    /// of another place, changes nothing.
    pub fn act(&mut self, flow: &Flow, action: Action) -> Result<(), AnswerError> {
        let before = self.page_key();
        let result = self.apply(flow, action);
        if self.page_key() != before {
            self.moves += 1;
        }
        result
    }

    /// What identifies the page on screen (a change of it is a move).
    fn page_key(&self) -> PageKey {
        let walk = self
            .walk()
            .map(|w| (w.stage, w.session.current().map(str::to_string), w.session.is_confirmed()));
        let home = match self.at {
            At::Home => self.home.as_ref().map(|s| s.current().map(str::to_string)),
            _ => None,
        };
        (self.at, walk, home)
    }

    fn apply(&mut self, flow: &Flow, action: Action) -> Result<(), AnswerError> {
        if self.at == At::Merged {
            match action {
                Action::Back => self.at = At::Service(self.services.len().saturating_sub(1)),
                Action::Restart => self.start_over(),
                _ => {}
            }
            return Ok(());
        }
        if !self.fits(flow) {
            return Ok(());
        }
        if self.at == At::Home {
            return self.act_home(flow, action);
        }
        let At::Service(i) = self.at else { return Ok(()) };
        let (intro, several) = (self.intro, self.services.len() > 1);
        let Some(walk) = self.walk_mut() else { return Ok(()) };
        let s = &mut walk.session;
        // What follows beyond this service's own pages.
        enum Then {
            Stay,
            Previous,
            Next(OutcomeView),
            Restarted,
        }
        let then = match (walk.stage, action) {
            (Stage::Intro, Action::Start) | (Stage::Resume, Action::Resume) => {
                walk.stage = Stage::Steps;
                Then::Stay
            }
            (Stage::Resume, Action::Afresh) => {
                s.restart(flow);
                walk.withheld.clear();
                walk.stage = Stage::Steps;
                Then::Stay
            }
            (Stage::Intro, Action::Back) => Then::Previous,
            (Stage::Steps, Action::Answer(input)) => {
                s.answer(flow, input)?;
                s.next(flow)?;
                Then::Stay
            }
            (Stage::Steps, Action::Back) => {
                if !s.back(flow) && intro {
                    walk.stage = Stage::Intro;
                }
                Then::Stay
            }
            (Stage::Steps, Action::Change(q)) => {
                if matches!(s.step(flow), Step::Check) {
                    s.change(flow, q);
                }
                Then::Stay
            }
            (Stage::Steps, Action::Confirm) => {
                s.confirm();
                Then::Stay
            }
            (Stage::Steps, Action::NextService) if several => match s.step(flow) {
                Step::Outcome(o) => Then::Next(o),
                _ => Then::Stay,
            },
            (Stage::Steps, Action::Restart) if s.is_confirmed() => {
                s.restart(flow);
                walk.withheld.clear();
                if intro {
                    walk.stage = Stage::Intro;
                }
                Then::Restarted
            }
            _ => Then::Stay,
        };
        match then {
            Then::Stay => {}
            Then::Previous if i > 0 => self.at = At::Service(i - 1),
            Then::Previous if self.from_home => {
                self.at = At::Home;
                self.services.clear();
                self.titles.clear();
                self.walks.clear();
            }
            Then::Previous => {}
            Then::Next(outcome) => {
                if let Some(w) = self.walk_mut() {
                    w.result = Some(outcome);
                }
                self.at = if i + 1 >= self.services.len() {
                    At::Merged
                } else {
                    At::Service(i + 1)
                };
            }
            Then::Restarted => {
                if self.walk().is_some_and(|w| w.keep) {
                    self.forgotten.push(self.services[i].clone());
                }
                if self.from_home {
                    self.start_over();
                }
            }
        }
        Ok(())
    }

    fn act_home(&mut self, flow: &Flow, action: Action) -> Result<(), AnswerError> {
        let Some(s) = self.home.as_mut() else { return Ok(()) };
        match action {
            Action::Answer(input) => {
                s.answer(flow, input)?;
                s.next(flow)?;
                if matches!(s.step(flow), Step::Check) {
                    if let Some((_, services)) = home_choice(&self.index, s) {
                        self.walks = vec![None; services.len()];
                        self.titles = Vec::new();
                        self.services = services;
                        self.at = At::Service(0);
                    }
                }
            }
            Action::Back => {
                s.back(flow);
            }
            _ => {}
        }
        Ok(())
    }

    /// The services whose drafts the person's 重新开始 wiped: remove them from the device.
    pub fn take_forgotten(&mut self) -> Vec<String> {
        std::mem::take(&mut self.forgotten)
    }

    /// Every answer goes; back to the life events. Every service of the plan is forgotten.
    fn start_over(&mut self) {
        let mut forgotten = std::mem::take(&mut self.forgotten);
        for (id, walk) in self.services.iter().zip(&self.walks) {
            if walk.as_ref().is_some_and(|w| w.keep) && !forgotten.contains(id) {
                forgotten.push(id.clone());
            }
        }
        *self = Journey {
            moves: self.moves,
            forgotten,
            ..Journey::home()
        };
    }
}
