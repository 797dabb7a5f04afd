//! Every API's documented examples, broken on purpose (a required field removed, a value too long,
//! not one of the allowed, of the wrong form), checked in Chinese: every message reads Chinese, and
//! the codes and pointers are exactly those of the English run.

use std::collections::BTreeSet;
use std::sync::Arc;

use apiwizard::form::FormState;
use apiwizard::i18n::{self, Lang};
use apiwizard::pointer;
use apiwizard::spec::{Spec, schema_walk};
use apiwizard::validate::Violation;
use serde_json::{Map, Value};

use super::english::{english_run, is_chinese};
use super::support::catalog;

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
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
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
                    assert!(v.message.chars().any(is_chinese), "{what}: {v:?} is not Chinese");
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
