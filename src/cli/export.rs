//! `export`: the request in other tools' forms.

use std::io::Write;

use super::Failure;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct ExportArgs {}

pub fn run(_catalog: &Catalog, _args: ExportArgs, _out: &mut dyn Write) -> Result<u8, Failure> {
    Err(Failure::usage("export is not built yet"))
}
