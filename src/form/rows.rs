//! The rows a screen shows: the fields of an object, the items of a list, the keys of a map, the
//! parameters — each with its target, kind and whether it is required.

use serde_json::Value;

use super::{FieldKind, FormState, Target, View, steps};
use crate::pointer;
use crate::spec::schema_walk;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowType {
    Field,
    Item(usize),
    Key(String),
    /// The choice between an object's `oneOf` alternatives.
    Alternatives,
    /// "add an item / key" at the end of a list or map.
    Add,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub target: Target,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    pub row_type: RowType,
}

impl FormState {
    /// The rows of a view; `required_only` hides optional fields that hold no value.
    pub fn rows(&self, view: &View, required_only: bool) -> Vec<Row> {
        let root = &self.spec().request;
        let mut rows = match view {
            View::Params => self
                .spec()
                .params
                .iter()
                .map(|p| Row {
                    target: Target::Param(p.name.clone()),
                    label: p.name.clone(),
                    kind: FieldKind::of(root, &p.schema),
                    required: p.required,
                    row_type: RowType::Field,
                })
                .collect(),
            View::Basics(fields) => self.basics_rows(fields),
            View::Container(at) => self.container_rows(at),
        };
        if required_only {
            rows.retain(|r| r.required || r.row_type != RowType::Field || self.value(&r.target).is_some());
        }
        rows
    }

    /// Plain fields from the top objects; an object with alternatives gets its choice row first and
    /// only the fields of the chosen alternative.
    fn basics_rows(&self, fields: &[String]) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut parents: Vec<String> = Vec::new();
        for at in fields {
            let (parent, name) = pointer::split_last(at).map(|(p, n)| (p.to_owned(), n)).unwrap_or_default();
            let alternatives = self.alternatives(&parent);
            if !parents.contains(&parent) {
                parents.push(parent.clone());
                if let Some(a) = &alternatives {
                    rows.push(Row {
                        target: Target::Field(parent.clone()),
                        label: a.label.clone(),
                        kind: FieldKind::Choice,
                        required: true,
                        row_type: RowType::Alternatives,
                    });
                }
            }
            if !alternatives.is_some_and(|a| a.hidden_fields().contains(&name)) {
                rows.push(self.field_row(at));
            }
        }
        // Keep the choice rows at the top, in the order their objects come.
        rows.sort_by_key(|r| r.row_type != RowType::Alternatives);
        // Fields the spec does not know (an import's) get a row where they sit, to edit or remove.
        for parent in &parents {
            rows.extend(self.unknown_rows(parent));
        }
        rows
    }

    /// Rows for the keys of the object at `at` that its schema does not describe.
    fn unknown_rows(&self, at: &str) -> Vec<Row> {
        let Some(Value::Object(map)) = self.document.pointer(at) else { return Vec::new() };
        map.keys()
            .map(|k| pointer::child(at, k))
            .filter(|p| schema_walk::field(&self.spec().request, p).is_none())
            .map(|p| self.field_row(&p))
            .collect()
    }

    fn field_row(&self, at: &str) -> Row {
        let root = &self.spec().request;
        let name = pointer::split_last(at).map(|(_, n)| n).unwrap_or_default();
        let schema = schema_walk::field(root, at);
        // Required by the schema's own list, or — for rules the list does not hold (a condition, a
        // branch) — missing while the validator says so: the row, the help and the count agree.
        let required = pointer::split_last(at)
            .and_then(|(parent, _)| schema_walk::field(root, parent))
            .is_some_and(|parent| schema_walk::is_required(root, parent, &name))
            || (self.document.pointer(at).is_none() && self.violations().iter().any(|v| v.pointer == at));
        Row {
            target: Target::Field(at.to_owned()),
            label: name.clone(),
            kind: schema.map_or(FieldKind::RawJson, |s| FieldKind::of(root, s)),
            required,
            row_type: RowType::Field,
        }
    }

    fn container_rows(&self, at: &str) -> Vec<Row> {
        let root = &self.spec().request;
        let Some(node) = schema_walk::field(root, at) else { return Vec::new() };
        let target = Target::Field(at.to_owned());
        match FieldKind::of(root, node) {
            FieldKind::Object => {
                let mut rows = Vec::new();
                if let Some(a) = self.alternatives(at) {
                    rows.push(Row {
                        target: target.clone(),
                        label: a.label,
                        kind: FieldKind::Choice,
                        required: true,
                        row_type: RowType::Alternatives,
                    });
                }
                let hidden = self.alternatives(at).map(|a| a.hidden_fields()).unwrap_or_default();
                for (name, _) in steps::ordered_properties(root, node) {
                    if !hidden.contains(&name) {
                        rows.push(self.field_row(&pointer::child(at, &name)));
                    }
                }
                // Fields the schema does not know stay visible so nothing is dropped silently.
                rows.extend(self.unknown_rows(at));
                rows
            }
            FieldKind::Array => {
                let len = self.document.pointer(at).and_then(Value::as_array).map_or(0, Vec::len);
                let mut rows: Vec<Row> = (0..len)
                    .map(|i| Row {
                        row_type: RowType::Item(i),
                        label: format!("#{}", i + 1),
                        ..self.field_row(&format!("{at}/{i}"))
                    })
                    .collect();
                rows.push(Row {
                    target,
                    label: crate::t!("engine-add-item"),
                    kind: FieldKind::Array,
                    required: false,
                    row_type: RowType::Add,
                });
                rows
            }
            FieldKind::Map => {
                let keys: Vec<String> = self
                    .document
                    .pointer(at)
                    .and_then(Value::as_object)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                let mut rows: Vec<Row> = keys
                    .into_iter()
                    .map(|k| Row {
                        row_type: RowType::Key(k.clone()),
                        label: k.clone(),
                        ..self.field_row(&pointer::child(at, &k))
                    })
                    .collect();
                rows.push(Row {
                    target,
                    label: crate::t!("engine-add-key"),
                    kind: FieldKind::Map,
                    required: false,
                    row_type: RowType::Add,
                });
                rows
            }
            _ => Vec::new(),
        }
    }
}
