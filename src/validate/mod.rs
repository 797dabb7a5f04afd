//! The one validation engine: a spec's request schema compiled once (with our custom keywords) and
//! run over a document, giving every violation as `{pointer, code, message}`.

pub(crate) mod codes;
mod engine;
pub mod keywords;
#[cfg(test)]
mod lang_tests;
pub mod limits;
pub(crate) mod message;

pub use engine::Engine;

use serde::Serialize;

/// One broken rule: where (RFC 6901 pointer into the document), the provider's error code, and what
/// is wrong and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Violation {
    pub pointer: String,
    pub code: String,
    pub message: String,
}
