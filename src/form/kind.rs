//! What editor a schema node needs: the field kinds the form knows, derived from standard keywords.

use serde_json::Value;

use crate::spec::schema_walk;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// `writeOnly`: masked on screen, left out of drafts and history.
    Secret,
    /// `contentEncoding: base64`: edited as plain text, stored encoded.
    Base64Text,
    /// A string holding JSON (`x-json-string` / `contentMediaType`): multi-line, checked as JSON.
    JsonText,
    Integer,
    Number,
    Boolean,
    /// `enum`: a select list.
    Choice,
    Object,
    Array,
    /// `additionalProperties` with a schema: keys chosen by the user.
    Map,
    /// No documented fields (`x-raw-json`, or no usable type): edited as JSON text.
    RawJson,
}

impl FieldKind {
    pub fn of(root: &Value, node: &Value) -> FieldKind {
        let node = schema_walk::resolve(root, node);
        if node.get("x-raw-json").and_then(Value::as_bool) == Some(true) {
            return FieldKind::RawJson;
        }
        if node.get("enum").is_some() {
            return FieldKind::Choice;
        }
        match schema_walk::type_name(node).as_str() {
            "string" => {
                if node.get("writeOnly").and_then(Value::as_bool) == Some(true) {
                    FieldKind::Secret
                } else if node.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
                    FieldKind::Base64Text
                } else if node.get("x-json-string").and_then(Value::as_bool) == Some(true)
                    || node.get("contentMediaType").and_then(Value::as_str).is_some_and(|m| m.contains("json"))
                {
                    FieldKind::JsonText
                } else {
                    FieldKind::Text
                }
            }
            "integer" => FieldKind::Integer,
            "number" => FieldKind::Number,
            "boolean" => FieldKind::Boolean,
            "array" => FieldKind::Array,
            "object" if has_properties(root, node) => FieldKind::Object,
            "object" if node.get("additionalProperties").is_some_and(|a| a.is_object() || a == &Value::Bool(true)) => {
                FieldKind::Map
            }
            _ => FieldKind::RawJson,
        }
    }

    /// Whether the field opens its own screen rather than an inline editor.
    pub fn is_container(self) -> bool {
        matches!(self, FieldKind::Object | FieldKind::Array | FieldKind::Map)
    }

    /// Whether the editor takes several lines.
    pub fn is_multiline(self) -> bool {
        matches!(self, FieldKind::JsonText | FieldKind::RawJson | FieldKind::Base64Text)
    }

    /// What the field holds, in words of the current language.
    pub fn name(self) -> String {
        match self {
            FieldKind::Text => crate::t!("engine-kind-text"),
            FieldKind::Secret => crate::t!("engine-kind-secret"),
            FieldKind::Base64Text => crate::t!("engine-kind-base64"),
            FieldKind::JsonText => crate::t!("engine-kind-json-text"),
            FieldKind::Integer => crate::t!("engine-kind-integer"),
            FieldKind::Number => crate::t!("engine-kind-number"),
            FieldKind::Boolean => crate::t!("engine-kind-boolean"),
            FieldKind::Choice => crate::t!("engine-kind-choice"),
            FieldKind::Object => crate::t!("engine-kind-object"),
            FieldKind::Array => crate::t!("engine-kind-array"),
            FieldKind::Map => crate::t!("engine-kind-map"),
            FieldKind::RawJson => crate::t!("engine-kind-raw-json"),
        }
    }
}

fn has_properties(root: &Value, node: &Value) -> bool {
    node.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty())
        || ["allOf", "oneOf", "anyOf"].iter().any(|k| {
            node.get(*k).and_then(Value::as_array).is_some_and(|bs| {
                bs.iter().any(|b| schema_walk::resolve(root, b).get("properties").is_some_and(|p| p.is_object()))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn kinds_follow_standard_keywords() {
        let root = json!({});
        let k = |n: Value| FieldKind::of(&root, &n);
        assert_eq!(k(json!({"type": "string", "writeOnly": true})), FieldKind::Secret);
        assert_eq!(k(json!({"type": "string", "contentEncoding": "base64"})), FieldKind::Base64Text);
        assert_eq!(k(json!({"type": "string", "x-json-string": true})), FieldKind::JsonText);
        assert_eq!(k(json!({"type": "string", "enum": ["a"]})), FieldKind::Choice);
        assert_eq!(k(json!({"type": "object", "additionalProperties": {"type": "string"}})), FieldKind::Map);
        assert_eq!(k(json!({"type": "object", "properties": {"a": {}}})), FieldKind::Object);
        assert_eq!(k(json!({"type": "object", "x-raw-json": true})), FieldKind::RawJson);
        assert_eq!(k(json!({"type": "integer"})), FieldKind::Integer);
    }
}
