//! `sign`: the request as it would be sent — method, URL with its query, every header, the exact
//! body — and how it was signed (canonical request, string to sign, Authorization), for debugging.

use std::io::Write;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

use super::target::{MomentArgs, TargetArgs, Unset, resolve};
use super::{Failure, Format};
use crate::export::redact;
use crate::http::sign::{Scheme, report};
use crate::input;
use crate::profile::ProfileError;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct SignArgs {
    #[arg(long)]
    pub api: String,
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub target: TargetArgs,
    #[command(flatten)]
    pub moment: MomentArgs,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[arg(long)]
    pub reveal: bool,
}

pub fn run(catalog: &Catalog, args: SignArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    let spec = catalog.get(&args.api)?;
    let mut document = input::read_document(args.file.as_deref())?;
    let mut target = resolve(spec, &document, &args.target, Unset::ConfiguredDefault)?;
    if target.credentials.is_none() {
        let profile = target.profile.clone().unwrap_or_default();
        return Err(ProfileError::NoCredentials { profile, what: "sign".to_owned() }.into());
    }
    let moment = args.moment.moment()?;
    // The token the client would add; seeded by --nonce so a fixed nonce gives a fixed request.
    let seed = match &args.moment.nonce {
        Some(nonce) => uuid::Builder::from_random_bytes(seed_bytes(nonce)).into_uuid(),
        None => uuid::Uuid::new_v4(),
    };
    crate::request::ensure_token_from(spec, &mut target.params, &mut document, seed);
    let request = target.request(spec, &document)?;
    let Some(signed) = target.sign(spec, &request, &moment) else {
        return Err(Failure::usage(crate::t!("cli-sign-no-key")));
    };
    // Security tokens are secrets: shown masked, even here. The document's secrets are masked in
    // what is shown only, after signing, so the signature still covers the real values.
    let shown = signed.redacted(false);
    let secrets = if args.reveal { Vec::new() } else { redact::request_secrets(spec, &target.params, &document) };
    match args.format {
        Format::Json => {
            let mut report = report::json(&shown);
            redact::mask_json(&mut report, &secrets);
            writeln!(out, "{}", super::inspect::pretty(&report))?
        }
        Format::Text => {
            let profile = target.profile.as_deref().unwrap_or_default();
            let text = redact::mask_all(&report::text(&shown, profile), &secrets);
            out.write_all(crate::text::sanitize(&text).as_bytes())?;
            if let Some(note) = sdk_note(spec, shown.scheme) {
                writeln!(out, "{note}")?;
            }
        }
    }
    Ok(0)
}

/// Which scheme the API's official SDK signs with (the spec's `x-sdk` block), and how to sign as it
/// does when that is not the scheme used here.
fn sdk_note(spec: &crate::spec::Spec, used: Scheme) -> Option<String> {
    let sdk = spec.operation.get("x-sdk")?;
    let package = sdk.get("python").and_then(serde_json::Value::as_str)?;
    let scheme = sdk.get("signature").and_then(serde_json::Value::as_str).and_then(Scheme::parse)?;
    let (title, name) = (scheme.shown_title(), scheme.name());
    Some(if scheme == used {
        crate::t!("cli-sign-sdk-same", package = package, title = title, scheme = name)
    } else {
        crate::t!("cli-sign-sdk-other", package = package, title = title, scheme = name)
    })
}

fn seed_bytes(nonce: &str) -> [u8; 16] {
    let digest = Sha256::digest(nonce.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes
}
