//! Filling the specs' templates (`x-sandbox` answers, `x-progress` responses and poll requests):
//! `{name}` placeholders replaced by values, as assets/specs/README.md describes.

use serde_json::{Map, Value};

use crate::request::scalar_text;

/// Placeholder values by name.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    pairs: Vec<(String, Value)>,
}

impl Vars {
    pub fn new() -> Vars {
        Vars::default()
    }

    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Vars {
        self.set(name, value.into());
        self
    }

    pub fn set(&mut self, name: &str, value: Value) {
        match self.pairs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.pairs.push((name.to_owned(), value)),
        }
    }

    /// A name starting with `/` is a JSON pointer into the created document (`{/server/name}`);
    /// one that points at nothing is null, so its key is left out.
    pub fn get(&self, name: &str) -> Option<&Value> {
        static NULL: Value = Value::Null;
        if name.starts_with('/') {
            return Some(self.get("document").and_then(|d| d.pointer(name)).unwrap_or(&NULL));
        }
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// The template with its placeholders filled. A string that is exactly one known placeholder takes
/// the value itself (number, array, null…); an object key whose placeholder is null is left out; an
/// array whose one item mentions `{resource}` is repeated once per entry of `{resources}`.
pub fn render(template: &Value, vars: &Vars) -> Value {
    match template {
        Value::String(text) => render_text(text, vars),
        Value::Array(items) if items.len() == 1 && mentions(&items[0], "{resource}") => {
            let resources = vars.get("resources").and_then(Value::as_array).cloned().unwrap_or_default();
            let per_item = resources.into_iter().map(|r| render(&items[0], &vars.clone().with("resource", r)));
            Value::Array(per_item.collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(|i| render(i, vars)).collect()),
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, value) in map {
                let filled = render(value, vars);
                if !(filled.is_null() && value.is_string()) {
                    out.insert(key.clone(), filled);
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn render_text(text: &str, vars: &Vars) -> Value {
    let whole = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')).filter(|n| !n.contains(['{', '}']));
    if let Some(value) = whole.and_then(|name| vars.get(name)) {
        return value.clone();
    }
    Value::String(fill_text(text, |name| vars.get(name).map(scalar_text)))
}

/// Replaces every `{name}` that `lookup` knows inside `text`; unknown placeholders stay as written.
pub fn fill_text(text: &str, lookup: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(['{', '}']) {
            Some(close) if after.as_bytes()[close] == b'}' => {
                let name = &after[..close];
                match lookup(name) {
                    Some(value) => out.push_str(&value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn mentions(template: &Value, placeholder: &str) -> bool {
    match template {
        Value::String(s) => s.contains(placeholder),
        Value::Array(items) => items.iter().any(|i| mentions(i, placeholder)),
        Value::Object(map) => map.values().any(|v| mentions(v, placeholder)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn whole_placeholders_keep_their_type_and_nulls_drop_the_key() {
        let vars = Vars::new().with("id", "job-1").with("count", 3).with("order_id", Value::Null);
        let out = render(&json!({"job_id": "{id}", "n": "{count}", "order_id": "{order_id}", "fixed": null}), &vars);
        assert_eq!(out, json!({"job_id": "job-1", "n": 3, "fixed": null}));
    }

    #[test]
    fn text_placeholders_and_unknown_ones() {
        let vars = Vars::new().with("id", "c-1").with("http_status", 400);
        assert_eq!(
            render(&json!("cluster {id} said {http_status} {nope} {"), &vars),
            json!("cluster c-1 said 400 {nope} {")
        );
        assert_eq!(
            fill_text("/v1/{project_id}/jobs/{id}", |n| (n == "id").then(|| "j".to_owned())),
            "/v1/{project_id}/jobs/j"
        );
        assert_eq!(fill_text("{{id}}", |_| Some("x".into())), "{x}");
    }

    #[test]
    fn pointer_placeholders_read_the_document() {
        let vars = Vars::new().with("document", json!({"Name": "c1", "Groups": {"g": {"n": 1}}}));
        let out =
            render(&json!({"Name": "{/Name}", "Groups": "{/Groups}", "Gone": "{/Nope}", "t": "x {/Name}"}), &vars);
        assert_eq!(out, json!({"Name": "c1", "Groups": {"g": {"n": 1}}, "t": "x c1"}));
    }

    #[test]
    fn resource_arrays_repeat_per_resource() {
        let vars = Vars::new().with("status", "RUNNING").with("resources", json!(["s1", "s2"]));
        let template = json!({"sub_jobs": [{"status": "{status}", "entities": {"server_id": "{resource}"}}], "ids": "{resources}"});
        assert_eq!(
            render(&template, &vars),
            json!({
                "sub_jobs": [
                    {"status": "RUNNING", "entities": {"server_id": "s1"}},
                    {"status": "RUNNING", "entities": {"server_id": "s2"}}
                ],
                "ids": ["s1", "s2"]
            })
        );
    }
}
