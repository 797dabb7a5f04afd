//! The command line in Chinese and English, through the real binary: how the language is chosen,
//! `validate` in both (text and JSON), the help with no English sentence left, a bad `--lang`, clap's
//! refusals, and a Chinese `submit` to a `serve` process.

use serde_json::Value;

use crate::english::english_run;
use crate::support::{Served, apiwizard, apiwizard_process, example_file};

const API: &str = "aliyun.ecs.CreateHpcCluster";

fn invalid_file(home: &tempfile::TempDir) -> std::path::PathBuf {
    let path = home.path().join("invalid.json");
    std::fs::write(&path, r#"{"Name": 5}"#).expect("write");
    path
}

/// `validate`'s output for the invalid document, run with `args` before the command and `env`.
fn validate(home: &tempfile::TempDir, args: &[&str], env: &[(&str, &str)], format: &str) -> (String, i32) {
    let file = invalid_file(home);
    let mut command = apiwizard(home);
    command.args(args).args(["validate", "--api", API, "--format", format]).arg(&file);
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("runs");
    (String::from_utf8_lossy(&output.stdout).into_owned(), output.status.code().unwrap_or(-1))
}

#[test]
fn validate_text_puts_a_chinese_sentence_around_the_unchanged_provider_codes() {
    let home = tempfile::tempdir().expect("home");
    let (english, code) = validate(&home, &[], &[], "text");
    assert_eq!(code, 1, "{english}");
    assert!(english.starts_with(&format!("invalid: 2 problems in the {API} document\n")), "{english}");
    let (chinese, code) = validate(&home, &["--lang", "zh"], &[], "text");
    assert_eq!(code, 1, "{chinese}");
    assert!(chinese.starts_with(&format!("无效：{API} 文档中有 2 个问题\n")), "{chinese}");
    for code in ["[MissingParameter]", "[InvalidHpcClusterName.Malformed]", "/RegionId", "/Name"] {
        assert!(english.contains(code) && chinese.contains(code), "{code} in both:\n{english}\n{chinese}");
    }
}

/// Every key of `value`, with where it is (array items share their array's place).
fn keys(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                out.push(format!("{at}/{k}"));
                keys(v, &format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, &format!("{at}/*"), out)),
        _ => {}
    }
}

#[test]
fn validate_json_keeps_its_english_keys_and_codes_and_only_the_messages_follow_the_language() {
    let home = tempfile::tempdir().expect("home");
    let parse = |text: &str| serde_json::from_str::<Value>(text).expect("json");
    let english = parse(&validate(&home, &[], &[], "json").0);
    let chinese = parse(&validate(&home, &["--lang", "zh"], &[], "json").0);
    let (mut en_keys, mut zh_keys) = (Vec::new(), Vec::new());
    keys(&english, "", &mut en_keys);
    keys(&chinese, "", &mut zh_keys);
    assert_eq!(en_keys, zh_keys);
    assert!(en_keys.contains(&"/errors/*/message".to_owned()), "{en_keys:?}");
    let errors = |v: &Value| v["errors"].as_array().cloned().unwrap_or_default();
    assert_eq!(errors(&english).len(), 2);
    for (en, zh) in errors(&english).iter().zip(errors(&chinese).iter()) {
        assert_eq!((&en["code"], &en["pointer"]), (&zh["code"], &zh["pointer"]));
        let message = zh["message"].as_str().unwrap_or_default();
        assert!(message.chars().any(crate::english::is_ideograph), "not Chinese: {message}");
        assert_eq!(english_run(message, &[]), None, "English left in: {message}");
    }
}

fn help(home: &tempfile::TempDir, args: &[&str]) -> String {
    let output = apiwizard(home).args(args).output().expect("runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_help_of_the_tool_and_of_validate_holds_no_english_sentence_in_chinese() {
    let home = tempfile::tempdir().expect("home");
    for args in
        [&["--lang", "zh", "--help"][..], &["validate", "--help", "--lang", "zh"], &["--lang=zh", "export", "--help"]]
    {
        let text = help(&home, args);
        assert!(text.contains("用法：apiwizard") && text.contains("选项:"), "{args:?}:\n{text}");
        assert_eq!(english_run(&text, &[]), None, "{args:?}:\n{text}");
    }
    // The same help in English is full of sentences: the detector is not blind.
    assert!(english_run(&help(&home, &["validate", "--help"]), &[]).is_some());
}

/// The language `validate` answered in, read from its first line.
fn language(home: &tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> &'static str {
    let (text, _) = validate(home, args, env, "text");
    if text.starts_with("无效：") {
        "zh"
    } else if text.starts_with("invalid:") {
        "en"
    } else {
        panic!("neither language: {text}")
    }
}

#[test]
fn the_flag_beats_the_variable_which_beats_the_locale_and_lc_all_beats_lang() {
    let home = tempfile::tempdir().expect("home");
    let zh_locale = ("LANG", "zh_CN.UTF-8");
    assert_eq!(language(&home, &[], &[]), "en");
    assert_eq!(language(&home, &[], &[zh_locale]), "zh");
    assert_eq!(language(&home, &[], &[("APIWIZARD_LANG", "en"), zh_locale]), "en");
    assert_eq!(language(&home, &["--lang", "en"], &[("APIWIZARD_LANG", "zh"), zh_locale]), "en");
    assert_eq!(language(&home, &["--lang", "zh"], &[("APIWIZARD_LANG", "en")]), "zh");
    assert_eq!(language(&home, &[], &[("LC_ALL", "en_US.UTF-8"), zh_locale]), "en");
    assert_eq!(language(&home, &[], &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]), "zh");
}

#[test]
fn a_bad_lang_exits_2_naming_the_values_that_work_in_the_language_the_rest_gives() {
    let home = tempfile::tempdir().expect("home");
    let output = apiwizard(&home).args(["--lang", "fr", "list"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("\"fr\"") && stderr.contains("zh") && stderr.contains("en"), "{stderr}");
    let output = apiwizard(&home).args(["list", "--lang=fr"]).env("LANG", "zh_CN.UTF-8").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("“fr”不是本工具支持的语言") && stderr.contains("zh（中文）"), "{stderr}");
}

#[test]
fn clap_refusals_are_chinese_and_name_what_was_wrong() {
    let home = tempfile::tempdir().expect("home");
    let output = apiwizard(&home).args(["--lang", "zh", "validate", "--apii", API]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("错误：无法识别的参数“--apii”"), "{stderr}");
    assert!(stderr.contains("“--api”") && stderr.contains("用法：apiwizard validate"), "{stderr}");
    assert_eq!(english_run(&stderr, &[]), None, "{stderr}");
    let output = apiwizard(&home).args(["--lang", "zh", "validate"]).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("缺少以下必填参数：--api <API>"), "{stderr}");
}

#[test]
fn a_chinese_submit_to_a_serve_process_reports_in_chinese() {
    let home = tempfile::tempdir().expect("home");
    // serve in Chinese too: its first line still ends with the address clients use.
    let mut serve = apiwizard_process(&home);
    serve.args(["serve", "--addr", "127.0.0.1:0"]).env("LANG", "zh_CN.UTF-8");
    let served = Served::spawn(serve);
    let file = example_file(&home, API);
    let output = apiwizard(&home)
        .args(["--lang", "zh", "submit", "--api", API, "--endpoint", &served.url])
        .arg(&file)
        .output()
        .expect("runs");
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stderr.contains("用配置（profile）sandbox 签名"), "{stderr}");
    assert!(stdout.starts_with("应答：200\n") && stdout.contains("已创建："), "{stdout}");
    assert!(stdout.contains("历史记录："), "{stdout}");
    assert_eq!(english_run(&stderr, &[]), None, "{stderr}");
    // The lines we write (not the server's JSON answer, which stays as the provider sends it).
    let ours: Vec<&str> = stdout.lines().filter(|l| !l.starts_with([' ', '{', '}'])).collect();
    assert_eq!(english_run(&ours.join("\n"), &[]), None, "{stdout}");
}
