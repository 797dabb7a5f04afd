//! Talking to endpoints: signing requests for the real clouds (`sign`) and sending them (`client`).

pub mod credentials;
pub mod sign;
