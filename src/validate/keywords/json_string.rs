//! `x-json-string`: a string field that carries a JSON document must parse.

use serde::Deserialize;

use super::StringRule;

#[derive(Deserialize)]
pub struct JsonString(bool);

impl StringRule for JsonString {
    fn check(&self, text: &str) -> Option<String> {
        if !self.0 {
            return None;
        }
        serde_json::from_str::<serde_json::Value>(text)
            .err()
            .map(|e| crate::t!("engine-json-string", error = crate::input::json_error(&e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column() {
        assert!(JsonString(true).check(r#"[{"ServiceName": "SSH"}]"#).is_none());
        let msg = JsonString(true).check("{\"a\": }").expect("broken JSON");
        assert!(msg.contains("line 1 column"), "{msg}");
        assert!(JsonString(false).check("not json").is_none());
    }
}
