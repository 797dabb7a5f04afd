//! Messages in the user's terms: what is wrong with the value and what the field allows.

use jsonschema::JsonType;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::pointer;

fn rule(keyword_node: Option<&Value>, field: Option<&Value>) -> Option<String> {
    [keyword_node, field].into_iter().flatten().find_map(|n| n.get("x-rule").and_then(Value::as_str)).map(str::to_owned)
}

fn with_rule(what: String, rule: Option<String>) -> String {
    match rule {
        Some(r) => format!("{what}; allowed: {r}"),
        None => what,
    }
}

/// A JSON type as a noun with its article ("a boolean", "an integer"), as `kind_of` words a value.
fn type_noun(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Boolean => "a boolean",
        JsonType::Integer => "an integer",
        JsonType::Number => "a number",
        JsonType::String => "a string",
        JsonType::Array => "an array",
        JsonType::Object => "an object",
    }
}

/// The allowed types of a `type` keyword in words: "a boolean", "a string or null".
fn expected_types(kind: &TypeKind) -> String {
    let mut nouns: Vec<&str> = match kind {
        TypeKind::Single(t) => vec![type_noun(*t)],
        TypeKind::Multiple(set) => set.iter().map(type_noun).collect(),
    };
    // "a string or null" reads better than "null or a string".
    nouns.sort_by_key(|n| *n == "null");
    match nouns.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => "a value".to_owned(),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A short, terminal-safe rendering of a value for messages.
pub fn show(v: &Value) -> String {
    let text = match v {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    };
    let clean: String = text.chars().map(|c| if c.is_control() { '·' } else { c }).collect();
    if clean.chars().count() > 40 { format!("{}…", clean.chars().take(39).collect::<String>()) } else { clean }
}

fn plural(n: u64, one: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {one}s") }
}

/// The whole document is JSON but not an object.
pub fn not_object(value: &Value) -> String {
    format!("the document must be a JSON object; it is {} ({})", kind_of(value), show(value))
}

pub fn missing(at: &str, field: Option<&Value>) -> String {
    with_rule(format!("{} is required but missing", pointer::label(at)), rule(None, field))
}

pub fn unknown_field(at: &str, allowed: &[String]) -> String {
    let what = format!("{} is not a documented field", pointer::label(at));
    if allowed.is_empty() { what } else { format!("{what}; known fields here: {}", allowed.join(", ")) }
}

/// The property names an object schema documents.
pub fn known_fields(node: &Value) -> Vec<String> {
    node.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect()).unwrap_or_default()
}

pub fn invalid(
    at: &str,
    kind: &ValidationErrorKind,
    value: &Value,
    keyword_node: Option<&Value>,
    field: Option<&Value>,
) -> String {
    let label = pointer::label(at);
    let r = rule(keyword_node, field);
    let chars = value.as_str().map(|s| s.chars().count() as u64).unwrap_or(0);
    use ValidationErrorKind as K;
    match kind {
        K::Type { kind: expected } => with_rule(
            format!("{label} must be {}; it is {} ({})", expected_types(expected), kind_of(value), show(value)),
            r,
        ),
        K::MinLength { limit } => with_rule(
            format!("{label} is too short: it has {}, at least {limit} needed", plural(chars, "character")),
            r,
        ),
        K::MaxLength { limit } => {
            with_rule(format!("{label} is too long: it has {}, at most {limit} allowed", plural(chars, "character")), r)
        }
        K::Pattern { pattern } => match r {
            Some(r) => format!("{label} has the wrong form ({}); allowed: {r}", show(value)),
            None => format!("{label} ({}) must match the pattern {pattern}", show(value)),
        },
        K::Minimum { limit } => with_rule(format!("{label} is {}, below the minimum {limit}", show(value)), r),
        K::Maximum { limit } => with_rule(format!("{label} is {}, above the maximum {limit}", show(value)), r),
        K::ExclusiveMinimum { limit } => with_rule(format!("{label} is {}; it must be above {limit}", show(value)), r),
        K::ExclusiveMaximum { limit } => with_rule(format!("{label} is {}; it must be below {limit}", show(value)), r),
        K::MultipleOf { multiple_of } => {
            with_rule(format!("{label} is {}; it must be a multiple of {multiple_of}", show(value)), r)
        }
        K::Enum { options } => {
            let allowed: Vec<String> = options.as_array().into_iter().flatten().map(show).collect();
            format!("{label} is {}; allowed values: {}", show(value), allowed.join(", "))
        }
        K::Constant { expected_value } => format!("{label} must be {}; it is {}", show(expected_value), show(value)),
        K::MinItems { limit } => {
            with_rule(format!("{label} has {}; at least {limit} needed", plural(len(value), "item")), r)
        }
        K::MaxItems { limit } => {
            with_rule(format!("{label} has {}; at most {limit} allowed", plural(len(value), "item")), r)
        }
        K::MinProperties { limit } => {
            with_rule(format!("{label} has {}; at least {limit} needed", plural(len(value), "entry")), r)
        }
        K::MaxProperties { limit } => {
            with_rule(format!("{label} has {}; at most {limit} allowed", plural(len(value), "entry")), r)
        }
        K::UniqueItems => with_rule(format!("{label} holds the same item twice; items must be unique"), r),
        K::Format { format } => with_rule(format!("{label} ({}) is not a valid {format}", show(value)), r),
        K::Custom { message, .. } => with_rule(format!("{label} {message}"), r),
        K::OneOfNotValid { .. } => alternatives(&label, "none of the alternatives", keyword_node, r),
        K::OneOfMultipleValid { .. } => alternatives(&label, "more than one alternative", keyword_node, r),
        K::AnyOf { .. } => with_rule(format!("{label} matches none of the allowed forms"), r),
        K::Not { .. } => with_rule(format!("{label} has a combination that is not allowed"), r),
        K::FalseSchema => format!("{label} is not allowed here"),
        K::Contains => with_rule(format!("{label} holds no item of the kind it needs"), r),
        K::ContentEncoding { content_encoding } => {
            with_rule(format!("{label} is not valid {content_encoding} text"), r)
        }
        K::ContentMediaType { content_media_type } => {
            with_rule(format!("{label} does not hold valid {content_media_type} content"), r)
        }
        K::AdditionalItems { limit } => {
            with_rule(format!("{label} has {}; at most {limit} allowed", plural(len(value), "item")), r)
        }
        K::UnevaluatedItems { unexpected } => {
            with_rule(format!("{label} has items no rule describes: {}", unexpected.join(", ")), r)
        }
        K::UnevaluatedProperties { unexpected } | K::AdditionalProperties { unexpected } => {
            with_rule(format!("{label} has fields that are not documented: {}", unexpected.join(", ")), r)
        }
        K::Required { property } => with_rule(format!("{label} lacks the required field {}", show(property)), r),
        K::PropertyNames { .. } => with_rule(format!("{label} has a key that is not allowed"), r),
        K::BacktrackLimitExceeded { .. } | K::RegexEngineFailure { .. } => {
            with_rule(format!("{label} ({}) could not be checked against its pattern (too complex)", show(value)), r)
        }
        K::Referencing(_) => format!("{label} could not be checked: the spec refers to a part it does not have"),
        other => with_rule(format!("{label} breaks the rule of the {} keyword", other.keyword()), r),
    }
}

fn len(value: &Value) -> u64 {
    match value {
        Value::Array(a) => a.len() as u64,
        Value::Object(o) => o.len() as u64,
        _ => 0,
    }
}

/// A `oneOf` failure: the alternatives by title, and the field's rule when it has one.
fn alternatives(label: &str, matched: &str, keyword_node: Option<&Value>, rule: Option<String>) -> String {
    match rule {
        Some(r) => format!("{label} matches {matched} ({}); allowed: {r}", titles(keyword_node)),
        None => format!("{label} matches {matched}; choose exactly one of: {}", titles(keyword_node)),
    }
}

fn titles(node: Option<&Value>) -> String {
    node.and_then(|n| n.get("oneOf"))
        .and_then(Value::as_array)
        .map(|branches| {
            branches
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    b.get("title").and_then(Value::as_str).map_or_else(|| format!("option {}", i + 1), str::to_owned)
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The message a schema gives for a value, through the real validator.
    fn message_for(schema: Value, value: Value) -> String {
        let validator = jsonschema::validator_for(&schema).expect("compiles");
        let error = validator.iter_errors(&value).next().expect("an error");
        invalid("/Field", error.kind(), error.instance(), None, None)
    }

    #[test]
    fn type_errors_name_the_types_in_words() {
        for (schema, value, expected) in [
            (json!({"type": "boolean"}), json!("yes"), "Field must be a boolean; it is a string (\"yes\")"),
            (json!({"type": "integer"}), json!(1.5), "Field must be an integer; it is a number (1.5)"),
            (json!({"type": "object"}), json!([1]), "Field must be an object; it is an array ([1])"),
            (json!({"type": ["string", "null"]}), json!(3), "Field must be a string or null; it is an integer (3)"),
            (
                json!({"type": ["array", "object", "null"]}),
                json!(true),
                "Field must be an array, an object or null; it is a boolean (true)",
            ),
        ] {
            assert_eq!(message_for(schema, value), expected);
        }
    }

    #[test]
    fn every_keyword_reads_as_a_sentence() {
        use jsonschema::Draft::{Draft7, Draft202012};
        // Draft 7 still checks the content keywords; 2020-12 only annotates with them.
        let cases = [
            (Draft202012, json!({"contains": {"const": 1}}), json!([2])),
            (Draft7, json!({"contentEncoding": "base64"}), json!("%%%")),
            (Draft7, json!({"contentMediaType": "application/json"}), json!("{")),
            (Draft7, json!({"items": [true], "additionalItems": false}), json!([1, 2])),
            (Draft202012, json!({"prefixItems": [true], "unevaluatedItems": false}), json!([1, 2])),
            (Draft202012, json!({"unevaluatedProperties": false}), json!({"a": 1})),
            (Draft202012, json!({"not": {"type": "string"}}), json!("x")),
            (Draft202012, json!({"uniqueItems": true}), json!([1, 1])),
            (Draft202012, json!({"dependentRequired": {"a": ["b"]}}), json!({"a": 1})),
            (Draft202012, json!({"minContains": 2, "contains": {"const": 1}}), json!([1])),
        ];
        for (draft, schema, value) in cases {
            let validator = jsonschema::options().with_draft(draft).build(&schema).expect("compiles");
            let Some(error) = validator.iter_errors(&value).next() else { panic!("{schema} accepts {value}") };
            let text = invalid("/Field", error.kind(), error.instance(), None, None);
            assert!(text.starts_with("Field "), "{text}");
            for internal in ["(", "::", "Single", "single", "Multiple", "keyword"] {
                let shown = show(&value);
                assert!(!text.replace(&shown, "").contains(internal), "{schema}: {text}");
            }
        }
    }
}
