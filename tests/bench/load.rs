//! Sandbox load: N concurrent clients on loopback send create requests for all five APIs (each a
//! documented example with a fresh idempotency token, so every one is parsed, validated by the
//! engine and creates a resource) for a few seconds; prints requests/s, latency percentiles, and the
//! CPU time the server's own threads used, which gives its rate on dedicated cores even when the
//! machine is busy. APIWIZARD_BENCH_CLIENTS (default 64) and APIWIZARD_BENCH_SECONDS (default 3)
//! change the load.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use apiwizard::http::{Client, Endpoint, Settings, Submission};
use apiwizard::request::HttpRequest;
use apiwizard::sandbox::{Config, Sandbox, Scoped};
use apiwizard::spec::Catalog;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).filter(|n| *n > 0).unwrap_or(default)
}

/// utime + stime of a /proc stat line, in seconds (clock ticks taken as the usual 100 per second).
fn stat_seconds(stat: &str) -> Option<f64> {
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some((fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?) as f64 / 100.0)
}

/// The calling thread's id (Linux), read where the kernel shows it.
fn thread_id() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/stat").ok()?.split_whitespace().next()?.parse().ok()
}

/// CPU seconds used so far by the given threads of this process; `None` off Linux.
fn threads_cpu(threads: &[u64]) -> Option<f64> {
    threads.iter().map(|t| stat_seconds(&std::fs::read_to_string(format!("/proc/self/task/{t}/stat")).ok()?)).sum()
}

/// What one client saw: latencies of answered requests (µs), counts by outcome.
#[derive(Default)]
struct Tally {
    latencies: Vec<u32>,
    created: u64,
    refused: u64,
    failed: u64,
}

pub fn run() {
    let clients = env_number("APIWIZARD_BENCH_CLIENTS", 64) as usize;
    let seconds = env_number("APIWIZARD_BENCH_SECONDS", 3);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let catalog = Arc::new(Catalog::embedded().expect("the built-in specs load"));
    // No quota: the benchmark measures validation and creation, not the quota answer.
    let config = Config { quota: vec![Scoped { route: None, value: u64::MAX }], ..Config::default() };
    let sandbox = Sandbox::new(catalog.clone(), &config).expect("the sandbox starts");

    // The server gets its own runtime, so its threads' CPU time is the server's alone.
    let server_threads = Arc::new(Mutex::new(Vec::new()));
    let recorded = server_threads.clone();
    let server_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .on_thread_start(move || {
            if let (Some(id), Ok(mut ids)) = (thread_id(), recorded.lock()) {
                ids.push(id);
            }
        })
        .enable_all()
        .build()
        .expect("server runtime");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let server = sandbox.clone();
    server_runtime.spawn(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
        server.serve(listener, std::future::pending()).await
    });

    // Each API's example prepared once; every request then gets a fresh token in the same place
    // (query, header or body), so the sandbox creates each time while the client stays cheap.
    let prepared: Arc<Vec<(HttpRequest, Option<String>)>> = Arc::new(
        catalog
            .specs()
            .iter()
            .map(|spec| {
                let mut document = spec.examples[0].value.clone();
                // Examples may carry a fixed token; a generated one is what gets replaced.
                if let Some(map) = document.as_object_mut() {
                    map.shift_remove("ClientToken");
                }
                let endpoint = Endpoint::Sandbox(base.clone());
                let submission = Submission { api: spec.id.clone(), params: Default::default(), document, endpoint };
                let prepared = apiwizard::http::prepare(spec, &submission).expect("prepared");
                (prepared.request, prepared.token)
            })
            .collect(),
    );
    let client_runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build().expect("runtime");
    let server_cpu = || server_threads.lock().ok().and_then(|ids| threads_cpu(&ids));
    let (tallies, cpu_before, cpu_after) = client_runtime.block_on(async {
        let client = Client::new(Settings { use_proxy: false, ..Settings::default() }).expect("client");
        let warm_up = Instant::now() + Duration::from_millis(500);
        let end = warm_up + Duration::from_secs(seconds);
        let tasks: Vec<_> = (0..clients)
            .map(|n| {
                let (client, prepared) = (client.clone(), prepared.clone());
                tokio::spawn(async move {
                    let mut tally = Tally::default();
                    let mut i = n;
                    while Instant::now() < end {
                        let (request, token) = &prepared[i % prepared.len()];
                        i += 1;
                        let request = match token {
                            Some(token) => with_fresh_token(request, token),
                            None => request.clone(),
                        };
                        let started = Instant::now();
                        let answer = client.attempt(&request).await;
                        if started < warm_up {
                            continue;
                        }
                        match answer {
                            Ok(Ok(reply)) => {
                                tally.latencies.push(u32::try_from(started.elapsed().as_micros()).unwrap_or(u32::MAX));
                                if reply.is_success() { tally.created += 1 } else { tally.refused += 1 }
                            }
                            _ => tally.failed += 1,
                        }
                    }
                    tally
                })
            })
            .collect();
        tokio::time::sleep_until(warm_up.into()).await;
        let before = server_cpu();
        let mut all = Vec::new();
        for task in tasks {
            all.push(task.await.expect("client task"));
        }
        (all, before, server_cpu())
    });

    let mut latencies: Vec<u32> = tallies.iter().flat_map(|t| t.latencies.iter().copied()).collect();
    latencies.sort_unstable();
    let total = latencies.len() as u64;
    let pick = |q: f64| latencies.get(((latencies.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0);
    let sum = |f: fn(&Tally) -> u64| tallies.iter().map(f).sum::<u64>();
    let created_in_sandbox: usize = catalog.specs().iter().map(|s| sandbox.created(&s.id)).sum();
    println!(
        "load: {clients} clients, {seconds} s measured after 0.5 s warm-up, {workers}+{workers} worker threads (server+clients), loopback"
    );
    println!(
        "load: {:.0} validated requests/s ({total} answered: {} created, {} refused, {} without an answer)",
        total as f64 / seconds as f64,
        sum(|t| t.created),
        sum(|t| t.refused),
        sum(|t| t.failed)
    );
    println!(
        "load: latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; {created_in_sandbox} resources in the sandbox",
        f64::from(pick(0.5)) / 1000.0,
        f64::from(pick(0.99)) / 1000.0,
        f64::from(pick(1.0)) / 1000.0
    );
    if let Some(cpu) = cpu_before.zip(cpu_after).map(|(b, a)| a - b).filter(|c| *c > 0.0) {
        let per_cpu_second = total as f64 / cpu;
        println!(
            "load: the server used {cpu:.2} CPU s: {per_cpu_second:.0} requests per CPU second, {:.0}/s on 2 dedicated cores",
            per_cpu_second * 2.0
        );
    }
}

/// The request with every occurrence of `token` replaced by a new token of the same form.
fn with_fresh_token(request: &HttpRequest, token: &str) -> HttpRequest {
    let id = uuid::Uuid::new_v4();
    let fresh = if token.contains('-') { id.to_string() } else { id.simple().to_string() };
    let swap = |pairs: &[(String, String)]| pairs.iter().map(|(k, v)| (k.clone(), v.replace(token, &fresh))).collect();
    HttpRequest {
        query: swap(&request.query),
        headers: swap(&request.headers),
        body: request.body.replace(token, &fresh),
        ..request.clone()
    }
}
