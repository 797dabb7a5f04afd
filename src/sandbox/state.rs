//! The sandbox's memory: created resources, the first answer per idempotency token, quota use. In
//! memory by default; with a state file, every change is appended to it as one JSON line (so a
//! create costs the same however many exist) and the lines are read back at start, so a restarted
//! sandbox still knows its resources and tokens. A line torn by a kill mid-write is dropped at the
//! next start, which rewrites the file whole (atomically) without it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One created resource (a cluster, an instance, or a job creating several servers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub api: String,
    pub id: String,
    /// The ids of what the request created (one per server for Huawei); `[id]` otherwise.
    pub resources: Vec<String>,
    pub region: String,
    /// The operation's parameters (e.g. `project_id`): a poll under another project does not see it.
    pub params: Map<String, Value>,
    pub created_ms: u64,
    pub fails: bool,
    /// How much quota it uses.
    pub units: u64,
    /// The request document it was created from: the read calls answer with its fields.
    #[serde(default)]
    pub document: Value,
}

impl Resource {
    pub fn age(&self) -> Duration {
        Duration::from_millis(now_ms().saturating_sub(self.created_ms))
    }
}

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Milliseconds since the epoch as an RFC 3339 UTC time (`2025-01-02T03:04:05.678Z`).
pub fn timestamp(ms: u64) -> String {
    let nanos = i128::from(ms) * 1_000_000;
    time::OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

/// An HTTP answer as the sandbox stores and replays it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub status: u16,
    pub body: Option<Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Remembered {
    api: String,
    token: String,
    fingerprint: String,
    answer: Answer,
}

/// What became of a create request.
#[derive(Debug, Clone, PartialEq)]
pub enum Admission {
    Created(Answer),
    /// The token was seen with the same request: its first answer, nothing created.
    Replayed(Answer),
    /// The token was seen with a different request.
    Mismatch,
    OverQuota {
        used: u64,
        limit: u64,
    },
}

#[derive(Default)]
struct Inner {
    resources: HashMap<String, HashMap<String, Resource>>,
    tokens: HashMap<String, HashMap<String, Remembered>>,
    used: HashMap<String, u64>,
    /// Lines not yet appended to the state file.
    pending: Vec<String>,
}

impl Inner {
    fn add(&mut self, entry: Entry) {
        match entry {
            Entry::Resource(r) => {
                *self.used.entry(r.api.clone()).or_default() += r.units;
                self.resources.entry(r.api.clone()).or_default().insert(r.id.clone(), r);
            }
            Entry::Token(t) => {
                self.tokens.entry(t.api.clone()).or_default().insert(t.token.clone(), t);
            }
        }
    }

    fn lines(&self) -> String {
        let resources = self.resources.values().flat_map(|m| m.values()).map(|r| line(&Entry::Resource(r.clone())));
        let tokens = self.tokens.values().flat_map(|m| m.values()).map(|t| line(&Entry::Token(t.clone())));
        resources.chain(tokens).collect()
    }
}

fn line(entry: &Entry) -> String {
    // Resources and answers are plain JSON data: serialising them cannot fail.
    let mut text = serde_json::to_string(entry).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a state file: the lines of this version, or an earlier version's snapshot. Returns whether
/// the file should be rewritten (an old snapshot, or a last line torn by a crash).
fn load(bytes: &[u8], path: &Path, inner: &mut Inner) -> Result<bool, String> {
    let broken = |e: &dyn std::fmt::Display| {
        crate::t!("cli-state-broken", path = path.display().to_string(), error = e.to_string())
    };
    if let Ok(snapshot) = serde_json::from_slice::<Snapshot>(bytes) {
        snapshot.resources.into_iter().for_each(|r| inner.add(Entry::Resource(r)));
        snapshot.tokens.into_iter().for_each(|t| inner.add(Entry::Token(t)));
        return Ok(true);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| broken(&e))?;
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut torn = false;
    for (n, text) in lines.iter().enumerate() {
        match serde_json::from_str::<Entry>(text) {
            Ok(entry) => inner.add(entry),
            // Only the last line can be cut short by a kill mid-append, and it still starts as one
            // of ours; anything else is not a state file.
            Err(_) if n + 1 == lines.len() && ["{\"resource\":", "{\"token\":"].iter().any(|p| text.starts_with(p)) => {
                torn = true;
            }
            Err(e) => return Err(broken(&crate::t!("cli-state-line", line = n + 1, error = e.to_string()))),
        }
    }
    Ok(torn)
}

/// The state file of earlier versions: one snapshot, rewritten whole. Still read, then replaced.
#[derive(Default, Serialize, Deserialize)]
struct Snapshot {
    resources: Vec<Resource>,
    tokens: Vec<Remembered>,
}

/// One line of the state file.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Entry {
    Resource(Resource),
    Token(Remembered),
}

struct StateFile {
    path: PathBuf,
    /// Open for appending; its lock also orders the lines of concurrent creates.
    log: Mutex<std::fs::File>,
}

pub struct Store {
    inner: Mutex<Inner>,
    file: Option<StateFile>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere never leaves the maps half-updated (each change is one insert), so a poisoned
    // lock is still safe to use.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Store {
    pub fn in_memory() -> Store {
        Store { inner: Mutex::new(Inner::default()), file: None }
    }

    /// A store kept in `path`: its lines are loaded when the file exists.
    pub fn open(path: &Path) -> Result<Store, String> {
        let mut inner = Inner::default();
        // Temporary files a killed rewrite left behind are of no use to anyone.
        crate::paths::remove_stale_temps(path);
        let rewrite = match std::fs::read(path) {
            Ok(bytes) => load(&bytes, path, &mut inner)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => {
                return Err(crate::t!("cli-profile-read", path = path.display().to_string(), error = e.to_string()));
            }
        };
        let cannot = |e: std::io::Error| {
            crate::t!("cli-cannot-write-file", path = path.display().to_string(), error = e.to_string())
        };
        if rewrite {
            crate::paths::write_atomic(path, inner.lines().as_bytes()).map_err(cannot)?;
        }
        let log = std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(cannot)?;
        Ok(Store { inner: Mutex::new(inner), file: Some(StateFile { path: path.to_owned(), log: Mutex::new(log) }) })
    }

    pub fn persists(&self) -> bool {
        self.file.is_some()
    }

    pub fn get(&self, api: &str, id: &str) -> Option<Resource> {
        lock(&self.inner).resources.get(api).and_then(|m| m.get(id)).cloned()
    }

    /// Every resource of `api` (a copy: the lock is not held while a read renders its answer).
    pub fn all(&self, api: &str) -> Vec<Resource> {
        lock(&self.inner).resources.get(api).map(|m| m.values().cloned().collect()).unwrap_or_default()
    }

    pub fn count(&self, api: &str) -> usize {
        lock(&self.inner).resources.get(api).map_or(0, HashMap::len)
    }

    /// In one step, so two requests with one token can never both create: replays or refuses a known
    /// token, refuses when `units` more would pass `limit`, else creates (`make`) and remembers the
    /// answer under the token.
    pub fn admit(
        &self,
        api: &str,
        token: Option<(&str, &str)>,
        units: u64,
        limit: Option<u64>,
        make: impl FnOnce() -> (Resource, Answer),
    ) -> Admission {
        let mut inner = lock(&self.inner);
        if let Some((token, fingerprint)) = token
            && let Some(seen) = inner.tokens.get(api).and_then(|m| m.get(token))
        {
            return if seen.fingerprint == fingerprint {
                Admission::Replayed(seen.answer.clone())
            } else {
                Admission::Mismatch
            };
        }
        let used = inner.used.get(api).copied().unwrap_or(0);
        if let Some(limit) = limit.filter(|l| used.saturating_add(units) > *l) {
            return Admission::OverQuota { used, limit };
        }
        let (resource, answer) = make();
        let mut entries = vec![Entry::Resource(resource)];
        if let Some((token, fingerprint)) = token {
            entries.push(Entry::Token(Remembered {
                api: api.to_owned(),
                token: token.to_owned(),
                fingerprint: fingerprint.to_owned(),
                answer: answer.clone(),
            }));
        }
        for entry in entries {
            if self.file.is_some() {
                inner.pending.push(line(&entry));
            }
            inner.add(entry);
        }
        Admission::Created(answer)
    }

    /// Appends the changes not yet written to the state file (blocking; a no-op in memory). A
    /// change's lines go out in one write, so a kill tears at most the last of them.
    pub fn save(&self) -> std::io::Result<()> {
        use std::io::Write;
        let Some(file) = &self.file else { return Ok(()) };
        let mut log = lock(&file.log);
        let lines: String = std::mem::take(&mut lock(&self.inner).pending).concat();
        if lines.is_empty() {
            return Ok(());
        }
        log.write_all(lines.as_bytes())
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", file.path.display())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(id: &str, units: u64) -> Resource {
        Resource {
            api: "a".into(),
            id: id.into(),
            resources: vec![id.into()],
            region: "r".into(),
            params: Map::new(),
            created_ms: now_ms(),
            fails: false,
            units,
            document: Value::Null,
        }
    }

    fn answer(id: &str) -> Answer {
        Answer { status: 201, body: Some(serde_json::json!({"Id": id})) }
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_700_000_000_123), "2023-11-14T22:13:20.123Z");
    }

    #[test]
    fn tokens_replay_or_refuse_and_quota_counts_units() {
        let store = Store::in_memory();
        let created = store.admit("a", Some(("t1", "f1")), 2, Some(3), || (resource("x", 2), answer("x")));
        assert_eq!(created, Admission::Created(answer("x")));
        let again = store.admit("a", Some(("t1", "f1")), 2, Some(3), || (resource("y", 2), answer("y")));
        assert_eq!(again, Admission::Replayed(answer("x")));
        assert_eq!(
            store.admit("a", Some(("t1", "f2")), 1, None, || (resource("z", 1), answer("z"))),
            Admission::Mismatch
        );
        let over = store.admit("a", None, 2, Some(3), || (resource("w", 2), answer("w")));
        assert_eq!(over, Admission::OverQuota { used: 2, limit: 3 });
        assert_eq!(store.count("a"), 1);
    }

    #[test]
    fn a_state_file_survives_a_restart_and_a_broken_one_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state.json");
        let store = Store::open(&path).expect("new store");
        store.admit("a", Some(("t1", "f1")), 1, None, || (resource("x", 1), answer("x")));
        store.save().expect("saved");
        let reopened = Store::open(&path).expect("reopened");
        assert_eq!(reopened.get("a", "x").map(|r| r.id), Some("x".to_owned()));
        let replay = reopened.admit("a", Some(("t1", "f1")), 1, Some(1), || (resource("y", 1), answer("y")));
        assert_eq!(replay, Admission::Replayed(answer("x")));
        assert!(matches!(
            reopened.admit("a", None, 1, Some(1), || (resource("y", 1), answer("y"))),
            Admission::OverQuota { .. }
        ));
        std::fs::write(&path, "{half").expect("write");
        assert!(Store::open(&path).err().is_some_and(|e| e.contains("--state")));
    }

    #[test]
    fn a_line_torn_by_a_kill_is_dropped_and_old_snapshots_are_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("state.json");
        let store = Store::open(&path).expect("new store");
        store.admit("a", Some(("t1", "f1")), 1, None, || (resource("x", 1), answer("x")));
        store.save().expect("saved");
        store.admit("a", None, 1, None, || (resource("y", 1), answer("y")));
        store.save().expect("saved");
        drop(store);
        // A kill in the middle of the second append, and a rewrite killed before its rename.
        let text = std::fs::read_to_string(&path).expect("read");
        assert_eq!(text.lines().count(), 3, "one line per resource and per token: {text}");
        std::fs::write(&path, &text[..text.len() - 20]).expect("tear");
        std::fs::write(dir.path().join(".state.json.999999999.tmp"), "half a rewrite").expect("tmp");
        let reopened = Store::open(&path).expect("reopened");
        assert_eq!((reopened.count("a"), reopened.get("a", "x").is_some()), (1, true));
        let files: Vec<String> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, ["state.json"], "the stale temporary file is gone");
        assert!(std::fs::read_to_string(&path).expect("read").lines().all(|l| l.ends_with('}')));

        let old = Snapshot { resources: vec![resource("z", 2)], tokens: Vec::new() };
        std::fs::write(&path, serde_json::to_vec(&old).expect("json")).expect("old format");
        let upgraded = Store::open(&path).expect("an old snapshot is read");
        assert!(upgraded.get("a", "z").is_some());
        assert!(matches!(
            upgraded.admit("a", None, 9, Some(10), || (resource("w", 9), answer("w"))),
            Admission::OverQuota { used: 2, .. }
        ));
    }
}
