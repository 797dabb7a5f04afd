//! What Ctrl-S does: a valid form goes to the built-in sandbox at once; to a real cloud only with a
//! key and every required parameter, and — the first time per endpoint in a session — after the user
//! says plainly yes to creating billable resources (a dry run is offered where the API has one).

use std::sync::Arc;
use std::time::Instant;

use serde_json::Value;

use super::app::{App, Effect, Level};
use super::form_screen::PreviewMode;
use super::jobs::{Destination, JobView, SubmitOrder};
use super::overlay::{Confirm, ConfirmPurpose, Overlay};
use crate::http::credentials::{Provider, mask};
use crate::http::sign::Scheme;
use crate::profile::ProfileError;
use crate::spec::Spec;
use crate::t;

pub fn submit(app: &mut App) -> Vec<Effect> {
    let Some(f) = app.form() else { return Vec::new() };
    let problems = f.form.problem_count();
    if problems > 0 {
        app.say(Level::Warn, t!("wizard-submit-problems", count = problems));
        return Vec::new();
    }
    // The same idempotency token again is a replay: the server answers with the first result.
    let spec = f.form.spec();
    if let Some(token) = crate::request::given_token(spec, &f.form.params, &f.form.document)
        && let Some(earlier) = app.jobs.iter().rev().find(|j| j.api == spec.id && j.token.as_ref() == Some(&token))
    {
        let (job, started) = (earlier.id, earlier.started);
        let text = move || {
            let when = super::when::ago(started.elapsed());
            t!("wizard-replay-confirm", job = job, token = token.as_str(), when = when)
        };
        app.overlays.push(Overlay::Confirm(Confirm::new(text, ConfirmPurpose::Replay)));
        return Vec::new();
    }
    submit_now(app)
}

/// Ctrl-S past the replay question.
pub fn submit_now(app: &mut App) -> Vec<Effect> {
    let Some(f) = app.form() else { return Vec::new() };
    if app.endpoint.is_sandbox() {
        if app.endpoint.sandbox_url.is_none() {
            app.say(Level::Info, t!("wizard-sandbox-starting"));
            return Vec::new();
        }
        let order = SubmitOrder {
            job: 0,
            api: f.form.spec().id.clone(),
            params: f.form.params.clone(),
            document: f.form.document.clone(),
            destination: Destination::Sandbox,
            dry_run: false,
        };
        return send(app, order);
    }
    let order = match real_order(app) {
        Ok(order) => order,
        Err(e) => {
            app.say(Level::Error, t!("wizard-submit-refused", error = e));
            return Vec::new();
        }
    };
    let Destination::Real { profile, base, key } = &order.destination else { return send(app, order) };
    // Nothing billable is made on this machine (a `serve` sandbox), and a yes lasts the session.
    if crate::http::is_loopback(base) || app.endpoint.confirmed.contains(base) {
        return send(app, order);
    }
    let Ok(spec) = app.catalog.get(&order.api) else { return Vec::new() };
    let dry_run = dry_run_pointer(spec).is_some();
    let (spec, base, profile, key) = (Arc::clone(spec), base.clone(), profile.clone(), mask(&key.access_key_id));
    let text = move || {
        let (api, cloud) = (spec.title.to_string(), super::targets::cloud_name(Provider::of(&spec)));
        let scheme = Scheme::for_style(spec.style).title();
        let (base, profile, key) = (base.as_str(), profile.as_str(), key.as_str());
        t!("wizard-real-confirm", api = api, base = base, profile = profile, key = key, scheme = scheme, cloud = cloud)
    };
    let purpose = ConfirmPurpose::RealSubmit { order: Box::new(order), dry_run };
    app.overlays.push(Overlay::Confirm(Confirm::new(text, purpose)));
    Vec::new()
}

/// The order for the chosen real profile: its key, its base URL and the parameters it adds, checked
/// for every required parameter before anything is sent.
fn real_order(app: &App) -> Result<SubmitOrder, String> {
    let f = app.form().ok_or_else(|| t!("wizard-no-form"))?;
    let (target, document, _) = f.outgoing(&app.endpoint)?;
    let profile = target.profile.clone().unwrap_or_default();
    let Some(key) = target.credentials.clone() else {
        return Err(ProfileError::NoCredentials { profile, what: t!("wizard-submitting-what") }.to_string());
    };
    Ok(SubmitOrder {
        job: 0,
        api: f.form.spec().id.clone(),
        params: target.params,
        document,
        destination: Destination::Real { profile, base: target.base, key },
        dry_run: false,
    })
}

/// Where the API's "only check, create nothing" flag lives in the document, if it has one.
fn dry_run_pointer(spec: &Spec) -> Option<&str> {
    spec.operation.pointer("/x-sandbox/dry_run/pointer").and_then(Value::as_str)
}

/// The user's answer to the billable-resources question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Send,
    DryRun,
    Cancel,
}

pub fn answer(app: &mut App, order: SubmitOrder, answer: Answer) -> Vec<Effect> {
    match answer {
        Answer::Send => {
            if let Destination::Real { base, .. } = &order.destination {
                app.endpoint.confirmed.insert(base.clone());
            }
            send(app, order)
        }
        Answer::DryRun => {
            let Some(pointer) =
                app.catalog.get(&order.api).ok().and_then(|spec| dry_run_pointer(spec)).map(str::to_owned)
            else {
                return Vec::new();
            };
            let mut order = order;
            crate::pointer::set(&mut order.document, &pointer, Value::Bool(true));
            order.dry_run = true;
            send(app, order)
        }
        Answer::Cancel => {
            app.say(Level::Info, t!("wizard-nothing-sent"));
            Vec::new()
        }
    }
}

/// Gives the order a job number, shows its job pane and hands it to the runtime.
pub fn send(app: &mut App, mut order: SubmitOrder) -> Vec<Effect> {
    let id = app.jobs.last().map_or(1, |j| j.id + 1);
    order.job = id;
    let Ok(spec) = app.catalog.get(&order.api) else { return Vec::new() };
    app.jobs.push(JobView::new(&order, spec, Instant::now()));
    let said = match (&order.destination, order.dry_run) {
        (Destination::Sandbox, _) => t!("wizard-sent-sandbox", job = id),
        (Destination::Real { base, .. }, false) => t!("wizard-sent-real", job = id, base = base.as_str()),
        (Destination::Real { base, .. }, true) => t!("wizard-sent-dry-run", job = id, base = base.as_str()),
    };
    app.say(Level::Info, said);
    if let Some((f, _)) = app.form_and_ui() {
        f.preview_mode = PreviewMode::Job(id);
    }
    vec![Effect::Submit(order)]
}
