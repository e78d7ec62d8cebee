//! `sopgen impor`: Word files read into content files.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::impor::berkas;
use crate::pesan;

#[derive(clap::Args)]
pub struct Args {
    /// Word files (.docx, .doc) or folders (searched with their subfolders)
    #[arg(required = true, num_args = 1.., value_name = "FILE_OR_FOLDER")]
    pub sumber: Vec<PathBuf>,
    /// The folder the .md files are written into
    #[arg(long, default_value = "content", value_name = "DIR")]
    pub ke: PathBuf,
    /// Replace .md files that exist
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> ExitCode {
    let Args { sumber, ke, force } = args;
    let files = match berkas::kumpulkan(&sumber) {
        Ok(f) => f,
        Err(m) => {
            eprintln!("{}", pesan!("kesalahan: {m}", "error: {m}"));
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        let dirs = sumber
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: tidak ada berkas Word (.docx, .doc) di {dirs}",
                "error: no Word files (.docx, .doc) in {dirs}"
            )
        );
        return ExitCode::from(2);
    }
    let r = berkas::jalankan(
        &files,
        &berkas::Opsi {
            ke: ke.clone(),
            force,
        },
    );
    for (_, target, h) in &r.ditulis {
        let (t, n, c) = (target.display(), h.langkah, h.catatan.len());
        println!(
            "{}",
            match c {
                0 => pesan!("ditulis  {t}  ({n} langkah)", "written  {t}  ({n} steps)"),
                _ => pesan!(
                    "ditulis  {t}  ({n} langkah, {c} butir perlu diperiksa)",
                    "written  {t}  ({n} steps, {c} items to review)"
                ),
            }
        );
    }
    // The reasons are Indonesian: they are about the agency's documents.
    for (f, target, why) in &r.dilewati {
        let (f, t) = (f.display(), target.display());
        eprintln!(
            "{}",
            pesan!("dilewati {f} → {t}: {why}", "skipped  {f} → {t}: {why}")
        );
    }
    for (f, why) in &r.gagal {
        let f = f.display();
        eprintln!("{}", pesan!("gagal    {f}: {why}", "failed   {f}: {why}"));
    }
    let langkah: usize = r.ditulis.iter().map(|w| w.2.langkah).sum();
    let periksa: usize = r.ditulis.iter().map(|w| w.2.catatan.len()).sum();
    let (n, k, g, d, f) = (
        r.ditulis.len(),
        ke.display(),
        r.gagal.len(),
        r.dilewati.len(),
        files.len(),
    );
    println!(
        "\n{}",
        pesan!(
            "Ringkasan: {n} SOP ditulis ke {k} ({langkah} langkah, {periksa} butir perlu diperiksa di \"Catatan impor\"); {g} berkas gagal, {d} SOP dilewati, dari {f} berkas.",
            "Summary: {n} SOPs written into {k} ({langkah} steps, {periksa} items to review in \"Catatan impor\"); {g} files failed, {d} SOPs skipped, of {f} files."
        )
    );
    if !r.ditulis.is_empty() {
        println!(
            "{}",
            pesan!(
                "Setiap SOP berstatus draf: periksa \"Catatan impor\" di tiap berkas, lalu jalankan `sopgen check`.",
                "Each SOP is a draft (status \"draf\"): review its \"Catatan impor\", then run `sopgen check`."
            )
        );
    }
    if r.berhasil() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
