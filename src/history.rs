//! The history of submitted requests: one JSON file per submission under the data dir, written
//! crash-safely, with secrets (`writeOnly` fields) removed before anything touches the disk, and read
//! back newest first so the TUI can reopen an entry in the form.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::jobs::Phase;
use crate::pointer;
use crate::spec::{Spec, secrets};

/// One submission and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Sortable by time: `20250102T030405.678Z-1a2b3c4d`.
    pub id: String,
    /// RFC 3339 UTC.
    pub time: String,
    pub api: String,
    pub endpoint: String,
    pub params: Map<String, Value>,
    pub document: Value,
    /// Pointers of the secrets removed from `params` (`/name`) and `document`: the user enters them
    /// again when the entry is reopened.
    pub redacted: Vec<String>,
    pub token: Option<String>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    pub succeeded: bool,
    pub response: Value,
    /// Why there was no answer (network) or why the job did not succeed.
    pub error: Option<String>,
    pub created_id: Option<String>,
    pub job: Option<JobRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobRecord {
    pub id: String,
    pub state: Option<String>,
    pub phase: Option<Phase>,
}

impl Outcome {
    /// Fills in what an answered submission says: status, body, success and the created id.
    pub fn record(&mut self, submitted: &crate::http::Submitted) {
        self.status = Some(submitted.reply.status);
        self.response = submitted.reply.body.clone();
        self.succeeded = submitted.reply.is_success();
        self.created_id = submitted.created_id.clone();
        if !self.succeeded {
            self.error = Some(crate::t!("engine-server-answered", status = submitted.reply.status.to_string()));
        }
        if let Some(job) = &submitted.job {
            self.job = Some(JobRecord { id: job.id.clone(), state: None, phase: None });
        }
    }
}

impl Entry {
    /// A new entry for a submission (its secrets removed); the outcome is filled in as it comes.
    pub fn new(
        spec: &Spec,
        endpoint: &str,
        params: &Map<String, Value>,
        document: &Value,
        token: Option<String>,
    ) -> Entry {
        let (params, document, redacted) = redact(spec, params, document);
        let now = time::OffsetDateTime::now_utc();
        let stamp =
            time::macros::format_description!("[year][month][day]T[hour][minute][second].[subsecond digits:3]Z");
        let suffix = &uuid::Uuid::new_v4().simple().to_string()[..8];
        Entry {
            id: format!("{}-{suffix}", now.format(stamp).unwrap_or_default()),
            time: now.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
            api: spec.id.clone(),
            endpoint: endpoint.to_owned(),
            params,
            document,
            redacted,
            token,
            outcome: Outcome::default(),
        }
    }
}

/// Copies of `params` and `document` without the values whose schema is `writeOnly`, and where those
/// were.
pub fn redact(spec: &Spec, params: &Map<String, Value>, document: &Value) -> (Map<String, Value>, Value, Vec<String>) {
    let mut params = params.clone();
    let mut redacted = Vec::new();
    for p in spec.params.iter().filter(|p| secrets::is_secret(&p.schema)) {
        if params.shift_remove(&p.name).is_some() {
            redacted.push(pointer::child("", &p.name));
        }
    }
    let found = secrets::pointers(spec, document);
    let mut document = document.clone();
    // Later pointers first, so removing an array item never shifts one still to remove.
    for at in found.iter().rev() {
        pointer::remove(&mut document, at);
    }
    redacted.extend(found);
    (params, document, redacted)
}

/// The history folder.
pub struct History {
    dir: PathBuf,
}

impl History {
    /// Removes temporaries that a killed process's atomic writes left in the folder.
    pub fn clean_leftovers(&self) {
        crate::paths::remove_stale_temporaries(&self.dir);
    }

    /// `history/` in the data dir.
    pub fn open() -> History {
        History::at(crate::paths::data_dir().join("history"))
    }

    pub fn at(dir: impl Into<PathBuf>) -> History {
        History { dir: dir.into() }
    }

    /// Writes (or rewrites, as the outcome grows) one entry, crash-safely.
    pub fn save(&self, entry: &Entry) -> std::io::Result<PathBuf> {
        let path = self.dir.join(format!("{}.json", entry.id));
        let text = serde_json::to_vec_pretty(entry).map_err(std::io::Error::other)?;
        crate::paths::write_private(&path, &text)?;
        Ok(path)
    }

    /// Every readable entry, newest first (files that are not entries are skipped).
    pub fn list(&self) -> Vec<Entry> {
        let Ok(dir) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut names: Vec<String> = dir
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
            .collect();
        names.sort_unstable_by(|a, b| b.cmp(a));
        names.iter().filter_map(|n| self.load(n.trim_end_matches(".json")).ok()).collect()
    }

    pub fn load(&self, id: &str) -> std::io::Result<Entry> {
        if id.contains(['/', '\\']) || id.starts_with('.') {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                crate::t!("engine-history-bad-id", id = format!("{id:?}")),
            ));
        }
        let bytes = std::fs::read(self.dir.join(format!("{id}.json")))?;
        serde_json::from_slice(&bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    #[test]
    fn secrets_are_removed_and_recorded() {
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let mut document = spec.examples[0].value.clone();
        document["server"]["adminPass"] = Value::String("S3cret!pass".into());
        let entry = Entry::new(spec, "sandbox", &Map::new(), &document, Some("t".into()));
        assert_eq!(entry.redacted, vec!["/server/adminPass".to_owned()]);
        assert!(entry.document["server"].get("adminPass").is_none());
        assert_eq!(entry.document["server"]["name"], document["server"]["name"]);
    }

    #[test]
    fn entries_round_trip_newest_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let history = History::at(dir.path());
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
        let mut first = Entry::new(spec, "sandbox", &Map::new(), &spec.examples[0].value, None);
        first.id = "20250101T000000.000Z-a".into();
        let mut second = first.clone();
        second.id = "20250102T000000.000Z-b".into();
        second.outcome.succeeded = true;
        history.save(&first).expect("save");
        history.save(&second).expect("save");
        std::fs::write(dir.path().join("junk.json"), "not an entry").expect("write");
        assert_eq!(history.list(), vec![second.clone(), first]);
        assert_eq!(history.load(&second.id).expect("load"), second);
        assert!(history.load("../etc/passwd").is_err());
    }
}
