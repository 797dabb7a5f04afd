//! One API as the sandbox serves it, read once at start: its spec's `x-sandbox` block typed, its
//! progress rules and lifecycle, the checks of its operation parameters, and its quota.

use serde::Deserialize;
use serde_json::Value;

use super::config::Config;
use super::errors::SandboxError;
use super::progress::Lifecycle;
use super::reads::Read;
use crate::jobs::Progress;
use crate::spec::Spec;

/// `x-sandbox`, typed (assets/specs/README.md describes each key).
#[derive(Debug, Clone, Deserialize)]
pub struct SandboxSpec {
    pub created: Template,
    #[serde(default)]
    pub id_prefix: String,
    #[serde(default)]
    pub count: Option<String>,
    #[serde(default)]
    pub order_when: Option<When>,
    #[serde(default)]
    pub dry_run: Option<DryRun>,
    #[serde(default)]
    pub idempotency: Option<TokenSlot>,
    #[serde(default)]
    pub quota: Option<Quota>,
    pub error: Template,
    #[serde(default)]
    pub unavailable: Option<Code>,
    #[serde(default)]
    pub not_found: Option<Code>,
    /// The answer to a request for a route this provider does not have.
    #[serde(default)]
    pub no_route: Option<Code>,
    /// The response header every answer carries its request id in, as the provider's SDK reads it.
    #[serde(default)]
    pub request_id_header: Option<String>,
    /// The status, list and describe calls answered after a create.
    #[serde(default)]
    pub reads: Vec<Read>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Template {
    #[serde(default = "ok")]
    pub status: u16,
    pub body: Value,
}

fn ok() -> u16 {
    200
}

#[derive(Debug, Clone, Deserialize)]
pub struct When {
    pub pointer: String,
    pub equals: Value,
    /// The order id is a JSON number (else a string of digits).
    #[serde(default)]
    pub integer: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DryRun {
    pub pointer: String,
    pub status: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenIn {
    Query,
    Header,
    /// A top-level field of the document.
    Body,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TokenSlot {
    #[serde(rename = "in")]
    pub location: TokenIn,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Quota {
    pub limit: u64,
    pub code: String,
    pub status: u16,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Code {
    pub code: String,
    pub status: u16,
}

/// The most resources one request may create, whatever the document asks for.
pub const MAX_RESOURCES_PER_REQUEST: u64 = 1000;

pub struct Api {
    /// The spec's index in the catalog.
    pub index: usize,
    pub id: String,
    pub sandbox: SandboxSpec,
    pub lifecycle: Lifecycle,
    /// The quota limit after `--quota`; `None` is unlimited.
    pub quota: Option<u64>,
    /// Operation parameters with a schema to check them against.
    pub param_checks: Vec<(String, jsonschema::Validator)>,
}

impl Api {
    pub fn new(index: usize, spec: &Spec, config: &Config) -> Result<Api, SandboxError> {
        let bad = |reason: String| SandboxError::Spec { api: spec.id.clone(), reason };
        let block = spec.operation.get("x-sandbox").ok_or_else(|| bad(crate::t!("cli-sandbox-no-block")))?;
        let sandbox: SandboxSpec = serde_json::from_value(block.clone()).map_err(|e| bad(format!("x-sandbox: {e}")))?;
        let progress = Progress::of(spec).map_err(|e| bad(e.to_string()))?;
        // Compiling now makes a broken schema a start-up error instead of a failed request.
        spec.engine().map_err(|e| bad(e.to_string()))?;
        let param_checks = spec
            .params
            .iter()
            .map(|p| {
                jsonschema::validator_for(&p.schema).map(|v| (p.name.clone(), v)).map_err(|e| {
                    bad(crate::t!("cli-sandbox-bad-param-schema", name = p.name.as_str(), error = e.to_string()))
                })
            })
            .collect::<Result<_, _>>()?;
        let overridden = config.quota.iter().rev().find(|q| q.applies(&spec.id, "create")).map(|q| q.value);
        Ok(Api {
            index,
            id: spec.id.clone(),
            // Only an API whose docs name a quota error has a quota: without one there is no answer to give.
            quota: sandbox.quota.as_ref().map(|q| overridden.unwrap_or(q.limit)),
            lifecycle: Lifecycle::new(&progress),
            sandbox,
            param_checks,
        })
    }
}
