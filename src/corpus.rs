//! A set of reports: where they come from, and loading them (all at once for the CLI,
//! one by one in the background for the TUI, so the first frame never waits).
//!
//! Each file is read and parsed under `contain::catch`: a defect that panics on one
//! report makes that report a `LoadError::Internal`, and the others are still read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::thread;

use crate::contain;
use crate::load::{self, LoadError, Walk};
use crate::report::Report;
use crate::samples;

/// Where the reports of a session come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The sample reports compiled into the binary.
    Samples,
    /// Files and folders named by the user.
    Paths(Vec<PathBuf>),
}

impl Origin {
    /// No paths means the bundled samples.
    pub fn from_args(paths: Vec<PathBuf>) -> Self {
        if paths.is_empty() {
            Origin::Samples
        } else {
            Origin::Paths(paths)
        }
    }
}

/// One step of loading.
#[derive(Debug)]
pub enum LoadEvent {
    /// How many files will be read (sent first).
    Found(usize),
    Loaded(Box<Report>),
    Failed(LoadError),
    /// A report loaded before, read again with the lines its site repeats across the
    /// folder taken for clutter (`parse::site`); sent after the last file, before
    /// `Done`, so the first reports show without waiting for all.
    Reparsed(Box<Report>),
    Done,
}

/// Load every report of `origin` in order, calling `each` as each one is ready.
pub fn load_each(origin: &Origin, each: impl FnMut(LoadEvent)) {
    load_each_with(origin, Walk::default(), each);
}

/// `load_each`, walking folders as `walk` says. After the last file, the reports of
/// each folder that share lines their site repeats are read again with those lines
/// taken for clutter (`parse::site`) and sent as `Reparsed`, before `Done`.
pub fn load_each_with(origin: &Origin, walk: Walk, mut each: impl FnMut(LoadEvent)) {
    // The texts read, to learn each folder's site chrome from at the end.
    let mut texts: Vec<(PathBuf, Arc<str>)> = Vec::new();
    read_each(origin, walk, |event| {
        if let LoadEvent::Loaded(r) = &event {
            texts.push((r.path.clone(), r.text.clone()));
        }
        each(event);
    });
    reparse_with_site_chrome(&texts, &mut each);
    each(LoadEvent::Done);
}

/// Read every file of `origin` in order: `Found`, then one event per file.
fn read_each(origin: &Origin, walk: Walk, mut each: impl FnMut(LoadEvent)) {
    match origin {
        Origin::Samples => {
            each(LoadEvent::Found(samples::FILES.len()));
            for (name, bytes) in samples::FILES {
                let path = samples::path_of(name);
                each(contained(&path, || {
                    contain::test_trigger("load", &path);
                    samples::parse(name, bytes)
                }));
            }
        }
        Origin::Paths(paths) => {
            let (files, errors) = load::discover_with(paths, walk);
            each(LoadEvent::Found(files.len()));
            for e in errors {
                each(LoadEvent::Failed(e));
            }
            for path in files {
                each(load_one(&path));
            }
        }
    }
}

/// Read and parse one file; a panic on the way fails this file only.
pub fn load_one(path: &Path) -> LoadEvent {
    contained(path, || {
        let source = load::load_file(path)?;
        contain::test_trigger("load", path);
        Ok(crate::parse_report(source.path, source.text))
    })
}

fn contained(path: &Path, read: impl FnOnce() -> Result<Report, LoadError>) -> LoadEvent {
    match contain::catch(read) {
        Ok(Ok(report)) => LoadEvent::Loaded(Box::new(report)),
        Ok(Err(e)) => LoadEvent::Failed(e),
        Err(message) => LoadEvent::Failed(LoadError::Internal {
            path: path.to_path_buf(),
            message,
        }),
    }
}

/// Reports loaded, and the files that could not be.
#[derive(Debug, Default)]
pub struct Loaded {
    pub reports: Vec<Report>,
    pub errors: Vec<LoadError>,
}

/// Load everything, blocking, each report in its reading with its site's chrome.
pub fn load_all(origin: &Origin) -> Loaded {
    load_all_with(origin, Walk::default())
}

/// `load_all`, walking folders as `walk` says.
pub fn load_all_with(origin: &Origin, walk: Walk) -> Loaded {
    let mut loaded = Loaded::default();
    let mut at: HashMap<PathBuf, usize> = HashMap::new();
    load_each_with(origin, walk, |event| match event {
        LoadEvent::Loaded(report) => {
            at.insert(report.path.clone(), loaded.reports.len());
            loaded.reports.push(*report);
        }
        LoadEvent::Reparsed(report) => {
            if let Some(&i) = at.get(&report.path) {
                loaded.reports[i] = *report;
            }
        }
        LoadEvent::Failed(e) => loaded.errors.push(e),
        LoadEvent::Found(_) | LoadEvent::Done => {}
    });
    loaded
}

/// Load in a background thread; events arrive on the returned channel, ending with
/// `Done`.
pub fn load_in_background(origin: Origin) -> mpsc::Receiver<LoadEvent> {
    load_in_background_with(origin, Walk::default())
}

/// `load_in_background`, walking folders as `walk` says.
pub fn load_in_background_with(origin: Origin, walk: Walk) -> mpsc::Receiver<LoadEvent> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        load_each_with(&origin, walk, |event| {
            // The receiver is gone when the UI quit while loading; nothing to do then.
            let _ = tx.send(event);
        });
    });
    rx
}

/// Send a `Reparsed` report for each text whose folder shares site chrome; a panic
/// while reading one again leaves its first reading in place.
fn reparse_with_site_chrome(texts: &[(PathBuf, Arc<str>)], mut send: impl FnMut(LoadEvent)) {
    let views: Vec<(&Path, &str)> = texts.iter().map(|(p, t)| (p.as_path(), &**t)).collect();
    let chrome = match contain::catch(|| crate::parse::site::chrome_per_report(&views)) {
        Ok(chrome) => chrome,
        Err(_) => return,
    };
    for ((path, text), chrome) in texts.iter().zip(chrome) {
        let Some(chrome) = chrome else { continue };
        let reread = contain::catch(|| {
            crate::parse::parse_report_with(path.clone(), text.clone(), Some(chrome.clone()))
        });
        if let Ok(report) = reread {
            send(LoadEvent::Reparsed(Box::new(report)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_load_in_order() {
        let loaded = load_all(&Origin::Samples);
        assert!(loaded.errors.is_empty());
        let names: Vec<_> = loaded.reports.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "dandong-2021",
                "houma-2023",
                "puyang-2019",
                "shunyi-2023",
                "xiangcheng-2020"
            ]
        );
    }

    #[test]
    fn background_loading_learns_a_sites_chrome_before_done() {
        let dir = tempfile::tempdir().unwrap();
        for (name, dept) in [("a", "司法局"), ("b", "教育局"), ("c", "民政局")] {
            let page = format!(
                "某某县人民政府\n政务公开专栏\n某某县{dept}2022年度法治政府建设工作报告\n2022年,我局坚持依法行政,各项工作取得新成效。\n一、主要工作\n全年办理案件12件。\n网站维护:县政府办公室\n"
            );
            std::fs::write(dir.path().join(format!("{name}.txt")), page).unwrap();
        }
        let rx = load_in_background(Origin::Paths(vec![dir.path().to_path_buf()]));
        let events: Vec<LoadEvent> = rx.iter().collect();
        let reparsed: Vec<&Report> = events
            .iter()
            .filter_map(|e| match e {
                LoadEvent::Reparsed(r) => Some(&**r),
                _ => None,
            })
            .collect();
        assert_eq!(reparsed.len(), 3);
        let first_readings = events.iter().filter_map(|e| match e {
            LoadEvent::Loaded(r) => Some(&r.meta.clutter_lines),
            _ => None,
        });
        for clutter in first_readings {
            assert!(!clutter.contains(&2), "{clutter:?}");
        }
        // Line 2 (政务公开专栏) is chrome only the site tells; the first reading kept it.
        for r in &reparsed {
            assert!(
                r.meta.clutter_lines.contains(&2),
                "{:?}",
                r.meta.clutter_lines
            );
        }
        assert!(matches!(events.last(), Some(LoadEvent::Done)));
        // The same as the blocking loader reads them.
        let all = load_all(&Origin::Paths(vec![dir.path().to_path_buf()]));
        let blocking: Vec<&Vec<usize>> =
            all.reports.iter().map(|r| &r.meta.clutter_lines).collect();
        let background: Vec<&Vec<usize>> = reparsed.iter().map(|r| &r.meta.clutter_lines).collect();
        assert_eq!(blocking, background);
    }

    #[test]
    fn background_loading_reports_progress_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.txt"),
            "一、总体情况\n全年办理案件4件。\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("b.txt"), "").unwrap();
        let rx = load_in_background(Origin::Paths(vec![dir.path().to_path_buf()]));
        let events: Vec<LoadEvent> = rx.iter().collect();
        assert!(matches!(events[0], LoadEvent::Found(2)));
        assert_eq!(
            events
                .iter()
                .filter(|e| matches!(e, LoadEvent::Loaded(_)))
                .count(),
            1
        );
        assert_eq!(
            events
                .iter()
                .filter(|e| matches!(e, LoadEvent::Failed(_)))
                .count(),
            1
        );
        assert!(matches!(events.last(), Some(LoadEvent::Done)));
    }

    #[test]
    fn a_report_that_panics_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "一、总体情况\n").unwrap();
        // A path whose parse panics cannot be made from outside, so the contained
        // closure is driven directly: the message names the file and the panic.
        let event = contained(&dir.path().join("a.txt"), || panic!("boom {}", 42));
        match event {
            LoadEvent::Failed(e @ LoadError::Internal { .. }) => {
                let msg = e.to_string();
                assert!(
                    msg.contains("a.txt: failed: internal error: boom 42"),
                    "{msg}"
                );
            }
            other => panic!("{other:?}"),
        }
        let loaded = load_all(&Origin::Paths(vec![dir.path().to_path_buf()]));
        assert_eq!(loaded.reports.len(), 1);
    }
}
