//! The JSON preview as tokens: a pretty-printer that records which lines each JSON pointer spans (so
//! the view can highlight and scroll to the focused field) and masks secrets unless revealed.

use std::collections::HashMap;

use serde_json::Value;

use crate::pointer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Punct,
    Key,
    Str,
    Num,
    Bool,
    Null,
    Masked,
}

#[derive(Debug, Default)]
pub struct Preview {
    pub lines: Vec<Vec<(Token, String)>>,
    /// Pointer → first and last line of its value.
    pub spans: HashMap<String, (usize, usize)>,
}

impl Preview {
    /// Renders `doc`; `is_secret(pointer)` decides which strings are shown as `••••`.
    pub fn render(doc: &Value, is_secret: &dyn Fn(&str) -> bool) -> Preview {
        let mut p = Preview::default();
        p.lines.push(Vec::new());
        p.value(doc, "", 0, is_secret);
        p
    }

    fn push(&mut self, token: Token, text: impl Into<String>) {
        if let Some(line) = self.lines.last_mut() {
            line.push((token, text.into()));
        }
    }

    fn newline(&mut self, indent: usize) {
        self.lines.push(vec![(Token::Punct, "  ".repeat(indent))]);
    }

    fn value(&mut self, v: &Value, at: &str, indent: usize, is_secret: &dyn Fn(&str) -> bool) {
        let start = self.lines.len() - 1;
        match v {
            Value::Object(map) if !map.is_empty() => {
                self.push(Token::Punct, "{");
                for (i, (k, child)) in map.iter().enumerate() {
                    self.newline(indent + 1);
                    self.push(Token::Key, quote(k));
                    self.push(Token::Punct, ": ");
                    self.value(child, &pointer::child(at, k), indent + 1, is_secret);
                    if i + 1 < map.len() {
                        self.push(Token::Punct, ",");
                    }
                }
                self.newline(indent);
                self.push(Token::Punct, "}");
            }
            Value::Array(items) if !items.is_empty() => {
                self.push(Token::Punct, "[");
                for (i, child) in items.iter().enumerate() {
                    self.newline(indent + 1);
                    self.value(child, &format!("{at}/{i}"), indent + 1, is_secret);
                    if i + 1 < items.len() {
                        self.push(Token::Punct, ",");
                    }
                }
                self.newline(indent);
                self.push(Token::Punct, "]");
            }
            Value::Object(_) => self.push(Token::Punct, "{}"),
            Value::Array(_) => self.push(Token::Punct, "[]"),
            Value::String(_) if is_secret(at) => self.push(Token::Masked, "\"••••••\""),
            Value::String(s) => self.push(Token::Str, crate::text::sanitize(&quote(s))),
            Value::Number(n) => self.push(Token::Num, n.to_string()),
            Value::Bool(b) => self.push(Token::Bool, b.to_string()),
            Value::Null => self.push(Token::Null, "null"),
        }
        self.spans.insert(at.to_owned(), (start, self.lines.len() - 1));
    }

    /// The lines of the value at `at`, or of its nearest existing parent.
    pub fn span_of(&self, at: &str) -> Option<(usize, usize)> {
        let mut p = at;
        loop {
            if let Some(span) = self.spans.get(p) {
                return Some(*span);
            }
            p = pointer::split_last(p)?.0;
        }
    }
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(p: &Preview) -> String {
        p.lines.iter().map(|l| l.iter().map(|(_, t)| t.as_str()).collect::<String>()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn matches_serde_pretty_print_and_records_spans() {
        let doc = json!({"a": {"b": [1, "x"], "c": {}}, "d": true});
        let p = Preview::render(&doc, &|_| false);
        assert_eq!(text(&p), serde_json::to_string_pretty(&doc).expect("json"));
        assert_eq!(p.spans["/a/b"], (2, 5));
        assert_eq!(p.spans["/a/b/1"], (4, 4));
        assert_eq!(p.span_of("/a/zzz"), Some((1, 7)));
    }

    #[test]
    fn masks_secrets_and_control_characters() {
        let doc = json!({"pw": "hunter2", "t": "a\u{1b}[2Jb"});
        let p = Preview::render(&doc, &|at| at == "/pw");
        let out = text(&p);
        assert!(!out.contains("hunter2") && out.contains("••••••"));
        assert!(!out.contains('\u{1b}'));
    }
}
