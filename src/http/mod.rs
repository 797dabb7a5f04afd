//! Talking to endpoints: credentials and signing for the real clouds (`credentials`, `sign`), sending
//! with the retry policy (`client`, `retry`), and the whole submit of one document (`submit`).

pub mod client;
pub mod credentials;
mod failure;
pub mod retry;
pub mod sign;
pub mod submit;

pub use client::{Client, Reply, SendError, SendEvent, Settings};
pub use retry::{Replay, RetryPolicy};
pub use submit::{Endpoint, Prepared, Submission, SubmitError, SubmitEvent, Submitted, prepare, send, submit};
