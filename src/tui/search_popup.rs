//! The search popup: its state (query with a cursor, mode, results, selection) and how
//! it is drawn over the whole screen width.
//!
//! It depends on the search API and the report model only, not on the app: the app
//! feeds it keys (`insert`, `backspace`, `left`, …), runs the query whenever
//! `take_dirty` says the query or mode changed (synchronously with `refresh`, which
//! costs a few milliseconds on a large corpus, or on a `search::worker::SearchWorker`
//! thread, handing the results back with `set_headings` / `set_text`), and reads
//! `selected_target` on Enter.

use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::{Theme, ThemeName};
use crate::report::Report;
use crate::search::{Hit, SearchIndex, Searcher, TextHit, TextIndex};
use crate::tui::sanitize::clean;

/// What the popup searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Fuzzy search over the headings of every report.
    #[default]
    Headings,
    /// The query matched literally in the text of every report.
    FullText,
}

/// Where Enter should take the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub report: usize,
    /// The heading, for a heading match; the node holding the match in full-text mode.
    pub node: Option<usize>,
    /// 1-based line to show.
    pub line: usize,
    /// Byte range to highlight in the report's text, in full-text mode.
    pub range: Option<std::ops::Range<usize>>,
}

/// The popup's state.
#[derive(Debug, Default)]
pub struct SearchPopup {
    query: String,
    /// Byte offset of the cursor in `query`, always at a char boundary.
    cursor: usize,
    mode: Mode,
    headings: Vec<Hit>,
    text: Vec<TextHit>,
    selected: usize,
    /// The query or mode changed since the last search.
    dirty: bool,
}

/// How many results a search asks for.
pub const RESULT_LIMIT: usize = 100;

impl SearchPopup {
    pub fn new() -> Self {
        SearchPopup::default()
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Display column of the cursor within the query (CJK characters are two wide).
    pub fn cursor_column(&self) -> u16 {
        self.query[..self.cursor].width().min(u16::MAX as usize) as u16
    }

    pub fn insert(&mut self, c: char) {
        self.query.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        self.dirty = true;
    }

    /// Insert a pasted string (newlines, other controls and bidi or zero-width characters
    /// become spaces).
    pub fn insert_str(&mut self, s: &str) {
        for c in s.chars() {
            self.insert(if crate::display::is_unsafe(c) { ' ' } else { c });
        }
    }

    /// Delete the character before the cursor.
    pub fn backspace(&mut self) {
        if let Some(c) = self.query[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
            self.query.remove(self.cursor);
            self.dirty = true;
        }
    }

    /// Delete the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.query.len() {
            self.query.remove(self.cursor);
            self.dirty = true;
        }
    }

    pub fn left(&mut self) {
        if let Some(c) = self.query[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    pub fn right(&mut self) {
        if let Some(c) = self.query[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.query.len();
    }

    /// Clear the query (Ctrl-U).
    pub fn clear(&mut self) {
        self.query.clear();
        self.cursor = 0;
        self.dirty = true;
    }

    /// Tab: headings ↔ full text.
    pub fn toggle_mode(&mut self) {
        self.mode = match self.mode {
            Mode::Headings => Mode::FullText,
            Mode::FullText => Mode::Headings,
        };
        self.selected = 0;
        self.dirty = true;
    }

    /// Whether the query or mode changed since the last call; the app then searches.
    pub fn take_dirty(&mut self) -> bool {
        std::mem::take(&mut self.dirty)
    }

    pub fn result_count(&self) -> usize {
        match self.mode {
            Mode::Headings => self.headings.len(),
            Mode::FullText => self.text.len(),
        }
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn select_next(&mut self) {
        if self.selected + 1 < self.result_count() {
            self.selected += 1;
        }
    }

    pub fn select_prev(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn set_headings(&mut self, hits: Vec<Hit>) {
        self.headings = hits;
        self.selected = 0;
    }

    pub fn set_text(&mut self, hits: Vec<TextHit>) {
        self.text = hits;
        self.selected = 0;
    }

    pub fn headings(&self) -> &[Hit] {
        &self.headings
    }

    pub fn text_hits(&self) -> &[TextHit] {
        &self.text
    }

    /// Run the search for the current query and mode, on this thread.
    pub fn refresh(&mut self, searcher: &mut Searcher, text: &TextIndex, reports: &[Report]) {
        match self.mode {
            Mode::Headings => {
                let hits = searcher.search(&self.query, RESULT_LIMIT);
                self.set_headings(hits);
            }
            Mode::FullText => {
                let hits = text.search(reports, &self.query, RESULT_LIMIT);
                self.set_text(hits);
            }
        }
    }

    /// Where Enter goes: the selected result.
    pub fn selected_target(&self, reports: &[Report]) -> Option<Target> {
        match self.mode {
            Mode::Headings => {
                let hit = self.headings.get(self.selected)?;
                let node = reports.get(hit.report)?.nodes.get(hit.node)?;
                Some(Target {
                    report: hit.report,
                    node: Some(hit.node),
                    line: node.line,
                    range: None,
                })
            }
            Mode::FullText => {
                let hit = self.text.get(self.selected)?;
                let report = reports.get(hit.report)?;
                Some(Target {
                    report: hit.report,
                    node: report.node_at(hit.range.start),
                    line: hit.line,
                    range: Some(hit.range.clone()),
                })
            }
        }
    }
}

/// The popup's styles. `default()` is the dark-terminal look; `from_theme` follows the
/// app's theme, and mono uses no colour (bold + underline for matches).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PopupStyle {
    pub highlight: Style,
    pub dim: Style,
    pub border: Style,
}

impl Default for PopupStyle {
    fn default() -> Self {
        PopupStyle {
            highlight: highlight(),
            dim: dim(),
            border: Style::default(),
        }
    }
}

impl PopupStyle {
    pub fn from_theme(theme: &Theme) -> Self {
        let highlight = match theme.name {
            ThemeName::Mono => Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ThemeName::Light => Style::default()
                .fg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            ThemeName::Dark => highlight(),
        };
        PopupStyle {
            highlight,
            dim: theme.dim,
            border: theme.border_focused,
        }
    }
}

fn highlight() -> Style {
    Style::default()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

/// Spans for `text` with the chars at `matched` (sorted char indices) highlighted.
fn highlighted<'a>(
    text: &'a str,
    matched: &[usize],
    base: Style,
    lit_style: Style,
) -> Vec<Span<'a>> {
    let style = |lit: bool| if lit { base.patch(lit_style) } else { base };
    let mut spans = Vec::new();
    let mut start = 0;
    let mut lit = false;
    for (i, (b, _)) in text.char_indices().enumerate() {
        let hit = matched.binary_search(&i).is_ok();
        if hit != lit {
            if b > start {
                spans.push(Span::styled(&text[start..b], style(lit)));
            }
            start = b;
            lit = hit;
        }
    }
    if start < text.len() {
        spans.push(Span::styled(&text[start..], style(lit)));
    }
    spans
}

/// Wrap text to `width` display columns, breaking at char boundaries.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut out = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        let mut w = 0;
        for c in line.chars() {
            let cw = c.width().unwrap_or(0);
            if w + cw > width {
                out.push(std::mem::take(&mut cur));
                w = 0;
            }
            cur.push(c);
            w += cw;
        }
        out.push(cur);
    }
    out
}

/// Draw the popup over `area` (normally the whole screen), in the default style.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    popup: &SearchPopup,
    reports: &[Report],
    index: &SearchIndex,
) {
    render_styled(frame, area, popup, reports, index, &PopupStyle::default());
}

/// Draw the popup over `area` in `st` (see `PopupStyle::from_theme`).
pub fn render_styled(
    frame: &mut Frame,
    area: Rect,
    popup: &SearchPopup,
    reports: &[Report],
    index: &SearchIndex,
    st: &PopupStyle,
) {
    frame.render_widget(Clear, area);
    let title = match popup.mode {
        Mode::Headings => " Search headings (Tab: full text) ",
        Mode::FullText => " Search text (Tab: headings) ",
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(st.border)
        .title(title)
        .title_bottom(format!(" {} ", popup.result_count()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    // Query line, results (about half), a rule, the preview.
    let query_line = Line::from(vec![Span::styled("/ ", st.dim), Span::raw(&popup.query)]);
    frame.render_widget(Paragraph::new(query_line), Rect { height: 1, ..inner });
    let cursor_x = inner
        .x
        .saturating_add(2)
        .saturating_add(popup.cursor_column());
    frame.set_cursor_position(Position::new(
        cursor_x.min(inner.right().saturating_sub(1)),
        inner.y,
    ));

    let rest = inner.height.saturating_sub(1);
    let list_height = (rest / 2).max(1).min(rest);
    let list = Rect {
        y: inner.y + 1,
        height: list_height,
        ..inner
    };
    let lines: Vec<Line<'_>> = match popup.mode {
        Mode::Headings => heading_lines(popup, reports, index, st),
        Mode::FullText => text_lines(popup, reports, st),
    };
    // Keep the selection in view.
    let skip = popup
        .selected
        .saturating_sub(usize::from(list.height).saturating_sub(1));
    let visible: Vec<Line<'_>> = lines
        .into_iter()
        .skip(skip)
        .take(usize::from(list.height))
        .collect();
    frame.render_widget(Paragraph::new(visible), list);

    let preview_top = list.y + list.height;
    if preview_top + 1 >= inner.bottom() {
        return;
    }
    let rule = "─".repeat(usize::from(inner.width));
    frame.render_widget(
        Paragraph::new(Line::styled(rule, st.dim)),
        Rect {
            y: preview_top,
            height: 1,
            ..inner
        },
    );
    let preview = Rect {
        y: preview_top + 1,
        height: inner.bottom() - preview_top - 1,
        ..inner
    };
    let text = preview_text(popup, reports);
    let wrapped: Vec<Line<'_>> = wrap(&text, usize::from(preview.width))
        .into_iter()
        .take(usize::from(preview.height))
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(wrapped), preview);
}

fn marker(selected: bool, st: &PopupStyle) -> Span<'static> {
    if selected {
        Span::styled("> ", st.highlight)
    } else {
        Span::raw("  ")
    }
}

fn heading_lines<'a>(
    popup: &'a SearchPopup,
    reports: &'a [Report],
    index: &'a SearchIndex,
    st: &PopupStyle,
) -> Vec<Line<'a>> {
    popup
        .headings
        .iter()
        .enumerate()
        .filter_map(|(k, hit)| {
            let heading = index.heading(hit.entry)?;
            let selected = k == popup.selected;
            let base = if selected {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            let mut spans = vec![
                marker(selected, st),
                Span::styled(heading.number, base),
                Span::styled(" ", base),
            ];
            spans.extend(highlighted(heading.title, &hit.matched, base, st.highlight));
            let label = reports
                .get(hit.report)
                .map(Report::label)
                .unwrap_or_default();
            let label = crate::tui::sanitize::clean(&label);
            spans.push(Span::styled(format!("  {label}"), st.dim));
            let path = index.heading_path(hit.entry);
            if !path.is_empty() {
                spans.push(Span::styled(format!(" · {}", path.join(" › ")), st.dim));
            }
            Some(Line::from(spans))
        })
        .collect()
}

fn text_lines<'a>(popup: &'a SearchPopup, reports: &'a [Report], st: &PopupStyle) -> Vec<Line<'a>> {
    popup
        .text
        .iter()
        .enumerate()
        .filter_map(|(k, hit)| {
            let report = reports.get(hit.report)?;
            let line = report.line_range(hit.line);
            let start = hit.range.start.clamp(line.start, line.end);
            let end = hit.range.end.clamp(start, line.end.max(start));
            // Up to 16 characters of context before the match.
            let before_all = &report.text[line.start..start];
            let skip = before_all.chars().count().saturating_sub(16);
            let before: String = before_all.chars().skip(skip).collect();
            let selected = k == popup.selected;
            Some(Line::from(vec![
                marker(selected, st),
                Span::styled(format!("{}:{}  ", clean(&report.label()), hit.line), st.dim),
                Span::raw(before),
                Span::styled(&report.text[start..end], st.highlight),
                Span::raw(&report.text[end..line.end]),
            ]))
        })
        .collect()
}

/// The first lines of the selected section (or around the selected text match).
fn preview_text(popup: &SearchPopup, reports: &[Report]) -> String {
    let Some(target) = popup.selected_target(reports) else {
        return String::new();
    };
    let Some(report) = reports.get(target.report) else {
        return String::new();
    };
    let range = match (popup.mode, target.node) {
        (Mode::Headings, Some(n)) => report.nodes[n].span.clone(),
        _ => {
            let start = report.line_range(target.line).start;
            start..report.text.len()
        }
    };
    // Enough text for any preview pane; wrapping trims it to the lines that fit.
    let end = report.text[range.clone()]
        .char_indices()
        .nth(2000)
        .map_or(range.end, |(b, _)| range.start + b);
    report.text[range.start..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_moves_by_char_and_measures_display_width() {
        let mut p = SearchPopup::new();
        for c in "行政fy".chars() {
            p.insert(c);
        }
        assert_eq!(p.cursor_column(), 6);
        p.left();
        p.left();
        assert_eq!(p.cursor_column(), 4);
        p.left();
        assert_eq!(p.cursor_column(), 2);
        p.insert('x');
        assert_eq!(p.query(), "行x政fy");
        assert_eq!(p.cursor_column(), 3);
        p.backspace();
        p.delete();
        assert_eq!(p.query(), "行fy");
        p.home();
        p.backspace();
        assert_eq!(p.cursor_column(), 0);
        p.end();
        assert_eq!(p.cursor_column(), 4);
        p.right();
        assert_eq!(p.cursor_column(), 4);
        assert!(p.take_dirty());
        assert!(!p.take_dirty());
    }

    #[test]
    fn wrap_respects_display_width() {
        let lines = wrap("行政复议ab工作", 5);
        assert_eq!(lines, ["行政", "复议a", "b工作"]);
        for l in &lines {
            assert!(l.width() <= 5);
        }
    }

    #[test]
    fn highlighted_spans_cover_the_text() {
        let spans = highlighted(
            "加强行政复议工作",
            &[2, 3, 4, 5],
            Style::default(),
            highlight(),
        );
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["加强", "行政复议", "工作"]);
        assert_eq!(spans[1].style, highlight());
        let spans = highlighted("行政", &[0], Style::default(), highlight());
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["行", "政"]);
    }
}
