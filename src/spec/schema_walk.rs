//! Walking a request schema: following local `$ref`s, finding the schema of the field at an instance
//! pointer, and the node a validator keyword location names. Shared by the engine and the form.

use serde_json::Value;

use crate::pointer;

/// Follows `$ref: "#/..."` (relative to the request schema root) until a node without one.
pub fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match node.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(target) => match root.pointer(target) {
                Some(next) => node = next,
                None => return node,
            },
            None => return node,
        }
    }
    node
}

/// Schemas whose properties also describe this object: the node itself and its `allOf` / `oneOf` /
/// `anyOf` / `then` / `else` branches.
pub fn branches<'a>(root: &'a Value, node: &'a Value) -> Vec<&'a Value> {
    let mut out = vec![node];
    let mut i = 0;
    while i < out.len() && out.len() < 64 {
        let n = out[i];
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(list) = n.get(key).and_then(Value::as_array) {
                out.extend(list.iter().map(|b| resolve(root, b)));
            }
        }
        for key in ["then", "else"] {
            if let Some(b) = n.get(key) {
                out.push(resolve(root, b));
            }
        }
        i += 1;
    }
    out
}

/// The schema of one child of `node`: a property, a map value or an array item.
pub fn child<'a>(root: &'a Value, node: &'a Value, token: &str) -> Option<&'a Value> {
    // Most lookups name a property of the node itself: answer those without collecting branches
    // (the sandbox and the request builder walk fields on every request).
    if let Some(p) = node.get("properties").and_then(|p| p.get(token)) {
        return Some(resolve(root, p));
    }
    let all = branches(root, node);
    for n in &all {
        if let Some(p) = n.get("properties").and_then(|p| p.get(token)) {
            return Some(resolve(root, p));
        }
    }
    if let Ok(index) = token.parse::<usize>() {
        for n in &all {
            if let Some(p) = n.get("prefixItems").and_then(|p| p.get(index)) {
                return Some(resolve(root, p));
            }
            if let Some(items) = n.get("items").filter(|i| i.is_object()) {
                return Some(resolve(root, items));
            }
        }
    }
    all.iter().find_map(|n| n.get("additionalProperties").filter(|a| a.is_object())).map(|a| resolve(root, a))
}

/// The schema of the field at an instance pointer, if the schema describes it.
pub fn field<'a>(root: &'a Value, instance_pointer: &str) -> Option<&'a Value> {
    let mut node = resolve(root, root);
    for token in pointer::tokens(instance_pointer) {
        node = child(root, node, &token)?;
    }
    Some(node)
}

/// The schema node at a keyword location such as `/properties/Name` (a `$ref` segment is followed).
pub fn at_location<'a>(root: &'a Value, location: &str) -> Option<&'a Value> {
    let mut node = root;
    for token in pointer::tokens(location) {
        node = if token == "$ref" {
            resolve(root, node)
        } else {
            match node {
                Value::Object(map) => map.get(&token)?,
                Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            }
        };
    }
    Some(node)
}

/// Whether the object schema lists `name` among its required properties (in any branch).
pub fn is_required(root: &Value, node: &Value, name: &str) -> bool {
    resolve(root, node)
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|v| v.as_str() == Some(name)))
}

/// A one-word name of the schema's type, for messages and the help pane.
pub fn type_name(node: &Value) -> String {
    match node.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" or "),
        _ if node.get("properties").is_some() => "object".to_owned(),
        _ if node.get("enum").is_some() => "choice".to_owned(),
        _ => "value".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_follows_refs_items_and_maps() {
        let root = json!({
            "$defs": {"Tag": {"type": "object", "properties": {"Key": {"type": "string", "maxLength": 5}}}},
            "properties": {
                "Tags": {"type": "array", "items": {"$ref": "#/$defs/Tag"}},
                "Groups": {"type": "object", "additionalProperties": {"properties": {"N": {"type": "integer"}}}}
            }
        });
        assert_eq!(field(&root, "/Tags/3/Key").and_then(|n| n.get("maxLength")), Some(&json!(5)));
        assert_eq!(field(&root, "/Groups/any/N").map(type_name), Some("integer".to_owned()));
        assert!(field(&root, "/Nope").is_none());
        assert_eq!(at_location(&root, "/properties/Tags/items/$ref/properties/Key/maxLength"), Some(&json!(5)));
    }
}
