//! `sopgen init`: a new catalogue, ready to build: `sopgen.toml` with every
//! setting explained, the home page's `content/_index.md`, one example
//! agency folder with one complete SOP, and a `.gitignore` for the output.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::pesan;

#[derive(clap::Args)]
pub struct Args {
    /// The folder of the new catalogue (made when missing)
    #[arg(default_value = ".", value_name = "DIR")]
    pub folder: PathBuf,
    /// Also into a folder that is not empty (files that exist are kept, never replaced)
    #[arg(long)]
    pub force: bool,
}

/// The files of a new catalogue: path in the folder, contents.
pub const FILES: &[(&str, &str)] = &[
    ("sopgen.toml", include_str!("templat/sopgen.toml")),
    (".gitignore", include_str!("templat/gitignore")),
    ("content/_index.md", include_str!("templat/_index.md")),
    (
        "content/contoh-dinas/_index.md",
        include_str!("templat/contoh-dinas/_index.md"),
    ),
    (
        "content/contoh-dinas/penerimaan-surat-masuk.md",
        include_str!("templat/contoh-dinas/penerimaan-surat-masuk.md"),
    ),
];

fn empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_none())
}

pub fn run(args: Args) -> ExitCode {
    let dir = &args.folder;
    let shown = dir.display();
    if dir.exists() && !dir.is_dir() {
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: {shown} adalah berkas, bukan folder",
                "error: {shown} is a file, not a folder"
            )
        );
        return ExitCode::from(2);
    }
    if !empty(dir) && !args.force {
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: folder {shown} tidak kosong; katalog baru dibuat di folder baru atau kosong\n  = saran: sebut folder baru (`sopgen init katalog-sop`), atau tambahkan --force untuk menulis ke folder ini (berkas yang sudah ada tidak diganti)",
                "error: the folder {shown} is not empty; a new catalogue goes into a new or empty folder\n  = hint: name a new folder (`sopgen init katalog-sop`), or add --force to write into this one (files that exist are not replaced)"
            )
        );
        return ExitCode::from(1);
    }
    let mut written = Vec::new();
    let mut kept = Vec::new();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if path.exists() {
            kept.push(*rel);
            continue;
        }
        let made = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| super::write_new(&path, text.as_bytes()));
        if let Err(e) = made {
            let e = crate::terjemah::io(&e);
            let p = path.display();
            eprintln!(
                "{}",
                pesan!(
                    "kesalahan: tidak dapat menulis {p}: {e}",
                    "error: cannot write {p}: {e}"
                )
            );
            return ExitCode::from(1);
        }
        written.push(*rel);
    }
    for rel in &written {
        println!("{}", pesan!("  ditulis  {rel}", "  wrote    {rel}"));
    }
    for rel in &kept {
        println!(
            "{}",
            pesan!(
                "  dibiarkan {rel} (sudah ada)",
                "  kept     {rel} (it exists)"
            )
        );
    }
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {shown}\n  ")
    };
    println!(
        "{}",
        pesan!(
            "Katalog baru ada di {shown}. Selanjutnya:\n  {cd}sopgen serve            # lihat katalognya di http://127.0.0.1:1111/\n  sopgen baru NAMA-FOLDER/nama-sop   # tulis SOP baru dari templat\n  sopgen build            # tulis situsnya ke public/ untuk diterbitkan",
            "A new catalogue is in {shown}. Next:\n  {cd}sopgen serve            # see the catalogue at http://127.0.0.1:1111/\n  sopgen baru FOLDER/sop-name        # write a new SOP from the template\n  sopgen build            # write the site into public/ to publish it"
        )
    );
    ExitCode::SUCCESS
}
