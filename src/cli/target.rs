//! Flags shared by `sign` and `export`: which profile, region, endpoint and operation parameters,
//! and the fixed date and nonce that make a signed request reproducible.

use serde_json::Value;

use super::Failure;
use crate::http::credentials::process_env;
use crate::http::sign::{Moment, Scheme};
use crate::profile::{self, Choice, ProfileError, Profiles, Target};
use crate::spec::Spec;

#[derive(clap::Args, Debug)]
pub struct TargetArgs {
    #[arg(long)]
    pub profile: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long)]
    pub endpoint: Option<String>,
    #[arg(long = "param", value_name = "NAME=VALUE", value_parser = parse_param)]
    pub params: Vec<(String, String)>,
    #[arg(long, value_name = "SCHEME")]
    pub scheme: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct MomentArgs {
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub nonce: Option<String>,
}

impl MomentArgs {
    pub fn moment(&self) -> Result<Moment, Failure> {
        Moment::parse(self.date.as_deref(), self.nonce.as_deref()).map_err(Failure::usage)
    }
}

fn parse_param(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => Ok((name.trim().to_owned(), value.to_owned())),
        _ => Err(crate::t!("cli-param-shape", text = format!("{text:?}"))),
    }
}

impl From<ProfileError> for Failure {
    fn from(e: ProfileError) -> Failure {
        Failure::usage(e.to_string())
    }
}

/// What happens without `--profile`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unset {
    /// The `default` of profiles.toml, else the sandbox.
    ConfiguredDefault,
    /// No profile: the documented endpoint, unsigned.
    NoProfile,
}

/// Resolves the target from the flags.
pub fn resolve(spec: &Spec, document: &Value, args: &TargetArgs, unset: Unset) -> Result<Target, Failure> {
    let profiles = Profiles::load()?;
    let profile = match (args.profile.as_deref(), unset) {
        (Some(name), _) => Some(name),
        (None, Unset::ConfiguredDefault) => Some(profiles.default_name()),
        (None, Unset::NoProfile) => None,
    };
    let choice =
        Choice { profile, region: args.region.as_deref(), endpoint: args.endpoint.as_deref(), params: &args.params };
    let mut target = profile::resolve(spec, document, &choice, &profiles, &process_env)?;
    if let Some(name) = &args.scheme {
        target.scheme = Some(scheme(spec, name)?);
    }
    Ok(target)
}

/// A `--scheme` name the API accepts, or a usage error listing the ones it does.
pub fn scheme(spec: &Spec, name: &str) -> Result<Scheme, Failure> {
    let accepted = Scheme::accepted(spec.style);
    Scheme::parse(name).filter(|s| accepted.contains(s)).ok_or_else(|| {
        let names: Vec<&str> = accepted.iter().map(|s| s.name()).collect();
        let (name, api, schemes) = (format!("{name:?}"), spec.id.as_str(), crate::i18n::join(&names));
        Failure::usage(crate::t!("cli-bad-scheme", name = name, api = api, schemes = schemes))
    })
}
