//! `apiwizard export` through the real binary: every format for every API, secrets masked unless
//! `--reveal`, and curl exports that import back to the same API, parameters and document.

use apiwizard::export::curl_import::import;
use apiwizard::export::redact::MASK;
use apiwizard::export::shell;
use predicates::prelude::*;
use serde_json::Value;

use super::support::{IDS, apiwizard, catalog, example_file};

const FORMATS: [&str; 5] = ["json", "curl", "http", "httpie", "cli"];

/// Values of writeOnly fields in the documented examples: none may appear in a masked export.
const SECRETS: [&str; 2] = ["password_example", "[OSS Access Key Id Secret]"];

fn export(home: &tempfile::TempDir, id: &str, format: &str, extra: &[&str]) -> String {
    let file = example_file(home, id);
    let out = apiwizard(home)
        .args(["export", "--api", id, "--as", format])
        .arg(&file)
        .args(extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn every_format_for_every_api_has_its_shape_and_no_secret() {
    let home = tempfile::tempdir().expect("tempdir");
    let catalog = catalog();
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        for format in FORMATS {
            // Without a profile, required parameters outside the document come from --param.
            let required: Vec<String> =
                spec.params.iter().filter(|p| p.required).map(|p| format!("{}=given", p.name)).collect();
            let no_profile: Vec<&str> = required.iter().flat_map(|r| ["--param", r.as_str()]).collect();
            for profile in [&[][..], &["--profile", "sandbox"][..]] {
                let args = if profile.is_empty() { &no_profile[..] } else { profile };
                let text = export(&home, id, format, args);
                let what = format!("{id} --as {format} {profile:?}");
                for secret in SECRETS {
                    assert!(!text.contains(secret), "{what} leaks {secret}:\n{text}");
                }
                let words = shell::split(&text).expect("every export splits as shell words");
                match format {
                    "json" => {
                        let doc: Value = serde_json::from_str(&text).expect("json export is JSON");
                        assert_eq!(
                            doc.as_object().map(|m| m.len()),
                            spec.examples[0].value.as_object().map(|m| m.len())
                        );
                    }
                    "curl" => assert_eq!(words[..3], ["curl", "-X", spec.method.as_str()], "{what}"),
                    "httpie" => assert_eq!(words[..2], ["http", spec.method.as_str()], "{what}"),
                    "http" => {
                        assert!(text.starts_with(&format!("### {id} (")), "{what}");
                        assert!(
                            text.lines()
                                .nth(1)
                                .is_some_and(|l| l.starts_with(&spec.method) && l.ends_with(" HTTP/1.1"))
                        );
                    }
                    _ => assert!(words[0] == "aliyun" || words[0] == "hcloud", "{what}"),
                }
                if ["curl", "http", "httpie"].contains(&format) {
                    let signed = text.contains("Authorization");
                    assert_eq!(
                        signed,
                        !profile.is_empty(),
                        "{what}: signed exactly when a profile with a key is chosen"
                    );
                    if signed {
                        assert!(text.contains("Signature=****"), "{what}: the signature is masked");
                    }
                    let expected_host = if profile.is_empty() { "https://" } else { "http://127.0.0.1:8642/" };
                    assert!(text.contains(expected_host), "{what}");
                }
            }
        }
    }
}

#[test]
fn reveal_writes_the_secrets_and_a_real_signature() {
    let home = tempfile::tempdir().expect("tempdir");
    let id = "aliyun.starrocks.CreateInstanceV1";
    let masked = export(&home, id, "json", &[]);
    assert!(masked.contains(&format!("\"AdminPassword\": \"{MASK}\"")), "{masked}");
    assert!(export(&home, id, "json", &["--reveal"]).contains("\"AdminPassword\": \"password_example\""));
    let args = ["--profile", "sandbox", "--reveal", "--date", "2024-05-01T08:00:00Z", "--nonce", "n"];
    let curl = export(&home, id, "curl", &args);
    assert!(curl.contains("password_example"));
    let signature = curl.split("Signature=").nth(1).map(|s| &s[..64]).expect("a signature");
    assert!(signature.chars().all(|c| c.is_ascii_hexdigit()), "{curl}");
    assert_eq!(curl, export(&home, id, "curl", &args), "--date/--nonce make the export reproducible");
}

#[test]
fn curl_exports_import_back_to_the_same_request() {
    let home = tempfile::tempdir().expect("tempdir");
    let catalog = catalog();
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        for profile in ["sandbox", "env"] {
            let envs = [
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"),
                ("HUAWEICLOUD_SDK_AK", "id"),
                ("HUAWEICLOUD_SDK_SK", "secret"),
                ("HUAWEICLOUD_SDK_PROJECT_ID", "proj-from-env"),
            ];
            let file = example_file(&home, id);
            let mut cmd = apiwizard(&home);
            cmd.args(["export", "--api", id, "--as", "curl", "--reveal", "--profile", profile]).arg(&file);
            for (k, v) in envs {
                cmd.env(k, v);
            }
            let curl = String::from_utf8(cmd.assert().success().get_output().stdout.clone()).expect("utf-8");
            let back = import(&catalog, &curl, None).unwrap_or_else(|e| panic!("{id} via {profile}: {e}\n{curl}"));
            assert_eq!(back.api, id);
            assert_eq!(back.document, spec.examples[0].value, "{id} via {profile}");
            if profile == "env" && spec.params.iter().any(|p| p.name == "project_id") {
                assert_eq!(back.params["project_id"], "proj-from-env");
            }
        }
    }
}

#[test]
fn vendor_cli_lines_follow_each_cli() {
    let home = tempfile::tempdir().expect("tempdir");
    let ehpc = export(&home, "aliyun.ehpc.CreateCluster", "cli", &[]);
    let words = shell::split(&ehpc).expect("words");
    assert_eq!(words[..6], ["aliyun", "ehpc", "CreateCluster", "--version", "2024-07-30", "--region"]);
    let manager = words.iter().position(|w| w == "--Manager").map(|i| &words[i + 1]).expect("--Manager");
    assert!(serde_json::from_str::<Value>(manager).is_ok_and(|v| v.is_object()), "one JSON string: {manager}");
    let roa = shell::split(&export(&home, "aliyun.starrocks.CreateInstanceV1", "cli", &[])).expect("words");
    assert_eq!(roa[..3], ["aliyun", "starrocks", "CreateInstanceV1"]);
    assert!(roa.iter().any(|w| w == "--body"));
    let hw = export(&home, "huaweicloud.ecs.CreateServers", "cli", &["--param", "project_id=p1"]);
    let words = shell::split(&hw).expect("words");
    assert_eq!(words[..4], ["hcloud", "ECS", "CreateServers", "--cli-region=cn-north-4"]);
    assert!(words.contains(&"--project_id=p1".to_owned()));
    assert!(words.contains(&"--server.data_volumes.2.size=100".to_owned()), "lists count from 1: {hw}");
    let json_input = export(&home, "huaweicloud.ecs.CreateServers", "cli-json", &["--region", "ap-southeast-1"]);
    assert!(json_input.starts_with("cat > ECS_CreateServers.json <<'APIWIZARD_EOF'\n{\n"), "{json_input}");
    assert!(json_input.contains(
        "hcloud ECS CreateServers \\\n  --cli-region=ap-southeast-1 \\\n  --cli-jsonInput=ECS_CreateServers.json"
    ));
    let file = example_file(&home, "aliyun.ecs.CreateHpcCluster");
    apiwizard(&home)
        .args(["export", "--api", "aliyun.ecs.CreateHpcCluster", "--as", "cli-json"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the aliyun CLI has no JSON-input form"));
}
