//! The sandbox on 127.0.0.1:0 driven by the real client: every documented success and error shape,
//! RPC addressing, idempotency, quotas, jobs to their final state, faults and persistence.

use apiwizard::http::{self, Client, Endpoint, Replay, Reply, Submission, Submitted};
use apiwizard::jobs::{self, JobEnd, Phase, PollOptions, Progress};
use apiwizard::request::HttpRequest;
use apiwizard::sandbox::{Background, Config, Connections, Rate, Scoped};
use serde_json::{Map, Value, json};
use std::time::Duration;

use super::support::{client, runtime, sandbox, shared_catalog as catalog};

const BATCH: &str = "aliyun.batchcompute.CreateCluster";
const EHPC: &str = "aliyun.ehpc.CreateCluster";
const HUAWEI: &str = "huaweicloud.ecs.CreateServers";
const STARROCKS: &str = "aliyun.starrocks.CreateInstanceV1";
const ECS: &str = "aliyun.ecs.CreateHpcCluster";

fn example(api: &str) -> Value {
    catalog().get(api).expect("spec").examples[0].value.clone()
}

fn scoped<T>(route: &str, value: T) -> Vec<Scoped<T>> {
    vec![Scoped { route: Some(route.to_owned()), value }]
}

/// Submits a document through the real submit flow.
fn submit(server: &Background, client: &Client, api: &str, document: Value) -> Result<Submitted, http::SubmitError> {
    let submission = Submission {
        api: api.to_owned(),
        params: Map::new(),
        document,
        endpoint: Endpoint::Sandbox(server.base_url()),
    };
    runtime().block_on(http::submit(client, &catalog(), submission, &mut |_| {}))
}

/// Sends a hand-made request (for bodies the submit flow never builds).
fn raw(
    server: &Background,
    method: &str,
    path: &str,
    query: &[(&str, &str)],
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let pairs = |list: &[(&str, &str)]| list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    let request = HttpRequest {
        method: method.to_owned(),
        base: server.base_url(),
        path: path.to_owned(),
        query: pairs(query),
        headers: pairs(headers),
        body: body.to_owned(),
    };
    runtime().block_on(client(1).send(&request, Replay::Safe, &mut |_| {})).expect("an answer").0
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().map(|m| m.keys().map(String::as_str).collect()).unwrap_or_default()
}

#[test]
fn every_api_answers_in_its_documented_success_shape() {
    let server = sandbox(&Config::default());
    let c = client(1);
    let batch = submit(&server, &c, BATCH, example(BATCH)).expect("sent");
    assert_eq!((batch.reply.status, keys(&batch.reply.body)), (201, vec!["Id"]));
    assert!(batch.reply.body["Id"].as_str().is_some_and(|id| id.starts_with("cls-")));

    let ehpc = submit(&server, &c, EHPC, example(EHPC)).expect("sent");
    assert_eq!((ehpc.reply.status, keys(&ehpc.reply.body)), (200, vec!["Success", "RequestId", "ClusterId", "TaskId"]));
    assert_eq!(ehpc.reply.body["Success"], true);

    let ecs = submit(&server, &c, ECS, example(ECS)).expect("sent");
    assert_eq!((ecs.reply.status, keys(&ecs.reply.body)), (200, vec!["RequestId", "HpcClusterId"]));
    assert!(ecs.job.is_none() && ecs.created_id.is_some(), "CreateHpcCluster is synchronous");

    let starrocks = submit(&server, &c, STARROCKS, example(STARROCKS)).expect("sent");
    let body = &starrocks.reply.body;
    assert_eq!((starrocks.reply.status, keys(body)), (200, vec!["HttpStatusCode", "RequestId", "Success", "Data"]));
    assert_eq!((body["HttpStatusCode"].clone(), body["Success"].clone()), (json!(200), json!(true)));
    assert_eq!(keys(&body["Data"]), vec!["OrderId", "InstanceId"], "the example is prePaid, so it has an order");

    let huawei = submit(&server, &c, HUAWEI, example(HUAWEI)).expect("sent");
    let body = &huawei.reply.body;
    assert_eq!((huawei.reply.status, keys(body)), (200, vec!["job_id", "order_id", "serverIds"]));
    let count = example(HUAWEI)["server"]["count"].as_u64().unwrap_or(1) as usize;
    assert_eq!(body["serverIds"].as_array().map(Vec::len), Some(count));

    let mut postpaid = example(HUAWEI);
    postpaid["server"]["extendparam"]["chargingMode"] = json!("postPaid");
    let body = submit(&server, &c, HUAWEI, postpaid).expect("sent").reply.body;
    assert_eq!(keys(&body), vec!["job_id", "serverIds"], "no order_id without prePaid");
}

#[test]
fn huawei_dry_run_answers_202_and_creates_nothing() {
    let server = sandbox(&Config::default());
    let spec = catalog();
    let dry = spec.get(HUAWEI).expect("spec").example(Some("dry_run_check")).expect("example").value.clone();
    let reply = submit(&server, &client(1), HUAWEI, dry).expect("sent").reply;
    assert_eq!((reply.status, reply.body), (202, Value::Null));
    assert_eq!(server.sandbox().created(HUAWEI), 0);
}

#[test]
fn errors_come_in_each_providers_shape_and_status() {
    let server = sandbox(&Config::default());
    let json_type = [("content-type", "application/json")];
    let batch = |body: &str| raw(&server, "POST", "/clusters", &[], &json_type, body);
    for (body, code) in [("{oops", "InvalidJsonFormat"), ("[1, 2]", "InvalidHttpBody"), ("", "InvalidHttpBody")] {
        let reply = batch(body);
        assert_eq!((reply.status, keys(&reply.body)), (400, vec!["Code", "Message", "RequestId", "HostId"]), "{body}");
        assert_eq!(reply.body["Code"], code, "{body}");
    }
    let missing = batch("{}");
    assert_eq!((missing.status, missing.body["Code"].as_str()), (400, Some("MissingName")));

    let ecs = raw(
        &server,
        "POST",
        "/",
        &[("Action", "CreateHpcCluster"), ("Version", "2014-05-26"), ("RegionId", "cn-hangzhou")],
        &[],
        "",
    );
    assert_eq!((ecs.status, keys(&ecs.body)), (400, vec!["RequestId", "HostId", "Code", "Message"]));
    assert_eq!(ecs.body["Code"], "MissingParameter");
    let bad_name = raw(
        &server,
        "POST",
        "/",
        &[("Action", "CreateHpcCluster"), ("Version", "2014-05-26"), ("RegionId", "cn-hangzhou"), ("Name", "9lives")],
        &[],
        "",
    );
    assert_eq!(bad_name.body["Code"], "InvalidHpcClusterName.Malformed");

    let ehpc = raw(
        &server,
        "POST",
        "/",
        &[("Action", "CreateCluster"), ("Version", "2024-07-30"), ("Manager", "{not json")],
        &[],
        "",
    );
    assert_eq!((ehpc.status, ehpc.body["Code"].as_str()), (400, Some("InvalidParams")));

    let starrocks = raw(&server, "POST", "/webapi/cluster/createV1", &[], &json_type, "{}");
    assert_eq!(
        (starrocks.status, keys(&starrocks.body)),
        (400, vec!["Success", "Code", "Message", "ErrCode", "ErrMessage", "HttpStatusCode", "RequestId"])
    );
    assert_eq!(
        (starrocks.body["Success"].clone(), starrocks.body["ErrCode"].clone()),
        (json!(false), json!("InvalidParams"))
    );
    assert_eq!(starrocks.body["HttpStatusCode"], 400);

    let huawei = raw(&server, "POST", "/v1.1/p1/cloudservers", &[], &json_type, "{\"server\": 5");
    assert_eq!((huawei.status, keys(&huawei.body)), (400, vec!["error"]));
    assert_eq!(keys(&huawei.body["error"]), vec!["code", "message"]);
    assert_eq!(huawei.body["error"]["code"], "Ecs.0005");
    assert_eq!(server.sandbox().created(HUAWEI) + server.sandbox().created(BATCH), 0);
}

#[test]
fn rpc_calls_name_their_action_in_the_query_or_in_headers_with_a_query_or_form_body() {
    let server = sandbox(&Config::default());
    let query =
        [("Action", "CreateHpcCluster"), ("Version", "2014-05-26"), ("RegionId", "cn-hangzhou"), ("Name", "hpc-a")];
    assert_eq!(raw(&server, "POST", "/", &query, &[], "").status, 200);
    let headers = [("x-acs-action", "CreateHpcCluster"), ("x-acs-version", "2014-05-26")];
    let form = [("content-type", "application/x-www-form-urlencoded"), headers[0], headers[1]];
    let reply = raw(&server, "POST", "/", &[], &form, "RegionId=cn-hangzhou&Name=hpc-b");
    assert_eq!((reply.status, keys(&reply.body)), (200, vec!["RequestId", "HpcClusterId"]));
    let wrong_version =
        raw(&server, "POST", "/", &[], &[("x-acs-action", "CreateHpcCluster"), ("x-acs-version", "2099-01-01")], "");
    assert_eq!(wrong_version.status, 405);
    // E-HPC's nested parameters arrive as JSON strings and are read back as objects.
    let ehpc = submit(&server, &client(1), EHPC, example(EHPC)).expect("sent");
    assert!(ehpc.prepared.request.query.iter().any(|(k, v)| k == "Manager" && v.starts_with('{')));
    assert_eq!(ehpc.reply.status, 200);
    assert_eq!(server.sandbox().created(ECS), 2);
}

#[test]
fn the_same_token_replays_the_first_answer_and_another_request_is_refused() {
    let server = sandbox(&Config::default());
    let c = client(1);
    let token = [("content-type", "application/json")];
    let body = example(BATCH).to_string();
    let send = |t: &str, body: &str| raw(&server, "POST", "/clusters", &[("IdempotentToken", t)], &token, body);
    let first = send("tok_1", &body);
    assert_eq!(first.status, 201);
    assert_eq!(send("tok_1", &body), first, "same token, same body: the first answer");
    let mut other = example(BATCH);
    other["Name"] = json!("another-name");
    let refused = send("tok_1", &other.to_string());
    assert_eq!((refused.status, refused.body["Code"].as_str()), (400, Some("IdempotentTokenMismatch")));
    assert_eq!(server.sandbox().created(BATCH), 1);

    // Huawei's token is a header, StarRocks' a field of the body.
    let huawei = submit(&server, &c, HUAWEI, example(HUAWEI)).expect("sent");
    let again =
        runtime().block_on(http::send(&c, catalog().get(HUAWEI).expect("spec"), huawei.prepared.clone(), &mut |_| {}));
    assert_eq!(again.expect("sent").reply, huawei.reply);
    let mut changed = huawei.prepared.clone();
    let mut other: Value = serde_json::from_str(&changed.request.body).expect("json body");
    other["server"]["name"] = json!("another-name");
    changed.request.body = other.to_string();
    let mismatch = runtime().block_on(c.send(&changed.request, Replay::Safe, &mut |_| {})).expect("answer").0;
    assert_eq!(mismatch.body["error"]["code"], "Ecs.0122");
    let mut doc = example(STARROCKS);
    doc["ClientToken"] = json!("same-token");
    let first = submit(&server, &c, STARROCKS, doc.clone()).expect("sent").reply;
    assert_eq!(submit(&server, &c, STARROCKS, doc.clone()).expect("sent").reply, first);
    doc["InstanceName"] = json!("other");
    assert_eq!(submit(&server, &c, STARROCKS, doc).expect("sent").reply.body["ErrCode"], "IdempotentParameterMismatch");
    assert_eq!((server.sandbox().created(HUAWEI), server.sandbox().created(STARROCKS)), (1, 1));
}

#[test]
fn concurrent_requests_with_one_token_create_once() {
    let server = sandbox(&Config::default());
    let c = client(1);
    let catalog = catalog();
    let spec = catalog.get(HUAWEI).expect("spec");
    let submission = Submission {
        api: HUAWEI.into(),
        params: Map::new(),
        document: example(HUAWEI),
        endpoint: Endpoint::Sandbox(server.base_url()),
    };
    let prepared = http::submit::prepare(spec, &submission).expect("prepared");
    let replies: Vec<Reply> = runtime().block_on(async {
        let sends = (0..16).map(|_| {
            let (c, request) = (c.clone(), prepared.request.clone());
            tokio::spawn(async move { c.send(&request, Replay::Safe, &mut |_| {}).await.expect("answer").0 })
        });
        let mut out = Vec::new();
        for task in sends.collect::<Vec<_>>() {
            out.push(task.await.expect("task"));
        }
        out
    });
    assert!(replies.iter().all(|r| r == &replies[0] && r.status == 200), "every racer gets the one answer");
    assert_eq!(server.sandbox().created(HUAWEI), 1);
}

#[test]
fn quotas_give_the_documented_error_when_the_limit_is_reached() {
    let config = Config {
        quota: vec![
            Scoped { route: Some(BATCH.into()), value: 2 },
            Scoped { route: Some(EHPC.into()), value: 1 },
            Scoped { route: Some(HUAWEI.into()), value: 3 },
        ],
        ..Config::default()
    };
    let server = sandbox(&config);
    let c = client(1);
    for _ in 0..2 {
        assert_eq!(submit(&server, &c, BATCH, example(BATCH)).expect("sent").reply.status, 201);
    }
    let over = submit(&server, &c, BATCH, example(BATCH)).expect("sent").reply;
    assert_eq!((over.status, over.body["Code"].as_str()), (403, Some("QuotaExhausted.MaxClusterCount")));
    assert_eq!(submit(&server, &c, EHPC, example(EHPC)).expect("sent").reply.status, 200);
    let over = submit(&server, &c, EHPC, example(EHPC)).expect("sent").reply;
    assert_eq!((over.status, over.body["Code"].as_str()), (403, Some("TooManyClusters")));
    // Huawei counts servers: 4 at once pass a quota of 3.
    let mut four = example(HUAWEI);
    four["server"]["count"] = json!(4);
    let over = submit(&server, &c, HUAWEI, four).expect("sent").reply;
    assert_eq!((over.status, over.body["error"]["code"].as_str()), (400, Some("Ecs.0001")));
    assert_eq!((server.sandbox().created(BATCH), server.sandbox().created(HUAWEI)), (2, 0));
}

/// Submits the example and follows the job to its end, returning every state seen and the end.
fn follow(server: &Background, api: &str, document: Value) -> (Vec<String>, JobEnd) {
    let c = client(3);
    let submitted = submit(server, &c, api, document).expect("sent");
    let job = submitted.job.expect("a job to follow");
    let progress = Progress::of(catalog().get(api).expect("spec")).expect("progress");
    let options = PollOptions { interval: std::time::Duration::from_millis(5), ..PollOptions::default() };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let end = runtime().block_on(jobs::watch(&c, &progress, &job, &server.base_url(), options, 7, &tx));
    let mut states = Vec::new();
    while let Ok(update) = rx.try_recv() {
        assert_eq!(update.generation, 7);
        if let jobs::JobEvent::Status(s) = update.event {
            states.push(s.state);
        }
    }
    (states, end)
}

#[test]
fn created_resources_move_through_their_states_to_success() {
    let server = sandbox(&Config { speed: 40.0, ..Config::default() });
    for (api, expected) in [
        (HUAWEI, vec!["INIT", "RUNNING", "SUCCESS"]),
        (EHPC, vec!["creating", "initing", "running"]),
        (STARROCKS, vec!["not_init", "unpaid", "paid", "creating", "created", "running"]),
        (BATCH, vec!["Active"]),
    ] {
        let (states, end) = follow(&server, api, example(api));
        assert!(matches!(&end, JobEnd::Finished(s) if s.phase == Phase::Succeeded), "{api}: {end:?}");
        let mut pending = expected.iter().peekable();
        for seen in &states {
            while pending.peek().is_some_and(|e| *e != seen) {
                pending.next();
            }
            assert!(pending.next().is_some(), "{api}: {seen} out of order in {states:?}");
        }
        assert_eq!(states.last().map(String::as_str), expected.last().copied(), "{api}");
    }
    // Huawei's job lists one sub-job per server, with the ids the create answer gave.
    let created = submit(&server, &client(1), HUAWEI, example(HUAWEI)).expect("sent").reply.body;
    let job = created["job_id"].as_str().expect("job id");
    let poll = raw(&server, "GET", &format!("/v1/{}/jobs/{job}", "0605767b6a00d5762f1ec0195ae9c0f7"), &[], &[], "");
    let servers: Vec<&Value> = poll.body["entities"]["sub_jobs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| &s["entities"]["server_id"])
        .collect();
    assert_eq!(servers, created["serverIds"].as_array().expect("ids").iter().collect::<Vec<_>>());
    let elsewhere = raw(&server, "GET", &format!("/v1/another-project/jobs/{job}"), &[], &[], "");
    assert_eq!((elsewhere.status, elsewhere.body["error"]["code"].as_str()), (404, Some("JobNotFound")));
}

#[test]
fn a_job_made_to_fail_ends_in_the_failure_state() {
    let server = sandbox(&Config { speed: 50.0, job_fail_rate: scoped(HUAWEI, Rate(1.0)), ..Config::default() });
    let (states, end) = follow(&server, HUAWEI, example(HUAWEI));
    assert!(matches!(&end, JobEnd::Finished(s) if s.state == "FAIL" && s.phase == Phase::Failed), "{end:?}");
    assert!(!states.iter().any(|s| s == "SUCCESS"), "{states:?}");
    let (_, other) = follow(&server, EHPC, example(EHPC));
    assert!(matches!(other, JobEnd::Finished(s) if s.phase == Phase::Succeeded), "only Huawei fails");
}

#[test]
fn lost_answers_and_5xx_are_retried_with_the_same_token_and_create_once() {
    let config =
        Config { drop: scoped("create", Rate(0.5)), fail_rate: scoped("poll", Rate(0.5)), ..Config::default() };
    let server = sandbox(&config);
    let c = client(3);
    for api in [BATCH, HUAWEI, STARROCKS, ECS] {
        let mut document = example(api);
        // Documented examples may carry a fixed token; a fresh one per submission is what matters here.
        if let Some(map) = document.as_object_mut() {
            map.shift_remove("ClientToken");
        }
        let submitted = submit(&server, &c, api, document).expect("an answer on the second attempt");
        assert!(submitted.reply.is_success(), "{api}: {:?}", submitted.reply);
        assert_eq!(submitted.attempts, 2, "{api}: the first answer was dropped");
        assert_eq!(server.sandbox().created(api), 1, "{api}: the retry replayed, it did not create again");
    }
    // Polls fail every other time with the API's 5xx; the poller keeps going.
    let (_, end) = follow(&server, HUAWEI, example(HUAWEI));
    assert!(matches!(end, JobEnd::Finished(_)), "{end:?}");
    let failed = raw(&server, "GET", "/clusters/none", &[], &[], "");
    let failed = if failed.status == 404 { raw(&server, "GET", "/clusters/none", &[], &[], "") } else { failed };
    assert_eq!((failed.status, failed.body["Code"].as_str()), (500, Some("InternalError")));
}

#[test]
fn without_a_token_a_lost_answer_is_not_sent_again() {
    // Every E-HPC answer is lost, the lookup's too: the outcome is unknown, never a failure.
    let server = sandbox(&Config { drop: scoped(EHPC, Rate(1.0)), ..Config::default() });
    let error = submit(&server, &client(4), EHPC, example(EHPC)).expect_err("no answer");
    assert!(matches!(&error, http::SubmitError::Unknown { .. }), "{error}");
    let text = error.to_string();
    assert!(
        text.starts_with("unknown: ") && text.contains("may have created") && text.contains("ClusterName"),
        "{text}"
    );
    assert_eq!(server.sandbox().created(EHPC), 1, "handled once, never resent");
}

#[test]
fn a_lost_answer_is_looked_up_so_nothing_is_created_twice_or_reported_failed() {
    // Half the creates lose their answer after the cluster is made; ListClusters still answers.
    let config = Config {
        drop: scoped(&format!("{EHPC}:create"), Rate(0.5)),
        quota: vec![Scoped { route: Some(EHPC.into()), value: 20 }],
        ..Config::default()
    };
    let server = sandbox(&config);
    let c = client(4);
    let mut ids = Vec::new();
    let mut recovered = 0;
    for n in 0..10 {
        let mut document = example(EHPC);
        document["ClusterName"] = json!(format!("lost-answer-{n}"));
        let done = submit(&server, &c, EHPC, document).expect("every create is reported as what it was");
        recovered += usize::from(done.recovered.is_some());
        let id = done.created_id.expect("the created id, answered or looked up");
        let poll = raw(
            &server,
            "POST",
            "/",
            &[("Action", "GetCluster"), ("Version", "2024-07-30"), ("ClusterId", &id)],
            &[],
            "",
        );
        assert_eq!(poll.status, 200, "{id} exists");
        ids.push(id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!((ids.len(), server.sandbox().created(EHPC)), (10, 10), "no duplicate, no false failure");
    assert_eq!(recovered, 5, "the five lost answers were found by name");
}

#[test]
fn a_lost_request_that_made_nothing_is_reported_as_not_created() {
    use std::io::{Read, Write};
    // A stand-in endpoint: the create is read and the connection closed without an answer (and
    // nothing made); the lookup that follows finds no cluster of that name.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let endpoint = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for answer in [None, Some(r#"{"RequestId":"r","Clusters":[],"TotalCount":0}"#)] {
            let (mut stream, _) = listener.accept().expect("accept");
            stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
            let mut request = vec![0u8; 65536];
            let n = stream.read(&mut request).expect("request");
            seen.push(String::from_utf8_lossy(&request[..n]).into_owned());
            if let Some(body) = answer {
                let reply = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                stream.write_all(reply.as_bytes()).expect("answer");
            }
        }
        seen
    });
    let submission = Submission {
        api: EHPC.to_owned(),
        params: Map::new(),
        document: example(EHPC),
        endpoint: Endpoint::Url(format!("http://{addr}")),
    };
    let error = runtime().block_on(http::submit(&client(4), &catalog(), submission, &mut |_| {})).expect_err("lost");
    assert!(matches!(error, http::SubmitError::NotCreated { .. }), "{error}");
    assert!(error.to_string().contains("it was not created, so sending it again is safe"), "{error}");
    let seen = endpoint.join().expect("endpoint");
    assert!(seen[0].contains("x-acs-action: CreateCluster") && seen[1].contains("Action=ListClusters"), "{seen:?}");
    assert!(seen[1].contains("ClusterNames=%5B%22"), "looked up by name: {}", seen[1]);
}

#[test]
fn latency_delays_answers() {
    let delay = apiwizard::sandbox::Delay(std::time::Duration::from_millis(150));
    let server = sandbox(&Config { latency: scoped(ECS, delay), ..Config::default() });
    let started = std::time::Instant::now();
    assert_eq!(submit(&server, &client(1), ECS, example(ECS)).expect("sent").reply.status, 200);
    assert!(started.elapsed() >= delay.0, "answered after {:?}", started.elapsed());
}

#[test]
fn a_state_file_keeps_resources_and_tokens_across_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = Config { state_file: Some(dir.path().join("state.json")), ..Config::default() };
    let c = client(1);
    let first = {
        let server = sandbox(&config);
        submit(&server, &c, HUAWEI, example(HUAWEI)).expect("sent")
    };
    let server = sandbox(&config);
    assert_eq!(server.sandbox().created(HUAWEI), 1);
    let mut resent = first.prepared.clone();
    resent.request.base = server.base_url();
    let again = runtime().block_on(http::send(&c, catalog().get(HUAWEI).expect("spec"), resent, &mut |_| {}));
    assert_eq!(again.expect("sent").reply, first.reply, "the token is remembered");
    let job = first.reply.body["job_id"].as_str().expect("job id");
    let poll = raw(&server, "GET", &format!("/v1/0605767b6a00d5762f1ec0195ae9c0f7/jobs/{job}"), &[], &[], "");
    assert_eq!((poll.status, poll.body["job_id"].as_str()), (200, Some(job)));
}

#[test]
fn unknown_routes_and_bad_settings_are_reported() {
    let server = sandbox(&Config::default());
    // An unknown route answers in the shape of the provider the request was signed for.
    let reply = raw(&server, "GET", "/nowhere", &[], &[], "");
    assert_eq!((reply.status, reply.body["Code"].as_str()), (404, Some("InvalidAction.NotFound")));
    assert!(reply.body["Message"].as_str().is_some_and(|m| m.contains("POST /clusters")), "{}", reply.body);
    assert!(reply.body["RequestId"].as_str().is_some_and(|id| id.len() == 36));
    let huawei = raw(&server, "GET", "/v2/p1/nowhere", &[], &[("X-Sdk-Date", "20240101T000000Z")], "");
    assert_eq!((huawei.status, huawei.body["error"]["code"].as_str()), (404, Some("APIGW.0101")));
    let bad = Config { drop: scoped("aliyun.nope", Rate(0.5)), ..Config::default() };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let error = apiwizard::sandbox::start(catalog(), &bad, addr).err().expect("refused");
    assert!(error.to_string().contains("--drop"), "{error}");
}

#[test]
fn hostile_shapes_are_refused_on_their_shape_before_they_are_parsed() {
    let server = sandbox(&Config::default());
    let json_type = [("content-type", "application/json")];
    let many = format!("{{\"server\": {{\"data_volumes\": [{}]}}}}", vec!["{}"; 300_000].join(","));
    let wide = raw(&server, "POST", "/v1.1/p1/cloudservers", &[], &json_type, &many);
    assert_eq!(wide.status, 400);
    assert_eq!(wide.body["error"]["code"], "Ecs.0005");
    let said = |reply: &Reply, pointer: &str, words: &str| {
        assert!(
            reply.body.pointer(pointer).and_then(Value::as_str).is_some_and(|m| m.contains(words)),
            "{}",
            reply.body
        )
    };
    said(&wide, "/error/message", "more than 10000 values");
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested = raw(&server, "POST", "/clusters", &[], &json_type, &deep);
    assert_eq!((nested.status, nested.body["Code"].as_str()), (400, Some("InvalidJsonFormat")));
    said(&nested, "/Message", "deeper than 64");
    let twice = raw(&server, "POST", "/clusters", &[], &json_type, r#"{"Name": "a", "Name": "b"}"#);
    said(&twice, "/Message", "\"Name\" appears twice");
    let huge = format!("{{\"Name\": \"{}\"}}", "x".repeat(2 * 1024 * 1024));
    assert_eq!(raw(&server, "POST", "/clusters", &[], &json_type, &huge).status, 413);
    assert_eq!(server.sandbox().created(HUAWEI) + server.sandbox().created(BATCH), 0);
}

/// Reads until the server closes the connection; fails the test if it stays open past `within`.
fn closed_by_server(stream: &mut std::net::TcpStream, within: Duration) -> Vec<u8> {
    use std::io::Read;
    stream.set_read_timeout(Some(within)).expect("timeout");
    let mut got = Vec::new();
    match stream.read_to_end(&mut got) {
        Ok(_) => got,
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => got,
        Err(e) => panic!("the connection was still open after {within:?} ({e}); read {got:?}"),
    }
}

#[test]
fn slow_and_silent_clients_are_cut_off_and_connections_are_capped() {
    use std::io::Write;
    let connections =
        Connections { header_timeout: Duration::from_secs(1), body_timeout: Duration::from_secs(1), max: 4 };
    let server = sandbox(&Config { connections, ..Config::default() });
    // Ten slowloris clients (half a header each) and one that never says anything.
    let mut slow: Vec<std::net::TcpStream> = (0..10)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(server.addr()).expect("connect");
            s.write_all(b"POST /clusters HTTP/1.1\r\nHost: sandbox\r\n").expect("half a header");
            s
        })
        .collect();
    slow.push(std::net::TcpStream::connect(server.addr()).expect("connect"));
    for stream in &mut slow {
        closed_by_server(stream, Duration::from_secs(30));
    }
    // A body that stops half-way is refused once the body timeout passes.
    let mut stalled = std::net::TcpStream::connect(server.addr()).expect("connect");
    stalled
        .write_all(b"POST /clusters HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Na")
        .expect("half a body");
    let answer = String::from_utf8_lossy(&closed_by_server(&mut stalled, Duration::from_secs(30))).into_owned();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("did not arrive within 1 s"), "{answer}");

    // With every slot held, a new client waits; it is served as soon as one slot frees.
    let capped = Connections { header_timeout: Duration::from_secs(60), max: 2, ..connections };
    let server = sandbox(&Config { connections: capped, ..Config::default() });
    let holders: Vec<std::net::TcpStream> =
        (0..2).map(|_| std::net::TcpStream::connect(server.addr()).expect("connect")).collect();
    let mut waiting = std::net::TcpStream::connect(server.addr()).expect("queued in the backlog");
    waiting.write_all(b"GET /clusters HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n").expect("request");
    waiting.set_read_timeout(Some(Duration::from_millis(500))).expect("timeout");
    let mut byte = [0u8; 1];
    let early = std::io::Read::read(&mut waiting, &mut byte);
    assert!(early.is_err(), "a third connection was served while two held the cap: {early:?}");
    drop(holders);
    let answer = String::from_utf8_lossy(&closed_by_server(&mut waiting, Duration::from_secs(30))).into_owned();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn the_sandbox_answers_in_the_language_a_request_asks_for_and_in_english_otherwise() {
    let server = sandbox(&Config::default());
    let chinese = |text: &Value| text.as_str().is_some_and(|t| t.chars().any(super::english::is_ideograph));
    // The client asks for its user's language (Accept-Language follows the thread's language).
    apiwizard::i18n::set_thread(apiwizard::i18n::Lang::Zh);
    let asked = raw(&server, "POST", "/clusters", &[], &[("content-type", "application/json")], "{}");
    assert_eq!(asked.body["Code"], "MissingName", "the code stays as documented");
    assert!(chinese(&asked.body["Message"]), "{}", asked.body);
    for other in ["fr-FR", "en-US,zh;q=0.5"] {
        let headers = [("content-type", "application/json"), ("accept-language", other)];
        let reply = raw(&server, "POST", "/clusters", &[], &headers, "{}");
        assert_eq!(reply.body["Code"], "MissingName");
        assert!(!chinese(&reply.body["Message"]), "{other}: {}", reply.body);
    }
    apiwizard::i18n::set_thread(apiwizard::i18n::Lang::En);
    let english = raw(&server, "POST", "/clusters", &[], &[("content-type", "application/json")], "{}");
    assert!(!chinese(&english.body["Message"]), "{}", english.body);
}
