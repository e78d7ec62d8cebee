//! .doc (Word 97-2003, or RTF saved as .doc) converted to .docx by
//! LibreOffice, when it is installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::gagal::{GagalImpor, pesan_io};

/// Numbers the conversions of this process, for their temporary folders.
static URUT: AtomicUsize = AtomicUsize::new(0);

/// The LibreOffice program, if installed: `SOPGEN_SOFFICE` names another.
fn soffice() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SOPGEN_SOFFICE") {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["soffice", "libreoffice", "soffice.exe"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    for p in [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    ] {
        if Path::new(p).is_file() {
            return Some(PathBuf::from(p));
        }
    }
    None
}

/// How long one conversion may take (LibreOffice's first start with a
/// fresh profile takes seconds on a busy machine).
const BATAS_KONVERSI: Duration = Duration::from_secs(120);

/// A .doc converted to .docx bytes by LibreOffice, in a temporary folder
/// with its own profile so that parallel conversions do not collide.
pub fn konversi_doc(path: &Path) -> Result<Vec<u8>, GagalImpor> {
    let Some(program) = soffice() else {
        return Err(GagalImpor::Konversi(
            "LibreOffice tidak terpasang. Pasang dulu (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui; Windows: unduh LibreOffice dari libreoffice.org), atau buka berkasnya di Word dan simpan sebagai .docx".into(),
        ));
    };
    let tmp = std::env::temp_dir().join(format!(
        "sopgen-impor-{}-{}",
        std::process::id(),
        URUT.fetch_add(1, Ordering::Relaxed)
    ));
    let profile = tmp.join("profil");
    let outdir = tmp.join("hasil");
    let cleanup = |tmp: &Path| {
        let _ = std::fs::remove_dir_all(tmp);
    };
    std::fs::create_dir_all(&outdir).map_err(|e| GagalImpor::Konversi(pesan_io(&e)))?;
    // LibreOffice names the output after the input: copy it under a plain
    // name so that odd characters or a .rtf saved as .doc convert the same.
    let input = tmp.join("sumber.doc");
    if let Err(e) = std::fs::copy(path, &input) {
        cleanup(&tmp);
        return Err(GagalImpor::Baca(pesan_io(&e)));
    }
    let profile_url = format!("file://{}", profile.display());
    let child = Command::new(&program)
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
        ])
        .args(["--convert-to", "docx:MS Word 2007 XML", "--outdir"])
        .arg(&outdir)
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            cleanup(&tmp);
            return Err(GagalImpor::Konversi(format!(
                "LibreOffice tidak dapat dijalankan ({})",
                pesan_io(&e)
            )));
        }
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > BATAS_KONVERSI => {
                let _ = child.kill();
                let _ = child.wait();
                cleanup(&tmp);
                return Err(GagalImpor::Konversi(format!(
                    "LibreOffice tidak selesai dalam {} detik",
                    BATAS_KONVERSI.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => {
                cleanup(&tmp);
                return Err(GagalImpor::Konversi(pesan_io(&e)));
            }
        }
    }
    let out = outdir.join("sumber.docx");
    let result = std::fs::read(&out).map_err(|_| {
        GagalImpor::Konversi(
            "LibreOffice tidak menghasilkan .docx (berkasnya mungkin rusak atau dilindungi kata sandi)".into(),
        )
    });
    cleanup(&tmp);
    result
}
