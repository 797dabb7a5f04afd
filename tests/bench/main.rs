//! Benchmarks: `cargo bench --bench perf` runs them all, `cargo bench --bench perf -- NAME` those whose
//! name contains NAME. Each prints its own numbers (for the README); none is pass/fail, none needs a
//! network beyond loopback. `tui`: keystroke → updated frame; `load`: the sandbox under concurrent clients;
//! `sandbox`: creates with a state file, and refusing the worst bodies; `limits`: validate and import
//! of hostile documents.

mod limits;
mod load;
mod sandbox_cost;
mod tui;

fn main() {
    // cargo passes `--bench`; flags are not filters.
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let selected = |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    if selected("tui") {
        tui::run();
    }
    if selected("load") {
        load::run();
    }
    if selected("sandbox") {
        sandbox_cost::run();
    }
    if selected("limits") {
        limits::run();
    }
}
