//! Sandbox load: N concurrent clients on loopback send create requests for all five APIs (each a
//! documented example with a fresh idempotency token, so every one is parsed, validated by the
//! engine and creates a resource) for a few seconds; prints requests/s, latency percentiles, and the
//! CPU time of the server's own threads, which gives its rate on dedicated cores even when the
//! machine is busy. It runs twice: with a minimal keep-alive HTTP/1.1 client (`raw`: the load
//! generator costs little, so the numbers are the server's) and with the app's own client (`client`:
//! reqwest, as `submit` sends). APIWIZARD_BENCH_CLIENTS (default 16) and APIWIZARD_BENCH_SECONDS
//! (default 3) change the load.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use apiwizard::http::{Client, Endpoint, Settings, Submission};
use apiwizard::request::HttpRequest;
use apiwizard::sandbox::{Config, Sandbox, Scoped};
use apiwizard::spec::Catalog;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

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

impl Tally {
    fn answered(&mut self, started: Instant, status: u16) {
        self.latencies.push(u32::try_from(started.elapsed().as_micros()).unwrap_or(u32::MAX));
        if (200..300).contains(&status) { self.created += 1 } else { self.refused += 1 }
    }
}

/// How the load is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Driver {
    /// One keep-alive connection per client, requests written as prepared bytes.
    Raw,
    /// apiwizard's own client (reqwest), one attempt per request.
    Client,
}

impl Driver {
    fn name(self) -> &'static str {
        match self {
            Driver::Raw => "raw",
            Driver::Client => "client",
        }
    }
}

pub fn run() {
    let clients = env_number("APIWIZARD_BENCH_CLIENTS", 16) as usize;
    let seconds = env_number("APIWIZARD_BENCH_SECONDS", 3);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let catalog = Arc::new(Catalog::embedded().expect("the built-in specs load"));
    for driver in [Driver::Raw, Driver::Client] {
        measure(driver, &catalog, clients, seconds, workers);
    }
}

fn measure(driver: Driver, catalog: &Arc<Catalog>, clients: usize, seconds: u64, workers: usize) {
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
    let addr = listener.local_addr().expect("addr");
    let server = sandbox.clone();
    server_runtime.spawn(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
        server.serve(listener, std::future::pending()).await
    });

    let prepared = Arc::new(prepare(catalog, &format!("http://{addr}")));
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
                    match driver {
                        Driver::Raw => raw_client(addr, &prepared, n, warm_up, end).await,
                        Driver::Client => app_client(&client, &prepared, n, warm_up, end).await,
                    }
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
    report(driver, &tallies, (clients, seconds, workers), cpu_before.zip(cpu_after).map(|(b, a)| a - b));
    let created: usize = catalog.specs().iter().map(|s| sandbox.created(&s.id)).sum();
    println!("load ({}): {created} resources in the sandbox", driver.name());
}

/// A request ready to send many times: the app's request, its bytes on the wire, and the token every
/// copy replaces with a fresh one (query, header or body alike), so each request creates.
struct Prepared {
    request: HttpRequest,
    wire: String,
    token: Option<String>,
}

fn prepare(catalog: &Catalog, base: &str) -> Vec<Prepared> {
    catalog
        .specs()
        .iter()
        .map(|spec| {
            let mut document = spec.examples[0].value.clone();
            // Examples may carry a fixed token; a generated one is what gets replaced.
            if let Some(map) = document.as_object_mut() {
                map.shift_remove("ClientToken");
            }
            let endpoint = Endpoint::Sandbox(base.to_owned());
            let submission = Submission { api: spec.id.clone(), params: Default::default(), document, endpoint };
            let prepared = apiwizard::http::prepare(spec, &submission).expect("prepared");
            let request = prepared.request;
            let query = request.query_string();
            let target = if query.is_empty() { request.path.clone() } else { format!("{}?{query}", request.path) };
            let headers: String = request.headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
            let wire = format!(
                "{} {target} HTTP/1.1\r\nhost: {}\r\n{headers}content-length: {}\r\n\r\n{}",
                request.method,
                request.host(),
                request.body.len(),
                request.body
            );
            Prepared { request, wire, token: prepared.token }
        })
        .collect()
}

/// A new token of the same form as `token` (so lengths, and Content-Length, stay the same).
fn fresh(token: &str) -> String {
    let id = uuid::Uuid::new_v4();
    if token.contains('-') { id.to_string() } else { id.simple().to_string() }
}

async fn app_client(client: &Client, prepared: &[Prepared], first: usize, warm_up: Instant, end: Instant) -> Tally {
    let mut tally = Tally::default();
    let mut i = first;
    while Instant::now() < end {
        let p = &prepared[i % prepared.len()];
        i += 1;
        let request = match &p.token {
            Some(token) => {
                let new = fresh(token);
                let swap = |pairs: &[(String, String)]| {
                    pairs.iter().map(|(k, v)| (k.clone(), v.replace(token.as_str(), &new))).collect()
                };
                HttpRequest {
                    query: swap(&p.request.query),
                    headers: swap(&p.request.headers),
                    body: p.request.body.replace(token.as_str(), &new),
                    ..p.request.clone()
                }
            }
            None => p.request.clone(),
        };
        let started = Instant::now();
        let answer = client.attempt(&request).await;
        match answer {
            _ if started < warm_up => {}
            Ok(Ok(reply)) => tally.answered(started, reply.status),
            _ => tally.failed += 1,
        }
    }
    tally
}

async fn raw_client(addr: SocketAddr, prepared: &[Prepared], first: usize, warm_up: Instant, end: Instant) -> Tally {
    let mut tally = Tally::default();
    let Ok(stream) = tokio::net::TcpStream::connect(addr).await else {
        tally.failed += 1;
        return tally;
    };
    let mut stream = BufReader::new(stream);
    let (mut line, mut body) = (String::new(), Vec::new());
    let mut i = first;
    while Instant::now() < end {
        let p = &prepared[i % prepared.len()];
        i += 1;
        let wire = match &p.token {
            Some(token) => p.wire.replace(token.as_str(), &fresh(token)),
            None => p.wire.clone(),
        };
        let started = Instant::now();
        let status = async {
            stream.get_mut().write_all(wire.as_bytes()).await.ok()?;
            // Status line, headers up to the blank line, then exactly Content-Length bytes of body.
            line.clear();
            stream.read_line(&mut line).await.ok()?;
            let status: u16 = line.split_whitespace().nth(1)?.parse().ok()?;
            let mut length = 0;
            loop {
                line.clear();
                stream.read_line(&mut line).await.ok()?;
                let header = line.trim_end();
                if header.is_empty() {
                    break;
                }
                if let Some((name, value)) = header.split_once(':')
                    && name.eq_ignore_ascii_case("content-length")
                {
                    length = value.trim().parse().ok()?;
                }
            }
            body.resize(length, 0);
            stream.read_exact(&mut body).await.ok()?;
            Some(status)
        }
        .await;
        match status {
            _ if started < warm_up => {}
            Some(status) => tally.answered(started, status),
            None => {
                tally.failed += 1;
                break;
            }
        }
    }
    tally
}

fn report(driver: Driver, tallies: &[Tally], (clients, seconds, workers): (usize, u64, usize), cpu: Option<f64>) {
    let name = driver.name();
    let mut latencies: Vec<u32> = tallies.iter().flat_map(|t| t.latencies.iter().copied()).collect();
    latencies.sort_unstable();
    let total = latencies.len() as u64;
    let pick = |q: f64| latencies.get(((latencies.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0);
    let sum = |f: fn(&Tally) -> u64| tallies.iter().map(f).sum::<u64>();
    println!(
        "load ({name}): {clients} clients, {seconds} s measured after 0.5 s warm-up, {workers}+{workers} worker threads (server+clients), loopback"
    );
    println!(
        "load ({name}): {:.0} validated requests/s ({total} answered: {} created, {} refused, {} without an answer)",
        total as f64 / seconds as f64,
        sum(|t| t.created),
        sum(|t| t.refused),
        sum(|t| t.failed)
    );
    println!(
        "load ({name}): latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        f64::from(pick(0.5)) / 1000.0,
        f64::from(pick(0.99)) / 1000.0,
        f64::from(pick(1.0)) / 1000.0
    );
    if let Some(cpu) = cpu.filter(|c| *c > 0.0) {
        let per_cpu_second = total as f64 / cpu;
        println!(
            "load ({name}): the server used {cpu:.2} CPU s: {per_cpu_second:.0} requests per CPU second, {:.0}/s on 2 dedicated cores",
            per_cpu_second * 2.0
        );
    }
}
