//! From a form's values to the HTTP request: method, URL (path and query), headers and body, and the
//! Alibaba RPC wire form (nested parameters as JSON strings or flattened `Key.N.Sub`). Shared by the
//! preview, the exports, the client and — read the other way — the sandbox.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde_json::{Map, Value};

use crate::spec::{ParamIn, Role, Spec, Style, schema_walk};

/// RFC 3986 unreserved characters stay; everything else is percent-encoded (space → %20).
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode(text: &str) -> String {
    utf8_percent_encode(text, RFC3986).to_string()
}

/// Reads a query string or a form-encoded body into pairs in order (`+` is a space, as forms send it;
/// bytes that are not UTF-8 after decoding become `�` rather than an error).
pub fn parse_query(text: &str) -> Vec<(String, String)> {
    let decode = |s: &str| percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned();
    text.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Alibaba's common RPC parameters: how a call is addressed and signed, never part of the document.
pub const RPC_COMMON_PARAMS: [&str; 11] = [
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "SecurityToken",
    "Signature",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureType",
    "SignatureVersion",
    "Timestamp",
];

/// A request as it is sent: every part explicit so signing, exports and the client agree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: String,
    /// Scheme and host, e.g. `https://ecs.cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:8080`.
    pub base: String,
    /// The path with path parameters filled in and encoded.
    pub path: String,
    /// Query parameters in sending order (unencoded).
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpRequest {
    pub fn query_string(&self) -> String {
        self.query.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&")
    }

    pub fn url(&self) -> String {
        let q = self.query_string();
        if q.is_empty() { format!("{}{}", self.base, self.path) } else { format!("{}{}?{q}", self.base, self.path) }
    }

    pub fn host(&self) -> &str {
        self.base.split_once("://").map_or(self.base.as_str(), |(_, h)| h)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    MissingPathParam(String),
}

impl std::error::Error for RequestError {}

/// Said in the current language when shown.
impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let RequestError::MissingPathParam(name) = self;
        f.write_str(&crate::t!("engine-path-param-missing", name = name.as_str()))
    }
}

/// Text of a scalar as it appears in a query or header (strings unquoted).
pub fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Names of the document's top-level parameters that travel as one JSON string (RPC `encoding`).
pub fn json_params(spec: &Spec) -> Vec<String> {
    spec.operation
        .pointer("/requestBody/content")
        .and_then(Value::as_object)
        .and_then(|c| c.values().next())
        .and_then(|m| m.get("encoding"))
        .and_then(Value::as_object)
        .map(|enc| {
            enc.iter()
                .filter(|(_, e)| e.get("contentType").and_then(Value::as_str).is_some_and(|t| t.contains("json")))
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The RPC wire form of a document: scalars as text, JSON-encoded parameters as one JSON string,
/// other nested values flattened as `Key.N.Sub` (lists counted from 1).
pub fn rpc_wire(spec: &Spec, document: &Value) -> Vec<(String, String)> {
    let json = json_params(spec);
    let mut out = Vec::new();
    if let Some(map) = document.as_object() {
        for (key, value) in map {
            if json.contains(key) && (value.is_object() || value.is_array()) {
                out.push((key.clone(), value.to_string()));
            } else {
                flatten(key, value, &mut out);
            }
        }
    }
    out
}

/// Flattens `value` under `prefix` as `Key.N.Sub` pairs (lists counted from 1; nulls and empty lists or
/// objects give nothing), the form Alibaba RPC and the vendor CLIs use for nested values.
pub fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| flatten(&format!("{prefix}.{k}"), v, out)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| flatten(&format!("{prefix}.{}", i + 1), v, out))
        }
        Value::Null => {}
        scalar => out.push((prefix.to_owned(), scalar_text(scalar))),
    }
}

/// Reads an RPC wire form back into a document, typing scalars by the schema (the sandbox's side).
pub fn from_rpc_wire(spec: &Spec, pairs: &[(String, String)]) -> Result<Value, String> {
    let json = json_params(spec);
    let mut doc = Value::Object(Map::new());
    for (key, text) in pairs {
        if json.contains(key) {
            let parsed: Value =
                serde_json::from_str(text).map_err(|e| format!("parameter {key} must hold JSON: {e}"))?;
            crate::pointer::set(&mut doc, &crate::pointer::child("", key), parsed);
            continue;
        }
        let mut pointer = String::new();
        for (i, part) in key.split('.').enumerate() {
            // Flattened lists count from 1 on the wire and from 0 in the document.
            let token = match part.parse::<usize>() {
                Ok(n) if i > 0 && n > 0 => (n - 1).to_string(),
                _ => part.to_owned(),
            };
            pointer = crate::pointer::child(&pointer, &token);
        }
        let typed = type_by_schema(schema_walk::field(&spec.request, &pointer), text);
        crate::pointer::set(&mut doc, &pointer, typed);
    }
    Ok(doc)
}

/// Turns wire text into the JSON type the schema expects; text that does not fit stays a string so
/// validation reports it.
pub fn type_by_schema(schema: Option<&Value>, text: &str) -> Value {
    let kind = schema.map(schema_walk::type_name).unwrap_or_default();
    let parsed = match kind.as_str() {
        "integer" | "number" => serde_json::from_str::<Value>(text).ok().filter(Value::is_number),
        // The Alibaba Python SDKs send Python's spelling (`True`/`False`) on the RPC wire.
        "boolean" if text.eq_ignore_ascii_case("true") => Some(Value::Bool(true)),
        "boolean" if text.eq_ignore_ascii_case("false") => Some(Value::Bool(false)),
        "object" | "array" => serde_json::from_str::<Value>(text).ok().filter(|v| v.is_object() || v.is_array()),
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_owned()))
}

/// The real endpoint for a region: the spec's server pattern, or its override for that region.
pub fn endpoint(spec: &Spec, region: &str) -> String {
    let server = spec.document.pointer("/servers/0");
    if let Some(host) =
        server.and_then(|s| s.pointer(&format!("/x-endpoint-overrides/{region}"))).and_then(Value::as_str)
    {
        return format!("https://{}", host.trim_start_matches("https://"));
    }
    let url = server.and_then(|s| s.get("url")).and_then(Value::as_str).unwrap_or("https://localhost");
    url.replace("{region}", region)
}

/// The region the request targets: a region parameter or field, else the spec's default.
pub fn region(spec: &Spec, params: &Map<String, Value>, document: &Value) -> String {
    explicit_region(spec, params, document)
        .or_else(|| {
            spec.document.pointer("/servers/0/variables/region/default").and_then(Value::as_str).map(str::to_owned)
        })
        .unwrap_or_else(|| "cn-hangzhou".to_owned())
}

/// The region named by a region parameter or field of the request itself, if any.
pub fn explicit_region(spec: &Spec, params: &Map<String, Value>, document: &Value) -> Option<String> {
    let from_params = spec.params.iter().find(|p| p.role == Some(Role::Region)).and_then(|p| params.get(&p.name));
    let from_doc = document
        .as_object()
        .and_then(|m| m.iter().find(|(k, _)| field_role(spec, k) == Some(Role::Region)).map(|(_, v)| v));
    from_params.or(from_doc).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// The role a top-level document field plays (`x-role` on its schema).
pub fn field_role(spec: &Spec, name: &str) -> Option<Role> {
    // `schema_walk::field` for a one-token pointer, without building the pointer: the sandbox asks
    // this for every top-level field of every request.
    let root = &spec.request;
    schema_walk::child(root, schema_walk::resolve(root, root), name)
        .and_then(|s| s.get("x-role"))
        .and_then(Value::as_str)
        .and_then(Role::parse)
}

/// Where the idempotency token lives: an operation parameter or a top-level document field.
pub enum TokenSlot {
    Param(String),
    Field(String),
    None,
}

pub fn token_slot(spec: &Spec) -> TokenSlot {
    if let Some(p) = spec.params.iter().find(|p| p.role == Some(Role::IdempotencyToken)) {
        return TokenSlot::Param(p.name.clone());
    }
    let fields = spec.request.get("properties").and_then(Value::as_object);
    fields
        .and_then(|f| f.keys().find(|k| field_role(spec, k) == Some(Role::IdempotencyToken)))
        .map_or(TokenSlot::None, |k| TokenSlot::Field(k.clone()))
}

/// A token's text for its slot: the hyphenated UUID where the schema asks for `format: uuid`, else
/// the 32 hex digits, which also fit slots that allow only letters, digits and `_` (BatchCompute).
fn token_text(schema: Option<&Value>, id: uuid::Uuid) -> String {
    if schema.and_then(|s| s.get("format")).and_then(Value::as_str) == Some("uuid") {
        id.hyphenated().to_string()
    } else {
        id.simple().to_string()
    }
}

/// The schema of the idempotency token's slot.
fn slot_schema<'a>(spec: &'a Spec, slot: &TokenSlot) -> Option<&'a Value> {
    match slot {
        TokenSlot::Param(name) => spec.params.iter().find(|p| &p.name == name).map(|p| &p.schema),
        TokenSlot::Field(name) => schema_walk::field(&spec.request, &crate::pointer::child("", name)),
        TokenSlot::None => None,
    }
}

/// A fresh idempotency token that fits the API's token slot.
pub fn new_token(spec: &Spec) -> String {
    token_text(slot_schema(spec, &token_slot(spec)), uuid::Uuid::new_v4())
}

/// Sets an idempotency token where the API takes one, unless the user already gave one; returns it.
pub fn ensure_token(spec: &Spec, params: &mut Map<String, Value>, document: &mut Value) -> Option<String> {
    ensure_token_from(spec, params, document, uuid::Uuid::new_v4())
}

/// The idempotency token the user gave (a non-empty value in the API's slot), if any.
pub fn given_token(spec: &Spec, params: &Map<String, Value>, document: &Value) -> Option<String> {
    let value = match token_slot(spec) {
        TokenSlot::Param(name) => params.get(&name),
        TokenSlot::Field(name) => document.get(&name),
        TokenSlot::None => None,
    };
    value.and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// `ensure_token` with the token's UUID given, so a seeded run (`sign --nonce`) is reproducible.
pub fn ensure_token_from(
    spec: &Spec,
    params: &mut Map<String, Value>,
    document: &mut Value,
    id: uuid::Uuid,
) -> Option<String> {
    if let Some(given) = given_token(spec, params, document) {
        return Some(given);
    }
    let slot = token_slot(spec);
    let fresh = token_text(slot_schema(spec, &slot), id);
    match slot {
        TokenSlot::Param(name) => {
            params.insert(name, Value::String(fresh.clone()));
        }
        TokenSlot::Field(name) => {
            crate::pointer::set(document, &crate::pointer::child("", &name), Value::String(fresh.clone()));
        }
        TokenSlot::None => return None,
    }
    Some(fresh)
}

/// Builds the request for `base` from the operation's parameters and the document.
pub fn build(
    spec: &Spec,
    params: &Map<String, Value>,
    document: &Value,
    base: &str,
) -> Result<HttpRequest, RequestError> {
    let mut path = spec.path.clone();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    for p in &spec.params {
        let value = params.get(&p.name).map(scalar_text).unwrap_or_default();
        match p.location {
            ParamIn::Path => {
                if value.is_empty() {
                    return Err(RequestError::MissingPathParam(p.name.clone()));
                }
                path = path.replace(&format!("{{{}}}", p.name), &encode(&value));
            }
            ParamIn::Query if !value.is_empty() => query.push((p.name.clone(), value)),
            ParamIn::Header if !value.is_empty() => headers.push((p.name.clone(), value)),
            _ => {}
        }
    }
    if let Some((action, version)) = spec.acs() {
        headers.push(("x-acs-action".to_owned(), action.to_owned()));
        headers.push(("x-acs-version".to_owned(), version.to_owned()));
    }
    let body = match spec.style {
        Style::Rpc => {
            query.extend(rpc_wire(spec, document));
            String::new()
        }
        Style::Roa | Style::HuaweiRest => {
            let content_type = if spec.style == Style::HuaweiRest {
                "application/json;charset=UTF-8"
            } else {
                "application/json; charset=utf-8"
            };
            headers.push(("content-type".to_owned(), content_type.to_owned()));
            document.to_string()
        }
    };
    Ok(HttpRequest {
        method: spec.method.clone(),
        base: base.trim_end_matches('/').to_owned(),
        path,
        query,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;

    #[test]
    fn tokens_fit_their_slot_and_repeat_for_the_same_seed() {
        let catalog = Catalog::embedded().expect("specs");
        let id = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        let mut params = Map::new();
        let mut doc = serde_json::json!({});
        let huawei = catalog.get("huaweicloud.ecs.CreateServers").expect("spec");
        assert_eq!(
            ensure_token_from(huawei, &mut params, &mut doc, id).as_deref(),
            Some("01234567-89ab-cdef-0123-456789abcdef"),
            "format: uuid keeps the hyphens"
        );
        let batch = catalog.get("aliyun.batchcompute.CreateCluster").expect("spec");
        let mut params = Map::new();
        let token = ensure_token_from(batch, &mut params, &mut doc, id).expect("slot");
        assert_eq!(token, "0123456789abcdef0123456789abcdef", "IdempotentToken allows only [A-Za-z0-9_]");
        assert_eq!(params["IdempotentToken"], token.as_str());
        assert_eq!(new_token(batch).len(), 32);
        assert_eq!(new_token(huawei).len(), 36);
        let ecs = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
        let mut doc = serde_json::json!({"ClientToken": "mine"});
        assert_eq!(ensure_token_from(ecs, &mut Map::new(), &mut doc, id).as_deref(), Some("mine"));
    }

    /// An RPC API with one JSON-string parameter (`Conf`) and nested ones sent flat (`Tag`, `Net`).
    fn rpc_spec() -> Spec {
        let document = serde_json::json!({
            "x-api-id": "test.rpc.Create", "x-style": "rpc",
            "paths": {"/": {"post": {"operationId": "Create", "requestBody": {"content": {
                "application/x-www-form-urlencoded": {"encoding": {"Conf": {"contentType": "application/json"}}}}}}}},
            "components": {"schemas": {"Request": {"type": "object", "properties": {
                "Tag": {"type": "array", "items": {"type": "object", "properties": {
                    "Key": {"type": "string"}, "Value": {"type": "string"}}}},
                "Net": {"type": "object", "properties": {"Ids": {"type": "array", "items": {"type": "integer"}}}},
                "Conf": {"type": "object"},
                "Count": {"type": "integer"}}}}}
        });
        Spec::from_document("test", document).expect("a valid spec")
    }

    #[test]
    fn rpc_wire_flattens_nested_parameters_unless_they_travel_as_json() {
        let spec = rpc_spec();
        let doc = serde_json::json!({
            "Tag": [{"Key": "k1", "Value": "v1"}, {"Key": "k2", "Value": "v 2"}],
            "Net": {"Ids": [7, 8]},
            "Conf": {"a": [1, {"b": null}]},
            "Count": 3
        });
        let wire = rpc_wire(&spec, &doc);
        let text: Vec<String> = wire.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            text,
            [
                "Tag.1.Key=k1",
                "Tag.1.Value=v1",
                "Tag.2.Key=k2",
                "Tag.2.Value=v 2",
                "Net.Ids.1=7",
                "Net.Ids.2=8",
                r#"Conf={"a":[1,{"b":null}]}"#,
                "Count=3"
            ]
        );
        assert_eq!(from_rpc_wire(&spec, &wire), Ok(doc), "the sandbox reads it back typed by the schema");
    }

    #[test]
    fn explicit_region_comes_only_from_the_request() {
        let catalog = Catalog::embedded().expect("specs");
        let ecs = catalog.get("aliyun.ecs.CreateHpcCluster").expect("spec");
        let doc = serde_json::json!({"RegionId": "cn-beijing"});
        assert_eq!(explicit_region(ecs, &Map::new(), &doc).as_deref(), Some("cn-beijing"));
        assert_eq!(explicit_region(ecs, &Map::new(), &serde_json::json!({})), None);
        assert_eq!(region(ecs, &Map::new(), &serde_json::json!({})), "cn-hangzhou");
    }

    #[test]
    fn query_parsing_reverses_encoding() {
        let pairs = vec![("Tag.1.Key".to_owned(), "a b&c=d/é".to_owned()), ("Empty".to_owned(), String::new())];
        let text = pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect::<Vec<_>>().join("&");
        assert_eq!(parse_query(&text), pairs);
        assert_eq!(
            parse_query("a=1+2&&flag&bad=%FF"),
            [("a", "1 2"), ("flag", ""), ("bad", "�")].map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
    }
}
