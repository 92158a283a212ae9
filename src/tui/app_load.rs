//! Loading into the `App`: reports arriving from the background loader, progress and
//! errors for the header, and reloads that keep each report's view state (folds, cursor,
//! shown section) by matching nodes on their heading path and title.
//!
//! A file that could not be read (or whose reading panicked) is listed all the same,
//! marked failed with its reason over an empty report, so the user sees which file it
//! was and why; a report whose figures or findings failed stays readable, marked too.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::corpus::LoadEvent;
use crate::report::Report;

use super::{App, Progress, ReportState};
use crate::tui::analysis::Job;
use crate::tui::sanitize::clean;

impl App {
    /// Start a reload: reports that come back replace their old selves, keeping folds.
    pub fn begin_reload(&mut self) {
        self.refreshed = Some(Vec::new());
        self.progress = Progress::default();
        self.load_errors.clear();
    }

    /// One event from the background loader.
    pub fn on_load(&mut self, event: LoadEvent) {
        match event {
            LoadEvent::Found(n) => self.progress.found = Some(n),
            LoadEvent::Loaded(report) => {
                self.progress.loaded += 1;
                self.add_report(Arc::new(*report));
            }
            LoadEvent::Reparsed(report) => self.replace_report(Arc::new(*report)),
            LoadEvent::Failed(e) => {
                self.progress.failed += 1;
                let message = e.to_string();
                // The row already names the file: its reason is the message without it.
                let prefix = format!("{}: ", crate::display::path(e.path()));
                let reason = message.strip_prefix(&prefix).unwrap_or(&message);
                self.add_failed(e.path(), clean(reason).into_owned());
                self.load_errors.push(clean(&message).into_owned());
            }
            LoadEvent::Done => {
                self.progress.done = true;
                if let Some(seen) = self.refreshed.take() {
                    self.drop_missing(&seen);
                    let n = self.reports.len();
                    self.set_message(format!("reloaded {n} reports"), false);
                }
                if let Some(first) = self.load_errors.first() {
                    let more = self.load_errors.len() - 1;
                    let text = if more > 0 {
                        format!("skipped {first} (and {more} more)")
                    } else {
                        format!("skipped {first}")
                    };
                    self.set_message(text, true);
                }
            }
        }
        self.fix_scroll();
    }

    fn add_report(&mut self, report: Arc<Report>) {
        // Figures and findings follow off the UI thread; the panels say so meanwhile.
        self.queue(Job::Analyze(report.clone()));
        if let Some(seen) = &mut self.refreshed {
            seen.push(report.path.clone());
            if let Some(old) = self
                .reports
                .iter_mut()
                .find(|r| r.report.path == report.path)
            {
                *old = carry_over(old, report);
                return;
            }
        }
        self.reports.push(ReportState::new(report));
        if self.selected.is_none() {
            self.selected = Some(self.reports.len() - 1);
        }
    }

    /// A report read again (with its site's chrome): it takes the place of the report
    /// with its path, keeping folds and cursor, and is analysed again.
    fn replace_report(&mut self, report: Arc<Report>) {
        let Some(old) = self
            .reports
            .iter_mut()
            .find(|r| r.report.path == report.path && r.failed.is_none())
        else {
            return;
        };
        *old = carry_over(old, report.clone());
        self.queue(Job::Analyze(report));
    }

    /// List a file that could not be read: an empty report marked failed.
    fn add_failed(&mut self, path: &Path, reason: String) {
        let mut rs = ReportState::new(Arc::new(crate::parse_report(
            path.to_path_buf(),
            String::new(),
        )));
        rs.failed = Some(reason);
        rs.figures = Some(Arc::new(Vec::new()));
        rs.findings = Some(Arc::new(Vec::new()));
        if let Some(seen) = &mut self.refreshed {
            seen.push(path.to_path_buf());
            if let Some(old) = self.reports.iter_mut().find(|r| r.report.path == path) {
                *old = rs;
                return;
            }
        }
        self.reports.push(rs);
        if self.selected.is_none() {
            self.selected = Some(self.reports.len() - 1);
        }
    }

    /// The figures or findings of a report could not be computed: it stays readable,
    /// marked failed, and its panels stop waiting.
    pub(super) fn analysis_failed(&mut self, report: &Arc<Report>, error: String) {
        let reason = clean(&format!("figures and findings failed: {error}")).into_owned();
        if let Some(rs) = self
            .reports
            .iter_mut()
            .find(|rs| Arc::ptr_eq(&rs.report, report))
        {
            rs.failed = Some(reason.clone());
            rs.figures = Some(Arc::new(Vec::new()));
            rs.findings = Some(Arc::new(Vec::new()));
        }
        let name = clean(&report.name).into_owned();
        self.set_message(format!("{name}: {reason}"), true);
    }

    /// Reports still waiting for their figures and findings, queued again (for a new
    /// analysis thread after the old one died).
    pub fn requeue_analysis(&mut self) {
        let waiting: Vec<Job> = self
            .reports
            .iter()
            .filter(|rs| rs.failed.is_none() && (rs.figures.is_none() || rs.findings.is_none()))
            .map(|rs| Job::Analyze(rs.report.clone()))
            .collect();
        for job in waiting {
            self.queue(job);
        }
    }

    fn drop_missing(&mut self, seen: &[PathBuf]) {
        let selected_path = self.current().map(|r| r.report.path.clone());
        let seen: HashSet<&PathBuf> = seen.iter().collect();
        self.reports.retain(|r| seen.contains(&r.report.path));
        self.selected = selected_path
            .and_then(|p| self.reports.iter().position(|r| r.report.path == p))
            .or(if self.reports.is_empty() {
                None
            } else {
                Some(0)
            });
    }
}

/// The view state of `old` moved onto a freshly loaded version of its report: nodes are
/// matched by heading path and title, so folds and the cursor survive edits that shift
/// lines.
pub(super) fn carry_over(old: &ReportState, report: Arc<Report>) -> ReportState {
    let key = |r: &Report, i: usize| (r.heading_path_label(i), r.nodes[i].title.clone());
    // The first new node with each key, looked up once per old node: a report of
    // thousands of headings reloads in time linear in them, not quadratic.
    let mut by_key: HashMap<(String, String), usize> = HashMap::with_capacity(report.nodes.len());
    for j in 0..report.nodes.len() {
        by_key.entry(key(&report, j)).or_insert(j);
    }
    let find = |i: usize| by_key.get(&key(&old.report, i)).copied();
    let mut new = ReportState::new(report.clone());
    for (i, &folded) in old.tree.folded.iter().enumerate() {
        if folded {
            if let Some(j) = find(i) {
                new.tree.folded[j] = true;
            }
        }
    }
    if !old.report.nodes.is_empty() {
        new.tree.cursor = find(old.tree.cursor).unwrap_or(0);
    }
    new.shown = old.shown.and_then(find);
    new.content_top = match (old.shown, new.shown) {
        (Some(o), Some(n)) => {
            let delta = old
                .content_top
                .saturating_sub(old.report.nodes[o].span.start);
            let span = &report.nodes[n].span;
            let mut top = (span.start + delta).min(span.end);
            while !report.text.is_char_boundary(top) {
                top -= 1;
            }
            top
        }
        _ => 0,
    };
    new.emphasis.clear();
    new.figure_count = None;
    new
}
