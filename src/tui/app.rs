//! The TUI's state and its one way of changing: `App::update(Action)`. No terminal here:
//! tests drive the whole interface by feeding actions (or keys) and reading the state.
//! Side effects the state machine cannot perform itself (run an editor, write to the
//! clipboard, reload from disk) are queued as `Effect`s for the event loop.

use std::cell::RefCell;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::KeyEvent;

use crate::corpus::LoadEvent;
use crate::indicators::Figure;
use crate::report::{short_place, Diagnostic, Report};

use super::action::{Action, Pane};
use super::analysis::Job;
use super::doc::{self, Emphasis, EmphasisKind, Row};
use super::findings_panel::FindingsPanelState;
use super::indicator_panel::IndicatorPanelState;
use super::keymap::{Context, KeyChord, Keymap, Resolved};
use super::layout::{self, Areas};
use super::sanitize::clean;
use super::theme::{Theme, ThemeName};
use super::tree::Tree;
pub use app_matrix::MatrixView;
pub use panels::CompareView;
use panels::FindingStop;

/// How the report list is ordered; `s` cycles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    /// Newest first.
    Year,
    Place,
}

impl SortKey {
    pub fn next(self) -> Self {
        match self {
            SortKey::Name => SortKey::Year,
            SortKey::Year => SortKey::Place,
            SortKey::Place => SortKey::Name,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Year => "year",
            SortKey::Place => "place",
        }
    }
}

/// Something for the event loop to do outside the state machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    OpenEditor {
        path: PathBuf,
        line: usize,
    },
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    Reload,
    /// Stop the process like a shell job, the terminal handed back meanwhile.
    Suspend,
}

/// A one-line note in the status bar, cleared by the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// Loading progress, for the header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub found: Option<usize>,
    pub loaded: usize,
    pub failed: usize,
    pub done: bool,
}

/// One open report with the view state that belongs to it, kept while switching.
#[derive(Debug, Clone)]
pub struct ReportState {
    pub report: Arc<Report>,
    pub tree: Tree,
    /// The node the content pane shows (`None`: the whole report).
    pub shown: Option<usize>,
    /// Byte offset of the content pane's top row.
    pub content_top: usize,
    pub info_scroll: usize,
    /// Ranges to emphasise in the content pane, sorted by start. Fed by the indicators
    /// and search libraries through `App::set_emphasis`.
    pub emphasis: Vec<Emphasis>,
    /// Number of figures, once the indicators library has counted them.
    pub figure_count: Option<usize>,
    /// The report's figures (`None`: still being computed off the UI thread).
    pub figures: Option<Arc<Vec<Figure>>>,
    /// The report's review findings, `lint::check` (`None`: still being computed).
    pub findings: Option<Arc<Vec<Diagnostic>>>,
    /// The file went away on disk; the last version read stays on screen.
    pub missing: bool,
    /// The file's stamp when last re-read after a change (live reload).
    pub stamp: Option<crate::watch::Stamp>,
    /// Reading or analysing the report failed, for this reason (already safe to show).
    /// A file that could not be read at all is listed with an empty report.
    pub failed: Option<String>,
}

impl ReportState {
    pub fn new(report: Arc<Report>) -> Self {
        ReportState {
            tree: Tree::new(&report),
            report,
            shown: None,
            content_top: 0,
            info_scroll: 0,
            emphasis: Vec::new(),
            figure_count: None,
            figures: None,
            findings: None,
            missing: false,
            stamp: None,
            failed: None,
        }
    }

    /// Columns the content pane spends on finding marks (none while there are none).
    pub fn findings_gutter(&self) -> usize {
        match &self.findings {
            Some(f) if !f.is_empty() => 2,
            _ => 0,
        }
    }

    /// Byte range the content pane shows: the shown section, or the whole text.
    pub fn span(&self, raw: bool) -> Range<usize> {
        match self.shown.and_then(|i| self.report.nodes.get(i)) {
            Some(node) if !raw => node.span.clone(),
            _ => 0..self.report.text.len(),
        }
    }
}

/// The whole state of the interface.
#[derive(Debug)]
pub struct App {
    pub reports: Vec<ReportState>,
    /// Index into `reports` of the selected report.
    pub selected: Option<usize>,
    pub sort: SortKey,
    pub focus: Pane,
    /// The help overlay is open, scrolled this many rows.
    pub help: Option<usize>,
    /// The content pane shows the whole file, page clutter included.
    pub raw: bool,
    /// Keys of an unfinished sequence (`z` of `zM`).
    pub pending: Vec<KeyChord>,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// The reports are the bundled samples.
    pub samples: bool,
    pub progress: Progress,
    /// Files that could not be read, one safe line each.
    pub load_errors: Vec<String>,
    pub message: Option<Message>,
    pub quit: bool,
    effects: Vec<Effect>,
    /// During a reload: paths that came back, so the others can be dropped at the end.
    refreshed: Option<Vec<PathBuf>>,
    /// Work for the analysis thread (figures, findings, re-reads), taken by the loop.
    jobs: Vec<Job>,
    /// The figures pane lists the whole report rather than the shown section.
    pub figures_whole: bool,
    /// Selection and scroll of the figures pane. In a cell because the widget scrolls
    /// while drawing, and drawing reads the app immutably.
    pub figure_panel: RefCell<IndicatorPanelState>,
    /// The findings panel is open.
    pub findings_open: bool,
    pub findings_panel: RefCell<FindingsPanelState>,
    /// The comparison chart overlay, while open.
    pub compare: Option<CompareView>,
    /// The metric matrix overlay, while open (see `app_matrix`).
    pub matrix: Option<MatrixView>,
    /// The finding `]e`/`[e` last went to, and where the view was then, so repeating the
    /// key steps on even when the cursor sits above the finding's line.
    last_finding: Option<FindingStop>,
    /// The search popup, its index and the last search (see `app_search`).
    pub search: app_search::SearchState,
}

impl App {
    pub fn new(samples: bool, keymap: Keymap, theme: Theme) -> Self {
        App {
            reports: Vec::new(),
            selected: None,
            sort: SortKey::Name,
            focus: Pane::Outline,
            help: None,
            raw: false,
            pending: Vec::new(),
            keymap,
            theme,
            size: (80, 24),
            samples,
            progress: Progress::default(),
            load_errors: Vec::new(),
            message: None,
            quit: false,
            effects: Vec::new(),
            refreshed: None,
            jobs: Vec::new(),
            figures_whole: false,
            figure_panel: RefCell::new(IndicatorPanelState::default()),
            findings_open: false,
            findings_panel: RefCell::new(FindingsPanelState::default()),
            compare: None,
            matrix: None,
            last_finding: None,
            search: Default::default(),
        }
    }

    /// An app over reports already loaded (tests, benches), with the default keys.
    pub fn with_reports(reports: Vec<Report>, samples: bool, size: (u16, u16)) -> Self {
        let mut app = App::new(samples, Keymap::default(), Theme::new(ThemeName::Mono));
        app.update(Action::Resize(size.0, size.1));
        app.on_load(LoadEvent::Found(reports.len()));
        for r in reports {
            app.on_load(LoadEvent::Loaded(Box::new(r)));
        }
        app.on_load(LoadEvent::Done);
        app
    }

    // ----- reading the state -------------------------------------------------------

    /// The selected report with its view state.
    pub fn current(&self) -> Option<&ReportState> {
        self.selected.and_then(|i| self.reports.get(i))
    }

    fn current_mut(&mut self) -> Option<&mut ReportState> {
        self.selected.and_then(|i| self.reports.get_mut(i))
    }

    /// Report indices in list order.
    pub fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.reports.len()).collect();
        let key = |i: &usize| {
            let r = &self.reports[*i].report;
            let place = r
                .meta
                .region
                .as_deref()
                .map(short_place)
                .unwrap_or("")
                .to_string();
            (r.name.clone(), r.meta.year, place)
        };
        match self.sort {
            SortKey::Name => order.sort_by_key(|i| key(i).0),
            SortKey::Year => order.sort_by(|a, b| {
                let (ka, kb) = (key(a), key(b));
                kb.1.cmp(&ka.1).then(ka.0.cmp(&kb.0))
            }),
            SortKey::Place => order.sort_by(|a, b| {
                let (ka, kb) = (key(a), key(b));
                ka.2.cmp(&kb.2).then(ka.1.cmp(&kb.1)).then(ka.0.cmp(&kb.0))
            }),
        }
        order
    }

    /// Where the panes are on the current screen.
    pub fn areas(&self) -> Areas {
        layout::areas_with(
            self.size.0,
            self.size.1,
            self.focus,
            self.reports.len(),
            self.findings_open,
        )
    }

    /// Inner (columns, rows) of a pane, if it is on screen.
    fn pane_size(&self, pane: Pane) -> Option<(usize, usize)> {
        self.areas().pane(pane).map(layout::inner)
    }

    /// The content pane's inner width; in the narrow layout every pane is full width.
    fn content_inner_width(&self) -> usize {
        let areas = self.areas();
        areas
            .pane(Pane::Content)
            .or_else(|| areas.panes.first().map(|p| p.1))
            .map(|r| layout::inner(r).0)
            .unwrap_or(0)
    }

    /// The content pane's text width (the raw view spends some on line numbers).
    pub fn content_width(&self, rs: &ReportState) -> usize {
        self.text_width(rs, self.content_inner_width())
    }

    fn text_width(&self, rs: &ReportState, inner_width: usize) -> usize {
        let marks = rs.findings_gutter();
        if self.raw {
            inner_width.saturating_sub(doc::gutter_width(&rs.report) + marks)
        } else {
            inner_width.saturating_sub(marks)
        }
    }

    /// The content pane's rows for a report at the current layout's width.
    pub fn content_rows(&self, rs: &ReportState) -> Vec<Row> {
        self.content_rows_at(rs, self.content_inner_width())
    }

    /// The content pane's rows for a report drawn `inner_width` columns wide.
    pub fn content_rows_at(&self, rs: &ReportState, inner_width: usize) -> Vec<Row> {
        let width = self.text_width(rs, inner_width);
        doc::rows(&rs.report, rs.span(self.raw), self.raw, width)
    }

    /// The node the status bar and the commands refer to: the section at the top of the
    /// content pane when it has the focus, else the outline cursor.
    pub fn current_node(&self) -> Option<usize> {
        let rs = self.current()?;
        if rs.report.nodes.is_empty() {
            return None;
        }
        if self.focus == Pane::Content {
            return rs.report.node_at(rs.content_top).or(rs.shown);
        }
        Some(rs.tree.cursor.min(rs.report.nodes.len() - 1))
    }

    /// The 1-based line the commands (`e`) refer to.
    pub fn current_line(&self) -> Option<usize> {
        let rs = self.current()?;
        if self.focus == Pane::Content {
            let rows = self.content_rows(rs);
            return rows.get(doc::row_at(&rows, rs.content_top)).map(|r| r.line);
        }
        self.current_node().map(|i| rs.report.nodes[i].line)
    }

    /// The key contexts in effect, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        if self.help.is_some() {
            return vec![Context::Help];
        }
        if self.search.is_open() {
            return vec![Context::Search];
        }
        if self.compare.is_some() {
            return vec![Context::Compare];
        }
        if self.matrix.is_some() {
            return vec![Context::Matrix];
        }
        let pane = match self.focus {
            Pane::Reports => Some(Context::Reports),
            Pane::Outline => Some(Context::Outline),
            Pane::Content => Some(Context::Content),
            Pane::Figures => Some(Context::Figures),
            Pane::Findings => Some(Context::Findings),
            Pane::Info => None,
        };
        pane.into_iter()
            .chain([Context::Motion, Context::Global])
            .collect()
    }

    /// Effects queued since the last call.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn set_message(&mut self, text: impl AsRef<str>, error: bool) {
        self.message = Some(Message {
            text: clean(text.as_ref()).into_owned(),
            error,
        });
    }

    // ----- seams for the indicator and search libraries ----------------------------

    /// Replace the emphasised ranges of one kind in report `index`.
    pub fn set_emphasis(&mut self, index: usize, kind: EmphasisKind, ranges: Vec<Range<usize>>) {
        let Some(rs) = self.reports.get_mut(index) else {
            return;
        };
        let len = rs.report.text.len();
        rs.emphasis.retain(|e| e.kind != kind);
        rs.emphasis.extend(
            ranges
                .into_iter()
                .filter(|r| r.start < r.end && r.end <= len)
                .map(|range| Emphasis { range, kind }),
        );
        rs.emphasis.sort_by_key(|e| (e.range.start, e.range.end));
    }

    /// Go to byte `pos` of report `index`: select the report, put the outline cursor on
    /// the deepest section holding `pos` (unfolding its ancestors), show that section,
    /// and scroll the content pane so `pos`'s row is at the top. For search results and
    /// figures ("Enter jumps to the sentence").
    pub fn jump_to(&mut self, index: usize, pos: usize) {
        let Some(rs) = self.reports.get_mut(index) else {
            return;
        };
        let pos = pos.min(rs.report.text.len());
        self.selected = Some(index);
        if let Some(node) = rs.report.node_at(pos) {
            rs.tree.reveal(&rs.report, node);
            rs.shown = Some(node);
        } else {
            rs.shown = None;
        }
        rs.content_top = pos;
        self.fix_scroll();
    }

    /// Set the figure count shown in the report list.
    pub fn set_figure_count(&mut self, index: usize, count: usize) {
        if let Some(rs) = self.reports.get_mut(index) {
            rs.figure_count = Some(count);
        }
    }

    // ----- input ---------------------------------------------------------------------

    /// A key press: resolved through the keymap, then `update`.
    pub fn on_key(&mut self, event: KeyEvent) {
        let Some(chord) = KeyChord::from_event(&event) else {
            return;
        };
        self.message = None;
        let contexts = self.contexts();
        match self.keymap.resolve(&contexts, &self.pending, chord) {
            Resolved::Action(a) => {
                self.pending.clear();
                self.update(a);
            }
            Resolved::Pending => self.pending.push(chord),
            Resolved::Unbound if !self.pending.is_empty() => {
                // An unfinished sequence followed by another key: drop the sequence and
                // take the key on its own, as vim does.
                self.pending.clear();
                if let Resolved::Action(a) = self.keymap.resolve(&contexts, &[], chord) {
                    self.update(a);
                } else if let Resolved::Pending = self.keymap.resolve(&contexts, &[], chord) {
                    self.pending.push(chord);
                }
            }
            Resolved::Unbound => self.search_typed(chord),
        }
    }

    /// The one way the state changes.
    pub fn update(&mut self, action: Action) {
        if self.search_update(action) {
            self.fix_scroll();
            return;
        }
        match action {
            Action::Resize(w, h) => self.size = (w, h),
            Action::Quit => self.quit = true,
            Action::Suspend => self.effects.push(Effect::Suspend),
            Action::Back => {
                self.pending.clear();
                // One mode at a time: help sits above the comparison.
                if self.help.take().is_none() && self.compare.take().is_none() {
                    self.matrix = None;
                }
            }
            Action::ToggleHelp => {
                self.help = if self.help.is_some() { None } else { Some(0) };
            }
            Action::FocusNext => self.focus_step(true),
            Action::FocusPrev => self.focus_step(false),
            Action::CycleSort => self.sort = self.sort.next(),
            Action::ToggleRaw => self.raw = !self.raw,
            Action::OpenEditor => self.open_editor(),
            Action::CopyPath => self.copy_path(),
            Action::Reload => self.reload(),
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel(x, y, down) => self.wheel(x, y, down),
            motion if self.help.is_some() => self.help_motion(motion),
            Action::CompareSort => {
                if let Some(view) = &mut self.compare {
                    view.chart.cycle_sort();
                }
            }
            _ if self.compare.is_some() => {}
            Action::OpenMatrix => self.open_matrix(),
            _ if self.matrix.is_some() => self.matrix_action(action),
            Action::FigureJump => self.figure_jump(),
            Action::FiguresWholeReport => self.toggle_whole_report(),
            Action::Compare => self.open_compare(),
            Action::ToggleFindings => self.toggle_findings(),
            Action::NextFinding => self.step_finding(true),
            Action::PrevFinding => self.step_finding(false),
            Action::FindingJump => self.finding_jump(),
            Action::OpenReport => self.focus = Pane::Outline,
            Action::ShowSection => self.show_section(),
            Action::CollapseOrParent
            | Action::ExpandOrChild
            | Action::ToggleFold
            | Action::FoldAll
            | Action::UnfoldAll
            | Action::ShowLevels(_)
            | Action::PrevSibling
            | Action::NextSibling => self.outline_command(action),
            motion => match self.focus {
                Pane::Reports => self.list_motion(motion),
                Pane::Outline => self.outline_motion(motion),
                Pane::Content => self.content_motion(motion),
                Pane::Info => self.info_motion(motion),
                Pane::Figures => self.figure_motion(motion),
                Pane::Findings => self.findings_motion(motion),
            },
        }
        self.fix_scroll();
    }

    /// Rows a motion moves in a pane `height` rows tall (`None`: not a motion).
    fn motion_rows(motion: Action, height: usize) -> Option<isize> {
        let h = height.max(1) as isize;
        Some(match motion {
            Action::Down => 1,
            Action::Up => -1,
            Action::HalfPageDown => (h / 2).max(1),
            Action::HalfPageUp => -(h / 2).max(1),
            Action::PageDown => (h - 1).max(1),
            Action::PageUp => -(h - 1).max(1),
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return None,
        })
    }

    fn help_motion(&mut self, motion: Action) {
        let height = self.size.1 as usize;
        if let (Some(scroll), Some(delta)) = (self.help, Self::motion_rows(motion, height)) {
            let total = super::panes::help::line_count(self);
            let max = total.saturating_sub(height.saturating_sub(4));
            self.help = Some(
                (scroll as isize)
                    .saturating_add(delta)
                    .clamp(0, max as isize) as usize,
            );
        }
    }

    fn list_motion(&mut self, motion: Action) {
        let height = self
            .pane_size(Pane::Reports)
            .map(|s| s.1.saturating_sub(1))
            .unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        let order = self.order();
        if order.is_empty() {
            return;
        }
        let pos = self
            .selected
            .and_then(|s| order.iter().position(|&i| i == s))
            .unwrap_or(0) as isize;
        let new = pos.saturating_add(delta).clamp(0, order.len() as isize - 1) as usize;
        self.selected = Some(order[new]);
    }

    fn outline_motion(&mut self, motion: Action) {
        let height = self.pane_size(Pane::Outline).map(|s| s.1).unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        if let Some(rs) = self.current_mut() {
            match motion {
                Action::Top => rs.tree.top(&rs.report),
                Action::Bottom => rs.tree.bottom(&rs.report),
                _ => rs.tree.step(&rs.report, delta),
            }
        }
    }

    fn outline_command(&mut self, action: Action) {
        let mut show = false;
        if let Some(rs) = self.current_mut() {
            let (tree, report) = (&mut rs.tree, &rs.report);
            match action {
                Action::CollapseOrParent => tree.collapse_or_parent(report),
                Action::ExpandOrChild => show = !tree.expand_or_child(report),
                Action::ToggleFold => tree.toggle(report),
                Action::FoldAll => tree.fold_all(report),
                Action::UnfoldAll => tree.unfold_all(),
                Action::ShowLevels(n) => tree.show_levels(report, n),
                Action::PrevSibling => tree.same_level(report, false),
                Action::NextSibling => tree.same_level(report, true),
                _ => {}
            }
        }
        // l on a leaf has nothing to open below it: show the section instead.
        if show {
            self.show_section();
        }
    }

    /// Enter: the content pane shows the cursor's section from its heading.
    fn show_section(&mut self) {
        if self.focus == Pane::Reports {
            self.focus = Pane::Outline;
            return;
        }
        if let Some(rs) = self.current_mut() {
            if rs.report.nodes.is_empty() {
                return;
            }
            let node = rs.tree.cursor.min(rs.report.nodes.len() - 1);
            rs.shown = Some(node);
            rs.content_top = rs.report.nodes[node].span.start;
        }
    }

    fn content_motion(&mut self, motion: Action) {
        let height = self.pane_size(Pane::Content).map(|s| s.1).unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        let Some(rs) = self.current() else {
            return;
        };
        let rows = self.content_rows(rs);
        if rows.is_empty() {
            return;
        }
        let top = doc::top_row(&rows, rs.content_top, height) as isize;
        // A pane with no rows on screen (a tiny terminal) still has a last row to go to.
        let max = rows.len().saturating_sub(height.max(1)) as isize;
        let new = top.saturating_add(delta).clamp(0, max) as usize;
        let anchor = rows[new].range.start;
        if let Some(rs) = self.current_mut() {
            rs.content_top = anchor;
        }
    }

    fn info_motion(&mut self, motion: Action) {
        let height = self.pane_size(Pane::Info).map(|s| s.1).unwrap_or(1);
        let Some(delta) = Self::motion_rows(motion, height) else {
            return;
        };
        let total = super::panes::info::line_count(self);
        if let Some(rs) = self.current_mut() {
            let max = total.saturating_sub(height) as isize;
            rs.info_scroll = (rs.info_scroll as isize)
                .saturating_add(delta)
                .clamp(0, max) as usize;
        }
    }

    /// Keep the outline cursor on screen after anything that may have moved it or
    /// changed the pane's height.
    fn fix_scroll(&mut self) {
        let height = self.pane_size(Pane::Outline).map(|s| s.1).unwrap_or(1);
        if let Some(rs) = self.current_mut() {
            rs.tree.scroll_into_view(&rs.report, height);
        }
    }

    fn open_editor(&mut self) {
        let (Some(rs), Some(line)) = (self.current(), self.current_line()) else {
            return;
        };
        let path = rs.report.path.clone();
        self.effects.push(Effect::OpenEditor { path, line });
    }

    /// `y`: the heading path with titles, from the report down to the current node.
    pub fn heading_path_text(&self) -> Option<String> {
        let rs = self.current()?;
        let mut parts = vec![rs.report.label()];
        if let Some(node) = self.current_node() {
            for i in rs.report.heading_path(node) {
                let n = &rs.report.nodes[i];
                parts.push(format!("{}{}", n.number, n.title));
            }
        }
        Some(parts.join(" > "))
    }

    fn copy_path(&mut self) {
        if let Some(text) = self.heading_path_text() {
            self.set_message(format!("copied: {text}"), false);
            self.effects.push(Effect::Copy(text));
        }
    }
}

#[path = "app_matrix.rs"]
mod app_matrix;
#[path = "app_search.rs"]
pub mod app_search;
#[path = "app_load.rs"]
mod load;
#[path = "app_mouse.rs"]
mod mouse;
#[path = "app_panels.rs"]
mod panels;

#[cfg(test)]
#[path = "app_panels_tests.rs"]
mod panels_tests;
#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
