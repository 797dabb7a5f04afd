//! The Python side of the tests: a virtualenv under `target/` with the official SDKs (pinned in
//! `tests/sdk/requirements.txt`), made on first use so `cargo test` alone works on a fresh machine.
//! A missing Python or a failed install fails the test that asked; nothing is skipped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const REQUIREMENTS: &str = include_str!("../sdk/requirements.txt");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn venv_dir() -> PathBuf {
    root().join("target/sdk-venv")
}

pub fn run(command: &mut Command, what: &str) -> String {
    checked(command.output().unwrap_or_else(|e| panic!("{what}: cannot start: {e}")), what)
}

/// The stdout of a finished tool, failing the test with both streams when it exited non-zero.
pub fn checked(output: std::process::Output, what: &str) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

fn install(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    run(Command::new("python3").args(["-m", "venv"]).arg(dir), "python3 -m venv (Python 3.11 is needed)");
    let python = dir.join("bin/python");
    let pip = |args: &[&str]| {
        let mut c = Command::new(&python);
        c.args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]).args(args);
        c
    };
    // batchcompute 2.1.7 builds from an sdist whose setup script imports pkg_resources; an older
    // setuptools in the venv (and no build isolation) keeps it from trying to download its own.
    run(&mut pip(&["setuptools<70", "wheel"]), "pip install setuptools");
    let requirements = root().join("tests/sdk/requirements.txt");
    let requirements = requirements.to_string_lossy().into_owned();
    run(&mut pip(&["--no-build-isolation", "-r", &requirements]), "pip install -r tests/sdk/requirements.txt");
}

/// The venv's python, with every pinned package installed. Safe to call from many tests and
/// processes at once: a file lock serialises the install, and a stamp of the requirements' text
/// makes a changed pin reinstall.
pub fn python() -> PathBuf {
    static READY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    READY
        .get_or_init(|| {
            let dir = venv_dir();
            std::fs::create_dir_all(dir.parent().expect("target dir")).expect("target dir");
            let lock = std::fs::File::create(root().join("target/sdk-venv.lock")).expect("lock file");
            lock.lock().expect("lock the venv");
            let stamp = dir.join("apiwizard-stamp");
            if std::fs::read_to_string(&stamp).ok().as_deref() != Some(REQUIREMENTS) {
                install(&dir);
                let mut file = std::fs::File::create(&stamp).expect("stamp");
                file.write_all(REQUIREMENTS.as_bytes()).expect("stamp");
            }
            lock.unlock().expect("unlock the venv");
            dir.join("bin/python")
        })
        .clone()
}

/// Runs `script` (a file under tests/sdk/) with the venv's python and the given environment;
/// returns stdout, failing the test with both streams when it exits non-zero.
pub fn run_script(script: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut command = Command::new(python());
    command.arg(root().join("tests/sdk").join(script)).args(args).env_clear();
    command.env("PATH", std::env::var_os("PATH").unwrap_or_default()).env("PYTHONDONTWRITEBYTECODE", "1");
    command.env("NO_PROXY", "*").env("no_proxy", "*");
    for (k, v) in env {
        command.env(k, v);
    }
    checked(command.output().expect("python runs"), script)
}

#[test]
fn the_pinned_sdks_are_installed_and_import() {
    let printed = run_script("versions.py", &[], &[]);
    let pins: Vec<&str> = REQUIREMENTS.lines().filter(|l| !l.starts_with('#')).collect();
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 6, "{printed}");
    for line in lines {
        let pinned =
            pins.iter().any(|pin| pin.eq_ignore_ascii_case(line) || pin.replace('_', "-").eq_ignore_ascii_case(line));
        assert!(pinned, "{line} is not the version pinned in tests/sdk/requirements.txt");
    }
}
