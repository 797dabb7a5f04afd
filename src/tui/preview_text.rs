//! What the preview pane shows in each mode: the JSON body, the full HTTP request, or (RPC) the wire
//! form — all from the same request model the client sends.

use serde_json::Value;

use super::form_screen::{FormScreen, PreviewMode};
use crate::form::Target;
use crate::preview::{Preview, Token};
use crate::request;
use crate::spec::Style;

pub fn render(screen: &FormScreen) -> Preview {
    let form = &screen.form;
    let is_secret = |at: &str| screen.is_secret(&Target::Field(at.to_owned()));
    let body = || Preview::render(&form.document, &is_secret);
    match screen.preview_mode {
        PreviewMode::Body => body(),
        PreviewMode::Http => http(screen, body()),
        PreviewMode::Wire => wire(screen),
    }
}

fn line(parts: &[(Token, &str)]) -> Vec<(Token, String)> {
    parts.iter().map(|(t, s)| (*t, crate::text::sanitize(s))).collect()
}

fn http(screen: &FormScreen, body: Preview) -> Preview {
    let form = &screen.form;
    let spec = form.spec();
    let mut params = form.params.clone();
    // Unfilled path parameters show as their template so the URL stays readable.
    for p in spec.params.iter().filter(|p| p.location == crate::spec::ParamIn::Path) {
        if params.get(&p.name).and_then(Value::as_str).is_none_or(str::is_empty) {
            params.insert(p.name.clone(), Value::String(format!("{{{}}}", p.name)));
        }
    }
    let region = request::region(spec, &params, &form.document);
    let base = request::endpoint(spec, &region);
    let Ok(req) = request::build(spec, &params, &form.document, &base) else { return body };
    let mut out = Preview::default();
    let url = req.url().replace("%7B", "{").replace("%7D", "}");
    out.lines.push(line(&[(Token::Key, &req.method), (Token::Punct, " "), (Token::Str, &url)]));
    for (name, value) in &req.headers {
        let secret = spec.params.iter().any(|p| &p.name == name && screen.is_secret(&Target::Param(name.clone())));
        let shown = if secret { "••••••" } else { value.as_str() };
        out.lines.push(line(&[(Token::Key, name), (Token::Punct, ": "), (Token::Str, shown)]));
    }
    if spec.style == Style::Rpc {
        out.lines.push(line(&[(Token::Punct, "(parameters travel in the query; v shows them one per line)")]));
        return out;
    }
    out.lines.push(Vec::new());
    let offset = out.lines.len();
    out.lines.extend(body.lines);
    out.spans = body.spans.into_iter().map(|(k, (a, b))| (k, (a + offset, b + offset))).collect();
    out
}

fn wire(screen: &FormScreen) -> Preview {
    let form = &screen.form;
    let mut out = Preview::default();
    for (key, value) in request::rpc_wire(form.spec(), &form.document) {
        let top = key.split('.').next().unwrap_or_default().to_owned();
        let at = crate::pointer::child("", &top);
        let shown = if screen.is_secret(&Target::Field(at.clone())) { "••••••".to_owned() } else { value };
        let n = out.lines.len();
        out.spans.entry(at).and_modify(|s| s.1 = n).or_insert((n, n));
        out.lines.push(line(&[(Token::Key, &key), (Token::Punct, "="), (Token::Str, &shown)]));
    }
    if out.lines.is_empty() {
        out.lines.push(line(&[(Token::Punct, "(no parameters set yet)")]));
    }
    out
}
