//! Shared helpers: the catalog, the fixture folder and the binary under test with a blank home.

use std::path::PathBuf;

use apiwizard::spec::Catalog;

pub fn catalog() -> Catalog {
    Catalog::embedded().expect("the built-in specs load")
}

pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The real binary, with HOME and the XDG folders pointed at a temporary directory so tests never
/// read or write the user's files, and no cloud credential or override inherited from the caller.
pub fn apiwizard(home: &tempfile::TempDir) -> assert_cmd::Command {
    assert_cmd::Command::from_std(apiwizard_process(home))
}

/// The same, as a plain process for tests that keep it running (e.g. `serve`).
pub fn apiwizard_process(home: &tempfile::TempDir) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_apiwizard"));
    cmd.env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env_remove("APIWIZARD_SPECS")
        .env_remove("APIWIZARD_DATA_DIR")
        .env_remove("APIWIZARD_CONFIG_DIR")
        .env_remove(apiwizard::profile::SANDBOX_URL_VAR);
    // English unless a test asks for another language.
    for name in apiwizard::i18n::LANGUAGE_VARS {
        cmd.env_remove(name);
    }
    for name in apiwizard::http::credentials::env_var_names() {
        cmd.env_remove(name);
    }
    cmd
}

/// Writes profiles.toml where the binary run by `apiwizard(home)` looks for it.
pub fn write_profiles(home: &tempfile::TempDir, text: &str) {
    let dir = home.path().join("config/apiwizard");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("profiles.toml"), text).expect("write profiles");
}

/// The API's first documented example, written to a file in `home`.
pub fn example_file(home: &tempfile::TempDir, id: &str) -> PathBuf {
    let catalog = catalog();
    let spec = catalog.get(id).expect("known api");
    let path = home.path().join(format!("{id}.json"));
    std::fs::write(&path, spec.examples[0].value.to_string()).expect("write example");
    path
}

pub const IDS: [&str; 5] = [
    "aliyun.batchcompute.CreateCluster",
    "aliyun.ehpc.CreateCluster",
    "huaweicloud.ecs.CreateServers",
    "aliyun.starrocks.CreateInstanceV1",
    "aliyun.ecs.CreateHpcCluster",
];

/// One catalog for the whole test binary, so each schema is compiled once, not once per sandbox.
pub fn shared_catalog() -> std::sync::Arc<Catalog> {
    static SHARED: std::sync::OnceLock<std::sync::Arc<Catalog>> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| std::sync::Arc::new(catalog())).clone()
}

/// A sandbox on 127.0.0.1:0 in the background, with the built-in specs.
pub fn sandbox(config: &apiwizard::sandbox::Config) -> apiwizard::sandbox::Background {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    apiwizard::sandbox::start(shared_catalog(), config, addr).expect("the sandbox starts")
}

/// The real client with short waits: retries 20 ms apart, up to `attempts` in all.
pub fn client(attempts: u32) -> apiwizard::http::Client {
    use std::time::Duration;
    let policy = apiwizard::http::RetryPolicy {
        attempts,
        first_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(100),
    };
    let settings = apiwizard::http::Settings { timeout: Duration::from_secs(20), policy, use_proxy: false };
    apiwizard::http::Client::new(settings).expect("client")
}

/// A runtime for tests that drive the async client from a plain #[test].
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime")
}

/// `serve` in its own process, stopped when dropped.
pub struct Served {
    child: std::process::Child,
    pub url: String,
    // Kept open: serve writes its route list after the first line.
    _stdout: std::io::BufReader<std::process::ChildStdout>,
}

impl Served {
    pub fn start(home: &tempfile::TempDir, args: &[&str]) -> Served {
        let mut command = apiwizard_process(home);
        command.args(["serve", "--addr", "127.0.0.1:0"]).args(args);
        Served::spawn(command)
    }

    /// Runs a prepared `serve` command and waits for the address it prints.
    pub fn spawn(mut command: std::process::Command) -> Served {
        let mut child = command.stdout(std::process::Stdio::piped()).spawn().expect("serve starts");
        let mut first = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        std::io::BufRead::read_line(&mut stdout, &mut first).expect("first line");
        let url = first.trim().rsplit(' ').next().unwrap_or_default().to_owned();
        assert!(url.starts_with("http://127.0.0.1:"), "serve printed {first:?}");
        Served { child, url, _stdout: stdout }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
