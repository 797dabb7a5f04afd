//! The read calls the sandbox answers after a create, each from `x-sandbox.reads`: the status call a
//! client polls and the list or describe calls the SDKs make. The request's `{id}`, `{resource}` (one
//! created member, such as a Huawei server), `{ids}` (a JSON list of ids in one value) and parameter
//! placeholders select the resources; the answer is the read's template, with `{items}` repeating
//! its `item` template once per selected resource.

use serde::Deserialize;
use serde_json::{Map, Value};

use super::App;
use super::api::Api;
use super::dispatch::Incoming;
use super::errors::{Context, Refusal};
use super::state::{Answer, Resource, timestamp};
use super::template::render;
use crate::jobs::PollRequest;
use crate::request::scalar_text;

/// One entry of `x-sandbox.reads` (assets/specs/README.md describes each key).
#[derive(Debug, Clone, Deserialize)]
pub struct Read {
    pub request: PollRequest,
    pub response: Value,
    /// With an item template the read is a list: `{items}` in `response` holds one per resource.
    #[serde(default)]
    pub item: Option<Value>,
    /// This call's word for each lifecycle state (a Huawei server is BUILD while its job runs).
    #[serde(default)]
    pub states: Map<String, Value>,
}

/// What one request asks for: each placeholder of the read's request with the value sent for it.
fn selectors<'a>(read: &Read, incoming: &'a Incoming) -> Vec<(String, &'a str)> {
    let mut sent: Vec<(String, &str)> =
        incoming.path_params.iter().map(|(name, value)| (name.clone(), value.as_str())).collect();
    for (key, template) in &read.request.query {
        if let Some(name) = template.as_str().and_then(|t| t.strip_prefix('{')).and_then(|t| t.strip_suffix('}'))
            && let Some(value) = incoming.query_value(key).filter(|v| !v.is_empty())
        {
            sent.push((name.to_owned(), value));
        }
    }
    sent
}

/// `["a","b"]` as sent in one parameter; a bare `a,b` list is taken too.
fn listed_ids(value: &str) -> Vec<String> {
    match serde_json::from_str::<Value>(value) {
        Ok(Value::Array(items)) => items.iter().map(scalar_text).collect(),
        _ => value.split(',').map(|s| s.trim().to_owned()).collect(),
    }
}

fn selects(resource: &Resource, name: &str, value: &str) -> bool {
    match name {
        "id" => resource.id == value,
        "resource" => resource.resources.iter().any(|r| r == value),
        "ids" => listed_ids(value).contains(&resource.id),
        "region" => resource.region == value,
        // A field of the document it was created from, or any of a JSON list of values for it.
        pointer if pointer.starts_with('/') => {
            let given = resource.document.pointer(pointer).map(scalar_text);
            given.is_some_and(|g| listed_ids(value).contains(&g))
        }
        // A parameter such as project_id: a read from another project does not see it.
        other => resource.params.get(other).is_none_or(|v| scalar_text(v) == value),
    }
}

pub fn read(app: &App, api: &Api, read: &Read, incoming: &Incoming, context: &Context) -> Result<Answer, Refusal> {
    let sent = selectors(read, incoming);
    let sent_value = |name: &str| sent.iter().find(|(n, _)| n == name).map(|(_, v)| *v);
    // By id the store answers at once; any other selection looks through the API's resources.
    let candidates = match sent_value("id") {
        Some(id) => app.store.get(&api.id, id).into_iter().collect(),
        None => app.store.all(&api.id),
    };
    let mut matched: Vec<Resource> =
        candidates.into_iter().filter(|r| sent.iter().all(|(name, value)| selects(r, name, value))).collect();
    matched.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then_with(|| a.id.cmp(&b.id)));
    let named = sent_value("id").or_else(|| sent_value("resource"));
    if let (Some(wanted), true) = (named, matched.is_empty()) {
        return Err(not_found(api, wanted));
    }
    let vars_of = |r: &Resource| {
        let state = api.lifecycle.state_at(r.age(), app.step, r.fails);
        let status = read.states.get(state).cloned().unwrap_or_else(|| Value::String(state.to_owned()));
        let mut vars = context
            .vars()
            .with("id", r.id.as_str())
            .with("status", status)
            .with("resources", r.resources.clone())
            .with("time", timestamp(r.created_ms))
            .with("region", r.region.as_str())
            .with("document", r.document.clone());
        if let Some(member) = sent_value("resource") {
            vars.set("resource", Value::String(member.to_owned()));
        }
        vars
    };
    let body = match &read.item {
        Some(item) => {
            let items: Vec<Value> = matched.iter().map(|r| render(item, &vars_of(r))).collect();
            let total = items.len();
            render(&read.response, &context.vars().with("items", items).with("total", total))
        }
        None => {
            let Some(first) = matched.first() else { return Err(not_found(api, "")) };
            render(&read.response, &vars_of(first))
        }
    };
    Ok(Answer { status: 200, body: Some(body) })
}

fn not_found(api: &Api, id: &str) -> Refusal {
    let (code, status) = api.sandbox.not_found.as_ref().map_or(("NotFound", 404), |c| (c.code.as_str(), c.status));
    Refusal { status, code: code.to_owned(), message: format!("no resource with id {id:?} was created here") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_as_a_json_list_or_a_plain_one() {
        assert_eq!(listed_ids(r#"["hpc-1","hpc-2"]"#), ["hpc-1", "hpc-2"]);
        assert_eq!(listed_ids("hpc-1, hpc-2"), ["hpc-1", "hpc-2"]);
    }
}
