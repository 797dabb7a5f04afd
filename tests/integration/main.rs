//! One integration test binary (fewer links, one place to look): each module covers one surface.

mod cli;
mod engine_props;
mod export;
mod fixtures;
mod sign;
mod support;
