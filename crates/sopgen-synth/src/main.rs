//! `sopgen-synth`: writes a synthetic catalogue into an empty folder, for
//! the JavaScript tests and for trying sopgen on a large catalogue:
//!
//!     cargo run -p sopgen-synth -- --count 2000 --seed 7 --root /tmp/katalog
//!
//! Exit codes as sopgen's: 0 written, 1 the folder could not be used,
//! 2 bad usage.

use std::path::PathBuf;
use std::process::ExitCode;

const BANTUAN: &str = "\
Menulis katalog tiruan berisi SOP yang realistis (untuk benchmark dan pengujian sopgen)

Cara pakai: sopgen-synth [--count JUMLAH] [--seed BENIH] --root FOLDER

Opsi:
      --count JUMLAH  Berapa SOP [bawaan: 1000]
      --seed BENIH    Benih yang berbeda menghasilkan katalog yang berbeda; benih yang sama,
                      katalog yang sama [bawaan: 1]
      --root FOLDER   Folder kosong atau baru tempat situs ditulis
  -h, --help          Tampilkan bantuan ini
";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Perintah {
    Bantuan,
    Tulis {
        count: usize,
        seed: u64,
        root: PathBuf,
    },
}

/// Reads the arguments (without the program's name). `Err` is the message
/// of a usage error.
fn baca(args: impl IntoIterator<Item = String>) -> Result<Perintah, String> {
    let mut count = 1000;
    let mut seed = 1;
    let mut root = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Perintah::Bantuan);
        }
        let (nama, nilai) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg, None),
        };
        if !matches!(nama.as_str(), "--count" | "--seed" | "--root") {
            return Err(format!("argumen '{nama}' tidak dikenal"));
        }
        let nilai = match nilai.or_else(|| args.next()) {
            Some(v) => v,
            None => return Err(format!("{nama} memerlukan nilai")),
        };
        let angka = |v: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("nilai '{v}' untuk {nama} bukan bilangan bulat tak negatif"))
        };
        match nama.as_str() {
            "--count" => {
                count = usize::try_from(angka(&nilai)?)
                    .map_err(|_| format!("nilai '{nilai}' untuk --count terlalu besar"))?;
            }
            "--seed" => seed = angka(&nilai)?,
            _ => root = Some(PathBuf::from(nilai)),
        }
    }
    let root = root.ok_or("--root FOLDER wajib diberikan")?;
    Ok(Perintah::Tulis { count, seed, root })
}

fn main() -> ExitCode {
    let (count, seed, root) = match baca(std::env::args().skip(1)) {
        Ok(Perintah::Tulis { count, seed, root }) => (count, seed, root),
        Ok(Perintah::Bantuan) => {
            print!("{BANTUAN}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!(
                "kesalahan: {e}\n\nCara pakai: sopgen-synth [--count JUMLAH] [--seed BENIH] --root FOLDER\n\nUntuk keterangan lebih lanjut, coba '--help'."
            );
            return ExitCode::from(2);
        }
    };
    let shown = root.display();
    let kosong = std::fs::read_dir(&root).map_or(true, |mut d| d.next().is_none());
    if !kosong {
        eprintln!("kesalahan: {shown} tidak kosong; berikan folder baru atau kosong");
        return ExitCode::FAILURE;
    }
    match sopgen_synth::write(&root, count, seed) {
        Ok(n) => {
            println!("{n} SOP ditulis ke {shown}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let e = sopgen::terjemah::io(&e);
            eprintln!("kesalahan: tidak dapat menulis ke dalam {shown}: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baca_dari(args: &[&str]) -> Result<Perintah, String> {
        baca(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_the_arguments_of_the_old_generate_command() {
        assert_eq!(
            baca_dari(&["--count", "600", "--root", "/tmp/x"]),
            Ok(Perintah::Tulis {
                count: 600,
                seed: 1,
                root: "/tmp/x".into()
            })
        );
        assert_eq!(
            baca_dari(&["--seed=7", "--count=4500", "--root=situs"]),
            Ok(Perintah::Tulis {
                count: 4500,
                seed: 7,
                root: "situs".into()
            })
        );
        assert_eq!(baca_dari(&["--root", "a", "-h"]), Ok(Perintah::Bantuan));
    }

    #[test]
    fn usage_errors_say_what_is_wrong_in_indonesian() {
        let salah = |args: &[&str]| baca_dari(args).unwrap_err();
        assert_eq!(salah(&["--count", "5"]), "--root FOLDER wajib diberikan");
        assert_eq!(salah(&["--root"]), "--root memerlukan nilai");
        assert_eq!(
            salah(&["--jumlah", "5"]),
            "argumen '--jumlah' tidak dikenal"
        );
        assert_eq!(salah(&["situs"]), "argumen 'situs' tidak dikenal");
        assert!(
            salah(&["--count", "-3", "--root", "a"]).contains("bukan bilangan bulat"),
            "{}",
            salah(&["--count", "-3", "--root", "a"])
        );
    }
}
