//! `apiwizard export --as python` for every documented example that validates, of every API: the
//! program is as black leaves it, pyflakes finds nothing unused, and run unmodified with the pinned
//! SDK against the sandbox verifying signatures it creates the resource and follows it to the end.

use std::path::Path;

use serde_json::Value;

use crate::pyenv;
use crate::support::{IDS, apiwizard, catalog, sandbox};

/// The environment variables the program's docstring names: (variable, JSON pointer) for each
/// secret, and the one that overrides the endpoint.
fn named_vars(program: &str) -> (Vec<(String, String)>, String) {
    let secrets = program
        .lines()
        .filter_map(|l| l.strip_prefix("  ")?.split_once(": the value of "))
        .map(|(name, at)| (name.to_owned(), at.to_owned()))
        .collect();
    let endpoint = program
        .lines()
        .find_map(|l| l.strip_suffix(" overrides the endpoint."))
        .expect("the docstring names the endpoint variable")
        .to_owned();
    (secrets, endpoint)
}

fn export(home: &tempfile::TempDir, id: &str, document: &Path, parameters: &serde_json::Map<String, Value>) -> String {
    let mut command = apiwizard(home);
    command.args(["export", "--api", id, "--as", "python"]).arg(document);
    for (name, value) in parameters {
        let text = value.as_str().map_or_else(|| value.to_string(), str::to_owned);
        command.args(["--param", &format!("{name}={text}")]);
    }
    let output = command.output().expect("export runs");
    assert!(output.status.success(), "export {id}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8")
}

/// black --check and pyflakes, from the venv, on the written program.
fn check_style(file: &Path, context: &str) {
    for (module, args) in [("black", &["--check", "--quiet"][..]), ("pyflakes", &[][..])] {
        let output = std::process::Command::new(pyenv::python())
            .args(["-m", module])
            .args(args)
            .arg(file)
            .output()
            .expect("the venv's python runs");
        assert!(
            output.status.success(),
            "{context}: {module} objects:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn every_exported_python_program_runs_and_creates_its_resource() {
    let home = tempfile::tempdir().expect("home");
    let key = apiwizard::profile::sandbox_credentials();
    let config =
        apiwizard::sandbox::Config { speed: 50.0, verify: Some(key.clone()), ..apiwizard::sandbox::Config::default() };
    let served = sandbox(&config);
    let catalog = catalog();
    let mut runs = 0;
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        let engine = spec.engine().expect("engine");
        let success = spec.operation.pointer("/x-progress/success/0").and_then(Value::as_str);
        for example in &spec.examples {
            if !engine.validate(&example.value).is_empty() {
                continue; // documented as breaking the doc's own rules (x-violates): the sandbox refuses it
            }
            let context = format!("{id} example {}", example.name);
            let document = home.path().join(format!("{id}-{}.json", example.name));
            std::fs::write(&document, example.value.to_string()).expect("document");
            let program = export(&home, id, &document, &example.parameters);
            let file = home.path().join(format!("{id}-{}.py", example.name).replace(['.', '-'], "_") + ".py");
            std::fs::write(&file, &program).expect("program");
            check_style(&file, &context);

            let (secrets, endpoint_var) = named_vars(&program);
            let mut env: Vec<(String, String)> = vec![
                ("ALIBABA_CLOUD_ACCESS_KEY_ID".into(), key.access_key_id.clone()),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET".into(), key.secret.expose().to_owned()),
                ("HUAWEICLOUD_SDK_AK".into(), key.access_key_id.clone()),
                ("HUAWEICLOUD_SDK_SK".into(), key.secret.expose().to_owned()),
                (endpoint_var, served.base_url()),
                ("POLL_SECONDS".into(), "0.05".into()),
            ];
            for (name, at) in secrets {
                let value = example.value.pointer(&at).and_then(Value::as_str);
                let value = value.unwrap_or_else(|| panic!("{context}: no secret at {at}"));
                assert!(value.is_empty() || !program.contains(value), "{context}: the secret {at} is in the program");
                env.push((name, value.to_owned()));
            }
            let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let before = served.sandbox().created(id);
            let printed = pyenv::run_script(file.to_str().expect("utf-8 path"), &env, &[]);
            runs += 1;
            let lines: Vec<&str> = printed.lines().collect();
            if program.contains("nothing was created") {
                assert_eq!(lines, ["the check passed (HTTP 202); nothing was created"], "{context}");
                assert_eq!(served.sandbox().created(id), before, "{context}: a dry run created something");
                continue;
            }
            let created = lines.first().copied().unwrap_or_default();
            assert!(created.len() > 4 && created != "None", "{context}: no id printed: {printed}");
            assert_eq!(served.sandbox().created(id), before + 1, "{context}: the sandbox holds no new resource");
            if let Some(success) = success {
                assert!(lines.len() >= 2, "{context}: the status was not followed: {printed}");
                assert_eq!(lines.last().copied(), Some(success), "{context}: {printed}");
            }
        }
    }
    assert!(runs >= 12, "only {runs} examples were exported and run");
}
