//! The npm projects the tests drive (Redocly CLI, the Node SDKs): pinned by a package-lock.json
//! under tests/, installed with `npm ci` under target/ on first use so `cargo test` alone works on a
//! fresh machine. A file lock serialises test processes; a changed lock file reinstalls.

use std::path::PathBuf;
use std::process::Command;

/// The project pinned in `tests/<pins>` (its `files` copied), installed into `target/<into>`.
pub fn installed(pins: &str, into: &str, files: &[&str], extra_args: &[&str]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target").join(into);
    let pins = root.join("tests").join(pins);
    let lock_text = std::fs::read_to_string(pins.join("package-lock.json")).expect("package-lock.json");
    std::fs::create_dir_all(&dir).expect("the project folder under target/");
    let lock = std::fs::File::create(root.join("target").join(format!("{into}.lock"))).expect("lock file");
    lock.lock().expect("lock");
    let stamp = dir.join("apiwizard-stamp");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(lock_text.as_str()) {
        for file in files {
            std::fs::copy(pins.join(file), dir.join(file)).expect("copy the npm project");
        }
        let mut npm = Command::new("npm");
        npm.args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).args(extra_args).current_dir(&dir);
        crate::pyenv::run(&mut npm, &format!("npm ci (tests/{}; Node 20 and npm are needed)", pins.display()));
        std::fs::write(&stamp, &lock_text).expect("stamp");
    }
    lock.unlock().expect("unlock");
    dir
}
