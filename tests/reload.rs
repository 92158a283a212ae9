//! Live reload: a watched report written on disk is seen, re-read, re-parsed and
//! re-linted; a removed one is reported. Waits are bounded (`recv_timeout` up to a
//! deadline), never fixed sleeps.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use baogao::watch::{self, WatchEvent, Watcher};

const DEBOUNCE: Duration = Duration::from_millis(50);
const DEADLINE: Duration = Duration::from_secs(5);

/// Wait for an event matching `want`, skipping others, up to the deadline.
fn wait_for(rx: &Receiver<WatchEvent>, want: impl Fn(&WatchEvent) -> bool) -> WatchEvent {
    let end = Instant::now() + DEADLINE;
    let mut seen = Vec::new();
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(e) if want(&e) => return e,
            Ok(e) => seen.push(e),
            Err(_) => break,
        }
    }
    panic!("no matching event within {DEADLINE:?}; saw {seen:?}");
}

fn changed(path: &Path) -> impl Fn(&WatchEvent) -> bool + '_ {
    move |e| *e == WatchEvent::Changed(path.to_path_buf())
}

const DRAFT: &str = "一、主要举措和成效\n(一)依法行政\n工作。\n";

#[test]
fn a_saved_file_is_reloaded_and_relinted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("草稿.txt");
    fs::write(&path, DRAFT).unwrap();
    let (_watcher, rx) = Watcher::new(std::slice::from_ref(&path), DEBOUNCE).unwrap();
    let before = watch::reload(&path).unwrap();
    assert_eq!(before.report.nodes.len(), 2);

    // Written in place.
    fs::write(&path, format!("{DRAFT}(三)深化“”改革\n")).unwrap();
    wait_for(&rx, changed(&path));
    let after = watch::reload(&path).unwrap();
    assert_eq!(after.report.nodes.len(), 3);
    let rules: Vec<&str> = after.findings.iter().map(|d| d.rule.as_str()).collect();
    assert!(rules.contains(&"numbering-gap"), "{rules:?}");
    assert!(rules.contains(&"empty-quotes"), "{rules:?}");

    // Saved the way editors do: a new file renamed over the old one.
    let tmp = dir.path().join("草稿.txt.tmp");
    fs::write(&tmp, format!("{DRAFT}(二)严格执法\n")).unwrap();
    fs::rename(&tmp, &path).unwrap();
    wait_for(&rx, changed(&path));
    let again = watch::reload(&path).unwrap();
    assert_eq!(again.report.nodes[2].title, "严格执法");
    assert!(again.findings.iter().all(|d| d.rule != "numbering-gap"));
}

#[test]
fn a_removed_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    let other = dir.path().join("notes.txt");
    fs::write(&path, DRAFT).unwrap();
    fs::write(&other, DRAFT).unwrap();
    let (_watcher, rx) = Watcher::new(std::slice::from_ref(&path), DEBOUNCE).unwrap();
    // A neighbour that is not watched says nothing; the watched file's removal does.
    fs::write(&other, "变了").unwrap();
    fs::remove_file(&path).unwrap();
    let event = wait_for(&rx, |e| !matches!(e, WatchEvent::Error(_)));
    assert_eq!(event, WatchEvent::Removed(path.clone()));
    assert!(watch::reload(&path).is_err());
}

#[test]
fn report_files_under_a_watched_folder_are_seen() {
    let dir = tempfile::tempdir().unwrap();
    let folder: PathBuf = dir.path().join("reports");
    fs::create_dir_all(folder.join("2023")).unwrap();
    let (_watcher, rx) = Watcher::new(std::slice::from_ref(&folder), DEBOUNCE).unwrap();
    let new = folder.join("2023").join("新.md");
    fs::write(folder.join("2023").join("image.png"), b"\x89PNG").unwrap();
    fs::write(&new, DRAFT).unwrap();
    let event = wait_for(&rx, |e| !matches!(e, WatchEvent::Error(_)));
    assert_eq!(event, WatchEvent::Changed(new.clone()));
    fs::remove_file(&new).unwrap();
    wait_for(&rx, |e| *e == WatchEvent::Removed(new.clone()));
}

#[test]
fn reading_a_watched_file_is_not_a_change() {
    // The reload itself opens and reads the file: if reading counted as a change, a
    // viewer would reload for ever.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    fs::write(&path, DRAFT).unwrap();
    let (_watcher, rx) = Watcher::new(std::slice::from_ref(&path), DEBOUNCE).unwrap();
    for _ in 0..3 {
        watch::reload(&path).unwrap();
    }
    // Several debounce intervals pass without an event …
    let quiet = rx.recv_timeout(DEBOUNCE * 8);
    assert!(quiet.is_err(), "a read was reported: {quiet:?}");
    // … and a real write still gets through.
    fs::write(&path, format!("{DRAFT}(二)严格执法\n")).unwrap();
    wait_for(&rx, changed(&path));
}

/// A folder of pages from one site: the lines the site repeats are clutter in the first
/// reading, and stay clutter when an edited file is read again with the report's site.
#[test]
fn an_edited_report_is_read_again_with_its_sites_chrome() {
    let dir = tempfile::tempdir().unwrap();
    for (name, dept) in [("a", "司法局"), ("b", "教育局"), ("c", "民政局")] {
        let text = format!(
            "某某县人民政府门户网站\n政务公开专栏\n某某县{dept}2022年度法治政府建设工作报告\n2022年,我局坚持依法行政,各项工作取得新成效,群众满意度持续提升。\n一、主要工作\n全年办理案件12件。\n"
        );
        fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    let loaded = baogao::corpus::load_all(&baogao::corpus::Origin::from_args(vec![dir
        .path()
        .to_path_buf()]));
    let first = &loaded.reports[0];
    assert!(first.meta.clutter_lines.contains(&2), "{:?}", first.meta);
    let site = first.site.clone();
    assert!(site.is_some());

    let edited = format!("{}二、存在的不足\n基层力量仍然薄弱。\n", first.text);
    fs::write(&first.path, edited).unwrap();
    let again = watch::reload_with(&first.path, site).unwrap();
    assert!(
        again.report.meta.clutter_lines.contains(&2),
        "{:?}",
        again.report.meta
    );
    assert_eq!(again.report.roots.len(), 2);
    // Without the site, the page alone does not tell its column name from text.
    let alone = watch::reload(&first.path).unwrap();
    assert!(!alone.report.meta.clutter_lines.contains(&2));
}
