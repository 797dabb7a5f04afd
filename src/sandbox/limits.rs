//! What a body may hold before the sandbox builds a tree from it: one pass over the bytes counts the
//! nesting depth and the items of every array and object, so a 3 MB body of a million empty items
//! is refused on its shape in milliseconds instead of being parsed, validated and reported item by item.

/// Deeper than any of the five APIs' documents (Huawei's deepest field is five levels down).
pub const MAX_DEPTH: usize = 32;

/// More items than any array or map of the five APIs may hold (their largest documented limit is
/// far below it), so a real request never meets it.
pub const MAX_ITEMS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Shape {
    #[error("the body nests deeper than {MAX_DEPTH} levels; no request of these APIs goes past a few")]
    TooDeep,
    #[error("an array or object in the body has more than {MAX_ITEMS} items; no field of these APIs takes that many")]
    TooMany,
}

/// Checks the nesting and item counts of JSON text without parsing it. Text that is not JSON passes
/// here and is refused by the parser with its own message.
pub fn check(body: &[u8]) -> Result<(), Shape> {
    // One counter per open array or object: the commas seen at its own level.
    let mut open: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for &byte in body {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                open.push(0);
                if open.len() > MAX_DEPTH {
                    return Err(Shape::TooDeep);
                }
            }
            b']' | b'}' => {
                open.pop();
            }
            b',' => {
                if let Some(count) = open.last_mut() {
                    *count += 1;
                    if *count >= MAX_ITEMS {
                        return Err(Shape::TooMany);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_documents_pass_and_hostile_shapes_do_not() {
        assert_eq!(check(br#"{"a": [1, 2, {"b": "x,[,{"}], "c": "\"],"}"#), Ok(()));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(check(deep.as_bytes()), Err(Shape::TooDeep));
        let wide = format!("{{\"server\": {{\"data_volumes\": [{}]}}}}", vec!["{}"; MAX_ITEMS + 1].join(","));
        assert_eq!(check(wide.as_bytes()), Err(Shape::TooMany));
        let many_keys: Vec<String> = (0..=MAX_ITEMS).map(|i| format!("\"k{i}\": 1")).collect();
        assert_eq!(check(format!("{{{}}}", many_keys.join(",")).as_bytes()), Err(Shape::TooMany));
        let fits = format!("[{}]", vec!["1"; MAX_ITEMS - 1].join(","));
        assert_eq!(check(fits.as_bytes()), Ok(()));
        assert_eq!(check(b"not json at all ]]]"), Ok(()));
    }
}
