//! The catalog of specs: the embedded files, overridden by any in `$APIWIZARD_SPECS`, found by id
//! case-insensitively, with a "did you mean" for unknown ids.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use serde_json::Value;

use super::Spec;
use super::summary::Summary;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_specs.rs"));
}

#[derive(Debug)]
pub enum SpecError {
    Invalid { file: String, reason: String },
    UnknownApi { given: String, suggestion: Option<String>, known: Vec<String> },
}

impl std::error::Error for SpecError {}

/// Said in the current language when shown (the ids, files and reasons stay as they are).
impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            SpecError::Invalid { file, reason } => {
                crate::t!("engine-spec-invalid", file = file.as_str(), reason = reason.as_str())
            }
            SpecError::UnknownApi { given, suggestion: None, known } => {
                crate::t!("engine-unknown-api", given = format!("{given:?}"), known = crate::i18n::join(known))
            }
            SpecError::UnknownApi { given, suggestion: Some(suggestion), known } => {
                let (given, known) = (format!("{given:?}"), crate::i18n::join(known));
                crate::t!("engine-unknown-api-suggest", given = given, suggestion = suggestion.as_str(), known = known)
            }
        };
        f.write_str(&text)
    }
}

/// The specs by id. Embedded specs are parsed the first time they are asked for (the start screen
/// needs only their summaries); specs from a folder or given directly are parsed at once.
pub struct Catalog {
    entries: Vec<Entry>,
    /// Every spec, for the callers that want them all (the sandbox, `list`, imports).
    all: OnceLock<Vec<Arc<Spec>>>,
}

struct Entry {
    summary: Summary,
    file: String,
    /// The text still to parse (embedded specs), until the spec is asked for.
    text: &'static str,
    spec: OnceLock<Result<Arc<Spec>, String>>,
}

impl Entry {
    fn ready(file: &str, spec: Spec) -> Entry {
        let summary = Summary::of(&spec);
        Entry { summary, file: file.to_owned(), text: "", spec: OnceLock::from(Ok(Arc::new(spec))) }
    }

    fn load(&self) -> Result<&Arc<Spec>, SpecError> {
        // Only the reason is kept, so the error names its file once.
        let reason = |e: SpecError| match e {
            SpecError::Invalid { reason, .. } => reason,
            other => other.to_string(),
        };
        let parsed = self.spec.get_or_init(|| parse(&self.file, self.text).map(Arc::new).map_err(reason));
        parsed.as_ref().map_err(|reason| SpecError::Invalid { file: self.file.clone(), reason: reason.clone() })
    }
}

fn parse(file: &str, text: &str) -> Result<Spec, SpecError> {
    let document: Value =
        serde_json::from_str(text).map_err(|e| SpecError::Invalid { file: file.to_owned(), reason: e.to_string() })?;
    Spec::from_document(file, document)
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
        let entries = specs.into_iter().map(|s| Entry::ready("(given)", s)).collect();
        Catalog { entries, all: OnceLock::new() }
    }

    /// Only the specs compiled into the binary (their summaries read now, the rest on first use).
    pub fn embedded() -> Result<Catalog, SpecError> {
        let mut entries = Vec::new();
        for (file, text) in embedded::EMBEDDED {
            let summary = Summary::read(file, text)?;
            entries.push(Entry { summary, file: (*file).to_owned(), text, spec: OnceLock::new() });
        }
        Ok(Catalog { entries, all: OnceLock::new() })
    }

    fn add_folder(&mut self, dir: &Path) -> Result<(), SpecError> {
        let unreadable = |reason: String| SpecError::Invalid { file: dir.display().to_string(), reason };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| unreadable(crate::input::io_error(&e)))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let file = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| unreadable(crate::input::io_error(&e)))?;
            // A user's spec is checked now, so a broken file is reported before anything opens.
            let spec = parse(&file, &text)?;
            self.entries.retain(|e| e.summary.id != spec.id);
            self.entries.push(Entry::ready(&file, spec));
        }
        Ok(())
    }

    /// What the start screen lists, without parsing any spec.
    pub fn summaries(&self) -> impl Iterator<Item = &Summary> {
        self.entries.iter().map(|e| &e.summary)
    }

    /// Every spec, parsed on the first call. An embedded spec that does not parse is left out here
    /// and reported by `get` (a test keeps every embedded spec parsing).
    pub fn specs(&self) -> &[Arc<Spec>] {
        self.all.get_or_init(|| self.entries.iter().filter_map(|e| e.load().ok().cloned()).collect())
    }

    /// The spec whose id matches `id` ignoring case.
    pub fn get(&self, id: &str) -> Result<&Arc<Spec>, SpecError> {
        if let Some(entry) = self.entries.iter().find(|e| e.summary.id.eq_ignore_ascii_case(id)) {
            return entry.load();
        }
        let lower = id.to_lowercase();
        let suggestion = self
            .summaries()
            .map(|s| (strsim::jaro_winkler(&lower, &s.id.to_lowercase()), &s.id))
            .filter(|(score, _)| *score > 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id.clone());
        Err(SpecError::UnknownApi {
            given: id.to_owned(),
            suggestion,
            known: self.summaries().map(|s| s.id.clone()).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_id_is_said_in_the_current_language_with_its_suggestion() {
        use crate::i18n::{Lang, set_thread};
        let catalog = Catalog::embedded().expect("specs");
        set_thread(Lang::Zh);
        let error = catalog.get("aliyun.ecs.CreateHpcClustr").expect_err("unknown").to_string();
        assert!(error.starts_with("未知的 API id \"aliyun.ecs.CreateHpcClustr\"（您是不是要找 aliyun.ecs.CreateHpcCluster？）；已知的 id："), "{error}");
        let error = catalog.get("zzz").expect_err("unknown").to_string();
        assert!(
            error.starts_with("未知的 API id \"zzz\"；已知的 id：") && error.contains("huaweicloud.ecs.CreateServers"),
            "{error}"
        );
        let invalid = Spec::from_document("t.json", serde_json::json!({})).expect_err("no id").to_string();
        assert_eq!(invalid, "规格文件 t.json 无效：缺少 x-api-id");
        set_thread(Lang::En);
        let error = catalog.get("zzz").expect_err("unknown").to_string();
        assert!(error.starts_with("unknown API id \"zzz\"; known ids: "), "{error}");
        let invalid = Spec::from_document("t.json", serde_json::json!({})).expect_err("no id").to_string();
        assert_eq!(invalid, "spec t.json is not valid: x-api-id is missing");
    }

    #[test]
    fn every_embedded_spec_parses_and_its_summary_agrees_with_it() {
        let catalog = Catalog::embedded().expect("summaries");
        assert_eq!(catalog.specs().len(), embedded::EMBEDDED.len(), "none left out");
        for summary in catalog.summaries() {
            let spec = catalog.get(&summary.id).expect("parses");
            assert_eq!(*summary, Summary::of(spec));
        }
    }

    #[test]
    fn a_broken_spec_is_reported_when_asked_for() {
        let text = r#"{"x-api-id": "broken.Api", "paths": {"/x": {"post": {}}}}"#;
        let summary = Summary::read("broken.json", text).expect("the summary reads");
        let entry = Entry { summary, file: "broken.json".into(), text, spec: OnceLock::new() };
        let catalog = Catalog { entries: vec![entry], all: OnceLock::new() };
        let err = catalog.get("broken.api").expect_err("invalid");
        assert!(err.to_string().starts_with("spec broken.json is not valid: "), "{err}");
        assert_eq!(err.to_string().matches("broken.json").count(), 1, "the file is named once: {err}");
        assert!(catalog.specs().is_empty());
        assert!(Summary::read("none.json", "{}").expect_err("no id").to_string().contains("x-api-id is missing"));
    }
}
