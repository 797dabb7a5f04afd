//! The wizard's side of submitting: the embedded sandbox started in the background when the first
//! form opens, a tokio runtime made on the first submit, and each submission and its job followed on it,
//! reported back to the event loop as messages.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use super::app::Msg;
use super::jobs::{Destination, JobMsg, SubmitOrder};
use crate::history::{Entry, History};
use crate::http::sign::Scheme;
use crate::http::{self, Client, SendEvent, Settings, Submission, SubmitEvent};
use crate::jobs::{self, JobEnd, JobEvent, PollOptions, Progress};
use crate::sandbox::{self, Background};
use crate::spec::Catalog;

pub struct Submitter {
    catalog: Arc<Catalog>,
    messages: Sender<Msg>,
    sandbox: Option<Background>,
    sandbox_ready: Option<Receiver<Result<Background, String>>>,
    runtime: Option<tokio::runtime::Runtime>,
    client: Option<Client>,
}

impl Submitter {
    pub fn new(catalog: Arc<Catalog>, messages: Sender<Msg>) -> Submitter {
        Submitter { catalog, messages, sandbox: None, sandbox_ready: None, runtime: None, client: None }
    }

    /// Starts the sandbox on a free loopback port without holding up the screen (once).
    pub fn start_sandbox(&mut self) {
        if self.sandbox.is_some() || self.sandbox_ready.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let catalog = Arc::clone(&self.catalog);
        std::thread::spawn(move || {
            let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
            let _ = tx.send(sandbox::start(catalog, &sandbox::Config::default(), addr).map_err(|e| e.to_string()));
        });
        self.sandbox_ready = Some(rx);
    }

    /// The sandbox's address once it is up (once).
    pub fn poll_sandbox(&mut self) -> Option<Msg> {
        let result = self.sandbox_ready.as_ref()?.try_recv().ok()?;
        self.sandbox_ready = None;
        Some(match result {
            Ok(background) => {
                let url = background.base_url();
                self.sandbox = Some(background);
                Msg::SandboxReady(Ok(url))
            }
            Err(e) => Msg::SandboxReady(Err(e)),
        })
    }

    fn runtime(&mut self) -> Result<(&tokio::runtime::Runtime, Client), String> {
        if self.runtime.is_none() {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .map_err(|e| crate::t!("wizard-runtime-failed", error = e.to_string()))?;
            self.runtime = Some(rt);
        }
        if self.client.is_none() {
            self.client = Some(Client::new(Settings::default()).map_err(|e| e.to_string())?);
        }
        match (&self.runtime, &self.client) {
            (Some(rt), Some(client)) => Ok((rt, client.clone())),
            _ => Err(crate::t!("wizard-runtime-missing")),
        }
    }

    /// Sends one submission (to the sandbox or a real endpoint, signed) and follows its job, reporting
    /// every step.
    pub fn submit(&mut self, order: SubmitOrder) {
        let tx = self.messages.clone();
        let job = order.job;
        let report = move |tx: &Sender<Msg>, event: JobMsg| {
            let _ = tx.send(Msg::Job { job, event });
        };
        let Ok(spec) = self.catalog.get(&order.api).cloned() else { return };
        let scheme = Scheme::for_style(spec.style);
        let (endpoint, key) = match order.destination {
            Destination::Sandbox => match self.sandbox.as_ref().map(Background::base_url) {
                Some(base) => (http::Endpoint::Sandbox(base), crate::profile::sandbox_credentials()),
                None => return report(&tx, JobMsg::NoAnswer(crate::t!("wizard-sandbox-not-running"))),
            },
            Destination::Real { base, key, .. } => (http::Endpoint::Url(base), key),
        };
        let base = endpoint.base().to_owned();
        let client = match self.runtime() {
            Ok((_, client)) => client.signing(scheme, key),
            Err(e) => return report(&tx, JobMsg::NoAnswer(e)),
        };
        let Some(rt) = self.runtime.as_ref() else { return };
        rt.spawn(async move {
            let submission =
                Submission { api: order.api.clone(), params: order.params, document: order.document, endpoint };
            let mut entry: Option<Entry> = None;
            let sent = match http::prepare(&spec, &submission) {
                Ok(prepared) => {
                    entry =
                        Some(Entry::new(&spec, &base, &prepared.params, &prepared.document, prepared.token.clone()));
                    // An RPC URL carries the whole document: its secrets are masked on screen.
                    let document = prepared.document.clone();
                    http::send(&client, &spec, prepared, &mut |event| match event {
                        SubmitEvent::Prepared { method, url, token } => {
                            let url = crate::export::redact::mask_secrets(&spec, &document, &url, |_| true);
                            report(&tx, JobMsg::Sent { method, url, token })
                        }
                        SubmitEvent::Send(SendEvent::Retry { next, reason, .. }) => {
                            report(&tx, JobMsg::Retry { attempt: next, reason })
                        }
                        SubmitEvent::Send(SendEvent::Attempt { .. }) => {}
                    })
                    .await
                    .map_err(|e| e.to_string())
                }
                Err(e) => Err(e.to_string()),
            };
            let submitted = match sent {
                Ok(s) => s,
                Err(e) => return report(&tx, JobMsg::NoAnswer(e)),
            };
            // The answer was lost and the resource found by looking it up: the timeline says so.
            if let Some(how) = &submitted.recovered {
                report(&tx, JobMsg::Trouble(how.clone()));
            }
            let follow = submitted.job.clone().filter(|_| submitted.reply.is_success());
            report(
                &tx,
                JobMsg::Answered {
                    status: submitted.reply.status,
                    body: submitted.reply.body.clone(),
                    created: submitted.created_id.clone(),
                    following: follow.is_some(),
                },
            );
            if let Some(entry) = entry.as_mut() {
                entry.outcome.record(&submitted);
                let _ = History::open().save(entry);
            }
            let (Some(job_to_follow), Ok(progress)) = (follow, Progress::of(&spec)) else { return };
            let (updates, mut received) = tokio::sync::mpsc::unbounded_channel::<jobs::JobUpdate>();
            let forward = {
                let tx = tx.clone();
                tokio::spawn(async move {
                    while let Some(update) = received.recv().await {
                        let event = match update.event {
                            JobEvent::Status(s) => JobMsg::State { state: s.state, phase: s.phase },
                            JobEvent::Trouble(why) => JobMsg::Trouble(why),
                        };
                        report(&tx, event);
                    }
                })
            };
            let options = PollOptions { interval: Duration::from_millis(500), ..PollOptions::default() };
            let end = jobs::watch(&client, &progress, &job_to_follow, &base, options, job, &updates).await;
            drop(updates);
            let _ = forward.await;
            let ended = match end {
                JobEnd::Finished(s) => crate::t!("wizard-job-final", state = s.state),
                JobEnd::GaveUp { reason, .. } => crate::t!("wizard-job-gave-up", reason = reason),
                JobEnd::TimedOut { .. } => crate::t!("wizard-job-timed-out"),
                JobEnd::Abandoned => return,
            };
            report(&tx, JobMsg::Ended(ended));
        });
    }
}
