//! Reading a JSON document (CLI and wizard alike) from a file or standard input, with a size limit and errors that say
//! where the JSON breaks.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

/// Why an input could not be used, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub String);

/// Larger inputs are refused: no request body of these APIs comes near it.
pub const MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

/// Reads and parses `path` (`None` or `-` is standard input).
pub fn read_document(path: Option<&Path>) -> Result<Value, InputError> {
    let (name, bytes) = read_bytes(path)?;
    parse(&name, &bytes)
}

/// Reads `path` as UTF-8 text, with the same size limit (an import may be JSON or a curl command).
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let (name, bytes) = read_bytes(Some(path))?;
    String::from_utf8(bytes).map_err(|e| {
        InputError(format!(
            "{name} is not UTF-8 text (bad byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn read_bytes(path: Option<&Path>) -> Result<(String, Vec<u8>), InputError> {
    let mut bytes = Vec::new();
    let name = match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => {
            let name = p.display().to_string();
            let file = std::fs::File::open(p).map_err(|e| InputError(format!("cannot read {name}: {e}")))?;
            file.take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| InputError(format!("cannot read {name}: {e}")))?;
            name
        }
        None => {
            std::io::stdin()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| InputError(format!("cannot read standard input: {e}")))?;
            "standard input".to_owned()
        }
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(InputError(format!(
            "{name} is larger than {} MiB; a request document must be smaller",
            MAX_INPUT_BYTES / 1024 / 1024
        )));
    }
    Ok((name, bytes))
}

/// Parses JSON bytes, naming the source and the line and column of the first error.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Value, InputError> {
    from_json(bytes).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Data => "cannot be used",
            serde_json::error::Category::Io => "cannot be read as JSON",
            serde_json::error::Category::Syntax => "is not valid JSON",
            serde_json::error::Category::Eof => "ends before the JSON is complete",
        };
        InputError(format!("{name} {what}: {e}"))
    })
}

/// JSON text to a value, numbers exactly as written (serde_json's `arbitrary_precision`), refusing
/// a key that appears twice in one object: serde_json alone would keep the last one silently.
pub fn from_json(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    let value = serde_json::from_slice(bytes)?;
    // A second pass that keeps nothing but each object's keys: cheaper than a value tree of our own.
    serde::de::DeserializeSeed::deserialize(UniqueKeys, &mut serde_json::Deserializer::from_slice(bytes))?;
    Ok(value)
}

/// Walks a JSON text and fails on the first object that holds a key twice.
struct UniqueKeys;

impl<'de> serde::de::DeserializeSeed<'de> for UniqueKeys {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(UniqueKeys)?.is_some() {}
        Ok(())
    }
    // Numbers arrive here too under `arbitrary_precision`, as a one-key map: no duplicate possible.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            map.next_value_seed(UniqueKeys)?;
            if let Some(key) = seen.replace(key) {
                return Err(serde::de::Error::custom(format!(
                    "the key {key:?} appears twice in one object (which value is meant?); keep one"
                )));
            }
        }
        Ok(())
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
}
