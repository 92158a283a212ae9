//! Live reload through the TUI's own parts, with the real file watcher and the real
//! analysis thread: a watched report rewritten on disk replaces its report in the app
//! with the same section shown and the status bar saying so; a removed one is marked.
//! Waits are bounded (`recv_timeout` up to a deadline), never fixed sleeps.

use std::fs;
use std::path::Path;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use baogao::tui::analysis::{Outcome, Worker};
use baogao::tui::App;
use baogao::watch::{WatchEvent, Watcher};

const DEBOUNCE: Duration = Duration::from_millis(50);
const DEADLINE: Duration = Duration::from_secs(10);

const DRAFT: &str = "关于2024年法治政府建设情况的报告\n\n一、总体情况\n全年办理行政复议案件12件。\n\n二、主要工作\n(一)完善制度\n制定规范性文件3件。\n(二)加强执法\n开展执法检查40次。\n培训执法人员200人次。\n三、存在的不足\n队伍力量不足。\n";

/// The next watcher event for `path` that `want` accepts, fed to the app the way the
/// event loop does; panics after the deadline.
fn feed_until(
    app: &mut App,
    rx: &Receiver<WatchEvent>,
    want: impl Fn(&WatchEvent) -> bool,
) -> WatchEvent {
    let end = Instant::now() + DEADLINE;
    let mut seen = Vec::new();
    while let Some(left) = end.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(e) if want(&e) => {
                match &e {
                    WatchEvent::Changed(p) => app.on_file_changed(p),
                    WatchEvent::Removed(p) => app.on_file_removed(p),
                    WatchEvent::Error(_) => {}
                }
                return e;
            }
            Ok(e) => seen.push(e),
            Err(_) => break,
        }
    }
    panic!("no matching event within {DEADLINE:?}; saw {seen:?}");
}

/// Hand the app's queued jobs to the worker and apply every result.
fn run_jobs(app: &mut App, worker: &Worker, outcomes: &Receiver<Outcome>) {
    let jobs = app.take_jobs();
    let n = jobs.len();
    for job in jobs {
        worker.submit(job);
    }
    for _ in 0..n {
        let outcome = outcomes
            .recv_timeout(DEADLINE * 3)
            .expect("analysis result");
        app.on_analysis(outcome);
    }
}

/// Write `text` the way editors save: a new file renamed over the old one.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp~");
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_saved_report_is_reloaded_in_place_and_a_deleted_one_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("草稿.txt");
    fs::write(&path, DRAFT).unwrap();
    let report = baogao::parse_report(path.clone(), DRAFT);
    let mut app = App::with_reports(vec![report], false, (120, 40));
    let (worker, outcomes) = Worker::spawn().unwrap();
    run_jobs(&mut app, &worker, &outcomes);
    assert!(app.reports[0].figures.is_some());

    // Show 二、(二), one line into it.
    let rs = app.current().unwrap();
    let node = rs
        .report
        .nodes
        .iter()
        .position(|n| n.number == "(二)")
        .unwrap();
    let title = rs.report.nodes[node].title.clone();
    let into = rs.report.line_range(rs.report.nodes[node].line + 1).start;
    let delta = into - rs.report.nodes[node].span.start;
    app.jump_to(0, into);

    let (_watcher, events) = Watcher::new(std::slice::from_ref(&path), DEBOUNCE).unwrap();
    let edited = DRAFT.replace("一、总体情况\n", "一、总体情况\n本年度新增一段说明。\n");
    save(&path, &edited);
    feed_until(&mut app, &events, |e| {
        *e == WatchEvent::Changed(path.clone())
    });
    run_jobs(&mut app, &worker, &outcomes);

    let rs = app.current().unwrap();
    assert!(rs.report.text.contains("本年度新增一段说明"));
    let shown = rs.shown.expect("a section is still shown");
    assert_eq!(rs.report.nodes[shown].title, title, "the same heading");
    assert_eq!(
        rs.content_top - rs.report.nodes[shown].span.start,
        delta,
        "the same distance into it"
    );
    assert!(rs.figures.is_some() && rs.findings.is_some());
    assert_eq!(app.message.as_ref().unwrap().text, "reloaded 草稿");

    fs::remove_file(&path).unwrap();
    feed_until(&mut app, &events, |e| {
        *e == WatchEvent::Removed(path.clone())
    });
    assert_eq!(app.reports.len(), 1, "kept, not dropped");
    assert!(app.reports[0].missing);
    assert!(app.message.as_ref().unwrap().text.contains("removed"));
}
