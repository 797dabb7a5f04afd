//! Which values of a request are secrets: a fact of the spec (`writeOnly` on a field's or a
//! parameter's schema), asked by drafts, history, exports, `sign` and the wizard alike.

use serde_json::Value;

use super::{Spec, schema_walk};

/// Whether a schema marks its value secret.
pub fn is_secret(schema: &Value) -> bool {
    schema.get("writeOnly").and_then(Value::as_bool) == Some(true)
}

/// Whether the operation parameter `name` is secret.
pub fn is_secret_param(spec: &Spec, name: &str) -> bool {
    spec.params.iter().any(|p| p.name == name && is_secret(&p.schema))
}

/// Pointers of the document's values whose schema is `writeOnly`.
pub fn pointers(spec: &Spec, document: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(spec, document, String::new(), &mut out);
    out
}

fn walk(spec: &Spec, v: &Value, at: String, out: &mut Vec<String>) {
    if schema_walk::field(&spec.request, &at).is_some_and(is_secret) {
        out.push(at);
        return;
    }
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| walk(spec, c, crate::pointer::child(&at, k), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| walk(spec, c, format!("{at}/{i}"), out)),
        _ => {}
    }
}
