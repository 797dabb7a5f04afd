//! The HTTPie export: `http METHOD URL Header:Value … --raw BODY` (HTTPie 3.2+ for `--raw`).

use super::shell::{lines, quote};
use crate::request::HttpRequest;

pub fn render(request: &HttpRequest) -> String {
    let mut words: Vec<String> = super::sent_headers(request).map(|(k, v)| quote(&format!("{k}:{v}"))).collect();
    if !request.body.is_empty() {
        words.push(format!("--raw {}", quote(&request.body)));
    }
    lines(&format!("http {} {}", quote(&request.method), quote(&request.url())), &words)
}
