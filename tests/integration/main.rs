//! One integration test binary (fewer links, one place to look): each module covers one surface.

mod cli;
mod e2e;
mod engine_props;
mod export;
mod export_shell;
mod failures;
mod fixtures;
mod limits;
mod npm;
mod pty;
mod pyenv;
mod sandbox;
mod sdk;
mod sdk_export;
mod sign;
mod specs_openapi;
mod specs_sdk;
mod submit;
mod support;
mod tui_keys;
mod tui_real;
mod tui_snapshots;
mod tui_support;
mod tui_update;
mod tui_zh;
mod verify;
