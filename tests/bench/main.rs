//! Benchmarks, run with `cargo bench --bench perf [-- NAME]`: numbers for the README, never pass/fail.
//! `tui`: keystroke → updated frame on the largest real form and on a synthetic 10,000-field spec.

mod tui;

fn main() {
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let wants = |name: &str| filter.is_empty() || filter.iter().any(|f| f == name);
    if wants("tui") {
        tui::run();
    }
}
