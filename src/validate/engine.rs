//! Compiling a spec's request schema once and turning validator errors into `Violation`s.

use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use super::{Violation, codes, keywords, message};
use crate::pointer;
use crate::spec::{Codes, Spec, SpecError, schema_walk};

pub struct Engine {
    validator: Validator,
    schema: Value,
    codes: Codes,
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
        let options = keywords::register(
            jsonschema::options().with_draft(jsonschema::Draft::Draft202012).should_validate_formats(true),
        );
        let validator = options.build(schema).map_err(|e| format!("request schema does not compile: {e}"))?;
        Ok(Engine { validator, schema: schema.clone(), codes })
    }

    pub fn is_valid(&self, document: &Value) -> bool {
        self.validator.is_valid(document)
    }

    /// Every violation in `document`, in schema order, without duplicates.
    pub fn validate(&self, document: &Value) -> Vec<Violation> {
        let mut out: Vec<Violation> = Vec::new();
        for error in self.validator.iter_errors(document) {
            for v in self.explain(&error) {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
        out
    }

    fn explain(&self, error: &ValidationError<'_>) -> Vec<Violation> {
        let at = error.instance_path().as_str().to_owned();
        let location = error.schema_path().as_str();
        let keyword_node =
            pointer::split_last(location).and_then(|(parent, _)| schema_walk::at_location(&self.schema, parent));
        match error.kind() {
            ValidationErrorKind::Required { property } => {
                let name = property.as_str().unwrap_or_default();
                let missing = pointer::child(&at, name);
                let field = schema_walk::field(&self.schema, &missing);
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
                    code: codes::invalid(&self.codes, names, schema_walk::field(&self.schema, &p), &p),
                    message: message::invalid(&p, inner.kind(), inner.instance(), names, None).replacen(
                        &pointer::label(&p),
                        &format!("the key {key:?} of {}", pointer::label(&at)),
                        1,
                    ),
                    pointer: p,
                }]
            }
            kind => {
                let field = schema_walk::field(&self.schema, &at);
                vec![Violation {
                    code: codes::invalid(&self.codes, keyword_node, field, &at),
                    message: message::invalid(&at, kind, error.instance(), keyword_node, field),
                    pointer: at,
                }]
            }
        }
    }
}
