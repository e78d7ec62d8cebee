//! The command line: parse arguments, run a command, map the outcome to an
//! exit code (0 success, 1 problems found, 2 bad usage). The commands
//! themselves are in `sopgen::cli`.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use sopgen::cli;

#[derive(Parser)]
#[command(
    name = "sopgen",
    version,
    about = "Build a searchable HTML catalogue of SOP-AP documents from Markdown files",
    long_about = "Build a searchable HTML catalogue of SOP-AP documents (Standar Operasional Prosedur \
                  Administrasi Pemerintahan) from Markdown files with TOML front matter, one SOP a file, \
                  under content/. See docs/format.md for the file format."
)]
struct Cli {
    /// When to use colours in messages
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Language of messages: id (Indonesian, the default) or en (English); also SOPGEN_LANG
    #[arg(long, global = true, value_name = "id|en", value_parser = parse_lang)]
    lang: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new catalogue in a folder: settings, the home page and one example SOP
    #[command(
        long_about = "Start a new catalogue in DIR (the current folder by default): sopgen.toml with \
                      every setting explained, content/_index.md for the home page, one example agency \
                      folder with one complete SOP, and a .gitignore for the output. The new catalogue \
                      builds and checks clean at once.\n\n\
                      A folder that is not empty is refused unless --force is given; files that exist \
                      are never replaced.",
        after_help = "Examples:\n  sopgen init katalog-sop\n  cd katalog-sop && sopgen serve"
    )]
    Init(cli::init::Args),
    /// Write a new SOP file under content/ from a template
    #[command(
        visible_alias = "new",
        long_about = "Write content/PATH.md from a template: every field present and explained, \
                      the signatory table already in its place, status = \"draf\", and the pemerintah, \
                      instansi and unit the folder already gives (as comments). A site's own template \
                      is templates/sop-baru.md ({{ nama }}, {{ hari_ini }}, {{ tahun }} and {{ warisan }} \
                      are filled in). An existing file is never replaced.",
        after_help = "Examples:\n  sopgen baru dinsos/surat-masuk\n  sopgen baru dinsos/pelayanan/pengaduan --nama \"Penanganan Pengaduan Masyarakat\""
    )]
    Baru(cli::baru::Args),
    /// Build the site into the output folder (public/ by default)
    Build(cli::build::Args),
    /// Check every SOP and report all problems, without writing anything
    Check(cli::check::Args),
    /// Make one zip of the catalogue for reviewers: opens from disk, no server or internet needed
    Bundle(cli::bundle::Args),
    /// Serve the site on this computer for previewing, rebuilding and reloading on every save
    Serve(cli::serve::Args),
    /// Search the catalogue from the terminal, ranked as the search page ranks
    Search(cli::search::Args),
    /// Print the JSON Schema of an SOP's front matter (for editors and validators)
    Schema,
    /// Import SOPs from Word files (.docx, .doc) into the catalogue's format
    #[command(
        visible_alias = "import",
        long_about = "Read SOP-AP documents from Word files (.docx; .doc through LibreOffice) and write \
                      each SOP as one .md file (TOML front matter) under content/ or --ke DIR: the \
                      identity table, the six boxes, the procedure table and the flowchart drawn with \
                      Word shapes.\n\n\
                      Each SOP is written with status \"draf\" and opens with a \"## Catatan impor\" \
                      section listing what was guessed or could not be read, with its place in the \
                      source (table, row, column). Review it, then run `sopgen check`.\n\n\
                      Existing files are not replaced without --force. .doc files (Word 97-2003) are \
                      converted with LibreOffice (Debian/Ubuntu: sudo apt install libreoffice-writer-nogui).\n\n\
                      Exit codes: 0 all imported, 1 some files failed or were skipped, 2 bad usage.",
        after_help = "Examples:\n  sopgen impor SOP-Surat-Masuk.docx\n  sopgen impor \"Arsip SOP/\" --ke content/dinsos"
    )]
    Impor(cli::impor::Args),
    /// Copy the built-in theme's templates and static files out for editing
    #[command(
        visible_alias = "theme",
        long_about = "Copy the built-in theme (its templates into templates/, its static files into \
                      static/) into the site, or with --ke into another folder such as themes/NAME \
                      (then use it with theme = \"NAME\" in sopgen.toml). Existing files are never \
                      replaced without --force: when any exists, nothing is written.\n\n\
                      To change one part only, a template can extend the built-in one instead: \
                      {% extends \"default/base.html\" %} and the block it changes (see docs/tema.md).\n\n\
                      Exit codes: 0 written, 1 files exist or cannot be written, 2 bad usage.",
        after_help = "Examples:\n  sopgen tema\n  sopgen tema --ke themes/biru\n  sopgen tema base.html"
    )]
    Tema(cli::tema::Args),
}

/// `sopgen schema | head`: when the reader of the output goes away, stop
/// quietly as other command-line tools do, not with a panic. (Not for
/// `serve`, which writes to browsers' sockets and must outlive them.)
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal, before any
    // thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The command line: clap's English help and errors as they are with
/// `--lang en`, else in Indonesian (see `sopgen::bantuan`).
fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    if sopgen::bahasa::inggris() {
        return Cli::parse_from(args);
    }
    let matches = sopgen::bantuan::indonesia(Cli::command())
        .try_get_matches_from(args)
        .unwrap_or_else(|e| sopgen::bantuan::keluar(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| sopgen::bantuan::keluar(e))
}

/// `--lang`: `true` for English.
fn parse_lang(s: &str) -> Result<bool, String> {
    sopgen::bahasa::dari_nama(s).ok_or_else(|| {
        sopgen::pesan!(
            "bahasa \"{s}\" tidak dikenal: pakai id atau en",
            "unknown language \"{s}\": use id or en"
        )
    })
}

fn main() -> ExitCode {
    cli::memory::keep_freed_memory();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = std::env::var("SOPGEN_LANG").ok();
    sopgen::bahasa::pakai_inggris(sopgen::bahasa::dari_argumen(&args, env.as_deref()));
    let cli = parse(args);
    if let Some(en) = cli.lang {
        sopgen::bahasa::pakai_inggris(en);
    }
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    if !matches!(cli.command, Command::Serve(_)) {
        quiet_on_closed_pipe();
    }
    match cli.command {
        Command::Init(args) => cli::init::run(args),
        Command::Baru(args) => cli::baru::run(args),
        Command::Build(args) => cli::build::run(args, color),
        Command::Check(args) => cli::check::run(args, color),
        Command::Bundle(args) => cli::bundle::run(args, color),
        Command::Serve(args) => cli::serve::run(args, color),
        Command::Search(args) => cli::search::run(args, color),
        Command::Schema => cli::schema::run(),
        Command::Impor(args) => cli::impor::run(args),
        Command::Tema(args) => cli::tema::run(args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_option_has_an_indonesian_help() {
        use sopgen::bantuan::{opsi, tentang};
        let english = Cli::command();
        let text = |s: Option<&clap::builder::StyledStr>| s.map(ToString::to_string);
        let mut missing = Vec::new();
        let commands = std::iter::once((&english, ""))
            .chain(english.get_subcommands().map(|s| (s, s.get_name())));
        for (command, key) in commands {
            if !key.is_empty() {
                match tentang(key) {
                    Some(about) if Some(about.to_string()) != text(command.get_about()) => {}
                    _ => missing.push(key.to_string()),
                }
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                match opsi(key, id) {
                    Some((help, _)) if Some(help.to_string()) != text(arg.get_help()) => {}
                    _ => missing.push(format!("{} --{id}", command.get_name())),
                }
            }
        }
        assert!(missing.is_empty(), "no Indonesian help for: {missing:?}");

        // Rendered, hidden commands included, with no word of clap's
        // English left.
        let mut id = sopgen::bantuan::indonesia(Cli::command());
        let mut helps = vec![
            id.render_help().to_string(),
            id.render_long_help().to_string(),
        ];
        for sub in id.get_subcommands_mut() {
            helps.push(sub.render_help().to_string());
            helps.push(sub.render_long_help().to_string());
        }
        for help in helps {
            for english in [
                "Usage",
                "Options",
                "Commands",
                "Arguments",
                "default",
                "possible",
                "Print",
                "[OPTIONS]",
                "<DIR>",
            ] {
                assert!(!help.contains(english), "{english}:\n{help}");
            }
            assert!(help.contains("Cara pakai: sopgen"), "{help}");
        }
    }
}
