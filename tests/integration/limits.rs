//! Bounded cost: a list over its documented maxItems is refused on that limit with none of its
//! items examined, the problems listed are capped with a closing "and N more" line, and documents
//! over the value or depth limit are refused before a tree is built — in `validate` and the import.

use apiwizard::validate::limits::MAX_PROBLEMS;
use serde_json::{Value, json};

use super::support::{apiwizard, catalog};

const API: &str = "huaweicloud.ecs.CreateServers";

fn huawei_with(field: &str, value: Value) -> Value {
    let mut doc = catalog().get(API).expect("spec").examples[0].value.clone();
    doc["server"][field] = value;
    doc
}

fn validate(doc: &Value) -> Vec<apiwizard::validate::Violation> {
    catalog().get(API).expect("spec").engine().expect("engine").validate(doc)
}

#[test]
fn a_list_over_its_documented_limit_is_refused_on_the_limit_alone() {
    let doc = huawei_with("data_volumes", Value::Array(vec![json!({}); 5_000]));
    let problems = validate(&doc);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].pointer, "/server/data_volumes");
    assert!(problems[0].message.contains("has 5000 items; at most 59"), "{}", problems[0].message);
}

#[test]
fn problems_are_capped_with_the_rest_counted_by_kind() {
    for (field, value) in [
        ("security_groups", Value::Array(vec![json!(1); 5_000])),
        ("unknown", json!(null)), // replaced below by 5,000 unknown keys
    ] {
        let mut doc = huawei_with(field, value);
        if field == "unknown" {
            let server = doc["server"].as_object_mut().expect("server");
            server.remove("unknown");
            for i in 0..5_000 {
                server.insert(format!("k{i}"), json!(i));
            }
        }
        let problems = validate(&doc);
        assert_eq!(problems.len(), MAX_PROBLEMS + 1, "{field}: {:#?}", &problems[..3]);
        let last = problems.last().expect("closing line");
        assert!(last.message.starts_with("and 4900 more of the same kind"), "{field}: {}", last.message);
    }
}

#[test]
fn the_wizard_import_and_validate_refuse_oversized_documents_early() {
    let home = tempfile::tempdir().expect("tempdir");
    // 0.9 MB: under the size limit, over the value limit.
    let huge = huawei_with("data_volumes", Value::Array(vec![json!({}); 300_000])).to_string();
    apiwizard(&home)
        .args(["validate", "--api", API, "-"])
        .write_stdin(huge.clone())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("more than 10000 values"));
    let deep = format!("{{\"server\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    apiwizard(&home)
        .args(["validate", "--api", API, "-"])
        .write_stdin(deep)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("deeper than 64 levels"));

    let mut app = super::tui_support::app();
    super::tui_support::open(&mut app, "huawei", 0);
    let over = huawei_with("data_volumes", Value::Array(vec![json!({}); 5_000])).to_string();
    apiwizard::tui::update(&mut app, apiwizard::tui::Msg::FileRead { path: "big.json".into(), result: Ok(over) });
    let form = &app.form().expect("form").form;
    let volumes: Vec<&str> = form
        .violations()
        .iter()
        .map(|v| v.pointer.as_str())
        .filter(|p| p.starts_with("/server/data_volumes"))
        .collect();
    assert_eq!(volumes, ["/server/data_volumes"], "the import is refused on the limit, not item by item");
    assert!(form.problem_count() < 5, "{}", form.problem_count());
    apiwizard::tui::update(&mut app, apiwizard::tui::Msg::FileRead { path: "huge.json".into(), result: Ok(huge) });
    let status = app.status.clone().expect("status");
    assert!(status.text.contains("more than 10000 values"), "{status:?}");
}
