//! One request's target, resolved in one step from the user's choices, the profile and the
//! environment: base URL, region, the operation's parameters (project id, tokens) and the key.

use serde_json::{Map, Value};

use super::{CredentialSource, Profile, ProfileError, Profiles, SANDBOX_DEFAULT_URL, SANDBOX_URL_VAR};
use crate::http::credentials::{self, Credentials, Env, Provider};
use crate::http::sign::{self, Moment, Scheme, SignedRequest};
use crate::request::{self, HttpRequest};
use crate::spec::{Param, Role, Spec};

/// What the user asked for; every field may be left out.
#[derive(Debug, Default, Clone)]
pub struct Choice<'a> {
    pub profile: Option<&'a str>,
    pub region: Option<&'a str>,
    pub endpoint: Option<&'a str>,
    /// `--param NAME=VALUE` pairs, in order.
    pub params: &'a [(String, String)],
}

/// Where and how one request goes.
#[derive(Debug, Clone)]
pub struct Target {
    /// The profile's name; `None` when no profile was chosen (unsigned, real endpoint).
    pub profile: Option<String>,
    pub provider: Provider,
    pub region: String,
    pub base: String,
    /// The operation's parameters (path, query and header ones), as `request::build` takes them.
    pub params: Map<String, Value>,
    pub credentials: Option<Credentials>,
    /// The signature `--scheme` chose among those the API accepts; `None` is the API's default.
    pub scheme: Option<Scheme>,
}

/// Resolves the target of `spec`'s request for `document`.
///
/// Parameters: `--param`, then the profile or environment (the project id), then — for the sandbox
/// only — the spec's first example `x-parameters` and `x-sandbox.parameters` (never an idempotency
/// token: a fixed one would make every sandbox request a retry of the first).
/// Region: `--region`, the request's own region field, the profile, the environment, the spec default.
/// Base: `--endpoint`, the profile's per-API then general endpoint, the sandbox URL, the spec's
/// documented host for the region.
pub fn resolve(
    spec: &Spec,
    document: &Value,
    choice: &Choice<'_>,
    profiles: &Profiles,
    env: Env<'_>,
) -> Result<Target, ProfileError> {
    let provider = Provider::of(spec);
    let profile = choice.profile.map(|name| profiles.get(name)).transpose()?;
    if let Some(p) = &profile
        && let Some(own) = p.provider
        && own != provider
    {
        return Err(ProfileError::WrongProvider {
            profile: p.name.clone(),
            profile_provider: own.name(),
            api: spec.id.clone(),
            api_provider: provider.name(),
        });
    }
    let params = params(spec, choice.params, profile.as_ref(), provider, env)?;
    let region = choice
        .region
        .map(str::to_owned)
        .or_else(|| request::explicit_region(spec, &params, document))
        .or_else(|| profile.as_ref().and_then(|p| p.region.clone()))
        .or_else(|| credentials::first_set(env, provider.env().region))
        .unwrap_or_else(|| request::region(spec, &params, document));
    let base = base(spec, &region, choice.endpoint, profile.as_ref(), env)?;
    let mut key = match profile.as_ref().map(|p| (p, &p.credentials)) {
        None | Some((_, CredentialSource::None)) => None,
        Some((_, CredentialSource::Sandbox)) => Some(super::sandbox_credentials()),
        Some((_, CredentialSource::Inline { access_key_id, secret, security_token })) => Some(Credentials {
            access_key_id: access_key_id.clone(),
            secret: secret.clone(),
            security_token: security_token.clone(),
            project_id: None,
        }),
        Some((p, CredentialSource::Env)) => Some(
            credentials::from_env(provider, env)
                .map_err(|source| ProfileError::Credentials { profile: p.name.clone(), source })?,
        ),
    };
    if let Some(key) = &mut key {
        key.project_id = project_param(spec).and_then(|name| params.get(name)).map(request::scalar_text);
    }
    Ok(Target { profile: profile.map(|p| p.name), provider, region, base, params, credentials: key, scheme: None })
}

fn project_param(spec: &Spec) -> Option<&str> {
    spec.params.iter().find(|p| p.role == Some(Role::ProjectId)).map(|p| p.name.as_str())
}

fn params(
    spec: &Spec,
    given: &[(String, String)],
    profile: Option<&Profile>,
    provider: Provider,
    env: Env<'_>,
) -> Result<Map<String, Value>, ProfileError> {
    let mut out = Map::new();
    for (name, value) in given {
        let Some(param) = spec.params.iter().find(|p| p.name.eq_ignore_ascii_case(name)) else {
            let names: Vec<&str> = spec.params.iter().map(|p| p.name.as_str()).collect();
            let api = spec.id.as_str();
            return Err(ProfileError::Param(if names.is_empty() {
                crate::t!("cli-not-a-param-none", name = name.as_str(), api = api)
            } else {
                crate::t!("cli-not-a-param", name = name.as_str(), api = api, params = crate::i18n::join(&names))
            }));
        };
        out.insert(param.name.clone(), Value::String(value.clone()));
    }
    let sandbox = profile.is_some_and(Profile::is_sandbox);
    for p in &spec.params {
        if out.contains_key(&p.name) {
            continue;
        }
        let from_profile = match p.role {
            Some(Role::ProjectId) => profile
                .and_then(|pr| pr.project_id.clone())
                .or_else(|| credentials::first_set(env, provider.env().project_id)),
            _ => None,
        };
        let value = from_profile.map(Value::String).or_else(|| sandbox.then(|| sandbox_parameter(spec, p)).flatten());
        if let Some(v) = value {
            out.insert(p.name.clone(), v);
        }
    }
    Ok(out)
}

/// The value a request to the sandbox takes for a parameter nobody gave: the first example's
/// `x-parameters`, else `x-sandbox.parameters`. Never an idempotency token: a fixed one would make
/// every sandbox request a retry of the first.
pub fn sandbox_parameter(spec: &Spec, param: &Param) -> Option<Value> {
    if param.role == Some(Role::IdempotencyToken) {
        return None;
    }
    let example = spec.examples.first().and_then(|e| e.parameters.get(&param.name));
    let fallback = spec.operation.pointer("/x-sandbox/parameters").and_then(|m| m.get(&param.name));
    example.or(fallback).cloned()
}

fn base(
    spec: &Spec,
    region: &str,
    endpoint: Option<&str>,
    profile: Option<&Profile>,
    env: Env<'_>,
) -> Result<String, ProfileError> {
    let chosen = endpoint
        .map(str::to_owned)
        .or_else(|| profile.and_then(|p| p.endpoints.get(&spec.id).or(p.endpoint.as_ref()).cloned()))
        .or_else(|| {
            profile
                .filter(|p| p.is_sandbox())
                .map(|_| env(SANDBOX_URL_VAR).unwrap_or_else(|| SANDBOX_DEFAULT_URL.to_owned()))
        })
        .unwrap_or_else(|| request::endpoint(spec, region));
    super::normalize_endpoint(&chosen).map_err(ProfileError::Endpoint)
}

impl Target {
    /// The HTTP request for `document`; every required parameter must be known by now.
    pub fn request(&self, spec: &Spec, document: &Value) -> Result<HttpRequest, ProfileError> {
        for p in spec.params.iter().filter(|p| p.required) {
            if self.params.get(&p.name).is_none_or(|v| request::scalar_text(v).is_empty()) {
                let env_hint = match p.role {
                    Some(Role::ProjectId) => self
                        .provider
                        .env()
                        .project_id
                        .first()
                        .map(|var| crate::t!("cli-param-env-hint", var = *var, name = p.name.as_str()))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                let place = match p.location {
                    crate::spec::ParamIn::Path => crate::t!("cli-param-in-path"),
                    crate::spec::ParamIn::Query => crate::t!("cli-param-in-query"),
                    crate::spec::ParamIn::Header => crate::t!("cli-param-in-header"),
                };
                let (api, name) = (spec.id.as_str(), p.name.as_str());
                let text = crate::t!("cli-needs-param", api = api, place = place, name = name, hint = env_hint);
                return Err(ProfileError::Param(text));
            }
        }
        Ok(request::build(spec, &self.params, document, &self.base)?)
    }

    /// Signs `request` with the target's key, if it has one.
    pub fn sign(&self, spec: &Spec, request: &HttpRequest, moment: &Moment) -> Option<SignedRequest> {
        let scheme = self.scheme_for(spec);
        self.credentials.as_ref().map(|key| sign::sign(scheme, request, key, moment))
    }

    pub fn scheme_for(&self, spec: &Spec) -> Scheme {
        self.scheme.unwrap_or_else(|| Scheme::for_style(spec.style))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    fn profiles() -> Profiles {
        Profiles::parse(
            std::path::Path::new("p.toml"),
            "[profiles.hw]\nprovider = \"huaweicloud\"\nregion = \"ap-southeast-1\"\nproject_id = \"from-profile\"\n\
             [profiles.ali]\nprovider = \"aliyun\"\nregion = \"cn-shanghai\"\ncredentials = \"none\"\n",
        )
        .expect("valid")
    }

    #[test]
    fn sandbox_targets_the_local_server_with_the_test_key() {
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let choice = Choice { profile: Some("sandbox"), ..Choice::default() };
        let target = resolve(spec, &Value::Null, &choice, &profiles(), &env_of(&[])).expect("resolves");
        assert_eq!(target.base, SANDBOX_DEFAULT_URL);
        assert_eq!(target.credentials.as_ref().map(|c| c.access_key_id.as_str()), Some("apiwizard-sandbox-key-id"));
        let project = target.params.get("project_id").and_then(Value::as_str).expect("x-sandbox.parameters");
        assert_eq!(target.credentials.and_then(|c| c.project_id).as_deref(), Some(project));
        assert!(!target.params.contains_key("X-Client-Token"), "tokens are never taken from examples");
        let moved = env_of(&[(SANDBOX_URL_VAR, "http://127.0.0.1:9999")]);
        assert_eq!(
            resolve(spec, &Value::Null, &choice, &profiles(), &moved).expect("ok").base,
            "http://127.0.0.1:9999"
        );
    }

    #[test]
    fn params_then_profile_then_env() {
        let catalog = Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let env = env_of(&[
            ("HUAWEICLOUD_SDK_AK", "AK"),
            ("HUAWEICLOUD_SDK_SK", "SK"),
            ("HUAWEICLOUD_SDK_PROJECT_ID", "from-env"),
        ]);
        let given = [("PROJECT_ID".to_owned(), "from-flag".to_owned())];
        let flag = Choice { profile: Some("hw"), params: &given, ..Choice::default() };
        let t = resolve(spec, &Value::Null, &flag, &profiles(), &env).expect("ok");
        assert_eq!(t.params["project_id"], "from-flag");
        assert_eq!(t.base, "https://ecs.ap-southeast-1.myhuaweicloud.com", "profile region");
        let t = resolve(spec, &Value::Null, &Choice { profile: Some("hw"), ..Choice::default() }, &profiles(), &env)
            .expect("ok");
        assert_eq!(t.params["project_id"], "from-profile");
        let t = resolve(spec, &Value::Null, &Choice { profile: Some("env"), ..Choice::default() }, &profiles(), &env)
            .expect("ok");
        assert_eq!(t.params["project_id"], "from-env");
        assert_eq!(t.credentials.as_ref().and_then(|c| c.project_id.as_deref()), Some("from-env"));
        let none = resolve(spec, &Value::Null, &Choice::default(), &profiles(), &env_of(&[])).expect("ok");
        let err = none.request(spec, &serde_json::json!({})).expect_err("no project");
        assert!(err.to_string().contains("--param project_id=VALUE, set HUAWEICLOUD_SDK_PROJECT_ID"), "{err}");
        let bad = [("Nope".to_owned(), "1".to_owned())];
        let err = resolve(spec, &Value::Null, &Choice { params: &bad, ..Choice::default() }, &profiles(), &env)
            .expect_err("unknown param");
        assert!(err.to_string().contains("its parameters: project_id, X-Client-Token"), "{err}");
    }

    #[test]
    fn region_and_endpoint_follow_the_documented_order() {
        let catalog = Catalog::embedded().expect("specs");
        let ecs = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
        let doc = serde_json::json!({"RegionId": "cn-beijing"});
        let ali = Choice { profile: Some("ali"), ..Choice::default() };
        let t = resolve(ecs, &doc, &ali, &profiles(), &env_of(&[])).expect("ok");
        assert_eq!((t.region.as_str(), t.base.as_str()), ("cn-beijing", "https://ecs.cn-beijing.aliyuncs.com"));
        assert!(t.credentials.is_none(), "credentials = none");
        let t = resolve(ecs, &serde_json::json!({}), &ali, &profiles(), &env_of(&[])).expect("ok");
        assert_eq!(t.region, "cn-shanghai", "profile region when the document has none");
        let env = env_of(&[("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")]);
        let t = resolve(ecs, &serde_json::json!({}), &Choice::default(), &profiles(), &env).expect("ok");
        assert_eq!(t.base, "https://ecs-cn-hangzhou.aliyuncs.com", "the documented exception for cn-hangzhou");
        let flags = Choice { region: Some("eu-central-1"), endpoint: Some("example.com"), ..Choice::default() };
        let t = resolve(ecs, &doc, &flags, &profiles(), &env).expect("ok");
        assert_eq!((t.region.as_str(), t.base.as_str()), ("eu-central-1", "https://example.com"));
        let hw = Choice { profile: Some("hw"), ..Choice::default() };
        let err = resolve(ecs, &doc, &hw, &profiles(), &env).expect_err("provider");
        assert!(
            err.to_string().contains("is for Huawei Cloud but aliyun.ecs.CreateHpcCluster belongs to Alibaba Cloud")
        );
        let err = resolve(ecs, &doc, &Choice { profile: Some("env"), ..Choice::default() }, &profiles(), &env)
            .expect_err("no keys");
        assert!(
            err.to_string().contains("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set")
        );
    }
}
