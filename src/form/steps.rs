//! The wizard's steps, derived from the spec: the request parameters, the plain fields ("Basics"), then
//! one step per nested object, list or map — required ones first.

use serde_json::Value;

use super::FieldKind;
use crate::pointer;
use crate::spec::{Spec, schema_walk};

/// What a screen lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The operation's path, query and header parameters.
    Params,
    /// Plain fields gathered from the top of the document (pointers).
    Basics(Vec<String>),
    /// The children of one object, list or map in the document.
    Container(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub title: String,
    pub view: View,
    pub required: bool,
}

/// Object roots whose fields are spread over the steps: the document, and below it any single
/// required object that wraps the whole request (Huawei's `server`).
fn roots(spec: &Spec) -> Vec<String> {
    let root = &spec.request;
    let mut out = vec![String::new()];
    let mut at = String::new();
    while let Some(node) = schema_walk::field(root, &at) {
        let required: Vec<&str> =
            node.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let objects: Vec<&str> = required
            .iter()
            .copied()
            .filter(|name| {
                schema_walk::child(root, node, name).is_some_and(|c| FieldKind::of(root, c) == FieldKind::Object)
            })
            .collect();
        let [only] = objects[..] else { break };
        let props = node.get("properties").and_then(Value::as_object).map_or(0, |p| p.len());
        if props > 3 {
            break;
        }
        at = pointer::child(&at, only);
        out.push(at.clone());
    }
    out
}

/// Property names of an object schema (with those only named in branches), required ones first.
pub fn ordered_properties(root: &Value, node: &Value) -> Vec<(String, bool)> {
    let node = schema_walk::resolve(root, node);
    let mut names: Vec<String> =
        node.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect()).unwrap_or_default();
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in node.get(key).and_then(Value::as_array).into_iter().flatten() {
            let branch = schema_walk::resolve(root, branch);
            for (name, sub) in branch.get("properties").and_then(Value::as_object).into_iter().flatten() {
                // `false` or constraint-only entries in a branch are rules on existing fields.
                if !names.contains(name) && sub.get("type").is_some() {
                    names.push(name.clone());
                }
            }
        }
    }
    let mut out: Vec<(String, bool)> = names
        .into_iter()
        .map(|n| {
            let req = schema_walk::is_required(root, node, &n);
            (n, req)
        })
        .collect();
    out.sort_by_key(|(_, req)| !req);
    out
}

pub fn derive(spec: &Spec) -> Vec<Step> {
    let root = &spec.request;
    let roots = roots(spec);
    let mut steps = Vec::new();
    if !spec.params.is_empty() {
        steps.push(Step {
            title: crate::t!("engine-step-params"),
            view: View::Params,
            required: spec.params.iter().any(|p| p.required),
        });
    }
    let mut basics = Vec::new();
    let mut groups = Vec::new();
    for at in &roots {
        let Some(node) = schema_walk::field(root, at) else { continue };
        for (name, required) in ordered_properties(root, node) {
            let child_at = pointer::child(at, &name);
            if roots.contains(&child_at) {
                continue;
            }
            let Some(child) = schema_walk::child(root, node, &name) else { continue };
            if FieldKind::of(root, child).is_container() {
                groups.push(Step { title: name.clone(), view: View::Container(child_at), required });
            } else {
                basics.push((child_at, required));
            }
        }
    }
    basics.sort_by_key(|(_, req)| !req);
    if !basics.is_empty() {
        let required = basics.iter().any(|(_, r)| *r);
        steps.push(Step {
            title: crate::t!("engine-step-basics"),
            view: View::Basics(basics.into_iter().map(|(p, _)| p).collect()),
            required,
        });
    }
    groups.sort_by_key(|s| !s.required);
    steps.extend(groups);
    steps
}
