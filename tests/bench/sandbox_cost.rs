//! The sandbox's cost where hostile or long-lived use could make it grow: creates with `--state`
//! (the median create at the start and after thousands of resources), and the time to refuse the
//! worst bodies that fit under the 1 MiB limit (300,000 empty items, deep nesting, a long string,
//! many keys, thousands of wrong items). APIWIZARD_BENCH_CREATES (default 3000) sets how many creates.

use std::sync::Arc;
use std::time::{Duration, Instant};

use apiwizard::http::{Client, Endpoint, Replay, Settings, Submission};
use apiwizard::request::HttpRequest;
use apiwizard::sandbox::Config;
use apiwizard::spec::Catalog;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn request(base: &str, path: &str, body: String) -> HttpRequest {
    HttpRequest {
        method: "POST".to_owned(),
        base: base.to_owned(),
        path: path.to_owned(),
        query: Vec::new(),
        headers: vec![("content-type".to_owned(), "application/json".to_owned())],
        body,
    }
}

pub fn run() {
    let creates = std::env::var("APIWIZARD_BENCH_CREATES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000_usize);
    let catalog = Arc::new(Catalog::embedded().expect("specs"));
    let dir = tempfile::tempdir().expect("tempdir");
    // No quota: thousands of clusters are the point here.
    let quota = vec![apiwizard::sandbox::Scoped { route: None, value: u64::MAX }];
    let config = Config { state_file: Some(dir.path().join("state.json")), quota, ..Config::default() };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let server = apiwizard::sandbox::start(catalog.clone(), &config, addr).expect("sandbox");
    let base = server.base_url();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client = Client::new(Settings { use_proxy: false, ..Settings::default() }).expect("client");
    let spec = catalog.get("aliyun.batchcompute.CreateCluster").expect("spec");
    let mut times = Vec::with_capacity(creates);
    for _ in 0..creates {
        let submission = Submission {
            api: spec.id.clone(),
            params: Default::default(),
            document: spec.examples[0].value.clone(),
            endpoint: Endpoint::Sandbox(base.clone()),
        };
        let prepared = apiwizard::http::prepare(spec, &submission).expect("prepared");
        let start = Instant::now();
        let (reply, _) = runtime.block_on(client.send(&prepared.request, Replay::Safe, &mut |_| {})).expect("sent");
        times.push(start.elapsed());
        assert_eq!(reply.status, 201, "{}", reply.body);
    }
    let window = 100.min(creates);
    println!(
        "state: {creates} creates with --state: median of the first {window} {:?}, of the last {window} {:?}",
        median(times[..window].to_vec()),
        median(times[creates - window..].to_vec())
    );
    let worst = [
        ("300,000 empty data_volumes", "/v1.1/p1/cloudservers", {
            format!("{{\"server\": {{\"data_volumes\": [{}]}}}}", vec!["{}"; 300_000].join(","))
        }),
        ("nesting 500,000 deep", "/clusters", format!("{}{}", "[".repeat(500_000), "]".repeat(500_000))),
        ("one 1 MB string", "/clusters", format!("{{\"Name\": \"{}\"}}", "x".repeat(1_000_000))),
        ("80,000 keys", "/clusters", {
            let keys: Vec<String> = (0..80_000).map(|i| format!("\"k{i}\":1")).collect();
            format!("{{{}}}", keys.join(","))
        }),
        ("9,000 wrong data_volumes (under the value limit)", "/v1.1/p1/cloudservers", {
            format!("{{\"server\": {{\"data_volumes\": [{}]}}}}", vec!["5"; 9_000].join(","))
        }),
    ];
    for (what, path, body) in worst {
        let size = body.len();
        let sent = request(&base, path, body);
        let mut samples = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            let (reply, _) = runtime.block_on(client.send(&sent, Replay::Safe, &mut |_| {})).expect("answered");
            samples.push(start.elapsed());
            assert!(reply.status >= 400, "{what} was accepted");
        }
        println!("hostile: {what} ({:.1} MB) refused in {:?} (median of 5)", size as f64 / 1e6, median(samples));
    }
    // Server and client share this process, so this is an upper bound on the sandbox's own peak.
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap_or("VmHWM: unknown");
    println!(
        "hostile: peak memory of the whole bench process (sandbox and client): {}",
        peak.trim_start_matches("VmHWM:").trim()
    );
}
