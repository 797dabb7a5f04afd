//! The fixture cases in tests/fixtures/<api-id>/: each document must produce exactly the expected set
//! of (pointer, code) violations; every documented example must validate clean.

use std::collections::BTreeSet;

use serde_json::Value;

use super::support::{catalog, fixtures_dir};

fn pairs(list: impl IntoIterator<Item = (String, String)>) -> BTreeSet<(String, String)> {
    list.into_iter().collect()
}

#[test]
fn every_fixture_gives_exactly_its_expected_violations() {
    let catalog = catalog();
    let mut failures = Vec::new();
    let mut seen = 0;
    for spec in catalog.specs() {
        let dir = fixtures_dir().join(&spec.id);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{} has no fixtures at {}: {e}", spec.id, dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        assert!(files.len() >= 20, "{} has only {} fixtures", spec.id, files.len());
        let engine = spec.engine().expect("the schema compiles");
        for file in files {
            let case: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("readable"))
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let expect = pairs(case["expect"].as_array().expect("expect is an array").iter().map(|e| {
                (
                    e["pointer"].as_str().unwrap_or_default().to_owned(),
                    e["code"].as_str().unwrap_or_default().to_owned(),
                )
            }));
            let got = engine.validate(&case["document"]);
            let got_pairs = pairs(got.iter().map(|v| (v.pointer.clone(), v.code.clone())));
            if got_pairs != expect {
                failures.push(format!("{}:\n  expected {expect:?}\n  got      {got:#?}", file.display()));
            }
            for v in &got {
                assert!(!v.message.is_empty() && v.message.len() < 600, "{}: message {:?}", file.display(), v.message);
            }
            seen += 1;
        }
    }
    assert!(seen >= 100, "only {seen} fixtures ran");
    assert!(failures.is_empty(), "{} fixture(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_documented_example_validates_clean() {
    for spec in catalog().specs() {
        assert!(!spec.examples.is_empty(), "{} has no example", spec.id);
        let engine = spec.engine().expect("the schema compiles");
        for example in &spec.examples {
            let problems: BTreeSet<String> = engine.validate(&example.value).into_iter().map(|v| v.code).collect();
            // An example kept as the doc wrote it, though it breaks the doc's own rule, says which.
            let noted: BTreeSet<String> = spec.operation["requestBody"]["content"]
                .as_object()
                .and_then(|c| c.values().next())
                .and_then(|m| m["examples"][&example.name]["x-violates"].as_array())
                .map(|codes| codes.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                .unwrap_or_default();
            assert_eq!(problems, noted, "{} example {}", spec.id, example.name);
        }
    }
}

#[test]
fn the_five_documented_apis_are_built_in() {
    let catalog = catalog();
    for id in [
        "aliyun.batchcompute.CreateCluster",
        "aliyun.ehpc.CreateCluster",
        "huaweicloud.ecs.CreateServers",
        "aliyun.starrocks.CreateInstanceV1",
        "aliyun.ecs.CreateHpcCluster",
    ] {
        let spec = catalog.get(id).expect("built in");
        assert!(!spec.title.is_empty() && !spec.summary.is_empty() && !spec.provider.is_empty(), "{id} info");
        assert!(!spec.operation["x-error-codes"].as_array().is_none_or(Vec::is_empty), "{id} error codes");
        assert!(spec.operation.get("x-progress").is_some(), "{id} progress");
        assert!(spec.operation.get("x-sandbox").is_some(), "{id} sandbox");
    }
}
