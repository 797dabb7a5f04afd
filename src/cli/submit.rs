//! `submit`: send a document to the embedded sandbox or an endpoint (retrying with the same
//! idempotency token), optionally follow the created resource to its final state, print the outcome
//! with all server text sanitized, and keep it in the history. Requests are signed with the chosen
//! profile's key on every attempt (`submit_auth` picks the profile and gates real endpoints).

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{Failure, Format, submit_auth};
use crate::history::{Entry, History, JobRecord};
use crate::http::credentials::Credentials;
use crate::http::sign::Scheme;
use crate::http::{Client, Endpoint, RetryPolicy, SendEvent, Settings, Submission, SubmitError, SubmitEvent};
use crate::input;
use crate::jobs::{self, JobEnd, JobEvent, Phase, PollOptions, Progress};
use crate::request::type_by_schema;
use crate::sandbox::{self, Config};
use crate::spec::{Catalog, Spec};
use crate::text::sanitize;

#[derive(clap::Args, Debug)]
pub struct SubmitArgs {
    #[arg(long)]
    api: String,
    file: Option<PathBuf>,
    #[arg(long, default_value = "sandbox")]
    endpoint: String,
    #[arg(long = "param", value_name = "NAME=VALUE")]
    params: Vec<String>,
    #[arg(long)]
    wait: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    #[arg(long, default_value_t = 4)]
    attempts: u32,
    #[arg(long, default_value_t = 1000)]
    poll_interval: u64,
    #[arg(long, default_value_t = 600)]
    wait_timeout: u64,
    #[arg(long)]
    profile: Option<String>,
    #[arg(long)]
    yes: bool,
    #[arg(long, value_name = "SCHEME")]
    scheme: Option<String>,
}

/// Reads `NAME=VALUE` arguments into the operation's parameters, typed by their schemas.
fn parse_params(spec: &Spec, given: &[String]) -> Result<Map<String, Value>, Failure> {
    let names = || crate::i18n::join(&spec.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
    let mut out = Map::new();
    for text in given {
        let Some((name, value)) = text.split_once('=') else {
            return Err(Failure::usage(crate::t!("cli-param-shape", text = format!("{text:?}"))));
        };
        let Some(param) = spec.params.iter().find(|p| p.name.eq_ignore_ascii_case(name.trim())) else {
            let (api, name) = (spec.id.as_str(), format!("{name:?}"));
            return Err(Failure::usage(if spec.params.is_empty() {
                crate::t!("cli-no-such-param-none", api = api, name = name)
            } else {
                crate::t!("cli-no-such-param", api = api, name = name, params = names())
            }));
        };
        out.insert(param.name.clone(), type_by_schema(Some(&param.schema), value));
    }
    Ok(out)
}

pub fn run(catalog: Catalog, args: SubmitArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    let spec = catalog.get(&args.api)?;
    let document = input::read_document(args.file.as_deref())?;
    let mut params = parse_params(spec, &args.params)?;
    let api = spec.id.clone();
    let catalog = Arc::new(catalog);
    // The embedded sandbox runs on its own thread for as long as this command does.
    let (endpoint, _sandbox) = if args.endpoint.eq_ignore_ascii_case("sandbox") {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
        let running =
            sandbox::start(catalog.clone(), &Config::default(), addr).map_err(|e| Failure::usage(e.to_string()))?;
        (Endpoint::Sandbox(running.base_url()), Some(running))
    } else if args.endpoint.starts_with("http://") || args.endpoint.starts_with("https://") {
        submit_auth::confirm(&args.endpoint, args.yes)?;
        (Endpoint::Url(args.endpoint.clone()), None)
    } else {
        return Err(Failure::usage(crate::t!("cli-submit-bad-endpoint", endpoint = format!("{:?}", args.endpoint))));
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure { code: 1, message: crate::t!("cli-no-runtime", error = e.to_string()) })?;
    let profile = submit_auth::profile_name(args.profile.as_deref(), endpoint.base());
    let key = submit_auth::key(catalog.get(&api)?, &document, &profile, endpoint.base(), &mut params)?;
    let submission = Submission { api, params, document, endpoint };
    let signing = Signing { profile, key };
    runtime.block_on(session(&catalog, submission, signing, &args, out))
}

/// The profile a submit signs with, and its key (`None`: sent unsigned).
struct Signing {
    profile: String,
    key: Option<Credentials>,
}

async fn session(
    catalog: &Catalog,
    submission: Submission,
    signing: Signing,
    args: &SubmitArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let spec = catalog.get(&submission.api)?;
    let progress = Progress::of(spec).map_err(|e| Failure::usage(e.to_string()))?;
    let settings = Settings {
        timeout: Duration::from_secs(args.timeout.max(1)),
        policy: RetryPolicy { attempts: args.attempts.max(1), ..RetryPolicy::default() },
        use_proxy: matches!(submission.endpoint, Endpoint::Url(_)),
    };
    let mut client = Client::new(settings).map_err(|e| Failure::usage(e.to_string()))?;
    let scheme = match &args.scheme {
        Some(name) => super::target::scheme(spec, name)?,
        None => Scheme::for_style(spec.style),
    };
    match signing.key {
        Some(key) => {
            eprintln!(
                "{}",
                crate::t!("cli-submit-signing", profile = signing.profile.as_str(), scheme = scheme.shown_title())
            );
            client = client.signing(scheme, key);
        }
        None => eprintln!("{}", crate::t!("cli-submit-unsigned", profile = signing.profile.as_str())),
    }
    let prepared = crate::http::prepare(spec, &submission)
        .map_err(|e| Failure::usage(crate::t!("cli-submit-missing-param", error = e.to_string())))?;
    let base = submission.endpoint.base().to_owned();
    let mut entry = Entry::new(spec, &base, &prepared.params, &prepared.document, prepared.token.clone());
    // An RPC URL carries the whole document: secrets are masked wherever it is printed.
    let document = prepared.document.clone();
    let mask = |url: &str| crate::export::redact::mask_secrets(spec, &document, url, |_| true);
    let (method, url) = (prepared.request.method.clone(), mask(&prepared.request.url()));
    let mut attempts = 0;
    let sent = crate::http::send(&client, spec, prepared, &mut |event| {
        if let SubmitEvent::Send(SendEvent::Attempt { number }) = event {
            attempts = number;
        }
        report_event(&event, &mask);
    })
    .await;
    let submitted = match sent {
        Ok(s) => Some(s),
        // A lost answer looked up (not created, or unknown) is an outcome of the request, not a usage error.
        Err(e @ (SubmitError::Send(_) | SubmitError::NotCreated { .. } | SubmitError::Unknown { .. })) => {
            entry.outcome.error = Some(e.to_string());
            None
        }
        Err(other) => return Err(Failure::usage(other.to_string())),
    };
    if let Some(s) = &submitted {
        if let Some(how) = &s.recovered {
            eprintln!("{}", crate::text::sanitize(how));
        }
        entry.outcome.record(s);
        if !s.reply.is_success() {
            entry.outcome.error = Some(crate::http::refusal::describe(spec, &s.reply, &signing.profile));
        }
    }
    let job = submitted.as_ref().and_then(|s| s.job.clone());
    if let Some(job) = &job
        && args.wait
        && entry.outcome.succeeded
    {
        follow(&client, &progress, job, &base, args, &mut entry).await;
    }
    let saved = History::open().save(&entry);
    if let Err(e) = &saved {
        eprintln!("apiwizard: {}", crate::t!("cli-submit-no-history", error = e.to_string()));
    }
    let report = Report {
        spec,
        entry: &entry,
        method: &method,
        url: &url,
        attempts,
        history: saved.ok().map(|p| p.display().to_string()),
        synchronous: args.wait && job.is_none() && entry.outcome.created_id.is_some(),
    };
    report.print(args.format, out)?;
    Ok(if entry.outcome.succeeded { 0 } else { 1 })
}

/// Polls the job to its end (progress on stderr) and records the final state in the entry.
async fn follow(
    client: &Client,
    progress: &Progress,
    job: &jobs::Job,
    base: &str,
    args: &SubmitArgs,
    entry: &mut Entry,
) {
    let options = PollOptions {
        interval: Duration::from_millis(args.poll_interval.max(10)),
        timeout: Duration::from_secs(args.wait_timeout.max(1)),
        ..PollOptions::default()
    };
    let (updates, mut received) = tokio::sync::mpsc::unbounded_channel::<jobs::JobUpdate>();
    let printer = tokio::spawn(async move {
        while let Some(update) = received.recv().await {
            let job = sanitize(&update.job);
            match update.event {
                JobEvent::Status(s) => {
                    eprintln!("{}", crate::t!("cli-job-state", job = job, state = sanitize(&s.state)))
                }
                JobEvent::Trouble(why) => {
                    eprintln!("{}", crate::t!("cli-job-poll-failed", job = job, reason = sanitize(&why)))
                }
            }
        }
    });
    let end = jobs::watch(client, progress, job, base, options, 0, &updates).await;
    drop(updates);
    let _ = printer.await;
    let (last, error) = match end {
        JobEnd::Finished(status) => (Some(status), None),
        JobEnd::GaveUp { reason, last } => (last, Some(crate::t!("cli-job-gave-up", reason = reason.to_string()))),
        JobEnd::TimedOut { last } => (last, Some(crate::t!("cli-job-timed-out", seconds = args.wait_timeout))),
        JobEnd::Abandoned => (None, Some(crate::t!("cli-job-abandoned"))),
    };
    entry.outcome.succeeded = last.as_ref().is_some_and(|s| s.phase == Phase::Succeeded);
    entry.outcome.error = error.or_else(|| {
        last.as_ref()
            .filter(|s| s.phase != Phase::Succeeded)
            .map(|s| crate::t!("cli-job-ended", state = s.state.as_str()))
    });
    entry.outcome.job = Some(JobRecord {
        id: job.id.clone(),
        state: last.as_ref().map(|s| s.state.clone()),
        phase: last.map(|s| s.phase),
    });
}

/// What `submit` prints: the answer and the final status, every server-made string sanitized.
struct Report<'a> {
    spec: &'a Spec,
    entry: &'a Entry,
    method: &'a str,
    url: &'a str,
    attempts: u32,
    history: Option<String>,
    synchronous: bool,
}

impl Report<'_> {
    fn print(&self, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
        let outcome = &self.entry.outcome;
        if format == Format::Json {
            let report = json!({
                "api": self.spec.id,
                "endpoint": self.entry.endpoint,
                "method": self.method,
                "url": self.url,
                "token": self.entry.token,
                "attempts": self.attempts,
                "status": outcome.status,
                "response": outcome.response,
                "succeeded": outcome.succeeded,
                "created_id": outcome.created_id,
                "job": outcome.job,
                "error": outcome.error,
                "history": self.history,
            });
            return writeln!(out, "{}", sanitize(&super::inspect::pretty(&report)));
        }
        if let Some(status) = outcome.status {
            writeln!(out, "{}", crate::t!("cli-report-answer", status = status))?;
            if !outcome.response.is_null() {
                writeln!(out, "{}", sanitize(&super::inspect::pretty(&outcome.response)))?;
            }
        }
        if let Some(id) = &outcome.created_id {
            writeln!(out, "{}", crate::t!("cli-report-created", id = sanitize(id)))?;
        }
        if self.synchronous {
            writeln!(out, "{}", crate::t!("cli-report-synchronous", api = self.spec.id.as_str()))?;
        }
        if let Some(job) = &outcome.job {
            let state = job.state.as_deref().map_or_else(|| crate::t!("cli-report-not-followed"), sanitize);
            writeln!(out, "{}", crate::t!("cli-job-state", job = sanitize(&job.id), state = state))?;
        }
        if let Some(error) = &outcome.error {
            writeln!(out, "{}", crate::t!("cli-report-failed", error = sanitize(error)))?;
        }
        if let Some(path) = &self.history {
            writeln!(out, "{}", crate::t!("cli-report-history", path = path.as_str()))?;
        }
        Ok(())
    }
}

const MAX_URL_SHOWN: usize = 200;

/// One progress line on stderr, so standard output holds only the result.
fn report_event(event: &SubmitEvent, mask: &dyn Fn(&str) -> String) {
    match event {
        SubmitEvent::Prepared { method, url, token } => {
            let url = mask(url);
            let token = token.as_deref().map(|t| crate::t!("cli-progress-token", token = t)).unwrap_or_default();
            // RPC calls carry the whole document in the query; a screenful of it helps nobody.
            let shown: String = url.chars().take(MAX_URL_SHOWN).collect();
            let cut = url.chars().count().saturating_sub(MAX_URL_SHOWN);
            let more = if cut > 0 { crate::t!("cli-progress-more", count = cut) } else { String::new() };
            eprintln!("{method} {}{more}{}", sanitize(&shown), sanitize(&token));
        }
        SubmitEvent::Send(SendEvent::Attempt { .. }) => {}
        SubmitEvent::Send(SendEvent::Retry { next, reason, delay }) => {
            let ms = delay.as_millis().to_string();
            eprintln!("{}", crate::t!("cli-progress-retry", ms = ms, attempt = *next, reason = sanitize(reason)));
        }
    }
}
