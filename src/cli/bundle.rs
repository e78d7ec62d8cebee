//! `sopgen bundle`: one zip of the catalogue for reviewers.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::diagnostic::report_with_summary;

#[derive(clap::Args)]
pub struct Args {
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// The zip to write [default: <site-name>-<date>.zip in the current folder]
    #[arg(long, short, value_name = "FILE.zip")]
    pub output: Option<PathBuf>,
    /// Include draft SOPs, marked DRAF (the default)
    #[arg(long, overrides_with = "no_drafts")]
    pub drafts: bool,
    /// Leave draft SOPs out
    #[arg(long, overrides_with = "drafts")]
    pub no_drafts: bool,
    /// Replace the zip if it exists
    #[arg(long)]
    pub force: bool,
    /// Also put a PDF of every SOP and every SOP book in the zip (needs Chromium)
    #[arg(long)]
    pub pdf: bool,
}

pub fn run(args: Args, color: bool) -> ExitCode {
    let options = crate::bundle::Options {
        root: args.root,
        output: args.output,
        drafts: !args.no_drafts,
        force: args.force,
        pdf: args.pdf,
    };
    match crate::bundle::run(&options) {
        Ok(done) => {
            report_with_summary(&done.warnings, color, true);
            if let Some((baru, lama)) = done.pdf {
                let simpanan = crate::cetak::SIMPANAN_PAKET;
                println!(
                    "{}",
                    crate::pesan!(
                        "PDF: {baru} dicetak, {lama} tidak berubah (diambil dari {simpanan})",
                        "PDFs: {baru} printed, {lama} unchanged (taken from {simpanan})"
                    )
                );
            }
            let (n, files, mb, shown) = (
                done.sops,
                done.files,
                done.bytes as f64 / 1e6,
                done.path.display(),
            );
            let s = if n == 1 { "" } else { "s" };
            println!(
                "{}",
                crate::pesan!(
                    "{n} SOP dikemas ({files} berkas, {mb:.1} MB) ke {shown}",
                    "Bundled {n} SOP{s} ({files} files, {mb:.1} MB) into {shown}"
                )
            );
            println!(
                "{}",
                crate::pesan!(
                    "Ekstrak di mana saja lalu buka index.html: tidak perlu server atau internet.",
                    "Unpack it anywhere and open index.html: no server or internet needed."
                )
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report_with_summary(&diags, color, false);
            eprintln!(
                "{}",
                crate::pesan!("Tidak ada zip yang ditulis.", "No bundle was written.")
            );
            ExitCode::FAILURE
        }
    }
}
