//! `oneOf` alternatives on an object (key pair / password / image password; new / existing EIP):
//! which one is active, which fields it hides, and switching with the other branch's values stashed
//! so that switching back loses nothing.

use serde_json::{Map, Value};

use std::borrow::Cow;

use super::FormState;
use crate::i18n::spec_text;
use crate::spec::schema_walk;
use crate::t;
use crate::validate::message;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternatives {
    /// What is being chosen: the spec's `x-choice-title` ("Login method"), else the fields the
    /// branches decide between ("key_name, adminPass or neither").
    pub label: String,
    pub titles: Vec<String>,
    pub active: usize,
    required: Vec<Vec<String>>,
}

impl Alternatives {
    /// Fields the active branch does not use: required by another branch, not by this one.
    pub fn hidden_fields(&self) -> Vec<String> {
        let mine = &self.required[self.active];
        let mut out: Vec<String> = self
            .required
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != self.active)
            .flat_map(|(_, r)| r.iter().cloned())
            .filter(|f| !mine.contains(f))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect()
}

/// "Choose: eip or id", "Choose: key_name, adminPass or neither": the fields the branches set.
fn decided(required: &[Vec<String>]) -> String {
    let mut fields: Vec<String> = Vec::new();
    for f in required.iter().flatten() {
        if !fields.contains(f) {
            fields.push(f.clone());
        }
    }
    if required.iter().any(Vec::is_empty) {
        fields.push(t!("engine-neither"));
    }
    if fields.is_empty() {
        return t!("engine-choose-one");
    }
    t!("engine-choose", fields = message::or_list(&fields))
}

impl FormState {
    /// The alternatives of the object at `at`, if its schema has a titled `oneOf`.
    pub fn alternatives(&self, at: &str) -> Option<Alternatives> {
        let root = &self.spec().request;
        let node = schema_walk::field(root, at)?;
        let branches = node.get("oneOf")?.as_array()?;
        let branches: Vec<&Value> = branches.iter().map(|b| schema_walk::resolve(root, b)).collect();
        let titles: Vec<String> = branches
            .iter()
            .enumerate()
            .map(|(i, b)| spec_text(b, "title").map_or_else(|| t!("engine-option", number = i + 1), Cow::into_owned))
            .collect();
        let required: Vec<Vec<String>> = branches.iter().map(|b| names(b.get("required"))).collect();
        let label = spec_text(node, "x-choice-title").map_or_else(|| decided(&required), Cow::into_owned);
        let object = self.document.pointer(at).and_then(Value::as_object);
        let present = |fields: &Vec<String>| object.is_some_and(|o| fields.iter().all(|f| o.contains_key(f)));
        let active = self
            .choices
            .get(at)
            .copied()
            .filter(|i| *i < titles.len())
            .or_else(|| required.iter().position(|r| !r.is_empty() && present(r)))
            .or_else(|| required.iter().position(Vec::is_empty))
            .unwrap_or(0);
        Some(Alternatives { label, titles, active, required })
    }

    /// The objects of the document that have alternatives (`oneOf` with titles), outermost first.
    pub fn alternative_objects(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![String::new()];
        while let Some(at) = stack.pop() {
            if self.alternatives(&at).is_some() {
                out.push(at.clone());
            }
            if let Some(Value::Object(map)) = self.document.pointer(&at) {
                stack.extend(map.iter().filter(|(_, v)| v.is_object()).map(|(k, _)| crate::pointer::child(&at, k)));
            }
        }
        out.sort();
        out
    }

    /// Switches the object at `at` to branch `index`, stashing the fields the new branch hides and
    /// restoring what was stashed for it.
    pub fn choose_alternative(&mut self, at: &str, index: usize) {
        let Some(mut alts) = self.alternatives(at) else { return };
        if index >= alts.titles.len() {
            return;
        }
        let old = alts.active;
        alts.active = index;
        let hide = alts.hidden_fields();
        if self.document.pointer(at).is_none() {
            crate::pointer::set(&mut self.document, at, Value::Object(Map::new()));
        }
        if let Some(Value::Object(object)) = self.document.pointer_mut(at) {
            let stash = self.stash.entry((at.to_owned(), old)).or_default();
            for field in &hide {
                if let Some(v) = object.shift_remove(field) {
                    stash.insert(field.clone(), v);
                }
            }
            if let Some(back) = self.stash.remove(&(at.to_owned(), index)) {
                for (k, v) in back {
                    object.insert(k, v);
                }
            }
        }
        self.choices.insert(at.to_owned(), index);
        self.revalidate_touching(&super::Target::Field(at.to_owned()));
    }
}
