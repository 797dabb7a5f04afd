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
    serde_json::from_slice(bytes).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Io | serde_json::error::Category::Data => "cannot be read as JSON",
            serde_json::error::Category::Syntax => "is not valid JSON",
            serde_json::error::Category::Eof => "ends before the JSON is complete",
        };
        InputError(format!("{name} {what}: {e}"))
    })
}
