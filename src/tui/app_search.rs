//! Search in the `App`: the popup (`/`), the search index built off the UI thread once
//! the reports have loaded (and again after a reload), heading queries answered by a
//! `SearchWorker` thread so typing never waits, Enter jumping to the result with its
//! matched characters emphasised, and `n`/`N` stepping through the occurrences of the
//! last search in the current report.
//!
//! The event loop calls `App::poll_search` every turn; tests call it in a bounded loop.

use std::fmt;
use std::ops::Range;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::thread;

use crossterm::event::{KeyCode, KeyModifiers};

use crate::contain;
use crate::report::Report;
use crate::search::{SearchIndex, SearchWorker, TextIndex};

use super::App;
use crate::tui::action::{Action, Pane, SearchEdit};
use crate::tui::doc::EmphasisKind;
use crate::tui::keymap::KeyChord;
use crate::tui::search_popup::{Mode, SearchPopup, RESULT_LIMIT};

/// The reports as they were when the index was built, with both indexes. Report `i`
/// here is `App::reports[i]` for as long as `sources` are the app's reports (the text is
/// shared through its `Arc`; only the small model parts are copied).
pub struct SearchCorpus {
    pub reports: Vec<Report>,
    pub index: Arc<SearchIndex>,
    pub text: TextIndex,
    sources: Vec<Arc<Report>>,
}

impl SearchCorpus {
    /// Build both indexes (the slow part: run it off the UI thread). A report that
    /// breaks indexing (a contained panic) is searched as if empty, so the others stay
    /// searchable and report `i` is still the app's report `i`.
    pub fn build(sources: Vec<Arc<Report>>) -> SearchCorpus {
        let mut reports: Vec<Report> = sources.iter().map(|r| (**r).clone()).collect();
        let both = |reports: &[Report]| (SearchIndex::build(reports), TextIndex::build(reports));
        let (index, text) = match contain::catch(|| both(&reports)) {
            Ok(built) => built,
            Err(_) => {
                for r in &mut reports {
                    if contain::catch(|| both(std::slice::from_ref(r))).is_err() {
                        *r = crate::parse_report(r.path.clone(), String::new());
                    }
                }
                contain::catch(|| both(&reports)).unwrap_or_else(|_| both(&[]))
            }
        };
        let index = Arc::new(index);
        SearchCorpus {
            reports,
            index,
            text,
            sources,
        }
    }

    /// Whether report `i` is still the app's report `i`.
    fn is_current(&self, i: usize, app_report: &Arc<Report>) -> bool {
        self.sources
            .get(i)
            .is_some_and(|r| Arc::ptr_eq(r, app_report))
    }
}

/// Everything the app keeps for search.
#[derive(Default)]
pub struct SearchState {
    /// The popup keeps its query between openings, as a search history of one.
    pub popup: SearchPopup,
    open: bool,
    corpus: Option<Arc<SearchCorpus>>,
    worker: Option<SearchWorker>,
    /// The reports an index is being built for, and where it will arrive.
    building: Option<(Vec<Arc<Report>>, Receiver<SearchCorpus>)>,
    /// The query must be searched as soon as the index is ready.
    stale: bool,
    /// Sequence number of the heading query whose results are awaited.
    waiting: Option<u64>,
    /// What `n`/`N` look for, and the byte of the match last visited.
    last: Option<String>,
    at: Option<usize>,
}

impl fmt::Debug for SearchState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchState")
            .field("open", &self.open)
            .field("query", &self.popup.query())
            .field("ready", &self.corpus.is_some())
            .field("last", &self.last)
            .finish()
    }
}

impl SearchState {
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The index and the reports it was built from, once built.
    pub fn corpus(&self) -> Option<&SearchCorpus> {
        self.corpus.as_deref()
    }

    /// What `n`/`N` look for.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// An index build or a heading query is under way (the event loop polls faster).
    pub fn busy(&self) -> bool {
        self.building.is_some() || self.waiting.is_some()
    }

    /// The index is built and the popup's results answer its current query.
    pub fn settled(&self) -> bool {
        self.corpus.is_some() && !self.busy() && !(self.open && self.stale)
    }
}

impl App {
    /// Handle the search actions; `false` for everything else. While the popup is open
    /// mouse events are swallowed so nothing moves under it.
    pub(super) fn search_update(&mut self, action: Action) -> bool {
        let open = self.search.open;
        match action {
            Action::OpenSearch => {
                self.search.open = true;
                self.search.stale = true;
            }
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::Back if open => self.search.open = false,
            Action::Click(..) | Action::Wheel(..) if open => {}
            Action::SearchJump if open => self.search_jump(),
            Action::SearchToggleMode if open => self.search.popup.toggle_mode(),
            Action::SearchDown if open => self.search.popup.select_next(),
            Action::SearchUp if open => self.search.popup.select_prev(),
            Action::SearchEdit(edit) if open => {
                let p = &mut self.search.popup;
                match edit {
                    SearchEdit::Backspace => p.backspace(),
                    SearchEdit::Delete => p.delete(),
                    SearchEdit::Left => p.left(),
                    SearchEdit::Right => p.right(),
                    SearchEdit::Home => p.home(),
                    SearchEdit::End => p.end(),
                    SearchEdit::Clear => p.clear(),
                }
            }
            _ => return false,
        }
        true
    }

    /// A key no binding took: in the popup, a plain character (an IME's Chinese too)
    /// goes into the query.
    pub(super) fn search_typed(&mut self, chord: KeyChord) {
        if !self.search.open {
            return;
        }
        if let KeyCode::Char(c) = chord.code {
            if !chord
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            {
                self.search.popup.insert(c);
            }
        }
    }

    /// Pasted text (bracketed paste): into the query when the popup is open.
    pub fn on_paste(&mut self, text: &str) {
        if self.search.open {
            self.search.popup.insert_str(text);
        }
    }

    /// Start an index build when the loaded reports are not the indexed ones, take a
    /// finished build, send a changed query to the worker and take its results.
    /// Returns whether anything on screen may have changed.
    pub fn poll_search(&mut self) -> bool {
        let mut changed = false;
        let s = &mut self.search;
        if self.progress.done {
            let same = |set: &[Arc<Report>]| {
                set.len() == self.reports.len()
                    && set
                        .iter()
                        .zip(&self.reports)
                        .all(|(a, b)| Arc::ptr_eq(a, &b.report))
            };
            let indexed = s.corpus.as_ref().is_some_and(|c| same(&c.sources));
            let pending = s.building.as_ref().is_some_and(|(set, _)| same(set));
            if !indexed && !pending {
                let sources: Vec<Arc<Report>> =
                    self.reports.iter().map(|r| Arc::clone(&r.report)).collect();
                let (tx, rx) = mpsc::channel();
                let for_thread = sources.clone();
                thread::spawn(move || {
                    // The receiver is gone only when a newer build replaced this one.
                    let _ = tx.send(SearchCorpus::build(for_thread));
                });
                s.building = Some((sources, rx));
            }
        }
        if let Some((_, rx)) = &s.building {
            match rx.try_recv() {
                Ok(corpus) => {
                    let corpus = Arc::new(corpus);
                    s.worker = Some(SearchWorker::spawn(Arc::clone(&corpus.index)));
                    s.corpus = Some(corpus);
                    s.building = None;
                    s.waiting = None;
                    s.stale = true;
                    changed = true;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => s.building = None,
            }
        }
        s.stale |= s.popup.take_dirty();
        if s.open && s.stale {
            if let (Some(corpus), Some(worker)) = (&s.corpus, &mut s.worker) {
                s.stale = false;
                match s.popup.mode() {
                    Mode::Headings => {
                        s.waiting = Some(worker.request(s.popup.query(), RESULT_LIMIT));
                    }
                    Mode::FullText => {
                        // A literal scan of folded text: milliseconds, so it runs here.
                        let hits =
                            corpus
                                .text
                                .search(&corpus.reports, s.popup.query(), RESULT_LIMIT);
                        s.popup.set_text(hits);
                        s.waiting = None;
                    }
                }
                changed = true;
            }
        }
        if let (Some(worker), Some(seq)) = (&s.worker, s.waiting) {
            if let Some(results) = worker.try_latest() {
                if results.seq == seq {
                    s.waiting = None;
                }
                // Results of an older query still beat none while the newest runs.
                if s.popup.mode() == Mode::Headings {
                    s.popup.set_headings(results.hits);
                    changed = true;
                }
            }
        }
        changed
    }

    /// Enter in the popup: go to the selected result and emphasise what matched.
    fn search_jump(&mut self) {
        let Some(corpus) = self.search.corpus.clone() else {
            return;
        };
        let Some(target) = self.search.popup.selected_target(&corpus.reports) else {
            return;
        };
        let fresh = self
            .reports
            .get(target.report)
            .is_some_and(|rs| corpus.is_current(target.report, &rs.report));
        if !fresh {
            self.set_message("the reports changed; indexing again…", true);
            return;
        }
        let report = &corpus.reports[target.report];
        self.search.open = false;
        self.focus = Pane::Content;
        match (self.search.popup.mode(), target.node, target.range) {
            (Mode::FullText, _, Some(range)) => {
                let needle = report.text[range.clone()].to_string();
                self.jump_to(target.report, range.start);
                self.search.at = Some(range.start);
                self.search.last = Some(needle);
                self.emphasise_matches(target.report, &corpus);
            }
            (_, Some(node), _) => {
                let popup = &self.search.popup;
                let matched = popup
                    .headings()
                    .get(popup.selected())
                    .map(|h| h.matched.clone())
                    .unwrap_or_default();
                let ranges = title_ranges(report, node, &matched);
                self.search.last = needle_of(report, &ranges)
                    .or_else(|| Some(self.search.popup.query().trim().to_string()));
                self.search.at = ranges.first().map(|r| r.start);
                self.jump_to(target.report, report.nodes[node].span.start);
                self.set_emphasis(target.report, EmphasisKind::Match, ranges);
            }
            _ => {}
        }
    }

    /// Every occurrence of the last search in report `index`, emphasised.
    fn emphasise_matches(&mut self, index: usize, corpus: &SearchCorpus) -> Vec<Range<usize>> {
        let ranges = occurrences(corpus, index, self.search.last.as_deref().unwrap_or(""));
        self.set_emphasis(index, EmphasisKind::Match, ranges.clone());
        if let Some(i) = self
            .search
            .at
            .and_then(|at| ranges.iter().position(|r| r.start == at))
        {
            self.set_message(format!("match {}/{}", i + 1, ranges.len()), false);
        }
        ranges
    }

    /// `n` / `N`: the next or previous occurrence of the last search in this report,
    /// wrapping at the ends.
    fn step_match(&mut self, forward: bool) {
        let Some(needle) = self.search.last.clone() else {
            self.set_message("no search yet: press / to search", true);
            return;
        };
        let (Some(index), Some(corpus)) = (self.selected, self.search.corpus.clone()) else {
            return;
        };
        if !corpus.is_current(index, &self.reports[index].report) {
            self.set_message("indexing…", false);
            return;
        }
        let ranges = occurrences(&corpus, index, &needle);
        if ranges.is_empty() {
            self.set_message(format!("no match for {needle} in this report"), true);
            return;
        }
        let from = self
            .search
            .at
            .unwrap_or_else(|| self.reports[index].content_top);
        let i = if forward {
            ranges.iter().position(|r| r.start > from).unwrap_or(0)
        } else {
            ranges
                .iter()
                .rposition(|r| r.start < from)
                .unwrap_or(ranges.len() - 1)
        };
        let start = ranges[i].start;
        self.jump_to(index, start);
        self.search.at = Some(start);
        self.emphasise_matches(index, &corpus);
    }
}

/// Byte ranges in `report.text` of the title characters at `matched` (char indices in
/// the node's title), adjacent characters merged. Empty when the title is not written
/// out verbatim in the heading (a repaired heading).
pub fn title_ranges(report: &Report, node: usize, matched: &[usize]) -> Vec<Range<usize>> {
    let Some(n) = report.nodes.get(node) else {
        return Vec::new();
    };
    let head = n.head();
    let Some(offset) = report
        .text
        .get(head.clone())
        .and_then(|h| h.find(n.title.as_str()))
    else {
        return Vec::new();
    };
    let base = head.start + offset;
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (i, (b, c)) in n.title.char_indices().enumerate() {
        if matched.binary_search(&i).is_err() {
            continue;
        }
        let r = base + b..base + b + c.len_utf8();
        match ranges.last_mut() {
            Some(last) if last.end == r.start => last.end = r.end,
            _ => ranges.push(r),
        }
    }
    ranges
}

/// What `n` looks for after a heading match: the matched characters when they are one
/// run (xzfy → 行政复议), else nothing (the caller falls back to the query).
fn needle_of(report: &Report, ranges: &[Range<usize>]) -> Option<String> {
    match ranges {
        [one] => report.text.get(one.clone()).map(str::to_string),
        _ => None,
    }
}

/// Occurrences of `needle` in report `index`, folded as full-text search folds.
fn occurrences(corpus: &SearchCorpus, index: usize, needle: &str) -> Vec<Range<usize>> {
    corpus
        .text
        .search(&corpus.reports, needle, usize::MAX)
        .into_iter()
        .filter(|h| h.report == index)
        .map(|h| h.range)
        .collect()
}

#[cfg(test)]
#[path = "app_search_tests.rs"]
mod tests;
