//! What an SDK program is made of, read from the spec's `x-sdk.code.<language>` block: the SDK family,
//! package, create call, request models by document path, the id and status call; and the document as
//! a tree of the SDK's own models, with secrets replaced by environment variables.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

use super::ExportError;
use crate::spec::Spec;

/// How the SDK is set up and called; each family has one program shape per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Alibaba Cloud's generated Tea/Darabonba SDKs (`Client(Config(...))`, `<Name>Request` models).
    Tea,
    /// huaweicloudsdk* (`<Service>Client.new_builder()`, a request wrapping a `body` model).
    Huawei,
    /// Alibaba's hand-written BatchCompute SDK (`Client(region, ak, sk)`, models built from dicts).
    Batchcompute,
    /// Alibaba's generic `@alicloud/openapi-client`, for APIs with no package of their own: the
    /// action, version, style and status call all come from the spec.
    Openapi,
}

/// The environment variables each family's credentials are read from, as the docs name them.
pub fn credential_vars(family: Family) -> &'static str {
    match family {
        Family::Huawei => "HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_PROJECT_ID",
        _ => "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Status {
    /// The client method that reads the resource.
    pub call: String,
    /// The request model it takes; without one, `args` are the call's positional arguments.
    pub request: Option<String>,
    /// The request's fields (or the call's arguments); `{id}` and `{region}` stand for those values.
    pub args: Value,
    /// Where the state is in the answer, in the language's own accessor syntax.
    pub state: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Block {
    pub sdk: Family,
    pub package: String,
    /// The client class (Tea clients are all `Client` in `<package>.client`).
    pub client: Option<String>,
    /// The module the models are imported from, when it is not the family's usual one.
    pub model_module: Option<String>,
    pub create: String,
    /// A request model that wraps the document as `body` and carries the operation's parameters.
    pub request: Option<String>,
    /// The SDK model for each object in the document, by path (`/` the root, `[]` an array's
    /// items); objects without an entry (maps among them) stay plain maps.
    #[serde(default)]
    pub models: BTreeMap<String, String>,
    /// Attribute names that do not follow the family's snake_case rule, by path.
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    /// Fields the pinned package's models lack (the package is older than the API), by path: the
    /// program sets them on the model under their wire names. Only Huawei's Node SDK needs this:
    /// its models serialise as they are, so an added key is sent.
    #[serde(default)]
    pub absent: BTreeSet<String>,
    /// Operation parameters (path, query, header) by name → the keyword the request or call takes.
    #[serde(default)]
    pub params: BTreeMap<String, String>,
    /// Where the created id is in the answer, in the language's accessor syntax.
    pub id: String,
    /// The answer's model, when the SDK hands back plain JSON whose renamed fields are only read
    /// through the model's getters (Huawei's Node SDK).
    pub response: Option<String>,
    pub status: Option<Status>,
}

impl Block {
    pub fn of(spec: &Spec, language: &str) -> Result<Block, ExportError> {
        let raw = spec.operation.pointer(&format!("/x-sdk/code/{language}")).ok_or_else(|| {
            ExportError::Unsupported(format!("{} has no x-sdk.code.{language} block in its spec", spec.id))
        })?;
        let block: Block = serde_json::from_value(raw.clone())
            .map_err(|e| ExportError::Unsupported(format!("{}: x-sdk.code.{language} is malformed: {e}", spec.id)))?;
        if !block.absent.is_empty() && (language, block.sdk) != ("typescript", Family::Huawei) {
            return Err(ExportError::Unsupported(format!(
                "{}: x-sdk.code.{language}.absent is only possible for Huawei's Node SDK, whose models send \
                 what is set on them",
                spec.id
            )));
        }
        Ok(block)
    }
}

/// A value as the program writes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An SDK model built from named fields, and from the fields its class lacks (`Block::absent`),
    /// by wire name.
    Model {
        class: String,
        fields: Vec<(String, Node)>,
        wire: Vec<(String, Node)>,
    },
    /// An SDK model built from one plain map (BatchCompute's models take a dict).
    ModelOf {
        class: String,
        map: Box<Node>,
    },
    Map(Vec<(String, Node)>),
    List(Vec<Node>),
    Scalar(Value),
    /// A secret read from this environment variable.
    Env(String),
    /// A name the program defines (the created id, the region).
    Code(String),
}

/// The environment variable a secret at `pointer` is read from: its path in SCREAMING_SNAKE_CASE.
pub fn env_name(pointer: &str) -> String {
    let mut out = String::new();
    for token in pointer.split('/').filter(|t| !t.is_empty()) {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&snake(token).to_ascii_uppercase());
    }
    out
}

/// The SDKs' snake_case: an underscore before a capital that follows a lower-case letter or digit,
/// every other character not allowed in a name dropped or made `_`.
pub fn snake(wire: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in wire.chars() {
        if c.is_ascii_uppercase() && prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
            out.push('_');
        }
        out.push(if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' });
        prev = Some(c);
    }
    out
}

/// `pointer` as a program's comment writes it: characters outside a plain path's set become `?`, so
/// no key can end the comment or the docstring it sits in.
pub fn comment_safe(pointer: &str) -> String {
    pointer.chars().map(|c| if c.is_ascii_alphanumeric() || "/_~.-".contains(c) { c } else { '?' }).collect()
}

/// The document as the SDK's models: `attr` turns a wire name into the language's attribute name
/// when the block has no exception for it. Secrets become `Node::Env`, named in `secrets`.
pub fn tree(
    block: &Block,
    spec: &Spec,
    document: &Value,
    attr: &dyn Fn(&str) -> String,
    secrets: &mut Vec<(String, String)>,
) -> Node {
    let secret: BTreeSet<String> = crate::spec::secrets::pointers(spec, document).into_iter().collect();
    let walk = Walk { block, attr, secret: &secret };
    walk.node(document, "", "", secrets)
}

struct Walk<'a> {
    block: &'a Block,
    attr: &'a dyn Fn(&str) -> String,
    secret: &'a BTreeSet<String>,
}

impl Walk<'_> {
    fn node(&self, value: &Value, at: &str, path: &str, secrets: &mut Vec<(String, String)>) -> Node {
        if self.secret.contains(at) && value.is_string() {
            let name = env_name(at);
            secrets.push((name.clone(), comment_safe(at)));
            return Node::Env(name);
        }
        let class = self.block.models.get(if path.is_empty() { "/" } else { path });
        match value {
            Value::Object(map) => {
                let plain = self.block.sdk == Family::Batchcompute;
                let mut fields = Vec::new();
                let mut wire = Vec::new();
                for (k, v) in map {
                    let child = self.node(v, &format!("{at}/{}", escape(k)), &format!("{path}/{k}"), secrets);
                    let field = format!("{path}/{k}");
                    match (class, plain) {
                        (Some(_), false) if self.block.absent.contains(&field) => wire.push((k.clone(), child)),
                        (Some(_), false) => fields.push((
                            self.block.attributes.get(&field).cloned().unwrap_or_else(|| (self.attr)(k)),
                            child,
                        )),
                        _ => fields.push((k.clone(), child)),
                    }
                }
                match class {
                    Some(class) if plain => Node::ModelOf { class: class.clone(), map: Box::new(Node::Map(fields)) },
                    Some(class) => Node::Model { class: class.clone(), fields, wire },
                    None => Node::Map(fields),
                }
            }
            Value::Array(items) => Node::List(
                items
                    .iter()
                    .enumerate()
                    .map(|(n, v)| self.node(v, &format!("{at}/{n}"), &format!("{path}/[]"), secrets))
                    .collect(),
            ),
            other => Node::Scalar(other.clone()),
        }
    }
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// The status request's fields (or call arguments) with `{id}` and `{region}` bound to program names.
pub fn status_args(status: &Status, id: &str, region: &str) -> Vec<(Option<String>, Node)> {
    let bind = |v: &Value| match v.as_str() {
        Some("{id}") => Node::Code(id.to_owned()),
        Some("{region}") => Node::Code(region.to_owned()),
        _ => Node::Scalar(v.clone()),
    };
    match &status.args {
        Value::Object(map) => map.iter().map(|(k, v)| (Some(k.clone()), bind(v))).collect(),
        Value::Array(items) => items.iter().map(|v| (None, bind(v))).collect(),
        _ => Vec::new(),
    }
}

/// The environment variable that overrides the endpoint: the documented host's first label
/// (`ehpc.{region}.aliyuncs.com` → `EHPC_ENDPOINT`).
pub fn endpoint_var(spec: &Spec) -> String {
    let url = spec.document.pointer("/servers/0/url").and_then(Value::as_str).unwrap_or_default();
    let host = url.split_once("://").map_or(url, |(_, h)| h);
    let label = host.split(['.', '-']).next().unwrap_or_default();
    format!("{}_ENDPOINT", label.to_ascii_uppercase())
}

/// The states that end the status call, and which of them are failures, from `x-progress`.
pub fn final_states(spec: &Spec) -> (Vec<Value>, Vec<Value>) {
    let list = |key: &str| {
        spec.operation.pointer(&format!("/x-progress/{key}")).and_then(Value::as_array).cloned().unwrap_or_default()
    };
    (list("success"), list("failure"))
}

/// Whether the document only asks for a check (the spec's dry-run field is true): nothing is made.
pub fn is_dry_run(spec: &Spec, document: &Value) -> bool {
    let pointer = spec.operation.pointer("/x-sandbox/dry_run/pointer").and_then(Value::as_str);
    pointer.and_then(|p| document.pointer(p)).and_then(Value::as_bool) == Some(true)
}

/// A string literal as black and prettier both write it: double quotes unless that needs more
/// escapes than single ones, the common escapes, and `control` for other control characters.
pub fn string_literal(text: &str, control: impl Fn(char) -> String) -> String {
    let quote = if text.contains('"') && !text.contains('\'') { '\'' } else { '"' };
    let mut out = String::from(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&control(c)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_sdks_rules() {
        assert_eq!(snake("ClusterVSwitchId"), "cluster_vswitch_id");
        assert_eq!(snake("flavorRef"), "flavor_ref");
        assert_eq!(snake("DNS"), "dns");
        assert_eq!(snake("os:scheduler_hints"), "os_scheduler_hints");
        assert_eq!(env_name("/server/adminPass"), "SERVER_ADMIN_PASS");
        assert_eq!(env_name("/ClusterCredentials/Password"), "CLUSTER_CREDENTIALS_PASSWORD");
        assert_eq!(snake("a\"\"\")\nimport os"), "a_____import_os", "a key never becomes code");
        assert_eq!(comment_safe("/m/x\"\"\"\n*/"), "/m/x?????/", "nor ends a comment or docstring");
    }
}
