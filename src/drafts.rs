//! Drafts: the form's values saved atomically under the data dir (`drafts/<api-id>/<id>.json`), a
//! session marker that tells the next start a session ended without quitting (crash, kill -9), and
//! secrets left out unless the user asks.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::spec::{Spec, schema_walk};

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
        crate::paths::write_atomic(&self.path(&draft.api, &draft.id), &bytes)
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
        crate::paths::write_atomic(&self.session_path(), &bytes)
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

impl DraftStore {
    /// Removes one draft (the user chose to on the start menu).
    pub fn delete(&self, api: &str, id: &str) -> std::io::Result<()> {
        std::fs::remove_file(self.path(api, id))
    }
}

/// The drafts with each identical one (same values) shown once, the newest kept: opening the same
/// example twice should not pile up two drafts that say the same.
pub fn distinct(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        if !out.iter().any(|o| o.document == d.document && o.params == d.params) {
            out.push(d);
        }
    }
    out
}

/// One line on what a draft holds: its first few values and how many fields are set.
pub fn summary(draft: &Draft) -> String {
    let mut leaves: Vec<(String, String)> = Vec::new();
    collect_leaves(&draft.document, String::new(), &mut leaves);
    if leaves.is_empty() {
        return "nothing filled in yet".to_owned();
    }
    let shown: Vec<String> = leaves
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .take(2)
        .map(|(at, v)| {
            let v = if v.chars().count() > 24 {
                format!("{}…", v.chars().take(23).collect::<String>())
            } else {
                v.clone()
            };
            // The field's own name: a draft's line has no room for the path to it.
            let name = crate::pointer::tokens(at).into_iter().rev().find(|t| t.parse::<usize>().is_err());
            format!("{} {v}", name.unwrap_or_default())
        })
        .collect();
    let n = leaves.len();
    let count = if n == 1 { "1 field set".to_owned() } else { format!("{n} fields set") };
    if shown.is_empty() { count } else { format!("{} · {count}", shown.join(" · ")) }
}

fn collect_leaves(v: &Value, at: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| collect_leaves(c, crate::pointer::child(&at, k), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| collect_leaves(c, format!("{at}/{i}"), out)),
        other => out.push((at, crate::text::sanitize(&crate::request::scalar_text(other)))),
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
        .filter(|(name, _)| !spec.params.iter().any(|p| &p.name == *name && is_secret(&p.schema)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut doc = document.clone();
    for at in secret_pointers(spec, document) {
        crate::pointer::remove(&mut doc, &at);
    }
    (params, doc)
}

fn is_secret(schema: &Value) -> bool {
    schema.get("writeOnly").and_then(Value::as_bool) == Some(true)
}

/// Pointers of the document's values whose schema is `writeOnly`.
pub fn secret_pointers(spec: &Spec, document: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(spec, document, String::new(), &mut out);
    out
}

fn walk(spec: &Spec, v: &Value, at: String, out: &mut Vec<String>) {
    if schema_walk::field(&spec.request, &at).is_some_and(is_secret) {
        out.push(at);
        return;
    }
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| walk(spec, c, crate::pointer::child(&at, k), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| walk(spec, c, format!("{at}/{i}"), out)),
        _ => {}
    }
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
        assert!(store.interrupted().is_none());
        store.begin_session("x.y.Z", "2-b").expect("marker");
        assert_eq!(store.interrupted().map(|d| d.id), Some("2-b".to_owned()), "our own marker counts as interrupted");
        store.end_session();
        assert!(store.interrupted().is_none());
    }

    #[test]
    fn identical_drafts_show_once_and_a_summary_names_what_is_in_one() {
        let draft = |id: &str, doc: Value| Draft {
            id: id.into(),
            api: "x.y.Z".into(),
            saved_at: String::new(),
            secrets_included: false,
            params: Map::new(),
            document: doc,
        };
        let same = json!({"RegionId": "cn-hangzhou", "Name": "hpc-1"});
        let kept = distinct(vec![draft("3", same.clone()), draft("2", json!({})), draft("1", same)]);
        assert_eq!(kept.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["3", "2"]);
        assert_eq!(summary(&kept[0]), "RegionId cn-hangzhou · Name hpc-1 · 2 fields set");
        assert_eq!(summary(&kept[1]), "nothing filled in yet");
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
