//! Why the server refused a request, in words that say what to do: a rejected signature or request
//! date (clock skew) gets its own message naming the provider's code; any other refusal is its status.

use serde_json::Value;

use super::Reply;
use crate::spec::Spec;

/// Why an error answer came: a refused signature or request date gets its own words, naming the
/// provider's code and status; any other answer is just its status.
pub fn describe(spec: &Spec, reply: &Reply, profile: &str) -> String {
    signature(spec, reply, profile).unwrap_or_else(|| crate::t!("cli-server-answered", status = reply.status))
}

/// What to do about a refused signature or request date; `None` for any other answer.
pub fn signature(spec: &Spec, reply: &Reply, profile: &str) -> Option<String> {
    let code = spec.codes.signature_mismatch.as_str();
    if code.is_empty() || !holds(&reply.body, code) {
        return None;
    }
    let text = reply.body.to_string().to_ascii_lowercase();
    Some(if ["skew", "expired", "timestamp"].iter().any(|w| text.contains(w)) {
        crate::t!("cli-refused-date", code = code, status = reply.status)
    } else {
        crate::t!("cli-refused-signature", code = code, status = reply.status, profile = profile)
    })
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
    fn signature_and_clock_refusals_have_their_own_words() {
        let catalog = crate::spec::Catalog::embedded().expect("specs");
        let spec = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        let reply =
            |message: &str| Reply { status: 401, body: json!({"error": {"code": "APIGW.0301", "message": message}}) };
        let wrong = describe(spec, &reply("The request signature does not match"), "sandbox");
        assert!(wrong.contains("refused the signature (APIGW.0301, 401)"), "{wrong}");
        let late = describe(spec, &reply("The request time is too skewed"), "sandbox");
        assert!(late.contains("clock"), "{late}");
        let other = Reply { status: 400, body: json!({"error": {"code": "Ecs.0005"}}) };
        assert_eq!(describe(spec, &other, "sandbox"), "the server answered 400");
    }
}
