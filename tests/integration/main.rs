//! One integration test binary (fewer links, one place to look): each module covers one surface.

mod cli;
mod engine_props;
mod fixtures;
mod sandbox;
mod submit;
mod support;
