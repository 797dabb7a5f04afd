//! Talking to endpoints: credentials and signing for the real clouds (`credentials`, `sign`), sending
//! with the retry policy (`client`, `retry`), and the whole submit of one document (`submit`).

pub mod client;
pub mod credentials;
mod failure;
pub mod lookup;
pub mod refusal;
pub mod retry;
pub mod sign;
pub mod submit;

pub use client::{Client, Reply, SendError, SendEvent, Settings};

/// Whether `base` is this machine (a sandbox `serve`): nothing billable is created there, and no
/// proxy stands between.
pub fn is_loopback(base: &str) -> bool {
    let Some(url) = reqwest::Url::parse(base).ok() else { return false };
    let host = url.host_str().unwrap_or_default().trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
pub use retry::{Replay, RetryPolicy};
pub use submit::{Endpoint, Prepared, Submission, SubmitError, SubmitEvent, Submitted, prepare, send, submit};
