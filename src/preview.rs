//! The JSON preview as tokens: a pretty-printer that records which lines each JSON pointer spans (so
//! the view can highlight and scroll to the focused field) and masks secrets unless revealed. The
//! body is kept in one chunk per top-level field so an edit re-renders only its own field.

use std::collections::HashMap;

use serde_json::{Map, Value};

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

pub type Line = Vec<(Token, String)>;

#[derive(Debug, Default)]
struct Chunk {
    key: String,
    lines: Vec<Line>,
    /// Pointer → first and last line, relative to the chunk.
    spans: HashMap<String, (usize, usize)>,
}

#[derive(Debug, Default)]
pub struct Preview {
    /// Lines shown above the body (the request line and headers), or instead of it.
    pub prefix: Vec<Line>,
    pub show_body: bool,
    chunks: Vec<Chunk>,
}

impl Preview {
    /// Renders `doc` (an object); `is_secret(pointer)` decides which strings are shown as `••••`.
    pub fn render(doc: &Value, is_secret: &dyn Fn(&str) -> bool) -> Preview {
        let mut p = Preview { prefix: Vec::new(), show_body: true, chunks: Vec::new() };
        if let Value::Object(map) = doc {
            p.chunks = map.iter().enumerate().map(|(i, (k, v))| chunk(k, v, i + 1 < map.len(), is_secret)).collect();
        }
        p
    }

    /// Whether the body's top-level fields are still these, in this order (so chunks can be reused).
    pub fn same_keys(&self, doc: &Map<String, Value>) -> bool {
        self.chunks.len() == doc.len() && self.chunks.iter().zip(doc.keys()).all(|(c, k)| &c.key == k)
    }

    /// Re-renders one top-level field's chunk.
    pub fn rerender(&mut self, doc: &Map<String, Value>, key: &str, is_secret: &dyn Fn(&str) -> bool) {
        let n = doc.len();
        if let Some((i, (k, v))) = doc.iter().enumerate().find(|(_, (k, _))| k.as_str() == key) {
            self.chunks[i] = chunk(k, v, i + 1 < n, is_secret);
        }
    }

    fn body_len(&self) -> usize {
        if !self.show_body {
            0
        } else if self.chunks.is_empty() {
            1
        } else {
            2 + self.chunks.iter().map(|c| c.lines.len()).sum::<usize>()
        }
    }

    pub fn len(&self) -> usize {
        self.prefix.len() + self.body_len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lines `from..from + count`; chunks before `from` are skipped whole, never copied.
    pub fn lines(&self, from: usize, count: usize) -> Vec<Line> {
        let mut out: Vec<Line> = Vec::new();
        let mut i = 0;
        let take = |line: &Line, i: &mut usize, out: &mut Vec<Line>| {
            if *i >= from && out.len() < count {
                out.push(line.clone());
            }
            *i += 1;
        };
        for line in &self.prefix {
            take(line, &mut i, &mut out);
        }
        if !self.show_body {
            return out;
        }
        if self.chunks.is_empty() {
            take(&vec![(Token::Punct, "{}".to_owned())], &mut i, &mut out);
            return out;
        }
        take(&vec![(Token::Punct, "{".to_owned())], &mut i, &mut out);
        for c in &self.chunks {
            if i + c.lines.len() <= from {
                i += c.lines.len();
                continue;
            }
            for line in &c.lines {
                take(line, &mut i, &mut out);
            }
            if out.len() >= count {
                return out;
            }
        }
        take(&vec![(Token::Punct, "}".to_owned())], &mut i, &mut out);
        out
    }

    /// The lines of the value at `at`, or of its nearest existing parent.
    pub fn span_of(&self, at: &str) -> Option<(usize, usize)> {
        if !self.show_body {
            return None;
        }
        let base = self.prefix.len();
        let Some(key) = pointer::tokens(at).into_iter().next() else {
            return Some((base, base + self.body_len().saturating_sub(1)));
        };
        let mut offset = base + 1;
        for c in &self.chunks {
            if c.key == key {
                let mut p = at;
                loop {
                    if let Some((a, b)) = c.spans.get(p) {
                        return Some((offset + a, offset + b));
                    }
                    p = pointer::split_last(p)?.0;
                    if p.is_empty() {
                        return None;
                    }
                }
            }
            offset += c.lines.len();
        }
        Some((base, base + self.body_len().saturating_sub(1)))
    }
}

fn chunk(key: &str, value: &Value, comma: bool, is_secret: &dyn Fn(&str) -> bool) -> Chunk {
    let mut w = Writer { lines: vec![vec![(Token::Punct, "  ".to_owned())]], spans: HashMap::new() };
    w.push(Token::Key, quote(key));
    w.push(Token::Punct, ": ");
    w.value(value, &pointer::child("", key), 1, is_secret);
    if comma {
        w.push(Token::Punct, ",");
    }
    Chunk { key: key.to_owned(), lines: w.lines, spans: w.spans }
}

struct Writer {
    lines: Vec<Line>,
    spans: HashMap<String, (usize, usize)>,
}

impl Writer {
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
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(p: &Preview) -> String {
        p.lines(0, p.len())
            .iter()
            .map(|l| l.iter().map(|(_, t)| t.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn matches_serde_pretty_print_and_records_spans() {
        let doc = json!({"a": {"b": [1, "x"], "c": {}}, "d": true});
        let p = Preview::render(&doc, &|_| false);
        assert_eq!(text(&p), serde_json::to_string_pretty(&doc).expect("json"));
        assert_eq!(p.span_of("/a/b"), Some((2, 5)));
        assert_eq!(p.span_of("/a/b/1"), Some((4, 4)));
        assert_eq!(p.span_of("/a/zzz"), Some((1, 7)));
        assert_eq!(p.span_of("/d"), Some((8, 8)));
        assert_eq!(p.lines(8, 1)[0].iter().map(|(_, t)| t.as_str()).collect::<String>(), "  \"d\": true");
    }

    #[test]
    fn one_field_rerenders_to_the_same_text_as_a_full_render() {
        let mut doc = json!({"a": 1, "b": {"c": "x"}, "d": [1]});
        let mut p = Preview::render(&doc, &|_| false);
        doc["b"]["c"] = json!("a longer\nvalue");
        doc["b"]["e"] = json!(2);
        let map = doc.as_object().expect("object");
        assert!(p.same_keys(map));
        p.rerender(map, "b", &|_| false);
        assert_eq!(text(&p), text(&Preview::render(&doc, &|_| false)));
        assert_eq!(p.span_of("/d/0"), Preview::render(&doc, &|_| false).span_of("/d/0"));
    }

    #[test]
    fn masks_secrets_and_control_characters() {
        let doc = json!({"pw": "hunter2", "t": "a\u{1b}[2Jb"});
        let p = Preview::render(&doc, &|at| at == "/pw");
        let out = text(&p);
        assert!(!out.contains("hunter2") && out.contains("••••••"));
        assert!(!out.contains('\u{1b}'));
        assert_eq!(text(&Preview::render(&json!({}), &|_| false)), "{}");
    }
}
