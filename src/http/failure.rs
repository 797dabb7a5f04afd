//! Why a request got no answer, in plain words: connection refused, the host name not found (DNS), a
//! failed TLS handshake, a timeout — read from reqwest's error and its causes.

use std::time::Duration;

/// The kind of network failure, decided from the error chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    Timeout,
    Refused,
    Dns,
    Tls,
    Other,
}

/// Decides the cause from what the chain holds: whether reqwest saw a timeout, the io error kinds
/// found among the causes, and the chain's text (hyper and rustls give DNS and TLS errors only as
/// text).
pub fn classify(timed_out: bool, kinds: &[std::io::ErrorKind], text: &str) -> Cause {
    let text = text.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if timed_out || kinds.contains(&std::io::ErrorKind::TimedOut) {
        Cause::Timeout
    } else if kinds.contains(&std::io::ErrorKind::ConnectionRefused) || has(&["connection refused"]) {
        Cause::Refused
    } else if has(&["dns error", "failed to lookup address", "name or service not known", "no such host"]) {
        Cause::Dns
    } else if has(&["certificate", "tls", "handshake", "invalidcontenttype", "peer is incompatible"]) {
        Cause::Tls
    } else {
        Cause::Other
    }
}

/// The message for a failed attempt: the cause in plain words, then the library's own text.
/// The URL is left out: an RPC call's holds the whole document and is known to the caller.
pub fn describe(error: reqwest::Error, timeout: Duration) -> String {
    let error = error.without_url();
    let text = chain(&error);
    let mut kinds = Vec::new();
    let mut cause: Option<&dyn std::error::Error> = Some(&error);
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            kinds.push(io.kind());
        }
        cause = c.source();
    }
    let plain = match classify(error.is_timeout(), &kinds, &text) {
        Cause::Timeout => crate::t!("cli-net-timeout", seconds = timeout.as_secs()),
        Cause::Refused => crate::t!("cli-net-refused"),
        Cause::Dns => crate::t!("cli-net-dns"),
        Cause::Tls => crate::t!("cli-net-tls"),
        Cause::Other => return text,
    };
    format!("{plain} [{text}]")
}

/// reqwest's message and its causes ("error sending request: connection closed before message
/// completed"), since the top message alone rarely says what happened.
fn chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut cause = error.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cause = c.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::ErrorKind;

    #[test]
    fn causes_are_told_apart() {
        assert_eq!(classify(true, &[], "operation timed out"), Cause::Timeout);
        assert_eq!(classify(false, &[ErrorKind::ConnectionRefused], "client error (Connect)"), Cause::Refused);
        assert_eq!(classify(false, &[], "dns error: failed to lookup address information"), Cause::Dns);
        assert_eq!(classify(false, &[], "invalid peer certificate: UnknownIssuer"), Cause::Tls);
        assert_eq!(classify(false, &[ErrorKind::ConnectionReset], "connection reset"), Cause::Other);
    }
}
