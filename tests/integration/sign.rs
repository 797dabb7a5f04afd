//! `apiwizard sign` through the real binary: the JSON shape for all five APIs, signatures that the
//! sandbox's verifier accepts, E-HPC's JSON-string parameters, profiles, environment keys, and the
//! messages when a key is missing.

use apiwizard::http::credentials::Credentials;
use apiwizard::http::sign::{Received, Scheme, verify};
use apiwizard::profile::sandbox_credentials;
use predicates::prelude::*;
use serde_json::Value;

use super::support::{IDS, apiwizard, catalog, example_file, write_profiles};

const DATE: &str = "2024-05-01T08:00:00Z";

fn sign_json(home: &tempfile::TempDir, args: &[&str], envs: &[(&str, &str)]) -> Value {
    let mut cmd = apiwizard(home);
    cmd.arg("sign").args(args).args(["--format", "json", "--date", DATE, "--nonce", "fixed-nonce"]);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("sign --format json prints JSON")
}

/// Feeds a printed request to the verifier, as the sandbox would receive it.
fn verifies(printed: &Value, scheme: Scheme, key: &Credentials) -> Result<(), String> {
    let url = printed["url"].as_str().expect("url");
    let after_host = &url[url.find("://").map_or(0, |i| i + 3)..];
    let path_and_query = &after_host[after_host.find('/').expect("a path")..];
    let (path, query) = path_and_query.split_once('?').unwrap_or((path_and_query, ""));
    let headers: Vec<(String, String)> = printed["headers"]
        .as_object()
        .expect("headers object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("string header").to_owned()))
        .collect();
    let body = printed["body"].as_str().expect("body string");
    let received = Received {
        method: printed["method"].as_str().expect("method"),
        path,
        query,
        headers: &headers,
        body: body.as_bytes(),
    };
    verify(scheme, &received, key, None).map_err(|m| format!("{m}\n{}", m.expected_canonical_request))
}

#[test]
fn json_output_has_exactly_the_documented_keys_and_verifies_for_all_five_apis() {
    let home = tempfile::tempdir().expect("tempdir");
    let catalog = catalog();
    for id in IDS {
        let file = example_file(&home, id);
        let file = file.to_str().expect("utf-8 path");
        // Revealed, so the verifier sees the bytes that were signed.
        let printed = sign_json(&home, &["--api", id, file, "--profile", "sandbox", "--reveal"], &[]);
        let keys: Vec<&str> = printed.as_object().expect("object").keys().map(String::as_str).collect();
        assert_eq!(keys, ["method", "url", "headers", "body", "canonical_request", "string_to_sign", "authorization"]);
        assert_eq!(printed["headers"]["Authorization"], printed["authorization"], "{id}");
        let spec = catalog.get(id).expect("spec");
        let scheme = Scheme::for_style(spec.style);
        assert!(printed["string_to_sign"].as_str().is_some_and(|s| s.starts_with(scheme.algorithm())), "{id}");
        assert_eq!(verifies(&printed, scheme, &sandbox_credentials()), Ok(()), "{id}");
        assert_eq!(
            printed,
            sign_json(&home, &["--api", id, file, "--profile", "sandbox", "--reveal"], &[]),
            "{id} is reproducible"
        );
        let body = printed["body"].as_str().expect("body");
        if spec.style == apiwizard::spec::Style::Rpc {
            assert_eq!(body, "", "{id}: RPC parameters travel in the query");
        } else {
            let sent: Value = serde_json::from_str(body).expect("JSON body");
            assert!(sent.as_object().is_some_and(|m| !m.is_empty()), "{id}");
        }
    }
}

#[test]
fn ehpc_nested_parameters_are_one_json_string_each() {
    let home = tempfile::tempdir().expect("tempdir");
    let id = "aliyun.ehpc.CreateCluster";
    let file = example_file(&home, id);
    let printed = sign_json(&home, &["--api", id, file.to_str().expect("path"), "--reveal"], &[]);
    let url = printed["url"].as_str().expect("url");
    let query = url.split_once('?').expect("query").1;
    let pairs = apiwizard::http::sign::parse_query(query);
    let catalog = catalog();
    let document = &catalog.get(id).expect("spec").examples[0].value;
    for name in ["Manager", "Queues", "Tags", "ClusterCredentials", "SharedStorages", "AdditionalPackages", "Addons"] {
        let Some(expected) = document.get(name) else { continue };
        let sent = pairs.iter().find(|(k, _)| k == name).unwrap_or_else(|| panic!("{name} missing from {url}"));
        assert_eq!(&serde_json::from_str::<Value>(&sent.1).expect("a JSON string"), expected, "{name}");
        assert!(!pairs.iter().any(|(k, _)| k.starts_with(&format!("{name}."))), "{name} is not flattened");
    }
    assert!(pairs.iter().any(|(k, v)| k == "ClusterName" && v == document["ClusterName"].as_str().unwrap_or("?")));
    assert!(
        printed["canonical_request"].as_str().is_some_and(|c| c.contains("&Manager=%7B%22")),
        "encoded like any value"
    );
}

#[test]
fn env_profile_signs_with_the_sdk_variables_and_masks_the_token() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "aliyun.ecs.CreateHpcCluster");
    let secret = "an-alibaba-secret-that-must-not-print";
    let envs = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tTestKeyId"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", "CAIS-sts-token-that-must-not-print"),
    ];
    let args = ["--api", "aliyun.ecs.CreateHpcCluster", file.to_str().expect("path"), "--profile", "env"];
    let printed = sign_json(&home, &args, &envs);
    assert!(printed["url"].as_str().is_some_and(|u| u.starts_with("https://ecs-cn-hangzhou.aliyuncs.com/?")));
    assert!(printed["authorization"].as_str().is_some_and(|a| a.contains("Credential=LTAI5tTestKeyId,")));
    assert!(printed["canonical_request"].as_str().is_some_and(|c| c.contains("x-acs-security-token:****rint")));
    let text = printed.to_string();
    assert!(!text.contains(secret) && !text.contains("CAIS-sts"), "{text}");

    let file = example_file(&home, "huaweicloud.ecs.CreateServers");
    let envs = [
        ("HUAWEICLOUD_SDK_AK", "HWAKEXAMPLE"),
        ("HUAWEICLOUD_SDK_SK", "huawei-secret-key-value"),
        ("HUAWEICLOUD_SDK_PROJECT_ID", "77b6a44cba5143ab91d13ab9a8ff44fd"),
    ];
    let args = ["--api", "huaweicloud.ecs.CreateServers", file.to_str().expect("path"), "--profile", "env"];
    let mut cmd = apiwizard(&home);
    cmd.arg("sign").args(args).args(["--format", "json", "--date", "2024-05-01T16:00:00+08:00"]);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let printed: Value = serde_json::from_slice(&cmd.assert().success().get_output().stdout).expect("json");
    assert_eq!(printed["headers"]["X-Sdk-Date"], "20240501T080000Z", "the date in Huawei's own format, UTC");
    assert_eq!(printed["headers"]["X-Project-Id"], "77b6a44cba5143ab91d13ab9a8ff44fd");
    assert!(printed["url"].as_str().is_some_and(|u| {
        u == "https://ecs.cn-north-4.myhuaweicloud.com/v1.1/77b6a44cba5143ab91d13ab9a8ff44fd/cloudservers"
    }));
    let signed = printed["authorization"].as_str().expect("auth");
    assert!(signed.contains("SignedHeaders=content-type;host;x-client-token;x-project-id;x-sdk-date, "), "{signed}");
    let key = Credentials::new("HWAKEXAMPLE", "huawei-secret-key-value");
    assert_eq!(verifies(&printed, Scheme::Huawei, &key), Ok(()));
}

#[test]
fn missing_keys_name_exactly_the_missing_variable() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "aliyun.starrocks.CreateInstanceV1");
    apiwizard(&home)
        .args(["sign", "--api", "aliyun.starrocks.CreateInstanceV1", "--profile", "env"])
        .arg(&file)
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tTestKeyId")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set"))
        .stderr(predicate::str::contains("ALIBABA_CLOUD_ACCESS_KEY_ID").not());
    let file = example_file(&home, "huaweicloud.ecs.CreateServers");
    apiwizard(&home)
        .args(["sign", "--api", "huaweicloud.ecs.CreateServers", "--profile", "env", "--param", "project_id=p"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK are not set"));
    apiwizard(&home)
        .args(["sign", "--api", "huaweicloud.ecs.CreateServers", "--profile", "env"])
        .arg(&file)
        .env("HUAWEICLOUD_SDK_AK", "AK")
        .env("HUAWEICLOUD_SDK_SK", "SK")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--param project_id=VALUE, set HUAWEICLOUD_SDK_PROJECT_ID"));
    write_profiles(&home, "[profiles.offline]\nprovider = \"huaweicloud\"\ncredentials = \"none\"\n");
    apiwizard(&home)
        .args(["sign", "--api", "huaweicloud.ecs.CreateServers", "--profile", "offline"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("profile offline has no credentials"));
}

#[test]
fn profiles_file_gives_the_default_region_and_inline_keys() {
    let home = tempfile::tempdir().expect("tempdir");
    write_profiles(
        &home,
        "default = \"shanghai\"\n[profiles.shanghai]\nprovider = \"aliyun\"\nregion = \"cn-shanghai\"\n\
         credentials = \"inline\"\naccess_key_id = \"LTAIinline\"\naccess_key_secret = \"inline-secret-value\"\n",
    );
    let file = example_file(&home, "aliyun.ehpc.CreateCluster");
    let printed = sign_json(&home, &["--api", "aliyun.ehpc.CreateCluster", file.to_str().expect("path")], &[]);
    assert!(printed["url"].as_str().is_some_and(|u| u.starts_with("https://ehpc.cn-shanghai.aliyuncs.com/?")));
    assert_eq!(verifies(&printed, Scheme::Acs3, &Credentials::new("LTAIinline", "inline-secret-value")), Ok(()));
    let moved = sign_json(
        &home,
        &["--api", "aliyun.ehpc.CreateCluster", file.to_str().expect("path"), "--region", "cn-beijing"],
        &[],
    );
    assert!(moved["url"].as_str().is_some_and(|u| u.starts_with("https://ehpc.cn-beijing.aliyuncs.com/?")));
    apiwizard(&home)
        .args(["sign", "--api", "aliyun.ehpc.CreateCluster", "--profile", "nope"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown profile \"nope\"; known profiles: sandbox, env, shanghai"));
    apiwizard(&home)
        .args(["sign", "--api", "huaweicloud.ecs.CreateServers", "--profile", "shanghai"])
        .arg(example_file(&home, "huaweicloud.ecs.CreateServers"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("profile shanghai is for Alibaba Cloud"));
}

#[test]
fn text_output_shows_the_request_and_how_it_was_signed() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = example_file(&home, "aliyun.batchcompute.CreateCluster");
    apiwizard(&home)
        .args(["sign", "--api", "aliyun.batchcompute.CreateCluster", "--date", DATE, "--nonce", "n"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("POST http://127.0.0.1:8642/clusters?IdempotentToken="))
        .stdout(predicate::str::contains("x-acs-date: 2024-05-01T08:00:00Z"))
        .stdout(predicate::str::contains("--- canonical request ---\nPOST\n/clusters\nIdempotentToken="))
        .stdout(predicate::str::contains("--- string to sign ---\nACS3-HMAC-SHA256\n"))
        .stdout(predicate::str::contains("Alibaba Cloud signature V3 (ACS3-HMAC-SHA256), profile sandbox"));
    apiwizard(&home)
        .args(["sign", "--api", "aliyun.batchcompute.CreateCluster", "--date", "soon"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an RFC 3339 time"));
}

#[test]
fn document_secrets_are_masked_in_every_spelling_unless_revealed_and_still_signed() {
    let home = tempfile::tempdir().expect("tempdir");
    let catalog = catalog();
    // Quotes, a slash and a plus: the JSON-escaped and percent-encoded spellings differ from the raw one.
    let secret = r#"Pw"9/x+Q#z"#;
    let escaped = serde_json::to_string(secret).expect("json");
    let escaped = escaped.trim_matches('"');
    let spellings = [
        secret.to_owned(),
        escaped.to_owned(),
        apiwizard::request::encode(secret),
        apiwizard::request::encode(escaped),
        serde_json::to_string(escaped).expect("json").trim_matches('"').to_owned(),
    ];
    let mut masked_apis = 0;
    for id in IDS {
        let spec = catalog.get(id).expect("spec");
        let mut doc = spec.examples[0].value.clone();
        // The secrets the probe found printed, whether or not the first example fills them.
        for at in [
            "/AdminPassword",
            "/server/adminPass",
            "/ClusterCredentials/Password",
            "/Configs/Mounts/OSS/AccessKeySecret",
            "/Configs/Mounts/OSS/SecurityToken",
        ] {
            if apiwizard::spec::schema_walk::field(&spec.request, at).is_some() {
                apiwizard::pointer::set(&mut doc, at, Value::String(String::new()));
            }
        }
        let secrets = apiwizard::spec::secrets::pointers(spec, &doc);
        for at in &secrets {
            apiwizard::pointer::set(&mut doc, at, Value::String(secret.to_owned()));
        }
        if secrets.is_empty() {
            continue;
        }
        masked_apis += 1;
        let file = home.path().join(format!("{id}.secret.json"));
        std::fs::write(&file, doc.to_string()).expect("write");
        let file = file.to_str().expect("path");
        let args = ["--api", id, file, "--profile", "sandbox"];
        let masked = sign_json(&home, &args, &[]);
        let text = apiwizard(&home)
            .arg("sign")
            .args(args)
            .args(["--date", DATE, "--nonce", "fixed-nonce"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(text).expect("utf-8");
        for shown in [masked.to_string(), text.clone()] {
            for spelling in &spellings {
                assert!(!shown.contains(spelling.as_str()), "{id} shows the secret as {spelling}:\n{shown}");
            }
            assert!(shown.contains(apiwizard::export::redact::MASK), "{id}: {shown}");
        }
        let revealed = sign_json(&home, &[&args[..], &["--reveal"]].concat(), &[]);
        assert!(revealed.to_string().contains(&spellings[4]) || revealed.to_string().contains(&spellings[3]), "{id}");
        assert_eq!(masked["authorization"], revealed["authorization"], "{id}: the signature covers the real values");
        let scheme = Scheme::for_style(spec.style);
        assert_eq!(verifies(&revealed, scheme, &sandbox_credentials()), Ok(()), "{id}");
    }
    assert_eq!(masked_apis, 4, "StarRocks, Huawei, E-HPC and BatchCompute have secrets");
}
