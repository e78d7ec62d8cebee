//! `sopgen tema`: the built-in theme copied out for editing.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::render::tema;

#[derive(clap::Args)]
pub struct Args {
    /// Only these files: a template's name (base.html) or a path in the theme (static/aset/sopgen.css)
    #[arg(value_name = "FILE")]
    pub berkas: Vec<String>,
    /// The folder templates/ and static/ are written into
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub ke: PathBuf,
    /// Replace files that exist
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> ExitCode {
    let Args { berkas, ke, force } = args;
    tema::jalankan(&tema::Opsi { ke, force, berkas })
}
