//! The jobs of this session as the wizard shows them: what was sent, the answer (with a documented
//! error code explained from the spec), and each state change on a timeline.

use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::http::Reply;
use crate::http::credentials::Credentials;
use crate::jobs::Phase;
use crate::spec::Spec;
use crate::t;

/// Where a submission goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Destination {
    /// The built-in sandbox (the runtime knows its address); signed with its test key.
    Sandbox,
    /// A real endpoint, signed with the profile's key on every attempt.
    Real { profile: String, base: String, key: Credentials },
}

/// A submission to make, as plain data.
#[derive(Debug, Clone, PartialEq)]
pub struct SubmitOrder {
    pub job: u64,
    pub api: String,
    pub params: Map<String, Value>,
    pub document: Value,
    pub destination: Destination,
    /// Sent with the API's dry-run flag set: checked by the server, nothing created.
    pub dry_run: bool,
}

impl SubmitOrder {
    pub fn profile(&self) -> &str {
        match &self.destination {
            Destination::Sandbox => crate::profile::SANDBOX,
            Destination::Real { profile, .. } => profile,
        }
    }
}

/// What the runtime reports about one job.
#[derive(Debug, Clone, PartialEq)]
pub enum JobMsg {
    Sent { method: String, url: String, token: Option<String> },
    Retry { attempt: u32, reason: String },
    Answered { status: u16, body: Value, created: Option<String>, following: bool },
    NoAnswer(String),
    State { state: String, phase: Phase },
    Trouble(String),
    Ended(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Sending,
    Following,
    Succeeded,
    Failed,
}

#[derive(Debug, Clone)]
pub struct JobView {
    pub id: u64,
    pub api: String,
    pub title: String,
    pub started: Instant,
    pub request_line: String,
    pub status: Option<u16>,
    pub response: Option<String>,
    pub explained: Option<String>,
    pub created: Option<String>,
    pub timeline: Vec<(Duration, String)>,
    pub outcome: Outcome,
    /// The profile it was signed with, named when the server refuses the signature.
    pub profile: String,
    pub dry_run: bool,
    /// Whether the request carries an idempotency token (retries then cannot create twice).
    tokened: bool,
    /// The token the form gave (none when each submit makes its own): sending it again replays.
    pub token: Option<String>,
    last_trouble: Option<String>,
    /// Every report as it came, so a language switch can tell the job again in the new language.
    events: Vec<(Instant, JobMsg)>,
}

fn title(spec: &Spec, dry_run: bool) -> String {
    if dry_run { t!("view-job-dry-run-title", title = spec.title.to_string()) } else { spec.title.to_string() }
}

impl JobView {
    pub fn new(order: &SubmitOrder, spec: &Spec, now: Instant) -> JobView {
        JobView {
            id: order.job,
            api: spec.id.clone(),
            title: title(spec, order.dry_run),
            started: now,
            request_line: format!("{} {}", spec.method, spec.path),
            status: None,
            response: None,
            explained: None,
            created: None,
            timeline: Vec::new(),
            outcome: Outcome::Sending,
            profile: order.profile().to_owned(),
            dry_run: order.dry_run,
            tokened: false,
            token: crate::request::given_token(spec, &order.params, &order.document),
            last_trouble: None,
            events: Vec::new(),
        }
    }

    /// The job told again in the current language: its title, and its reports replayed at the times
    /// they came. (A reason a report carries as text stays in the language it was made in.)
    pub fn relocalize(&mut self, spec: &Spec) {
        let events = std::mem::take(&mut self.events);
        self.title = title(spec, self.dry_run);
        self.request_line = format!("{} {}", spec.method, spec.path);
        (self.status, self.response, self.explained, self.created) = (None, None, None, None);
        self.timeline.clear();
        self.outcome = Outcome::Sending;
        self.tokened = false;
        self.last_trouble = None;
        for (at, event) in events {
            self.apply(spec, event, at);
        }
    }

    /// A retry's reason, or "the same failure" when it repeats the last one (a timeline of four
    /// identical DNS errors pushes the outcome out of view).
    fn trouble(&mut self, reason: String) -> String {
        if self.last_trouble.as_ref() == Some(&reason) {
            return t!("view-job-same-failure");
        }
        self.last_trouble = Some(reason.clone());
        reason
    }

    fn note(&mut self, now: Instant, text: String) {
        self.timeline.push((now.duration_since(self.started), crate::text::sanitize(&text)));
    }

    /// Applies one report; server text is sanitized before it is kept.
    pub fn apply(&mut self, spec: &Spec, event: JobMsg, now: Instant) {
        self.events.push((now, event.clone()));
        match event {
            JobMsg::Sent { method, url, token } => {
                // An RPC query holds the whole document; the pane has room for the outcome, not it.
                let url = match url.split_once('?') {
                    Some((path, query)) if url.chars().count() > 120 => {
                        let count = query.split('&').count();
                        format!("{path}?… {}", t!("view-job-query-parameters", count = count))
                    }
                    _ => url,
                };
                self.request_line = crate::text::sanitize(&format!("{method} {url}"));
                self.tokened = token.is_some();
                let sent = match token {
                    Some(token) => t!("view-job-sent-with-token", token = token),
                    None => t!("view-job-sent"),
                };
                self.note(now, sent);
            }
            JobMsg::Retry { attempt, reason } => {
                let why = self.trouble(reason);
                let retrying = if self.tokened {
                    t!("view-job-retrying-same-token", attempt = attempt, reason = why)
                } else {
                    t!("view-job-retrying", attempt = attempt, reason = why)
                };
                self.note(now, retrying);
            }
            JobMsg::Answered { status, body, created, following } => {
                self.status = Some(status);
                self.response = Some(crate::text::sanitize(&serde_json::to_string_pretty(&body).unwrap_or_default()));
                self.explained = explain(spec, &body);
                self.created = created.as_deref().map(crate::text::sanitize_line);
                let ok = (200..300).contains(&status);
                self.outcome = match (ok, following) {
                    (true, true) => Outcome::Following,
                    (true, false) => Outcome::Succeeded,
                    (false, _) => Outcome::Failed,
                };
                let answered = match created {
                    Some(c) => t!("view-job-answered-created", status = status, created = c),
                    None => t!("view-job-answered", status = status),
                };
                self.note(now, answered);
                if ok && self.dry_run {
                    self.note(now, t!("view-job-dry-run-passed"));
                } else if let (false, Some(why)) =
                    (ok, crate::http::refusal::signature(spec, &Reply { status, body }, &self.profile))
                {
                    self.note(now, why);
                }
            }
            JobMsg::NoAnswer(why) => {
                self.outcome = Outcome::Failed;
                let why = match &self.last_trouble {
                    Some(last) if why.ends_with(last.as_str()) => {
                        why.replace(last.as_str(), &t!("view-job-same-failure"))
                    }
                    _ => why,
                };
                self.note(now, t!("view-job-no-answer", reason = why));
            }
            JobMsg::State { state, phase } => {
                self.outcome = match phase {
                    Phase::Running => Outcome::Following,
                    Phase::Succeeded => Outcome::Succeeded,
                    Phase::Failed => Outcome::Failed,
                };
                self.note(now, state);
            }
            JobMsg::Trouble(why) => self.note(now, t!("view-job-poll-trouble", reason = why)),
            JobMsg::Ended(how) => self.note(now, how),
        }
    }
}

/// The documented meaning of the error code in an answer (`Code`, `ErrCode` or `error.code`).
fn explain(spec: &Spec, body: &Value) -> Option<String> {
    let code =
        ["/Code", "/ErrCode", "/error/code", "/code"].iter().find_map(|p| body.pointer(p)).and_then(Value::as_str)?;
    let entry = spec.error_code(code)?;
    let text = |k: &str| crate::i18n::spec_text(entry, k).map(|t| t.into_owned()).unwrap_or_default();
    let status = entry.get("status").map(crate::request::scalar_text).unwrap_or_default();
    // Chinese sentences join without a space; English ones with one.
    let gap = match crate::i18n::current() {
        crate::i18n::Lang::En => " ",
        crate::i18n::Lang::Zh => "",
    };
    let said = [text("meaning"), text("message")].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(gap);
    Some(crate::text::sanitize(format!("{code} ({status}): {said}").trim()))
}
