//! The catalog of specs: the embedded files, overridden by any in `$APIWIZARD_SPECS`, found by id
//! case-insensitively, with a "did you mean" for unknown ids.

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;

use super::Spec;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_specs.rs"));
}

#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    #[error("spec {file} is not valid: {reason}")]
    Invalid { file: String, reason: String },
    #[error("unknown API id {given:?}{}; known ids: {}", suggestion.as_ref().map(|s| format!(" (did you mean {s}?)")).unwrap_or_default(), known.join(", "))]
    UnknownApi { given: String, suggestion: Option<String>, known: Vec<String> },
}

pub struct Catalog {
    specs: Vec<Arc<Spec>>,
}

impl Catalog {
    /// The built-in specs plus, when `APIWIZARD_SPECS` names a folder, its `*.json` files (a file with
    /// an id already known replaces the built-in one).
    pub fn load() -> Result<Catalog, SpecError> {
        let mut catalog = Catalog::embedded()?;
        if let Some(dir) = std::env::var_os("APIWIZARD_SPECS") {
            catalog.add_folder(Path::new(&dir))?;
        }
        Ok(catalog)
    }

    /// A catalog of exactly these specs (synthetic specs in tests and benchmarks).
    pub fn with_specs(specs: Vec<Spec>) -> Catalog {
        Catalog { specs: specs.into_iter().map(Arc::new).collect() }
    }

    /// Only the specs compiled into the binary.
    pub fn embedded() -> Result<Catalog, SpecError> {
        let mut catalog = Catalog { specs: Vec::new() };
        for (file, text) in embedded::EMBEDDED {
            catalog.add(file, text)?;
        }
        Ok(catalog)
    }

    fn add_folder(&mut self, dir: &Path) -> Result<(), SpecError> {
        let unreadable = |reason: String| SpecError::Invalid { file: dir.display().to_string(), reason };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| unreadable(e.to_string()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|e| unreadable(e.to_string()))?;
            self.add(&path.display().to_string(), &text)?;
        }
        Ok(())
    }

    fn add(&mut self, file: &str, text: &str) -> Result<(), SpecError> {
        let document: Value = serde_json::from_str(text)
            .map_err(|e| SpecError::Invalid { file: file.to_owned(), reason: e.to_string() })?;
        let spec = Spec::from_document(file, document)?;
        self.specs.retain(|s| s.id != spec.id);
        self.specs.push(Arc::new(spec));
        Ok(())
    }

    pub fn specs(&self) -> &[Arc<Spec>] {
        &self.specs
    }

    /// The spec whose id matches `id` ignoring case.
    pub fn get(&self, id: &str) -> Result<&Arc<Spec>, SpecError> {
        if let Some(spec) = self.specs.iter().find(|s| s.id.eq_ignore_ascii_case(id)) {
            return Ok(spec);
        }
        let lower = id.to_lowercase();
        let suggestion = self
            .specs
            .iter()
            .map(|s| (strsim::jaro_winkler(&lower, &s.id.to_lowercase()), &s.id))
            .filter(|(score, _)| *score > 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id.clone());
        Err(SpecError::UnknownApi {
            given: id.to_owned(),
            suggestion,
            known: self.specs.iter().map(|s| s.id.clone()).collect(),
        })
    }
}
