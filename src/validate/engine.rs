//! Compiling a spec's request schema once and turning validator errors into `Violation`s.

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::limits::{self, Problems};
use super::{Violation, codes, keywords, message};
use crate::pointer;
use crate::spec::{Codes, Spec, SpecError, schema_walk};

/// One compiled schema; `schema` is the one its fields and codes are looked up in.
struct Compiled {
    validator: Validator,
    schema: Value,
}

pub struct Engine {
    codes: Codes,
    /// The whole schema — or, when nothing at the root ties its properties together, only the root's
    /// own keywords, each property then checked by its own part so an edit re-checks one part.
    root: Compiled,
    parts: Vec<(String, Compiled)>,
}

/// Root keywords that only look at the root object itself (so properties can be checked apart).
const LOCAL_ROOT_KEYWORDS: &[&str] = &[
    "$defs",
    "components",
    "$id",
    "$schema",
    "$comment",
    "additionalProperties",
    "description",
    "required",
    "title",
    "type",
    "properties",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "examples",
    "default",
    "x-zh",
];

fn build(schema: &Value) -> Result<Validator, String> {
    keywords::register(jsonschema::options().with_draft(jsonschema::Draft::Draft202012).should_validate_formats(true))
        .build(schema)
        .map_err(|e| crate::t!("engine-schema-not-compile", error = e.to_string()))
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

impl Spec {
    /// The compiled engine for this spec, built on first use (never at start-up).
    pub fn engine(&self) -> Result<&Engine, SpecError> {
        self.engine_cell
            .get_or_init(|| Engine::compile(&self.request, self.codes.clone()))
            .as_ref()
            .map_err(|reason| SpecError::Invalid { file: self.id.clone(), reason: reason.clone() })
    }
}

impl Engine {
    pub fn compile(schema: &Value, codes: Codes) -> Result<Engine, String> {
        let props = schema.get("properties").and_then(Value::as_object);
        let separable = schema
            .as_object()
            .is_some_and(|root| root.keys().all(|k| k.starts_with("x-") || LOCAL_ROOT_KEYWORDS.contains(&k.as_str())));
        let Some(props) = props.filter(|p| separable && p.len() > 1) else {
            let root = Compiled { validator: build(schema)?, schema: schema.clone() };
            return Ok(Engine { codes, root, parts: Vec::new() });
        };
        // The root keeps its property names (for `additionalProperties`) but not their schemas.
        let mut stripped = schema.clone();
        stripped["properties"] = Value::Object(props.keys().map(|k| (k.clone(), Value::Bool(true))).collect());
        let root = Compiled { validator: build(&stripped)?, schema: schema.clone() };
        let mut parts = Vec::new();
        for (name, sub) in props {
            let mut part = match sub {
                Value::Object(_) => sub.clone(),
                other => serde_json::json!({"allOf": [other]}),
            };
            // Each part keeps the shared schemas its `$ref`s point into.
            for key in ["$defs", "$id", "components"] {
                if let Some(v) = schema.get(key) {
                    part[key] = v.clone();
                }
            }
            parts.push((name.clone(), Compiled { validator: build(&part)?, schema: part }));
        }
        Ok(Engine { codes, root, parts })
    }

    pub fn is_valid(&self, document: &Value) -> bool {
        self.root.validator.is_valid(document)
            && self.parts.iter().all(|(k, part)| document.get(k).is_none_or(|v| part.validator.is_valid(v)))
    }

    /// Every violation in `document`, in schema order, without duplicates.
    pub fn validate(&self, document: &Value) -> Vec<Violation> {
        let mut out = self.validate_root(document);
        for (key, _) in &self.parts {
            out.extend(self.validate_part(document, key).unwrap_or_default());
        }
        out
    }

    /// Whether the document's top-level properties are checked apart (see `validate_part`).
    pub fn is_partitioned(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The top-level property names checked apart, in schema order.
    pub fn part_names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|(k, _)| k.as_str())
    }

    /// The violations of the root alone (everything, when the schema is not partitioned).
    pub fn validate_root(&self, document: &Value) -> Vec<Violation> {
        // The parts check their own fields' counts.
        self.run(&self.root, document, "", self.parts.is_empty())
    }

    /// The violations inside one top-level property; `None` when it is not checked apart.
    pub fn validate_part(&self, document: &Value, key: &str) -> Option<Vec<Violation>> {
        let (_, part) = self.parts.iter().find(|(k, _)| k == key)?;
        Some(document.get(key).map(|v| self.run(part, v, &pointer::child("", key), true)).unwrap_or_default())
    }

    /// `descend`: whether documented count limits are checked below `value` too (see `limits`).
    fn run(&self, compiled: &Compiled, value: &Value, prefix: &str, descend: bool) -> Vec<Violation> {
        let refused = limits::over_counts(&compiled.schema, &compiled.schema, &self.codes, value, prefix, descend);
        if !refused.is_empty() {
            return refused;
        }
        let mut problems = Problems::default();
        for error in compiled.validator.iter_errors(value) {
            let keyword = error.schema_path().as_str().rsplit('/').next().unwrap_or_default().to_owned();
            match error.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } if problems.is_full() => {
                    problems.omit(&keyword, unexpected.len())
                }
                _ if problems.is_full() => problems.omit(&keyword, 1),
                kind => {
                    self.explain(compiled, &error, prefix).into_iter().for_each(|v| problems.push(v, &keyword));
                    // `explain` names at most MAX_PROBLEMS unknown fields of one object.
                    if let ValidationErrorKind::AdditionalProperties { unexpected } = kind {
                        problems.omit(&keyword, unexpected.len().saturating_sub(limits::MAX_PROBLEMS));
                    }
                }
            }
        }
        problems.finish(&self.codes, prefix)
    }

    /// Turns one validator error into violations. Lookups use pointers relative to `compiled`'s
    /// schema; reported pointers and code templates use the full pointer (`prefix` + relative).
    fn explain(&self, compiled: &Compiled, error: &ValidationError<'_>, prefix: &str) -> Vec<Violation> {
        let rel = error.instance_path().as_str().to_owned();
        let schema = &compiled.schema;
        let at = format!("{prefix}{rel}");
        let location = error.schema_path().as_str();
        let keyword_node =
            pointer::split_last(location).and_then(|(parent, _)| schema_walk::at_location(schema, parent));
        match error.kind() {
            ValidationErrorKind::Required { property } => {
                let name = property.as_str().unwrap_or_default();
                let missing = pointer::child(&at, name);
                let field = schema_walk::field(schema, &missing[prefix.len()..]);
                vec![Violation {
                    code: codes::missing(&self.codes, field, &missing),
                    message: message::missing(&missing, field),
                    pointer: missing,
                }]
            }
            ValidationErrorKind::AdditionalProperties { unexpected }
            | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
                let allowed = keyword_node.map(message::known_fields).unwrap_or_default();
                unexpected
                    .iter()
                    .take(limits::MAX_PROBLEMS)
                    .map(|name| {
                        let p = pointer::child(&at, name);
                        Violation {
                            code: codes::invalid(&self.codes, None, None, &p),
                            message: message::unknown_field(&p, &allowed),
                            pointer: p,
                        }
                    })
                    .collect()
            }
            ValidationErrorKind::PropertyNames { error: inner } => {
                // A bad key is shown at the key itself, where the form lists it.
                let key = inner.instance().as_str().unwrap_or_default().to_owned();
                let p = pointer::child(&at, &key);
                // The location may end at `propertyNames` or at the keyword inside it.
                let names = keyword_node.map(|n| n.get("propertyNames").unwrap_or(n));
                vec![Violation {
                    code: codes::invalid(&self.codes, names, schema_walk::field(schema, &p[prefix.len()..]), &p),
                    message: message::invalid(&p, inner.kind(), inner.instance(), names, None).replacen(
                        &pointer::label(&p),
                        &crate::t!("engine-key-of", key = format!("{key:?}"), field = pointer::label(&at)),
                        1,
                    ),
                    pointer: p,
                }]
            }
            ValidationErrorKind::Type { .. } if at.is_empty() => vec![Violation {
                code: codes::not_object(&self.codes),
                message: message::not_object(error.instance()),
                pointer: at,
            }],
            kind => {
                let field = schema_walk::field(schema, &rel);
                vec![Violation {
                    code: codes::invalid(&self.codes, keyword_node, field, &at),
                    message: message::invalid(&at, kind, error.instance(), keyword_node, field),
                    pointer: at,
                }]
            }
        }
    }
}
