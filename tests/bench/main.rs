//! Benchmarks, run with `cargo bench --bench perf [-- NAME]`: numbers for the README, never pass/fail.
//! `tui`: keystroke → updated frame on the largest real form and on a synthetic 10,000-field spec.
//! `load`: the sandbox under N concurrent clients on loopback (requests/s, p99, server CPU).

mod load;
mod tui;

fn main() {
    // cargo passes `--bench`; flags are not filters.
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let wants = |name: &str| filter.is_empty() || filter.iter().any(|f| f == name);
    if wants("tui") {
        tui::run();
    }
    if wants("load") {
        load::run();
    }
}
