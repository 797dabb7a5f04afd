//! Drafts: the form's values saved atomically under the data dir (`drafts/<api-id>/<id>.json`), a
//! session marker that tells the next start a session ended without quitting (crash, kill -9), and
//! secrets left out unless the user asks.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::spec::{Spec, secrets};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub api: String,
    pub saved_at: String,
    #[serde(default)]
    pub secrets_included: bool,
    #[serde(default)]
    pub params: Map<String, Value>,
    pub document: Value,
}

#[derive(Debug, Serialize, Deserialize)]
struct Session {
    pid: u32,
    api: String,
    draft: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("cannot read draft {path}: {reason}")]
    Unreadable { path: String, reason: String },
}

pub struct DraftStore {
    dir: PathBuf,
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// A new draft id: sortable by time, unique within a run.
pub fn new_id() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!("{}-{}", now.unix_timestamp(), &uuid::Uuid::new_v4().simple().to_string()[..6])
}

impl DraftStore {
    pub fn new(dir: PathBuf) -> DraftStore {
        DraftStore { dir }
    }

    /// The store in the user data dir.
    pub fn open() -> DraftStore {
        DraftStore::new(crate::paths::data_dir())
    }

    fn path(&self, api: &str, id: &str) -> PathBuf {
        self.dir.join("drafts").join(api).join(format!("{id}.json"))
    }

    pub fn save(&self, draft: &Draft) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(draft).map_err(std::io::Error::other)?;
        crate::paths::write_private(&self.path(&draft.api, &draft.id), &bytes)
    }

    pub fn load(&self, api: &str, id: &str) -> Result<Draft, DraftError> {
        let path = self.path(api, id);
        let bad = |reason: String| DraftError::Unreadable { path: path.display().to_string(), reason };
        let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
        serde_json::from_str(&text).map_err(|e| bad(e.to_string()))
    }

    /// The drafts of one API, newest first (unreadable files are skipped).
    pub fn list(&self, api: &str) -> Vec<Draft> {
        let dir = self.dir.join("drafts").join(api);
        let mut drafts: Vec<Draft> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .filter_map(|t| serde_json::from_str(&t).ok())
            .collect();
        drafts.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(b.id.cmp(&a.id)));
        drafts
    }

    fn session_path(&self) -> PathBuf {
        self.dir.join("session.json")
    }

    /// Records that this process is editing `draft`; cleared by `end_session` on a clean exit.
    pub fn begin_session(&self, api: &str, draft: &str) -> std::io::Result<()> {
        let session = Session { pid: std::process::id(), api: api.to_owned(), draft: draft.to_owned() };
        let bytes = serde_json::to_vec(&session).map_err(std::io::Error::other)?;
        crate::paths::write_private(&self.session_path(), &bytes)
    }

    pub fn end_session(&self) {
        let _ = std::fs::remove_file(self.session_path());
    }

    /// The draft of a session that ended without quitting (its process is gone), if it can be read.
    pub fn interrupted(&self) -> Option<Draft> {
        let text = std::fs::read_to_string(self.session_path()).ok()?;
        let session: Session = serde_json::from_str(&text).ok()?;
        if session.pid != std::process::id() && process_alive(session.pid) {
            return None;
        }
        self.load(&session.api, &session.draft).ok()
    }
}

fn process_alive(pid: u32) -> bool {
    // Only Linux is checked; elsewhere a leftover marker is taken as an interrupted session.
    cfg!(target_os = "linux") && std::path::Path::new(&format!("/proc/{pid}")).exists()
}

/// A copy of the values with every secret (`writeOnly`) removed.
pub fn without_secrets(spec: &Spec, params: &Map<String, Value>, document: &Value) -> (Map<String, Value>, Value) {
    let params = params
        .iter()
        .filter(|(name, _)| !secrets::is_secret_param(spec, name))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut doc = document.clone();
    // Later pointers first, so removing an array item never shifts one still to remove.
    for at in secrets::pointers(spec, document).iter().rev() {
        crate::pointer::remove(&mut doc, at);
    }
    (params, doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn saves_lists_newest_first_and_restores_interrupted_sessions() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = DraftStore::new(dir.path().to_path_buf());
        let mut a = Draft {
            id: "1-a".into(),
            api: "x.y.Z".into(),
            saved_at: "2026-01-01T00:00:00Z".into(),
            secrets_included: false,
            params: Map::new(),
            document: json!({"n": 1}),
        };
        store.save(&a).expect("save");
        a.id = "2-b".into();
        a.saved_at = "2026-01-02T00:00:00Z".into();
        store.save(&a).expect("save");
        let ids: Vec<String> = store.list("x.y.Z").into_iter().map(|d| d.id).collect();
        assert_eq!(ids, ["2-b", "1-a"]);
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: PathBuf| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(store.path("x.y.Z", "2-b")), 0o600);
        assert_eq!(mode(dir.path().join("drafts/x.y.Z")), 0o700);
        assert!(store.interrupted().is_none());
        store.begin_session("x.y.Z", "2-b").expect("marker");
        assert_eq!(mode(store.session_path()), 0o600);
        assert_eq!(store.interrupted().map(|d| d.id), Some("2-b".to_owned()), "our own marker counts as interrupted");
        store.end_session();
        assert!(store.interrupted().is_none());
    }

    #[test]
    fn secrets_are_left_out() {
        let catalog = crate::spec::Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let doc = json!({"server": {"name": "a", "adminPass": "Secret#1234"}});
        let (_, clean) = without_secrets(spec, &Map::new(), &doc);
        assert_eq!(clean, json!({"server": {"name": "a"}}));
    }
}
