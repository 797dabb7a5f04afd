//! The request in other tools' forms — the JSON body, curl, a `.http` file, HTTPie, the vendor CLI —
//! and the way back from a pasted curl command or JSON file (`import`). Shared by `apiwizard export`
//! and the wizard's export menu. Nothing here writes a secret unless the caller asks to reveal it.

mod curl;
pub mod curl_import;
mod http_file;
mod httpie;
mod json;
mod layout;
mod python;
pub mod redact;
mod sdk_code;
pub mod shell;
mod typescript;
mod vendor;

/// The attribute name the Node SDKs give a wire name (for the test that holds the specs' TypeScript
/// blocks against the installed packages).
pub use typescript::camel as typescript_attribute;

use serde_json::Value;

use crate::http::sign::Moment;
use crate::profile::{ProfileError, Target};
use crate::request::HttpRequest;
use crate::spec::Spec;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Curl,
    Http,
    Httpie,
    Cli,
    CliJson,
    Python,
    Typescript,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Target(#[from] ProfileError),
    #[error("{0}")]
    Unsupported(String),
}

/// Whether secrets (writeOnly fields, the Authorization signature, security tokens) are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrets {
    Mask,
    Reveal,
}

/// `document` for `target` in `format`. The HTTP forms are signed (at `moment`) when the target has
/// a key; with `Secrets::Mask` the signature, tokens and writeOnly fields are masked.
pub fn render(
    spec: &Spec,
    target: &Target,
    document: &Value,
    format: Format,
    secrets: Secrets,
    moment: &Moment,
) -> Result<String, ExportError> {
    let (document, target) = match secrets {
        Secrets::Reveal => (document.clone(), target.clone()),
        Secrets::Mask => {
            let params = redact::params(spec, &target.params);
            (redact::document(spec, document), Target { params, ..target.clone() })
        }
    };
    let target = &target;
    let http = || -> Result<HttpRequest, ExportError> {
        let request = target.request(spec, &document)?;
        Ok(match target.sign(spec, &request, moment) {
            Some(signed) => signed.redacted(secrets == Secrets::Mask).request,
            None => request,
        })
    };
    Ok(match format {
        Format::Json => json::render(&document),
        Format::Curl => curl::render(&http()?),
        Format::Http => http_file::render(spec, &http()?),
        Format::Httpie => httpie::render(&http()?),
        Format::Cli => vendor::render(spec, target, &document)?,
        Format::CliJson => vendor::render_json_input(spec, target, &document)?,
        // The programs read every secret from the environment, so they start from the unmasked values.
        Format::Python => python::render_program(spec, target, &document)?,
        Format::Typescript => typescript::render_program(spec, target, &document)?,
    })
}

/// The headers an HTTP export writes: all but `host`, which every client derives from the URL.
fn sent_headers(request: &HttpRequest) -> impl Iterator<Item = &(String, String)> {
    request.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("host"))
}
