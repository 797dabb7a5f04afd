//! Exports run in a real shell: documents with hostile keys and values (quotes, `$(…)`, backticks,
//! newlines, control bytes, a heredoc's end word) go through every command export, the command runs
//! in bash (and in sh when it has no `$'…'` word) with stub `curl`, `http`, `aliyun` and `hcloud`
//! first on PATH, and the stub must get exactly the intended arguments while nothing else runs.

use std::path::Path;
use std::process::Command;

use apiwizard::export::{self, Format, Secrets};
use apiwizard::http::sign::Moment;
use apiwizard::profile::{Choice, Profiles, Target, resolve};
use apiwizard::request::{self, HttpRequest, flatten};
use apiwizard::spec::{Spec, Style};
use proptest::prelude::*;
use serde_json::{Map, Value};

use super::support::catalog;

/// Pieces that run a command if a shell ever sees them unquoted; each would create `canary`.
const HOSTILE: [&str; 16] = [
    "$(touch canary)",
    "`touch canary`",
    "'; touch canary; '",
    "\"; touch canary; \"",
    "\ntouch canary\n",
    "|touch canary",
    "&& touch canary #",
    "\nAPIWIZARD_EOF\ntouch canary\n",
    "${IFS}*",
    "$'\\x41'",
    "\\",
    "!!",
    "=ls",
    "\u{1b}]0;title\u{7}\u{1b}[2J",
    "\u{9b}\u{85}\r\t",
    "~ # ",
];

/// A string mixing hostile pieces with arbitrary text (any character but NUL, which no argv holds).
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(&HOSTILE[..]).prop_map(str::to_owned),
        "[\u{1}-\u{7f}]{0,6}",
        "[\u{1}-\u{10ffff}]{0,4}",
    ];
    prop::collection::vec(piece, 1..4).prop_map(|p| p.concat())
}

/// An example document with hostile keys holding hostile strings, a hostile nested object and list.
fn document(spec: &Spec) -> impl Strategy<Value = Value> + use<> {
    let base = spec.examples[0].value.clone();
    (prop::collection::vec((hostile(), hostile()), 1..4), hostile(), hostile(), hostile()).prop_map(
        move |(pairs, outer, inner, item)| {
            let mut doc = base.clone();
            if let Some(map) = doc.as_object_mut() {
                for (k, v) in pairs {
                    map.insert(k, Value::String(v));
                }
                let mut nested = Map::new();
                nested.insert(inner.clone(), Value::Array(vec![Value::String(item), Value::from(-0.5)]));
                map.insert(outer, Value::Object(nested));
            }
            doc
        },
    )
}

const STUB: &str = "#!/bin/sh\nprintf '%s\\0' \"${0##*/}\" \"$@\" >> \"$APIWIZARD_ARGV\"\n";

/// Runs `script` with `shell` in a fresh folder, the stubs first on PATH; the argv each stub got.
fn run(shell: &str, script: &str) -> Result<Vec<Vec<String>>, TestCaseError> {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    for name in ["curl", "http", "aliyun", "hcloud"] {
        let path = bin.join(name);
        std::fs::write(&path, STUB).expect("stub");
        let mut perms = std::fs::metadata(&path).expect("meta").permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
        std::fs::set_permissions(&path, perms).expect("chmod");
    }
    let work = dir.path().join("work");
    std::fs::create_dir(&work).expect("work");
    let script_path = dir.path().join("export.sh");
    std::fs::write(&script_path, script).expect("script");
    let argv_file = dir.path().join("argv");
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new(shell)
        .arg(&script_path)
        .current_dir(&work)
        .env("PATH", path)
        .env("APIWIZARD_ARGV", &argv_file)
        .env("LC_ALL", "C")
        .output()
        .expect("the shell runs");
    prop_assert!(out.status.success(), "{shell} failed: {}\n{script}", String::from_utf8_lossy(&out.stderr));
    prop_assert!(out.stderr.is_empty(), "{shell} complained: {}\n{script}", String::from_utf8_lossy(&out.stderr));
    let leftovers = listing(&work);
    prop_assert!(leftovers.iter().all(|f| f != "canary"), "{shell} ran injected code:\n{script}");
    let bytes = std::fs::read(&argv_file).unwrap_or_default();
    let text = String::from_utf8(bytes).expect("argv is UTF-8");
    Ok(split_calls(&text))
}

fn listing(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect()
}

/// NUL-separated words, one call starting at each stub name.
fn split_calls(text: &str) -> Vec<Vec<String>> {
    let mut calls: Vec<Vec<String>> = Vec::new();
    for word in text.split('\0').filter(|_| !text.is_empty()) {
        if ["curl", "http", "aliyun", "hcloud"].contains(&word) && calls.last().is_none_or(|c| !c.is_empty()) {
            calls.push(Vec::new());
        }
        if let Some(call) = calls.last_mut() {
            call.push(word.to_owned());
        }
    }
    // The text ends with a NUL, so the last split piece is empty and was pushed: drop it.
    if let Some(call) = calls.last_mut()
        && call.last().is_some_and(String::is_empty)
    {
        call.pop();
    }
    calls
}

fn http_args(request: &HttpRequest, header: impl Fn(&str, &str) -> Vec<String>, body: &str) -> Vec<String> {
    let mut args = Vec::new();
    for (k, v) in request.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("host")) {
        args.extend(header(k, v));
    }
    if !request.body.is_empty() {
        args.extend([body.to_owned(), request.body.clone()]);
    }
    args
}

/// The sandbox profile's target (signed with its test key), for the HTTP exports' headers.
fn target_of(spec: &Spec, doc: &Value) -> Target {
    let profiles = Profiles::parse(Path::new("p.toml"), "").expect("no profiles");
    let choice = Choice { profile: Some("sandbox"), ..Choice::default() };
    resolve(spec, doc, &choice, &profiles, &|_| None).expect("target")
}

fn moment() -> Moment {
    Moment::parse(Some("2024-05-01T08:00:00Z"), Some("nonce")).expect("moment")
}

fn has_control(v: &Value) -> bool {
    let control = |s: &str| s.chars().any(char::is_control);
    match v {
        Value::String(s) => control(s),
        Value::Array(items) => items.iter().any(has_control),
        Value::Object(map) => map.iter().any(|(k, v)| control(k) || has_control(v)),
        _ => false,
    }
}

/// Checks one API's command exports of `doc` in every shell.
fn check(spec: &Spec, doc: &Value) -> Result<(), TestCaseError> {
    let target = target_of(spec, doc);
    let moment = moment();
    let unsigned = target.request(spec, doc).expect("request");
    let sent = target.sign(spec, &unsigned, &moment).map_or(unsigned, |s| s.redacted(false).request);
    let mut cases: Vec<(Format, Vec<String>)> = Vec::new();
    let mut curl = vec!["curl".into(), "-X".into(), sent.method.clone(), sent.url()];
    curl.extend(http_args(&sent, |k, v| vec!["-H".into(), format!("{k}: {v}")], "--data-raw"));
    cases.push((Format::Curl, curl));
    let mut http = vec!["http".into(), sent.method.clone(), sent.url()];
    http.extend(http_args(&sent, |k, v| vec![format!("{k}:{v}")], "--raw"));
    cases.push((Format::Httpie, http));
    // The vendor CLI line: its document part is the request's own wire form, after fixed flags.
    let tail: Vec<String> = if spec.id.starts_with("huaweicloud") {
        let mut pairs = Vec::new();
        doc.as_object().into_iter().flatten().for_each(|(k, v)| flatten(k, v, &mut pairs));
        pairs.iter().map(|(k, v)| format!("--{k}={v}")).collect()
    } else if spec.style == Style::Rpc {
        request::rpc_wire(spec, doc).into_iter().flat_map(|(k, v)| [format!("--{k}"), v]).collect()
    } else {
        vec!["--body".into(), doc.to_string()]
    };
    cases.push((Format::Cli, tail));
    if spec.id.starts_with("huaweicloud") {
        cases.push((Format::CliJson, Vec::new()));
    }
    for (format, expected) in cases {
        let script = export::render(spec, &target, doc, format, Secrets::Reveal, &moment).expect("export");
        // Control characters are written as `$'…'` (bash, zsh, ksh, POSIX 2024), which dash 0.5.12
        // does not read; everything else is single quotes, which every sh reads.
        let shells: &[&str] = if has_control(doc) { &["bash"] } else { &["bash", "sh"] };
        for &shell in shells {
            let calls = run(shell, &script)?;
            prop_assert_eq!(
                calls.len(),
                1,
                "{} {:?} in {}: exactly one command ran\n{}",
                spec.id,
                format,
                shell,
                script
            );
            let argv = &calls[0];
            match format {
                Format::Cli => prop_assert!(
                    argv.ends_with(&expected),
                    "{} cli in {shell}: {argv:?}\nwanted the tail {expected:?}",
                    spec.id
                ),
                Format::CliJson => {
                    prop_assert_eq!(&argv[0], "hcloud");
                    prop_assert!(argv.last().is_some_and(|a| a.starts_with("--cli-jsonInput=")), "{argv:?}");
                }
                _ => prop_assert_eq!(argv, &expected, "{} {:?} in {}\n{}", spec.id, format, shell, script),
            }
        }
        if format == Format::CliJson {
            // The heredoc's file, written where the command ran, holds the document unchanged.
            let dir = tempfile::tempdir().expect("tempdir");
            let status = Command::new("bash")
                .arg("-c")
                .arg(script.split("\nhcloud ").next().unwrap_or_default())
                .current_dir(dir.path())
                .status()
                .expect("bash");
            prop_assert!(status.success());
            let files = listing(dir.path());
            prop_assert_eq!(files.len(), 1, "{:?}", files);
            let written: Value =
                serde_json::from_slice(&std::fs::read(dir.path().join(&files[0])).expect("read")).expect("JSON");
            prop_assert_eq!(&written["body"], doc);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn hostile_documents_never_become_code(
        docs in {
            let catalog = catalog();
            catalog.specs().iter().map(|s| document(s)).collect::<Vec<_>>()
        }
    ) {
        let catalog = catalog();
        for (spec, doc) in catalog.specs().iter().zip(&docs) {
            check(spec, doc)?;
        }
    }
}

#[test]
fn printable_hostile_pieces_stay_words_in_sh_too() {
    // Without control characters every word is single-quoted or bare, which POSIX sh (dash) reads.
    let printable: Vec<&str> = HOSTILE.iter().copied().filter(|p| !p.chars().any(char::is_control)).collect();
    let catalog = catalog();
    for spec in catalog.specs() {
        let mut doc = spec.examples[0].value.clone();
        if let Some(map) = doc.as_object_mut() {
            for (i, piece) in printable.iter().enumerate() {
                map.insert(format!("{piece}{i}"), Value::String(printable[(i + 1) % printable.len()].to_owned()));
            }
        }
        assert!(!has_control(&doc));
        check(spec, &doc).expect("runs in bash and sh as intended");
    }
}
