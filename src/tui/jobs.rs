//! The jobs of this session as the wizard shows them: what was sent, the answer (with a documented
//! error code explained from the spec), and each state change on a timeline.

use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::http::Reply;
use crate::http::credentials::Credentials;
use crate::jobs::Phase;
use crate::spec::Spec;

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
}

impl JobView {
    pub fn new(order: &SubmitOrder, spec: &Spec, now: Instant) -> JobView {
        let dry = if order.dry_run { " (dry run)" } else { "" };
        JobView {
            id: order.job,
            api: spec.id.clone(),
            title: format!("{}{dry}", spec.title),
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
        }
    }

    /// A retry's reason, or "the same failure" when it repeats the last one (a timeline of four
    /// identical DNS errors pushes the outcome out of view).
    fn trouble(&mut self, reason: String) -> String {
        if self.last_trouble.as_ref() == Some(&reason) {
            return "the same failure".into();
        }
        self.last_trouble = Some(reason.clone());
        reason
    }

    fn note(&mut self, now: Instant, text: String) {
        self.timeline.push((now.duration_since(self.started), crate::text::sanitize(&text)));
    }

    /// Applies one report; server text is sanitized before it is kept.
    pub fn apply(&mut self, spec: &Spec, event: JobMsg, now: Instant) {
        match event {
            JobMsg::Sent { method, url, token } => {
                // An RPC query holds the whole document; the pane has room for the outcome, not it.
                let url = match url.split_once('?') {
                    Some((path, query)) if url.chars().count() > 120 => {
                        format!("{path}?… ({} query parameters; s shows them all)", query.split('&').count())
                    }
                    _ => url,
                };
                self.request_line = crate::text::sanitize(&format!("{method} {url}"));
                self.tokened = token.is_some();
                let token = token.map(|t| format!(" with idempotency token {t}")).unwrap_or_default();
                self.note(now, format!("sent{token}"));
            }
            JobMsg::Retry { attempt, reason } => {
                let same = if self.tokened { ", same token" } else { "" };
                let why = self.trouble(reason);
                self.note(now, format!("retrying (attempt {attempt}{same}): {why}"));
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
                let what = created.map(|c| format!(": created {c}")).unwrap_or_default();
                self.note(now, format!("answered {status}{what}"));
                if ok && self.dry_run {
                    self.note(now, "dry run passed: the server accepts this request; nothing was created".into());
                } else if let (false, Some(why)) =
                    (ok, crate::http::refusal::signature(spec, &Reply { status, body }, &self.profile))
                {
                    self.note(now, why);
                }
            }
            JobMsg::NoAnswer(why) => {
                self.outcome = Outcome::Failed;
                let why = match &self.last_trouble {
                    Some(last) if why.ends_with(last.as_str()) => why.replace(last.as_str(), "the same failure"),
                    _ => why,
                };
                self.note(now, format!("failed: {why}"));
            }
            JobMsg::State { state, phase } => {
                self.outcome = match phase {
                    Phase::Running => Outcome::Following,
                    Phase::Succeeded => Outcome::Succeeded,
                    Phase::Failed => Outcome::Failed,
                };
                self.note(now, state);
            }
            JobMsg::Trouble(why) => self.note(now, format!("poll failed, trying again: {why}")),
            JobMsg::Ended(how) => self.note(now, how),
        }
    }
}

/// The documented meaning of the error code in an answer (`Code`, `ErrCode` or `error.code`).
fn explain(spec: &Spec, body: &Value) -> Option<String> {
    let code =
        ["/Code", "/ErrCode", "/error/code", "/code"].iter().find_map(|p| body.pointer(p)).and_then(Value::as_str)?;
    let entry = spec.error_code(code)?;
    let text = |k: &str| entry.get(k).and_then(Value::as_str).unwrap_or_default().to_owned();
    let status = entry.get("status").map(crate::request::scalar_text).unwrap_or_default();
    Some(crate::text::sanitize(format!("{code} ({status}): {} {}", text("meaning"), text("message")).trim()))
}
