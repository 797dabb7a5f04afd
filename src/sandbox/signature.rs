//! `serve --verify-signatures`: each request's signature checked with the shared verifier against the
//! sandbox's key pair, and a refusal in the API's own signature error (x-codes.signature_mismatch).

use axum::http::request::Parts;
use time::OffsetDateTime;

use super::errors::Refusal;
use crate::http::credentials::Credentials;
use crate::http::sign::{self, MismatchReason, Received, Scheme};
use crate::spec::Spec;

/// Words every clock-skew refusal starts with, so a client can tell it from a wrong key.
pub const SKEW_PREFIX: &str = "The request time is too skewed";

/// Ok when the request is signed with `key` within the allowed clock skew.
pub fn check(spec: &Spec, key: &Credentials, parts: &Parts, body: &[u8]) -> Result<(), Refusal> {
    // Header values that are not UTF-8 are compared as lossy text: they cannot match a signature
    // made over valid text, and refusing them here must not panic.
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let received = Received {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query().unwrap_or_default(),
        headers: &headers,
        body,
    };
    // The older HMAC-SHA1 scheme of the API's style is accepted too: official SDKs still send it.
    let scheme = Scheme::of_request(spec.style, &headers, &sign::parse_query(received.query));
    let mismatch = match sign::verify(scheme, &received, key, Some(OffsetDateTime::now_utc())) {
        Ok(()) => return Ok(()),
        Err(m) => m,
    };
    let message = match &mismatch.reason {
        MismatchReason::Expired { .. } => format!(
            "{SKEW_PREFIX}: {}; set the signing machine's clock right (sign with the current time)",
            mismatch.reason
        ),
        reason => format!(
            "The request signature does not match ({} with the sandbox key pair): {reason}. The server's string \
             to sign is: {} — compare it with the string to sign `apiwizard sign` prints",
            scheme.title(),
            mismatch.expected_string_to_sign,
        ),
    };
    Err(Refusal::documented(spec, &spec.codes.signature_mismatch, message))
}
