//! The vendor CLI line: `aliyun <product> <Action> --version V --region R --Param value …` (RPC
//! parameters in their wire form, ROA bodies as `--body`) and Huawei KooCLI's
//! `hcloud <Service> <Operation> --cli-region=R --param=value …` (nested fields as `a.N.b`, lists
//! counted from 1), or its JSON-input form.

use serde_json::{Map, Value, json};

use super::ExportError;
use super::shell::{lines, quote};
use crate::http::credentials::Provider;
use crate::profile::Target;
use crate::request::{self, flatten, scalar_text};
use crate::spec::{ParamIn, Spec, Style};

pub fn render(spec: &Spec, target: &Target, document: &Value) -> Result<String, ExportError> {
    Ok(match target.provider {
        Provider::Alibaba => aliyun(spec, target, document),
        Provider::Huawei => {
            let mut words = hcloud_common(spec, target);
            words.extend(params_of(spec, target).map(|(name, _, value)| quote(&format!("--{name}={value}"))));
            let mut pairs = Vec::new();
            if let Some(map) = document.as_object() {
                for (k, v) in map {
                    flatten(k, v, &mut pairs);
                }
            }
            words.extend(pairs.iter().map(|(k, v)| quote(&format!("--{k}={v}"))));
            lines(&hcloud_head(spec), &words)
        }
    })
}

/// KooCLI's `--cli-jsonInput`: the parameters by location in a file, written by a heredoc first.
pub fn render_json_input(spec: &Spec, target: &Target, document: &Value) -> Result<String, ExportError> {
    if target.provider != Provider::Huawei {
        return Err(ExportError::Unsupported(crate::t!("cli-export-no-json-input", api = spec.id.as_str())));
    }
    let mut by_place: Map<String, Value> = Map::new();
    for (name, place, value) in params_of(spec, target) {
        let slot = by_place.entry(place).or_insert_with(|| Value::Object(Map::new()));
        if let Some(map) = slot.as_object_mut() {
            map.insert(name.to_owned(), Value::String(value));
        }
    }
    by_place.insert("body".to_owned(), document.clone());
    let file = format!("{}_{}.json", spec.product, spec.operation_id());
    let text = crate::text::json_pretty(&json!(by_place));
    let mut words = hcloud_common(spec, target);
    words.push(quote(&format!("--cli-jsonInput={file}")));
    Ok(format!(
        "cat > {} <<'APIWIZARD_EOF'\n{text}\nAPIWIZARD_EOF\n{}",
        quote(&file),
        lines(&hcloud_head(spec), &words)
    ))
}

/// The operation's parameters with a value: name, location word, text.
fn params_of<'a>(spec: &'a Spec, target: &'a Target) -> impl Iterator<Item = (&'a str, String, String)> + 'a {
    spec.params.iter().filter_map(|p| {
        let value = target.params.get(&p.name).map(scalar_text).filter(|v| !v.is_empty())?;
        let place = match p.location {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
        };
        Some((p.name.as_str(), place.to_owned(), value))
    })
}

fn hcloud_head(spec: &Spec) -> String {
    format!("hcloud {} {}", quote(&spec.product), quote(spec.operation_id()))
}

fn hcloud_common(spec: &Spec, target: &Target) -> Vec<String> {
    let mut words = vec![quote(&format!("--cli-region={}", target.region))];
    if target.base != request::endpoint(spec, &target.region) {
        words.push(quote(&format!("--cli-endpoint={}", target.base)));
    }
    words
}

fn aliyun(spec: &Spec, target: &Target, document: &Value) -> String {
    let (action, version) = spec.acs().unwrap_or((spec.operation_id(), &spec.version));
    let mut words = vec![format!("--version {}", quote(version)), format!("--region {}", quote(&target.region))];
    let documented = request::endpoint(spec, &target.region);
    if target.base != documented {
        let host = target.base.split_once("://").map_or(target.base.as_str(), |(_, h)| h);
        words.push(format!("--endpoint {}", quote(host)));
    }
    for (name, place, value) in params_of(spec, target) {
        words.push(match place.as_str() {
            "header" => format!("--header {}", quote(&format!("{name}={value}"))),
            _ => format!("{} {}", quote(&format!("--{name}")), quote(&value)),
        });
    }
    if spec.style == Style::Rpc {
        // Keys come from the document: the flag is one quoted word too, never bare.
        words.extend(
            request::rpc_wire(spec, document).iter().map(|(k, v)| format!("{} {}", quote(&format!("--{k}")), quote(v))),
        );
    } else {
        words.push(format!("--header {}", quote("Content-Type=application/json")));
        words.push(format!("--body {}", quote(&document.to_string())));
    }
    lines(&format!("aliyun {} {}", quote(&product_code(spec)), quote(action)), &words)
}

/// The aliyun CLI's product code: the first label of the documented host (`ehpc.{region}…` → ehpc).
fn product_code(spec: &Spec) -> String {
    let url = spec.document.pointer("/servers/0/url").and_then(Value::as_str).unwrap_or_default();
    let host = url.split_once("://").map_or(url, |(_, h)| h);
    host.split(['.', '-']).next().unwrap_or_default().to_ascii_lowercase()
}
