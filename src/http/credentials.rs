//! Access keys: the `Secret` type that never prints itself, the provider of an API, and reading a key
//! pair from the environment variables the official SDKs and CLIs read, naming exactly what is missing.

use crate::spec::{Spec, Style};

/// A secret value (access key secret, security token). Debug and Display show a mask, so a secret
/// cannot reach a log, a draft or an error message by accident; `expose` is the one way out.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The masked form shown to people: at most the last 4 characters of a long secret.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret({})", self.masked())
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.masked())
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Secret, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

/// `****` plus the last 4 characters when the value is long enough that they give nothing away.
pub fn mask(value: &str) -> String {
    let count = value.chars().count();
    if count >= 16 {
        let tail: String = value.chars().skip(count - 4).collect();
        format!("****{tail}")
    } else {
        "****".to_owned()
    }
}

/// What a signer needs: the key pair, an optional STS token, and (Huawei) the project the key is
/// scoped to, which the SDKs send as `X-Project-Id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret: Secret,
    pub security_token: Option<Secret>,
    pub project_id: Option<String>,
}

impl Credentials {
    pub fn new(access_key_id: impl Into<String>, secret: impl Into<String>) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            secret: Secret::new(secret),
            security_token: None,
            project_id: None,
        }
    }
}

/// The cloud an API belongs to, which decides the signature and the environment variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Provider {
    #[serde(rename = "aliyun")]
    Alibaba,
    #[serde(rename = "huaweicloud")]
    Huawei,
}

impl Provider {
    pub fn of(spec: &Spec) -> Provider {
        match spec.style {
            Style::Rpc | Style::Roa => Provider::Alibaba,
            Style::HuaweiRest => Provider::Huawei,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Provider::Alibaba => "Alibaba Cloud",
            Provider::Huawei => "Huawei Cloud",
        }
    }

    /// The spelling used in profiles.toml.
    pub fn key(self) -> &'static str {
        match self {
            Provider::Alibaba => "aliyun",
            Provider::Huawei => "huaweicloud",
        }
    }

    /// The variables read for this provider, most specific first within each list.
    pub fn env(self) -> &'static EnvNames {
        match self {
            Provider::Alibaba => &ALIBABA_ENV,
            Provider::Huawei => &HUAWEI_ENV,
        }
    }
}

/// Environment variable names, each list in the order the official tools try them.
pub struct EnvNames {
    pub access_key_id: &'static [&'static str],
    pub secret: &'static [&'static str],
    pub security_token: &'static [&'static str],
    pub region: &'static [&'static str],
    pub project_id: &'static [&'static str],
}

// The SDK default chain reads the ALIBABA_CLOUD_* names; the aliyun CLI also accepts the older
// ALIBABACLOUD_* and ALICLOUD_* spellings. Bare ACCESS_KEY_ID / REGION are left out on purpose:
// they are too generic to trust as cloud credentials.
static ALIBABA_ENV: EnvNames = EnvNames {
    access_key_id: &["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABACLOUD_ACCESS_KEY_ID", "ALICLOUD_ACCESS_KEY_ID"],
    secret: &["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABACLOUD_ACCESS_KEY_SECRET", "ALICLOUD_ACCESS_KEY_SECRET"],
    security_token: &["ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABACLOUD_SECURITY_TOKEN", "ALICLOUD_SECURITY_TOKEN"],
    region: &["ALIBABA_CLOUD_REGION_ID", "ALIBABACLOUD_REGION_ID", "ALICLOUD_REGION_ID"],
    project_id: &[],
};

// huaweicloud-sdk-go-v3 core/auth/provider/env_provider.go; the SDK has no generic region variable.
static HUAWEI_ENV: EnvNames = EnvNames {
    access_key_id: &["HUAWEICLOUD_SDK_AK"],
    secret: &["HUAWEICLOUD_SDK_SK"],
    security_token: &["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
    region: &[],
    project_id: &["HUAWEICLOUD_SDK_PROJECT_ID"],
};

/// Every variable apiwizard reads for credentials, regions and projects (tests blank them all).
pub fn env_var_names() -> Vec<&'static str> {
    [&ALIBABA_ENV, &HUAWEI_ENV]
        .iter()
        .flat_map(|e| [e.access_key_id, e.secret, e.security_token, e.region, e.project_id])
        .flatten()
        .copied()
        .collect()
}

/// A lookup of environment variables; the process environment in the program, a table in tests.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process environment, with empty values treated as unset (as the SDKs do).
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The first of `names` that is set.
pub fn first_set(env: Env<'_>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| env(n).filter(|v| !v.is_empty()))
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{}", describe(provider, missing))]
pub struct MissingCredentials {
    pub provider: &'static str,
    /// The primary name of every variable that is missing.
    pub missing: Vec<&'static str>,
}

fn describe(provider: &str, missing: &[&str]) -> String {
    match missing {
        [one] => crate::t!("cli-credentials-missing-one", provider = provider, name = *one),
        [rest @ .., last] => {
            crate::t!("cli-credentials-missing", provider = provider, names = crate::i18n::join(rest), last = *last)
        }
        [] => crate::t!("cli-credentials-incomplete", provider = provider),
    }
}

/// Reads the key pair (and optional token) for `provider` from the environment.
pub fn from_env(provider: Provider, env: Env<'_>) -> Result<Credentials, MissingCredentials> {
    let names = provider.env();
    let id = first_set(env, names.access_key_id);
    let secret = first_set(env, names.secret);
    let mut missing = Vec::new();
    if id.is_none() {
        missing.extend(names.access_key_id.first());
    }
    if secret.is_none() {
        missing.extend(names.secret.first());
    }
    match (id, secret) {
        (Some(id), Some(secret)) => Ok(Credentials {
            access_key_id: id,
            secret: Secret::new(secret),
            security_token: first_set(env, names.security_token).map(Secret::new),
            project_id: None,
        }),
        _ => Err(MissingCredentials { provider: provider.name(), missing }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn reads_the_sdk_variables_with_the_cli_fallbacks() {
        let env = env_of(&[
            ("ALICLOUD_ACCESS_KEY_ID", "old-id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tExampleId"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s3cr3t-value-long-enough"),
            ("ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token"),
        ]);
        let creds = from_env(Provider::Alibaba, &env).expect("complete");
        assert_eq!(creds.access_key_id, "LTAI5tExampleId");
        assert_eq!(creds.secret.expose(), "s3cr3t-value-long-enough");
        assert_eq!(creds.security_token.as_ref().map(Secret::expose), Some("sts-token"));
        let fallback = env_of(&[("ALICLOUD_ACCESS_KEY_ID", "old-id"), ("ALICLOUD_ACCESS_KEY_SECRET", "old-secret")]);
        assert_eq!(from_env(Provider::Alibaba, &fallback).expect("fallback").access_key_id, "old-id");
    }

    #[test]
    fn names_exactly_the_missing_variable() {
        let only_id = env_of(&[("HUAWEICLOUD_SDK_AK", "AK")]);
        let err = from_env(Provider::Huawei, &only_id).expect_err("secret missing");
        assert_eq!(err.missing, vec!["HUAWEICLOUD_SDK_SK"]);
        assert!(err.to_string().contains("HUAWEICLOUD_SDK_SK is not set"), "{err}");
        assert!(!err.to_string().contains("HUAWEICLOUD_SDK_AK"), "{err}");
        let empty = env_of(&[("ALIBABA_CLOUD_ACCESS_KEY_ID", "")]);
        let err = from_env(Provider::Alibaba, &empty).expect_err("both missing");
        assert!(
            err.to_string().contains("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set"),
            "{err}"
        );
    }

    #[test]
    fn secrets_never_print_in_full() {
        let secret = Secret::new("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");
        assert_eq!(format!("{secret}"), "****VmHc");
        assert_eq!(format!("{secret:?}"), "Secret(****VmHc)");
        assert_eq!(Secret::new("short").masked(), "****");
        let creds = Credentials::new("AK", "a-very-long-secret-value");
        assert!(!format!("{creds:?}").contains("a-very-long-secret-value"));
    }
}
