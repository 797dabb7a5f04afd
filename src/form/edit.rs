//! Changing values: typed text input, toggles, choices, unsetting, and list and map operations, each
//! followed by validation.

use serde_json::{Map, Value};

use super::{FieldKind, FormState, Target};
use crate::input::json_error;
use crate::spec::schema_walk;
use crate::{pointer, t};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    NotInteger(String),
    /// The text typed and the range allowed, in words.
    OutOfRange(String, String),
    NotNumber(String),
    /// What the JSON parser found wrong, in words.
    NotJson(String),
    /// A string meant to hold JSON: kept as typed (it is text), but it does not parse yet.
    StringNotJson(String),
    TooManyItems(u64),
    DuplicateKey(String),
    EmptyKey,
    /// A key the map's `propertyNames` refuses, or one more than `maxProperties`, in words.
    BadKey(String),
    NoSuchValue,
}

impl std::error::Error for EditError {}

/// Said in the current language when shown.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            EditError::NotInteger(text) => t!("engine-edit-not-integer", text = format!("{text:?}")),
            EditError::OutOfRange(text, range) => {
                t!("engine-edit-out-of-range", text = text.as_str(), range = range.as_str())
            }
            EditError::NotNumber(text) => t!("engine-edit-not-number", text = format!("{text:?}")),
            EditError::NotJson(error) => t!("engine-edit-not-json", error = error.as_str()),
            EditError::StringNotJson(error) => t!("engine-edit-kept-not-json", error = error.as_str()),
            EditError::TooManyItems(max) => t!("engine-edit-too-many-items", max = max.to_string()),
            EditError::DuplicateKey(key) => t!("engine-edit-duplicate-key", key = format!("{key:?}")),
            EditError::EmptyKey => t!("engine-edit-empty-key"),
            EditError::BadKey(why) => why.clone(),
            EditError::NoSuchValue => t!("engine-edit-nothing"),
        };
        f.write_str(&text)
    }
}

impl EditError {
    /// Whether the text was stored anyway (so nothing typed is lost when the editor closes).
    pub fn kept(&self) -> bool {
        matches!(self, EditError::StringNotJson(_))
    }
}

impl FormState {
    fn put(&mut self, target: &Target, value: Option<Value>) {
        match (target, value) {
            (Target::Param(name), Some(v)) => {
                self.params.insert(name.clone(), v);
            }
            (Target::Param(name), None) => {
                self.params.shift_remove(name);
            }
            (Target::Field(p), Some(v)) => {
                pointer::set(&mut self.document, p, v);
            }
            (Target::Field(p), None) => {
                pointer::remove(&mut self.document, p);
            }
        }
        self.revalidate_touching(target);
    }

    /// The text an editor starts from: base64 decoded, JSON pretty-printed, strings unquoted.
    pub fn edit_text(&self, target: &Target) -> String {
        match (self.kind(target), self.value(target)) {
            (_, None) => String::new(),
            (FieldKind::Base64Text, Some(Value::String(s))) => crate::validate::keywords::decode_base64(s)
                .and_then(|b| String::from_utf8(b).ok())
                .unwrap_or_else(|| s.clone()),
            (FieldKind::RawJson | FieldKind::Object | FieldKind::Array | FieldKind::Map, Some(v)) => {
                serde_json::to_string_pretty(v).unwrap_or_default()
            }
            // JSON held in a string reads best pretty-printed; text that is not JSON stays as it is.
            (FieldKind::JsonText, Some(Value::String(s))) => serde_json::from_str::<Value>(s)
                .ok()
                .and_then(|v| serde_json::to_string_pretty(&v).ok())
                .unwrap_or_else(|| s.clone()),
            (_, Some(v)) => crate::request::scalar_text(v),
        }
    }

    /// Sets a value from what the user typed; empty text unsets the field.
    pub fn set_text(&mut self, target: &Target, text: &str) -> Result<(), EditError> {
        if text.is_empty() {
            self.put(target, None);
            return Ok(());
        }
        let value = match self.kind(target) {
            FieldKind::Integer => match text.trim().parse::<i64>() {
                Ok(n) => Value::from(n),
                Err(e)
                    if matches!(
                        e.kind(),
                        std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow
                    ) =>
                {
                    return Err(EditError::OutOfRange(text.trim().to_owned(), self.integer_range(target)));
                }
                Err(_) => return Err(EditError::NotInteger(text.to_owned())),
            },
            FieldKind::Number => {
                let n: f64 = text.trim().parse().map_err(|_| EditError::NotNumber(text.to_owned()))?;
                serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .ok_or_else(|| EditError::NotNumber(text.to_owned()))?
            }
            FieldKind::Base64Text => {
                use base64::Engine as _;
                Value::String(base64::engine::general_purpose::STANDARD.encode(text.as_bytes()))
            }
            FieldKind::RawJson | FieldKind::Object | FieldKind::Array | FieldKind::Map => {
                serde_json::from_str(text).map_err(|e| EditError::NotJson(json_error(&e)))?
            }
            FieldKind::Boolean => match text.trim() {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                other => Value::String(other.to_owned()),
            },
            // Sent compact, as the API's own examples write it; checked as JSON on every key.
            FieldKind::JsonText => match serde_json::from_str::<Value>(text) {
                Ok(v) => Value::String(serde_json::to_string(&v).unwrap_or_else(|_| text.to_owned())),
                Err(e) => {
                    self.put(target, Some(Value::String(text.to_owned())));
                    return Err(EditError::StringNotJson(json_error(&e)));
                }
            },
            FieldKind::Text | FieldKind::Secret | FieldKind::Choice => Value::String(text.to_owned()),
        };
        self.put(target, Some(value));
        Ok(())
    }

    /// The range an integer field allows, in words: its schema's limits, else what a whole number holds.
    fn integer_range(&self, target: &Target) -> String {
        let schema = self.schema(target).map(|s| schema_walk::resolve(&self.spec().request, s));
        let limit = |k: &str| schema.and_then(|s| s.get(k)).and_then(Value::as_i64);
        match (limit("minimum"), limit("maximum")) {
            (Some(lo), Some(hi)) => t!("engine-range-between", min = lo.to_string(), max = hi.to_string()),
            (None, Some(hi)) => t!("engine-range-at-most", max = hi.to_string()),
            (Some(lo), None) => t!("engine-range-at-least", min = lo.to_string(), max = i64::MAX.to_string()),
            (None, None) => t!("engine-range-whole", max = i64::MAX.to_string()),
        }
    }

    /// Sets a value as-is (a choice from a list, a restored value).
    pub fn set_value(&mut self, target: &Target, value: Option<Value>) {
        self.put(target, value);
    }

    /// Booleans flip between true and false (an unset one becomes true); clearing is `set_value(None)`.
    pub fn toggle(&mut self, target: &Target) {
        let next = !matches!(self.value(target), Some(Value::Bool(true)));
        self.put(target, Some(Value::Bool(next)));
    }

    /// The allowed values of a choice field, each with its meaning when the spec gives one.
    pub fn choices(&self, target: &Target) -> Vec<(Value, String)> {
        let Some(schema) = self.schema(target) else { return Vec::new() };
        let schema = schema_walk::resolve(&self.spec().request, schema);
        schema
            .get("enum")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|v| {
                let key = crate::request::scalar_text(v);
                let meaning = crate::i18n::spec_meaning(schema, &key).map(|m| m.into_owned()).unwrap_or_default();
                (v.clone(), meaning)
            })
            .collect()
    }

    fn items_schema(&self, at: &str) -> Option<Value> {
        let root = &self.spec().request;
        schema_walk::field(root, at).map(|n| schema_walk::resolve(root, n).clone())
    }

    /// Appends a new item (an empty object for object items) to the list at `at`.
    pub fn add_item(&mut self, at: &str) -> Result<usize, EditError> {
        let node = self.items_schema(at).ok_or(EditError::NoSuchValue)?;
        let len = self.document.pointer(at).and_then(Value::as_array).map_or(0, Vec::len);
        if let Some(max) = node.get("maxItems").and_then(Value::as_u64).filter(|m| len as u64 >= *m) {
            return Err(EditError::TooManyItems(max));
        }
        let item = schema_walk::child(&self.spec().request, &node, "0")
            .map(|s| blank(FieldKind::of(&self.spec().request, s)))
            .unwrap_or(Value::Null);
        if self.document.pointer(at).is_none() {
            pointer::set(&mut self.document, at, Value::Array(Vec::new()));
        }
        pointer::set(&mut self.document, &format!("{at}/{len}"), item);
        self.revalidate_touching(&Target::Field(at.to_owned()));
        Ok(len)
    }

    /// Copies item `index` of the list at `at` to just after it.
    pub fn duplicate_item(&mut self, at: &str, index: usize) -> Result<usize, EditError> {
        let node = self.items_schema(at).ok_or(EditError::NoSuchValue)?;
        let items = self.document.pointer_mut(at).and_then(Value::as_array_mut).ok_or(EditError::NoSuchValue)?;
        if let Some(max) = node.get("maxItems").and_then(Value::as_u64).filter(|m| items.len() as u64 >= *m) {
            return Err(EditError::TooManyItems(max));
        }
        let copy = items.get(index).cloned().ok_or(EditError::NoSuchValue)?;
        items.insert(index + 1, copy);
        self.revalidate_touching(&Target::Field(at.to_owned()));
        Ok(index + 1)
    }

    /// Moves item `index` one place up (`-1`) or down (`+1`); returns its new index.
    pub fn move_item(&mut self, at: &str, index: usize, up: bool) -> Result<usize, EditError> {
        let items = self.document.pointer_mut(at).and_then(Value::as_array_mut).ok_or(EditError::NoSuchValue)?;
        let to = if up { index.checked_sub(1) } else { Some(index + 1).filter(|t| *t < items.len()) };
        let to = to.filter(|_| index < items.len()).ok_or(EditError::NoSuchValue)?;
        items.swap(index, to);
        self.revalidate_touching(&Target::Field(at.to_owned()));
        Ok(to)
    }

    /// Whether the map at `at` takes `key` (and one more key, when `adding`): its `propertyNames`
    /// lengths and `maxProperties`, said with the spec's rule.
    fn check_key(&self, at: &str, key: &str, adding: bool) -> Result<(), EditError> {
        if key.is_empty() {
            return Err(EditError::EmptyKey);
        }
        let Some(map) = self.items_schema(at) else { return Ok(()) };
        let names = map.get("propertyNames");
        // The spec's rule for keys, when it writes one, closes the sentence.
        let with_rule = |what: String| match names.and_then(|n| crate::i18n::spec_text(n, "x-rule")) {
            Some(rule) => t!("engine-with-rule-paren", what = what, rule = rule),
            None => what,
        };
        let limit = |k: &str| names.and_then(|n| n.get(k)).and_then(Value::as_u64);
        let chars = key.chars().count() as u64;
        if let Some(max) = limit("maxLength").filter(|m| chars > *m) {
            let what = t!("engine-key-too-long", count = chars.to_string(), max = max.to_string());
            return Err(EditError::BadKey(with_rule(what)));
        }
        if let Some(min) = limit("minLength").filter(|m| chars < *m) {
            let what = t!("engine-key-too-short", count = chars.to_string(), min = min.to_string());
            return Err(EditError::BadKey(with_rule(what)));
        }
        let len = self.document.pointer(at).and_then(Value::as_object).map_or(0, Map::len) as u64;
        if let Some(max) = map.get("maxProperties").and_then(Value::as_u64).filter(|m| adding && len >= *m) {
            return Err(EditError::BadKey(t!("engine-map-full", max = max.to_string())));
        }
        Ok(())
    }

    /// Adds `key` to the map at `at` with a blank value.
    pub fn add_key(&mut self, at: &str, key: &str) -> Result<(), EditError> {
        self.check_key(at, key, true)?;
        let child = pointer::child(at, key);
        if self.document.pointer(&child).is_some() {
            return Err(EditError::DuplicateKey(key.to_owned()));
        }
        let kind = schema_walk::field(&self.spec().request, &child)
            .map_or(FieldKind::Text, |s| FieldKind::of(&self.spec().request, s));
        pointer::set(&mut self.document, &child, blank(kind));
        self.revalidate_touching(&Target::Field(at.to_owned()));
        Ok(())
    }

    /// Renames a key of the map at `at`, keeping its place and value.
    pub fn rename_key(&mut self, at: &str, old: &str, new: &str) -> Result<(), EditError> {
        self.check_key(at, new, false)?;
        let map = self.document.pointer_mut(at).and_then(Value::as_object_mut).ok_or(EditError::NoSuchValue)?;
        if old != new && map.contains_key(new) {
            return Err(EditError::DuplicateKey(new.to_owned()));
        }
        let renamed: Map<String, Value> =
            std::mem::take(map).into_iter().map(|(k, v)| if k == old { (new.to_owned(), v) } else { (k, v) }).collect();
        *map = renamed;
        self.revalidate_touching(&Target::Field(at.to_owned()));
        Ok(())
    }
}

/// The starting value of a new item or key.
fn blank(kind: FieldKind) -> Value {
    match kind {
        FieldKind::Object | FieldKind::Map | FieldKind::RawJson => Value::Object(Map::new()),
        FieldKind::Array => Value::Array(Vec::new()),
        FieldKind::Boolean => Value::Bool(false),
        FieldKind::Integer | FieldKind::Number => Value::from(0),
        _ => Value::String(String::new()),
    }
}
