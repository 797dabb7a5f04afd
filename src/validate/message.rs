//! Messages in the user's terms, in the current language: what is wrong with the value and what the
//! field allows, quoting the spec's own rule (`x-rule`), enum meanings and alternatives' titles.

use jsonschema::JsonType;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::i18n::{spec_meaning, spec_text};
use crate::{pointer, t};

/// The rule the spec writes for a field, where the failing keyword sits or else on the field.
fn rule(keyword_node: Option<&Value>, field: Option<&Value>) -> Option<String> {
    [keyword_node, field].into_iter().flatten().find_map(|n| spec_text(n, "x-rule")).map(|r| r.into_owned())
}

fn with_rule(what: String, rule: Option<String>) -> String {
    match rule {
        Some(r) => t!("engine-with-rule", what = what, rule = r),
        None => what,
    }
}

/// Words joined as a list: "a, b or c" / "a、b 或 c".
pub fn or_list(words: &[String]) -> String {
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            t!("engine-or", rest = rest.join(&t!("engine-list-separator")), last = last.as_str())
        }
        None => String::new(),
    }
}

/// Words joined by the language's list separator.
pub fn joined(words: &[String]) -> String {
    words.join(&t!("engine-list-separator"))
}

/// A JSON type as a noun ("a boolean", "an integer"), as `kind_of` words a value.
fn type_noun(t: JsonType) -> String {
    match t {
        JsonType::Null => t!("engine-type-null"),
        JsonType::Boolean => t!("engine-type-boolean"),
        JsonType::Integer => t!("engine-type-integer"),
        JsonType::Number => t!("engine-type-number"),
        JsonType::String => t!("engine-type-string"),
        JsonType::Array => t!("engine-type-array"),
        JsonType::Object => t!("engine-type-object"),
    }
}

/// The allowed types of a `type` keyword in words: "a boolean", "a string or null".
fn expected_types(kind: &TypeKind) -> String {
    let mut types: Vec<JsonType> = match kind {
        TypeKind::Single(t) => vec![*t],
        TypeKind::Multiple(set) => set.iter().collect(),
    };
    // "a string or null" reads better than "null or a string".
    types.sort_by_key(|t| *t == JsonType::Null);
    if types.is_empty() {
        return t!("engine-type-any");
    }
    or_list(&types.into_iter().map(type_noun).collect::<Vec<_>>())
}

fn kind_of(v: &Value) -> String {
    type_noun(match v {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(n) if n.is_f64() => JsonType::Number,
        Value::Number(_) => JsonType::Integer,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    })
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

/// The whole document is JSON but not an object.
pub fn not_object(value: &Value) -> String {
    t!("engine-not-object", kind = kind_of(value), value = show(value))
}

pub fn missing(at: &str, field: Option<&Value>) -> String {
    with_rule(t!("engine-missing", field = pointer::label(at)), rule(None, field))
}

pub fn unknown_field(at: &str, allowed: &[String]) -> String {
    let field = pointer::label(at);
    if allowed.is_empty() {
        t!("engine-unknown-field", field = field)
    } else {
        t!("engine-unknown-field-known", field = field, known = crate::i18n::join(allowed))
    }
}

/// The property names an object schema documents.
pub fn known_fields(node: &Value) -> Vec<String> {
    node.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect()).unwrap_or_default()
}

/// The values an `enum` allows, each with its meaning when the spec gives one:
/// `"PostPaid" (pay-as-you-go)`.
fn allowed_values(options: &Value, node: Option<&Value>) -> String {
    let shown: Vec<String> = options
        .as_array()
        .into_iter()
        .flatten()
        .map(|option| {
            let meaning = node.and_then(|n| spec_meaning(n, &crate::request::scalar_text(option)));
            match meaning {
                Some(meaning) => t!("engine-value-meaning", value = show(option), meaning = meaning),
                None => show(option),
            }
        })
        .collect();
    joined(&shown)
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
    let count = len(value);
    let shown = show(value);
    use ValidationErrorKind as K;
    match kind {
        K::Type { kind: expected } => with_rule(
            t!("engine-type", field = label, expected = expected_types(expected), kind = kind_of(value), value = shown),
            r,
        ),
        K::MinLength { limit } => with_rule(t!("engine-too-short", field = label, count = chars, limit = *limit), r),
        K::MaxLength { limit } => with_rule(t!("engine-too-long", field = label, count = chars, limit = *limit), r),
        K::Pattern { pattern } => match r {
            Some(r) => t!("engine-pattern-rule", field = label, value = shown, rule = r),
            None => t!("engine-pattern", field = label, value = shown, pattern = pattern.as_str()),
        },
        K::Minimum { limit } => {
            with_rule(t!("engine-minimum", field = label, value = shown, limit = limit.to_string()), r)
        }
        K::Maximum { limit } => {
            with_rule(t!("engine-maximum", field = label, value = shown, limit = limit.to_string()), r)
        }
        K::ExclusiveMinimum { limit } => {
            with_rule(t!("engine-exclusive-minimum", field = label, value = shown, limit = limit.to_string()), r)
        }
        K::ExclusiveMaximum { limit } => {
            with_rule(t!("engine-exclusive-maximum", field = label, value = shown, limit = limit.to_string()), r)
        }
        K::MultipleOf { multiple_of } => {
            with_rule(t!("engine-multiple-of", field = label, value = shown, multiple = multiple_of.to_string()), r)
        }
        K::Enum { options } => {
            t!("engine-enum", field = label, value = shown, allowed = allowed_values(options, keyword_node.or(field)))
        }
        K::Constant { expected_value } => {
            t!("engine-const", field = label, expected = show(expected_value), value = shown)
        }
        K::MinItems { limit } => with_rule(t!("engine-min-items", field = label, count = count, limit = *limit), r),
        K::MaxItems { limit } => with_rule(t!("engine-max-items", field = label, count = count, limit = *limit), r),
        K::AdditionalItems { limit } => {
            with_rule(t!("engine-max-items", field = label, count = count, limit = *limit), r)
        }
        K::MinProperties { limit } => {
            with_rule(t!("engine-min-entries", field = label, count = count, limit = *limit), r)
        }
        K::MaxProperties { limit } => {
            with_rule(t!("engine-max-entries", field = label, count = count, limit = *limit), r)
        }
        K::UniqueItems => with_rule(t!("engine-unique-items", field = label), r),
        K::Format { format } => {
            with_rule(t!("engine-format", field = label, value = shown, format = format.as_str()), r)
        }
        K::Custom { message, .. } => with_rule(t!("engine-custom", field = label, problem = message.as_str()), r),
        K::OneOfNotValid { .. } => alternatives(&label, Matched::None, keyword_node, r),
        K::OneOfMultipleValid { .. } => alternatives(&label, Matched::Many, keyword_node, r),
        K::AnyOf { .. } => with_rule(t!("engine-any-of", field = label), r),
        K::Not { .. } => with_rule(t!("engine-not", field = label), r),
        K::FalseSchema => t!("engine-false-schema", field = label),
        K::Contains => with_rule(t!("engine-contains", field = label), r),
        K::ContentEncoding { content_encoding } => {
            with_rule(t!("engine-content-encoding", field = label, encoding = content_encoding.as_str()), r)
        }
        K::ContentMediaType { content_media_type } => {
            with_rule(t!("engine-content-media-type", field = label, media = content_media_type.as_str()), r)
        }
        K::UnevaluatedItems { unexpected } => {
            with_rule(t!("engine-unevaluated-items", field = label, items = crate::i18n::join(unexpected)), r)
        }
        K::UnevaluatedProperties { unexpected } | K::AdditionalProperties { unexpected } => {
            with_rule(t!("engine-undocumented-fields", field = label, names = crate::i18n::join(unexpected)), r)
        }
        K::Required { property } => with_rule(t!("engine-required-property", field = label, name = show(property)), r),
        K::PropertyNames { .. } => with_rule(t!("engine-property-names", field = label), r),
        K::BacktrackLimitExceeded { .. } | K::RegexEngineFailure { .. } => {
            with_rule(t!("engine-regex-too-complex", field = label, value = shown), r)
        }
        K::Referencing(_) => t!("engine-referencing", field = label),
        other => with_rule(t!("engine-other-keyword", field = label, keyword = other.keyword()), r),
    }
}

fn len(value: &Value) -> u64 {
    match value {
        Value::Array(a) => a.len() as u64,
        Value::Object(o) => o.len() as u64,
        _ => 0,
    }
}

/// How a value failed a `oneOf`: it matched no alternative, or several.
enum Matched {
    None,
    Many,
}

/// A `oneOf` failure: the alternatives by title, and the field's rule when it has one.
fn alternatives(label: &str, matched: Matched, keyword_node: Option<&Value>, rule: Option<String>) -> String {
    let titles = joined(&branch_titles(keyword_node));
    match (matched, rule) {
        (Matched::None, Some(r)) => t!("engine-one-of-none-rule", field = label, titles = titles, rule = r),
        (Matched::None, None) => t!("engine-one-of-none", field = label, titles = titles),
        (Matched::Many, Some(r)) => t!("engine-one-of-many-rule", field = label, titles = titles, rule = r),
        (Matched::Many, None) => t!("engine-one-of-many", field = label, titles = titles),
    }
}

/// The titles of a node's `oneOf` branches in the current language, "option N" for an untitled one.
pub fn branch_titles(node: Option<&Value>) -> Vec<String> {
    node.and_then(|n| n.get("oneOf"))
        .and_then(Value::as_array)
        .map(|branches| {
            branches
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    spec_text(b, "title")
                        .map_or_else(|| t!("engine-option", number = i + 1), |title| title.into_owned())
                })
                .collect()
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
