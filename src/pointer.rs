//! RFC 6901 JSON Pointers: building, splitting, and reading or writing the value they point at.

use serde_json::Value;

/// Escapes one reference token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Splits a pointer into unescaped tokens; `""` is the whole document.
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.trim_start_matches('/').split('/').map(|t| t.replace("~1", "/").replace("~0", "~")).collect()
}

/// Joins a parent pointer and one unescaped token.
pub fn child(parent: &str, token: &str) -> String {
    format!("{parent}/{}", escape(token))
}

/// The parent pointer and the last token, or `None` for the root.
pub fn split_last(pointer: &str) -> Option<(&str, String)> {
    let cut = pointer.rfind('/')?;
    let last = pointer[cut + 1..].replace("~1", "/").replace("~0", "~");
    Some((&pointer[..cut], last))
}

/// A human label for a pointer: `/server/nics/0/subnet_id` → `server.nics[0].subnet_id`.
pub fn label(pointer: &str) -> String {
    let mut out = String::new();
    for token in tokens(pointer) {
        if token.parse::<usize>().is_ok() && !out.is_empty() {
            out.push_str(&format!("[{token}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    if out.is_empty() { crate::t!("engine-the-document") } else { out }
}

/// Writes `value` at `pointer`, creating objects (or growing arrays by one) on the way.
/// Returns false when a step goes through a scalar, which the caller must not hide.
pub fn set(root: &mut Value, pointer: &str, value: Value) -> bool {
    let toks = tokens(pointer);
    let Some((last, path)) = toks.split_last() else {
        *root = value;
        return true;
    };
    let mut node = root;
    for (i, tok) in path.iter().enumerate() {
        let next_is_index = toks.get(i + 1).is_some_and(|t| t.parse::<usize>().is_ok());
        node = match node {
            Value::Object(map) => map.entry(tok.clone()).or_insert_with(|| {
                if next_is_index { Value::Array(Vec::new()) } else { Value::Object(Default::default()) }
            }),
            Value::Array(items) => match tok.parse::<usize>() {
                Ok(i) if i < items.len() => &mut items[i],
                Ok(i) if i == items.len() => {
                    items.push(Value::Object(Default::default()));
                    &mut items[i]
                }
                _ => return false,
            },
            Value::Null => {
                *node = Value::Object(Default::default());
                match node {
                    Value::Object(map) => map.entry(tok.clone()).or_insert(Value::Null),
                    _ => return false,
                }
            }
            _ => return false,
        };
    }
    match node {
        Value::Object(map) => {
            map.insert(last.clone(), value);
            true
        }
        Value::Array(items) => match last.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items[i] = value;
                true
            }
            Ok(i) if i == items.len() => {
                items.push(value);
                true
            }
            _ => false,
        },
        Value::Null => {
            let mut map = serde_json::Map::new();
            map.insert(last.clone(), value);
            *node = Value::Object(map);
            true
        }
        _ => false,
    }
}

/// Removes the value at `pointer`; returns it when it was there.
pub fn remove(root: &mut Value, pointer: &str) -> Option<Value> {
    let (parent, last) = split_last(pointer)?;
    match root.pointer_mut(parent)? {
        Value::Object(map) => map.shift_remove(&last),
        Value::Array(items) => {
            let i = last.parse::<usize>().ok().filter(|i| *i < items.len())?;
            Some(items.remove(i))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tokens_round_trip_escapes() {
        let p = child("/a", "b/c~d");
        assert_eq!(p, "/a/b~1c~0d");
        assert_eq!(tokens(&p), vec!["a", "b/c~d"]);
        assert_eq!(split_last(&p), Some(("/a", "b/c~d".to_owned())));
    }

    #[test]
    fn set_creates_parents_and_arrays() {
        let mut doc = json!({});
        assert!(set(&mut doc, "/server/nics/0/subnet_id", json!("x")));
        assert_eq!(doc, json!({"server": {"nics": [{"subnet_id": "x"}]}}));
        assert!(!set(&mut doc, "/server/nics/0/subnet_id/deeper", json!(1)));
        assert_eq!(remove(&mut doc, "/server/nics/0"), Some(json!({"subnet_id": "x"})));
    }

    #[test]
    fn label_reads_like_a_path() {
        assert_eq!(label("/server/nics/0/subnet_id"), "server.nics[0].subnet_id");
        assert_eq!(label(""), "the document");
    }
}
