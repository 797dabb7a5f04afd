//! The headless commands through the real binary: exit codes, output shapes and error messages.

use predicates::prelude::*;
use serde_json::Value;

use super::support::{IDS, apiwizard, fixtures_dir};

#[test]
fn list_shows_every_api_with_method_and_path() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = apiwizard(&home).arg("list").assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).expect("utf-8");
    for id in IDS {
        assert!(text.contains(id), "{id} missing from list:\n{text}");
    }
    assert!(text.contains("POST /v1.1/{project_id}/cloudservers"), "{text}");
}

#[test]
fn schema_and_example_round_trip_through_validate() {
    let home = tempfile::tempdir().expect("tempdir");
    for id in IDS {
        let schema = apiwizard(&home).args(["schema", "--api", id]).assert().success().get_output().stdout.clone();
        let schema: Value = serde_json::from_slice(&schema).expect("schema is JSON");
        assert!(schema["properties"].as_object().is_some_and(|p| !p.is_empty()), "{id} schema has properties");
        let example = apiwizard(&home)
            .args(["example", "--api", &id.to_uppercase()])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        apiwizard(&home)
            .args(["validate", "--api", id, "-"])
            .write_stdin(example)
            .assert()
            .code(0)
            .stdout(predicate::str::contains("valid"));
    }
}

#[test]
fn validate_json_output_has_the_documented_shape() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = apiwizard(&home)
        .args(["validate", "--api", "aliyun.ecs.CreateHpcCluster", "--format", "json"])
        .write_stdin(r#"{"RegionId": "cn-hangzhou", "Name": "9starts-with-digit"}"#)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&out).expect("JSON report");
    assert_eq!(report["api"], "aliyun.ecs.CreateHpcCluster");
    assert_eq!(report["valid"], false);
    let errors = report["errors"].as_array().expect("errors array");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["pointer"], "/Name");
    assert_eq!(errors[0]["code"], "InvalidHpcClusterName.Malformed");
    assert!(errors[0]["message"].as_str().is_some_and(|m| m.contains("Name")));
}

#[test]
fn malformed_json_exits_2_with_line_and_column() {
    let home = tempfile::tempdir().expect("tempdir");
    apiwizard(&home)
        .args(["validate", "--api", "aliyun.ecs.CreateHpcCluster"])
        .write_stdin("{\n  \"Name\": \"x\",\n  oops\n}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3 column"));
}

#[test]
fn unknown_id_exits_2_and_suggests_the_nearest() {
    let home = tempfile::tempdir().expect("tempdir");
    apiwizard(&home)
        .args(["validate", "--api", "huaweicloud.ecs.CreateServer"])
        .write_stdin("{}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean huaweicloud.ecs.CreateServers"));
}

#[test]
fn oversized_and_missing_files_are_refused_clearly() {
    let home = tempfile::tempdir().expect("tempdir");
    let big = home.path().join("big.json");
    let mut text = String::from("[");
    text.push_str(&"0,".repeat(5 * 1024 * 1024));
    text.push_str("0]");
    std::fs::write(&big, text).expect("write");
    apiwizard(&home)
        .args(["validate", "--api", IDS[0]])
        .arg(&big)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("larger than 1 MiB"));
    apiwizard(&home)
        .args(["validate", "--api", IDS[0], "/nonexistent/file.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read /nonexistent/file.json"));
}

#[test]
fn a_fixture_file_validates_from_a_path() {
    let home = tempfile::tempdir().expect("tempdir");
    let dir = fixtures_dir().join(IDS[4]);
    let case = std::fs::read_dir(&dir).expect("fixtures").filter_map(Result::ok).next().expect("one fixture").path();
    let case: Value = serde_json::from_str(&std::fs::read_to_string(case).expect("read")).expect("json");
    let file = home.path().join("doc.json");
    std::fs::write(&file, case["document"].to_string()).expect("write");
    let expected = if case["expect"].as_array().is_some_and(Vec::is_empty) { 0 } else { 1 };
    apiwizard(&home).args(["validate", "--api", IDS[4]]).arg(&file).assert().code(expected);
}

#[test]
fn validate_and_exports_never_print_control_characters() {
    let home = tempfile::tempdir().expect("tempdir");
    let doc = serde_json::json!({
        "RegionId": "cn-hangzhou",
        "\u{1b}]0;owned\u{7}": 1,
        "\u{1b}[2J": "\u{9b}31m\u{85}",
        "c1\u{9d}0;t\u{9c}": "\u{7f}",
    });
    let raw = |out: &[u8]| String::from_utf8(out.to_vec()).expect("utf-8");
    let clean = |text: &str| !text.chars().any(|c| c.is_control() && c != '\n');
    let id = "aliyun.ecs.CreateHpcCluster";
    let text = apiwizard(&home).args(["validate", "--api", id, "-"]).write_stdin(doc.to_string()).assert().code(1);
    let text = raw(&text.get_output().stdout);
    assert!(clean(&text) && text.contains("/c1�0;t�  [Invalid.Parameter]"), "{text}");
    for args in [&["validate", "--api", id, "--format", "json", "-"][..], &["export", "--api", id, "--as", "json", "-"]]
    {
        let out = apiwizard(&home).args(args).write_stdin(doc.to_string()).assert();
        let out = raw(&out.get_output().stdout);
        assert!(clean(&out), "{args:?} prints a raw control character: {out:?}");
        assert!(out.contains(r"c1\u009d0;t\u009c"), "{args:?}: C1 controls escaped: {out}");
    }
    let mut export = apiwizard(&home);
    let exported = export.args(["export", "--api", id, "--as", "json", "-"]).write_stdin(doc.to_string()).assert();
    let text = raw(&exported.get_output().stdout);
    assert!(text.contains(r"\u009b31m\u0085") && text.contains(r"\u007f"), "values' C1 and DEL escaped: {text}");
    let exported: Value = serde_json::from_slice(&exported.success().get_output().stdout).expect("JSON");
    assert_eq!(exported, doc, "escaping changes no value");
    for format in ["curl", "httpie", "cli", "http"] {
        let out = apiwizard(&home)
            .args(["export", "--api", id, "--as", format, "-"])
            .write_stdin(doc.to_string())
            .assert()
            .success();
        let out = raw(&out.get_output().stdout);
        assert!(clean(&out), "--as {format} prints a raw control character: {out:?}");
    }
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    let home = tempfile::tempdir().expect("tempdir");
    for args in [&["list"][..], &["schema", "--api", "huaweicloud.ecs.CreateServers"], &["example", "--api", IDS[0]]] {
        // The read end is closed before the command starts, so its first write meets a broken pipe.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let output = super::support::apiwizard_process(&home)
            .args(args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?} says nothing on a broken pipe");
        assert_eq!(output.status.code(), Some(141), "{args:?} exits as a tool killed by SIGPIPE would report");
    }
}

#[test]
fn numbers_pass_through_exactly_and_a_duplicate_key_is_named() {
    let home = tempfile::tempdir().expect("tempdir");
    let id = "huaweicloud.ecs.CreateServers";
    let example = apiwizard(&home).args(["example", "--api", id]).assert().success().get_output().stdout.clone();
    let example = String::from_utf8(example).expect("utf-8");
    let big = example.replacen("\"count\": 1", "\"count\": 18446744073709551616", 1);
    let zero = example.replacen("\"periodNum\": 1", "\"periodNum\": -0", 1);
    assert!(big != example && zero != example, "the example has the fields this test edits");
    // The engine still checks a number past u64 against its limits, and exports keep its digits.
    let out = apiwizard(&home).args(["validate", "--api", id, "-"]).write_stdin(big.clone()).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("/server/count") && text.contains("18446744073709551616"), "{text}");
    for (doc, spelled) in [(&big, "18446744073709551616"), (&zero, "-0")] {
        for format in ["json", "curl"] {
            let out = apiwizard(&home)
                .args(["export", "--api", id, "--as", format, "--param", "project_id=p", "-"])
                .write_stdin(doc.clone())
                .assert()
                .success();
            let out = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
            assert!(
                out.contains(&format!("\"{spelled}"))
                    || out.contains(&format!(": {spelled}"))
                    || out.contains(&format!(":{spelled}")),
                "--as {format} keeps {spelled}: {out}"
            );
            assert!(!out.contains("1.8446744073709552e") && !out.contains("-0.0"), "{out}");
        }
    }
    let twice = example.replacen("\"count\": 1", "\"count\": 1, \"count\": 2", 1);
    apiwizard(&home).args(["validate", "--api", id, "-"]).write_stdin(twice).assert().code(2).stderr(
        predicate::str::contains("the key \"count\" appears twice in one object").and(predicate::str::contains("line")),
    );
}
