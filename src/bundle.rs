//! `sopgen bundle`: the catalogue as one zip for reviewers, opened from a
//! USB stick or an email attachment with no server and no internet. The same
//! pipeline as `build`, with links that name `index.html` (for `file://`),
//! drafts included and marked, a cover page and print pages; written to a
//! temporary file and renamed into place, byte-identical for the same
//! content on the same day.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::catalog::Catalog;
use crate::content::tanggal::Tanggal;
use crate::diagnostic::Diagnostic;
use crate::render::links::UrlStyle;
use crate::render::{BundleInfo, OutputFile, RenderOptions, Sink};
use crate::site;
use crate::zip::{DosTime, Prepared, ZipWriter};

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// The zip to write; by default `<site-name>-<date>.zip` here.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    pub force: bool,
    /// Also print each SOP's and each book's PDF into the bundle.
    pub pdf: bool,
}

/// What a bundle run made.
#[derive(Debug)]
pub struct Bundled {
    pub path: PathBuf,
    pub files: usize,
    pub bytes: u64,
    pub sops: usize,
    pub warnings: Vec<Diagnostic>,
    /// With `--pdf`: PDFs printed, and PDFs taken unchanged from the kept.
    pub pdf: Option<(usize, usize)>,
}

/// The bundle's date: from SOURCE_DATE_EPOCH when set (reproducible
/// builds, in UTC as they agree), else today where the machine is: a
/// bundle made at 06:00 WIB is dated that day, not the day before (UTC).
pub fn today() -> Tanggal {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok());
    let secs = epoch.unwrap_or_else(|| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        now + local_offset(now)
    });
    let (y, m, d) = crate::content::tanggal::civil_from_days(secs.div_euclid(86_400));
    Tanggal::ymd(y as u16, m as u8, d as u8).expect("a real date")
}

/// Seconds east of UTC of the machine's time zone at `secs` (the C
/// library's reading of TZ and /etc/localtime); 0 where it cannot tell.
#[cfg(unix)]
fn local_offset(secs: i64) -> i64 {
    let t = secs as libc::time_t;
    // SAFETY: `tm` is plain data that localtime_r fills; both pointers
    // are valid for the call, and localtime_r keeps neither.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let filled = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if filled { tm.tm_gmtoff as i64 } else { 0 }
}

#[cfg(not(unix))]
fn local_offset(_secs: i64) -> i64 {
    0
}

/// The git commit of the site and whether its files have uncommitted
/// changes; `None` when it is not a git checkout (or git is missing).
fn revision(root: &Path) -> Option<(String, bool)> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let commit = git(&["rev-parse", "--short=12", "HEAD"])?;
    let dirty = git(&["status", "--porcelain", "--", "."]).is_some_and(|s| !s.is_empty());
    Some((commit, dirty))
}

/// A warning of `sopgen check`, for the cover (which speaks Indonesian):
/// the keterkaitan warnings made in English (`--lang en`) are said again
/// in Indonesian; made in Indonesian, they are already.
fn note(d: &Diagnostic) -> String {
    let m = &d.message;
    let said = if let Some(rest) = m.strip_prefix("keterkaitan ") {
        match rest.split_once(" does not match any SOP") {
            Some((name, _)) => {
                format!("keterkaitan {name} tidak cocok dengan SOP mana pun di katalog ini")
            }
            None => match rest.split_once(" matches ") {
                Some((name, n)) => format!(
                    "keterkaitan {name} cocok dengan {} sekaligus; tulis path SOP yang dimaksud",
                    n.replace(" SOPs", " SOP")
                ),
                None => m.clone(),
            },
        }
    } else {
        m.clone()
    };
    format!("{}: {said}", d.locus())
}

/// Fields a reviewer should chase, a line each.
fn review_notes(catalog: &Catalog) -> Vec<String> {
    let mut out = Vec::new();
    for (_, e) in catalog.published() {
        let sop = &e.sop;
        let file = format!("content/{}.md", sop.path);
        let mut missing = Vec::new();
        if sop.nomor.is_none() {
            missing.push("nomor");
        }
        if sop.disahkan_oleh.is_empty() {
            missing.push("disahkan_oleh");
        }
        if sop.tanggal_pembuatan.is_none() {
            missing.push("tanggal_pembuatan");
        }
        if sop.dasar_hukum.is_empty() {
            missing.push("dasar_hukum");
        }
        if sop.total().tanpa_waktu > 0 {
            missing.push("waktu pada sebagian langkah");
        }
        if !missing.is_empty() {
            out.push(format!(
                "{file}: belum ada {} (\u{201c}{}\u{201d})",
                missing.join(", "),
                sop.nama
            ));
        }
    }
    out
}

/// The zip's default name: the site's title as a slug, and the date.
pub fn default_name(title: &str, date: Tanggal) -> String {
    format!("{}-{}.zip", crate::slug::slug(title), date.iso())
}

/// The bundle's files, compressed as the renderer hands them over (on its
/// threads), in any order: only the compressed bytes are kept (a
/// 10,000-SOP bundle held its 550 MB of pages before zipping them).
struct Zipping {
    folder: String,
    ready: Mutex<Vec<Prepared>>,
    /// With `--pdf`: the folder each file is also written to, for Chromium
    /// to print the pages from.
    copy: Option<PathBuf>,
}

/// A temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Sink for Zipping {
    fn put(&self, file: OutputFile) -> Result<(), Diagnostic> {
        let entry = crate::zip::prepare(&format!("{}/{}", self.folder, file.path), &file.bytes)
            .map_err(|e| {
                let e = crate::terjemah::io(&e);
                Diagnostic::error(
                    &file.path,
                    crate::pesan!(
                        "berkas ini tidak dapat dimasukkan ke zip: {e}",
                        "cannot zip it: {e}"
                    ),
                )
            })?;
        if let Some(copy) = &self.copy {
            let path = copy.join(&file.path);
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, file.bytes.as_slice()));
            written.map_err(|e| {
                let e = crate::terjemah::io(&e);
                Diagnostic::error(
                    &path,
                    crate::pesan!(
                        "berkas sementara untuk dicetak tidak dapat ditulis: {e}",
                        "cannot write a temporary file to print: {e}"
                    ),
                )
            })?;
        }
        self.ready.lock().expect("not poisoned").push(entry);
        Ok(())
    }
}

pub fn run(options: &Options) -> Result<Bundled, Vec<Diagnostic>> {
    let date = today();
    let mut site_options = site::Options::new(&options.root);
    site_options.drafts = options.drafts.into();
    // The cover needs the catalogue's warnings before rendering: read it.
    let (config, catalog) = site::load(&site_options)?;
    if catalog.diags.iter().any(Diagnostic::is_error) {
        return Err(catalog.diags);
    }
    let rev = revision(&options.root);
    let mut peringatan: Vec<String> = catalog.diags.iter().map(note).collect();
    peringatan.extend(review_notes(&catalog));
    let scratch = options.pdf.then(|| {
        Scratch(std::env::temp_dir().join(format!("sopgen-paket-pdf-{}", std::process::id())))
    });
    site_options.render = RenderOptions {
        url_style: UrlStyle::File,
        bundle: Some(Arc::new(BundleInfo {
            tanggal: date.to_string(),
            revisi: rev.as_ref().map(|r| r.0.clone()),
            ada_perubahan: rev.as_ref().is_some_and(|r| r.1),
            peringatan,
        })),
        site_path: None,
        pdf: options.pdf,
    };
    let target = options
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(default_name(&config.title, date)));
    if target.exists() && !options.force {
        let shown = target.display();
        return Err(vec![
            Diagnostic::error(
                &target,
                crate::pesan!("{shown} sudah ada", "{shown} exists already"),
            )
            .with_hint(crate::pesan!(
                "beri nama lain dengan --output, atau pakai --force untuk menggantinya",
                "give another --output, or --force to replace it"
            )),
        ]);
    }
    if target.is_dir() {
        return Err(vec![
            Diagnostic::error(
                &target,
                crate::pesan!("ini folder, bukan berkas", "this is a folder, not a file"),
            )
            .with_hint(crate::pesan!(
                "beri nama berkas zip-nya dengan --output",
                "give the zip's file name with --output"
            )),
        ]);
    }
    // The zip unpacks to one folder, named like the zip.
    let folder = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && s != "." && s != "..")
        .unwrap_or_else(|| "katalog-sop".to_string());
    let (built, zipping) =
        site::build_loaded(&site_options, (config, catalog), Vec::new(), |_| {
            Ok(Zipping {
                folder: folder.clone(),
                ready: Default::default(),
                copy: scratch.as_ref().map(|s| s.0.clone()),
            })
        })?;
    let mut entries = zipping.ready.into_inner().expect("not poisoned");
    let mut pdf = None;
    if let Some(scratch) = &scratch {
        // The PDFs, printed from the pages written beside the zip's.
        let semua = crate::render::paket::has_book_of_all(built.sop_count());
        let tugas = crate::cetak::tugas(&built.catalog, &built.indexes, semua);
        let kept = options.root.join(crate::cetak::SIMPANAN_PAKET);
        let hasil = crate::cetak::cetak(&scratch.0, &tugas, &kept, &target, None)?;
        pdf = Some((hasil.dicetak, hasil.disimpan));
        for pdf in &hasil.berkas {
            let path = scratch.0.join(pdf);
            let zipped = std::fs::read(&path)
                .and_then(|bytes| crate::zip::prepare(&format!("{folder}/{pdf}"), &bytes));
            let entry = zipped.map_err(|e| {
                let e = crate::terjemah::io(&e);
                vec![Diagnostic::error(
                    &path,
                    crate::pesan!(
                        "PDF ini tidak dapat dimasukkan ke zip: {e}",
                        "cannot zip this PDF: {e}"
                    ),
                )]
            })?;
            entries.push(entry);
        }
    }
    entries.sort_by(|a, b| a.name().cmp(b.name()));
    let tmp = target.with_file_name(format!(
        ".{}.sopgen-tmp-{}",
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let io_error = |create: bool, path: &Path, e: std::io::Error| {
        let shown = path.display();
        let e = crate::terjemah::io(&e);
        let message = if create {
            crate::pesan!(
                "{shown} tidak dapat dibuat: {e}",
                "cannot create {shown}: {e}"
            )
        } else {
            crate::pesan!(
                "{shown} tidak dapat ditulis: {e}",
                "cannot write {shown}: {e}"
            )
        };
        vec![Diagnostic::error(path, message).with_hint(crate::pesan!(
            "periksa apakah folder itu dapat ditulisi dan disk tidak penuh; tidak ada yang diganti",
            "check the folder is writable and the disk not full; nothing was replaced"
        ))]
    };
    let files = entries.len();
    let write = || -> std::io::Result<u64> {
        let file = std::fs::File::create(&tmp)?;
        let mut zip = ZipWriter::new(
            std::io::BufWriter::new(file),
            DosTime::new(date.tahun, date.bulan.unwrap_or(1), date.hari.unwrap_or(1)),
        );
        for entry in entries {
            zip.add_prepared(entry)?;
        }
        let mut out = zip.finish()?;
        std::io::Write::flush(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(file.metadata()?.len())
    };
    let bytes = match write() {
        Ok(n) => n,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error(false, &target, e));
        }
    };
    if let Err(e) = std::fs::rename(&tmp, &target) {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_error(true, &target, e));
    }
    Ok(Bundled {
        path: target,
        files,
        bytes,
        sops: built.sop_count(),
        warnings: built.warnings,
        pdf,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names() {
        let d = Tanggal::ymd(2026, 11, 21).unwrap();
        assert_eq!(
            default_name("Katalog SOP Contoh", d),
            "katalog-sop-contoh-2026-11-21.zip"
        );
    }
}
