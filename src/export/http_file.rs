//! The `.http` export read by VS Code REST Client and the JetBrains HTTP client: a `###` title line,
//! the request line, headers, a blank line and the body.

use crate::request::HttpRequest;
use crate::spec::Spec;

pub fn render(spec: &Spec, request: &HttpRequest) -> String {
    let mut out = format!("### {} ({})\n{} {} HTTP/1.1\n", spec.id, spec.title, request.method, request.url());
    for (k, v) in super::sent_headers(request) {
        out.push_str(&format!("{k}: {v}\n"));
    }
    if !request.body.is_empty() {
        out.push('\n');
        out.push_str(&request.body);
        out.push('\n');
    }
    // Header values are the user's; the body is JSON and the URL encoded, so this changes only
    // control characters that would otherwise reach the terminal.
    crate::text::sanitize(&out)
}
