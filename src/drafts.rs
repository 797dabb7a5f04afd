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

/// A session's crash marker: what it edits, and which process (for people reading the file; the
/// lock beside it, not the PID, says whether that process still runs).
#[derive(Debug, Serialize, Deserialize)]
struct Session {
    pid: u32,
    api: String,
    draft: String,
}

/// This process's marker: `sessions/<id>.json` and the lock file `sessions/<id>.lock` it holds
/// open and locked until it ends. The OS drops the lock when the process ends in any way (kill -9
/// too, and before a zombie is reaped), so a marker whose lock can be taken belongs to a session
/// that ended without quitting — a reused PID or a zombie cannot make it look alive.
struct Marker {
    id: String,
    _lock: std::fs::File,
}

#[derive(Debug)]
pub enum DraftError {
    Unreadable { path: String, reason: String },
}

impl std::error::Error for DraftError {}

/// Said in the current language when shown.
impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let DraftError::Unreadable { path, reason } = self;
        f.write_str(&crate::t!("engine-draft-unreadable", path = path.as_str(), reason = reason.as_str()))
    }
}

pub struct DraftStore {
    dir: PathBuf,
    marker: std::sync::Mutex<Option<Marker>>,
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
        DraftStore { dir, marker: std::sync::Mutex::new(None) }
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

    fn sessions(&self) -> PathBuf {
        self.dir.join("sessions")
    }

    /// Records that this process is editing `draft`; cleared by `end_session` on a clean exit.
    pub fn begin_session(&self, api: &str, draft: &str) -> std::io::Result<()> {
        let mut slot = self.marker.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if slot.is_none() {
            *slot = Some(self.new_marker()?);
        }
        let id = slot.as_ref().map(|m| m.id.clone()).unwrap_or_default();
        let session = Session { pid: std::process::id(), api: api.to_owned(), draft: draft.to_owned() };
        let bytes = serde_json::to_vec(&session).map_err(std::io::Error::other)?;
        crate::paths::write_private(&self.sessions().join(format!("{id}.json")), &bytes)
    }

    /// A lock file locked before it gets its name, so no other start ever sees it unlocked.
    fn new_marker(&self) -> std::io::Result<Marker> {
        let dir = self.sessions();
        let id = new_id();
        let hidden = dir.join(format!(".{id}.lock.{}.tmp", std::process::id()));
        crate::paths::write_private(&hidden, b"")?;
        let lock = std::fs::File::open(&hidden)?;
        lock.try_lock().map_err(std::io::Error::other)?;
        std::fs::rename(&hidden, dir.join(format!("{id}.lock")))?;
        Ok(Marker { id, _lock: lock })
    }

    pub fn end_session(&self) {
        let mut slot = self.marker.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(marker) = slot.take() {
            let _ = std::fs::remove_file(self.sessions().join(format!("{}.json", marker.id)));
            let _ = std::fs::remove_file(self.sessions().join(format!("{}.lock", marker.id)));
        }
    }

    /// The draft of a session that ended without quitting (no process holds its lock), if it can be
    /// read; its marker is removed, so it is offered once. Markers of live sessions are left alone.
    pub fn interrupted(&self) -> Option<Draft> {
        let ours = self.marker.lock().ok().and_then(|m| m.as_ref().map(|m| m.id.clone()));
        let mut locks: Vec<PathBuf> = std::fs::read_dir(self.sessions())
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "lock"))
            .filter(|p| ours.as_deref().is_none_or(|id| p.file_stem().is_none_or(|s| s != id)))
            .collect();
        // Newest first: ids sort by time.
        locks.sort();
        locks.reverse();
        for lock_path in locks {
            let Ok(lock) = std::fs::File::open(&lock_path) else { continue };
            if lock.try_lock().is_err() {
                continue; // a live session, in another wizard
            }
            let marker = lock_path.with_extension("json");
            let session = std::fs::read_to_string(&marker).ok().and_then(|t| serde_json::from_str::<Session>(&t).ok());
            let _ = std::fs::remove_file(&marker);
            let _ = std::fs::remove_file(&lock_path);
            if let Some(draft) = session.and_then(|s| self.load(&s.api, &s.draft).ok()) {
                return Some(draft);
            }
        }
        None
    }

    /// Removes what atomic writes of a killed process left behind (`.….tmp`) in the drafts and
    /// sessions folders; called once at start.
    pub fn clean_leftovers(&self) {
        crate::paths::remove_stale_temporaries(&self.dir.join("drafts"));
        crate::paths::remove_stale_temporaries(&self.sessions());
    }

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
        return crate::t!("engine-draft-empty");
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
    let count = crate::t!("engine-draft-fields", count = n);
    if shown.is_empty() { count } else { format!("{} · {count}", shown.join(" · ")) }
}

fn collect_leaves(v: &Value, at: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| collect_leaves(c, crate::pointer::child(&at, k), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| collect_leaves(c, format!("{at}/{i}"), out)),
        other => out.push((at, crate::text::sanitize(&crate::request::scalar_text(other)))),
    }
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
        let mut a = draft();
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
        let marker = only_marker(dir.path());
        assert_eq!(mode(marker.clone()), 0o600);
        assert!(store.interrupted().is_none(), "our own session is not an interrupted one");
        store.end_session();
        assert!(store.interrupted().is_none());
        assert_eq!(
            std::fs::read_dir(dir.path().join("sessions")).expect("dir").count(),
            0,
            "a clean end leaves no marker"
        );
    }

    fn only_marker(dir: &std::path::Path) -> PathBuf {
        let markers: Vec<PathBuf> = std::fs::read_dir(dir.join("sessions"))
            .expect("sessions")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        assert_eq!(markers.len(), 1, "{markers:?}");
        markers[0].clone()
    }

    fn draft() -> Draft {
        Draft {
            id: "1-a".into(),
            api: "x.y.Z".into(),
            saved_at: "2026-01-01T00:00:00Z".into(),
            secrets_included: false,
            params: Map::new(),
            document: json!({"n": 1}),
        }
    }

    fn saved(store: &DraftStore) {
        store.save(&draft()).expect("save");
    }

    #[test]
    fn a_live_session_is_never_offered_and_a_dead_one_always_is() {
        let dir = tempfile::tempdir().expect("tempdir");
        let live = DraftStore::new(dir.path().to_path_buf());
        saved(&live);
        live.begin_session("x.y.Z", "1-a").expect("marker");
        let next_start = DraftStore::new(dir.path().to_path_buf());
        assert!(next_start.interrupted().is_none(), "another wizard still edits it");
        // Dropping the store closes its lock file, as the OS does when a process is killed; the
        // marker stays on disk as after kill -9.
        drop(live);
        assert_eq!(next_start.interrupted().map(|d| d.id), Some("1-a".to_owned()));
        assert!(next_start.interrupted().is_none(), "offered once");
    }

    #[test]
    fn a_dead_session_whose_pid_now_runs_another_process_is_still_offered() {
        // The old marker trusted the PID: a live process with that PID (pid 1 always runs; this test
        // process too) hid the crash. The lock says the truth whatever the PID.
        for pid in [1, std::process::id()] {
            let dir = tempfile::tempdir().expect("tempdir");
            let crashed = DraftStore::new(dir.path().to_path_buf());
            saved(&crashed);
            crashed.begin_session("x.y.Z", "1-a").expect("marker");
            drop(crashed);
            let marker = only_marker(dir.path());
            let text = std::fs::read_to_string(&marker).expect("marker");
            let reused = text.replace(&format!("\"pid\":{}", std::process::id()), &format!("\"pid\":{pid}"));
            std::fs::write(&marker, reused).expect("rewrite");
            let next_start = DraftStore::new(dir.path().to_path_buf());
            assert_eq!(next_start.interrupted().map(|d| d.id), Some("1-a".to_owned()), "pid {pid}");
        }
    }

    #[test]
    fn a_killed_writers_temporaries_are_removed_at_start() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = DraftStore::new(dir.path().to_path_buf());
        saved(&store);
        let leftover = dir.path().join(format!("drafts/x.y.Z/.1-a.json.{}.tmp", u32::MAX - 1));
        std::fs::write(&leftover, b"{").expect("leftover");
        store.clean_leftovers();
        assert!(!leftover.exists());
        assert_eq!(store.list("x.y.Z").len(), 1, "the draft itself stays");
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
        crate::i18n::set_thread(crate::i18n::Lang::Zh);
        assert_eq!(summary(&kept[0]), "RegionId cn-hangzhou · Name hpc-1 · 已填写 2 个字段");
        assert_eq!(summary(&kept[1]), "尚未填写任何内容");
        let error = DraftError::Unreadable { path: "d.json".into(), reason: "x".into() };
        assert_eq!(error.to_string(), "无法读取草稿 d.json：x");
        crate::i18n::set_thread(crate::i18n::Lang::En);
        assert_eq!(error.to_string(), "cannot read draft d.json: x");
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
