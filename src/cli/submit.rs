//! `submit`: send a document and optionally wait for the job.

use std::io::Write;

use super::Failure;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct SubmitArgs {}

pub fn run(_catalog: &Catalog, _args: SubmitArgs, _out: &mut dyn Write) -> Result<u8, Failure> {
    Err(Failure::usage("submit is not built yet"))
}
