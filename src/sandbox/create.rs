//! A create request, as the real API handles it: the document read from the wire (JSON body or RPC
//! parameters), checked by the one validation engine, then dry run, idempotency, quota, and a new
//! resource answered in the documented success shape.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::App;
use super::api::{Api, MAX_RESOURCES_PER_REQUEST, TokenIn};
use super::dispatch::Incoming;
use super::errors::{Context, Refusal};
use super::state::{Admission, Answer, Resource, now_ms, timestamp};
use super::template::{fill_text, render};
use crate::pointer;
use crate::request::{self, RPC_COMMON_PARAMS, scalar_text};
use crate::spec::{Spec, Style};
use crate::validate::codes;

pub async fn create(app: &App, api: &Api, incoming: &Incoming, context: &Context) -> Result<Answer, Refusal> {
    let spec = app.spec(api);
    let document = read_document(spec, incoming)?;
    let params = read_params(spec, incoming);
    check(spec, api, &params, &document)?;
    if let Some(dry) = &api.sandbox.dry_run
        && document.pointer(&dry.pointer) == Some(&Value::Bool(true))
    {
        return Ok(Answer { status: dry.status, body: None });
    }
    let slot = api.sandbox.idempotency.as_ref();
    let token = slot
        .and_then(|s| match s.location {
            TokenIn::Query => incoming.query_value(&s.name).map(str::to_owned),
            TokenIn::Header => incoming.header(&s.name).map(str::to_owned),
            TokenIn::Body => document.get(&s.name).map(scalar_text),
        })
        .filter(|t| !t.is_empty());
    let fingerprint = token.as_ref().map(|_| fingerprint(&params, &document, slot.map(|s| s.name.as_str())));
    let units = api
        .sandbox
        .count
        .as_ref()
        .and_then(|p| document.pointer(p))
        .and_then(Value::as_u64)
        .unwrap_or(1)
        .clamp(1, MAX_RESOURCES_PER_REQUEST);
    let admission = app.store.admit(&api.id, token.as_deref().zip(fingerprint.as_deref()), units, api.quota, || {
        new_resource(app, api, spec, &params, &document, units, context)
    });
    match admission {
        Admission::Created(answer) => {
            if app.store.persists() {
                let store = app.store.clone();
                let saved = tokio::task::spawn_blocking(move || store.save()).await;
                if let Err(reason) = saved.map_err(|e| e.to_string()).and_then(|r| r.map_err(|e| e.to_string())) {
                    // The resource exists in memory; say so rather than pretend nothing happened.
                    return Err(Refusal {
                        status: 500,
                        code: "SandboxStateNotSaved".into(),
                        message: format!("created, but the state file could not be written: {reason}"),
                    });
                }
            }
            Ok(answer)
        }
        Admission::Replayed(answer) => Ok(answer),
        Admission::Mismatch => {
            let name = slot.map(|s| s.name.as_str()).unwrap_or_default();
            // A spec without a mismatch code still answers in its own terms: the token is invalid.
            let code = Some(spec.codes.idempotency_mismatch.clone())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| codes::invalid(&spec.codes, None, None, &pointer::child("", name)));
            Err(Refusal::documented(
                spec,
                &code,
                format!(
                    "the token {name} was already used with a different request; use a new token for a new request"
                ),
            ))
        }
        Admission::OverQuota { used, limit } => {
            let quota = api.sandbox.quota.as_ref();
            let code = quota.map(|q| q.code.as_str()).unwrap_or_default();
            // The documented message may name the limit as `{value}`.
            let documented = spec.error_code(code).and_then(|e| e.get("message")).and_then(Value::as_str);
            let documented = documented.map(|m| fill_text(m, |n| (n == "value").then(|| limit.to_string())));
            Err(Refusal {
                status: quota.map_or(403, |q| q.status),
                code: code.to_owned(),
                message: format!(
                    "{}({used} of {limit} in use; this request needs {units})",
                    documented.map(|m| format!("{m} ")).unwrap_or_default()
                ),
            })
        }
    }
}

/// The request document: the JSON body, or for RPC the query and form parameters read back from
/// their wire form (minus the common parameters that only address and sign the call).
fn read_document(spec: &Spec, incoming: &Incoming) -> Result<Value, Refusal> {
    if spec.style == Style::Rpc {
        let own = |k: &str| RPC_COMMON_PARAMS.contains(&k) || spec.params.iter().any(|p| p.name == k);
        let mut pairs: Vec<(String, String)> = incoming.query.iter().filter(|(k, _)| !own(k)).cloned().collect();
        pairs.extend(
            request::parse_query(&String::from_utf8_lossy(&incoming.body)).into_iter().filter(|(k, _)| !own(k)),
        );
        return request::from_rpc_wire(spec, &pairs)
            .map_err(|m| Refusal::documented(spec, &spec.codes.malformed_json, m));
    }
    if incoming.body.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::documented(
            spec,
            &spec.codes.not_object,
            "the body is empty; send the request as a JSON object".into(),
        ));
    }
    // The one JSON reader of the CLI and the wizard: a first pass that builds no tree refuses too
    // many values, too deep a nesting and a key given twice, so a hostile body costs little.
    let document = crate::input::parse("the body", &incoming.body)
        .map_err(|e| Refusal::documented(spec, &spec.codes.malformed_json, e.to_string()))?;
    if !document.is_object() {
        return Err(Refusal::documented(spec, &spec.codes.not_object, "the body must be a JSON object".into()));
    }
    Ok(document)
}

/// The operation's parameters from the path, query and headers, typed by their schemas.
fn read_params(spec: &Spec, incoming: &Incoming) -> Map<String, Value> {
    use crate::spec::ParamIn;
    let mut out = Map::new();
    for p in &spec.params {
        let text = match p.location {
            ParamIn::Path => incoming.path_param(&p.name),
            ParamIn::Query => incoming.query_value(&p.name),
            ParamIn::Header => incoming.header(&p.name),
        };
        if let Some(text) = text {
            out.insert(p.name.clone(), request::type_by_schema(Some(&p.schema), text));
        }
    }
    out
}

/// The operation's parameters against their schemas, then the document against the engine; the
/// first problem is the answer, as the real APIs report one error at a time.
fn check(spec: &Spec, api: &Api, params: &Map<String, Value>, document: &Value) -> Result<(), Refusal> {
    for p in &spec.params {
        let at = pointer::child("", &p.name);
        match params.get(&p.name) {
            None if p.required => {
                let code = codes::missing(&spec.codes, None, &at);
                return Err(Refusal::documented(
                    spec,
                    &code,
                    format!("the parameter {} is required but missing", p.name),
                ));
            }
            Some(value) if api.param_checks.iter().any(|(n, v)| n == &p.name && !v.is_valid(value)) => {
                let code = codes::invalid(&spec.codes, None, Some(&p.schema), &at);
                let rule = p.schema.get("x-rule").and_then(Value::as_str).map(|r| format!("; allowed: {r}"));
                return Err(Refusal::documented(
                    spec,
                    &code,
                    format!("the parameter {} is not valid{}", p.name, rule.unwrap_or_default()),
                ));
            }
            _ => {}
        }
    }
    let engine =
        spec.engine().map_err(|e| Refusal { status: 500, code: "SandboxSpecBroken".into(), message: e.to_string() })?;
    if engine.is_valid(document) {
        return Ok(());
    }
    let first = engine.validate(document).into_iter().next();
    Err(match first {
        Some(v) => Refusal::documented(spec, &v.code, v.message),
        None => {
            Refusal::documented(spec, &codes::invalid(&spec.codes, None, None, ""), "the document is not valid".into())
        }
    })
}

/// A digest of what the request asks for, without the token itself: equal requests give equal
/// digests whatever the key order.
fn fingerprint(params: &Map<String, Value>, document: &Value, token_name: Option<&str>) -> String {
    let mut hasher = Sha256::new();
    canonical_map(params, token_name, &mut hasher);
    hasher.update(b"\n");
    canonical(document, token_name, &mut hasher);
    hex::encode(hasher.finalize())
}

/// Feeds `value` to the hasher with object keys sorted (and the top-level key `skip` left out); keys
/// are length-prefixed so no two documents feed the same bytes.
fn canonical(value: &Value, skip: Option<&str>, hasher: &mut Sha256) {
    match value {
        Value::Object(map) => canonical_map(map, skip, hasher),
        Value::Array(items) => {
            hasher.update(b"[");
            for item in items {
                canonical(item, None, hasher);
                hasher.update(b",");
            }
            hasher.update(b"]");
        }
        Value::String(text) => {
            hasher.update((text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
        }
        scalar => hasher.update(scalar.to_string().as_bytes()),
    }
}

fn canonical_map(map: &Map<String, Value>, skip: Option<&str>, hasher: &mut Sha256) {
    let mut keys: Vec<&String> = map.keys().filter(|k| Some(k.as_str()) != skip).collect();
    keys.sort();
    hasher.update(b"{");
    for key in keys {
        hasher.update((key.len() as u64).to_le_bytes());
        hasher.update(key.as_bytes());
        canonical(&map[key.as_str()], None, hasher);
    }
    hasher.update(b"}");
}

fn new_resource(
    app: &App,
    api: &Api,
    spec: &Spec,
    params: &Map<String, Value>,
    document: &Value,
    units: u64,
    context: &Context,
) -> (Resource, Answer) {
    let id = format!("{}{}", api.sandbox.id_prefix, &uuid::Uuid::new_v4().simple().to_string()[..24]);
    let resources: Vec<String> = match api.sandbox.count {
        Some(_) => (0..units).map(|_| uuid::Uuid::new_v4().to_string()).collect(),
        None => vec![id.clone()],
    };
    let when = api.sandbox.order_when.as_ref().filter(|w| document.pointer(&w.pointer) == Some(&w.equals));
    // 17 digits, as both providers' order ids have; the JSON type is the API's (Huawei answers a
    // string, StarRocks a number).
    let order_number = u64::try_from(uuid::Uuid::new_v4().as_u128() % 100_000_000_000_000_000).unwrap_or_default();
    let order_id = match when {
        None => Value::Null,
        Some(w) if w.integer => Value::from(order_number),
        Some(_) => Value::String(format!("{order_number:017}")),
    };
    let region = request::region(spec, params, document);
    let created_ms = now_ms();
    let vars = context
        .vars()
        .with("id", id.as_str())
        .with("order_id", order_id)
        .with("resources", resources.clone())
        .with("status", api.lifecycle.state_at(std::time::Duration::ZERO, app.step, false))
        .with("time", timestamp(created_ms))
        .with("region", region.as_str());
    let answer = Answer { status: api.sandbox.created.status, body: Some(render(&api.sandbox.created.body, &vars)) };
    let resource = Resource {
        api: api.id.clone(),
        id,
        resources,
        region,
        params: params.clone(),
        created_ms,
        fails: app.faults.job_fails(&api.id),
        units,
        document: document.clone(),
    };
    (resource, answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fingerprints_ignore_key_order_and_the_token() {
        let params = |t: &str| json!({"IdempotentToken": t, "p": 1}).as_object().cloned().unwrap_or_default();
        let a = fingerprint(&params("t1"), &json!({"a": 1, "b": [1, {"c": "x"}]}), Some("IdempotentToken"));
        let b = fingerprint(&params("t2"), &json!({"b": [1, {"c": "x"}], "a": 1}), Some("IdempotentToken"));
        assert_eq!(a, b);
        let c = fingerprint(&params("t1"), &json!({"a": 2, "b": [1, {"c": "x"}]}), Some("IdempotentToken"));
        assert_ne!(a, c);
        let body_token = |t: &str| fingerprint(&Map::new(), &json!({"ClientToken": t, "x": 1}), Some("ClientToken"));
        assert_eq!(body_token("1"), body_token("2"));
    }
}
