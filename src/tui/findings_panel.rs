//! The findings panel: a report's review findings as a scrollable list, one row each
//! with a severity mark, the line, the rule id and the message, and below it the
//! selected finding in full: its message wrapped to the panel's width (CJK-aware) and
//! its suggested fix.
//!
//! A plain widget over `&[Diagnostic]` (what `lint::check` returns) and a small state
//! (selection and scroll), with no knowledge of the app around it: the app decides what
//! Enter does with `FindingsPanelState::selected_line`, and where `]e`/`[e` go with
//! `next_after`/`previous_before`. Selection and scrolling are ratatui's `ListState`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, HighlightSpacing, List, ListItem, ListState, Paragraph, StatefulWidget, Widget,
};

use crate::report::{Diagnostic, Severity};
use crate::tui::wrap::{str_width, wrap};

/// Selection and scroll position of the panel.
#[derive(Debug, Clone, Default)]
pub struct FindingsPanelState {
    list: ListState,
}

impl FindingsPanelState {
    /// Index of the selected finding, if any.
    pub fn selected(&self) -> Option<usize> {
        self.list.selected()
    }

    /// Select finding `index` (clamped to the list), or nothing.
    pub fn select(&mut self, index: Option<usize>, len: usize) {
        self.list
            .select(index.filter(|_| len > 0).map(|i| i.min(len - 1)));
    }

    /// Move the selection by `delta` rows, staying in the list; selects the first
    /// finding when nothing was selected.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        let next = match self.list.selected() {
            None => 0,
            Some(i) => i.saturating_add_signed(delta),
        };
        self.select(Some(next), len);
    }

    /// The report line of the selected finding: where Enter should jump.
    pub fn selected_line(&self, findings: &[Diagnostic]) -> Option<usize> {
        self.selected()
            .and_then(|i| findings.get(i))
            .map(|d| d.line)
    }

    /// First row shown (the scroll offset).
    pub fn offset(&self) -> usize {
        self.list.offset()
    }
}

/// The first finding after `line` (for `]e`), wrapping to the first.
pub fn next_after(findings: &[Diagnostic], line: usize) -> Option<usize> {
    findings
        .iter()
        .position(|d| d.line > line)
        .or((!findings.is_empty()).then_some(0))
}

/// The last finding before `line` (for `[e`), wrapping to the last.
pub fn previous_before(findings: &[Diagnostic], line: usize) -> Option<usize> {
    findings
        .iter()
        .rposition(|d| d.line < line)
        .or(findings.len().checked_sub(1))
}

/// The mark and colour of a severity.
pub fn severity_mark(severity: Severity) -> (&'static str, Style) {
    match severity {
        Severity::Error => (
            "✗",
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        ),
        Severity::Warning => ("!", Style::new().fg(Color::Yellow)),
        Severity::Info => ("i", Style::new().fg(Color::Cyan)),
    }
}

/// The panel widget. Render with `render_stateful_widget` and a `FindingsPanelState`.
#[derive(Debug, Clone)]
pub struct FindingsPanel<'a> {
    findings: &'a [Diagnostic],
    title: String,
    focused: bool,
    block: Option<Block<'a>>,
}

impl<'a> FindingsPanel<'a> {
    pub fn new(findings: &'a [Diagnostic]) -> Self {
        FindingsPanel {
            findings,
            title: format!(" Findings ({}) ", findings.len()),
            focused: false,
            block: None,
        }
    }

    /// A title for the border (the report's label, say); the count is appended.
    pub fn title(mut self, title: &str) -> Self {
        self.title = format!(" {title} · {} ", self.findings.len());
        self
    }

    /// Draw inside this border instead of the panel's own (title and focus style are
    /// then the caller's).
    pub fn block(mut self, block: Block<'a>) -> Self {
        self.block = Some(block);
        self
    }

    /// A focused panel draws its border and selection brighter.
    pub fn focused(mut self, focused: bool) -> Self {
        self.focused = focused;
        self
    }

    fn row(d: &Diagnostic, line_width: usize) -> ListItem<'_> {
        let (mark, style) = severity_mark(d.severity);
        ListItem::new(Line::from(vec![
            Span::styled(mark, style),
            Span::raw(format!(" {:>line_width$} ", d.line)),
            Span::styled(d.rule.as_str(), Style::new().add_modifier(Modifier::DIM)),
            Span::raw(" "),
            Span::raw(d.message.as_str()),
        ]))
    }
}

impl StatefulWidget for FindingsPanel<'_> {
    type State = FindingsPanelState;

    fn render(self, area: Rect, buf: &mut Buffer, state: &mut Self::State) {
        let border = if self.focused {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new().fg(Color::DarkGray)
        };
        let block = self.block.clone().unwrap_or_else(|| {
            Block::bordered()
                .border_style(border)
                .title(self.title.clone())
        });
        if self.findings.is_empty() {
            Paragraph::new("无问题 / no findings")
                .style(Style::new().add_modifier(Modifier::DIM))
                .block(block)
                .render(area, buf);
            return;
        }
        // Keep a selection that fell off the end (after a reload) inside the list.
        if let Some(i) = state.selected() {
            state.select(Some(i), self.findings.len());
        }
        let line_width = self
            .findings
            .iter()
            .map(|d| d.line.to_string().len())
            .max()
            .unwrap_or(1);
        let items: Vec<ListItem<'_>> = self
            .findings
            .iter()
            .map(|d| Self::row(d, line_width))
            .collect();
        let highlight = if self.focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        };
        let inner = block.inner(area);
        block.render(area, buf);
        // The selected finding in full below the list, in up to half the rows (the list
        // keeps at least two).
        let selected = state.selected().and_then(|i| self.findings.get(i));
        let detail = selected
            .map(|d| detail_lines(d, inner.width as usize))
            .unwrap_or_default();
        let room = inner.height.saturating_sub(2).min(inner.height / 2);
        let detail_h = if inner.height >= 4 {
            (detail.len() as u16).min(room)
        } else {
            0
        };
        let list_area = Rect::new(inner.x, inner.y, inner.width, inner.height - detail_h);
        let list = List::new(items)
            .highlight_style(highlight)
            .highlight_symbol("> ")
            .highlight_spacing(HighlightSpacing::Always);
        StatefulWidget::render(list, list_area, buf, &mut state.list);
        if detail_h > 0 {
            let detail_area = Rect::new(
                inner.x,
                list_area.y + list_area.height,
                inner.width,
                detail_h,
            );
            let mut lines = detail;
            if lines.len() > detail_h as usize {
                lines.truncate(detail_h as usize);
                if let Some(last) = lines.last_mut() {
                    last.push_span(Span::raw("…"));
                }
            }
            Paragraph::new(lines).render(detail_area, buf);
        }
    }
}

/// The rows showing one finding in full at `width` columns: a rule line naming it, the
/// message wrapped, and the suggested fix.
pub fn detail_lines(d: &Diagnostic, width: usize) -> Vec<Line<'static>> {
    let width = width.max(4);
    let dim = Style::new().add_modifier(Modifier::DIM);
    let (mark, style) = severity_mark(d.severity);
    let head = format!(" {} {} ", d.line, d.rule);
    let fill = width.saturating_sub(str_width(&head) + 3);
    let mut out = vec![Line::from(vec![
        Span::styled("─", dim),
        Span::styled(mark.to_string(), style),
        Span::styled(head, dim),
        Span::styled("─".repeat(fill), dim),
    ])];
    for row in wrap(&d.message, width) {
        out.push(Line::raw(d.message[row].to_string()));
    }
    if let Some(fix) = &d.suggestion {
        let text = format!("建议 / fix: {fix}");
        for row in wrap(&text, width) {
            out.push(Line::styled(
                text[row].to_string(),
                Style::new().fg(Color::Green),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn d(line: usize, rule: &str, severity: Severity, message: &str) -> Diagnostic {
        Diagnostic {
            line,
            rule: rule.into(),
            severity,
            message: message.into(),
            expected: None,
            suggestion: None,
        }
    }

    fn findings() -> Vec<Diagnostic> {
        vec![
            d(
                2,
                "injected-text",
                Severity::Error,
                "疑似注入文本“bt365体育”,全文出现14次 / injected text occurs 14 times",
            ),
            d(
                28,
                "empty-quotes",
                Severity::Warning,
                "空的“”(…深化“”),可能漏了文字 / empty “”",
            ),
            d(
                39,
                "marker-damaged",
                Severity::Warning,
                "编号“)”残缺,应为“(七)” / damaged marker",
            ),
            d(
                53,
                "required-part-unnumbered",
                Severity::Info,
                "必备部分没有单独编号的标题 / no heading",
            ),
            d(
                61,
                "point-missing-numeral",
                Severity::Warning,
                "段落缺少要点序号,应为“二是” / missing numeral",
            ),
            d(
                120,
                "page-text",
                Severity::Warning,
                "正文中夹有网页文字“打印本页” / web-page text",
            ),
        ]
    }

    fn draw(
        findings: &[Diagnostic],
        state: &mut FindingsPanelState,
        w: u16,
        h: u16,
    ) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| {
                let panel = FindingsPanel::new(findings)
                    .title("侯马 2023")
                    .focused(true);
                f.render_stateful_widget(panel, f.area(), state);
            })
            .unwrap();
        terminal
    }

    #[test]
    fn renders_rows_with_a_selection() {
        let list = findings();
        let mut state = FindingsPanelState::default();
        state.select(Some(1), list.len());
        let terminal = draw(&list, &mut state, 60, 8);
        insta::assert_snapshot!(terminal.backend());
    }

    #[test]
    fn scrolls_to_keep_the_selection_in_view() {
        let list = findings();
        let mut state = FindingsPanelState::default();
        state.move_by(1, list.len());
        assert_eq!(state.selected(), Some(0));
        state.move_by(5, list.len());
        assert_eq!(state.selected(), Some(5));
        let terminal = draw(&list, &mut state, 50, 5);
        // Three rows fit: the selection (last) is on the last visible row.
        assert_eq!(state.offset(), 3);
        assert_eq!(state.selected_line(&list), Some(120));
        insta::assert_snapshot!(terminal.backend());
    }

    #[test]
    fn the_selected_finding_is_shown_in_full_with_its_fix() {
        let mut list = findings();
        list[1].message = "空的“”(…,进一步深化“”),可能漏了文字 / empty “” (…,进一步深化“”): a word is probably missing".into();
        list[1].suggestion = Some("在“”中补上遗漏的文字,或删去“”".into());
        let mut state = FindingsPanelState::default();
        state.select(Some(1), list.len());
        let terminal = draw(&list, &mut state, 44, 14);
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .filter(|s| !s.trim().is_empty())
            .collect();
        // The whole message is there across rows, and so is the fix.
        assert!(
            screen.contains("awordis") && screen.contains("probablymissing"),
            "{screen}"
        );
        assert!(screen.contains("建议/fix:在“”中补上遗漏的文字"), "{screen}");
        insta::assert_snapshot!(terminal.backend());
    }

    #[test]
    fn detail_rows_wrap_at_the_panel_width() {
        let d = &findings()[0];
        for width in [4usize, 10, 30, 80] {
            for line in detail_lines(d, width).iter().skip(1) {
                assert!(line.width() <= width, "{width}: {line:?}");
            }
        }
    }

    #[test]
    fn empty_list_says_so() {
        let mut state = FindingsPanelState::default();
        let terminal = draw(&[], &mut state, 40, 3);
        insta::assert_snapshot!(terminal.backend());
    }

    #[test]
    fn selection_is_clamped_and_moves_within_the_list() {
        let mut state = FindingsPanelState::default();
        state.move_by(-3, 4);
        assert_eq!(state.selected(), Some(0));
        state.move_by(10, 4);
        assert_eq!(state.selected(), Some(3));
        state.select(Some(9), 0);
        assert_eq!(state.selected(), None);
    }

    #[test]
    fn next_and_previous_wrap() {
        let list = findings();
        assert_eq!(next_after(&list, 28), Some(2));
        assert_eq!(next_after(&list, 500), Some(0));
        assert_eq!(previous_before(&list, 39), Some(1));
        assert_eq!(previous_before(&list, 1), Some(5));
        assert_eq!(next_after(&[], 3), None);
        assert_eq!(previous_before(&[], 3), None);
    }
}
