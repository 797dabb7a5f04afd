//! A signed request written out for people: every header, the exact body, the canonical request, the
//! string to sign and the scheme — as text, or as the JSON object `apiwizard sign --format json` prints.

use serde_json::{Map, Value, json};

use super::SignedRequest;

/// Exactly the documented keys: method, url, headers, body, canonical_request, string_to_sign,
/// authorization.
pub fn json(signed: &SignedRequest) -> Value {
    let request = &signed.request;
    let headers: Map<String, Value> =
        request.headers.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
    json!({
        "method": request.method,
        "url": request.url(),
        "headers": headers,
        "body": request.body,
        "canonical_request": signed.canonical_request,
        "string_to_sign": signed.string_to_sign,
        "authorization": signed.authorization,
    })
}

pub fn text(signed: &SignedRequest, profile: &str) -> String {
    let request = &signed.request;
    let mut text = format!("{} {}\n", request.method, request.url());
    for (k, v) in &request.headers {
        text.push_str(&format!("{k}: {v}\n"));
    }
    text.push('\n');
    if request.body.is_empty() {
        text.push_str(&crate::t!("cli-sign-no-body"));
    } else {
        text.push_str(&request.body);
    }
    let (scheme, algorithm) = (signed.scheme.shown_title(), signed.scheme.algorithm());
    let signed_with = crate::t!("cli-sign-signed-with", scheme = scheme, algorithm = algorithm, profile = profile);
    text.push_str(&format!(
        "\n\n--- {} ---\n{}\n\n--- {} ---\n{}\n\n--- {signed_with} ---\n",
        crate::t!("cli-sign-canonical-request"),
        signed.canonical_request,
        crate::t!("cli-sign-string-to-sign"),
        signed.string_to_sign,
    ));
    text
}
