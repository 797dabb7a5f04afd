//! The coverage tests: no text a user reads, in the program or in a spec, lacks its other language.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::{FILES, Lang, TEXT_KEYS, has_message, parse_errors};

/// A Fluent file's messages: id → the variables its text uses.
fn messages(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let body = if line.starts_with([' ', '\t']) {
            line
        } else {
            let Some((id, rest)) = line.split_once('=') else { continue };
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
            rest
        };
        let Some(id) = &current else { continue };
        let vars = out.entry(id.clone()).or_default();
        for piece in body.split('$').skip(1) {
            let name: String =
                piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            if !name.is_empty() && !vars.contains(&name) {
                vars.push(name);
            }
        }
    }
    out.values_mut().for_each(|v| v.sort());
    out
}

fn all_messages(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (l, area, text) in FILES {
        if *l != lang {
            continue;
        }
        for (id, vars) in messages(text) {
            assert!(out.insert(id.clone(), vars).is_none(), "{id} is defined twice ({area}.ftl, {})", lang.code());
        }
    }
    out
}

/// Whether `text` holds a Chinese character (for every Chinese test of the library).
pub(crate) fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Whether an English text holds a word a Chinese reader would need translated (three letters or
/// more outside `{ … }` placeables; key names like `Ctrl-S` or `Esc` stay as they are).
fn has_english_word(text: &str) -> bool {
    let mut depth = 0;
    let mut run = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_ascii_lowercase() => {
                run += 1;
                if run >= 3 {
                    return true;
                }
            }
            _ => run = 0,
        }
    }
    false
}

#[test]
fn every_program_file_parses() {
    assert_eq!(parse_errors(), Vec::<String>::new());
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let en = all_messages(Lang::En);
    let zh = all_messages(Lang::Zh);
    let only = |a: &BTreeMap<String, Vec<String>>, b: &BTreeMap<String, Vec<String>>| {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect::<Vec<_>>()
    };
    assert_eq!(only(&en, &zh), Vec::<String>::new(), "in English only");
    assert_eq!(only(&zh, &en), Vec::<String>::new(), "in Chinese only");
    for (id, vars) in &en {
        assert_eq!(Some(vars), zh.get(id), "{id}: the two languages use different variables");
    }
}

#[test]
fn every_chinese_message_is_chinese() {
    let zh = all_messages(Lang::Zh);
    for (lang, _, text) in FILES {
        if *lang != Lang::Zh {
            continue;
        }
        for id in messages(text).keys() {
            let value = super::message_in(Lang::Zh, id, &[]);
            let english = super::message_in(Lang::En, id, &[]);
            assert!(
                is_chinese(&value) || !has_english_word(&english),
                "{id} reads {value:?} in Chinese, English words left untranslated"
            );
        }
    }
    assert!(!zh.is_empty());
}

/// Every `t!("id"…)` in the source, with the file it is in.
fn ids_in_source() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source");
                // Comments may show the macro; only code asks for a message.
                for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    let mut rest = line;
                    while let Some(at) = rest.find("t!(\"") {
                        let before = rest[..at].chars().next_back();
                        rest = &rest[at + 4..];
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        out.push((id, path.display().to_string()));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_the_code_names_exists_in_both_languages_and_every_message_is_used() {
    let used = ids_in_source();
    for (id, file) in &used {
        for lang in Lang::ALL {
            assert!(has_message(lang, id), "{file} asks for {id}, which {}.ftl files lack", lang.code());
        }
    }
    let unused: Vec<_> = all_messages(Lang::En).into_keys().filter(|id| !used.iter().any(|(u, _)| u == id)).collect();
    assert_eq!(unused, Vec::<String>::new(), "messages no code asks for");
}

/// Keys whose subtree holds no text a user reads: the Chinese itself, wire data, examples' values
/// and the spec author's own notes.
const NOT_SHOWN: &[&str] = &[
    "x-zh",
    "x-sandbox",
    "x-sdk",
    "x-sources",
    "x-notes",
    "value",
    "example",
    "x-parameters",
    "default",
    "enum",
    "const",
];

fn untranslated(node: &Value, at: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            let zh = map.get("x-zh");
            for key in TEXT_KEYS {
                let Some(en) = map.get(*key) else { continue };
                let twin = zh.and_then(|z| z.get(*key));
                match (en, twin) {
                    (Value::String(en), _) if en.is_empty() => {}
                    (Value::String(_), Some(Value::String(zh))) if is_chinese(zh) => {}
                    (Value::Object(meanings), Some(Value::Object(zh))) if *key == "x-enum-descriptions" => {
                        for value in meanings.keys() {
                            if !zh.get(value).and_then(Value::as_str).is_some_and(is_chinese) {
                                out.push(format!("{at}/{key}/{value}"));
                            }
                        }
                    }
                    (Value::String(_), _) => out.push(format!("{at}/{key}")),
                    (Value::Object(_), _) if *key == "x-enum-descriptions" => out.push(format!("{at}/{key}")),
                    _ => {}
                }
            }
            for (key, child) in map {
                // `examples` of a schema are values; the operation's `examples` are Example objects.
                let values = key == "examples" && child.is_array();
                if !NOT_SHOWN.contains(&key.as_str()) && !values {
                    untranslated(child, &format!("{at}/{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                untranslated(item, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_text_a_user_reads_in_every_spec_has_its_chinese() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/specs");
    let mut missing = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).expect("specs").flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        files += 1;
        let document: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("spec")).expect("json");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut out = Vec::new();
        untranslated(&document, "", &mut out);
        missing.extend(out.into_iter().map(|p| format!("{name}: {p}")));
    }
    assert_eq!(files, 5);
    let shown: Vec<_> = missing.iter().take(40).collect();
    assert!(missing.is_empty(), "{} texts lack their Chinese (x-zh), first ones:\n{shown:#?}", missing.len());
}

#[test]
fn lists_are_joined_as_each_language_writes_them() {
    super::set_thread(Lang::En);
    assert_eq!(super::join(&["a", "b"]), "a, b");
    super::set_thread(Lang::Zh);
    assert_eq!(super::join(&["a", "b", "c"]), "a、b、c");
}
