//! The figures, comparison and findings side of the `App`: which figures the panel
//! lists, jumping to a figure's sentence or a finding's line, `]e`/`[e`, the comparison
//! overlay, and the results of the analysis thread (figures, findings, files re-read
//! after a change on disk) arriving.

use std::path::Path;
use std::sync::Arc;

use crate::indicators::{self, Figure};
use crate::report::{Diagnostic, Report};
use crate::tui::action::{Action, Pane};
use crate::tui::analysis::{Job, Outcome, Reread};
use crate::tui::doc::EmphasisKind;
use crate::tui::findings_panel::{next_after, previous_before};
use crate::tui::layout;

use super::{App, Effect, ReportState};
use crate::tui::compare_chart::CompareChartState;

/// One figure across the open reports, for the comparison overlay.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub key: &'static str,
    pub title: String,
    pub comparison: crate::indicators::Comparison,
    pub chart: CompareChartState,
    /// Reports whose figures were still being computed when the view opened.
    pub pending: usize,
}

/// Where `]e`/`[e` last stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FindingStop {
    pub(super) report: usize,
    pub(super) finding: usize,
    /// (outline cursor, content top) right after the jump.
    pub(super) view: (usize, usize),
}

impl App {
    /// Jobs for the analysis thread queued since the last call.
    pub fn take_jobs(&mut self) -> Vec<Job> {
        std::mem::take(&mut self.jobs)
    }

    /// Run every queued job on this thread (tests and benches; the TUI uses a worker).
    pub fn analyze_now(&mut self) {
        for job in self.take_jobs() {
            self.on_analysis(crate::tui::analysis::run(job));
        }
    }

    pub(super) fn queue(&mut self, job: Job) {
        self.jobs.push(job);
    }

    /// Tab / Shift-Tab: the next pane that is on screen (on a narrow screen every pane
    /// takes its turn, the findings panel only while open).
    pub(super) fn focus_step(&mut self, forward: bool) {
        let mut pane = self.focus;
        for _ in 0..Pane::ALL.len() {
            pane = if forward { pane.next() } else { pane.prev() };
            let areas = layout::areas_with(
                self.size.0,
                self.size.1,
                pane,
                self.reports.len(),
                self.findings_open,
            );
            let reachable = if areas.is_narrow() {
                pane != Pane::Findings || self.findings_open
            } else {
                areas.pane(pane).is_some()
            };
            if reachable {
                self.focus = pane;
                return;
            }
        }
    }

    /// `R`: read every report again, unless they are the compiled-in samples.
    pub(super) fn reload(&mut self) {
        if self.samples {
            self.set_message(
                "the bundled samples are compiled in: nothing on disk to reload or watch",
                false,
            );
            return;
        }
        self.effects.push(Effect::Reload);
    }

    // ----- figures -----------------------------------------------------------------

    /// The figures the panel lists for a report: the shown section's, or all of them
    /// (`None` while they are being computed).
    pub fn figure_list<'a>(&self, rs: &'a ReportState) -> Option<Vec<&'a Figure>> {
        let figures = rs.figures.as_deref()?;
        Some(match rs.shown {
            Some(node) if !self.figures_whole => indicators::in_section(&rs.report, figures, node),
            _ => figures.iter().collect(),
        })
    }

    /// The figure under the panel's selection.
    pub fn selected_figure(&self) -> Option<Figure> {
        let rs = self.current()?;
        let list = self.figure_list(rs)?;
        // The panel draws the first row selected until a key moves it.
        let i = self.figure_panel.borrow().selected().unwrap_or(0);
        list.get(i.min(list.len().saturating_sub(1)))
            .map(|f| (*f).clone())
    }

    fn figure_count_listed(&self) -> usize {
        self.current()
            .and_then(|rs| self.figure_list(rs))
            .map_or(0, |l| l.len())
    }

    pub(super) fn figure_motion(&mut self, motion: Action) {
        let height = self.pane_size(Pane::Figures).map(|s| s.1).unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        let len = self.figure_count_listed();
        let panel = self.figure_panel.get_mut();
        if len == 0 {
            panel.select(None);
            return;
        }
        let now = panel.selected().unwrap_or(0) as isize;
        let next = now.saturating_add(delta).clamp(0, len as isize - 1);
        panel.select(Some(next as usize));
    }

    /// `a` in the figures pane: the whole report's figures, or the section's again.
    pub(super) fn toggle_whole_report(&mut self) {
        self.figures_whole = !self.figures_whole;
        self.figure_panel.get_mut().select(Some(0));
        let what = if self.figures_whole {
            "figures of the whole report"
        } else {
            "figures of the shown section"
        };
        self.set_message(what, false);
    }

    /// Enter in the figures pane: scroll the content pane to the figure's sentence and
    /// highlight it. The shown section stays when it holds the sentence, so the list
    /// being walked does not change under the cursor.
    pub(super) fn figure_jump(&mut self) {
        let (Some(index), Some(figure)) = (self.selected, self.selected_figure()) else {
            return;
        };
        let before = self.current().map(|rs| rs.shown);
        self.jump_to(index, figure.sentence.start);
        if let (Some(shown), Some(rs)) = (before, self.reports.get_mut(index)) {
            let holds = match shown {
                Some(n) => rs
                    .report
                    .nodes
                    .get(n)
                    .is_some_and(|n| n.span.contains(&figure.sentence.start)),
                None => true,
            };
            if holds {
                rs.shown = shown;
            }
        }
        self.set_emphasis(index, EmphasisKind::Focus, vec![figure.sentence.clone()]);
    }

    /// `c` on a figure: that figure across every open report, by its canonical key.
    pub(super) fn open_compare(&mut self) {
        let (Some(index), Some(figure)) = (self.selected, self.selected_figure()) else {
            return;
        };
        if figure.key.is_none() {
            let subject = figure.subject.clone();
            self.set_message(
                format!("“{subject}” has no canonical metric: nothing to compare across reports"),
                true,
            );
            return;
        }
        let mut ready: Vec<(&Report, &[Figure])> = Vec::new();
        let mut at = None;
        for (i, rs) in self.reports.iter().enumerate() {
            if let Some(figures) = rs.figures.as_deref() {
                if i == index {
                    at = Some(ready.len());
                }
                ready.push((&*rs.report, figures.as_slice()));
            }
        }
        let Some(comparison) = at.and_then(|at| indicators::compare(&ready, at, &figure)) else {
            return;
        };
        let pending = self.reports.len() - ready.len();
        let key = comparison.key;
        let name = indicators::keys::get(key).map_or("", |k| k.name);
        self.compare = Some(CompareView {
            key,
            title: format!("{key} {name} · {}", figure.subject),
            comparison,
            chart: Default::default(),
            pending,
        });
    }

    // ----- findings ----------------------------------------------------------------

    /// The current report's findings (`None` while being computed).
    pub fn current_findings(&self) -> Option<Arc<Vec<Diagnostic>>> {
        self.current().and_then(|rs| rs.findings.clone())
    }

    pub(super) fn toggle_findings(&mut self) {
        self.findings_open = !self.findings_open;
        if self.findings_open {
            self.focus = Pane::Findings;
            let len = self.current_findings().map_or(0, |f| f.len());
            let panel = self.findings_panel.get_mut();
            if panel.selected().is_none() {
                panel.select(Some(0), len);
            }
        } else if self.focus == Pane::Findings {
            self.focus = Pane::Content;
        }
    }

    pub(super) fn findings_motion(&mut self, motion: Action) {
        let height = self.pane_size(Pane::Findings).map(|s| s.1).unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        let len = self.current_findings().map_or(0, |f| f.len());
        self.findings_panel.get_mut().move_by(delta, len);
    }

    /// Enter in the findings panel: go to the selected finding's line.
    pub(super) fn finding_jump(&mut self) {
        let Some(i) = self.findings_panel.get_mut().selected() else {
            return;
        };
        self.go_to_finding(i);
    }

    /// `]e` / `[e`: the next or previous finding from where the view is.
    pub(super) fn step_finding(&mut self, forward: bool) {
        let (Some(index), Some(findings)) = (self.selected, self.current_findings()) else {
            self.set_message("findings are still being computed", false);
            return;
        };
        if findings.is_empty() {
            self.set_message("no findings in this report", false);
            return;
        }
        let here = self.view_key();
        let target = match self.last_finding {
            // Still where the last step left the view: step from that finding, so
            // findings on one line and findings below the cursor's heading are not skipped.
            Some(stop) if stop.report == index && Some(stop.view) == here => {
                let n = findings.len();
                Some(if forward {
                    (stop.finding + 1) % n
                } else {
                    (stop.finding + n - 1) % n
                })
            }
            _ => {
                let line = self.current_line().unwrap_or(0);
                if forward {
                    next_after(&findings, line)
                } else {
                    previous_before(&findings, line)
                }
            }
        };
        if let Some(i) = target {
            self.go_to_finding(i);
        }
    }

    /// (outline cursor, content top) of the current report.
    fn view_key(&self) -> Option<(usize, usize)> {
        self.current().map(|rs| (rs.tree.cursor, rs.content_top))
    }

    /// Select finding `i` of the current report, show its line and say what it is.
    fn go_to_finding(&mut self, i: usize) {
        let (Some(index), Some(findings)) = (self.selected, self.current_findings()) else {
            return;
        };
        let Some(d) = findings.get(i) else {
            return;
        };
        let Some(rs) = self.current() else {
            return;
        };
        let line = d.line.clamp(1, rs.report.line_count().max(1));
        let range = rs.report.line_range(line);
        self.jump_to(index, range.start);
        self.set_emphasis(index, EmphasisKind::Focus, vec![range]);
        self.findings_panel
            .get_mut()
            .select(Some(i), findings.len());
        if let Some(view) = self.view_key() {
            self.last_finding = Some(FindingStop {
                report: index,
                finding: i,
                view,
            });
        }
        self.set_message(
            format!(
                "finding {}/{} · line {} · {} · {}",
                i + 1,
                findings.len(),
                d.line,
                d.rule,
                d.message
            ),
            false,
        );
    }

    // ----- results of the analysis thread and the file watcher -----------------------

    /// A result from the analysis thread.
    pub fn on_analysis(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Analyzed {
                report,
                figures,
                findings,
            } => {
                if let Some(i) = self
                    .reports
                    .iter()
                    .position(|rs| Arc::ptr_eq(&rs.report, &report))
                {
                    self.apply_analysis(i, figures, findings);
                }
            }
            Outcome::Reloaded {
                report,
                figures,
                findings,
                stamp,
            } => {
                let name = report.name.clone();
                let i = match self.position_of(&report.path) {
                    Some(i) => {
                        let old = &self.reports[i];
                        self.reports[i] = super::load::carry_over(old, report);
                        i
                    }
                    None => {
                        self.reports.push(ReportState::new(report));
                        if self.selected.is_none() {
                            self.selected = Some(self.reports.len() - 1);
                        }
                        self.reports.len() - 1
                    }
                };
                self.apply_analysis(i, figures, findings);
                self.reports[i].stamp = stamp;
                self.last_finding = None;
                self.set_message(format!("reloaded {name}"), false);
                self.fix_scroll();
            }
            Outcome::Unchanged { path, stamp } => {
                if let Some(i) = self.position_of(&path) {
                    self.reports[i].stamp = stamp;
                    self.reports[i].missing = false;
                }
            }
            Outcome::ReloadFailed { path, error } => {
                let shown = crate::tui::sanitize::clean(&path.display().to_string()).into_owned();
                self.set_message(format!("could not reload {shown}: {error}"), true);
            }
            Outcome::AnalysisFailed { report, error } => self.analysis_failed(&report, error),
        }
    }

    /// A file on disk changed: read it again off the UI thread.
    pub fn on_file_changed(&mut self, path: &Path) {
        let known = self.position_of(path).map(|i| &self.reports[i]);
        let reread = Reread {
            path: path.to_path_buf(),
            text: known
                .filter(|rs| !rs.missing)
                .map(|rs| rs.report.text.clone()),
            stamp: known.filter(|rs| !rs.missing).and_then(|rs| rs.stamp),
            site: known.and_then(|rs| rs.report.site.clone()),
        };
        self.queue(Job::Reload(reread));
    }

    /// A file on disk went away: keep the report, marked, and say so.
    pub fn on_file_removed(&mut self, path: &Path) {
        if let Some(i) = self.position_of(path) {
            self.reports[i].missing = true;
            let name = self.reports[i].report.name.clone();
            self.set_message(
                format!("{name} was removed from disk (kept as last read)"),
                true,
            );
        }
    }

    /// The report read from `path` (compared as given, then as canonical paths).
    fn position_of(&self, path: &Path) -> Option<usize> {
        self.reports
            .iter()
            .position(|rs| rs.report.path == path)
            .or_else(|| {
                let canon = path.canonicalize().ok()?;
                self.reports
                    .iter()
                    .position(|rs| rs.report.path.canonicalize().ok().as_ref() == Some(&canon))
            })
    }

    fn apply_analysis(
        &mut self,
        i: usize,
        figures: Arc<Vec<Figure>>,
        findings: Arc<Vec<Diagnostic>>,
    ) {
        let spans = figures.iter().map(|f| f.span.clone()).collect();
        let count = figures.len();
        if let Some(rs) = self.reports.get_mut(i) {
            rs.figures = Some(figures);
            rs.findings = Some(findings);
        }
        self.set_emphasis(i, EmphasisKind::Figure, spans);
        self.set_figure_count(i, count);
    }
}
