//! The curl export: method, URL with the query as sent, every header, and the exact body bytes.

use super::shell::{lines, quote};
use crate::request::HttpRequest;

pub fn render(request: &HttpRequest) -> String {
    let mut words: Vec<String> =
        super::sent_headers(request).map(|(k, v)| format!("-H {}", quote(&format!("{k}: {v}")))).collect();
    if !request.body.is_empty() {
        words.push(format!("--data-raw {}", quote(&request.body)));
    }
    lines(&format!("curl -X {} {}", quote(&request.method), quote(&request.url())), &words)
}
