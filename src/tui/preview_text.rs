//! What the preview pane shows in each mode: the JSON body, the full HTTP request, or (RPC) the wire
//! form — all from the same request model the client sends.

use serde_json::Value;

use super::form_screen::{FormScreen, PreviewMode};
use crate::form::{Target, Touched};
use crate::preview::{Line, Preview, Token};
use crate::request;
use crate::spec::Style;

/// The preview for the screen's mode; `previous` is reused when only one top-level field changed.
pub fn refresh(screen: &FormScreen, previous: Preview, one_edit: bool) -> Preview {
    let form = &screen.form;
    let is_secret = |at: &str| screen.is_secret(&Target::Field(at.to_owned()));
    let doc = form.document.as_object();
    let mut preview = match (form.touched(), doc) {
        (Touched::Field(key), Some(map)) if one_edit && previous.same_keys(map) => {
            let mut p = previous;
            p.rerender(map, key, &is_secret);
            p
        }
        (Touched::Params, _) if one_edit => previous,
        _ => Preview::render(&form.document, &is_secret),
    };
    preview.show_body = true;
    preview.prefix = match screen.preview_mode {
        PreviewMode::Body => Vec::new(),
        PreviewMode::Http => {
            // An RPC request has no body: its parameters are in the query.
            preview.show_body = form.spec().style != Style::Rpc;
            http_head(screen)
        }
        PreviewMode::Wire => {
            preview.show_body = false;
            wire(screen)
        }
        // The job pane draws itself from the app's jobs.
        PreviewMode::Job(_) => Vec::new(),
    };
    preview
}

fn line(parts: &[(Token, &str)]) -> Line {
    parts.iter().map(|(t, s)| (*t, crate::text::sanitize(s))).collect()
}

/// The request line and headers (and, for RPC, a note that the parameters are in the query).
fn http_head(screen: &FormScreen) -> Vec<Line> {
    let form = &screen.form;
    let spec = form.spec();
    // Where Ctrl-S sends: the sandbox's address or the profile's host, with the parameters the
    // profile adds (Huawei's project id) — the same as the signature view; the documented host
    // for the document's region until the destination is known.
    let target = screen.endpoint.as_ref().and_then(|e| screen.target(e).ok());
    let (mut params, base) = match target {
        Some(t) => (t.params, t.base),
        None => {
            let region = request::region(spec, &form.params, &form.document);
            (form.params.clone(), request::endpoint(spec, &region))
        }
    };
    // Unfilled path parameters show as their template so the URL stays readable.
    for p in spec.params.iter().filter(|p| p.location == crate::spec::ParamIn::Path) {
        if params.get(&p.name).and_then(Value::as_str).is_none_or(str::is_empty) {
            params.insert(p.name.clone(), Value::String(format!("{{{}}}", p.name)));
        }
    }
    let Ok(req) = request::build(spec, &params, &form.document, &base) else { return Vec::new() };
    let mut out = Vec::new();
    let url = screen.mask_hidden_secrets(&req.url()).replace("%7B", "{").replace("%7D", "}");
    out.push(line(&[(Token::Key, &req.method), (Token::Punct, " "), (Token::Str, &url)]));
    for (name, value) in &req.headers {
        let secret = spec.params.iter().any(|p| &p.name == name && screen.is_secret(&Target::Param(name.clone())));
        let shown = if secret { "••••••" } else { value.as_str() };
        out.push(line(&[(Token::Key, name), (Token::Punct, ": "), (Token::Str, shown)]));
    }
    if spec.style == Style::Rpc {
        out.push(line(&[(Token::Punct, &crate::t!("view-preview-rpc-query"))]));
    }
    out.push(Vec::new());
    out
}

/// The RPC wire form, one `Key=Value` per line.
fn wire(screen: &FormScreen) -> Vec<Line> {
    let form = &screen.form;
    let mut out: Vec<Line> = Vec::new();
    // Found once: a nested secret (inside a JSON-string parameter) is masked in its parameter's value.
    let secrets = screen.hidden_secrets();
    for (key, value) in request::rpc_wire(form.spec(), &form.document) {
        let top = key.split('.').next().unwrap_or_default().to_owned();
        let at = crate::pointer::child("", &top);
        let shown = if screen.is_secret(&Target::Field(at.clone())) {
            "••••••".to_owned()
        } else {
            crate::export::redact::mask_all(&value, &secrets)
        };
        out.push(line(&[(Token::Key, &key), (Token::Punct, "="), (Token::Str, &shown)]));
    }
    if out.is_empty() {
        out.push(line(&[(Token::Punct, &crate::t!("view-preview-no-parameters"))]));
    }
    out
}
