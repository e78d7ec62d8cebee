//! `sopgen check`: every problem of every SOP, nothing written.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::catalog::Drafts;
use crate::diagnostic::report_with_summary;
use crate::site;

#[derive(clap::Args)]
pub struct Args {
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Treat warnings (such as links to SOPs not in the catalogue) as errors
    #[arg(long)]
    pub strict: bool,
}

pub fn run(args: Args, color: bool) -> ExitCode {
    let mut options = site::Options::new(&args.root);
    options.drafts = Drafts::Include;
    let diags = site::check(&options, args.strict);
    if report_with_summary(&diags, color, false) {
        return ExitCode::FAILURE;
    }
    if diags.is_empty() {
        println!(
            "{}",
            crate::pesan!("Tidak ada masalah.", "No problems found.")
        );
    }
    ExitCode::SUCCESS
}
