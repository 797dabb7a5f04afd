//! Hostile documents, each under the 1 MiB input limit: how long `validate` (read limits, parse,
//! the engine) and the wizard's import (the same, plus the form and one frame) take on each, and
//! the peak resident memory of this whole process (VmHWM, reset to the current size before each
//! case, so it also counts what earlier cases left mapped: an upper bound).

use std::sync::Arc;
use std::time::{Duration, Instant};

use apiwizard::form::FormState;
use apiwizard::spec::Catalog;
use apiwizard::tui::{App, Msg, Theme, draw, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Map, Value, json};

const API: &str = "huaweicloud.ecs.CreateServers";

/// The first example with `server.<field>` set to raw JSON text `value`.
fn with(catalog: &Catalog, field: &str, value: &str) -> String {
    let mut doc = catalog.get(API).expect("spec").examples[0].value.clone();
    doc["server"][field] = json!("PLACEHOLDER");
    doc.to_string().replacen("\"PLACEHOLDER\"", value, 1)
}

fn list(item: &str, n: usize) -> String {
    format!("[{}]", vec![item; n].join(","))
}

fn cases(catalog: &Catalog) -> Vec<(&'static str, String)> {
    let keys: Vec<String> = (0..9_900).map(|i| format!("\"k{i}\":{i}")).collect();
    let mut many_keys = catalog.get(API).expect("spec").examples[0].value.to_string();
    many_keys = many_keys.replacen("{\"server\":{", &format!("{{\"server\":{{{},", keys.join(",")), 1);
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    vec![
        ("340,000 empty data_volumes (over the value limit)", with(catalog, "data_volumes", &list("{}", 340_000))),
        ("9,900 empty data_volumes (over maxItems 59)", with(catalog, "data_volumes", &list("{}", 9_900))),
        ("9,900 wrong items in security_groups", with(catalog, "security_groups", &list("1", 9_900))),
        ("9,900 unknown keys in server", many_keys),
        ("61 levels of nesting (under the limit)", with(catalog, "deep", &deep(61))),
        ("500,000 levels of nesting", with(catalog, "deep", &deep(500_000))),
        ("a 1 MB name", with(catalog, "name", &format!("\"{}\"", "a".repeat(1_040_000)))),
        ("a 1 MB base64 user_data", with(catalog, "user_data", &format!("\"{}\"", "QUFB".repeat(260_000)))),
    ]
}

fn reset_peak() {
    // Writing 5 to clear_refs resets VmHWM, the peak resident set, to the current one.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok());
    kb.unwrap_or(0.0) / 1024.0
}

fn validate(catalog: &Catalog, text: &str) -> String {
    let spec = catalog.get(API).expect("spec");
    match apiwizard::input::parse("bench", text.as_bytes()) {
        Err(e) => format!("refused: {}", e.0.chars().take(70).collect::<String>()),
        Ok(doc) => {
            let problems = spec.engine().expect("engine").validate(&doc);
            format!(
                "{} problem(s) listed; first: {}",
                problems.len(),
                problems.first().map_or("", |v| v.message.as_str()).chars().take(60).collect::<String>()
            )
        }
    }
}

fn import(app: &mut App, terminal: &mut Terminal<TestBackend>, text: &str) {
    update(app, Msg::FileRead { path: "hostile.json".into(), result: Ok(text.to_owned()) });
    terminal.draw(|f| draw(app, f)).expect("draw");
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

pub fn run() {
    let catalog = Arc::new(Catalog::embedded().expect("specs"));
    let spec = catalog.get(API).expect("spec").clone();
    spec.engine().expect("engine");
    for (name, text) in cases(&catalog) {
        let mut times = Vec::new();
        reset_peak();
        let mut outcome = String::new();
        for _ in 0..3 {
            let start = Instant::now();
            outcome = validate(&catalog, &text);
            times.push(start.elapsed());
        }
        let validate_peak = peak_mib();
        let validate_time = median(times);
        let mut times = Vec::new();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
        reset_peak();
        for _ in 0..3 {
            let mut app = App::new(Arc::clone(&catalog), Theme::plain(), (120, 40));
            app.open_form(API, Some(FormState::new(spec.clone(), Value::Object(Map::new()), Map::new())), None);
            let start = Instant::now();
            import(&mut app, &mut terminal, &text);
            times.push(start.elapsed());
        }
        let import_peak = peak_mib();
        println!(
            "limits {name} ({:.0} KB): validate {:.1} ms, peak RSS {validate_peak:.1} MiB; import {:.1} ms, peak RSS {import_peak:.1} MiB — {outcome}",
            text.len() as f64 / 1e3,
            validate_time.as_secs_f64() * 1e3,
            median(times).as_secs_f64() * 1e3,
        );
    }
}
