//! Watching a site's sources: which changed paths matter (a small pure
//! function, tested), and a debounced watcher over `notify`, native where
//! it can be and polling where asked or where native events fail.

use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::content::load::is_ignored_name;

/// How long the sources must be quiet before a rebuild: editors save in
/// several steps (write a temp file, rename, touch).
pub const QUIET: Duration = Duration::from_millis(20);

/// Whether a change at `path` needs a rebuild: sources under content/,
/// templates/, static/ or themes/, and sopgen.toml; not editor temp and
/// swap files, hidden files, or anything else (the output, target/, .git).
pub fn matters(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    let Some(first) = parts.first() else {
        return false;
    };
    if parts.iter().any(|p| is_ignored_name(p)) {
        return false;
    }
    match *first {
        "sopgen.toml" => parts.len() == 1,
        // Under content/ only Markdown files and folders are read: another
        // file (a picture, an editor's backup `sop.md.bak`) changes nothing.
        "content" => match Path::new(parts[parts.len() - 1]).extension() {
            Some(ext) => ext == "md" || path.is_dir(),
            None => true,
        },
        "templates" | "static" | "themes" => true,
        _ => false,
    }
}

/// The changed paths worth naming in "Rebuilt after ...": Markdown files,
/// `sopgen.toml`, and other paths that exist now (a template, a folder).
/// A name gone again without a trace (an editor's temp file such as
/// `sedjcfdyJ`, written and renamed over the SOP) tells the author nothing.
pub fn worth_naming(root: &Path, changed: &[PathBuf]) -> Vec<String> {
    changed
        .iter()
        .filter(|rel| {
            rel.extension().is_some_and(|e| e == "md")
                || rel.as_os_str() == "sopgen.toml"
                || root.join(rel).exists()
        })
        .map(|rel| rel.display().to_string())
        .collect()
}

/// Paths that changed (relative to the site root), and whether a folder
/// appeared: files written into a new folder before the watcher saw the
/// folder raise no event of their own, so the caller looks again.
#[derive(Debug, Default)]
pub struct Change {
    pub paths: Vec<PathBuf>,
    pub new_folder: bool,
}

/// A running watcher; dropping it stops the watching.
pub struct Watching {
    _watcher: Box<dyn Watcher + Send>,
    events: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
    /// Whether it polls (native events unavailable or not trusted).
    pub polling: bool,
}

impl Watching {
    /// Watches the site's root (recursively). `poll` forces polling, for
    /// network drives and other places native events miss.
    pub fn start(root: &Path, poll: bool) -> notify::Result<Watching> {
        let (tx, rx) = channel();
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let native = if poll {
            None
        } else {
            notify::recommended_watcher(tx.clone()).ok()
        };
        let (mut watcher, polling): (Box<dyn Watcher + Send>, bool) = match native {
            Some(w) => (Box::new(w), false),
            None => {
                let config =
                    notify::Config::default().with_poll_interval(Duration::from_millis(300));
                (Box::new(notify::PollWatcher::new(tx, config)?), true)
            }
        };
        watcher.watch(&root, RecursiveMode::Recursive)?;
        Ok(Watching {
            _watcher: watcher,
            events: rx,
            root,
            polling,
        })
    }

    /// Why watching could not start, in the language of messages.
    pub fn reason(e: &notify::Error) -> String {
        if crate::bahasa::inggris() {
            return e.to_string();
        }
        match &e.kind {
            notify::ErrorKind::Io(io) => crate::terjemah::io(io),
            notify::ErrorKind::PathNotFound => "folder tidak ditemukan".to_string(),
            notify::ErrorKind::MaxFilesWatch => {
                "sistem sudah mencapai batas jumlah berkas yang dapat diawasi".to_string()
            }
            _ => e.to_string(),
        }
    }

    /// Blocks until some relevant change happened and the sources have
    /// been quiet for [`QUIET`]; returns the change, or `None` when the
    /// watcher stopped.
    pub fn next_change(&self) -> Option<Change> {
        let mut change = Change::default();
        loop {
            let event = if change.paths.is_empty() {
                self.events.recv().ok()?
            } else {
                match self.events.recv_timeout(QUIET) {
                    Ok(e) => e,
                    Err(RecvTimeoutError::Timeout) => return Some(change),
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            };
            let Ok(event) = event else { continue };
            if matches!(event.kind, notify::EventKind::Access(_)) {
                continue;
            }
            for path in event.paths {
                if matters(&self.root, &path) {
                    change.new_folder |=
                        matches!(event.kind, notify::EventKind::Create(_)) && path.is_dir();
                    let rel = path.strip_prefix(&self.root).unwrap_or(&path).to_path_buf();
                    if !change.paths.contains(&rel) {
                        change.paths.push(rel);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_matter() {
        let root = Path::new("/situs");
        let yes = [
            "content/dinsos/sop.md",
            "content/dinsos/_index.md",
            "content/baru",
            "sopgen.toml",
            "templates/sop.html",
            "static/logo.png",
            "themes/biru/static/aset/sopgen.css",
        ];
        for p in yes {
            assert!(matters(root, &root.join(p)), "{p}");
        }
        let no = [
            "public/index.html",
            "target/debug/sopgen",
            ".git/index",
            "content/dinsos/.sop.md.swp",
            "content/dinsos/sop.md~",
            "content/dinsos/4913",
            "content/dinsos/.#sop.md",
            "content/dinsos/#sop.md#",
            "README.md",
            "other/sopgen.toml",
            "sopgen.toml.swp",
        ];
        for p in no {
            assert!(!matters(root, &root.join(p)), "{p}");
        }
        assert!(!matters(root, Path::new("/elsewhere/content/a.md")));
        assert!(!matters(root, root));
        assert!(!matters(root, &root.join("content/dinsos/sop.md.bak")));
        assert!(!matters(root, &root.join("content/dinsos/foto.png")));
    }

    #[test]
    fn only_paths_that_tell_the_author_something_are_named() {
        let root = std::env::temp_dir().join(format!("sopgen-naming-{}", std::process::id()));
        std::fs::create_dir_all(root.join("templates")).unwrap();
        std::fs::write(root.join("templates/sop.html"), "x").unwrap();
        let changed: Vec<PathBuf> = [
            "content/uji/sedjcfdyJ",
            "content/uji/a.md",
            "content/hilang.md",
            "templates/sop.html",
            "templates/gone.html",
            "sopgen.toml",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(
            worth_naming(&root, &changed),
            [
                "content/uji/a.md",
                "content/hilang.md",
                "templates/sop.html",
                "sopgen.toml"
            ]
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
