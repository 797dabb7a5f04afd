//! `apiwizard export --as python|typescript` for every documented example that validates, of every
//! API: the program is as black / prettier leave it, pyflakes / `tsc --strict --noUnusedLocals` find
//! nothing wrong, and run unmodified with the pinned SDK against `apiwizard serve --verify-signatures` it
//! creates the resource and follows it to its final state. The Python blocks are checked against the
//! installed SDKs' own model classes.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::pyenv;
use crate::support::{IDS, Served, apiwizard, catalog};

/// The environment variables the program's docstring names: (variable, JSON pointer) for each
/// secret, and the one that overrides the endpoint.
fn named_vars(program: &str) -> (Vec<(String, String)>, String) {
    let secrets = program
        .lines()
        .map(|l| l.strip_prefix("// ").unwrap_or(l))
        .filter_map(|l| l.strip_prefix("  ")?.split_once(": the value of "))
        .map(|(name, at)| (name.to_owned(), at.to_owned()))
        .collect();
    let endpoint = program
        .lines()
        .find_map(|l| l.strip_prefix("// ").unwrap_or(l).strip_suffix(" overrides the endpoint."))
        .expect("the docstring names the endpoint variable")
        .to_owned();
    (secrets, endpoint)
}

fn export(
    home: &tempfile::TempDir,
    (id, language): (&str, &str),
    document: &Path,
    parameters: &serde_json::Map<String, Value>,
) -> String {
    let mut command = apiwizard(home);
    command.args(["export", "--api", id, "--as", language]).arg(document);
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

/// One exported program, written and ready to run.
struct Program {
    context: String,
    id: &'static str,
    file: PathBuf,
    text: String,
    example: Value,
    /// Values the program must send although the SDK's model lacks them: (pointer, value).
    sent: Vec<(String, Value)>,
}

/// Every documented example that validates, of every API, exported in `language` into `dir`.
fn export_all(home: &tempfile::TempDir, dir: &Path, language: &str, extension: &str) -> Vec<Program> {
    let catalog = catalog();
    let mut programs = Vec::new();
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        let engine = spec.engine().expect("engine");
        for example in &spec.examples {
            if !engine.validate(&example.value).is_empty() {
                continue; // documented as breaking the doc's own rules (x-violates): the sandbox refuses it
            }
            let context = format!("{id} example {} ({language})", example.name);
            let document = home.path().join(format!("{id}-{}.json", example.name));
            std::fs::write(&document, example.value.to_string()).expect("document");
            let text = export(home, (id, language), &document, &example.parameters);
            let file = dir.join(format!("{id}-{}", example.name).replace(['.', '-'], "_") + extension);
            std::fs::write(&file, &text).expect("program");
            let example = example.value.clone();
            programs.push(Program { context, id, file, text, example, sent: Vec::new() });
        }
    }
    assert!(programs.len() >= 12, "only {} examples were exported", programs.len());
    programs
}

/// Runs one program file with the given environment and returns what it printed.
type Runner<'a> = dyn Fn(&Path, &[(&str, &str)]) -> String + 'a;

/// How many resources of `api` the state file of a `serve --state` process records (one line each).
fn created_count(state: &Path, api: &str) -> usize {
    let text = std::fs::read_to_string(state).unwrap_or_default();
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|entry| entry.pointer("/resource/api").and_then(Value::as_str) == Some(api))
        .count()
}

/// The request document of the last resource of `api` the state file records.
fn last_document(state: &Path, api: &str) -> Value {
    let text = std::fs::read_to_string(state).unwrap_or_default();
    text.lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|entry| entry.pointer("/resource/api").and_then(Value::as_str) == Some(api))
        .and_then(|entry| entry.pointer("/resource/document").cloned())
        .unwrap_or(Value::Null)
}

/// For each field a TypeScript block lists as `absent` from its package's models: the API's first
/// valid example with that field set (in the first item of each list on the way), exported.
fn absent_programs(home: &tempfile::TempDir, dir: &Path) -> Vec<Program> {
    let catalog = catalog();
    let mut programs = Vec::new();
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        let Some(absent) = spec.operation.pointer("/x-sdk/code/typescript/absent").and_then(Value::as_array) else {
            continue;
        };
        let engine = spec.engine().expect("engine");
        let example = spec.examples.iter().find(|e| engine.validate(&e.value).is_empty()).expect("a valid example");
        for path in absent.iter().filter_map(Value::as_str) {
            let at = path.replace("/[]", "/0");
            let schema =
                apiwizard::spec::schema_walk::field(&spec.request, &at).expect("the absent field is in the spec");
            let value = match schema.get("type").and_then(Value::as_str) {
                Some("boolean") => Value::Bool(true),
                _ => schema.pointer("/enum/0").or_else(|| schema.pointer("/examples/0")).cloned().expect("a value"),
            };
            let mut document = example.value.clone();
            let (parent, key) = at.rsplit_once('/').expect("a field");
            let parent =
                document.pointer_mut(parent).and_then(Value::as_object_mut).expect("the example has its parent");
            parent.insert(key.to_owned(), value.clone());
            assert!(engine.validate(&document).is_empty(), "{id}: {at} = {value} does not validate");
            let context = format!("{id} example {} with {at} (typescript)", example.name);
            let input = home.path().join(format!("{id}-absent.json"));
            std::fs::write(&input, document.to_string()).expect("document");
            let text = export(home, (id, "typescript"), &input, &example.parameters);
            let file = dir.join(format!("{id}-absent-{}", programs.len()).replace(['.', '-'], "_") + ".ts");
            std::fs::write(&file, &text).expect("program");
            programs.push(Program { context, id, file, text, example: document, sent: vec![(at, value)] });
        }
    }
    programs
}

/// Runs each program with `run` (given its file and environment) against one `apiwizard serve
/// --verify-signatures` process, and checks what it printed and what that sandbox recorded.
fn run_all(programs: &[Program], run: &Runner<'_>) {
    let key = apiwizard::profile::sandbox_credentials();
    let home = tempfile::tempdir().expect("serve home");
    let state = home.path().join("state.jsonl");
    let state_arg = state.to_str().expect("utf-8 path");
    let served = Served::start(&home, &["--verify-signatures", "--speed", "50", "--state", state_arg]);
    let catalog = catalog();
    for program in programs {
        let context = &program.context;
        let spec = catalog.get(program.id).expect("spec");
        let success = spec.operation.pointer("/x-progress/success/0").and_then(Value::as_str);
        let (secrets, endpoint_var) = named_vars(&program.text);
        let mut env: Vec<(String, String)> = vec![
            ("ALIBABA_CLOUD_ACCESS_KEY_ID".into(), key.access_key_id.clone()),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET".into(), key.secret.expose().to_owned()),
            ("HUAWEICLOUD_SDK_AK".into(), key.access_key_id.clone()),
            ("HUAWEICLOUD_SDK_SK".into(), key.secret.expose().to_owned()),
            (endpoint_var, served.url.clone()),
            ("POLL_SECONDS".into(), "0.05".into()),
        ];
        for (name, at) in secrets {
            let value = program.example.pointer(&at).and_then(Value::as_str);
            let value = value.unwrap_or_else(|| panic!("{context}: no secret at {at}"));
            assert!(value.is_empty() || !program.text.contains(value), "{context}: the secret {at} is in the program");
            env.push((name, value.to_owned()));
        }
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let before = created_count(&state, program.id);
        let printed = run(&program.file, &env);
        let lines: Vec<&str> = printed.lines().collect();
        if program.text.contains("nothing was created") {
            assert!(lines.len() == 1 && lines[0].contains("nothing was created"), "{context}: {printed}");
            assert_eq!(created_count(&state, program.id), before, "{context}: a dry run created something");
            continue;
        }
        let created = lines.first().copied().unwrap_or_default();
        assert!(created.len() > 4 && created != "None" && created != "undefined", "{context}: no id: {printed}");
        assert_eq!(created_count(&state, program.id), before + 1, "{context}: the sandbox recorded no new resource");
        for (at, value) in &program.sent {
            let document = last_document(&state, program.id);
            assert_eq!(document.pointer(at), Some(value), "{context}: {at} was not sent: {document}");
        }
        if let Some(success) = success {
            assert!(lines.len() >= 2, "{context}: the status was not followed: {printed}");
            assert_eq!(lines.last().copied(), Some(success), "{context}: {printed}");
        }
    }
}

#[test]
fn every_exported_python_program_runs_and_creates_its_resource() {
    let home = tempfile::tempdir().expect("home");
    let programs = export_all(&home, home.path(), "python", ".py");
    for program in &programs {
        check_style(&program.file, &program.context);
    }
    run_all(&programs, &|file, env| pyenv::run_script(file.to_str().expect("utf-8 path"), env, &[]));
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn output_of(command: &mut Command, what: &str) -> String {
    let output = command.output().unwrap_or_else(|e| panic!("{what}: cannot start ({e}); Node 20 and npm are needed"));
    crate::pyenv::checked(output, what)
}

/// The npm project pinned in tests/sdk/package-lock.json (the Node SDKs, TypeScript, prettier),
/// installed under target/sdk-node on first use.
fn node_project() -> PathBuf {
    static READY: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    READY
        .get_or_init(|| {
            let files = ["package.json", "package-lock.json", "tsconfig.json"];
            crate::npm::installed("sdk", "sdk-node", &files, &["--ignore-scripts"])
        })
        .clone()
}

#[test]
fn every_exported_typescript_program_compiles_runs_and_creates_its_resource() {
    let home = tempfile::tempdir().expect("home");
    let project = node_project();
    // Inside the project, so `tsc` and `node` find its node_modules.
    let dir = tempfile::tempdir_in(&project).expect("program dir");
    std::fs::copy(project.join("tsconfig.json"), dir.path().join("tsconfig.json")).expect("tsconfig");
    let mut programs = export_all(&home, dir.path(), "typescript", ".ts");
    let absent = absent_programs(&home, dir.path());
    assert!(!absent.is_empty(), "the Huawei block lists the fields its npm package lacks");
    programs.extend(absent);
    let bin = |tool: &str| project.join("node_modules/.bin").join(tool);
    output_of(Command::new(bin("prettier")).arg("--check").arg(dir.path()), "prettier --check");
    output_of(Command::new(bin("tsc")).arg("-p").arg(dir.path()), "tsc (strict, no unused names)");
    run_all(&programs, &|file, env| {
        let stem = file.file_stem().and_then(|s| s.to_str()).expect("stem");
        let compiled = dir.path().join("dist").join(format!("{stem}.js"));
        let mut command = Command::new("node");
        command.arg(&compiled).env_clear().env("PATH", std::env::var_os("PATH").unwrap_or_default());
        command.env("NO_PROXY", "*").env("no_proxy", "*");
        command.envs(env.iter().copied());
        output_of(&mut command, &format!("node {}", file.display()))
    });
}

#[test]
fn the_python_blocks_name_the_installed_sdks_models_and_attributes() {
    let specs: Vec<String> =
        IDS.iter().map(|id| root().join(format!("assets/specs/{id}.json")).to_string_lossy().into_owned()).collect();
    let args: Vec<&str> = specs.iter().map(String::as_str).collect();
    let printed = pyenv::run_script("sdk_code_models.py", &[], &args);
    let report: Value = serde_json::from_str(printed.trim()).expect("the script prints JSON");
    let checked = report.as_object().expect("one entry per API");
    assert_eq!(checked.len(), 4, "the Tea and Huawei blocks (BatchCompute takes plain dicts): {printed}");
    for (id, entry) in checked {
        assert_eq!(entry["spec"], entry["sdk"], "{id}: x-sdk.code.python differs from the installed SDK's models");
    }
}

/// Every class a package's `.d.ts` files declare: name → body.
fn declared_classes(package: &Path) -> std::collections::HashMap<String, String> {
    fn walk(dir: &Path, out: &mut std::collections::HashMap<String, String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.to_string_lossy().ends_with(".d.ts") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for piece in text.split("export declare class ").skip(1) {
                    let name: String = piece.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    // The body ends at the first line that is a lone closing brace.
                    let body = piece.split("\n}").next().unwrap_or_default().to_owned();
                    out.insert(name, body);
                }
            }
        }
    }
    let mut out = std::collections::HashMap::new();
    walk(package, &mut out);
    out
}

fn declares(body: &str, name: &str) -> bool {
    body.lines().map(str::trim).any(|l| {
        l.strip_prefix(name).is_some_and(|rest| rest.starts_with("?:") || rest.starts_with(':'))
            || l.starts_with(&format!("set {name}("))
    })
}

#[test]
fn the_typescript_blocks_name_the_installed_node_packages_fields_and_list_the_ones_they_lack() {
    let project = node_project();
    let catalog = catalog();
    let mut checked = 0;
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        let Some(block) = spec.operation.pointer("/x-sdk/code/typescript") else { continue };
        let models = block.get("models").and_then(Value::as_object).cloned().unwrap_or_default();
        let package = block["package"].as_str().expect("package");
        let classes = declared_classes(&project.join("node_modules").join(package));
        let text_of = |key: &str| -> Vec<String> {
            let list = block.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
            list.iter().filter_map(Value::as_str).map(str::to_owned).collect()
        };
        let absent = text_of("absent");
        for (path, class) in &models {
            let class = class.as_str().expect("class");
            let body = classes.get(class).unwrap_or_else(|| panic!("{id}: {package} declares no class {class}"));
            let at = if path == "/" { String::new() } else { path.replace("/[]", "/0") };
            let schema = apiwizard::spec::schema_walk::field(&spec.request, &at).expect("model path in the spec");
            let branches = apiwizard::spec::schema_walk::branches(&spec.request, schema);
            let names: std::collections::BTreeSet<&String> = branches
                .iter()
                .filter_map(|b| b.get("properties").and_then(Value::as_object))
                .flat_map(|p| p.keys())
                .collect();
            for wire in names {
                let field = format!("{}/{wire}", if path == "/" { "" } else { path });
                let name = block
                    .pointer(&format!("/attributes/{}", field.replace('~', "~0").replace('/', "~1")))
                    .and_then(Value::as_str)
                    .map_or_else(|| apiwizard::export::typescript_attribute(wire), str::to_owned);
                let listed = absent.contains(&field);
                assert_eq!(
                    !declares(body, &name),
                    listed,
                    "{id}: {class} {} {name} ({field}); x-sdk.code.typescript.absent must list exactly the fields it lacks",
                    if listed { "declares" } else { "lacks" }
                );
                checked += 1;
            }
        }
        for field in &absent {
            let parent = field.rsplit_once('/').map(|(p, _)| if p.is_empty() { "/" } else { p }).unwrap_or("/");
            assert!(models.contains_key(parent), "{id}: absent {field} is not a field of a model");
        }
    }
    assert!(checked > 100, "only {checked} fields were checked");
}
