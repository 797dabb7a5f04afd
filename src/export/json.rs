//! The JSON export: the request document, pretty-printed.

use serde_json::Value;

pub fn render(document: &Value) -> String {
    let mut text = crate::text::json_pretty(document);
    text.push('\n');
    text
}
