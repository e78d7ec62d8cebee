//! `sopgen serve` from the terminal: the first build, the server, and with
//! `--watch` the loop that rebuilds on every change and says what changed,
//! warnings included.

use std::collections::HashSet;
use std::process::ExitCode;

use super::watch::Watching;
use super::{Options, State, bind, new_state, open_browser, rebuild, start_workers};
use crate::diagnostic::{self, Diagnostic, report_with_summary};

pub fn run(options: &Options, open: bool, color: bool) -> ExitCode {
    let state = new_state();
    // Watch before the first build, so that no change is missed between
    // the build and the watching.
    let watching = if options.watch {
        let Some(w) = start_watching(options) else {
            return ExitCode::FAILURE;
        };
        Some(w)
    } else {
        None
    };
    let (diags, ok, took) = rebuild(options, &state);
    report_with_summary(&diags, color, ok);
    let said = if ok { lines_of(&diags) } else { HashSet::new() };
    if ok {
        let ms = took.as_millis();
        println!(
            "{}",
            crate::pesan!("Dibangun dalam {ms} ms", "Built in {ms} ms")
        );
    } else {
        eprintln!(
            "{}",
            crate::pesan!(
                "Build gagal: peramban menampilkan kesalahannya sampai diperbaiki.",
                "The build failed: the browser shows the errors until they are fixed."
            )
        );
    }
    let (server, addr) = match bind(options) {
        Ok(bound) => bound,
        Err(message) => {
            eprintln!(
                "{}",
                crate::pesan!("kesalahan: {message}", "error: {message}")
            );
            return ExitCode::FAILURE;
        }
    };
    let url = format!("http://{addr}/");
    start_workers(
        std::sync::Arc::new(server),
        std::sync::Arc::clone(&state),
        8,
    );
    let shown = options.root.display();
    let watching_note = match options.watch {
        true => crate::pesan!(" (mengawasi perubahan)", " (watching for changes)"),
        false => String::new(),
    };
    println!(
        "{}",
        crate::pesan!(
            "Menyajikan {shown} di {url}{watching_note}",
            "Serving {shown} at {url}{watching_note}"
        )
    );
    println!(
        "{}",
        crate::pesan!(
            "Tekan Ctrl-C untuk berhenti; tidak ada yang ditulis ke disk.",
            "Press Ctrl-C to stop; nothing is written to disk."
        )
    );
    if open && let Err(message) = open_browser(&url) {
        eprintln!("{}", crate::pesan!("catatan: {message}", "note: {message}"));
    }
    let Some(watching) = watching else {
        loop {
            std::thread::park();
        }
    };
    watch_loop(options, &state, &watching, color, said);
    ExitCode::SUCCESS
}

/// The watcher of the site's sources, saying when it polls; `None` (said
/// why) when the sources cannot be watched.
fn start_watching(options: &Options) -> Option<Watching> {
    match Watching::start(&options.root, options.poll) {
        Ok(w) => {
            if w.polling && !options.poll {
                eprintln!(
                    "{}",
                    crate::pesan!(
                        "catatan: pemberitahuan perubahan berkas tidak tersedia di sini; perubahan diperiksa berkala (polling)",
                        "note: change events are not available here; watching by polling"
                    )
                );
            }
            Some(w)
        }
        Err(e) => {
            let (shown, e) = (options.root.display(), Watching::reason(&e));
            eprintln!(
                "{}",
                crate::pesan!(
                    "kesalahan: {shown} tidak dapat diawasi: {e}; coba --poll",
                    "error: cannot watch {shown}: {e}; try --poll"
                )
            );
            None
        }
    }
}

/// Rebuilds on every change until the watcher stops, saying what changed
/// and what the rebuild found.
fn watch_loop(
    options: &Options,
    state: &State,
    watching: &Watching,
    color: bool,
    mut said: HashSet<String>,
) {
    while let Some(change) = watching.next_change() {
        let changed = crate::serve::watch::worth_naming(&options.root, &change.paths);
        let names: Vec<String> = changed.iter().take(3).cloned().collect();
        let (diags, ok, took) = rebuild(options, state);
        report_rebuild(&diags, color, ok, &mut said, false);
        let more = if changed.len() > 3 {
            let others = changed.len() - 3;
            crate::pesan!(" dan {others} lainnya", " and {others} more")
        } else {
            String::new()
        };
        let (names, ms) = (names.join(", "), took.as_millis());
        if ok && changed.is_empty() {
            println!(
                "{}",
                crate::pesan!("Dibangun ulang dalam {ms} ms", "Rebuilt in {ms} ms")
            );
        } else if ok {
            println!(
                "{}",
                crate::pesan!(
                    "Dibangun ulang setelah {names}{more} berubah, dalam {ms} ms",
                    "Rebuilt after {names}{more} in {ms} ms"
                )
            );
        } else {
            eprintln!(
                "{}",
                crate::pesan!(
                    "Build gagal setelah {names}{more} berubah; build terakhir yang berhasil tetap disajikan",
                    "Build failed after {names}{more}; still serving the last good build"
                )
            );
        }
        if change.new_folder {
            // Files written into the new folder before it was watched raised
            // no event: look once more, shortly.
            std::thread::sleep(std::time::Duration::from_millis(150));
            let (diags, ok, _) = rebuild(options, state);
            report_rebuild(&diags, color, ok, &mut said, true);
        }
    }
}

/// `serve --watch` on a rebuild: the warnings that were not there before
/// (a large catalogue's thousands, printed on every save, would bury the
/// one the save just made), then a count. A failed build is reported in
/// full. `said` holds the warnings of the last good build, a line each;
/// with `quiet`, nothing is said when they are the same.
fn report_rebuild(
    diags: &[Diagnostic],
    color: bool,
    ok: bool,
    said: &mut HashSet<String>,
    quiet: bool,
) {
    if !ok {
        report_with_summary(diags, color, false);
        return;
    }
    let fresh: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| !said.contains(&d.render_short(false)))
        .cloned()
        .collect();
    let now = lines_of(diags);
    let gone = said.difference(&now).count();
    diagnostic::report(&fresh, color, true);
    let same = fresh.is_empty() && gone == 0;
    if !same || (!quiet && !diags.is_empty()) {
        let (n, new) = (diags.len(), fresh.len());
        let s = if n == 1 { "" } else { "s" };
        eprintln!(
            "{}",
            crate::pesan!(
                "{n} peringatan ({new} baru, {gone} hilang); `sopgen check` menampilkannya selengkapnya",
                "{n} warning{s} ({new} new, {gone} gone); `sopgen check` shows them in full"
            )
        );
    }
    *said = now;
}

/// Each diagnostic as its one line, without colour: what
/// [`report_rebuild`] compares from one build to the next.
fn lines_of(diags: &[Diagnostic]) -> HashSet<String> {
    diags.iter().map(|d| d.render_short(false)).collect()
}
