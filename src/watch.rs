//! Live reload: watch report files and folders, and re-read a report when it changes.
//!
//! Files are watched through their folder, not their inode: editors save by writing a
//! new file and renaming it over the old one, which a watch on the old inode would lose.
//! Events are debounced (one per path per interval, notify-debouncer-mini), filtered to
//! the files asked for (or report files under a watched folder), and reported as
//! `Changed` or `Removed` by whether the path still exists, so a file that disappears is
//! reported and never silently dropped. A file whose modification time and size are what
//! they were is not reported: opening a file to read it (as `reload` does) raises events
//! too, and a viewer that took those for changes would reload for ever. `reload` re-reads, re-parses and re-lints one
//! file; what to keep in view across a reload is the caller's business.
//!
//! Symbolic links under a watched folder are followed only when the walk follows them
//! (`--follow`), as for loading: a link loop must not make the watcher walk for ever.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::{Duration, SystemTime};

use notify_debouncer_mini::notify::{self, RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer_opt, DebounceEventResult, Debouncer};

use crate::contain;
use crate::lint;
use crate::load::{self, LoadError, Walk};
use crate::report::{Diagnostic, Report};

/// The default debounce interval: long enough to fold an editor's write-rename-chmod
/// burst into one event, short enough to feel immediate.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// Something happened to a watched report file. Paths are as the caller gave them (a
/// file), or the caller's folder joined with the file's place under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchEvent {
    /// The file was written (or created, or renamed into place).
    Changed(PathBuf),
    /// The file is gone (deleted, or renamed away).
    Removed(PathBuf),
    /// The watcher reported an error; watching goes on.
    Error(String),
}

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("{}: no such file or folder", .0.display())]
    Missing(PathBuf),
    #[error("cannot watch {}: {source}", path.display())]
    Notify {
        path: PathBuf,
        #[source]
        source: notify::Error,
    },
}

/// What the watcher looks for: files by their canonical path, folders by their
/// canonical path, each with the path the caller used.
#[derive(Debug, Default, Clone)]
struct Targets {
    files: HashMap<PathBuf, PathBuf>,
    folders: Vec<(PathBuf, PathBuf)>,
}

impl Targets {
    /// The caller's path for an event path, if the event concerns a watched report.
    fn resolve(&self, path: &Path) -> Option<PathBuf> {
        if let Some(original) = self.files.get(path) {
            return Some(original.clone());
        }
        self.folders.iter().find_map(|(canon, original)| {
            let rel = path.strip_prefix(canon).ok()?;
            let hidden = rel
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            (!hidden && load::is_report_file(path)).then(|| original.join(rel))
        })
    }
}

/// A running watch. Dropping it stops watching.
pub struct Watcher {
    _debouncer: Debouncer<RecommendedWatcher>,
}

impl Watcher {
    /// Watch `paths` (files or folders, folders recursively), calling `handler` on the
    /// watcher's thread for each event.
    pub fn with_handler(
        paths: &[PathBuf],
        debounce: Duration,
        handler: impl FnMut(WatchEvent) + Send + 'static,
    ) -> Result<Watcher, WatchError> {
        Self::with_handler_walk(paths, debounce, Walk::default(), handler)
    }

    /// `with_handler`, following links under watched folders only as `walk` says.
    pub fn with_handler_walk(
        paths: &[PathBuf],
        debounce: Duration,
        walk: Walk,
        mut handler: impl FnMut(WatchEvent) + Send + 'static,
    ) -> Result<Watcher, WatchError> {
        let mut targets = Targets::default();
        // Folders to watch: (path, recursive).
        let mut watch: Vec<(PathBuf, RecursiveMode)> = Vec::new();
        for path in paths {
            let canon = path
                .canonicalize()
                .map_err(|_| WatchError::Missing(path.clone()))?;
            if canon.is_dir() {
                targets.folders.push((canon.clone(), path.clone()));
                watch.push((canon, RecursiveMode::Recursive));
            } else {
                let parent = canon.parent().unwrap_or(Path::new("/")).to_path_buf();
                targets.files.insert(canon, path.clone());
                if !watch.iter().any(|(p, _)| *p == parent) {
                    watch.push((parent, RecursiveMode::NonRecursive));
                }
            }
        }
        let seen = targets.clone();
        // The stamp of every file as last seen, so that events which change nothing (a
        // program opening the file to read it, as the reload itself does) are dropped:
        // the debouncer does not say what kind of event it folded.
        let mut stamps: HashMap<PathBuf, Stamp> = HashMap::new();
        for file in targets.files.keys() {
            if let Some(stamp) = Stamp::of(file) {
                stamps.insert(file.clone(), stamp);
            }
        }
        let folders: Vec<PathBuf> = targets.folders.iter().map(|(c, _)| c.clone()).collect();
        for file in load::discover_with(&folders, walk).0 {
            if let Some(stamp) = Stamp::of(&file) {
                stamps.insert(file, stamp);
            }
        }
        let config = notify_debouncer_mini::Config::default()
            .with_timeout(debounce)
            .with_notify_config(notify::Config::default().with_follow_symlinks(walk.follow));
        let mut debouncer = new_debouncer_opt::<_, RecommendedWatcher>(
            config,
            move |result: DebounceEventResult| match result {
                Ok(events) => {
                    let mut done: Vec<PathBuf> = Vec::new();
                    for event in events {
                        let Some(path) = seen.resolve(&event.path) else {
                            continue;
                        };
                        if done.contains(&path) {
                            continue;
                        }
                        done.push(path.clone());
                        match Stamp::of(&event.path) {
                            Some(now) => {
                                if stamps.insert(event.path.clone(), now) != Some(now) {
                                    handler(WatchEvent::Changed(path));
                                }
                            }
                            None => {
                                if stamps.remove(&event.path).is_some() {
                                    handler(WatchEvent::Removed(path));
                                }
                            }
                        }
                    }
                }
                Err(e) => handler(WatchEvent::Error(e.to_string())),
            },
        )
        .map_err(|source| WatchError::Notify {
            path: paths.first().cloned().unwrap_or_default(),
            source,
        })?;
        for (path, mode) in watch {
            debouncer
                .watcher()
                .watch(&path, mode)
                .map_err(|source| WatchError::Notify { path, source })?;
        }
        Ok(Watcher {
            _debouncer: debouncer,
        })
    }

    /// Watch `paths`, delivering events on a channel.
    pub fn new(
        paths: &[PathBuf],
        debounce: Duration,
    ) -> Result<(Watcher, mpsc::Receiver<WatchEvent>), WatchError> {
        Self::new_with(paths, debounce, Walk::default())
    }

    /// `new`, following links under watched folders only as `walk` says.
    pub fn new_with(
        paths: &[PathBuf],
        debounce: Duration,
        walk: Walk,
    ) -> Result<(Watcher, mpsc::Receiver<WatchEvent>), WatchError> {
        let (tx, rx) = mpsc::channel();
        let watcher = Watcher::with_handler_walk(paths, debounce, walk, move |event| {
            // The receiver gone means nobody is listening any more; nothing to do.
            let _ = tx.send(event);
        })?;
        Ok((watcher, rx))
    }
}

/// What tells a written file from one that was only read: modification time and size.
/// Cheap to take (no read, so taking it raises no event).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub modified: Option<SystemTime>,
    pub len: u64,
}

impl Stamp {
    /// The file's stamp, or `None` when it is not there (or not a file).
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// A report read again from disk, with its figures and review findings.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub report: Report,
    pub figures: Vec<crate::indicators::Figure>,
    pub findings: Vec<Diagnostic>,
}

/// Re-read, re-parse, extract and re-lint one report file (the figure rules review the
/// figures extracted here); a panic on the way is this file's failure
/// (`LoadError::Internal`), not the caller's.
pub fn reload(path: &Path) -> Result<Reviewed, LoadError> {
    reload_with(path, None)
}

/// `reload`, taking the lines of `site` for clutter as the first reading did (the report's
/// `site`): an edit must not bring the site's header and footer back into the text.
pub fn reload_with(
    path: &Path,
    site: Option<Arc<crate::parse::site::SiteChrome>>,
) -> Result<Reviewed, LoadError> {
    let source = load::load_file(path)?;
    contain::catch(|| {
        let report = crate::parse::parse_report_with(source.path, source.text, site);
        let figures = crate::indicators::extract(&report);
        let findings = lint::check_given_figures(&report, &figures);
        Reviewed {
            report,
            figures,
            findings,
        }
    })
    .map_err(|message| LoadError::Internal {
        path: path.to_path_buf(),
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_files_and_report_files_under_folders() {
        let mut t = Targets::default();
        t.files.insert("/w/a.txt".into(), "a.txt".into());
        t.folders.push(("/w/d".into(), "d".into()));
        assert_eq!(t.resolve(Path::new("/w/a.txt")), Some("a.txt".into()));
        assert_eq!(t.resolve(Path::new("/w/b.txt")), None);
        assert_eq!(
            t.resolve(Path::new("/w/d/x/r.docx")),
            Some("d/x/r.docx".into())
        );
        assert_eq!(t.resolve(Path::new("/w/d/.r.txt.swp")), None);
        assert_eq!(t.resolve(Path::new("/w/d/.git/r.txt")), None);
        assert_eq!(t.resolve(Path::new("/w/d/r.pdf")), None);
    }

    #[test]
    fn a_missing_path_cannot_be_watched() {
        let err = Watcher::new(&["/no/such/报告.txt".into()], DEBOUNCE).err();
        assert!(matches!(err, Some(WatchError::Missing(_))));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_under_a_watched_folder_neither_hangs_nor_blows_up() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("reports");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("a.txt"), "一、总体情况\n").unwrap();
        std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
        for follow in [false, true] {
            let start = std::time::Instant::now();
            let watched = Watcher::new_with(std::slice::from_ref(&root), DEBOUNCE, Walk { follow });
            assert!(watched.is_ok(), "follow {follow}: {:?}", watched.err());
            assert!(start.elapsed() < Duration::from_secs(20), "follow {follow}");
        }
    }
}
