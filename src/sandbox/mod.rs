//! The embedded sandbox: one axum server that answers the five APIs as the real ones do.
