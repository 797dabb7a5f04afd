//! Submitting one document: the parameters completed (the sandbox's fallbacks, the idempotency token
//! generated when left empty), the request built, sent with retries, and the answer read: success,
//! the created id and the job to follow.

use serde_json::{Map, Value};

use super::client::{Client, Reply, SendError, SendEvent};
use super::lookup::Found;
use super::retry::Replay;
use crate::jobs::{Job, JobError, Progress};
use crate::request::{self, HttpRequest, RequestError};
use crate::spec::{Catalog, Spec, SpecError};

/// Where a submission goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// The embedded sandbox at this base URL: required parameters left empty take the sandbox's
    /// values (`profile::sandbox_parameter`), so a bare document can be tried at once.
    Sandbox(String),
    /// A real endpoint's base URL: nothing is filled in for the user.
    Url(String),
}

impl Endpoint {
    pub fn base(&self) -> &str {
        match self {
            Endpoint::Sandbox(base) | Endpoint::Url(base) => base,
        }
    }
}

/// One request to make, as plain data.
#[derive(Debug, Clone)]
pub struct Submission {
    pub api: String,
    pub params: Map<String, Value>,
    pub document: Value,
    pub endpoint: Endpoint,
}

/// A submission ready to send: parameters and document as they go out, and the request.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub params: Map<String, Value>,
    pub document: Value,
    /// The idempotency token every attempt carries (`None` when the API takes none).
    pub token: Option<String>,
    pub request: HttpRequest,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SubmitEvent {
    Prepared { method: String, url: String, token: Option<String> },
    Send(SendEvent),
}

/// The outcome of a submission that got an answer (any status).
#[derive(Debug, Clone)]
pub struct Submitted {
    pub api: String,
    pub prepared: Prepared,
    pub reply: Reply,
    pub attempts: u32,
    /// The new resource's id, when the answer is a success that names one.
    pub created_id: Option<String>,
    /// The job to poll, for APIs whose resources are created asynchronously.
    pub job: Option<Job>,
    /// Set when the answer was lost and the resource was found by looking it up: how it was found.
    pub recovered: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error(transparent)]
    Spec(#[from] SpecError),
    #[error(transparent)]
    Request(#[from] RequestError),
    #[error(transparent)]
    Send(#[from] SendError),
    #[error(transparent)]
    Progress(#[from] JobError),
    /// The answer to a create without an idempotency token was lost, and looking the resource up
    /// showed it was not made: sending again is safe.
    #[error("{}", crate::t!("cli-submit-not-created", reason = .reason.as_str(), what = .what.as_str(), name = .name.as_str()))]
    NotCreated { reason: String, what: String, name: String },
    /// The answer was lost and what became of the request cannot be told.
    #[error("{}", crate::t!("cli-submit-unknown", reason = .reason.as_str(), name = .name.as_str(), why = .why.as_str()))]
    Unknown { reason: String, name: String, why: String },
}

/// Completes the parameters and the token and builds the request; no I/O.
pub fn prepare(spec: &Spec, submission: &Submission) -> Result<Prepared, RequestError> {
    let mut params = submission.params.clone();
    let mut document = submission.document.clone();
    if let Endpoint::Sandbox(_) = &submission.endpoint {
        for p in spec.params.iter().filter(|p| p.required) {
            let empty = params.get(&p.name).is_none_or(|v| request::scalar_text(v).is_empty());
            if let (true, Some(value)) = (empty, crate::profile::sandbox_parameter(spec, p)) {
                params.insert(p.name.clone(), value);
            }
        }
    }
    let token = request::ensure_token(spec, &mut params, &mut document);
    let request = request::build(spec, &params, &document, submission.endpoint.base())?;
    Ok(Prepared { params, document, token, request })
}

/// Sends one submission and reads the answer (`prepare`, then `send`).
pub async fn submit(
    client: &Client,
    catalog: &Catalog,
    submission: Submission,
    on_event: &mut (dyn FnMut(SubmitEvent) + Send),
) -> Result<Submitted, SubmitError> {
    let spec = catalog.get(&submission.api)?;
    let prepared = prepare(spec, &submission)?;
    send(client, spec, prepared, on_event).await
}

/// Sends a prepared submission. Retries reuse the same request, so the idempotency token is the same
/// on every attempt; without a token only requests that never left are sent again.
pub async fn send(
    client: &Client,
    spec: &Spec,
    prepared: Prepared,
    on_event: &mut (dyn FnMut(SubmitEvent) + Send),
) -> Result<Submitted, SubmitError> {
    let progress = Progress::of(spec)?;
    on_event(SubmitEvent::Prepared {
        method: prepared.request.method.clone(),
        url: prepared.request.url(),
        token: prepared.token.clone(),
    });
    let replay = if prepared.token.is_some() { Replay::Safe } else { Replay::OnlyUnsent };
    let sent_at = time::OffsetDateTime::now_utc();
    let sent = client.send(&prepared.request, replay, &mut |e| on_event(SubmitEvent::Send(e))).await;
    let (reply, attempts) = match sent {
        Err(SendError::Unreachable { reason, attempts, may_have_arrived: true, .. }) if prepared.token.is_none() => {
            return recover(client, spec, &progress, prepared, (reason, attempts), sent_at).await;
        }
        other => other?,
    };
    let (created_id, job) = if reply.is_success() {
        let job = Job::from_answer(spec, &progress, &reply.body, &prepared.params, &prepared.document);
        (progress.created_id(&reply.body), job)
    } else {
        (None, None)
    };
    Ok(Submitted { api: spec.id.clone(), prepared, reply, attempts, created_id, job, recovered: None })
}

/// A create without a token whose answer was lost: never resent, but looked up by the name the
/// document gives it, so the outcome is the truth — created (and followed), not created, or unknown.
async fn recover(
    client: &Client,
    spec: &Spec,
    progress: &Progress,
    prepared: Prepared,
    (reason, attempts): (String, u32),
    sent_at: time::OffsetDateTime,
) -> Result<Submitted, SubmitError> {
    let Some(lookup) = &progress.lookup else {
        let why = crate::t!("cli-lookup-none");
        return Err(SubmitError::Unknown { reason, name: crate::t!("cli-lookup-its-name"), why });
    };
    let given = lookup.name_in(&prepared.document).map(request::scalar_text).unwrap_or_default();
    let name = format!("{} {given:?}", lookup.name.trim_start_matches('/'));
    let what =
        lookup.request.query.get("Action").map(request::scalar_text).unwrap_or_else(|| crate::t!("cli-lookup-call"));
    let found = lookup.find(client, &prepared.document, &prepared.request.base, sent_at).await;
    match found {
        Ok(Found::Created { id, item }) => {
            let answer = serde_json::json!({ progress.id.trim_start_matches('/'): id });
            let job = Job::from_answer(spec, progress, &answer, &prepared.params, &prepared.document);
            let (why, what, made, name) = (reason.as_str(), what.as_str(), id.as_str(), name.as_str());
            let recovered = Some(crate::t!("cli-submit-recovered", reason = why, what = what, id = made, name = name));
            let reply = Reply { status: 200, body: item };
            Ok(Submitted { api: spec.id.clone(), prepared, reply, attempts, created_id: Some(id), job, recovered })
        }
        Ok(Found::NotCreated) => Err(SubmitError::NotCreated {
            reason,
            what: crate::t!("cli-lookup-resource"),
            name: format!("{what}, {name}"),
        }),
        Ok(Found::Several(ids)) => {
            let why =
                crate::t!("cli-lookup-several", what = what.as_str(), count = ids.len(), ids = crate::i18n::join(&ids));
            Err(SubmitError::Unknown { reason, name, why })
        }
        Err(e) => {
            let why = crate::t!("cli-lookup-failed", what = what.as_str(), error = e.to_string());
            Err(SubmitError::Unknown { reason, name, why })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_sandbox_fills_required_params_from_the_first_example_and_a_real_endpoint_does_not() {
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let submission = |endpoint| Submission {
            api: spec.id.clone(),
            params: Map::new(),
            document: spec.examples[0].value.clone(),
            endpoint,
        };
        let sandbox = prepare(spec, &submission(Endpoint::Sandbox("http://127.0.0.1:1".into()))).expect("prepared");
        assert_eq!(sandbox.params.get("project_id"), spec.examples[0].parameters.get("project_id"));
        let token = sandbox.token.clone().expect("a token");
        assert_eq!(sandbox.request.header("X-Client-Token"), Some(token.as_str()));
        let real = prepare(spec, &submission(Endpoint::Url("https://ecs.example".into())));
        assert!(matches!(real, Err(RequestError::MissingPathParam(p)) if p == "project_id"));
    }

    #[test]
    fn a_given_token_is_kept() {
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("aliyun.starrocks.CreateInstanceV1").expect("spec");
        let mut document = spec.examples[0].value.clone();
        document["ClientToken"] = json!("mine");
        let submission = Submission {
            api: spec.id.clone(),
            params: Map::new(),
            document,
            endpoint: Endpoint::Url("http://h".into()),
        };
        let prepared = prepare(spec, &submission).expect("prepared");
        assert_eq!(prepared.token.as_deref(), Some("mine"));
        assert!(prepared.request.body.contains("\"ClientToken\":\"mine\""));
    }
}
