//! What `submit` decides before sending and says after: the `--yes` gate for real endpoints, the
//! profile and its key (the sandbox's for loopback, `env` for real clouds), and a signature or clock
//! refusal told apart from other error answers.

use serde_json::{Map, Value};

use super::Failure;
use crate::http::credentials::{Credentials, process_env};
use crate::http::{Reply, is_loopback};
use crate::profile::{self, Choice, Profiles};
use crate::spec::Spec;

/// Refuses a real endpoint unless `--yes` was given.
pub fn confirm(base: &str, yes: bool) -> Result<(), Failure> {
    if yes || is_loopback(base) {
        return Ok(());
    }
    Err(Failure::usage(format!(
        "{base} is a real cloud endpoint: submitting creates real, billable resources. Add --yes to confirm \
         (the sandbox, or any loopback address, never asks)"
    )))
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

/// Why an error answer came: a refused signature or request date gets its own words, naming the
/// provider's code and status; any other answer is just its status.
pub fn describe_refusal(spec: &Spec, reply: &Reply, profile: &str) -> String {
    let code = spec.codes.signature_mismatch.as_str();
    if code.is_empty() || !holds(&reply.body, code) {
        return format!("the server answered {}", reply.status);
    }
    let text = reply.body.to_string().to_ascii_lowercase();
    if ["skew", "expired", "timestamp"].iter().any(|w| text.contains(w)) {
        format!(
            "the server refused the request's date ({code}, {}): this machine's clock is off by more than the \
             server allows; set it right and submit again",
            reply.status
        )
    } else {
        format!(
            "the server refused the signature ({code}, {}): check the key pair of profile {profile}; the answer \
             gives the server's string to sign, compare it with the one `apiwizard sign` prints",
            reply.status
        )
    }
}

/// Whether any string in `value` is exactly `code`.
fn holds(value: &Value, code: &str) -> bool {
    match value {
        Value::String(s) => s == code,
        Value::Array(items) => items.iter().any(|v| holds(v, code)),
        Value::Object(map) => map.values().any(|v| holds(v, code)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn signature_and_clock_refusals_have_their_own_words() {
        let catalog = crate::spec::Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let reply =
            |message: &str| Reply { status: 401, body: json!({"error": {"code": "APIGW.0301", "message": message}}) };
        let wrong = describe_refusal(spec, &reply("The request signature does not match"), "sandbox");
        assert!(wrong.contains("refused the signature (APIGW.0301, 401)"), "{wrong}");
        let late = describe_refusal(spec, &reply("The request time is too skewed"), "sandbox");
        assert!(late.contains("clock"), "{late}");
        let other = Reply { status: 400, body: json!({"error": {"code": "Ecs.0005"}}) };
        assert_eq!(describe_refusal(spec, &other, "sandbox"), "the server answered 400");
    }
}
