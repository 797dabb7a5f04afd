//! Reading a JSON document (CLI and wizard alike) from a file or standard input, with a size limit and errors that say
//! where the JSON breaks.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::t;

/// Why an input could not be used, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub String);

/// Larger inputs are refused: no request body of these APIs comes near it (the largest documented
/// field, Huawei's user data, is 32 KB).
pub const MAX_INPUT_BYTES: u64 = 1024 * 1024;

/// Reads and parses `path` (`None` or `-` is standard input).
pub fn read_document(path: Option<&Path>) -> Result<Value, InputError> {
    let (name, bytes) = read_bytes(path)?;
    parse(&name, &bytes)
}

/// Reads `path` as UTF-8 text, with the same size limit (an import may be JSON or a curl command).
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let (name, bytes) = read_bytes(Some(path))?;
    String::from_utf8(bytes).map_err(|e| {
        InputError(t!("engine-input-not-utf8", name = name.as_str(), offset = e.utf8_error().valid_up_to()))
    })
}

fn read_bytes(path: Option<&Path>) -> Result<(String, Vec<u8>), InputError> {
    let mut bytes = Vec::new();
    let name = match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => {
            let name = p.display().to_string();
            let file = std::fs::File::open(p).map_err(|e| unreadable(&name, &e))?;
            file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).map_err(|e| unreadable(&name, &e))?;
            name
        }
        None => {
            let name = t!("engine-stdin");
            std::io::stdin().take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).map_err(|e| unreadable(&name, &e))?;
            name
        }
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        let mib = MAX_INPUT_BYTES / 1024 / 1024;
        return Err(InputError(t!("engine-input-too-large", name = name.as_str(), mib = mib)));
    }
    Ok((name, bytes))
}

/// Parses JSON bytes, naming the source and the line and column of the first error.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Value, InputError> {
    from_json(bytes).map_err(|e| {
        let error = json_error(&e);
        InputError(match e.classify() {
            serde_json::error::Category::Data => t!("engine-json-data", name = name, error = error),
            serde_json::error::Category::Io => t!("engine-json-io", name = name, error = error),
            serde_json::error::Category::Syntax => t!("engine-json-syntax", name = name, error = error),
            serde_json::error::Category::Eof => t!("engine-json-eof", name = name, error = error),
        })
    })
}

fn unreadable(name: &str, error: &std::io::Error) -> InputError {
    InputError(t!("engine-input-unreadable", name = name, error = io_error(error)))
}

/// An I/O error in the current language: the system's own words in English, ours for the common
/// kinds in Chinese (the system's text is English whatever the locale).
pub fn io_error(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match (crate::i18n::current(), error.kind()) {
        (crate::i18n::Lang::En, _) => error.to_string(),
        (_, K::NotFound) => t!("engine-io-not-found"),
        (_, K::PermissionDenied) => t!("engine-io-permission"),
        (_, K::IsADirectory) => t!("engine-io-directory"),
        _ => error.to_string(),
    }
}

/// What serde_json found wrong and where, in the current language: its own problem texts (in
/// English exactly as serde_json writes them) and ours (duplicate keys, limits), which are already
/// in the current language, with the line and column.
pub fn json_error(error: &serde_json::Error) -> String {
    let text = error.to_string();
    if error.line() == 0 {
        return text;
    }
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let problem = text.strip_suffix(&suffix).unwrap_or(&text);
    let problem = match problem {
        "EOF while parsing a list" => t!("engine-json-eof-list"),
        "EOF while parsing an object" => t!("engine-json-eof-object"),
        "EOF while parsing a string" => t!("engine-json-eof-string"),
        "EOF while parsing a value" => t!("engine-json-eof-value"),
        "expected `:`" => t!("engine-json-expected-colon"),
        "expected `,` or `]`" => t!("engine-json-expected-list-comma"),
        "expected `,` or `}`" => t!("engine-json-expected-object-comma"),
        "expected ident" => t!("engine-json-expected-ident"),
        "expected value" => t!("engine-json-expected-value"),
        "invalid escape" => t!("engine-json-invalid-escape"),
        "invalid number" => t!("engine-json-invalid-number"),
        "number out of range" => t!("engine-json-number-range"),
        "invalid unicode code point" => t!("engine-json-invalid-unicode"),
        "control character (\\u0000-\\u001F) found while parsing a string" => t!("engine-json-control-char"),
        "key must be a string" => t!("engine-json-key-string"),
        "trailing comma" => t!("engine-json-trailing-comma"),
        "trailing characters" => t!("engine-json-trailing-chars"),
        "recursion limit exceeded" => t!("engine-json-recursion"),
        other => other.to_owned(),
    };
    t!("engine-json-at", problem = problem, line = error.line().to_string(), column = error.column().to_string())
}

/// At most this many JSON values (objects, arrays, strings, numbers…) in one document: the largest
/// real request of these APIs holds a few hundred, and a tree is built only for what passes.
pub const MAX_VALUES: usize = 10_000;

/// At most this many levels of nesting: real requests use under ten.
pub const MAX_DEPTH: usize = 64;

/// JSON text to a value, numbers exactly as written (serde_json's `arbitrary_precision`). A first
/// pass that builds nothing refuses, before any tree is made, a key that appears twice in one
/// object (serde_json alone would keep the last one silently), more than `MAX_VALUES` values and
/// more than `MAX_DEPTH` levels — so the cost of a hostile document is bounded by these limits.
pub fn from_json(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    let mut count = 0;
    serde::de::DeserializeSeed::deserialize(
        Scan { depth: 0, count: &mut count },
        &mut serde_json::Deserializer::from_slice(bytes),
    )?;
    serde_json::from_slice(bytes)
}

/// Walks a JSON text keeping only each open object's keys, counting values and depth.
struct Scan<'a> {
    depth: usize,
    count: &'a mut usize,
}

impl Scan<'_> {
    fn one<E: serde::de::Error>(self) -> Result<(), E> {
        *self.count += 1;
        if *self.count > MAX_VALUES {
            return Err(E::custom(t!("engine-too-many-values", max = MAX_VALUES.to_string())));
        }
        Ok(())
    }

    fn inner<E: serde::de::Error>(&mut self) -> Result<Scan<'_>, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(t!("engine-too-deep", max = MAX_DEPTH.to_string())));
        }
        Ok(Scan { depth: self.depth + 1, count: self.count })
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Scan<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Scan<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.one()
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.one()
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.one()
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.one()
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
        self.one()
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.one()
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self.inner()?)?.is_some() {}
        self.one()
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            // Under `arbitrary_precision` a number arrives as a one-key map holding its text.
            if seen.is_empty() && key == "$serde_json::private::Number" {
                map.next_value::<serde::de::IgnoredAny>()?;
                return self.one();
            }
            map.next_value_seed(self.inner()?)?;
            if let Some(key) = seen.replace(key) {
                return Err(serde::de::Error::custom(t!("engine-duplicate-key", key = format!("{key:?}"))));
            }
        }
        self.one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_back_exactly_as_written() {
        let exact = [
            r#"{"a":18446744073709551616}"#,
            r#"{"a":-0}"#,
            r#"{"a":[1.0,-0.0,0.1000000000000000055511151231257827]}"#,
        ];
        for text in exact {
            assert_eq!(from_json(text.as_bytes()).expect("parses").to_string(), text);
        }
        // Only an exponent's spelling is normalised (serde_json writes the sign); the digits stay.
        assert_eq!(from_json(br#"[1e400,2E-3]"#).expect("parses").to_string(), "[1e+400,2e-3]");
    }

    #[test]
    fn a_key_twice_in_one_object_is_refused_by_name_and_place() {
        let e = parse("doc.json", b"{\"a\": {\"x\": 1},\n \"b\": [{\"k\": 1, \"k\": 2}]}").expect_err("duplicate");
        assert!(e.0.contains("doc.json cannot be used: the key \"k\" appears twice") && e.0.contains("line 2"), "{e}");
        assert!(parse("d", br#"{"a": 1, "b": {"a": 2}}"#).is_ok(), "the same key in two objects is fine");
        assert!(parse("d", br#"{"a": 1, "a": 1}"#).is_err(), "even with the same value");
    }

    #[test]
    fn too_many_values_or_levels_are_refused_before_a_tree_is_built() {
        let many = format!("[{}]", vec!["{}"; MAX_VALUES].join(","));
        let e = parse("d", many.as_bytes()).expect_err("too many");
        assert!(e.0.contains(&format!("more than {MAX_VALUES} values")), "{e}");
        // Numbers count once each, like any value.
        let fits = format!("[{}]", vec!["1"; MAX_VALUES - 1].join(","));
        assert!(parse("d", fits.as_bytes()).is_ok(), "exactly the limit passes");
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse("d", deep(MAX_DEPTH).as_bytes()).is_ok());
        assert!(parse("d", format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH)).as_bytes()).is_ok());
        let e = parse("d", deep(MAX_DEPTH + 1).as_bytes()).expect_err("too deep");
        assert!(e.0.contains(&format!("deeper than {MAX_DEPTH} levels")), "{e}");
    }

    /// Every input error in Chinese: the place (line and column, offset) and the limits stay.
    #[test]
    fn input_errors_read_in_chinese_with_their_place() {
        use crate::i18n::{Lang, set_thread};
        set_thread(Lang::Zh);
        let e = parse("doc.json", b"{\"a\": 1,\n \"b\": }").expect_err("broken");
        assert_eq!(e.0, "doc.json 不是有效的 JSON：第 2 行第 7 列：此处应为一个值");
        let e = parse("doc.json", b"{\"a\": [1, 2").expect_err("cut short");
        assert_eq!(e.0, "doc.json 在 JSON 完整之前就结束了：第 1 行第 11 列：列表尚未结束，文本就到头了");
        let e = parse("doc.json", b"{\"k\": 1, \"k\": 2}").expect_err("duplicate");
        assert!(e.0.starts_with("doc.json 无法使用：第 1 行第 16 列：键 \"k\" 在同一个对象中出现了两次"), "{e}");
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse("d", deep.as_bytes()).expect_err("too deep").0.contains("文档嵌套超过 64 层"));
        let dir = tempfile::tempdir().expect("temp dir");
        let big = dir.path().join("big.json");
        std::fs::write(&big, vec![b' '; MAX_INPUT_BYTES as usize + 1]).expect("write");
        let e = read_document(Some(&big)).expect_err("too large");
        assert!(e.0.ends_with("超过 1 MiB；请求文档必须小于此大小"), "{e}");
        let e = read_document(Some(&dir.path().join("none.json"))).expect_err("missing");
        assert!(e.0.starts_with("无法读取 ") && e.0.ends_with("none.json：文件或目录不存在"), "{e}");
        std::fs::write(&big, b"\xff").expect("write");
        assert!(read_text(&big).expect_err("not UTF-8").0.contains("不是 UTF-8 文本（偏移 0 处的字节有误）"));
        set_thread(Lang::En);
        let e = parse("doc.json", b"{\"a\": 1,\n \"b\": }").expect_err("broken");
        assert_eq!(e.0, "doc.json is not valid JSON: expected value at line 2 column 7");
    }
}
