//! `validate`: one document checked by the engine, reported as text or JSON.

use std::io::Write;
use std::path::Path;

use serde_json::json;

use super::{Failure, Format};
use crate::input;
use crate::spec::Spec;

pub fn run(spec: &Spec, file: Option<&Path>, format: Format, out: &mut dyn Write) -> Result<u8, Failure> {
    let document = input::read_document(file)?;
    let violations = spec.engine()?.validate(&document);
    match format {
        Format::Json => {
            let report = json!({"api": spec.id, "valid": violations.is_empty(), "errors": violations});
            writeln!(out, "{}", super::inspect::pretty(&report))?;
        }
        Format::Text if violations.is_empty() => writeln!(out, "{}", crate::t!("cli-valid", api = spec.id.as_str()))?,
        Format::Text => {
            let count = violations.len();
            writeln!(out, "{}", crate::t!("cli-invalid", count = count, api = spec.id.as_str()))?;
            for v in &violations {
                // Pointers and messages quote the document's keys and values: never raw.
                let at = if v.pointer.is_empty() { "/" } else { &v.pointer };
                let line = format!("  {at}  [{}]  {}", v.code, v.message);
                writeln!(out, "{}", crate::text::sanitize_line(&line))?;
            }
        }
    }
    Ok(if violations.is_empty() { 0 } else { 1 })
}
