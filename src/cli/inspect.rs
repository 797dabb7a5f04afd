//! `list`, `schema` and `example`: printing what the specs hold.

use std::io::Write;

use super::Failure;
use crate::spec::{Catalog, Spec};

pub fn list(catalog: &Catalog, out: &mut dyn Write) -> Result<u8, Failure> {
    let id_width = catalog.summaries().map(|s| s.id.len()).max().unwrap_or(0);
    let route_width = catalog.summaries().map(|s| s.method.len() + s.path.len() + 1).max().unwrap_or(0);
    for spec in catalog.summaries() {
        let route = format!("{} {}", spec.method, spec.path);
        // Specs can come from a folder (APIWIZARD_SPECS): their text is a document's too.
        let line = format!("{:id_width$}  {route:route_width$}  {}", spec.id, spec.title);
        writeln!(out, "{}", crate::text::sanitize_line(&line))?;
    }
    Ok(0)
}

pub fn schema(spec: &Spec, out: &mut dyn Write) -> Result<u8, Failure> {
    writeln!(out, "{}", pretty(&spec.request))?;
    Ok(0)
}

pub fn example(spec: &Spec, name: Option<&str>, out: &mut dyn Write) -> Result<u8, Failure> {
    let Some(example) = spec.example(name) else {
        let names: Vec<&str> = spec.examples.iter().map(|e| e.name.as_str()).collect();
        let name = format!("{:?}", name.unwrap_or_default());
        let (api, examples) = (spec.id.as_str(), crate::i18n::join(&names));
        return Err(Failure::usage(crate::t!("cli-no-such-example", api = api, name = name, examples = examples)));
    };
    writeln!(out, "{}", pretty(&example.value))?;
    Ok(0)
}

pub fn pretty(value: &serde_json::Value) -> String {
    crate::text::json_pretty(value)
}
