//! `export`: the request in another tool's form (json, curl, http, httpie, the vendor CLI), with
//! secrets masked unless `--reveal`.

use std::io::Write;
use std::path::PathBuf;

use super::Failure;
use super::target::{MomentArgs, TargetArgs, Unset, resolve};
use crate::export::{self, ExportError, Format, Secrets};
use crate::input;
use crate::spec::Catalog;

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long)]
    pub api: String,
    pub file: Option<PathBuf>,
    #[arg(long = "as", value_enum)]
    pub format: Format,
    #[arg(long)]
    pub reveal: bool,
    #[command(flatten)]
    pub target: TargetArgs,
    #[command(flatten)]
    pub moment: MomentArgs,
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Failure {
        Failure::usage(e.to_string())
    }
}

pub fn run(catalog: &Catalog, args: ExportArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    let spec = catalog.get(&args.api)?;
    let document = input::read_document(args.file.as_deref())?;
    // Without --profile an export targets the documented endpoint and is left unsigned.
    let target = resolve(spec, &document, &args.target, Unset::NoProfile)?;
    let secrets = if args.reveal { Secrets::Reveal } else { Secrets::Mask };
    let text = export::render(spec, &target, &document, args.format, secrets, &args.moment.moment()?)?;
    out.write_all(text.as_bytes())?;
    Ok(0)
}
