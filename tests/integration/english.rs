//! Finding English left in Chinese output: the one finder the CLI's, the engine's and the wizard's
//! Chinese tests use.

/// A Chinese character (a CJK ideograph), what a text must hold to count as Chinese.
pub fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A Chinese character or Chinese punctuation (`，。；：` and the other full-width forms).
pub fn is_chinese(c: char) -> bool {
    is_ideograph(c) || ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// The first run of three or more English words in `text`, if any, as `"is too long"`.
///
/// A word is ASCII letters, lower-case after the first (`create`, `Cluster`, `a`); names with
/// capitals inside (`RegionId`, `ECS`), codes, flags, placeholders and numbers are not words, nor is
/// anything in `names` (the spec's field names and values). A quoted string (`"…"`) is content, not
/// a sentence. Any other character than ASCII (Chinese, `·`, a box border), a line end or a gap of
/// two spaces (a column) ends a run. A spec text shown behind `〔未译〕` is passed over up to the next
/// Chinese character: the spec coverage test counts those.
pub fn english_run(text: &str, names: &[&str]) -> Option<String> {
    let mark: Vec<char> = apiwizard::i18n::UNTRANSLATED.chars().collect();
    let chars: Vec<char> = text.chars().collect();
    let mut run: Vec<String> = Vec::new();
    let mut token = String::new();
    // Ends the token at hand; true once the run is long enough.
    let flush = |token: &mut String, run: &mut Vec<String>| {
        let word = token.trim_matches(|c: char| ",.;:()[]'`!?".contains(c));
        let mut letters = word.chars();
        let is_word = letters.next().is_some_and(|c| c.is_ascii_alphabetic())
            && (word == "a" || (word.len() > 1 && letters.all(|c| c.is_ascii_lowercase())))
            && !names.contains(&word);
        if is_word {
            run.push(word.to_owned());
        } else if !token.is_empty() {
            run.clear();
        }
        token.clear();
        run.len() >= 3
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let gap = c == ' ' && chars.get(i + 1) == Some(&' ');
        if chars[i..].starts_with(&mark) || c == '"' || c == '\n' || gap || !c.is_ascii() {
            if flush(&mut token, &mut run) {
                break;
            }
            run.clear();
            if chars[i..].starts_with(&mark) {
                i += mark.len();
                while i < chars.len() && !is_chinese(chars[i]) {
                    i += 1;
                }
                continue;
            }
            if c == '"' {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
        } else if c == ' ' {
            if flush(&mut token, &mut run) {
                break;
            }
        } else {
            token.push(c);
        }
        i += 1;
    }
    flush(&mut token, &mut run);
    (run.len() >= 3).then(|| run.join(" "))
}

#[test]
fn the_finder_flags_english_sentences_and_passes_chinese_with_names_codes_and_values() {
    let names = ["ClusterName", "PostPaid", "Name"];
    let found = |text: &str| english_run(text, &names);
    assert_eq!(found("ClusterName is too long: it has 90 characters").as_deref(), Some("is too long"));
    assert_eq!(found("valid: the document passes every rule").as_deref(), Some("valid the document"));
    assert_eq!(found("Print the request as it would be sent").as_deref(), Some("Print the request"));
    assert!(found("✗ 1 problem is left before sending").is_some());
    assert!(found("帮助 · Not in the spec: kept as it was imported").is_some());
    assert!(found("a choice between alternatives").is_some());
    // A fallback shows as one, but English after the Chinese resumes is seen again.
    assert!(found("〔未译〕An image UUID；and this is English").is_some());
    for chinese in [
        "用法：apiwizard validate [OPTIONS] --api <API> [FILE]",
        "厂商 CLI：`aliyun <product> <Action> --Param …`，VS Code REST Client 和 JetBrains",
        "text 供人阅读，json 供程序读取",
        "集群名称 · 必填 · ECS StarRocks RegionId",
        "InvalidHpcClusterName.Malformed (400): 名称不合法",
        r#"  "Description": "my cluster","#,
        "Esc 或 Enter 关闭 · Ctrl-S 提交 · ? 帮助",
        "Alibaba Cloud   Huawei Cloud",
        "Name 为 \"some long value here\"；允许的值：\"PostPaid\"（按量付费）",
        "字段 ClusterName, PostPaid, Name 均可用",
        "server.name 为必填字段，但尚未填写；允许：〔未译〕A name of up to 64 characters",
        "Pay 不得包含 \"root\" (see \"x\")",
    ] {
        assert_eq!(found(chinese), None, "{chinese}");
    }
}
