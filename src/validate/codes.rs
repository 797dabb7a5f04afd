//! Choosing the provider's error code for a violation: the field's documented code, else the
//! provider's generic code template filled with the field's name or path.

use serde_json::Value;

use crate::pointer;
use crate::spec::Codes;

fn fill(template: &str, at: &str) -> String {
    let tokens = pointer::tokens(at);
    let name = tokens.last().cloned().unwrap_or_default();
    template.replace("{name}", &name).replace("{path}", &tokens.join(".")).replace("{key}", &name)
}

fn own(node: Option<&Value>, key: &str) -> Option<String> {
    node.and_then(|n| n.get(key)).and_then(Value::as_str).map(str::to_owned)
}

/// The code for a required field that is missing at `at`.
pub fn missing(codes: &Codes, field: Option<&Value>, at: &str) -> String {
    let template = own(field, "x-missing-code").unwrap_or_else(|| codes.missing.clone());
    fill(&template, at)
}

/// The code for a document that is JSON but not an object: the provider's `not_object` code (e.g.
/// BatchCompute's InvalidHttpBody), else the generic template filled with an empty name.
pub fn not_object(codes: &Codes) -> String {
    if codes.not_object.is_empty() { fill(&codes.invalid, "") } else { codes.not_object.clone() }
}

/// The code for an invalid value at `at`: the code where the failing keyword sits, else the field's.
pub fn invalid(codes: &Codes, keyword_node: Option<&Value>, field: Option<&Value>, at: &str) -> String {
    let template =
        own(keyword_node, "x-code").or_else(|| own(field, "x-code")).unwrap_or_else(|| codes.invalid.clone());
    fill(&template, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes() -> Codes {
        Codes { missing: "Missing{path}".into(), invalid: "Invalid{name}".into(), ..Codes::default() }
    }

    #[test]
    fn templates_use_name_and_path() {
        assert_eq!(
            missing(&codes(), None, "/Configs/Networks/VPC/OppositeRouterId"),
            "MissingConfigs.Networks.VPC.OppositeRouterId"
        );
        assert_eq!(invalid(&codes(), None, None, "/Groups/g1/DesiredVMCount"), "InvalidDesiredVMCount");
    }

    #[test]
    fn a_body_that_is_not_an_object_gets_the_providers_code() {
        assert_eq!(not_object(&Codes { not_object: "InvalidHttpBody".into(), ..codes() }), "InvalidHttpBody");
        assert_eq!(not_object(&codes()), "Invalid");
    }

    /// Every field below `node` as (instance pointer, schema), map keys as `k` and items as `0`.
    fn fields<'a>(root: &'a Value, node: &'a Value, at: String, out: &mut Vec<(String, &'a Value)>) {
        let node = crate::spec::schema_walk::resolve(root, node);
        if !at.is_empty() {
            out.push((at.clone(), node));
        }
        for (name, sub) in node.get("properties").and_then(Value::as_object).into_iter().flatten() {
            fields(root, sub, pointer::child(&at, name), out);
        }
        for (key, token) in [("items", "0"), ("additionalProperties", "k")] {
            if let Some(sub) = node.get(key).filter(|s| s.is_object()) {
                fields(root, sub, pointer::child(&at, token), out);
            }
        }
    }

    /// A code built from a template (the generic one, or a field's own `Invalid{path}`) belongs to
    /// that field alone: Notification.Topic.UserData must not report the top-level UserData's code.
    #[test]
    fn template_codes_name_only_their_own_field() {
        let catalog = crate::spec::Catalog::embedded().expect("specs");
        for spec in catalog.specs().iter() {
            let mut found = Vec::new();
            fields(&spec.request, &spec.request, String::new(), &mut found);
            let mut owners: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
            let mut templated = std::collections::BTreeSet::new();
            for (at, node) in &found {
                let code = invalid(&spec.codes, None, Some(node), at);
                // An array's items and a map's values share their container's code.
                let mut field = at.as_str();
                while let Some(parent) = field.strip_suffix("/0").or_else(|| field.strip_suffix("/k")) {
                    field = parent;
                }
                let template = own(Some(node), "x-code").unwrap_or_else(|| spec.codes.invalid.clone());
                if template.contains('{') {
                    templated.insert(code.clone());
                }
                owners.entry(code).or_default().insert(field.to_owned());
            }
            let shared: Vec<_> =
                owners.iter().filter(|(code, fields)| fields.len() > 1 && templated.contains(*code)).collect();
            assert!(shared.is_empty(), "{}: a template code names more than one field: {shared:?}", spec.id);
        }
    }

    #[test]
    fn documented_codes_win() {
        let field = json!({"x-code": "InvalidUserData.{key}", "x-missing-code": "MissingThing"});
        assert_eq!(invalid(&codes(), None, Some(&field), "/UserData/k1"), "InvalidUserData.k1");
        assert_eq!(missing(&codes(), Some(&field), "/X"), "MissingThing");
        let then_branch = json!({"x-code": "Special"});
        assert_eq!(invalid(&codes(), Some(&then_branch), Some(&field), "/UserData/k1"), "Special");
    }
}
