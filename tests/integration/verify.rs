//! `serve --verify-signatures` and signed `submit`: the five APIs accepted with the right key through
//! the real client (polls too), refused in the provider's shape with a wrong one or a skewed clock,
//! the CLI's failure messages, and a revealed curl export replayed against the verifying sandbox.

use std::time::Duration;

use predicates::prelude::*;
use serde_json::Map;

use apiwizard::http::credentials::Credentials;
use apiwizard::http::sign::{self, Moment, Scheme};
use apiwizard::http::{Client, Endpoint, Prepared, Reply, Submission, prepare, send};
use apiwizard::jobs::{self, JobEnd, Phase, PollOptions, Progress};
use apiwizard::profile::sandbox_credentials;
use apiwizard::sandbox::{Config, SKEW_PREFIX};
use apiwizard::spec::Spec;

use super::support::{IDS, Served, apiwizard, example_file, runtime, sandbox, shared_catalog};

fn verifying() -> apiwizard::sandbox::Background {
    sandbox(&Config { speed: 50.0, verify: Some(sandbox_credentials()), ..Config::default() })
}

fn prepared(spec: &Spec, base: &str) -> Prepared {
    let submission = Submission {
        api: spec.id.clone(),
        params: Map::new(),
        document: spec.examples[0].value.clone(),
        endpoint: Endpoint::Sandbox(base.to_owned()),
    };
    prepare(spec, &submission).expect("the example prepares")
}

fn signed_client(spec: &Spec, key: Credentials) -> Client {
    super::support::client(1).signing(Scheme::for_style(spec.style), key)
}

/// The status the spec documents for its signature error (400 when it gives none).
fn signature_status(spec: &Spec) -> u16 {
    spec.error_code(&spec.codes.signature_mismatch)
        .and_then(|e| e["status"].as_u64())
        .map_or(400, |s| u16::try_from(s).expect("a status"))
}

fn assert_signature_refusal(spec: &Spec, reply: &Reply, words: &str) {
    assert_eq!(reply.status, signature_status(spec), "{}: {}", spec.id, reply.body);
    let text = reply.body.to_string();
    assert!(text.contains(&format!("\"{}\"", spec.codes.signature_mismatch)), "{}: {text}", spec.id);
    assert!(text.contains(words), "{}: {text}", spec.id);
}

#[test]
fn the_right_key_is_accepted_for_every_api_and_polls_are_signed_too() {
    let server = verifying();
    let catalog = shared_catalog();
    runtime().block_on(async {
        for id in IDS {
            let spec = catalog.get(id).expect("spec");
            let client = signed_client(spec, sandbox_credentials());
            let sent = send(&client, spec, prepared(spec, &server.base_url()), &mut |_| {}).await.expect("answered");
            assert!(sent.reply.is_success(), "{id}: {} {}", sent.reply.status, sent.reply.body);
            let Some(job) = sent.job else { continue };
            let progress = Progress::of(spec).expect("progress");
            let options = PollOptions { interval: Duration::from_millis(20), max_errors: 1, ..PollOptions::default() };
            let (updates, _received) = tokio::sync::mpsc::unbounded_channel();
            let end = jobs::watch(&client, &progress, &job, &server.base_url(), options, 0, &updates).await;
            assert!(matches!(&end, JobEnd::Finished(s) if s.phase == Phase::Succeeded), "{id}: {end:?}");
        }
    });
    assert_eq!(IDS.iter().map(|id| server.sandbox().created(id)).filter(|n| *n > 0).count(), 5);
}

#[test]
fn a_wrong_secret_or_no_signature_gets_the_providers_signature_error() {
    let server = verifying();
    let catalog = shared_catalog();
    runtime().block_on(async {
        for id in IDS {
            let spec = catalog.get(id).expect("spec");
            let wrong = Credentials::new(sandbox_credentials().access_key_id, "not-the-secret");
            let client = signed_client(spec, wrong);
            let sent = send(&client, spec, prepared(spec, &server.base_url()), &mut |_| {}).await.expect("answered");
            assert_signature_refusal(spec, &sent.reply, "string to sign is: ");
            assert!(sent.reply.body.to_string().contains(Scheme::for_style(spec.style).algorithm()));
            let unsigned = super::support::client(1);
            let sent = send(&unsigned, spec, prepared(spec, &server.base_url()), &mut |_| {}).await.expect("answered");
            assert_signature_refusal(spec, &sent.reply, "no Authorization header");
        }
    });
    assert!(IDS.iter().all(|id| server.sandbox().created(id) == 0), "nothing is created without a valid signature");
}

#[test]
fn a_date_twenty_minutes_off_is_refused_for_clock_skew() {
    let server = verifying();
    let catalog = shared_catalog();
    let client = super::support::client(1);
    runtime().block_on(async {
        for id in IDS {
            let spec = catalog.get(id).expect("spec");
            let request = prepared(spec, &server.base_url()).request;
            for minutes in [-20, 20] {
                let moment = Moment { date: Moment::now().date + time::Duration::minutes(minutes), ..Moment::now() };
                let signed = sign::sign(Scheme::for_style(spec.style), &request, &sandbox_credentials(), &moment);
                let reply = client.attempt(&signed.request).await.expect("sendable").expect("answered");
                assert_signature_refusal(spec, &reply, SKEW_PREFIX);
            }
        }
    });
}

#[test]
fn the_cli_signs_against_a_verifying_serve_and_explains_refusals() {
    let home = tempfile::tempdir().expect("tempdir");
    let right = Served::start(&home, &["--speed", "50", "--verify-signatures"]);
    let wrong = Served::start(&home, &["--verify-signatures", "--access-key-secret", "other-secret"]);
    for id in ["huaweicloud.ecs.CreateServers", "aliyun.ehpc.CreateCluster"] {
        let file = example_file(&home, id);
        apiwizard(&home)
            .args(["submit", "--api", id, "--endpoint", &right.url, "--wait", "--poll-interval", "20"])
            .arg(&file)
            .assert()
            .code(0)
            .stderr(predicate::str::contains("signing with profile sandbox"));
        let assert = apiwizard(&home).args(["submit", "--api", id, "--endpoint", &wrong.url]).arg(&file).assert();
        let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
        assert.code(1);
        assert!(out.contains("failed: the server refused the signature ("), "{out}");
        assert!(!out.contains("apiwizard-sandbox-key-secret"), "the secret is never printed: {out}");
    }
}

#[test]
fn refused_connections_missing_credentials_and_real_endpoints_have_their_own_messages() {
    let home = tempfile::tempdir().expect("tempdir");
    let id = "aliyun.ecs.CreateHpcCluster";
    let file = example_file(&home, id);
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr");
    apiwizard(&home)
        .args(["submit", "--api", id, "--attempts", "1", "--endpoint", &format!("http://{closed}")])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("connection refused: nothing listens at that address"));
    let real = "https://ecs.cn-beijing.aliyuncs.com";
    apiwizard(&home)
        .args(["submit", "--api", id, "--endpoint", real])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("billable").and(predicate::str::contains("--yes")));
    apiwizard(&home)
        .args(["submit", "--api", id, "--endpoint", real, "--yes"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
}

/// The pieces of a `curl -X M URL -H 'k: v' … --data-raw '…'` export, for replaying without curl.
fn parse_curl(text: &str) -> (String, String, Vec<(String, String)>, String) {
    let unquote = |s: &str| s.trim().trim_end_matches('\\').trim().trim_matches('\'').replace("'\\''", "'");
    let mut lines = text.lines();
    let first = lines.next().expect("a first line");
    let mut words = first.trim_end_matches('\\').split_whitespace().skip(2);
    let (method, url) = (words.next().expect("method").to_owned(), unquote(words.next().expect("url")));
    let (mut headers, mut body) = (Vec::new(), String::new());
    for line in lines {
        let line = line.trim();
        if let Some(h) = line.strip_prefix("-H ") {
            let (k, v) = unquote(h).split_once(": ").map(|(k, v)| (k.to_owned(), v.to_owned())).expect("k: v");
            headers.push((k, v));
        } else if let Some(d) = line.strip_prefix("--data-raw ") {
            body = unquote(d);
        }
    }
    (method, url, headers, body)
}

#[test]
fn a_revealed_curl_export_is_accepted_by_the_verifying_sandbox() {
    let home = tempfile::tempdir().expect("tempdir");
    let server = verifying();
    let id = "aliyun.starrocks.CreateInstanceV1";
    let file = example_file(&home, id);
    let export = apiwizard(&home)
        .args(["export", "--api", id, "--as", "curl", "--profile", "sandbox", "--reveal", "--endpoint"])
        .arg(server.base_url())
        .arg(&file)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let script = String::from_utf8(export).expect("utf-8");
    // Replayed by reqwest always (so this path is tested here too), and by the system curl when present.
    let (method, url, headers, body) = parse_curl(&script);
    let request = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    // reqwest has no bundled crypto provider; the app installs ring when its client is first built,
    // which another test may or may not have done by now.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let status = runtime().block_on(async {
        let mut builder = reqwest::Client::builder().no_proxy().build().expect("client").request(request, &url);
        for (k, v) in &headers {
            builder = builder.header(k, v);
        }
        builder.body(body).send().await.expect("answered").status().as_u16()
    });
    assert_eq!(status, 200, "reqwest replay of:\n{script}");
    let curl = std::process::Command::new("curl").arg("--version").output();
    if curl.is_ok_and(|o| o.status.success()) {
        let run = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{} --silent --show-error --noproxy '*' --write-out '\\n%{{http_code}}'", script.trim_end()))
            .output()
            .expect("sh runs");
        let out = String::from_utf8_lossy(&run.stdout);
        assert_eq!(out.lines().last(), Some("200"), "curl said {out} {}", String::from_utf8_lossy(&run.stderr));
    }
    assert!(server.sandbox().created(id) >= 1, "the replays created the instance");
}

#[test]
fn the_older_hmac_sha1_schemes_sign_and_verify_where_the_api_takes_them() {
    let home = tempfile::tempdir().expect("tempdir");
    let served = Served::start(&home, &["--speed", "50", "--verify-signatures"]);
    for (id, scheme) in [
        ("aliyun.batchcompute.CreateCluster", "roa-v1"),
        ("aliyun.starrocks.CreateInstanceV1", "roa-v1"),
        ("aliyun.ecs.CreateHpcCluster", "rpc-v2"),
        ("aliyun.ehpc.CreateCluster", "rpc-v2"),
    ] {
        let file = example_file(&home, id);
        apiwizard(&home)
            .args([
                "submit",
                "--api",
                id,
                "--endpoint",
                &served.url,
                "--scheme",
                scheme,
                "--wait",
                "--poll-interval",
                "20",
            ])
            .arg(&file)
            .assert()
            .code(0)
            .stderr(predicate::str::contains("HMAC-SHA1"));
    }
    // `sign` names the scheme the API's own SDK uses, and refuses one the API does not take.
    let batch = example_file(&home, "aliyun.batchcompute.CreateCluster");
    apiwizard(&home)
        .args(["sign", "--api", "aliyun.batchcompute.CreateCluster", "--profile", "sandbox"])
        .arg(&batch)
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("official SDK (batchcompute==2.1.7)")
                .and(predicate::str::contains("--scheme roa-v1")),
        );
    let signed = apiwizard(&home)
        .args(["sign", "--api", "aliyun.batchcompute.CreateCluster", "--profile", "sandbox", "--scheme", "roa-v1"])
        .arg(&batch)
        .assert()
        .code(0);
    let out = String::from_utf8_lossy(&signed.get_output().stdout).into_owned();
    assert!(out.contains("Authorization: acs apiwizard-sandbox-key-id:"), "{out}");
    assert!(!out.contains("--scheme roa-v1 signs"), "no advice when already signing as the SDK does: {out}");
    let huawei = example_file(&home, "huaweicloud.ecs.CreateServers");
    apiwizard(&home)
        .args(["sign", "--api", "huaweicloud.ecs.CreateServers", "--profile", "sandbox", "--scheme", "rpc-v2"])
        .arg(&huawei)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use one of: huawei"));
}
