//! Form state: the document and parameters being built for one API, the user's choices between
//! alternatives, and the live validation result. Plain data and pure operations; no UI types.

mod alternatives;
mod edit;
mod kind;
mod rows;
mod steps;
mod undo;

pub use alternatives::Alternatives;
pub use edit::EditError;
pub use kind::FieldKind;
pub use rows::{Row, RowType};
pub use steps::{Step, View};
pub use undo::{History, Snapshot};

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::pointer;
use crate::spec::{Spec, schema_walk};
use crate::validate::{Engine, Violation};

/// What the last change touched, so views can redo only that part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    Everything,
    /// One top-level field of the document.
    Field(String),
    Params,
}

/// Where a value lives: an operation parameter, or a field of the document (by JSON pointer).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Param(String),
    Field(String),
}

pub struct FormState {
    spec: Arc<Spec>,
    pub document: Value,
    pub params: Map<String, Value>,
    /// Values of alternatives not chosen now, keyed by (object pointer, branch), so switching back
    /// restores them.
    stash: HashMap<(String, usize), Map<String, Value>>,
    /// The branch the user picked for each object with alternatives.
    choices: HashMap<String, usize>,
    violations: Vec<Violation>,
    /// Per top-level property (when the engine checks them apart): the last result, reused until
    /// an edit touches that property.
    part_violations: HashMap<String, Vec<Violation>>,
    param_violations: Vec<(String, Violation)>,
    param_engines: Vec<(String, Option<Engine>)>,
    steps: Vec<Step>,
    /// Bumped on every change, so views can cache what they derive from the document.
    revision: u64,
    touched: Touched,
}

impl FormState {
    /// A form with `document` and `params` loaded (e.g. empty, an example, a draft, an import).
    pub fn new(spec: Arc<Spec>, document: Value, params: Map<String, Value>) -> FormState {
        let param_engines =
            spec.params.iter().map(|p| (p.name.clone(), Engine::compile(&p.schema, spec.codes.clone()).ok())).collect();
        let steps = steps::derive(&spec);
        let mut form = FormState {
            document: if document.is_object() { document } else { Value::Object(Map::new()) },
            params,
            stash: HashMap::new(),
            choices: HashMap::new(),
            violations: Vec::new(),
            part_violations: HashMap::new(),
            param_violations: Vec::new(),
            param_engines,
            steps,
            revision: 0,
            touched: Touched::Everything,
            spec,
        };
        form.revalidate();
        form
    }

    /// An empty form, with the defaults of required fields filled in.
    pub fn empty(spec: Arc<Spec>) -> FormState {
        let mut doc = Value::Object(Map::new());
        fill_required_defaults(&spec.request, &spec.request, "", &mut doc);
        FormState::new(spec, doc, Map::new())
    }

    /// Rebuilds every text the form holds (step titles, problem messages) in the current language,
    /// after the user switched it; values, choices and stashed alternatives stay as they are. Row
    /// labels, alternatives and choices are not held: they are read from the spec when asked for.
    pub fn relocalize(&mut self) {
        self.steps = steps::derive(&self.spec);
        self.revalidate();
    }

    pub fn spec(&self) -> &Arc<Spec> {
        &self.spec
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Changes with every edit, and is never the same for two forms (a replaced form cannot be
    /// mistaken for the old one by a cache keyed on it).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What the change that made the current revision touched.
    pub fn touched(&self) -> &Touched {
        &self.touched
    }

    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    pub fn param_violations(&self) -> &[(String, Violation)] {
        &self.param_violations
    }

    /// All problems: parameters first, then the document's.
    pub fn problem_count(&self) -> usize {
        self.violations.len() + self.param_violations.len()
    }

    /// Problems at a target or anywhere beneath it.
    pub fn problems_under(&self, target: &Target) -> Vec<&Violation> {
        match target {
            Target::Param(name) => self.param_violations.iter().filter(|(n, _)| n == name).map(|(_, v)| v).collect(),
            Target::Field(p) => self
                .violations
                .iter()
                .filter(|v| {
                    v.pointer == *p || (v.pointer.starts_with(p.as_str()) && v.pointer[p.len()..].starts_with('/'))
                })
                .collect(),
        }
    }

    /// Problems on one step.
    pub fn step_problems(&self, step: &Step) -> usize {
        match &step.view {
            View::Params => self.param_violations.len(),
            View::Basics(fields) => fields.iter().map(|p| self.problems_under(&Target::Field(p.clone())).len()).sum(),
            View::Container(p) => self.problems_under(&Target::Field(p.clone())).len(),
        }
    }

    pub fn value(&self, target: &Target) -> Option<&Value> {
        match target {
            Target::Param(name) => self.params.get(name),
            Target::Field(p) => self.document.pointer(p),
        }
    }

    /// The schema of a target (a parameter's or a document field's).
    pub fn schema(&self, target: &Target) -> Option<&Value> {
        match target {
            Target::Param(name) => self.spec.params.iter().find(|p| &p.name == name).map(|p| &p.schema),
            Target::Field(p) => schema_walk::field(&self.spec.request, p),
        }
    }

    pub fn kind(&self, target: &Target) -> FieldKind {
        self.schema(target).map_or(FieldKind::RawJson, |s| FieldKind::of(&self.spec.request, s))
    }

    /// Document pointers the schema does not describe (kept, and shown as unknown).
    pub fn unknown_fields(&self) -> Vec<String> {
        let mut out = Vec::new();
        collect_unknown(&self.spec.request, &self.document, String::new(), &mut out);
        out
    }

    /// Re-runs all validation (a new document).
    fn revalidate(&mut self) {
        self.touched = Touched::Everything;
        self.part_violations.clear();
        self.revalidate_document(None);
        self.revalidate_params();
    }

    /// Re-runs validation after an edit at `target`: only the top-level property it lies in (and the
    /// root's own rules) when the engine checks properties apart.
    fn revalidate_touching(&mut self, target: &Target) {
        match target {
            Target::Param(_) => {
                self.revision = next_revision();
                self.touched = Touched::Params;
                self.revalidate_params();
            }
            Target::Field(p) => {
                let key = pointer::tokens(p).into_iter().next();
                self.revalidate_document(key.as_deref());
                self.touched = key.map_or(Touched::Everything, Touched::Field);
            }
        }
    }

    fn revalidate_document(&mut self, touched: Option<&str>) {
        self.revision = next_revision();
        let engine = match self.spec.engine() {
            Ok(engine) => engine,
            Err(e) => {
                self.violations =
                    vec![Violation { pointer: String::new(), code: "SpecError".into(), message: e.to_string() }];
                return;
            }
        };
        if !engine.is_partitioned() {
            self.violations = engine.validate(&self.document);
            return;
        }
        let mut all = engine.validate_root(&self.document);
        for key in engine.part_names() {
            if touched.is_none_or(|t| t == key) || !self.part_violations.contains_key(key) {
                let fresh = engine.validate_part(&self.document, key).unwrap_or_default();
                self.part_violations.insert(key.to_owned(), fresh);
            }
            all.extend(self.part_violations.get(key).into_iter().flatten().cloned());
        }
        self.violations = all;
    }

    fn revalidate_params(&mut self) {
        self.param_violations.clear();
        for (param, (name, engine)) in self.spec.params.iter().zip(&self.param_engines) {
            match self.params.get(name).filter(|v| !v.as_str().is_some_and(str::is_empty)) {
                None if param.required => self.param_violations.push((
                    name.clone(),
                    Violation {
                        pointer: String::new(),
                        code: self.spec.codes.missing.replace("{name}", name).replace("{path}", name),
                        message: crate::t!("engine-param-missing", name = name.as_str()),
                    },
                )),
                Some(value) => {
                    for mut v in engine.iter().flat_map(|e| e.validate(value)) {
                        v.message = v.message.replace(&crate::t!("engine-the-document"), name);
                        self.param_violations.push((name.clone(), v));
                    }
                }
                None => {}
            }
        }
    }
}

/// Fills in `default` values of required fields, recursively through required objects.
fn fill_required_defaults(root: &Value, node: &Value, at: &str, doc: &mut Value) {
    let node = schema_walk::resolve(root, node);
    let Some(required) = node.get("required").and_then(Value::as_array) else { return };
    for name in required.iter().filter_map(Value::as_str) {
        let child_at = pointer::child(at, name);
        let Some(child) = schema_walk::child(root, node, name) else { continue };
        if let Some(default) = child.get("default") {
            pointer::set(doc, &child_at, default.clone());
        } else if FieldKind::of(root, child) == FieldKind::Object {
            // The required object itself is there (empty), so its missing fields count from the start
            // rather than appearing all at once with the first key typed inside it.
            if doc.pointer(&child_at).is_none() {
                pointer::set(doc, &child_at, Value::Object(Map::new()));
            }
            fill_required_defaults(root, child, &child_at, doc);
        }
    }
}

fn collect_unknown(root: &Value, doc: &Value, at: String, out: &mut Vec<String>) {
    let Some(node) = schema_walk::field(root, &at) else {
        out.push(at);
        return;
    };
    if node.get("x-raw-json").and_then(Value::as_bool) == Some(true) {
        return;
    }
    match doc {
        Value::Object(map) => map.iter().for_each(|(k, v)| collect_unknown(root, v, pointer::child(&at, k), out)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| collect_unknown(root, v, format!("{at}/{i}"), out))
        }
        _ => {}
    }
}

/// A process-wide counter, so revisions are unique across forms.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod tests;
