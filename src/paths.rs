//! Where apiwizard keeps files: the user data dir (drafts, history, sandbox state) and the config dir
//! (profiles), from the directories crate so each OS gets its usual place.

use std::path::PathBuf;

fn dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("dev", "apiwizard", "apiwizard")
}

/// The data dir, e.g. `~/.local/share/apiwizard` on Linux; `APIWIZARD_DATA_DIR` overrides it.
pub fn data_dir() -> PathBuf {
    std::env::var_os("APIWIZARD_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs().map(|d| d.data_dir().to_path_buf()))
        .unwrap_or_else(|| std::env::temp_dir().join("apiwizard"))
}

/// The config dir, e.g. `~/.config/apiwizard`; `APIWIZARD_CONFIG_DIR` overrides it.
pub fn config_dir() -> PathBuf {
    std::env::var_os("APIWIZARD_CONFIG_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs().map(|d| d.config_dir().to_path_buf()))
        .unwrap_or_else(|| std::env::temp_dir().join("apiwizard-config"))
}

/// Writes `bytes` to `path` crash-safely: a temporary file in the same folder, flushed to disk, then
/// renamed over the target, so a reader sees the old file or the new one, never half of one.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, &std::fs::OpenOptions::new())
}

/// The same, readable and writable by the owner only (0600 on Unix) from its first byte: for a file
/// that holds secrets.
pub fn write_atomic_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    write_atomic_with(path, bytes, &options)
}

/// `write_atomic_private` for the data dir's files that hold request bodies (drafts, history, the
/// crash markers): the file is 0600 and its folder 0700, so no other user of the machine reads them.
pub fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let dir = path.parent().unwrap_or_else(|| std::path::Path::new("."));
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    // A folder made by an older version (or by hand) is closed too.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    write_atomic_private(path, bytes)
}

fn write_atomic_with(path: &std::path::Path, bytes: &[u8], options: &std::fs::OpenOptions) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or_else(|| std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut file = options.clone().write(true).create(true).truncate(true).open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)
}

/// Removes the unfinished temporary files of atomic writes to `path` (a sandbox state file), and
/// only those: its folder may hold anything.
pub fn remove_stale_temps(path: &std::path::Path) {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or_else(|| std::path::Path::new("."));
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else { return };
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        if entry.file_name().to_string_lossy().starts_with(&format!(".{name}.")) && stale_temporary(&entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Removes, in `dir` and its subfolders, the temporary files of atomic writes that never finished.
pub fn remove_stale_temporaries(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            remove_stale_temporaries(&path);
        } else if stale_temporary(&entry) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// A temporary file of an atomic write (`.<name>.<pid>.tmp`) that never finished: its process is
/// gone (killed mid-write), is this one (a reused PID, before it wrote anything), or the file is
/// over ten minutes old (a write takes milliseconds).
fn stale_temporary(entry: &std::fs::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy().into_owned();
    let Some(pid) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(".tmp"))
        .and_then(|n| n.rsplit_once('.'))
        .and_then(|(_, pid)| pid.parse::<u32>().ok())
    else {
        return false;
    };
    let old = entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(600));
    let gone = !std::path::Path::new(&format!("/proc/{pid}")).exists();
    gone || old || pid == std::process::id()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("nested/draft.json");
        write_atomic(&path, b"first").expect("write");
        write_atomic(&path, b"second").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let leftovers = std::fs::read_dir(path.parent().expect("parent")).expect("dir").count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn private_writes_are_for_the_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("secret.json");
        write_atomic_private(&path, b"{}").expect("write");
        let mode = std::fs::metadata(&path).expect("metadata").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn leftover_temporaries_of_dead_writers_are_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let nested = dir.path().join("drafts/x.y.Z");
        std::fs::create_dir_all(&nested).expect("dir");
        // pid 1 always runs: its temporary is someone's write in progress and stays.
        let live = nested.join(".a.json.1.tmp");
        let dead = nested.join(format!(".a.json.{}.tmp", u32::MAX - 1));
        let ours = dir.path().join(format!(".session.json.{}.tmp", std::process::id()));
        let kept = [nested.join("a.json"), nested.join(".hidden"), nested.join("b.tmp"), live.clone()];
        for file in kept.iter().chain([&dead, &ours]) {
            std::fs::write(file, b"x").expect("write");
        }
        remove_stale_temporaries(dir.path());
        assert!(!dead.exists() && !ours.exists(), "the killed process's temporaries are gone");
        for file in &kept {
            assert!(file.exists(), "{} is kept", file.display());
        }
    }

    #[test]
    fn private_files_are_0600_in_a_0700_folder() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let open = dir.path().join("open");
        std::fs::create_dir(&open).expect("dir");
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        for path in [dir.path().join("a/b/draft.json"), open.join("session.json")] {
            write_private(&path, b"{}").expect("write");
            let mode = |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600, "{}", path.display());
            assert_eq!(mode(path.parent().expect("parent")), 0o700, "{}", path.display());
        }
        assert_eq!(std::fs::metadata(dir.path().join("a")).expect("a").permissions().mode() & 0o777, 0o700);
    }
}
