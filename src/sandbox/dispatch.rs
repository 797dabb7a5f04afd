//! The one axum handler: a request matched to its route, faults applied (latency, a 5xx instead of an
//! answer, an answer lost by closing the connection), the signature checked when asked, then the create
//! or poll handler, and the result written in the API's success or error shape.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context as TaskContext, Poll};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::response::Response;
use percent_encoding::percent_decode_str;

use super::App;
use super::errors::{Context, Refusal, json, respond, unrouted, with_request_id};
use super::routes::{Kind, Lookup, find};
use super::state::Answer;
use crate::request::parse_query;

/// Bodies above this are refused before they are read to the end: the same limit as every other
/// input (a real request of these APIs is a few kilobytes).
pub const MAX_BODY_BYTES: usize = crate::input::MAX_INPUT_BYTES as usize;

/// A request as the handlers read it.
pub struct Incoming {
    pub path_params: Vec<(String, String)>,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Incoming {
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn path_param(&self, name: &str) -> Option<&str> {
        self.path_params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Answers in the language the request asks for (`Accept-Language`), else English, as the
/// providers do; the sandbox process's own language does not leak onto the wire.
pub async fn handle(State(app): State<Arc<App>>, request: Request) -> Response {
    let asked = request.headers().get("accept-language").and_then(|v| v.to_str().ok());
    let lang = asked.and_then(crate::i18n::from_accept_language).unwrap_or(crate::i18n::Lang::En);
    crate::i18n::speaking(lang, answer(app, request)).await
}

async fn answer(app: Arc<App>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let query = parse_query(parts.uri.query().unwrap_or_default());
    let path: Vec<String> = parts
        .uri
        .path()
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    // Signature V3 sends the action in headers; older clients put Action and Version in the query.
    let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let in_query = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let action = header("x-acs-action")
        .map(|a| (a, header("x-acs-version").unwrap_or_default()))
        .or_else(|| in_query("Action").map(|a| (a, in_query("Version").unwrap_or_default())));
    let method = parts.method.as_str();
    let host = header("host").unwrap_or_default().to_owned();
    let context = Context { request_id: uuid::Uuid::new_v4().to_string().to_uppercase(), host };
    let (route, path_params) = match find(&app.routes, method, &path, action) {
        Lookup::Found { route, params } => (route, params),
        Lookup::Mismatch(expected) => {
            let message =
                format!("{method} {} matches no sandbox API here; this path takes {expected}", parts.uri.path());
            return unrouted(&app, &parts.headers, Some(405), message, &context);
        }
        Lookup::NotFound => {
            let known: Vec<String> = app.routes.iter().map(|r| r.label()).collect();
            let message = format!("no sandbox API at {}; routes: {}", parts.uri.path(), known.join(", "));
            return unrouted(&app, &parts.headers, None, message, &context);
        }
    };
    let api = &app.apis[route.api];
    let decision = app.faults.decide(&api.id, route.kind.as_str());
    if !decision.latency.is_zero() {
        tokio::time::sleep(decision.latency).await;
    }
    let read = tokio::time::timeout(app.connections.body_timeout, axum::body::to_bytes(body, MAX_BODY_BYTES)).await;
    let body = match read {
        Ok(Ok(bytes)) => bytes,
        Err(_) => {
            let spec = app.spec(api);
            let message = format!(
                "the body did not arrive within {} s; send it whole and at once",
                app.connections.body_timeout.as_secs()
            );
            return respond(
                api,
                &Refusal { status: 408, ..Refusal::documented(spec, &spec.codes.malformed_json, message) },
                &context,
            );
        }
        Ok(Err(_)) => {
            let spec = app.spec(api);
            let message = format!("the body is larger than {} MiB or was cut off", MAX_BODY_BYTES / 1024 / 1024);
            return respond(
                api,
                &Refusal { status: 413, ..Refusal::documented(spec, &spec.codes.not_object, message) },
                &context,
            );
        }
    };
    let signature = match &app.verify {
        Some(key) => super::signature::check(app.spec(api), key, &parts, &body),
        None => Ok(()),
    };
    let incoming = Incoming { path_params, query, headers: parts.headers, body };
    let result = if let Err(refusal) = signature {
        Err(refusal)
    } else if decision.fail {
        let (code, status) =
            api.sandbox.unavailable.as_ref().map_or(("ServiceUnavailable", 503), |c| (c.code.as_str(), c.status));
        Err(Refusal {
            status,
            code: code.to_owned(),
            message: "the sandbox failed this request on purpose (--fail-rate)".into(),
        })
    } else {
        match route.kind {
            Kind::Create => super::create::create(&app, api, &incoming, &context).await,
            Kind::Poll(n) => super::reads::read(&app, api, &api.sandbox.reads[n], &incoming, &context),
        }
    };
    let response = match result {
        Ok(Answer { status, body }) => with_request_id(api, json(status, body.as_ref()), &context),
        Err(refusal) => respond(api, &refusal, &context),
    };
    if decision.drop { sever(response) } else { response }
}

/// The same response with a body that fails at once: hyper then closes the connection, so the client
/// never gets an answer for a request that was handled.
fn sever(response: Response) -> Response {
    let (parts, _) = response.into_parts();
    Response::from_parts(parts, Body::new(Severed))
}

struct Severed;

impl http_body::Body for Severed {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut TaskContext<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        let error = std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "sandbox --drop closed the connection");
        Poll::Ready(Some(Err(error)))
    }
}
