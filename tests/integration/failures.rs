//! Requests that get no answer, through the real client against real sockets on this machine: a
//! refused port, a host name that does not resolve, a plain-text server where TLS is expected, and a
//! server that accepts and never answers — each told apart in its own words.

use std::io::Write;
use std::net::TcpListener;
use std::time::Duration;

use apiwizard::http::{Client, Endpoint, RetryPolicy, Settings, Submission, prepare, send};

use super::support::{runtime, shared_catalog};

/// A loopback listener: each connection gets `reply` and is closed, or with `None` is held open
/// and never answered. The thread ends with the test binary.
fn listener(reply: Option<&'static [u8]>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = listener.local_addr().expect("address").to_string();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for mut stream in listener.incoming().flatten() {
            match reply {
                Some(bytes) => drop(stream.write_all(bytes)),
                None => held.push(stream),
            }
        }
    });
    addr
}

/// One attempt at `base` with the Huawei example; the error's message.
fn failure(base: &str, timeout: Duration) -> String {
    let catalog = shared_catalog();
    let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
    let submission = Submission {
        api: spec.id.clone(),
        params: spec.examples[0].parameters.clone(),
        document: spec.examples[0].value.clone(),
        endpoint: Endpoint::Url(base.to_owned()),
    };
    let prepared = prepare(spec, &submission).expect("prepared");
    let policy = RetryPolicy { attempts: 1, ..RetryPolicy::default() };
    let client = Client::new(Settings { timeout, policy, use_proxy: false }).expect("client");
    let result = runtime().block_on(send(&client, spec, prepared, &mut |_| {}));
    result.map(|s| format!("unexpected answer {}", s.reply.status)).unwrap_or_else(|e| e.to_string())
}

#[test]
fn a_refused_connection_says_nothing_listens() {
    let port = TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
    let message = failure(&format!("http://127.0.0.1:{port}"), Duration::from_secs(20));
    assert!(message.contains("connection refused: nothing listens at that address"), "{message}");
}

#[test]
fn an_unknown_host_is_a_dns_failure() {
    // .invalid never resolves (RFC 6761), with or without a network.
    let message = failure("https://ecs.nowhere.invalid", Duration::from_secs(20));
    assert!(message.contains("the host name could not be resolved (DNS)"), "{message}");
}

#[test]
fn plain_http_where_tls_is_expected_is_a_tls_failure() {
    let addr = listener(Some(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"));
    let message = failure(&format!("https://{addr}"), Duration::from_secs(20));
    assert!(message.contains("the TLS handshake failed"), "{message}");
}

#[test]
fn a_server_that_never_answers_times_out() {
    let addr = listener(None);
    let message = failure(&format!("http://{addr}"), Duration::from_secs(1));
    assert!(message.contains("timed out after 1 s"), "{message}");
}
