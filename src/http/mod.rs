//! Talking to endpoints: signing requests for the real clouds (`sign`) and sending them (`client`),
//! with the retry policy (`retry`) and the whole submit of one document (`submit`).

pub mod client;
pub mod retry;
pub mod submit;

pub use client::{Client, Reply, SendError, SendEvent, Settings};
pub use retry::{Replay, RetryPolicy};
pub use submit::{Endpoint, Prepared, Submission, SubmitError, SubmitEvent, Submitted, prepare, send, submit};
