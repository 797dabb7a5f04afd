//! Sending one request: a reqwest client (rustls, a timeout per attempt), signing each attempt when
//! given a key, that resends the request as built — same idempotency token — after a network error
//! or a 5xx, as `retry` allows.

use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::credentials::Credentials;
use super::failure;
use super::retry::{Replay, RetryPolicy, Trouble};
use super::sign::{self, Moment, Scheme};
use crate::request::HttpRequest;

/// Larger answers are refused: no answer of these APIs comes near it, and a hostile server must not
/// make the client hold gigabytes.
pub const MAX_REPLY_BYTES: usize = 8 * 1024 * 1024;

/// What the server answered: the status and the body (parsed JSON; text that is not JSON as a string;
/// null when empty). Server text is raw here: sanitize it before it reaches a terminal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Progress of a send, as values for a CLI line or a TUI pane.
#[derive(Debug, Clone, PartialEq)]
pub enum SendEvent {
    Attempt { number: u32 },
    Retry { next: u32, reason: String, delay: Duration },
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("{}", crate::t!("cli-send-setup", error = .0.as_str()))]
    Setup(String),
    #[error("{}", crate::t!("cli-send-invalid", error = .0.as_str()))]
    Invalid(String),
    #[error("{}", crate::t!("cli-send-unreachable", url = .url.as_str(), attempts = *.attempts, reason = .reason.as_str()))]
    Unreachable {
        url: String,
        attempts: u32,
        reason: String,
        /// The last attempt may have reached the server (a timeout or a lost answer, not a refused
        /// connection): what it asked for may have happened.
        may_have_arrived: bool,
    },
    #[error("{}", crate::t!("cli-send-too-large", url = .url.as_str(), mib = MAX_REPLY_BYTES / 1024 / 1024))]
    TooLarge { url: String },
    /// The create APIs never redirect, so a redirect is reported, never followed: following one would
    /// send the body (passwords) and the signed headers to wherever the server points.
    #[error("{}", crate::t!("cli-send-redirected", url = .url.as_str(), status = *.status, location = .location.as_str()))]
    Redirected { url: String, status: u16, location: String },
}

/// Client settings: the per-attempt timeout, the retry policy, and whether the environment's proxy
/// variables apply to remote endpoints (loopback ones, the sandbox, are always reached directly).
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub timeout: Duration,
    pub policy: RetryPolicy,
    pub use_proxy: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { timeout: Duration::from_secs(30), policy: RetryPolicy::default(), use_proxy: true }
    }
}

/// A cheap-to-clone HTTP client with its retry policy.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    /// Without proxies, for loopback endpoints.
    direct: reqwest::Client,
    policy: RetryPolicy,
    timeout: Duration,
    signer: Option<Signer>,
}

/// The key every request of a client is signed with, and the API's scheme.
#[derive(Debug, Clone)]
struct Signer {
    scheme: Scheme,
    key: Credentials,
}

impl Client {
    pub fn new(settings: Settings) -> Result<Client, SendError> {
        // reqwest is built without a bundled crypto provider; ring is installed once per process (a
        // second install reports "already installed", which is fine).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let build = |proxy: bool| {
            let builder = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(settings.timeout)
                .connect_timeout(settings.timeout.min(Duration::from_secs(10)));
            let builder = if proxy { builder } else { builder.no_proxy() };
            builder.build().map_err(|e| SendError::Setup(e.to_string()))
        };
        Ok(Client {
            http: build(settings.use_proxy)?,
            direct: build(false)?,
            policy: settings.policy,
            timeout: settings.timeout,
            signer: None,
        })
    }

    /// The same client, signing every request (each attempt, polls too) with `key` under `scheme`.
    pub fn signing(mut self, scheme: Scheme, key: Credentials) -> Client {
        self.signer = Some(Signer { scheme, key });
        self
    }

    /// Sends `request`, retrying as the policy and `replay` allow; returns the final answer (which may
    /// be an error status) and how many attempts it took.
    pub async fn send(
        &self,
        request: &HttpRequest,
        replay: Replay,
        on_event: &mut (dyn FnMut(SendEvent) + Send),
    ) -> Result<(Reply, u32), SendError> {
        let mut number = 1;
        loop {
            on_event(SendEvent::Attempt { number });
            let trouble = match self.attempt(request).await? {
                Ok(reply) if reply.status >= 500 => (Trouble::ServerError(reply.status), Some(reply)),
                Ok(reply) => return Ok((reply, number)),
                Err(trouble) => (trouble, None),
            };
            match self.policy.next_delay(number + 1, &trouble.0, replay) {
                Some(delay) => {
                    on_event(SendEvent::Retry { next: number + 1, reason: trouble.0.describe(), delay });
                    tokio::time::sleep(delay).await;
                    number += 1;
                }
                None => {
                    return match trouble {
                        (_, Some(reply)) => Ok((reply, number)),
                        (t, None) => Err(SendError::Unreachable {
                            url: format!("{}{}", request.base, request.path),
                            attempts: number,
                            reason: t.describe(),
                            may_have_arrived: matches!(t, Trouble::Lost(_)),
                        }),
                    };
                }
            }
        }
    }

    /// One attempt: the outer error is a request that can never be sent, the inner one a failure that
    /// a retry may cure.
    pub async fn attempt(&self, request: &HttpRequest) -> Result<Result<Reply, Trouble>, SendError> {
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| {
            SendError::Invalid(crate::t!("cli-send-bad-method", method = format!("{:?}", request.method)))
        })?;
        // Signed on every attempt, so each retry carries a fresh date, nonce and signature while the
        // body and the idempotency token stay the same.
        let signed = self.signer.as_ref().map(|s| sign::sign(s.scheme, request, &s.key, &Moment::now()).request);
        let request = signed.as_ref().unwrap_or(request);
        // An HTTP_PROXY meant for the internet must not swallow requests to the sandbox on this machine.
        let http = if super::is_loopback(&request.base) { &self.direct } else { &self.http };
        let mut builder = http.request(method, request.url());
        for (name, value) in &request.headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| SendError::Invalid(crate::t!("cli-send-bad-header-name", name = format!("{name:?}"))))?;
            let value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| SendError::Invalid(crate::t!("cli-send-bad-header-value", name = name.as_str())))?;
            builder = builder.header(name, value);
        }
        if !request.body.is_empty() {
            builder = builder.body(request.body.clone());
        }
        let mut response = match builder.send().await {
            Ok(r) => r,
            Err(e) if e.is_builder() => return Err(SendError::Invalid(e.to_string())),
            Err(e) if e.is_connect() && !e.is_timeout() => {
                return Ok(Err(Trouble::Unsent(failure::describe(e, self.timeout))));
            }
            Err(e) => return Ok(Err(Trouble::Lost(failure::describe(e, self.timeout)))),
        };
        let status = response.status().as_u16();
        if response.status().is_redirection() {
            let location =
                response.headers().get(reqwest::header::LOCATION).map(|v| String::from_utf8_lossy(v.as_bytes()));
            return Err(SendError::Redirected {
                url: format!("{}{}", request.base, request.path),
                status,
                // Server text: made harmless here, since the message goes straight to a terminal.
                location: location.map_or_else(|| "no Location".to_owned(), |l| crate::text::sanitize_line(&l)),
            });
        }
        let mut bytes = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) if bytes.len() + chunk.len() > MAX_REPLY_BYTES => {
                    return Err(SendError::TooLarge { url: format!("{}{}", request.base, request.path) });
                }
                Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
                Ok(None) => break,
                Err(e) => return Ok(Err(Trouble::Lost(failure::describe(e, self.timeout)))),
            }
        }
        Ok(Ok(Reply { status, body: parse_body(&bytes) }))
    }
}

/// JSON when the body is JSON, else its text (lossy UTF-8), null when empty.
fn parse_body(bytes: &[u8]) -> Value {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Value::Null;
    }
    serde_json::from_slice(bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_parse_as_json_or_stay_text() {
        assert_eq!(parse_body(b" \n"), Value::Null);
        assert_eq!(parse_body(br#"{"Id": "cls-1"}"#), serde_json::json!({"Id": "cls-1"}));
        assert_eq!(parse_body(b"<html>busy</html>"), Value::String("<html>busy</html>".into()));
        assert_eq!(parse_body(b"\xff oops"), Value::String("\u{fffd} oops".into()));
    }
}
