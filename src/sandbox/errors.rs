//! The sandbox's failures: why it cannot start (`SandboxError`), and a refused request (`Refusal`)
//! turned into the provider's documented error shape and status.

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::App;
use super::api::Api;
use super::template::{Vars, render};
use crate::spec::{Spec, Style};

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("{}", crate::t!("cli-sandbox-cannot-serve", api = .api.as_str(), reason = .reason.as_str()))]
    Spec { api: String, reason: String },
    #[error("{0}")]
    Config(String),
    #[error("{0}")]
    State(String),
    #[error("{}", crate::t!("cli-serve-cannot-listen", addr = .addr.as_str(), error = .reason.as_str()))]
    Bind { addr: String, reason: String },
}

/// A request the sandbox refuses, in the provider's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub code: String,
    pub message: String,
}

impl Refusal {
    /// A refusal with the status the docs give `code` (400 when they give none).
    pub fn documented(spec: &Spec, code: &str, message: String) -> Refusal {
        let status = spec
            .error_code(code)
            .and_then(|e| e.get("status"))
            .and_then(Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or(400);
        Refusal { status, code: code.to_owned(), message }
    }
}

/// What every answer of one request shares: its request id and the host that answered.
pub struct Context {
    pub request_id: String,
    pub host: String,
}

impl Context {
    pub fn vars(&self) -> Vars {
        Vars::new().with("request_id", self.request_id.as_str()).with("host", self.host.as_str())
    }
}

pub fn json(status: u16, body: Option<&Value>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match body {
        Some(body) => (status, [("content-type", "application/json;charset=UTF-8")], body.to_string()).into_response(),
        None => status.into_response(),
    }
}

/// The refusal in the API's `x-sandbox.error` shape.
pub fn respond(api: &Api, refusal: &Refusal, context: &Context) -> Response {
    let vars = context
        .vars()
        .with("code", refusal.code.as_str())
        .with("message", refusal.message.as_str())
        .with("http_status", refusal.status);
    with_request_id(api, json(refusal.status, Some(&render(&api.sandbox.error.body, &vars))), context)
}

/// The answer with its request id in the header the provider's SDK reads it from.
pub fn with_request_id(api: &Api, mut response: Response, context: &Context) -> Response {
    if let Some(name) = &api.sandbox.request_id_header
        && let (Ok(name), Ok(value)) = (HeaderName::try_from(name.as_str()), HeaderValue::try_from(&context.request_id))
    {
        response.headers_mut().insert(name, value);
    }
    response
}

/// An answer for a request no route matches, in the shape of the provider the request was made for
/// (Huawei's signature headers say Huawei; anything else is taken as Alibaba Cloud), so its SDK
/// raises its own typed error with a code, a message and a request id. `status` overrides the
/// provider's (405 when the path exists with other methods or actions).
pub fn unrouted(app: &App, headers: &HeaderMap, status: Option<u16>, message: String, context: &Context) -> Response {
    let huawei = headers.contains_key("x-sdk-date")
        || headers.get("authorization").is_some_and(|v| v.as_bytes().starts_with(b"SDK-HMAC"));
    let speaks_for = |api: &&Api| (app.spec(api).style == Style::HuaweiRest) == huawei;
    let Some(api) = app.apis.iter().find(speaks_for).or(app.apis.first()) else {
        return json(404, Some(&serde_json::json!({"code": "NoSuchRoute", "message": message})));
    };
    let (code, documented) =
        api.sandbox.no_route.as_ref().map_or(("NoSuchRoute", 404), |c| (c.code.as_str(), c.status));
    respond(api, &Refusal { status: status.unwrap_or(documented), code: code.to_owned(), message }, context)
}
