//! Hiding secrets before anything leaves the program: every `writeOnly` field of a document is
//! replaced by a fixed mask, found through the spec's schema (following `$ref`, items, maps, branches).

use serde_json::Value;

use crate::pointer;
use crate::spec::{Spec, schema_walk};

pub const MASK: &str = "********";

/// A copy of `document` with every value whose schema is `writeOnly` replaced by `MASK`.
pub fn document(spec: &Spec, document: &Value) -> Value {
    let mut out = document.clone();
    walk(spec, &mut out, String::new());
    out
}

fn walk(spec: &Spec, node: &mut Value, at: String) {
    let secret = !at.is_empty()
        && schema_walk::field(&spec.request, &at).and_then(|s| s.get("writeOnly")).and_then(Value::as_bool)
            == Some(true);
    if secret {
        if !node.is_null() {
            *node = Value::String(MASK.to_owned());
        }
        return;
    }
    match node {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                walk(spec, v, pointer::child(&at, k));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                walk(spec, v, format!("{at}/{i}"));
            }
        }
        _ => {}
    }
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
}
