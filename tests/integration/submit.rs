//! `submit` and `serve` through the real binary: exit codes, the JSON report with the final job
//! status, retries against a separate `serve` process, history without secrets, sanitized output.

use std::io::{Read, Write};

use predicates::prelude::*;
use serde_json::Value;

use apiwizard::http::Replay;
use apiwizard::request::HttpRequest;

use super::support::{Served, apiwizard, apiwizard_process, catalog, client, example_file, runtime};

fn json_report(output: &[u8]) -> Value {
    serde_json::from_slice(output).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(output)))
}

#[test]
fn submit_to_the_embedded_sandbox_waits_for_the_job_to_succeed() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "huaweicloud.ecs.CreateServers");
    let out = apiwizard(&home)
        .args([
            "submit",
            "--api",
            "huaweicloud.ecs.CreateServers",
            "--wait",
            "--poll-interval",
            "100",
            "--format",
            "json",
        ])
        .arg(&file)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("SUCCESS"))
        .get_output()
        .stdout
        .clone();
    let report = json_report(&out);
    assert_eq!((report["status"].clone(), report["succeeded"].clone()), (Value::from(200), Value::Bool(true)));
    assert_eq!(report["job"]["state"], "SUCCESS");
    assert_eq!(report["job"]["id"], report["response"]["job_id"]);
    assert!(report["url"].as_str().is_some_and(|u| u.contains("/v1.1/0605767b6a00d5762f1ec0195ae9c0f7/cloudservers")));
}

#[test]
fn a_refused_document_exits_1_with_the_providers_error() {
    let home = tempfile::tempdir().expect("tempdir");
    apiwizard(&home)
        .args(["submit", "--api", "aliyun.batchcompute.CreateCluster", "-"])
        .write_stdin("{}")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("answer: 400").and(predicate::str::contains("\"Code\": \"MissingName\"")));
}

#[test]
fn usage_errors_exit_2() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "huaweicloud.ecs.CreateServers");
    // A loopback URL takes the sandbox profile's example parameters; a profile of its own does not.
    super::support::write_profiles(&home, "[profiles.bare]\nprovider = \"huaweicloud\"\ncredentials = \"none\"\n");
    apiwizard(&home)
        .args(["submit", "--api", "huaweicloud.ecs.CreateServers", "--endpoint", "http://127.0.0.1:9"])
        .args(["--profile", "bare"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("project_id").and(predicate::str::contains("--param")));
    apiwizard(&home)
        .args(["submit", "--api", "huaweicloud.ecs.CreateServers", "--param", "projectid=x"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("its parameters: project_id, X-Client-Token"));
    apiwizard(&home)
        .args(["serve", "--addr", "127.0.0.1:0", "--drop", "nope=0.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--drop"));
}

#[test]
fn submit_to_a_serve_process_retries_a_lost_answer_and_reports_a_failed_job() {
    let home = tempfile::tempdir().expect("tempdir");
    let api = "huaweicloud.ecs.CreateServers";
    let served =
        Served::start(&home, &["--speed", "20", "--drop", "create=0.5", "--job-fail-rate", &format!("{api}=1")]);
    let file = example_file(&home, api);
    let out = apiwizard(&home)
        .args(["submit", "--api", api, "--endpoint", &served.url, "--param", "project_id=p1", "--wait"])
        .args(["--poll-interval", "20", "--format", "json"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("retrying").and(predicate::str::contains("same token")))
        .get_output()
        .stdout
        .clone();
    let report = json_report(&out);
    assert_eq!(report["attempts"], 2);
    assert_eq!((report["job"]["state"].as_str(), report["succeeded"].as_bool()), (Some("FAIL"), Some(false)));
    assert!(report["error"].as_str().is_some_and(|e| e.contains("FAIL")));
    // The job the report names is the one the server keeps: a plain GET of Huawei's job route shows it.
    let job = report["response"]["job_id"].as_str().expect("job id");
    let request = HttpRequest {
        method: "GET".into(),
        base: served.url.clone(),
        path: format!("/v1/p1/jobs/{job}"),
        query: Vec::new(),
        headers: Vec::new(),
        body: String::new(),
    };
    let reply = runtime().block_on(client(1).send(&request, Replay::Safe, &mut |_| {})).expect("an answer").0;
    assert_eq!((reply.status, reply.body["status"].as_str()), (200, Some("FAIL")));
}

#[test]
fn a_proxy_in_the_environment_never_stands_between_submit_and_a_loopback_sandbox() {
    let home = tempfile::tempdir().expect("tempdir");
    let api = "aliyun.ecs.CreateHpcCluster";
    let served = Served::start(&home, &[]);
    // Port 9 (discard) is closed here: were the proxy used, the request could not be sent.
    apiwizard(&home)
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("http_proxy", "http://127.0.0.1:9")
        .env("ALL_PROXY", "http://127.0.0.1:9")
        .args(["submit", "--api", api, "--endpoint", &served.url])
        .arg(example_file(&home, api))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("answer: 200"));
}

#[test]
fn serve_listens_where_the_sandbox_profile_looks_unless_told_otherwise() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut command = apiwizard_process(&home);
    command.env("APIWIZARD_SANDBOX_URL", "http://127.0.0.1:0").arg("serve");
    let served = Served::spawn(command);
    assert!(!served.url.ends_with(":0"), "a free port was picked: {}", served.url);
    apiwizard(&home)
        .env("APIWIZARD_SANDBOX_URL", "https://sandbox.example")
        .arg("serve")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("APIWIZARD_SANDBOX_URL").and(predicate::str::contains("--addr")));
}

#[test]
fn history_keeps_the_outcome_without_secrets() {
    let home = tempfile::tempdir().expect("tempdir");
    let api = "aliyun.starrocks.CreateInstanceV1";
    let file = example_file(&home, api);
    let password =
        catalog().get(api).expect("spec").examples[0].value["AdminPassword"].as_str().expect("pw").to_owned();
    apiwizard(&home).args(["submit", "--api", api]).arg(&file).assert().code(0);
    let dir = home.path().join("data/apiwizard/history");
    let entries = apiwizard::history::History::at(&dir).list();
    assert_eq!(entries.len(), 1, "one entry in {}", dir.display());
    let entry = &entries[0];
    assert_eq!((entry.api.as_str(), entry.outcome.status, entry.outcome.succeeded), (api, Some(200), true));
    assert_eq!(entry.redacted, vec!["/AdminPassword".to_owned()]);
    assert!(entry.token.is_some() && entry.outcome.created_id.is_some());
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "the history folder is the user's alone");
    for file in std::fs::read_dir(&dir).expect("dir").filter_map(Result::ok) {
        let text = std::fs::read_to_string(file.path()).expect("read");
        assert!(!text.contains(&password), "the password reached {}", file.path().display());
        assert_eq!(mode(&file.path()), 0o600, "{}", file.path().display());
    }
}

/// A server that answers one request with escape sequences in its body; counts the requests it saw.
fn hostile_server() -> (String, std::thread::JoinHandle<usize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let thread = std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else { return 0 };
        let mut request = Vec::new();
        let mut byte = [0u8; 1];
        while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
            request.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&request).to_lowercase();
        let length = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|n| n.trim().parse().ok());
        let mut body = vec![0u8; length.unwrap_or(0)];
        let _ = stream.read_exact(&mut body);
        let evil = "{\"Code\": \"\\u001b[31mRed\\u001b]0;title\\u0007\", \"Message\": \"csi\u{9b}31m here\"}";
        let answer = format!(
            "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{evil}",
            evil.len()
        );
        let _ = stream.write_all(answer.as_bytes());
        1
    });
    (url, thread)
}

#[test]
fn server_text_is_sanitized_before_it_reaches_the_terminal() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "aliyun.batchcompute.CreateCluster");
    for format in ["text", "json"] {
        let (url, server) = hostile_server();
        let output = apiwizard(&home)
            .args(["submit", "--api", "aliyun.batchcompute.CreateCluster", "--endpoint", &url, "--format", format])
            .arg(&file)
            .assert()
            .code(1)
            .get_output()
            .clone();
        assert_eq!(server.join().expect("server thread"), 1, "the server was hit");
        for stream in [&output.stdout, &output.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert!(!text.contains(['\u{1b}', '\u{9b}', '\u{7}']), "{format}: control characters in {text:?}");
        }
        assert!(String::from_utf8_lossy(&output.stdout).contains("here"), "{format}: the message is still shown");
    }
}

#[test]
fn an_rpc_submit_never_prints_the_password_its_url_carries() {
    let home = tempfile::tempdir().expect("tempdir");
    let api = "aliyun.ehpc.CreateCluster";
    let mut document = catalog().get(api).expect("spec").examples[0].value.clone();
    let password = "Pw#Secret-4821";
    document["ClusterCredentials"]["Password"] = serde_json::json!(password);
    let file = home.path().join("ehpc.json");
    std::fs::write(&file, document.to_string()).expect("write");
    let output = apiwizard(&home).args(["submit", "--api", api, "--format", "json"]).arg(&file).output().expect("run");
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(stderr.contains("POST http://127.0.0.1:"), "the request line is still shown: {stderr}");
    for text in [&stdout, &stderr] {
        assert!(!text.contains("4821"), "the password leaked: {text}");
    }
}

/// A server that answers every request with `answer` until a connection says `STOP`; the handle
/// gives the number of requests it answered, and each request's head and body.
fn counting_server(answer: String) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let thread = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = Vec::new();
            let mut byte = [0u8; 1];
            while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                request.push(byte[0]);
            }
            if request.starts_with(b"STOP") {
                break;
            }
            let head = String::from_utf8_lossy(&request).to_lowercase();
            let length =
                head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|n| n.trim().parse().ok());
            let mut body = vec![0u8; length.unwrap_or(0)];
            let _ = stream.read_exact(&mut body);
            seen.push(format!("{head}{}", String::from_utf8_lossy(&body)));
            let _ = stream.write_all(answer.as_bytes());
        }
        seen
    });
    (url, thread)
}

fn stop(url: &str, server: std::thread::JoinHandle<Vec<String>>) -> Vec<String> {
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).expect("connect");
    stream.write_all(b"STOP\r\n\r\n").expect("stop");
    server.join().expect("server thread")
}

#[test]
fn a_redirect_is_reported_and_nothing_is_sent_to_the_other_origin() {
    let home = tempfile::tempdir().expect("tempdir");
    let api = "huaweicloud.ecs.CreateServers";
    let mut document = catalog().get(api).expect("spec").examples[0].value.clone();
    document["server"]["adminPass"] = serde_json::json!("Pw#Redirect-9931");
    let file = home.path().join("hw.json");
    std::fs::write(&file, document.to_string()).expect("write");
    for status in ["307 Temporary Redirect", "308 Permanent Redirect", "301 Moved Permanently", "303 See Other"] {
        let (other, elsewhere) =
            counting_server("HTTP/1.1 202 Accepted\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}".to_owned());
        let (url, endpoint) = counting_server(format!(
            "HTTP/1.1 {status}\r\nlocation: {other}/v1.1/p/cloudservers\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
        ));
        let output = apiwizard(&home)
            .args(["submit", "--api", api, "--endpoint", &url, "--param", "project_id=p"])
            .arg(&file)
            .output()
            .expect("run");
        let seen_here = stop(&url, endpoint);
        let seen_there = stop(&other, elsewhere);
        let stderr = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert_eq!(output.status.code(), Some(1), "{status}: {stderr}");
        assert_eq!(seen_here.len(), 1, "{status}: sent once, never retried");
        assert!(seen_here[0].contains("9931"), "the endpoint got the body");
        assert!(seen_there.is_empty(), "{status}: the other origin got {seen_there:?}");
        let code = &status[..3];
        assert!(
            stderr.contains(&format!("answered {code} and points to {other}/v1.1/p/cloudservers")),
            "{status}: the status and Location are reported: {stderr}"
        );
        assert!(!stderr.contains("9931"), "{stderr}");
    }
}
