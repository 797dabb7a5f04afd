//! The specs as other OpenAPI tools read them: openapi-spec-validator and Redocly CLI (pinned) find no
//! error in any spec and Redocly refuses only the x-violates examples; every `pattern` matches the same
//! texts in Python's `re`, an ECMA-262 RegExp without the unicode flag (Node) and our engine.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use super::pyenv;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn spec_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("assets/specs"))
        .expect("assets/specs")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5, "the five built-in specs");
    files
}

fn output_of(command: &mut Command, what: &str, stdin: Option<&str>) -> String {
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap_or_else(|e| {
        panic!("{what}: cannot start ({e}); Node 20 and npm are needed");
    });
    if let Some(text) = stdin {
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    }
    crate::pyenv::checked(child.wait_with_output().expect("wait"), what)
}

/// Redocly CLI at the version pinned in tests/openapi/package-lock.json, installed under
/// target/redocly on first use.
fn redocly() -> PathBuf {
    static READY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    READY
        .get_or_init(|| {
            let dir = crate::npm::installed("openapi", "redocly", &["package.json", "package-lock.json"], &[]);
            dir.join("node_modules/.bin/redocly")
        })
        .clone()
}

#[test]
fn openapi_spec_validator_finds_no_error_in_any_spec() {
    let files = spec_files();
    let args: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let printed = pyenv::run_script("spec_openapi_validate.py", &[], &args);
    for file in &args {
        assert!(printed.lines().any(|l| l == format!("OK {file}")), "{file} not accepted:\n{printed}");
    }
}

#[test]
fn redocly_finds_no_error_in_any_spec() {
    let redocly = redocly();
    for file in spec_files() {
        let mut lint = Command::new(&redocly);
        lint.args(["lint", "--format=json", "--max-problems=1000", "--config"]);
        lint.arg(root().join("tests/openapi/redocly.yaml")).arg(&file);
        // No telemetry or update check: the tests reach no network but the package registries.
        lint.env("REDOCLY_TELEMETRY", "off").env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        let report: Value =
            serde_json::from_str(&output_of(&mut lint, &format!("redocly lint {}", file.display()), None))
                .expect("redocly prints its report as JSON");
        let errors: Vec<&Value> =
            report["problems"].as_array().expect("problems").iter().filter(|p| p["severity"] == "error").collect();
        assert_eq!(report["totals"]["errors"], 0, "{}: {errors:#?}", file.display());
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
        assert_eq!(report["version"], "2.77.0", "the pinned Redocly ran");
        // Redocly's own schema check of the examples refuses only those kept as documented although
        // they break the doc's rules (x-violates).
        let document: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("spec")).expect("json");
        for problem in report["problems"].as_array().into_iter().flatten() {
            if problem["ruleId"] != "no-invalid-media-type-examples" {
                continue;
            }
            let at = problem["location"][0]["pointer"].as_str().expect("a pointer").trim_start_matches('#');
            let example = at.find("/value").map(|end| &at[..end]).expect("inside an example's value");
            let violates = document.pointer(&format!("{example}/x-violates")).and_then(Value::as_array);
            assert!(violates.is_some_and(|v| !v.is_empty()), "{}: {problem}", file.display());
        }
    }
}

/// Every `pattern` in a spec, with the texts it is tried on: the node's own examples and probes of
/// several scripts, digits, punctuation and the empty string.
fn pattern_cases(file: &Path) -> Vec<(String, String)> {
    fn walk(node: &Value, out: &mut Vec<(String, String)>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(pattern)) = map.get("pattern") {
                    let probes =
                        ["", "comp", "Queue.1", "计算队列1", "Ωμέγα", "Привет", "é", "a b", "x/y", "-_", "10.0.0.0/8"];
                    let examples = map.get("examples").and_then(Value::as_array).into_iter().flatten();
                    let texts = examples.filter_map(Value::as_str).chain(probes);
                    out.extend(texts.map(|t| (pattern.clone(), t.to_owned())));
                }
                map.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let document: Value = serde_json::from_str(&std::fs::read_to_string(file).expect("spec")).expect("json");
    let mut out = Vec::new();
    walk(&document, &mut out);
    out
}

#[test]
fn every_pattern_matches_alike_in_python_ecma_262_and_the_engine() {
    let cases: Vec<(String, String)> = spec_files().iter().flat_map(|f| pattern_cases(f)).collect();
    assert!(cases.len() > 100, "only {} pattern cases", cases.len());
    let lines: String = cases
        .iter()
        .map(|(pattern, text)| format!("{}\n", serde_json::json!({"pattern": pattern, "text": text})))
        .collect();
    let ours: Vec<&str> = cases
        .iter()
        .map(|(pattern, text)| {
            let schema = serde_json::json!({"pattern": pattern});
            let validator = jsonschema::validator_for(&schema).expect("the engine compiles the pattern");
            if validator.is_valid(&Value::String(text.clone())) { "1" } else { "0" }
        })
        .collect();
    let mut python = Command::new(pyenv::python());
    python.arg(root().join("tests/sdk/spec_patterns.py"));
    let python = output_of(&mut python, "spec_patterns.py", Some(&lines));
    let mut node = Command::new("node");
    node.arg(root().join("tests/openapi/patterns.js"));
    let node = output_of(&mut node, "node patterns.js", Some(&lines));
    let python: Vec<&str> = python.lines().collect();
    let node: Vec<&str> = node.lines().collect();
    assert_eq!(python.len(), cases.len());
    assert_eq!(node.len(), cases.len());
    let mut differ = Vec::new();
    for (i, (pattern, text)) in cases.iter().enumerate() {
        if python[i] != ours[i] || node[i] != ours[i] {
            let short: String = pattern.chars().take(60).collect();
            differ
                .push(format!("{short:?} on {text:?}: engine {}, python {}, ECMA-262 {}", ours[i], python[i], node[i]));
        }
    }
    assert!(differ.is_empty(), "patterns read differently:\n{}", differ.join("\n"));
}
