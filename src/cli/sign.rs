//! `sign`: the request as sent and its signature, for debugging.

use std::io::Write;

use super::Failure;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct SignArgs {}

pub fn run(_catalog: &Catalog, _args: SignArgs, _out: &mut dyn Write) -> Result<u8, Failure> {
    Err(Failure::usage("sign is not built yet"))
}
