//! What one validation may cost: a document over a documented count limit (`maxItems`,
//! `maxProperties`) is refused on that limit before its items are looked at, and the problems
//! listed are capped, the rest counted by kind in one closing line.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use super::{Violation, codes};
use crate::spec::{Codes, schema_walk};
use crate::{pointer, t};

/// At most this many problems are listed for one check (a document, or one top-level field the
/// wizard re-checks); the rest are counted.
pub const MAX_PROBLEMS: usize = 100;

/// The documented count limits that `value` (at `prefix`, described by `node` of schema `root`)
/// breaks. A list or object over its limit is not entered, so its items cost nothing; with
/// `descend` false only `value` itself is looked at.
pub fn over_counts(
    root: &Value,
    node: &Value,
    codes: &Codes,
    value: &Value,
    prefix: &str,
    descend: bool,
) -> Vec<Violation> {
    let mut out = Vec::new();
    walk(root, schema_walk::resolve(root, node), codes, value, prefix, descend, &mut out);
    out
}

fn walk(root: &Value, node: &Value, codes: &Codes, value: &Value, at: &str, descend: bool, out: &mut Vec<Violation>) {
    let (count, keyword) = match value {
        Value::Array(items) => (items.len(), "maxItems"),
        Value::Object(map) => (map.len(), "maxProperties"),
        _ => return,
    };
    let branches = schema_walk::branches(root, node);
    let limit = branches.iter().find_map(|b| Some((*b, b.get(keyword)?.as_u64()?)));
    if let Some((limited, max)) = limit.filter(|(_, max)| count as u64 > *max) {
        let (field, max) = (pointer::label(at), max.to_string());
        let message = match value {
            Value::Array(_) => t!("engine-over-items", field = field, count = count, max = max),
            _ => t!("engine-over-entries", field = field, count = count, max = max),
        };
        out.push(Violation {
            pointer: at.to_owned(),
            code: codes::invalid(codes, Some(limited), Some(node), at),
            message,
        });
        return;
    }
    if !descend {
        return;
    }
    match value {
        Value::Array(items) => {
            // One item schema for all, unless the list gives positions their own (prefixItems).
            let same =
                branches.iter().all(|b| b.get("prefixItems").is_none()).then(|| schema_walk::child(root, node, "0"));
            for (i, item) in items.iter().enumerate().filter(|(_, v)| v.is_array() || v.is_object()) {
                let schema = match same {
                    Some(schema) => schema,
                    None => schema_walk::child(root, node, &i.to_string()),
                };
                if let Some(schema) = schema {
                    walk(root, schema, codes, item, &format!("{at}/{i}"), true, out);
                }
            }
        }
        Value::Object(map) => {
            for (key, child) in map.iter().filter(|(_, v)| v.is_array() || v.is_object()) {
                if let Some(schema) = schema_walk::child(root, node, key) {
                    walk(root, schema, codes, child, &pointer::child(at, key), true, out);
                }
            }
        }
        _ => {}
    }
}

/// The problems of one check: the first `MAX_PROBLEMS` distinct ones, and a count of the rest by
/// the schema keyword that found them.
#[derive(Default)]
pub struct Problems {
    shown: Vec<Violation>,
    seen: HashSet<Violation>,
    omitted: BTreeMap<String, usize>,
}

impl Problems {
    pub fn is_full(&self) -> bool {
        self.shown.len() >= MAX_PROBLEMS
    }

    /// Adds one problem, found by `keyword`; past the cap it is only counted.
    pub fn push(&mut self, violation: Violation, keyword: &str) {
        if self.is_full() {
            self.omit(keyword, 1);
        } else if self.seen.insert(violation.clone()) {
            self.shown.push(violation);
        }
    }

    /// Counts `n` problems found by `keyword` without listing them.
    pub fn omit(&mut self, keyword: &str, n: usize) {
        *self.omitted.entry(keyword.to_owned()).or_default() += n;
    }

    /// The listed problems, closed by one line saying how many more there are, of which kinds.
    pub fn finish(mut self, codes: &Codes, at: &str) -> Vec<Violation> {
        let more: usize = self.omitted.values().sum();
        if more > 0 {
            let kinds: Vec<String> = self.omitted.iter().map(|(k, n)| format!("{n} {k}")).collect();
            self.shown.push(Violation {
                pointer: at.to_owned(),
                code: codes::invalid(codes, None, None, at),
                message: t!("engine-more", more = more, kinds = self.omitted.len(), counts = crate::i18n::join(&kinds)),
            });
        }
        self.shown
    }
}
