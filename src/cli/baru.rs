//! `sopgen baru`: a new SOP file from a template, every field present and
//! explained, the signatory table where TOML needs it, `status = "draf"`,
//! and the pemerintah, instansi and unit its folder already gives.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::Config;
use crate::content::parse::parse_bagian;
use crate::diagnostic::SourceFile;
use crate::pesan;

#[derive(clap::Args)]
pub struct Args {
    /// Where the SOP goes under content/, e.g. dinsos/surat-masuk (makes content/dinsos/surat-masuk.md)
    #[arg(value_name = "PATH")]
    pub path: String,
    /// The SOP's name [default: from the file name, e.g. "Surat Masuk"]
    #[arg(long, value_name = "NAME")]
    pub nama: Option<String>,
    /// The site's folder (holding content/ and an optional sopgen.toml)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

/// The built-in template; a site's own is `templates/sop-baru.md`.
pub const TEMPLAT: &str = include_str!("templat/sop-baru.md");

/// The path under `content/` without `.md`, as folder names: `None` when it
/// is empty or leaves `content/`.
fn segments(path: &str) -> Option<Vec<String>> {
    let path = path.replace('\\', "/");
    let path = path.trim_matches('/');
    let path = path.strip_prefix("content/").unwrap_or(path);
    let path = path.strip_suffix(".md").unwrap_or(path);
    let parts: Vec<String> = path.split('/').map(str::to_string).collect();
    let bad = |p: &String| p.is_empty() || p == "." || p == ".." || p.starts_with('_');
    (!parts.iter().any(bad)).then_some(parts)
}

/// "surat-masuk" → "Surat Masuk".
fn nama_dari(file: &str) -> String {
    file.split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` inside a TOML basic string.
fn toml_isi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The lines of the template's `{{ warisan }}`: what the SOP takes from
/// its folders and the settings, commented, or where to write it.
fn warisan(root: &Path, folders: &[String]) -> String {
    let mut pemerintah: Option<(String, String)> = None;
    let mut instansi: Option<(String, String)> = None;
    let mut unit: Option<(Vec<String>, String)> = None;
    for n in (0..=folders.len()).rev() {
        let rel = ["content".to_string()]
            .iter()
            .chain(&folders[..n])
            .cloned()
            .collect::<Vec<_>>()
            .join("/")
            + "/_index.md";
        let Ok(text) = std::fs::read_to_string(root.join(&rel)) else {
            continue;
        };
        let (bagian, _) = parse_bagian(SourceFile::new(&rel, text), folders[..n].join("/"));
        if pemerintah.is_none()
            && let Some(p) = bagian.pemerintah
        {
            pemerintah = Some((p, rel.clone()));
        }
        if instansi.is_none()
            && let Some(i) = bagian.instansi
        {
            instansi = Some((i, rel.clone()));
        }
        if unit.is_none() && !bagian.unit.is_empty() {
            unit = Some((bagian.unit, rel.clone()));
        }
    }
    if let Ok(config) = Config::load(root) {
        if pemerintah.is_none()
            && let Some(p) = config.pemerintah
        {
            pemerintah = Some((p, "sopgen.toml".into()));
        }
        if instansi.is_none()
            && let Some(i) = config.instansi
        {
            instansi = Some((i, "sopgen.toml".into()));
        }
    }
    let line = |field: &str, found: Option<(String, String)>, contoh: &str| match found {
        Some((value, from)) => {
            let v = toml_isi(&value);
            pesan!(
                "# {field} = \"{v}\"   # diwarisi dari {from}; tulis di sini hanya bila SOP ini berbeda",
                "# {field} = \"{v}\"   # inherited from {from}; write it here only if this SOP differs"
            )
        }
        None => pesan!(
            "# {field} = \"{contoh}\"   # belum ada yang diwarisi: tulis di sini, atau sekali di _index.md foldernya",
            "# {field} = \"{contoh}\"   # nothing inherited yet: write it here, or once in its folder's _index.md"
        ),
    };
    let unit_line = match unit {
        Some((levels, from)) => {
            let list = levels
                .iter()
                .map(|l| format!("\"{}\"", toml_isi(l)))
                .collect::<Vec<_>>()
                .join(", ");
            pesan!(
                "# unit = [{list}]   # diwarisi dari {from}; tulis di sini hanya bila SOP ini berbeda",
                "# unit = [{list}]   # inherited from {from}; write it here only if this SOP differs"
            )
        }
        None => pesan!(
            "# unit = [\"Bidang ...\", \"Subbagian ...\"]   # unit kerja, dari yang terluar (atau satu teks)",
            "# unit = [\"Bidang ...\", \"Subbagian ...\"]   # the unit, outermost first (or one text)"
        ),
    };
    [
        line("pemerintah", pemerintah, "Pemerintah Kabupaten ..."),
        line("instansi", instansi, "Dinas ..."),
        unit_line,
    ]
    .join("\n")
}

pub fn run(args: Args) -> ExitCode {
    let Some(parts) = segments(&args.path) else {
        let p = &args.path;
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: \"{p}\" bukan path SOP di bawah content/\n  = saran: tulis folder dan nama berkas, misalnya `sopgen baru dinsos/surat-masuk` (nama tidak diawali _ , tanpa .. )",
                "error: \"{p}\" is not an SOP path under content/\n  = hint: give folders and a file name, e.g. `sopgen baru dinsos/surat-masuk` (no name starting with _, no ..)"
            )
        );
        return ExitCode::from(2);
    };
    if crate::url::RESERVED.contains(&parts[0].as_str()) {
        let top = &parts[0];
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: folder content/{top}/ dipakai situs untuk halamannya sendiri\n  = saran: pilih nama folder lain",
                "error: the folder content/{top}/ is the site's own for its pages\n  = hint: choose another folder name"
            )
        );
        return ExitCode::from(2);
    }
    let rel = format!("content/{}.md", parts.join("/"));
    let target = args.root.join(&rel);
    if target.exists() {
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: {rel} sudah ada; berkas yang ada tidak diganti\n  = saran: sunting berkas itu, atau pilih nama lain",
                "error: {rel} exists; an existing file is not replaced\n  = hint: edit that file, or choose another name"
            )
        );
        return ExitCode::from(1);
    }
    let site_template = args.root.join("templates").join("sop-baru.md");
    let template = match std::fs::read_to_string(&site_template) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => TEMPLAT.to_string(),
        Err(e) => {
            let e = crate::terjemah::io(&e);
            let p = site_template.display();
            eprintln!(
                "{}",
                pesan!(
                    "kesalahan: tidak dapat membaca {p}: {e}",
                    "error: cannot read {p}: {e}"
                )
            );
            return ExitCode::from(1);
        }
    };
    let file = parts.last().expect("at least one part");
    let nama = args.nama.unwrap_or_else(|| nama_dari(file));
    let today = crate::bundle::today();
    let text = template
        .replace("{{ nama }}", &toml_isi(&nama))
        .replace("{{ hari_ini }}", &today.to_string())
        .replace("{{ tahun }}", &today.tahun.to_string())
        .replace(
            "{{ warisan }}",
            &warisan(&args.root, &parts[..parts.len() - 1]),
        );
    let made = target
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| super::write_new(&target, text.as_bytes()));
    if let Err(e) = made {
        let e = crate::terjemah::io(&e);
        eprintln!(
            "{}",
            pesan!(
                "kesalahan: tidak dapat menulis {rel}: {e}",
                "error: cannot write {rel}: {e}"
            )
        );
        return ExitCode::from(1);
    }
    println!(
        "{}",
        pesan!(
            "SOP baru ditulis: {rel} (status draf). Isi kolom-kolomnya, lalu periksa dengan `sopgen check`; `sopgen serve` menampilkannya sambil ditulis.",
            "New SOP written: {rel} (status draf). Fill in its fields, then check it with `sopgen check`; `sopgen serve` shows it as you write."
        )
    );
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_names() {
        assert_eq!(
            segments("content/dinsos/surat-masuk.md"),
            Some(vec!["dinsos".to_string(), "surat-masuk".to_string()])
        );
        assert_eq!(segments("a\\b"), Some(vec!["a".into(), "b".into()]));
        assert_eq!(segments("../x"), None);
        assert_eq!(segments("a//b"), None);
        assert_eq!(segments("a/_index"), None);
        assert_eq!(segments(""), None);
        assert_eq!(nama_dari("surat-masuk_keluar"), "Surat Masuk Keluar");
        assert_eq!(toml_isi("a \"b\" \\ c\u{1}"), "a \\\"b\\\" \\\\ c");
    }
}
