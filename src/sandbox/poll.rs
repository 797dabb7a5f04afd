//! A poll of a created resource, shaped like the provider's status call: the id taken from the path
//! or the query (where `x-progress.request` puts `{id}`), the state derived from the resource's age,
//! the answer filled from `x-progress.response`.

use serde_json::Value;

use super::App;
use super::api::Api;
use super::dispatch::Incoming;
use super::errors::{Context, Refusal};
use super::state::{Answer, Resource, timestamp};
use super::template::render;
use crate::request::scalar_text;

pub fn poll(app: &App, api: &Api, incoming: &Incoming, context: &Context) -> Result<Answer, Refusal> {
    let request = api.progress.request.as_ref();
    // Every `{name}` the poll request carries, with the value this request sent for it.
    let mut sent: Vec<(&str, &str)> =
        incoming.path_params.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
    for (key, template) in request.map(|r| &r.query).into_iter().flatten() {
        if let Some(name) = template.as_str().and_then(|t| t.strip_prefix('{')).and_then(|t| t.strip_suffix('}'))
            && let Some(value) = incoming.query_value(key)
        {
            sent.push((name, value));
        }
    }
    let id = sent.iter().find(|(name, _)| *name == "id").map(|(_, v)| *v).unwrap_or_default();
    let resource = app
        .store
        .get(&api.id, id)
        .filter(|r| sent.iter().all(|(name, value)| *name == "id" || belongs(r, name, value)))
        .ok_or_else(|| not_found(api, id))?;
    let state = api.lifecycle.state_at(resource.age(), app.step, resource.fails);
    let vars = context
        .vars()
        .with("id", resource.id.as_str())
        .with("status", state)
        .with("resources", resource.resources.clone())
        .with("time", timestamp(resource.created_ms))
        .with("region", resource.region.as_str());
    let template = api.progress.response.clone().unwrap_or(Value::Null);
    Ok(Answer { status: 200, body: Some(render(&template, &vars)) })
}

/// Whether the resource was created under this value of `name` (its region or a parameter such as
/// `project_id`): a poll from another project or region does not see it.
fn belongs(resource: &Resource, name: &str, value: &str) -> bool {
    match name {
        "region" => resource.region == value,
        other => resource.params.get(other).is_none_or(|v| scalar_text(v) == value),
    }
}

fn not_found(api: &Api, id: &str) -> Refusal {
    let (code, status) = api.sandbox.not_found.as_ref().map_or(("NotFound", 404), |c| (c.code.as_str(), c.status));
    Refusal { status, code: code.to_owned(), message: format!("no resource with id {id:?} was created here") }
}
