//! Every API's documented examples, broken on purpose (a required field removed, a value too long,
//! not one of the allowed, of the wrong form), checked in Chinese: every message reads Chinese, and
//! the codes and pointers are exactly those of the English run.

use std::collections::BTreeSet;
use std::sync::Arc;

use apiwizard::form::FormState;
use apiwizard::i18n::{self, Lang, UNTRANSLATED};
use apiwizard::pointer;
use apiwizard::spec::{Spec, schema_walk};
use apiwizard::validate::Violation;
use serde_json::{Map, Value};

use super::support::catalog;

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// The first run of three English words in `text`, outside quoted values, names the spec gives
/// (`names`: fields, enum values) and the spec's own texts still waiting for their Chinese (shown
/// behind `〔未译〕`, which the spec coverage test counts). `None` when there is none.
fn english_run(text: &str, names: &BTreeSet<String>) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mark: Vec<char> = UNTRANSLATED.chars().collect();
    let mut run: Vec<String> = Vec::new();
    let mut token = String::new();
    // Ends the token at hand: a word lengthens the run, anything else (a number, a path) ends it.
    let flush = |token: &mut String, run: &mut Vec<String>| {
        let word = token.trim_end_matches([',', ';', ':', '.', '!', '?', ')']).trim_start_matches('(');
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic()) && !names.contains(word) {
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
        if chars[i..].starts_with(&mark) {
            if flush(&mut token, &mut run) {
                break;
            }
            i += mark.len();
            while i < chars.len() && !is_cjk(chars[i]) {
                i += 1;
            }
            run.clear();
            continue;
        }
        if c == '"' {
            if flush(&mut token, &mut run) {
                break;
            }
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            run.clear();
            continue;
        }
        if c.is_whitespace() || is_cjk(c) {
            if flush(&mut token, &mut run) {
                break;
            }
            if is_cjk(c) {
                run.clear();
            }
        } else {
            token.push(c);
        }
        i += 1;
    }
    flush(&mut token, &mut run);
    (run.len() >= 3).then(|| run.join(" "))
}

/// The kinds of break every API's examples get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    Missing,
    TooLong,
    BadEnum,
    BadPattern,
}

/// Every scalar in `value` with its pointer.
fn leaves(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| leaves(v, pointer::child(&at, k), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        scalar => out.push((at, scalar.clone())),
    }
}

/// The first place of `document` where `kind` can be broken, and the document broken there.
fn broken(spec: &Spec, document: &Value, kind: Break) -> Option<(String, Value)> {
    let root = &spec.request;
    let mut found = Vec::new();
    leaves(document, String::new(), &mut found);
    found.into_iter().find_map(|(at, value)| {
        let node = schema_walk::resolve(root, schema_walk::field(root, &at)?);
        let mut doc = document.clone();
        match kind {
            Break::Missing => {
                let (parent, name) = pointer::split_last(&at)?;
                let parent_node = schema_walk::field(root, parent)?;
                schema_walk::is_required(root, parent_node, &name).then_some(())?;
                pointer::remove(&mut doc, &at)?;
            }
            Break::TooLong => {
                let max = node.get("maxLength")?.as_u64()? as usize;
                value.is_string().then_some(())?;
                pointer::set(&mut doc, &at, Value::String("x".repeat(max + 1)));
            }
            Break::BadEnum => {
                node.get("enum")?;
                pointer::set(&mut doc, &at, Value::String("NotAValue".into()));
            }
            Break::BadPattern => {
                (node.get("pattern").is_some() && node.get("enum").is_none() && value.is_string()).then_some(())?;
                // A pattern may allow much (any printable text): the first of these it refuses.
                let engine = spec.engine().ok()?;
                let refused = ["@@ !!", "中文", "\u{7}"].into_iter().find(|bad| {
                    let mut trial = doc.clone();
                    pointer::set(&mut trial, &at, Value::String((*bad).into()));
                    engine.validate(&trial).iter().any(|v| v.pointer == at)
                })?;
                pointer::set(&mut doc, &at, Value::String(refused.into()));
            }
        }
        Some((at, doc))
    })
}

/// Every name a spec gives that a message may quote: field and parameter names, enum values.
fn names(spec: &Spec) -> BTreeSet<String> {
    fn walk(node: &Value, out: &mut BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                for (key, child) in map {
                    match (key.as_str(), child) {
                        ("properties", Value::Object(props)) => out.extend(props.keys().cloned()),
                        ("enum" | "required", Value::Array(values)) => {
                            out.extend(values.iter().map(apiwizard::request::scalar_text))
                        }
                        _ => {}
                    }
                    walk(child, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out: BTreeSet<String> = spec.params.iter().map(|p| p.name.clone()).collect();
    walk(&spec.request, &mut out);
    out
}

/// A form's problems in `lang`: the parameters' and the document's.
fn problems(spec: &Arc<Spec>, lang: Lang, document: &Value, params: &Map<String, Value>) -> Vec<Violation> {
    i18n::set_thread(lang);
    let form = FormState::new(spec.clone(), document.clone(), params.clone());
    let mut out: Vec<Violation> = form.param_violations().iter().map(|(_, v)| v.clone()).collect();
    out.extend(form.violations().iter().cloned());
    i18n::set_thread(Lang::En);
    out
}

fn place(problems: &[Violation]) -> Vec<(&str, &str)> {
    problems.iter().map(|v| (v.pointer.as_str(), v.code.as_str())).collect()
}

#[test]
fn every_apis_broken_examples_read_in_chinese_with_the_english_codes_and_pointers() {
    let catalog = catalog();
    for spec in catalog.specs().iter() {
        let names = names(spec);
        let mut kinds = BTreeSet::new();
        assert!(!spec.examples.is_empty(), "{}: no documented example", spec.id);
        for example in &spec.examples {
            let mut all = example.value.clone();
            let mut broken_at = Vec::new();
            for kind in [Break::Missing, Break::TooLong, Break::BadEnum, Break::BadPattern] {
                let Some((at, document)) = broken(spec, &example.value, kind) else { continue };
                kinds.insert(kind);
                let what = format!("{} / {} / {kind:?} at {at}", spec.id, example.name);
                let en = problems(spec, Lang::En, &document, &example.parameters);
                let zh = problems(spec, Lang::Zh, &document, &example.parameters);
                assert_eq!(place(&zh), place(&en), "{what}: codes and pointers differ between the languages");
                // The break is found, at its field or at an object holding it (an alternative, a rule).
                let covers = |v: &&Violation| at == v.pointer || at.starts_with(&format!("{}/", v.pointer));
                assert!(zh.iter().any(|v| covers(&v)), "{what}: not found: {zh:#?}");
                for v in &zh {
                    assert!(v.message.chars().any(is_cjk), "{what}: {v:?} is not Chinese");
                    assert_eq!(english_run(&v.message, &names), None, "{what}: English in {v:?}");
                }
                if matches!(kind, Break::Missing | Break::TooLong) {
                    let english = en.iter().find(|v| covers(v)).expect("the same problem in English");
                    assert!(english_run(&english.message, &names).is_some(), "{what}: the finder misses {english:?}");
                }
                broken_at.push(at.clone());
                all = match kind {
                    Break::Missing => broken(spec, &all, kind).map_or(all, |(_, d)| d),
                    _ => {
                        let value = document.pointer(&at).cloned().unwrap_or(Value::Null);
                        let mut next = all.clone();
                        pointer::set(&mut next, &at, value);
                        next
                    }
                };
            }
            // Every break at once: still the same problems in both languages, all of them Chinese.
            let en = problems(spec, Lang::En, &all, &example.parameters);
            let zh = problems(spec, Lang::Zh, &all, &example.parameters);
            assert_eq!(place(&zh), place(&en), "{} / {}: all breaks", spec.id, example.name);
            assert!(zh.len() >= broken_at.len().min(1), "{} / {}: {zh:#?}", spec.id, example.name);
            for v in &zh {
                assert_eq!(english_run(&v.message, &names), None, "{}: English in {v:?}", spec.id);
            }
        }
        assert!(kinds.len() >= 3, "{}: only {kinds:?} could be broken", spec.id);
    }
}

#[test]
fn the_english_finder_flags_an_english_sentence_and_passes_chinese_with_names_and_values() {
    let names: BTreeSet<String> = ["ClusterName", "PostPaid", "Name"].map(String::from).into();
    assert_eq!(english_run("ClusterName is too long: it has 90 characters", &names).as_deref(), Some("is too long"));
    assert_eq!(english_run("the document must be a JSON object", &names).as_deref(), Some("the document must"));
    for chinese in [
        "ClusterName 太长：现有 90 个字符，最多允许 64 个",
        "Name 为 \"some long value here\"；允许的值：\"PostPaid\"（按量付费）",
        "字段 ClusterName, PostPaid, Name 均可用",
        "server.name 为必填字段，但尚未填写；允许：〔未译〕A name of up to 64 characters",
        "Pay 不得包含 \"root\" (see \"x\")",
    ] {
        assert_eq!(english_run(chinese, &names), None, "{chinese}");
    }
    // A fallback shows as one, but English after the Chinese resumes is seen again.
    assert!(english_run("〔未译〕An image UUID；and this is English", &names).is_some());
}
