//! Following a created resource to a final state: the spec's `x-progress` read into plain rules (where
//! the id is in the create answer, how to poll, which states end it), and an async poller whose
//! updates carry a generation so a late answer about an older job never overwrites a newer one.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tokio::sync::mpsc::UnboundedSender;

use crate::http::Client;
use crate::request::{self, HttpRequest};
use crate::sandbox::template::fill_text;
use crate::spec::Spec;
use crate::t;

/// `x-progress`, typed.
#[derive(Debug, Clone, Deserialize)]
pub struct Progress {
    pub mode: Mode,
    #[serde(default)]
    pub request: Option<PollRequest>,
    /// Pointer into the create answer to the resource (or job) id.
    pub id: String,
    /// Pointer into the poll answer to the status.
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub states: Vec<String>,
    #[serde(default)]
    pub success: Vec<String>,
    #[serde(default)]
    pub failure: Vec<String>,
    /// How to find what a create made when its answer was lost (APIs without an idempotency token).
    #[serde(default)]
    pub lookup: Option<crate::http::lookup::Lookup>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Poll until a success or failure state.
    Poll,
    /// The create answer is final.
    Sync,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PollRequest {
    pub method: String,
    pub path: String,
    #[serde(default)]
    pub query: Map<String, Value>,
    #[serde(default, rename = "x-acs")]
    pub acs: Option<Acs>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Acs {
    pub action: String,
    pub version: String,
}

impl PollRequest {
    /// The request against `base`, each `{name}` of the path and query filled by `lookup` (path
    /// values percent-encoded); a list or object query value goes as one JSON text, as the SDKs send
    /// `ClusterNames`.
    pub fn build(&self, base: &str, lookup: impl Fn(&str) -> Option<String>) -> HttpRequest {
        let path = fill_text(&self.path, |name| lookup(name).map(|v| request::encode(&v)));
        let query = self
            .query
            .iter()
            .map(|(k, v)| {
                let text = match v {
                    Value::Array(_) | Value::Object(_) => {
                        fill_text(&v.to_string(), |n| lookup(n).map(|t| json_inner(&t)))
                    }
                    other => fill_text(&request::scalar_text(other), &lookup),
                };
                (k.clone(), text)
            })
            .collect();
        let headers = self
            .acs
            .iter()
            .flat_map(|a| {
                [("x-acs-action".to_owned(), a.action.clone()), ("x-acs-version".to_owned(), a.version.clone())]
            })
            .collect();
        HttpRequest {
            method: self.method.to_uppercase(),
            base: base.trim_end_matches('/').to_owned(),
            path,
            query,
            headers,
            body: String::new(),
        }
    }
}

/// `text` escaped to stand inside a JSON string.
fn json_inner(text: &str) -> String {
    let quoted = Value::String(text.to_owned()).to_string();
    quoted[1..quoted.len() - 1].to_owned()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError {
    Spec { api: String, reason: String },
    NoStatus { pointer: String },
}

impl std::error::Error for JobError {}

/// Said in the current language when shown.
impl std::fmt::Display for JobError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            JobError::Spec { api, reason } => t!("engine-job-spec", api = api.as_str(), reason = reason.as_str()),
            JobError::NoStatus { pointer } => t!("engine-job-no-status", pointer = pointer.as_str()),
        };
        f.write_str(&text)
    }
}

impl Progress {
    pub fn of(spec: &Spec) -> Result<Progress, JobError> {
        let bad = |reason: String| JobError::Spec { api: spec.id.clone(), reason };
        let block = spec.operation.get("x-progress").ok_or_else(|| bad(t!("engine-job-no-progress")))?;
        let progress: Progress = serde_json::from_value(block.clone()).map_err(|e| bad(e.to_string()))?;
        if progress.mode == Mode::Poll && (progress.request.is_none() || progress.status.is_empty()) {
            return Err(bad(t!("engine-job-poll-needs")));
        }
        Ok(progress)
    }

    /// The new resource's id in a create answer (a number is taken as its text).
    pub fn created_id(&self, answer: &Value) -> Option<String> {
        answer.pointer(&self.id).map(request::scalar_text).filter(|s| !s.is_empty())
    }

    /// Reads the status out of a poll answer.
    pub fn interpret(&self, answer: &Value) -> Result<JobStatus, JobError> {
        let state = answer
            .pointer(&self.status)
            .map(request::scalar_text)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| JobError::NoStatus { pointer: self.status.clone() })?;
        Ok(JobStatus { phase: self.phase(&state), state })
    }

    pub fn phase(&self, state: &str) -> Phase {
        if self.success.iter().any(|s| s == state) {
            Phase::Succeeded
        } else if self.failure.iter().any(|s| s == state) {
            Phase::Failed
        } else {
            Phase::Running
        }
    }
}

/// Where a job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Running,
    Succeeded,
    Failed,
}

impl Phase {
    /// The phase in words of the current language (the provider's own state word stays as sent).
    pub fn word(self) -> String {
        match self {
            Phase::Running => t!("engine-phase-running"),
            Phase::Succeeded => t!("engine-phase-succeeded"),
            Phase::Failed => t!("engine-phase-failed"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobStatus {
    /// The provider's own word, e.g. `RUNNING` or `creating`.
    pub state: String,
    pub phase: Phase,
}

/// A created resource to follow: its id and the values its poll request needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub api: String,
    pub id: String,
    pub region: String,
    /// The operation's parameters as sent (e.g. `project_id` for Huawei's job path).
    pub params: Map<String, Value>,
}

impl Job {
    /// The job a create answer starts, when the API is polled and the answer names an id.
    pub fn from_answer(
        spec: &Spec,
        progress: &Progress,
        answer: &Value,
        params: &Map<String, Value>,
        document: &Value,
    ) -> Option<Job> {
        if progress.mode != Mode::Poll {
            return None;
        }
        Some(Job {
            api: spec.id.clone(),
            id: progress.created_id(answer)?,
            region: request::region(spec, params, document),
            params: params.clone(),
        })
    }

    fn lookup(&self, name: &str) -> Option<String> {
        match name {
            "id" => Some(self.id.clone()),
            "region" => Some(self.region.clone()),
            other => self.params.get(other).map(request::scalar_text),
        }
    }

    /// The poll request for this job against `base`.
    pub fn poll_request(&self, progress: &Progress, base: &str) -> Option<HttpRequest> {
        Some(progress.request.as_ref()?.build(base, |name| self.lookup(name)))
    }
}

/// How often to poll, for how long, and how many failed polls in a row end the watch.
#[derive(Debug, Clone, Copy)]
pub struct PollOptions {
    pub interval: Duration,
    pub timeout: Duration,
    pub max_errors: u32,
}

impl Default for PollOptions {
    fn default() -> PollOptions {
        PollOptions { interval: Duration::from_secs(1), timeout: Duration::from_secs(600), max_errors: 5 }
    }
}

/// One message from a poller, tagged with the generation it was started for.
#[derive(Debug, Clone, PartialEq)]
pub struct JobUpdate {
    pub generation: u64,
    pub job: String,
    pub event: JobEvent,
}

#[derive(Debug, Clone, PartialEq)]
pub enum JobEvent {
    /// A new state (sent on the first answer and whenever the state changes).
    Status(JobStatus),
    /// One poll failed; the poller tries again. Server text is raw: sanitize before display.
    Trouble(String),
}

/// How a watch ended.
#[derive(Debug, Clone, PartialEq)]
pub enum JobEnd {
    Finished(JobStatus),
    GaveUp {
        reason: String,
        last: Option<JobStatus>,
    },
    TimedOut {
        last: Option<JobStatus>,
    },
    /// The receiver of the updates went away: nobody is watching any more.
    Abandoned,
}

/// Polls `job` until it reaches a success or failure state, sending each change to `updates`.
pub async fn watch(
    client: &Client,
    progress: &Progress,
    job: &Job,
    base: &str,
    options: PollOptions,
    generation: u64,
    updates: &UnboundedSender<JobUpdate>,
) -> JobEnd {
    let Some(request) = job.poll_request(progress, base) else {
        return JobEnd::GaveUp { reason: t!("engine-job-no-poll"), last: None };
    };
    let started = tokio::time::Instant::now();
    let mut last: Option<JobStatus> = None;
    let mut errors = 0;
    loop {
        let send = |event| updates.send(JobUpdate { generation, job: job.id.clone(), event }).is_ok();
        let answer = match client.attempt(&request).await {
            Ok(Ok(reply)) if reply.is_success() => progress.interpret(&reply.body).map_err(|e| e.to_string()),
            Ok(Ok(reply)) => {
                Err(t!("engine-job-poll-answered", status = reply.status.to_string(), body = reply.body.to_string()))
            }
            Ok(Err(trouble)) => Err(trouble.describe()),
            Err(fatal) => return JobEnd::GaveUp { reason: fatal.to_string(), last },
        };
        match answer {
            Ok(status) => {
                errors = 0;
                if last.as_ref() != Some(&status) {
                    if !send(JobEvent::Status(status.clone())) {
                        return JobEnd::Abandoned;
                    }
                    last = Some(status.clone());
                }
                if status.phase != Phase::Running {
                    return JobEnd::Finished(status);
                }
            }
            Err(reason) => {
                errors += 1;
                if errors >= options.max_errors {
                    return JobEnd::GaveUp { reason, last };
                }
                if !send(JobEvent::Trouble(reason)) {
                    return JobEnd::Abandoned;
                }
            }
        }
        if started.elapsed() + options.interval > options.timeout {
            return JobEnd::TimedOut { last };
        }
        tokio::time::sleep(options.interval).await;
    }
}

/// A value with the generation it belongs to: starting a new job renews the generation, and an update
/// tagged with an older one is ignored (the atuin model), so a slow poll of a replaced job is harmless.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Generational<T> {
    generation: u64,
    value: T,
}

impl<T> Generational<T> {
    pub fn new(value: T) -> Generational<T> {
        Generational { generation: 0, value }
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn value(&self) -> &T {
        &self.value
    }

    /// Replaces the value and starts a new generation; returns the number to tag its updates with.
    pub fn renew(&mut self, value: T) -> u64 {
        self.generation += 1;
        self.value = value;
        self.generation
    }

    /// Applies `change` when `generation` is the current one; returns whether it was applied.
    pub fn update(&mut self, generation: u64, change: impl FnOnce(&mut T)) -> bool {
        if generation != self.generation {
            return false;
        }
        change(&mut self.value);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;
    use serde_json::json;

    fn setup(id: &str) -> (Catalog, Progress) {
        let catalog = Catalog::embedded().expect("specs");
        let progress = Progress::of(catalog.get(id).expect("spec")).expect("x-progress");
        (catalog, progress)
    }

    #[test]
    fn phases_and_job_errors_are_said_in_the_current_language() {
        use crate::i18n::{Lang, set_thread};
        set_thread(Lang::Zh);
        let words: Vec<String> = [Phase::Running, Phase::Succeeded, Phase::Failed].map(Phase::word).into();
        assert_eq!(words, ["进行中", "已成功", "已失败"]);
        assert_eq!(JobError::NoStatus { pointer: "/Status".into() }.to_string(), "轮询应答中 /Status 处没有状态");
        set_thread(Lang::En);
        assert_eq!(Phase::Failed.word(), "failed");
        assert_eq!(
            JobError::NoStatus { pointer: "/Status".into() }.to_string(),
            "the poll answer has no status at /Status"
        );
    }

    #[test]
    fn every_spec_has_readable_progress() {
        for spec in Catalog::embedded().expect("specs").specs() {
            Progress::of(spec).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn huawei_job_poll_fills_the_path_from_params_and_answer() {
        let (catalog, progress) = setup("huaweicloud.ecs.CreateServers");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let params = json!({"project_id": "p/1"}).as_object().cloned().unwrap_or_default();
        let job = Job::from_answer(spec, &progress, &json!({"job_id": "ff80"}), &params, &json!({})).expect("job");
        let poll = job.poll_request(&progress, "http://127.0.0.1:9/").expect("poll");
        assert_eq!((poll.method.as_str(), poll.url()), ("GET", "http://127.0.0.1:9/v1/p%2F1/jobs/ff80".to_owned()));
        let status = progress.interpret(&json!({"status": "FAIL"})).expect("status");
        assert_eq!(status, JobStatus { state: "FAIL".into(), phase: Phase::Failed });
        assert!(progress.interpret(&json!({"error": {}})).is_err());
    }

    #[test]
    fn starrocks_poll_carries_region_query_and_acs_headers() {
        let (catalog, progress) = setup("aliyun.starrocks.CreateInstanceV1");
        let spec = catalog.get("aliyun.starrocks.CreateInstanceV1").expect("spec");
        let answer = json!({"Data": {"InstanceId": "c-1", "OrderId": 5}});
        let doc = json!({"RegionId": "cn-beijing"});
        let job = Job::from_answer(spec, &progress, &answer, &Map::new(), &doc).expect("job");
        let poll = job.poll_request(&progress, "http://h").expect("poll");
        assert_eq!(poll.query_string(), "InstanceId=c-1&RegionId=cn-beijing");
        assert_eq!(poll.header("x-acs-action"), Some("DescribeInstances"));
        let running = progress.interpret(&json!({"Data": [{"InstanceStatus": "creating"}]})).expect("status");
        assert_eq!(running.phase, Phase::Running);
    }

    #[test]
    fn sync_apis_start_no_job() {
        let (catalog, progress) = setup("aliyun.ecs.CreateHpcCluster");
        let spec = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
        let answer = json!({"HpcClusterId": "hpc-1"});
        assert_eq!(progress.created_id(&answer).as_deref(), Some("hpc-1"));
        assert!(Job::from_answer(spec, &progress, &answer, &Map::new(), &json!({})).is_none());
    }

    #[test]
    fn stale_generations_are_ignored() {
        let mut job = Generational::new(None::<&str>);
        let first = job.renew(Some("job-1"));
        let second = job.renew(Some("job-2"));
        assert!(!job.update(first, |v| *v = Some("late answer for job-1")));
        assert_eq!(job.value(), &Some("job-2"));
        assert!(job.update(second, |v| *v = Some("job-2 done")));
        assert_eq!((job.generation(), job.value()), (2, &Some("job-2 done")));
    }
}
