//! `sopgen --help` and the command line's usage errors in Indonesian.
//!
//! The commands are declared once, in English (the doc comments of the
//! derive in `main.rs`), and that is the help `--lang en` shows, untouched.
//! For Indonesian, [`indonesia`] rewrites the finished [`Command`] from the
//! tables below: every command's `about`, every argument's help and value
//! name, and the words clap writes itself (the headings, `[default: ...]`,
//! `--help`, `--version`, the `help` command). [`keluar`] prints a parse
//! error in Indonesian.
//!
//! A command or argument missing from the tables keeps its English text;
//! `main.rs` has a test that finds none is missing.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::builder::styling::Styles;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// The heading of options, of positional arguments, and of commands.
pub const OPSI: &str = "Opsi";
pub const ARGUMEN: &str = "Argumen";
pub const PERINTAH: &str = "Perintah";
/// The placeholder of a command in usage lines.
const PERINTAH_NILAI: &str = "PERINTAH";

/// What sopgen is, for `sopgen --help`.
const TENTANG: &str = "Membangun katalog HTML SOP-AP yang dapat dicari dari berkas-berkas Markdown";
const TENTANG_PANJANG: &str = "Membangun katalog HTML SOP-AP (Standar Operasional Prosedur Administrasi \
                               Pemerintahan) yang dapat dicari, dari berkas Markdown dengan front matter \
                               TOML, satu SOP satu berkas, di dalam folder content/. Format berkasnya \
                               dijelaskan di docs/format.md.";

/// The `about` of each command, by its name.
pub fn tentang(perintah: &str) -> Option<&'static str> {
    Some(match perintah {
        "build" => "Membangun situs ke folder keluaran (bawaannya public/)",
        "check" => "Memeriksa setiap SOP dan melaporkan semua masalahnya, tanpa menulis apa pun",
        "bundle" => {
            "Membuat satu berkas zip katalog untuk peninjau: dapat dibuka langsung dari disk, tanpa server atau internet"
        }
        "serve" => {
            "Menyajikan situs di komputer ini untuk pratinjau, membangun ulang dan memuat ulang halaman setiap kali berkas disimpan"
        }
        "search" => {
            "Mencari di katalog dari terminal, dengan urutan yang sama seperti halaman pencarian"
        }
        "schema" => "Mencetak JSON Schema front matter SOP (untuk editor dan validator)",
        "help" => "Menampilkan bantuan ini, atau bantuan perintah yang disebut",
        "impor" => "Mengimpor SOP dari berkas Word (.docx, .doc) ke format katalog",
        "tema" => "Menyalin templat dan berkas statis tema bawaan untuk diubah",
        "init" => "Memulai katalog baru di sebuah folder: pengaturan, beranda dan satu contoh SOP",
        "baru" => "Menulis berkas SOP baru di bawah content/ dari templat",
        _ => return None,
    })
}

/// The long help of a command that has one, and its closing lines.
fn tentang_panjang(perintah: &str) -> Option<(&'static str, &'static str)> {
    Some(match perintah {
        "impor" => (
            "Membaca SOP-AP dari berkas Word (.docx; .doc lewat LibreOffice) dan menulis setiap SOP \
             sebagai satu berkas .md (front matter TOML) di content/ atau --ke FOLDER: tabel \
             identitas, keenam kotak (Dasar Hukum sampai Pencatatan dan Pendataan), tabel prosedur \
             dan bagan alir yang digambar dengan bentuk (shape) Word.\n\n\
             Setiap SOP ditulis berstatus \"draf\", diawali bagian \"## Catatan impor\" yang \
             mendaftar apa saja yang ditebak atau tidak terbaca, lengkap dengan letaknya di dokumen \
             asli (tabel, baris, kolom). Periksa catatan itu, lalu jalankan `sopgen check`.\n\n\
             Berkas yang sudah ada tidak ditimpa tanpa --force. Berkas .doc (Word 97-2003) \
             dikonversi dengan LibreOffice (Debian/Ubuntu: sudo apt install \
             libreoffice-writer-nogui).\n\n\
             Kode keluar: 0 semua berhasil, 1 ada berkas yang gagal atau dilewati, 2 salah pemakaian.",
            "Contoh:\n  sopgen impor SOP-Surat-Masuk.docx\n  sopgen impor \"Arsip SOP/\" --ke content/dinsos",
        ),
        "tema" => (
            "Menyalin tema bawaan (templatnya ke templates/, berkas statisnya ke static/) ke dalam \
             situs, atau dengan --ke ke folder lain seperti themes/NAMA (lalu pakai dengan \
             theme = \"NAMA\" di sopgen.toml). Berkas yang sudah ada tidak pernah ditimpa tanpa \
             --force: bila ada satu saja, tidak ada yang ditulis.\n\n\
             Untuk mengubah satu bagian saja, sebuah templat cukup memperluas templat bawaannya \
             dan mengganti satu blok (caranya di docs/tema.md).\n\n\
             Kode keluar: 0 berhasil ditulis, 1 ada berkas yang sudah ada atau gagal ditulis, \
             2 salah pemakaian.",
            "Contoh:\n  sopgen tema\n  sopgen tema --ke themes/biru\n  sopgen tema base.html",
        ),
        "init" => (
            "Memulai katalog baru di FOLDER (bawaannya folder ini): sopgen.toml yang menjelaskan \
             setiap pengaturan, content/_index.md untuk beranda, satu folder instansi contoh dengan \
             satu SOP lengkap, dan .gitignore untuk hasil build. Katalog barunya langsung dapat \
             dibangun dan diperiksa tanpa masalah.\n\n\
             Folder yang tidak kosong ditolak kecuali dengan --force; berkas yang sudah ada tidak \
             pernah diganti.",
            "Contoh:\n  sopgen init katalog-sop\n  cd katalog-sop && sopgen serve",
        ),
        "baru" => (
            "Menulis content/PATH.md dari templat: setiap kolom ada dan dijelaskan, tabel penanda \
             tangan sudah di tempatnya, status = \"draf\", dan pemerintah, instansi serta unit yang \
             diwarisi dari foldernya (sebagai catatan). Templat situs sendiri: templates/sop-baru.md \
             ({{ nama }}, {{ hari_ini }}, {{ tahun }} dan {{ warisan }} diisi). Berkas yang sudah ada \
             tidak pernah diganti.",
            "Contoh:\n  sopgen baru dinsos/surat-masuk\n  sopgen baru dinsos/pelayanan/pengaduan --nama \"Penanganan Pengaduan Masyarakat\"",
        ),
        _ => return None,
    })
}

/// The help of an argument of command `perintah` ("" for the options of
/// sopgen itself), and its value name when it takes one.
pub fn opsi(perintah: &str, id: &str) -> Option<(&'static str, Option<&'static str>)> {
    const FOLDER_SITUS: &str = "Folder situs (berisi content/ dan sopgen.toml bila ada)";
    Some(match (perintah, id) {
        ("", "color") => ("Kapan pesan diberi warna", Some("WARNA")),
        ("", "lang") => (
            "Bahasa pesan: id (Indonesia, bawaannya) atau en (Inggris); bisa juga lewat SOPGEN_LANG",
            Some("id|en"),
        ),
        ("build" | "check" | "bundle" | "serve" | "search", "root") => {
            (FOLDER_SITUS, Some("FOLDER"))
        }
        ("build", "output") => (
            "Tempat situs ditulis [bawaan: output_dir di sopgen.toml, atau public/ di dalam folder situs]",
            Some("FOLDER"),
        ),
        ("build", "base_url") => (
            "URL tempat situs diterbitkan, misalnya https://dinsos.example.go.id/sop/",
            Some("URL"),
        ),
        ("build", "drafts") => ("Ikut terbitkan SOP dengan status = \"draf\"", None),
        ("build", "stats") => ("Cetak lama setiap tahap dan puncak pemakaian memori", None),
        ("build", "pdf") => (
            "Cetak juga PDF setiap SOP dan setiap buku SOP, lewat Chromium tanpa layar (paket Debian `chromium`)",
            None,
        ),
        ("check", "strict") => (
            "Anggap peringatan (misalnya tautan ke SOP yang tidak ada di katalog) sebagai kesalahan",
            None,
        ),
        ("bundle", "output") => (
            "Berkas zip yang ditulis [bawaan: <nama-situs>-<tanggal>.zip di folder saat ini]",
            Some("BERKAS.zip"),
        ),
        ("bundle", "drafts") => ("Sertakan SOP draf, bertanda DRAF (bawaannya begitu)", None),
        ("bundle", "no_drafts") => ("Jangan sertakan SOP draf", None),
        ("bundle", "pdf") => (
            "Sertakan juga PDF setiap SOP dan setiap buku SOP, dicetak lewat Chromium (paket Debian `chromium`)",
            None,
        ),
        ("bundle", "force") => ("Ganti berkas zip bila sudah ada", None),
        ("serve", "bind") => (
            "Alamat yang didengarkan (127.0.0.1: hanya komputer ini)",
            Some("ALAMAT"),
        ),
        ("serve", "port") => (
            "Port yang didengarkan [bawaan: 1111, atau port bebas berikutnya]",
            Some("PORT"),
        ),
        ("serve", "watch") => (
            "Bangun ulang bila ada sumber yang berubah, lalu muat ulang halaman yang terbuka (bawaannya begitu)",
            None,
        ),
        ("serve", "no_watch") => (
            "Sajikan hasil satu kali bangun saja, tanpa mengawasi perubahan",
            None,
        ),
        ("serve", "poll") => (
            "Awasi perubahan dengan memeriksa berkala (untuk drive jaringan, yang pemberitahuan perubahannya tidak andal)",
            None,
        ),
        ("serve", "open") => ("Buka situs di peramban", None),
        ("serve", "drafts") => (
            "Tampilkan SOP dengan status = \"draf\", bertanda DRAF (bawaannya begitu: pratinjau menampilkan yang sedang ditulis)",
            None,
        ),
        ("serve", "no_drafts") => ("Jangan tampilkan SOP draf, seperti `build`", None),
        ("search", "json") => ("Cetak hasilnya sebagai JSON", None),
        ("search", "limit") => ("Berapa hasil yang ditampilkan", Some("JUMLAH")),
        ("search", "drafts") => ("Ikut cari di SOP dengan status = \"draf\"", None),
        ("search", "query") => (
            "Kata-kata yang dicari, misalnya dikumpulkan data kinerja",
            Some("KATA"),
        ),
        ("impor", "sumber") => (
            "Berkas Word (.docx, .doc) atau folder (dicari sampai ke subfoldernya)",
            Some("BERKAS_ATAU_FOLDER"),
        ),
        ("impor", "ke") => ("Folder tempat berkas .md ditulis", Some("FOLDER")),
        ("impor", "force") => ("Timpa berkas .md yang sudah ada", None),
        ("tema", "berkas") => (
            "Hanya berkas ini: nama templat (base.html) atau path di dalam tema (static/aset/sopgen.css)",
            Some("BERKAS"),
        ),
        ("tema", "ke") => (
            "Folder tempat templates/ dan static/ ditulis",
            Some("FOLDER"),
        ),
        ("tema", "force") => ("Timpa berkas yang sudah ada", None),
        ("init", "folder") => (
            "Folder katalog baru (dibuat bila belum ada)",
            Some("FOLDER"),
        ),
        ("init", "force") => (
            "Tulis juga ke folder yang tidak kosong (berkas yang sudah ada dibiarkan, tidak diganti)",
            None,
        ),
        ("baru", "path") => (
            "Letak SOP di bawah content/, misalnya dinsos/surat-masuk (menjadi content/dinsos/surat-masuk.md)",
            Some("PATH"),
        ),
        ("baru", "nama") => (
            "Nama SOP [bawaan: dari nama berkas, misalnya \"Surat Masuk\"]",
            Some("NAMA"),
        ),
        ("baru", "root") => (
            "Folder situs (berisi content/ dan sopgen.toml bila ada)",
            Some("FOLDER"),
        ),
        _ => return None,
    })
}

/// clap's help layout with an Indonesian usage heading.
fn template() -> String {
    let usage = *Styles::styled().get_usage();
    format!(
        "{{before-help}}{{about-with-newline}}\n{usage}Cara pakai:{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    )
}

/// `cmd` (the command line as the derive declares it, in English) with
/// Indonesian help.
pub fn indonesia(cmd: Command) -> Command {
    let mut cmd = terjemahkan(cmd, None);
    // clap adds the `help` command while building: built now, its text
    // can be replaced (only texts: the built command's arguments must
    // stay where they are).
    cmd.build();
    let template = template();
    cmd.mut_subcommands(|sub| {
        if sub.get_name() != "help" {
            return sub;
        }
        let about = tentang("help").unwrap_or_default();
        let usage = format!("{} help [{PERINTAH_NILAI}]", crate_name());
        sub.about(about)
            .help_template(&template)
            .override_usage(usage)
            .subcommand_help_heading(PERINTAH)
            .mut_subcommands(|s| match s.get_name() {
                "help" => s.about(about),
                _ => s,
            })
    })
}

fn crate_name() -> &'static str {
    "sopgen"
}

/// One command and its subcommands; `parent` is `None` for sopgen itself.
fn terjemahkan(cmd: Command, parent: Option<&str>) -> Command {
    let name = cmd.get_name().to_string();
    let key = if parent.is_some() { name.as_str() } else { "" };
    let long_help = cmd.get_long_about().is_some();
    // Positional arguments first, so that their heading comes before the
    // options' as in clap's own layout (moving arguments is allowed until
    // the command is built).
    let options: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_positional())
        .map(|a| a.get_id().to_string())
        .collect();
    let mut cmd = cmd;
    for id in &options {
        cmd = cmd.mut_arg(id, |a| a);
    }
    let mut cmd = cmd
        .mut_args(|a| arg(key, a))
        .help_template(template())
        .subcommand_help_heading(PERINTAH)
        .subcommand_value_name(PERINTAH_NILAI)
        .disable_help_flag(true)
        .arg(help_flag(long_help));
    let line = usage(&cmd, parent);
    cmd = cmd.override_usage(line);
    match tentang(key) {
        Some(about) => cmd = cmd.about(about),
        None if key.is_empty() => {
            cmd = cmd
                .about(TENTANG)
                .long_about(TENTANG_PANJANG)
                .disable_version_flag(true)
                .arg(
                    Arg::new("version")
                        .short('V')
                        .long("version")
                        .action(ArgAction::Version)
                        .display_order(LAST)
                        .help("Tampilkan versi")
                        .help_heading(OPSI),
                );
        }
        None => {}
    }
    if let Some((long, after)) = tentang_panjang(key) {
        cmd = cmd.long_about(long).after_help(after);
    }
    cmd.mut_subcommands(|sub| terjemahkan(sub, Some(&name)))
}

/// The display order clap gives the `--help` and `--version` it makes:
/// after every other option.
const LAST: usize = 999;

/// `-h, --help`, as clap makes it, in Indonesian.
fn help_flag(long_help: bool) -> Arg {
    let flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(LAST)
        .help_heading(OPSI);
    if long_help {
        flag.help("Tampilkan bantuan (selengkapnya dengan '--help')")
            .long_help("Tampilkan bantuan (ringkasnya dengan '-h')")
    } else {
        flag.help("Tampilkan bantuan")
    }
}

/// An argument's Indonesian help, value name and heading; its default
/// value and choices said in the help, since clap would say them in
/// English.
fn arg(perintah: &str, a: Arg) -> Arg {
    let heading = if a.is_positional() { ARGUMEN } else { OPSI };
    let mut a = a.help_heading(heading);
    let Some((help, value)) = opsi(perintah, a.get_id().as_str()) else {
        return a;
    };
    if let Some(value) = value {
        a = a.value_name(value);
    }
    let mut help = help.to_string();
    let takes_value = a.get_action().takes_values();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() && !a.is_hide_default_value_set() {
        let _ = write!(help, " [bawaan: {}]", defaults.join(" "));
        a = a.hide_default_value(true);
    }
    let choices: Vec<String> = a
        .get_value_parser()
        .possible_values()
        .map(|values| {
            values
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect()
        })
        .unwrap_or_default();
    if takes_value && !choices.is_empty() && !a.is_hide_possible_values_set() {
        let _ = write!(help, " [pilihan: {}]", choices.join(", "));
        a = a.hide_possible_values(true);
    }
    a.help(help)
}

/// The usage line clap would write, with `[OPSI]` for `[OPTIONS]`.
fn usage(cmd: &Command, parent: Option<&str>) -> String {
    let mut out = match parent {
        None => crate_name().to_string(),
        Some(_) => format!("{} {}", crate_name(), cmd.get_name()),
    };
    out.push_str(" [OPSI]");
    for a in cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && a.is_required_set())
    {
        let long = a.get_long().map_or_else(String::new, |l| format!("--{l}"));
        let value = a.get_value_names().and_then(|v| v.first()).map_or_else(
            || a.get_id().to_string().to_uppercase(),
            ToString::to_string,
        );
        let _ = write!(out, " {long} <{value}>");
    }
    for a in cmd.get_positionals() {
        let name = a.get_value_names().and_then(|v| v.first()).map_or_else(
            || a.get_id().to_string().to_uppercase(),
            ToString::to_string,
        );
        let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if many { "..." } else { "" };
        if a.is_required_set() {
            let _ = write!(out, " <{name}>{dots}");
        } else {
            let _ = write!(out, " [{name}]{dots}");
        }
    }
    if cmd.has_subcommands() {
        let _ = write!(out, " <{PERINTAH_NILAI}>");
    }
    out
}

/// Prints a command-line error (or the help or version asked for) in
/// Indonesian and exits as clap does: 2 for bad usage, 0 for help.
pub fn keluar(e: clap::Error) -> ! {
    e.apply::<Indonesia>().exit()
}

/// clap's error messages, in Indonesian.
pub struct Indonesia;

impl ErrorFormatter for Indonesia {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::styled();
        let (bad, good, lit) = (
            *styles.get_invalid(),
            *styles.get_valid(),
            *styles.get_literal(),
        );
        let err = *styles.get_error();
        let text = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let list = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let mut out = format!("{err}kesalahan:{err:#} ");
        let arg = text(ContextKind::InvalidArg).unwrap_or_default();
        let value = text(ContextKind::InvalidValue).unwrap_or_default();
        match error.kind() {
            ErrorKind::ArgumentConflict => {
                let prior = list(ContextKind::PriorArg);
                if prior.len() == 1 && prior[0] == arg {
                    let _ = write!(
                        out,
                        "opsi '{bad}{arg}{bad:#}' tidak boleh dipakai lebih dari sekali"
                    );
                } else {
                    let what = text(ContextKind::InvalidSubcommand).unwrap_or(arg);
                    let _ = write!(
                        out,
                        "'{bad}{what}{bad:#}' tidak dapat dipakai bersama {}",
                        prior
                            .iter()
                            .map(|p| format!("'{bad}{p}{bad:#}'"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                }
            }
            ErrorKind::NoEquals => {
                let _ = write!(
                    out,
                    "nilai untuk '{bad}{arg}{bad:#}' harus ditulis dengan tanda ="
                );
            }
            ErrorKind::InvalidValue if value.is_empty() => {
                let _ = write!(
                    out,
                    "'{bad}{arg}{bad:#}' memerlukan nilai, tetapi tidak ada yang diberikan"
                );
                pilihan(&mut out, &list(ContextKind::ValidValue), &good);
            }
            ErrorKind::InvalidValue => {
                let _ = write!(
                    out,
                    "nilai '{bad}{value}{bad:#}' tidak sah untuk '{lit}{arg}{lit:#}'"
                );
                pilihan(&mut out, &list(ContextKind::ValidValue), &good);
            }
            ErrorKind::ValueValidation => {
                let _ = write!(
                    out,
                    "nilai '{bad}{value}{bad:#}' tidak sah untuk '{lit}{arg}{lit:#}'"
                );
                if let Some(source) = std::error::Error::source(error) {
                    let _ = write!(out, ": {}", sebab(&source.to_string()));
                }
            }
            ErrorKind::InvalidSubcommand => {
                let what = text(ContextKind::InvalidSubcommand).unwrap_or_default();
                let _ = write!(out, "perintah '{bad}{what}{bad:#}' tidak dikenal");
            }
            ErrorKind::UnknownArgument => {
                let _ = write!(out, "argumen '{bad}{arg}{bad:#}' tidak dikenal");
            }
            ErrorKind::MissingRequiredArgument => {
                out.push_str("argumen wajib berikut belum diberikan:");
                for a in list(ContextKind::InvalidArg) {
                    let _ = write!(out, "\n  {good}{a}{good:#}");
                }
            }
            ErrorKind::MissingSubcommand => {
                let what = text(ContextKind::InvalidSubcommand).unwrap_or_default();
                let _ = write!(
                    out,
                    "'{bad}{what}{bad:#}' memerlukan sebuah perintah, tetapi tidak ada yang diberikan"
                );
                pilihan(&mut out, &list(ContextKind::ValidSubcommand), &good);
            }
            ErrorKind::TooManyValues => {
                let _ = write!(
                    out,
                    "nilai '{bad}{value}{bad:#}' untuk '{lit}{arg}{lit:#}' tidak diharapkan; tidak ada nilai lain yang diperlukan"
                );
            }
            ErrorKind::TooFewValues => {
                let (min, got) = (
                    text(ContextKind::MinValues).unwrap_or_default(),
                    text(ContextKind::ActualNumValues).unwrap_or_default(),
                );
                let _ = write!(
                    out,
                    "'{lit}{arg}{lit:#}' memerlukan {good}{min}{good:#} nilai; hanya {bad}{got}{bad:#} yang diberikan"
                );
            }
            ErrorKind::WrongNumberOfValues => {
                let (want, got) = (
                    text(ContextKind::ExpectedNumValues).unwrap_or_default(),
                    text(ContextKind::ActualNumValues).unwrap_or_default(),
                );
                let _ = write!(
                    out,
                    "'{lit}{arg}{lit:#}' memerlukan {good}{want}{good:#} nilai, tetapi {bad}{got}{bad:#} yang diberikan"
                );
            }
            ErrorKind::InvalidUtf8 => out.push_str("sebuah argumen bukan teks UTF-8 yang sah"),
            _ => match std::error::Error::source(error) {
                Some(source) => out.push_str(&source.to_string()),
                None => out.push_str("perintah tidak dapat dibaca"),
            },
        }
        let mut suggested = false;
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "perintah"),
            (ContextKind::SuggestedArg, "opsi"),
            (ContextKind::SuggestedValue, "nilai"),
        ] {
            let names = list(kind);
            if names.is_empty() {
                continue;
            }
            out.push_str(if suggested { "\n" } else { "\n\n" });
            suggested = true;
            let names = names
                .iter()
                .map(|n| format!("'{good}{n}{good:#}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(out, "  {good}saran:{good:#} ada {what} yang mirip: {names}");
        }
        if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
            if !suggested {
                out.push('\n');
            }
            for tip in tips {
                let _ = write!(out, "\n  {good}saran:{good:#} {}", tip_id(&tip.to_string()));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
            let _ = write!(out, "\n\nCara pakai: {usage}");
        }
        let _ = write!(
            out,
            "\n\nUntuk keterangan lebih lanjut, coba '{lit}--help{lit:#}'.\n"
        );
        let mut styled = StyledStr::new();
        styled.push_str(&out);
        styled
    }
}

/// `[pilihan: a, b]` under a message, as clap lists the values allowed.
fn pilihan(out: &mut String, values: &[String], good: &clap::builder::styling::Style) {
    if values.is_empty() {
        return;
    }
    let values = values
        .iter()
        .map(|v| format!("{good}{v}{good:#}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(out, "\n  [pilihan: {values}]");
}

/// Why a value was refused, as the standard library or clap's number
/// parsers say it (sopgen's own parsers already speak the chosen language).
fn sebab(why: &str) -> String {
    let known = match why {
        "invalid digit found in string" => "bukan bilangan bulat",
        "cannot parse integer from empty string" => "kosong",
        "number too large to fit in target type" => "bilangannya terlalu besar",
        "number too small to fit in target type" => "bilangannya terlalu kecil",
        "invalid IP address syntax" => "bukan alamat IP yang sah",
        _ => {
            if let Some((value, range)) = why.split_once(" is not in ") {
                let range = range
                    .replace("..=", " sampai ")
                    .replace("..", " sampai sebelum ");
                return format!("{value} di luar rentang {range}");
            }
            return why.to_string();
        }
    };
    known.to_string()
}

/// clap's tips (`to pass '-x' as a value, use '-- -x'`), in Indonesian.
fn tip_id(tip: &str) -> String {
    if let Some(rest) = tip.strip_prefix("to pass ")
        && let Some((what, how)) = rest.split_once(" as a value, use ")
    {
        return format!("untuk memberikan {what} sebagai nilai, tulis {how}");
    }
    if let Some(rest) = tip.strip_prefix("subcommand ")
        && let Some((what, _)) = rest.split_once(" exists; to use it, remove the ")
    {
        return format!("perintah {what} ada; untuk memakainya, hapus '--' di depannya");
    }
    if let Some(what) = tip.strip_suffix(" exists") {
        return format!("ada {what}");
    }
    tip.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_of_values_are_said_in_indonesian() {
        assert_eq!(
            sebab("invalid digit found in string"),
            "bukan bilangan bulat"
        );
        assert_eq!(
            sebab("70000 is not in 0..=65535"),
            "70000 di luar rentang 0 sampai 65535"
        );
        assert_eq!(
            sebab("bahasa \"fr\" tidak dikenal"),
            "bahasa \"fr\" tidak dikenal"
        );
    }

    #[test]
    fn tips_are_said_in_indonesian() {
        assert_eq!(
            tip_id("to pass '-x' as a value, use '-- -x'"),
            "untuk memberikan '-x' sebagai nilai, tulis '-- -x'"
        );
        assert_eq!(tip_id("'build --root' exists"), "ada 'build --root'");
    }
}
