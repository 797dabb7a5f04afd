//! `serve`: the sandbox on its own address.

use std::io::Write;

use super::Failure;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {}

pub fn run(_catalog: Catalog, _args: ServeArgs, _out: &mut dyn Write) -> Result<u8, Failure> {
    Err(Failure::usage("serve is not built yet"))
}
