//! Profiles: where requests go and with which key. Two are built in (`sandbox`, the local sandbox
//! with its test key pair; `env`, the real cloud with keys from the environment); any number more
//! come from `profiles.toml` in the config dir. `target` turns a profile into one request's target.

mod target;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use target::{Choice, Target, resolve, sandbox_parameter};

use crate::http::credentials::{Credentials, MissingCredentials, Provider, Secret};

pub const SANDBOX: &str = "sandbox";
pub const ENV: &str = "env";
/// Where the sandbox listens unless `APIWIZARD_SANDBOX_URL` or `--endpoint` says otherwise.
pub const SANDBOX_DEFAULT_URL: &str = "http://127.0.0.1:8642";
pub const SANDBOX_URL_VAR: &str = "APIWIZARD_SANDBOX_URL";

/// The sandbox's fixed test key pair: requests to the sandbox are signed with it and
/// `serve --verify-signatures` checks them against it. Not a secret.
pub fn sandbox_credentials() -> Credentials {
    Credentials::new("apiwizard-sandbox-key-id", "apiwizard-sandbox-key-secret")
}

/// Where a profile's key comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialSource {
    /// The sandbox's test key pair.
    Sandbox,
    /// The variables the official SDKs read (ALIBABA_CLOUD_*, HUAWEICLOUD_SDK_*).
    Env,
    /// Written in profiles.toml.
    Inline { access_key_id: String, secret: Secret, security_token: Option<Secret> },
    /// No key: requests are built but not signed.
    None,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    /// `None` for the built-ins, which serve every API.
    pub provider: Option<Provider>,
    pub region: Option<String>,
    /// Base URL for every API of this profile.
    pub endpoint: Option<String>,
    /// Base URL per API id, ahead of `endpoint`.
    pub endpoints: BTreeMap<String, String>,
    pub credentials: CredentialSource,
    pub project_id: Option<String>,
}

impl Profile {
    fn builtin(name: &str, credentials: CredentialSource) -> Profile {
        Profile {
            name: name.to_owned(),
            provider: None,
            region: None,
            endpoint: None,
            endpoints: BTreeMap::new(),
            credentials,
            project_id: None,
        }
    }

    pub fn is_sandbox(&self) -> bool {
        self.credentials == CredentialSource::Sandbox
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{}", crate::t!("cli-profile-read", path = .path.as_str(), error = .error.as_str()))]
    Read { path: String, error: String },
    #[error("{}", crate::t!("cli-profile-parse", path = .path.as_str(), message = .message.as_str()))]
    Parse { path: String, message: String },
    #[error("{}", crate::t!("cli-profile-invalid", profile = .profile.as_str(), path = .path.as_str(), message = .message.as_str()))]
    Invalid { path: String, profile: String, message: String },
    #[error("{}", crate::t!("cli-profile-unknown", name = format!("{:?}", .name), known = crate::i18n::join(.known)))]
    Unknown { name: String, known: Vec<String> },
    #[error("{}", crate::t!("cli-profile-wrong-provider", profile = .profile.as_str(), profile_provider = *.profile_provider, api = .api.as_str(), api_provider = *.api_provider))]
    WrongProvider { profile: String, profile_provider: &'static str, api: String, api_provider: &'static str },
    #[error("{}", crate::t!("cli-profile-credentials", profile = .profile.as_str(), error = .source.to_string()))]
    Credentials { profile: String, source: MissingCredentials },
    #[error("{}", crate::t!("cli-profile-no-credentials", profile = .profile.as_str(), what = .what.as_str()))]
    NoCredentials { profile: String, what: String },
    #[error("{0}")]
    Param(String),
    #[error("{0}")]
    Endpoint(String),
    #[error("{0}")]
    Request(#[from] crate::request::RequestError),
}

/// The profiles file as written. Unknown keys are refused so a typo never silently drops a setting.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    default: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Entry>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    provider: Provider,
    region: Option<String>,
    endpoint: Option<String>,
    #[serde(default)]
    endpoints: BTreeMap<String, String>,
    #[serde(default)]
    credentials: SourceName,
    access_key_id: Option<String>,
    access_key_secret: Option<Secret>,
    security_token: Option<Secret>,
    project_id: Option<String>,
}

#[derive(serde::Deserialize, Default, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum SourceName {
    #[default]
    Env,
    Inline,
    None,
}

/// The built-in profiles plus those of one profiles file.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    default: Option<String>,
    file: Vec<Profile>,
}

impl Profiles {
    /// `profiles.toml` in the config dir.
    pub fn path() -> PathBuf {
        crate::paths::config_dir().join("profiles.toml")
    }

    /// Reads the profiles file; a missing file means only the built-ins.
    pub fn load() -> Result<Profiles, ProfileError> {
        let path = Profiles::path();
        match std::fs::read_to_string(&path) {
            Ok(text) => Profiles::parse(&path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Profiles::default()),
            Err(e) => Err(ProfileError::Read { path: path.display().to_string(), error: e.to_string() }),
        }
    }

    pub fn parse(path: &Path, text: &str) -> Result<Profiles, ProfileError> {
        let shown = path.display().to_string();
        let doc: FileDoc =
            toml::from_str(text).map_err(|e| ProfileError::Parse { path: shown.clone(), message: e.to_string() })?;
        let mut file = Vec::new();
        for (name, entry) in doc.profiles {
            let invalid =
                |message: String| ProfileError::Invalid { path: shown.clone(), profile: name.clone(), message };
            file.push(entry_to_profile(&name, entry).map_err(invalid)?);
        }
        let profiles = Profiles { default: doc.default, file };
        if let Some(default) = &profiles.default {
            profiles.get(default)?;
        }
        Ok(profiles)
    }

    /// Every profile name: the built-ins first, then the file's in name order.
    pub fn names(&self) -> Vec<String> {
        [SANDBOX, ENV].into_iter().map(str::to_owned).chain(self.file.iter().map(|p| p.name.clone())).collect()
    }

    /// The file's `default`, else the sandbox.
    pub fn default_name(&self) -> &str {
        self.default.as_deref().unwrap_or(SANDBOX)
    }

    pub fn get(&self, name: &str) -> Result<Profile, ProfileError> {
        match name {
            SANDBOX => Ok(Profile::builtin(SANDBOX, CredentialSource::Sandbox)),
            ENV => Ok(Profile::builtin(ENV, CredentialSource::Env)),
            _ => self
                .file
                .iter()
                .find(|p| p.name == name)
                .cloned()
                .ok_or_else(|| ProfileError::Unknown { name: name.to_owned(), known: self.names() }),
        }
    }
}

fn entry_to_profile(name: &str, entry: Entry) -> Result<Profile, String> {
    if name == SANDBOX || name == ENV {
        return Err(crate::t!("cli-profile-built-in", name = name));
    }
    let credentials = match entry.credentials {
        SourceName::Inline => match (entry.access_key_id, entry.access_key_secret) {
            (Some(id), Some(secret)) if !id.is_empty() && !secret.expose().is_empty() => {
                CredentialSource::Inline { access_key_id: id, secret, security_token: entry.security_token }
            }
            _ => return Err(crate::t!("cli-profile-inline-needs-keys")),
        },
        source => {
            if entry.access_key_id.is_some() || entry.access_key_secret.is_some() || entry.security_token.is_some() {
                return Err(crate::t!("cli-profile-keys-not-inline"));
            }
            if source == SourceName::Env { CredentialSource::Env } else { CredentialSource::None }
        }
    };
    let endpoint = entry.endpoint.map(|e| normalize_endpoint(&e)).transpose()?;
    let endpoints = entry
        .endpoints
        .into_iter()
        .map(|(api, e)| normalize_endpoint(&e).map(|e| (api, e)))
        .collect::<Result<_, _>>()?;
    Ok(Profile {
        name: name.to_owned(),
        provider: Some(entry.provider),
        region: entry.region.filter(|r| !r.is_empty()),
        endpoint,
        endpoints,
        credentials,
        project_id: entry.project_id.filter(|p| !p.is_empty()),
    })
}

/// A base URL from what a person wrote: `https://` is assumed, a trailing `/` dropped. A path, query
/// or user part is refused: the signature covers the path, so the base must be scheme and host only.
pub fn normalize_endpoint(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let (scheme, host) = trimmed.split_once("://").unwrap_or(("https", trimmed));
    let host = host.trim_end_matches('/');
    let scheme = scheme.to_ascii_lowercase();
    let shown = format!("{text:?}");
    if scheme != "https" && scheme != "http" {
        return Err(crate::t!("cli-endpoint-scheme", endpoint = shown));
    }
    if host.is_empty() {
        return Err(crate::t!("cli-endpoint-no-host", endpoint = shown));
    }
    if host.chars().any(|c| matches!(c, '/' | '?' | '#' | '@') || c.is_whitespace() || c.is_control()) {
        return Err(crate::t!("cli-endpoint-host-only", endpoint = shown));
    }
    Ok(format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
default = "prod"

[profiles.prod]
provider = "aliyun"
region = "cn-shanghai"

[profiles.keys]
provider = "huaweicloud"
credentials = "inline"
access_key_id = "AK"
access_key_secret = "a-long-secret-key-value"
project_id = "0605767b"
endpoint = "ecs.cn-north-4.myhuaweicloud.com/"

[profiles.offline]
provider = "aliyun"
credentials = "none"
[profiles.offline.endpoints]
"aliyun.ehpc.CreateCluster" = "http://127.0.0.1:9000"
"#;

    fn parse(text: &str) -> Result<Profiles, ProfileError> {
        Profiles::parse(Path::new("profiles.toml"), text)
    }

    #[test]
    fn reads_profiles_with_their_sources() {
        let profiles = parse(FILE).expect("valid");
        assert_eq!(profiles.default_name(), "prod");
        assert_eq!(profiles.names(), ["sandbox", "env", "keys", "offline", "prod"]);
        let prod = profiles.get("prod").expect("prod");
        assert_eq!((prod.provider, prod.region.as_deref()), (Some(Provider::Alibaba), Some("cn-shanghai")));
        assert_eq!(prod.credentials, CredentialSource::Env);
        let keys = profiles.get("keys").expect("keys");
        assert_eq!(keys.endpoint.as_deref(), Some("https://ecs.cn-north-4.myhuaweicloud.com"));
        assert!(
            matches!(keys.credentials, CredentialSource::Inline { ref access_key_id, .. } if access_key_id == "AK")
        );
        assert!(!format!("{keys:?}").contains("a-long-secret-key-value"), "Debug never shows a secret");
        let offline = profiles.get("offline").expect("offline");
        assert_eq!(offline.credentials, CredentialSource::None);
        assert_eq!(offline.endpoints["aliyun.ehpc.CreateCluster"], "http://127.0.0.1:9000");
        assert!(profiles.get("sandbox").expect("built in").is_sandbox());
        assert_eq!(Profiles::default().default_name(), "sandbox");
    }

    #[test]
    fn mistakes_are_named() {
        let unknown = parse("[profiles.a]\nprovider = \"aliyun\"\nregoin = \"x\"\n").expect_err("typo");
        assert!(unknown.to_string().contains("regoin"), "{unknown}");
        let provider = parse("[profiles.a]\nprovider = \"aws\"\n").expect_err("provider");
        assert!(provider.to_string().contains("aliyun"), "{provider}");
        let keys = parse("[profiles.a]\nprovider = \"aliyun\"\naccess_key_secret = \"s\"\n").expect_err("keys");
        assert!(keys.to_string().contains("credentials = \"inline\""), "{keys}");
        assert!(!keys.to_string().contains("\"s\""));
        let inline = parse("[profiles.a]\nprovider = \"aliyun\"\ncredentials = \"inline\"\n").expect_err("inline");
        assert!(inline.to_string().contains("needs access_key_id and access_key_secret"), "{inline}");
        let reserved = parse("[profiles.sandbox]\nprovider = \"aliyun\"\n").expect_err("reserved");
        assert!(reserved.to_string().contains("built in"), "{reserved}");
        let default = parse("default = \"nope\"\n").expect_err("default");
        assert!(default.to_string().contains("unknown profile \"nope\""), "{default}");
        let path = parse("[profiles.a]\nprovider = \"aliyun\"\nendpoint = \"https://h/x\"\n").expect_err("path");
        assert!(path.to_string().contains("scheme and host"), "{path}");
        let broken = parse("[profiles.a\n").expect_err("syntax");
        assert!(broken.to_string().contains("line 1"), "{broken}");
    }

    #[test]
    fn endpoints_are_normalised() {
        assert_eq!(
            normalize_endpoint("ecs.cn-hangzhou.aliyuncs.com").as_deref(),
            Ok("https://ecs.cn-hangzhou.aliyuncs.com")
        );
        assert_eq!(normalize_endpoint("HTTP://127.0.0.1:8642/").as_deref(), Ok("http://127.0.0.1:8642"));
        assert!(normalize_endpoint("ftp://x").is_err());
        assert!(normalize_endpoint("https://").is_err());
        assert!(normalize_endpoint("https://user@host").is_err());
    }
}
