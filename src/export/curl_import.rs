//! The way back: a pasted curl command (or a JSON document) to the API it calls, that API's operation
//! parameters and the request document, ready to load into the form. Matching uses only the specs
//! (method, path template, `x-acs` action); RPC queries are read back with `request::from_rpc_wire`.

use serde_json::{Map, Value};

use super::shell;
use crate::spec::{Catalog, ParamIn, Spec, Style};

/// What a pasted request holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub api: String,
    pub params: Map<String, Value>,
    pub document: Value,
    /// Query parameters that belong to neither the operation nor the document (left out).
    pub ignored: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("{0}")]
    Shell(#[from] shell::Unterminated),
    #[error("{}", crate::t!("cli-import-option", option = .0.as_str()))]
    Option(String),
    #[error("{}", crate::t!("cli-import-missing-value", option = .0.as_str()))]
    MissingValue(String),
    #[error("{}", crate::t!("cli-import-body-file", option = .0.as_str()))]
    BodyFile(String),
    #[error("{}", crate::t!("cli-import-no-url"))]
    NoUrl,
    #[error("{}", crate::t!("cli-import-two-urls", first = .0.as_str(), second = .1.as_str()))]
    TwoUrls(String, String),
    #[error("{}", no_match(.method, .path, .action.as_deref(), .known))]
    NoMatch { method: String, path: String, action: Option<String>, known: Vec<String> },
    #[error("{}", crate::t!("cli-import-ambiguous", method = .method.as_str(), path = .path.as_str(), apis = crate::i18n::join(.candidates)))]
    Ambiguous { method: String, path: String, candidates: Vec<String> },
    #[error("{}", crate::t!("cli-import-body", api = .api.as_str(), reason = .reason.as_str()))]
    Body { api: String, reason: String },
    #[error("{}", crate::t!("cli-import-neither", error = .0.as_str()))]
    Json(String),
    #[error("{}", crate::t!("cli-import-not-object", kind = .0.as_str()))]
    NotObject(String),
    #[error("{}", crate::t!("cli-import-unknown-document"))]
    UnknownDocument,
    #[error("{}", crate::t!("cli-import-ambiguous-document", apis = crate::i18n::join(&.0)))]
    AmbiguousDocument(Vec<String>),
    #[error("{0}")]
    Api(String),
}

/// No API answers this method and path (and action, for RPC).
fn no_match(method: &str, path: &str, action: Option<&str>, known: &[String]) -> String {
    let known = crate::i18n::join(known);
    match action {
        Some(action) => {
            crate::t!("cli-import-no-match-action", method = method, path = path, action = action, apis = known)
        }
        None => crate::t!("cli-import-no-match", method = method, path = path, apis = known),
    }
}

/// Reads pasted text: a curl command (starting with `curl`) or a JSON document. A document goes to
/// `current` when given, else to the API whose fields it matches best.
pub fn import(catalog: &Catalog, text: &str, current: Option<&str>) -> Result<Imported, ImportError> {
    let trimmed = text.trim_start();
    if is_curl(trimmed) { from_curl(catalog, trimmed) } else { from_json(catalog, trimmed, current) }
}

/// Whether the text is a curl command (the word `curl`, then a space).
pub fn is_curl(text: &str) -> bool {
    text.trim_start().strip_prefix("curl").is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

/// The parts of a curl command that describe the request.
#[derive(Default)]
struct Curl {
    method: Option<String>,
    url: Option<String>,
    headers: Vec<(String, String)>,
    data: Vec<String>,
}

const IGNORED_FLAGS: &[&str] = &[
    "-s",
    "--silent",
    "-S",
    "--show-error",
    "-v",
    "--verbose",
    "-i",
    "--include",
    "-k",
    "--insecure",
    "-L",
    "--location",
    "-f",
    "--fail",
    "--compressed",
    "-g",
    "--globoff",
    "--http1.1",
    "-N",
    "--no-buffer",
];
const IGNORED_WITH_VALUE: &[&str] = &[
    "-o",
    "--output",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-m",
    "--max-time",
    "--connect-timeout",
    "--retry",
    "-w",
    "--write-out",
    "-x",
    "--proxy",
    "--cacert",
];
const DATA: &[&str] = &["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"];

fn parse_curl(words: &[String]) -> Result<Curl, ImportError> {
    let mut curl = Curl::default();
    let mut i = usize::from(words.first().is_some_and(|w| w == "curl"));
    while i < words.len() {
        let word = words[i].as_str();
        i += 1;
        // Short options may carry their value attached: -XPOST, -H'k: v'.
        let (option, attached) = match word.get(..2) {
            Some(head) if word.len() > 2 && !word.starts_with("--") && word.starts_with('-') => {
                (head, Some(word[2..].to_owned()))
            }
            _ => (word, None),
        };
        let takes_value = ["-X", "--request", "-H", "--header", "--url"].contains(&option)
            || DATA.contains(&option)
            || IGNORED_WITH_VALUE.contains(&option);
        if !option.starts_with('-') || option == "-" {
            match curl.url.replace(word.to_owned()) {
                Some(first) => return Err(ImportError::TwoUrls(first, word.to_owned())),
                None => continue,
            }
        }
        // Bundled short flags such as -sS or -sSL.
        let bundled = word.len() > 2 && !word.starts_with("--") && word[1..].chars().all(|c| "sSvikLfgN".contains(c));
        if IGNORED_FLAGS.contains(&word) || bundled {
            continue;
        }
        if !takes_value {
            return Err(ImportError::Option(word.to_owned()));
        }
        let value = match attached {
            Some(v) => v,
            None => {
                let v = words.get(i).cloned().ok_or_else(|| ImportError::MissingValue(option.to_owned()))?;
                i += 1;
                v
            }
        };
        match option {
            "-X" | "--request" => curl.method = Some(value.to_ascii_uppercase()),
            "-H" | "--header" => {
                if let Some((k, v)) = value.split_once(':') {
                    curl.headers.push((k.trim().to_owned(), v.trim().to_owned()));
                }
            }
            "--url" => curl.url = Some(value),
            o if DATA.contains(&o) => {
                if o != "--data-raw" && value.starts_with('@') {
                    return Err(ImportError::BodyFile(format!("{o} {value}")));
                }
                if o == "--json" {
                    curl.headers.push(("content-type".to_owned(), "application/json".to_owned()));
                }
                curl.data.push(value);
            }
            _ => {}
        }
    }
    Ok(curl)
}

/// Splits a URL into its path and raw query (scheme and host are not needed to find the API).
fn path_and_query(url: &str) -> (String, String) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split('#').next().unwrap_or_default();
    let after_host = rest.find(['/', '?']).map_or("", |at| &rest[at..]);
    let (path, query) = after_host.split_once('?').unwrap_or((after_host, ""));
    (if path.is_empty() { "/".to_owned() } else { path.to_owned() }, query.to_owned())
}

/// The path parameters when `path` fits the spec's template (a trailing `/` is tolerated).
fn match_path(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let trim = |p: &str| if p.len() > 1 { p.trim_end_matches('/').to_owned() } else { p.to_owned() };
    let (template, path) = (trim(template), trim(path));
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    if t.len() != p.len() {
        return None;
    }
    let mut captured = Vec::new();
    for (t, p) in t.iter().zip(&p) {
        // A path keeps `+` literal; only percent-escapes are decoded there.
        let decoded = crate::http::sign::decode(p);
        match t.strip_prefix('{').and_then(|n| n.strip_suffix('}')) {
            Some(name) if !decoded.is_empty() => captured.push((name.to_owned(), decoded)),
            Some(_) => return None,
            None if *t == decoded => {}
            None => return None,
        }
    }
    Some(captured)
}

/// Query names of Alibaba's own protocol (action, version and the V2 signature), never document fields.
const PROTOCOL_PARAMS: &[&str] = &[
    "Action",
    "Version",
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "Timestamp",
    "Format",
    "SecurityToken",
];

fn from_curl(catalog: &Catalog, text: &str) -> Result<Imported, ImportError> {
    let curl = parse_curl(&shell::split(text)?)?;
    let url = curl.url.ok_or(ImportError::NoUrl)?;
    let body = curl.data.join("&");
    let method = curl.method.unwrap_or_else(|| if body.is_empty() { "GET" } else { "POST" }.to_owned());
    let (path, raw_query) = path_and_query(&url);
    let query = crate::http::sign::parse_query(&raw_query);
    let header = |name: &str| curl.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
    let action = header("x-acs-action").or_else(|| query.iter().find(|(k, _)| k == "Action").map(|(_, v)| v.clone()));
    let candidates: Vec<(&Spec, Vec<(String, String)>)> = catalog
        .specs()
        .iter()
        .filter(|s| s.method.eq_ignore_ascii_case(&method))
        .filter(|s| match (s.acs(), &action) {
            (Some((own, _)), Some(given)) => own == given,
            _ => true,
        })
        .filter_map(|s| match_path(&s.path, &path).map(|captured| (s.as_ref(), captured)))
        .collect();
    let (spec, captured) = match &candidates[..] {
        [one] => one,
        [] => {
            let known = catalog.specs().iter().map(|s| format!("{} {}", s.method, s.path)).collect();
            return Err(ImportError::NoMatch { method, path, action, known });
        }
        many => {
            let candidates = many.iter().map(|(s, _)| s.id.clone()).collect();
            return Err(ImportError::Ambiguous { method, path, candidates });
        }
    };
    let mut params = Map::new();
    let mut rest = Vec::new();
    for (name, value) in captured {
        params.insert(name.clone(), Value::String(value.clone()));
    }
    for (name, value) in &query {
        match spec.params.iter().find(|p| p.location == ParamIn::Query && &p.name == name) {
            Some(p) => drop(params.insert(p.name.clone(), Value::String(value.clone()))),
            None if PROTOCOL_PARAMS.contains(&name.as_str()) => {}
            None => rest.push((name.clone(), value.clone())),
        }
    }
    for p in spec.params.iter().filter(|p| p.location == ParamIn::Header) {
        if let Some(v) = header(&p.name) {
            params.insert(p.name.clone(), Value::String(v));
        }
    }
    let bad_body = |reason: String| ImportError::Body { api: spec.id.clone(), reason };
    let (document, ignored) = if spec.style == Style::Rpc {
        if header("content-type").is_some_and(|t| t.contains("x-www-form-urlencoded")) {
            rest.extend(crate::http::sign::parse_query(&body));
        }
        (crate::request::from_rpc_wire(spec, &rest).map_err(bad_body)?, Vec::new())
    } else {
        let document = if body.trim().is_empty() {
            Value::Object(Map::new())
        } else {
            crate::input::from_json(body.as_bytes()).map_err(|e| bad_body(e.to_string()))?
        };
        if !document.is_object() {
            return Err(bad_body(crate::t!("cli-import-not-an-object")));
        }
        (document, rest.into_iter().map(|(k, _)| k).collect())
    };
    Ok(Imported { api: spec.id.clone(), params, document, ignored })
}

fn from_json(catalog: &Catalog, text: &str, current: Option<&str>) -> Result<Imported, ImportError> {
    let document = crate::input::from_json(text.as_bytes()).map_err(|e| ImportError::Json(e.to_string()))?;
    let kind = match &document {
        Value::Object(_) => None,
        Value::Array(_) => Some(crate::t!("cli-json-array")),
        Value::String(_) => Some(crate::t!("cli-json-string")),
        Value::Number(_) => Some(crate::t!("cli-json-number")),
        Value::Bool(_) => Some(crate::t!("cli-json-boolean")),
        Value::Null => Some("null".to_owned()),
    };
    if let Some(kind) = kind {
        return Err(ImportError::NotObject(kind));
    }
    let api = match current {
        Some(id) => catalog.get(id).map_err(|e| ImportError::Api(e.to_string()))?.id.clone(),
        None => best_match(catalog, &document)?,
    };
    Ok(Imported { api, params: Map::new(), document, ignored: Vec::new() })
}

/// The API whose top-level fields cover most of the document's keys (fewest unknown keys on a tie).
fn best_match(catalog: &Catalog, document: &Value) -> Result<String, ImportError> {
    let keys: Vec<&String> = document.as_object().map(|m| m.keys().collect()).unwrap_or_default();
    let mut scored: Vec<((usize, usize), &str)> = catalog
        .specs()
        .iter()
        .map(|s| {
            let known = keys.iter().filter(|k| s.request.pointer(&format!("/properties/{k}")).is_some()).count();
            ((known, keys.len() - known), s.id.as_str())
        })
        .filter(|((known, _), _)| *known > 0)
        .collect();
    scored.sort_by(|a, b| b.0.0.cmp(&a.0.0).then(a.0.1.cmp(&b.0.1)));
    match &scored[..] {
        [] => Err(ImportError::UnknownDocument),
        [(best, id), rest @ ..] => {
            let tied: Vec<String> = rest.iter().filter(|(s, _)| s == best).map(|(_, id)| (*id).to_owned()).collect();
            if tied.is_empty() {
                Ok((*id).to_owned())
            } else {
                Err(ImportError::AmbiguousDocument([vec![(*id).to_owned()], tied].concat()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("specs")
    }

    #[test]
    fn rpc_curl_lands_in_the_right_api_with_json_parameters_parsed() {
        let text = r#"curl -X POST 'https://ehpc.cn-hangzhou.aliyuncs.com/?ClusterName=demo&Queues=%5B%7B%22QueueName%22%3A%22comp%22%7D%5D&MaxCount=10' \
  -H 'x-acs-action: CreateCluster' -H 'x-acs-version: 2024-07-30' -H 'Authorization: ACS3-HMAC-SHA256 ****'"#;
        let got = import(&catalog(), text, None).expect("imports");
        assert_eq!(got.api, "aliyun.ehpc.CreateCluster");
        assert_eq!(got.document["Queues"][0]["QueueName"], "comp");
        assert_eq!(got.document["MaxCount"], 10, "typed by the schema");
        let ecs = "curl -XPOST 'https://ecs-cn-hangzhou.aliyuncs.com/?Action=CreateHpcCluster&RegionId=cn-hangzhou&Name=a%20b'";
        let got = import(&catalog(), ecs, None).expect("Action in the query also names the API");
        assert_eq!(got.api, "aliyun.ecs.CreateHpcCluster");
        assert_eq!(got.document, serde_json::json!({"RegionId": "cn-hangzhou", "Name": "a b"}));
    }

    #[test]
    fn rest_curl_gives_path_query_and_header_parameters() {
        let text = "curl -sSL -X POST https://ecs.cn-north-4.myhuaweicloud.com/v1.1/0605767b/cloudservers \
                    -H 'X-Client-Token: 5f1c' -H 'Content-Type: application/json' --data-raw '{\"server\":{\"name\":\"s\"}}'";
        let got = import(&catalog(), text, None).expect("imports");
        assert_eq!(got.api, "huaweicloud.ecs.CreateServers");
        assert_eq!(got.params["project_id"], "0605767b");
        assert_eq!(got.params["X-Client-Token"], "5f1c");
        assert_eq!(got.document["server"]["name"], "s");
        let batch = "curl 'http://127.0.0.1:8642/clusters?IdempotentToken=t1&Extra=1' -d '{\"Name\":\"x\"}'";
        let got = import(&catalog(), batch, None).expect("imports");
        assert_eq!(
            (got.api.as_str(), got.params["IdempotentToken"].as_str()),
            ("aliyun.batchcompute.CreateCluster", Some("t1"))
        );
        assert_eq!(got.ignored, ["Extra"]);
    }

    #[test]
    fn problems_are_named() {
        let c = catalog();
        let err = |t: &str| import(&c, t, None).expect_err(t).to_string();
        assert!(err("curl -X POST https://h/").contains("add the x-acs-action header"));
        assert!(err("curl -X GET https://h/nope").contains("no API matches GET /nope"));
        assert!(err("curl https://h/clusters -d @body.json").contains("paste the body inline"));
        assert!(err("curl --upload-file x https://h/").contains("--upload-file is not supported"));
        assert!(err("curl -H").contains("-H needs a value"));
        assert!(err("curl 'https://h/").contains("ends inside a single quote"));
        assert!(err("curl https://h/clusters -d '[1]'").contains("must be a JSON object"));
        assert!(err("curl -X POST https://h/a https://h/b").contains("two URLs"));
        assert!(err("{\"Name\": ").contains("neither a curl command nor JSON"));
        assert!(err("[]").contains("not an array"));
        assert!(err("{\"Nothing\": 1}").contains("choose the API first"));
        assert!(err("{\"Name\": \"x\"}").contains("several APIs"));
    }

    #[test]
    fn json_documents_find_their_api() {
        let c = catalog();
        let got = import(&c, r#"{"server": {"name": "s"}}"#, None).expect("huawei");
        assert_eq!(got.api, "huaweicloud.ecs.CreateServers");
        let got = import(&c, r#"{"RegionId": "cn-hangzhou", "Name": "x"}"#, None).expect("ecs");
        assert_eq!(got.api, "aliyun.ecs.CreateHpcCluster");
        let got = import(&c, r#"{"Name": "x"}"#, Some("ALIYUN.BATCHCOMPUTE.CreateCluster")).expect("given");
        assert_eq!(got.api, "aliyun.batchcompute.CreateCluster");
    }
}
