//! The specs held against the official SDKs: every field of their request models (tests/fixtures/
//! sdk_model_fields.json, checked against the installed SDKs) is in its spec with the same type and
//! required flag, and what each SDK sends for each documented example validates.

use std::collections::BTreeSet;

use serde_json::Value;

use super::pyenv;
use super::support::{catalog, fixtures_dir};
use apiwizard::spec::schema_walk;

/// (api, path, type, required) as the SDK models give them.
type Field = (String, String, String, bool);

fn fixture() -> Vec<Value> {
    let text = std::fs::read_to_string(fixtures_dir().join("sdk_model_fields.json")).expect("sdk_model_fields.json");
    let fixture: Value = serde_json::from_str(&text).expect("valid JSON");
    fixture["fields"].as_array().expect("fields").clone()
}

fn field_of(entry: &Value) -> Field {
    let text = |k: &str| entry[k].as_str().unwrap_or_else(|| panic!("{entry}: {k} missing")).to_owned();
    (text("api"), text("path"), text("type"), entry["required"].as_bool().expect("required"))
}

#[test]
fn the_field_list_is_what_the_installed_sdk_models_hold() {
    let printed = pyenv::run_script("spec_sdk_fields.py", &[], &[]);
    let from_sdks: BTreeSet<Field> =
        printed.lines().map(|l| field_of(&serde_json::from_str(l).expect("a JSON line"))).collect();
    let listed: BTreeSet<Field> = fixture().iter().map(field_of).collect();
    assert!(from_sdks.len() > 300, "only {} fields read from the SDKs", from_sdks.len());
    let missing: Vec<_> = from_sdks.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&from_sdks).collect();
    assert!(missing.is_empty() && extra.is_empty(), "not in the fixture: {missing:#?}\nnot in the SDKs: {extra:#?}");
}

/// Whether a spec type agrees with an SDK type (the SDKs' "number" also takes whole numbers).
fn same_type(sdk: &str, spec: &str) -> bool {
    sdk == spec || (sdk == "number" && spec == "integer")
}

#[test]
fn every_sdk_model_field_is_in_its_spec_with_its_type_and_required_flag() {
    let catalog = catalog();
    let mut wrong = Vec::new();
    let entries = fixture();
    for entry in &entries {
        let (api, path, sdk_type, sdk_required) = field_of(entry);
        let spec = catalog.get(&api).expect("a built-in spec");
        let root = &spec.request;
        // "[]" names an array's items, "{}" a map's values: any index or key reaches them.
        let pointer = path.replace("/[]", "/0");
        let Some(node) = schema_walk::field(root, &pointer) else {
            wrong.push(format!("{api} {path}: not in the spec"));
            continue;
        };
        let spec_type = schema_walk::type_name(node);
        if !same_type(&sdk_type, &spec_type) {
            wrong.push(format!("{api} {path}: the SDK has {sdk_type}, the spec {spec_type}"));
        }
        let (parent, name) = apiwizard::pointer::split_last(&pointer).expect("a field below the root");
        if name == "0" || name == "{}" {
            continue;
        }
        let parent = schema_walk::field(root, parent).expect("the parent is in the spec");
        let want = entry.get("spec_required").and_then(Value::as_bool).unwrap_or(sdk_required);
        if entry.get("spec_required").is_some() {
            assert!(entry["why"].as_str().is_some_and(|w| w.len() > 20), "{api} {path}: say why the spec differs");
        }
        if schema_walk::is_required(root, parent, &name) != want {
            wrong.push(format!("{api} {path}: required should be {want} (the SDK model says {sdk_required})"));
        }
    }
    assert!(entries.len() > 300, "only {} fields listed", entries.len());
    assert!(wrong.is_empty(), "{} field(s) differ from the SDK models:\n{}", wrong.len(), wrong.join("\n"));
}

/// The codes an example is documented to trip (`x-violates`), empty for a clean example.
fn noted_violations(spec: &apiwizard::spec::Spec, example: &str) -> BTreeSet<String> {
    let media = spec.operation["requestBody"]["content"].as_object().and_then(|c| c.values().next());
    media
        .and_then(|m| m["examples"][example]["x-violates"].as_array())
        .map(|codes| codes.iter().filter_map(Value::as_str).map(str::to_owned).collect())
        .unwrap_or_default()
}

#[test]
fn what_the_official_sdks_send_for_each_documented_example_validates() {
    let catalog = catalog();
    let files: Vec<String> =
        catalog.specs().iter().map(|s| format!("{}/assets/specs/{}.json", env!("CARGO_MANIFEST_DIR"), s.id)).collect();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let printed = pyenv::run_script("sdk_bodies_examples.py", &[], &args);
    let mut seen = BTreeSet::new();
    let mut wrong = Vec::new();
    for line in printed.lines() {
        let sent: Value = serde_json::from_str(line).expect("a JSON line");
        let spec = catalog.get(sent["api"].as_str().expect("api")).expect("a built-in spec");
        let example = sent["example"].as_str().expect("example");
        // RPC APIs send the document as query parameters (nested ones as JSON text or Key.N.Sub);
        // the others as a JSON body. Operation parameters (tokens, ids) are not part of the document.
        let document = if spec.style == apiwizard::spec::Style::Rpc {
            let pairs: Vec<(String, String)> = sent["query"]
                .as_array()
                .expect("query")
                .iter()
                .map(|p| (p[0].as_str().expect("name").to_owned(), p[1].as_str().expect("value").to_owned()))
                .filter(|(name, _)| !spec.params.iter().any(|p| &p.name == name))
                .collect();
            apiwizard::request::from_rpc_wire(spec, &pairs).expect("the SDK's JSON parameters parse")
        } else {
            sent["body"].clone()
        };
        let codes: BTreeSet<String> =
            spec.engine().expect("compiles").validate(&document).into_iter().map(|v| v.code).collect();
        if codes != noted_violations(spec, example) {
            let problems = spec.engine().expect("compiles").validate(&document);
            wrong.push(format!("{} {example}: {problems:#?}\nsent: {document}", spec.id));
        }
        seen.insert((spec.id.clone(), example.to_owned()));
    }
    let documented: usize = catalog.specs().iter().map(|s| s.examples.len()).sum();
    assert_eq!(seen.len(), documented, "every documented example went through its SDK");
    assert!(wrong.is_empty(), "{} SDK request(s) do not validate:\n{}", wrong.len(), wrong.join("\n\n"));
}

#[test]
fn the_form_offers_a_huawei_nic_as_a_subnet_port_or_an_existing_port() {
    let catalog = catalog();
    let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec").clone();
    let example = spec.examples[0].clone();
    let mut form = apiwizard::form::FormState::new(spec, example.value, example.parameters);
    let at = "/server/nics/0";
    let alternatives = form.alternatives(at).expect("a NIC has alternatives");
    assert_eq!(alternatives.titles, ["Create a port in a subnet", "Attach an existing port"]);
    assert_eq!(alternatives.label, "Network port");
    assert_eq!(alternatives.active, 0, "the example's NIC names a subnet");
    form.choose_alternative(at, 1);
    assert!(form.document.pointer("/server/nics/0/subnet_id").is_none(), "the subnet is put aside");
    let port = apiwizard::form::Target::Field("/server/nics/0/port_id".into());
    form.set_text(&port, "b0d4a1c2-6a14-42d1-963b-687b627fea08").expect("set");
    assert!(form.violations().iter().all(|v| !v.pointer.starts_with(at)), "{:?}", form.violations());
    form.choose_alternative(at, 0);
    assert!(form.document.pointer("/server/nics/0/subnet_id").is_some(), "switching back restores the subnet");
}
