//! Every kind of problem in Chinese: the same codes and pointers as in English, the spec's Chinese
//! rule, enum meanings and alternatives' titles quoted, and no English sentence around them.

use serde_json::{Value, json};

use super::Violation;
use crate::i18n::{self, Lang};
use crate::spec::Spec;

/// A small API whose texts are all translated, so every message can be read in full Chinese.
fn spec() -> Spec {
    let document = json!({
        "x-api-id": "t.lang.Create", "x-style": "roa",
        "paths": {"/t": {"post": {"requestBody": {"content": {"application/json": {}}},
            "x-codes": {"missing": "Missing{name}", "invalid": "Invalid{name}"}}}},
        "components": {"schemas": {"Request": {
            "type": "object", "required": ["Name", "Pay"], "additionalProperties": false,
            "properties": {
                "Name": {"type": "string", "maxLength": 8, "minLength": 2, "pattern": "^[a-z]+$",
                    "x-code": "InvalidName.Malformed", "x-rule": "lowercase letters, 2 to 8 of them",
                    "x-zh": {"x-rule": "小写字母，2 到 8 个"}},
                "Pay": {"type": "string", "enum": ["PostPaid", "PrePaid"],
                    "x-enum-descriptions": {"PostPaid": "pay-as-you-go", "PrePaid": "subscription"},
                    "x-zh": {"x-enum-descriptions": {"PostPaid": "按量付费", "PrePaid": "包年包月"}}},
                "Count": {"type": "integer", "minimum": 1, "maximum": 5, "x-rule": "1 to 5 nodes",
                    "x-zh": {"x-rule": "1 到 5 个节点"}},
                "Login": {"type": "object",
                    "properties": {"Key": {"type": "string"},
                        "Password": {"type": "string", "x-password": {"min_classes": 3, "special": "!@"}}},
                    "oneOf": [
                        {"title": "Key pair", "required": ["Key"], "x-zh": {"title": "密钥对"}},
                        {"title": "Password", "required": ["Password"], "x-zh": {"title": "密码"}}]},
                "Tags": {"type": "array", "maxItems": 2, "items": {"type": "string", "maxLength": 3}},
                "Secret": {"type": "string", "x-forbid-words": {"words": ["root"], "reversed": true}},
                "Data": {"type": "string", "x-decoded-max-bytes": 2},
                "Conf": {"type": "string", "x-json-string": true},
                "At": {"type": "string", "x-time-window": {"min_minutes_ahead": 30}}
            }}}}
    });
    Spec::from_document("t.json", document).expect("a valid spec")
}

/// The problems of `document` in `lang`.
fn problems(spec: &Spec, lang: Lang, document: &Value) -> Vec<Violation> {
    i18n::set_thread(lang);
    let out = spec.engine().expect("compiles").validate(document);
    i18n::set_thread(Lang::En);
    out
}

/// The English words of `text` outside quotes, minus the names the spec gives (fields, values).
fn english_words(text: &str, names: &[&str]) -> Vec<String> {
    let mut quoted = false;
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c == '"' {
            quoted = !quoted;
        }
        if !quoted && c.is_ascii_alphabetic() {
            word.push(c);
        } else if !word.is_empty() {
            if !names.contains(&word.as_str()) {
                out.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    out
}

/// Each document breaks one kind of rule (or several); `expect` holds what its Chinese message says.
fn cases() -> Vec<(Value, &'static str, Vec<&'static str>)> {
    vec![
        (json!({"Pay": "PostPaid"}), "/Name", vec!["Name 为必填字段，但尚未填写"]),
        (json!({"Name": "abcdefghij", "Pay": "PostPaid"}), "/Name", vec!["太长", "10 个字符", "小写字母，2 到 8 个"]),
        (json!({"Name": "a", "Pay": "PostPaid"}), "/Name", vec!["太短", "小写字母，2 到 8 个"]),
        (
            json!({"Name": "ABC", "Pay": "PostPaid"}),
            "/Name",
            vec!["Name 的格式不对（\"ABC\"）；允许：小写字母，2 到 8 个"],
        ),
        (json!({"Name": "abc", "Pay": "Free"}), "/Pay", vec!["\"PostPaid\"（按量付费）", "\"PrePaid\"（包年包月）"]),
        (json!({"Name": "abc", "Pay": "PrePaid", "Count": 9}), "/Count", vec!["高于最大值 5", "1 到 5 个节点"]),
        (json!({"Name": "abc", "Pay": "PrePaid", "Count": "x"}), "/Count", vec!["必须是整数", "字符串"]),
        (json!({"Name": "abc", "Pay": "PrePaid", "Login": {}}), "/Login", vec!["不符合任何一个选项", "密钥对、密码"]),
        (
            json!({"Name": "abc", "Pay": "PrePaid", "Login": {"Password": "abcdef"}}),
            "/Login/Password",
            vec!["只用了 1 类字符", "大写字母、小写字母、数字、特殊字符（!@）"],
        ),
        (json!({"Name": "abc", "Pay": "PrePaid", "Other": 1}), "/Other", vec!["不是文档中定义的字段"]),
        (json!({"Name": "abc", "Pay": "PrePaid", "Tags": ["a", "b", "c"]}), "/Tags", vec!["现有 3 项，最多允许 2 项"]),
        (json!({"Name": "abc", "Pay": "PrePaid", "Tags": ["abcd"]}), "/Tags/0", vec!["Tags[0] 太长"]),
        (json!([1]), "", vec!["请求体必须是 JSON 对象，而它是数组（[1]）"]),
        (
            json!({"Name": "abc", "Pay": "PrePaid", "Secret": "toorx"}),
            "/Secret",
            vec!["Secret 不得包含倒写的 \"root\"（\"toor\"）"],
        ),
        (json!({"Name": "abc", "Pay": "PrePaid", "Data": "!!"}), "/Data", vec!["Data 不是有效的 base64"]),
        (
            json!({"Name": "abc", "Pay": "PrePaid", "Data": "YWJjZA=="}),
            "/Data",
            vec!["解码后为 4 字节；编码前最多允许 2 字节"],
        ),
        (
            json!({"Name": "abc", "Pay": "PrePaid", "Conf": "{\"a\": }"}),
            "/Conf",
            vec!["Conf 必须是有效的 JSON：第 1 行第 7 列：此处应为一个值"],
        ),
        (
            json!({"Name": "abc", "Pay": "PrePaid", "At": "2000-01-01T00:00:00Z"}),
            "/At",
            vec!["At 必须至少在 30 分钟之后"],
        ),
        (json!({"Name": "abc", "Pay": "PrePaid", "At": "tomorrow"}), "/At", vec!["At 不是 ISO 8601 UTC 时间"]),
    ]
}

#[test]
fn every_kind_of_problem_reads_in_chinese_with_the_english_codes_and_pointers() {
    let spec = spec();
    // Field names, and the terms a Chinese sentence keeps as they are (JSON, base64 and its alphabet, ISO times).
    let names = ["Name", "Pay", "Count", "Login", "Key", "Password", "Tags", "Other", "Secret", "Data", "Conf", "At"]
        .into_iter()
        .chain(["JSON", "ISO", "UTC", "T", "Z", "base", "A", "a", "z"])
        .collect::<Vec<_>>();
    for (document, at, expect) in cases() {
        let en = problems(&spec, Lang::En, &document);
        let zh = problems(&spec, Lang::Zh, &document);
        let key = |v: &[Violation]| v.iter().map(|v| (v.pointer.clone(), v.code.clone())).collect::<Vec<_>>();
        assert_eq!(key(&zh), key(&en), "{document}");
        let problem =
            zh.iter().find(|v| v.pointer == at).unwrap_or_else(|| panic!("{document}: nothing at {at}: {zh:?}"));
        for part in expect {
            assert!(problem.message.contains(part), "{document}: {:?} lacks {part:?}", problem.message);
        }
        for v in &zh {
            assert!(crate::i18n::tests::is_chinese(&v.message) && !v.message.contains(i18n::UNTRANSLATED), "{v:?}");
            assert_eq!(english_words(&v.message, &names), Vec::<String>::new(), "{v:?}");
        }
        let english = en.iter().find(|v| v.pointer == at).expect("the same problem in English");
        assert!(!crate::i18n::tests::is_chinese(&english.message), "{english:?}");
    }
}

#[test]
fn the_english_word_finder_sees_an_english_sentence_and_not_names_or_quoted_values() {
    assert_eq!(english_words("Name is too long", &["Name"]), ["is", "too", "long"]);
    assert_eq!(english_words("Name 太长（\"some value\"）", &["Name"]), Vec::<String>::new());
}

#[test]
fn many_problems_close_with_one_line_counting_the_rest_in_chinese() {
    let mut document = json!({"Name": "abc", "Pay": "PrePaid"});
    // Over the cap: one unknown field per problem slot, and more.
    for i in 0..super::limits::MAX_PROBLEMS + 3 {
        document[format!("X{i}")] = json!(1);
    }
    let zh = problems(&spec(), Lang::Zh, &document);
    let more: Vec<&Violation> = zh.iter().filter(|v| v.message.starts_with("另有 ")).collect();
    assert_eq!(more.len(), 1, "{zh:?}");
    assert!(more[0].message.contains("3 个问题未列出，共 1 类（3 additionalProperties）"), "{:?}", more[0]);
    let en = problems(&spec(), Lang::En, &document);
    assert_eq!(en.iter().filter(|v| v.message.starts_with("and 3 more of the same kind,")).count(), 1, "{en:?}");
}
