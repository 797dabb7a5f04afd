//! The JSON export: the request document, pretty-printed.

use serde_json::Value;

pub fn render(document: &Value) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap_or_else(|_| document.to_string());
    text.push('\n');
    text
}
