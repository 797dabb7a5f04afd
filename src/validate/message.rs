//! Messages in the user's terms: what is wrong with the value and what the field allows.

use jsonschema::error::ValidationErrorKind;
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
        K::Type { kind: expected } => {
            let expected = format!("{expected:?}").to_lowercase().replace("multiple(", "").replace(')', "");
            with_rule(format!("{label} must be of type {expected}; it is {} ({})", kind_of(value), show(value)), r)
        }
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
        K::OneOfNotValid { .. } => {
            format!("{label} matches none of the alternatives; choose exactly one of: {}", titles(keyword_node))
        }
        K::OneOfMultipleValid { .. } => {
            format!("{label} matches more than one alternative; choose exactly one of: {}", titles(keyword_node))
        }
        K::AnyOf { .. } => with_rule(format!("{label} matches none of the allowed forms"), r),
        K::Not { .. } => with_rule(format!("{label} has a combination that is not allowed"), r),
        K::FalseSchema => format!("{label} is not allowed here"),
        other => with_rule(format!("{label} is not valid ({})", other.keyword()), r),
    }
}

fn len(value: &Value) -> u64 {
    match value {
        Value::Array(a) => a.len() as u64,
        Value::Object(o) => o.len() as u64,
        _ => 0,
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
