//! Hiding secrets before anything leaves the program: every `writeOnly` document field (found by
//! `spec::secrets` through the schema) and operation parameter is replaced by a fixed mask.

use serde_json::{Map, Value};

use crate::spec::{Spec, secrets};

pub const MASK: &str = "********";

/// A copy of `document` with every value whose schema is `writeOnly` replaced by `MASK`.
pub fn document(spec: &Spec, document: &Value) -> Value {
    let mut out = document.clone();
    for at in secrets::pointers(spec, document) {
        if out.pointer(&at).is_some_and(|v| !v.is_null()) {
            crate::pointer::set(&mut out, &at, Value::String(MASK.to_owned()));
        }
    }
    out
}

/// A copy of the operation parameters with every `writeOnly` one replaced by `MASK`.
pub fn params(spec: &Spec, params: &Map<String, Value>) -> Map<String, Value> {
    params
        .iter()
        .map(|(k, v)| {
            (k.clone(), if secrets::is_secret_param(spec, k) { Value::String(MASK.to_owned()) } else { v.clone() })
        })
        .collect()
}

/// `text` with every spelling of `secret` a request can carry (as typed, JSON-escaped, percent-encoded)
/// replaced by a mask.
pub fn mask_spellings(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        return text.to_owned();
    }
    let escaped = serde_json::to_string(secret).unwrap_or_default();
    let escaped = escaped.trim_matches('"').to_owned();
    let mut out = text.to_owned();
    for form in [crate::request::encode(&escaped), escaped, crate::request::encode(secret), secret.to_owned()] {
        if !form.is_empty() {
            out = out.replace(&form, MASK);
        }
    }
    out
}

/// `text` (a URL, a request shown on screen) with the string value of each secret field that
/// `hidden` picks (by pointer; the wizard leaves revealed ones out) masked.
pub fn mask_secrets(spec: &Spec, document: &Value, text: &str, hidden: impl Fn(&str) -> bool) -> String {
    mask_all(text, &secret_values(spec, document, hidden))
}

/// The string values of the secret fields `hidden` picks, found once for masking many texts.
pub fn secret_values<'a>(spec: &Spec, document: &'a Value, hidden: impl Fn(&str) -> bool) -> Vec<&'a str> {
    secrets::pointers(spec, document)
        .iter()
        .filter(|at| hidden(at))
        .filter_map(|at| document.pointer(at).and_then(Value::as_str))
        .collect()
}

/// The string values of every secret a request carries: `writeOnly` document fields and parameters.
pub fn request_secrets<'a>(spec: &Spec, params: &'a Map<String, Value>, document: &'a Value) -> Vec<&'a str> {
    let mut out = secret_values(spec, document, |_| true);
    out.extend(params.iter().filter(|(k, _)| secrets::is_secret_param(spec, k)).filter_map(|(_, v)| v.as_str()));
    out
}

/// `value` with each of `secrets` masked, in every spelling, in every string it holds.
pub fn mask_json(value: &mut Value, secrets: &[&str]) {
    match value {
        Value::String(s) => *s = mask_all(s, secrets),
        Value::Array(items) => items.iter_mut().for_each(|v| mask_json(v, secrets)),
        Value::Object(map) => map.values_mut().for_each(|v| mask_json(v, secrets)),
        _ => {}
    }
}

/// `text` with each of `secrets` masked in every spelling.
pub fn mask_all(text: &str, secrets: &[&str]) -> String {
    secrets.iter().fold(text.to_owned(), |out, secret| mask_spellings(&out, secret))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    #[test]
    fn write_only_fields_are_masked_at_any_depth() {
        let catalog = Catalog::embedded().expect("specs");
        let starrocks = catalog.get("aliyun.starrocks.CreateInstanceV1").expect("spec");
        let doc = serde_json::json!({"InstanceName": "c1", "AdminPassword": "Secret#123"});
        assert_eq!(document(starrocks, &doc), serde_json::json!({"InstanceName": "c1", "AdminPassword": MASK}));
        let ehpc = catalog.get("aliyun.ehpc.CreateCluster").expect("spec");
        let doc = serde_json::json!({"ClusterCredentials": {"Password": "Pw#12345", "KeyPairName": "k"}});
        let shown = document(ehpc, &doc);
        assert_eq!(shown["ClusterCredentials"]["Password"], MASK);
        assert_eq!(shown["ClusterCredentials"]["KeyPairName"], "k");
        for spec in catalog.specs() {
            for example in &spec.examples {
                let text = document(spec, &example.value).to_string();
                for secret in ["password_example", "1qaz@QAZ"] {
                    assert!(!text.contains(secret), "{} example {} leaks {secret}", spec.id, example.name);
                }
            }
        }
    }

    #[test]
    fn a_secret_is_masked_in_every_spelling_a_request_carries() {
        let secret = r#"p@ss "w/rd"#;
        // E-HPC sends nested objects as JSON strings in the query: escaped, then percent-encoded.
        let json = serde_json::json!({"Password": secret}).to_string();
        let text = format!("body {json}\nquery ClusterCredentials={}\ntyped {secret}", crate::request::encode(&json));
        let masked = mask_spellings(&text, secret);
        assert!(!masked.contains("w/rd") && !masked.contains("w%2Frd") && !masked.contains("p%40ss"), "{masked}");
        assert_eq!(masked.matches(MASK).count(), 3, "{masked}");
        assert_eq!(mask_spellings("unchanged", ""), "unchanged");
    }
}
