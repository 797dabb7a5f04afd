//! What `submit` decides before sending: the `--yes` gate for real endpoints, and the profile and its
//! key (the sandbox's for loopback, `env` for real clouds).

use serde_json::{Map, Value};

use super::Failure;
use crate::http::credentials::{Credentials, process_env};
use crate::http::is_loopback;
use crate::profile::{self, Choice, Profiles};
use crate::spec::Spec;

/// Refuses a real endpoint unless `--yes` was given.
pub fn confirm(base: &str, yes: bool) -> Result<(), Failure> {
    if yes || is_loopback(base) {
        return Ok(());
    }
    Err(Failure::usage(crate::t!("cli-submit-confirm", base = base)))
}

/// The profile `submit` uses: `--profile`, else the sandbox's for loopback and `env` for a real cloud.
pub fn profile_name(given: Option<&str>, base: &str) -> String {
    given.map_or_else(|| if is_loopback(base) { profile::SANDBOX } else { profile::ENV }.to_owned(), str::to_owned)
}

/// The key to sign with (none when the profile has none) and the parameters the profile adds
/// (a project id from the profile or environment; the sandbox's example values), after `params`.
pub fn key(
    spec: &Spec,
    document: &Value,
    profile: &str,
    base: &str,
    params: &mut Map<String, Value>,
) -> Result<Option<Credentials>, Failure> {
    let profiles = Profiles::load()?;
    let given: Vec<(String, String)> =
        params.iter().map(|(k, v)| (k.clone(), crate::request::scalar_text(v))).collect();
    let choice = Choice { profile: Some(profile), region: None, endpoint: Some(base), params: &given };
    let target = profile::resolve(spec, document, &choice, &profiles, &process_env)?;
    for (name, value) in target.params {
        params.entry(name).or_insert(value);
    }
    Ok(target.credentials)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_needs_no_confirmation_and_real_endpoints_do() {
        for base in ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"] {
            assert!(is_loopback(base) && confirm(base, false).is_ok(), "{base}");
        }
        let err = confirm("https://ecs.cn-beijing.aliyuncs.com", false).expect_err("billable");
        assert!(err.message.contains("--yes") && err.code == 2);
        assert!(confirm("https://ecs.cn-beijing.aliyuncs.com", true).is_ok());
        assert_eq!(profile_name(None, "https://h.example"), "env");
        assert_eq!(profile_name(None, "http://127.0.0.1:1"), "sandbox");
        assert_eq!(profile_name(Some("prod"), "http://127.0.0.1:1"), "prod");
    }
}
