//! `Spec`: the facts of one API operation read out of its OpenAPI document, plus the raw document for
//! the parts (schemas, templates) that are walked on demand.

use serde_json::{Map, Value};

use super::SpecError;
use crate::t;

/// How a request travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Alibaba ROA: a JSON body on the API path.
    Roa,
    /// Alibaba RPC: `POST /`, every parameter in the query.
    Rpc,
    /// Huawei REST: a JSON body on the API path, project id in the path.
    HuaweiRest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamIn {
    Path,
    Query,
    Header,
}

/// What a parameter or field means to the tool beyond its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    IdempotencyToken,
    Region,
    ProjectId,
}

impl Role {
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "idempotency-token" => Some(Role::IdempotencyToken),
            "region" => Some(Role::Region),
            "project-id" => Some(Role::ProjectId),
            _ => None,
        }
    }
}

/// A path, query or header parameter that is not part of the request document.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub location: ParamIn,
    pub required: bool,
    pub description: crate::i18n::Text,
    pub schema: Value,
    pub role: Option<Role>,
}

/// A documented example, usable as a preset.
#[derive(Debug, Clone)]
pub struct Example {
    pub name: String,
    pub summary: crate::i18n::Text,
    pub value: Value,
    pub parameters: Map<String, Value>,
}

/// The provider's generic error codes.
#[derive(Debug, Clone, Default)]
pub struct Codes {
    pub missing: String,
    pub invalid: String,
    pub malformed_json: String,
    pub not_object: String,
    pub idempotency_mismatch: String,
    pub signature_mismatch: String,
}

#[derive(Debug)]
pub struct Spec {
    pub id: String,
    pub title: crate::i18n::Text,
    pub summary: crate::i18n::Text,
    pub provider: crate::i18n::Text,
    pub product: String,
    pub version: String,
    pub style: Style,
    pub method: String,
    pub path: String,
    pub content_type: String,
    pub params: Vec<Param>,
    pub examples: Vec<Example>,
    pub codes: Codes,
    /// `components.schemas.Request`: the request document's JSON Schema.
    pub request: Value,
    /// The operation object, for responses, error codes, progress and sandbox templates.
    pub operation: Value,
    /// The whole OpenAPI document.
    pub document: Value,
    /// The compiled validator, built the first time the API is used.
    pub(crate) engine_cell: std::sync::OnceLock<Result<crate::validate::Engine, String>>,
}

fn text(v: &Value, pointer: &str) -> String {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or_default().to_owned()
}

impl Spec {
    /// Reads the facts out of an OpenAPI document; `file` names it in errors.
    pub fn from_document(file: &str, document: Value) -> Result<Spec, SpecError> {
        let bad = |reason: String| SpecError::Invalid { file: file.to_owned(), reason };
        let missing = |what: &str| bad(t!("engine-spec-missing", what = what));
        let id = text(&document, "/x-api-id");
        if id.is_empty() {
            return Err(missing("x-api-id"));
        }
        let style = match text(&document, "/x-style").as_str() {
            "roa" => Style::Roa,
            "rpc" => Style::Rpc,
            "huawei-rest" => Style::HuaweiRest,
            other => {
                return Err(bad(t!("engine-spec-style", style = format!("{other:?}"))));
            }
        };
        let paths = document.get("paths").and_then(Value::as_object).ok_or_else(|| missing("paths"))?;
        let [(path, item)] = paths.iter().collect::<Vec<_>>()[..] else {
            return Err(bad(t!("engine-spec-one-path")));
        };
        let methods = ["get", "put", "post", "delete", "patch"];
        let ops: Vec<_> =
            item.as_object().into_iter().flatten().filter(|(k, _)| methods.contains(&k.as_str())).collect();
        let [(method, operation)] = ops[..] else {
            return Err(bad(t!("engine-spec-one-operation")));
        };
        let request = request_schema(&document).ok_or_else(|| missing("components.schemas.Request"))?;
        let content = operation.pointer("/requestBody/content").and_then(Value::as_object);
        let (content_type, media) = content
            .and_then(|c| c.iter().next())
            .map(|(k, v)| (k.clone(), v.clone()))
            .ok_or_else(|| missing("requestBody.content"))?;
        let params = operation
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| param(file, p))
            .collect::<Result<Vec<_>, _>>()?;
        let examples = media
            .get("examples")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, ex)| Example {
                name: name.clone(),
                summary: crate::i18n::Text::of(ex, "summary"),
                value: ex.get("value").cloned().unwrap_or(Value::Null),
                parameters: ex.get("x-parameters").and_then(Value::as_object).cloned().unwrap_or_default(),
            })
            .collect();
        let codes = Codes {
            missing: text(operation, "/x-codes/missing"),
            invalid: text(operation, "/x-codes/invalid"),
            malformed_json: text(operation, "/x-codes/malformed_json"),
            not_object: text(operation, "/x-codes/not_object"),
            idempotency_mismatch: text(operation, "/x-codes/idempotency_mismatch"),
            signature_mismatch: text(operation, "/x-codes/signature_mismatch"),
        };
        let info = document.get("info").unwrap_or(&Value::Null);
        Ok(Spec {
            title: crate::i18n::Text::of(info, "title"),
            summary: crate::i18n::Text::of(info, "summary"),
            provider: crate::i18n::Text::of(info, "x-provider"),
            product: text(&document, "/info/x-product"),
            version: text(&document, "/info/version"),
            style,
            method: method.to_uppercase(),
            path: path.clone(),
            content_type,
            params,
            examples,
            codes,
            request,
            operation: operation.clone(),
            id,
            document,
            engine_cell: std::sync::OnceLock::new(),
        })
    }

    /// The documented error code entry for `code`, if any.
    pub fn error_code(&self, code: &str) -> Option<&Value> {
        self.operation
            .get("x-error-codes")
            .and_then(Value::as_array)?
            .iter()
            .find(|e| e.get("code").and_then(Value::as_str) == Some(code))
    }

    /// The example called `name`, or the first when `name` is `None`.
    pub fn example(&self, name: Option<&str>) -> Option<&Example> {
        match name {
            None => self.examples.first(),
            Some(n) => self.examples.iter().find(|e| e.name.eq_ignore_ascii_case(n)),
        }
    }

    /// The operation's `operationId` (its action name, e.g. `CreateServers`).
    pub fn operation_id(&self) -> &str {
        self.operation.get("operationId").and_then(Value::as_str).unwrap_or_default()
    }

    /// Alibaba action and version (`x-acs`), when the API has them.
    pub fn acs(&self) -> Option<(&str, &str)> {
        let acs = self.operation.get("x-acs")?;
        Some((acs.get("action")?.as_str()?, acs.get("version")?.as_str()?))
    }
}

/// `components.schemas.Request` as a schema of its own: its `$ref`s point at the document root
/// (`#/components/schemas/Nic`, so OpenAPI tools resolve them), so the other component schemas ride
/// along under the same `components.schemas` key and every reference resolves the same way inside it.
fn request_schema(document: &Value) -> Option<Value> {
    let schemas = document.pointer("/components/schemas")?.as_object()?;
    let mut request = schemas.get("Request")?.clone();
    let shared: Map<String, Value> =
        schemas.iter().filter(|(k, _)| *k != "Request").map(|(k, v)| (k.clone(), v.clone())).collect();
    if let (Value::Object(root), false) = (&mut request, shared.is_empty()) {
        root.insert("components".to_owned(), serde_json::json!({ "schemas": shared }));
    }
    Some(request)
}

fn param(file: &str, p: &Value) -> Result<Param, SpecError> {
    let location = match text(p, "/in").as_str() {
        "path" => ParamIn::Path,
        "query" => ParamIn::Query,
        "header" => ParamIn::Header,
        other => {
            return Err(SpecError::Invalid {
                file: file.to_owned(),
                reason: t!("engine-spec-param-in", name = text(p, "/name"), place = format!("{other:?}")),
            });
        }
    };
    Ok(Param {
        name: text(p, "/name"),
        location,
        required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
        description: crate::i18n::Text::of(p, "description"),
        schema: p.get("schema").cloned().unwrap_or(Value::Bool(true)),
        role: p.get("x-role").and_then(Value::as_str).and_then(Role::parse),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::schema_walk;
    use serde_json::json;

    #[test]
    fn references_to_component_schemas_resolve_in_the_request_schema() {
        let document = json!({
            "x-api-id": "t.Api", "x-style": "roa",
            "paths": {"/t": {"post": {"requestBody": {"content": {"application/json": {}}},
                "x-codes": {"missing": "Missing{name}", "invalid": "Invalid{name}"}}}},
            "components": {"schemas": {
                "Request": {"type": "object", "properties": {"Tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}},
                "Tag": {"type": "object", "required": ["Key"], "properties": {"Key": {"type": "string", "maxLength": 3}}}
            }}
        });
        let spec = Spec::from_document("t.json", document).expect("reads");
        assert_eq!(schema_walk::field(&spec.request, "/Tags/0/Key").and_then(|n| n.get("maxLength")), Some(&json!(3)));
        let problems = spec.engine().expect("compiles").validate(&json!({"Tags": [{"Key": "long"}, {}]}));
        let pointers: Vec<&str> = problems.iter().map(|v| v.pointer.as_str()).collect();
        assert_eq!(pointers, ["/Tags/0/Key", "/Tags/1/Key"], "{problems:?}");
    }
}
