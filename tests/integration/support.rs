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
/// read or write the user's files.
pub fn apiwizard(home: &tempfile::TempDir) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_apiwizard"));
    cmd.env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env_remove("APIWIZARD_SPECS");
    cmd
}
