//! The content pane's text as rows: the lines of a byte range of a report, clutter lines
//! left out (or kept, in the raw view), runs of blank lines collapsed, each line wrapped
//! to the pane's width. Rows are byte ranges into the report text; scrolling keeps a
//! byte anchor, so the top row stays put across resizes and raw-view toggles.

use std::ops::Range;

use crate::report::Report;

use super::wrap::wrap;

/// One row on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based source line.
    pub line: usize,
    /// Bytes of the report text shown in this row.
    pub range: Range<usize>,
    /// The first row of its source line (the raw view numbers these).
    pub first: bool,
    /// The line is page clutter (only in the raw view).
    pub clutter: bool,
}

/// What kind of emphasis a byte range gets in the content pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmphasisKind {
    /// A figure (number with unit) found by the indicators library.
    Figure,
    /// A search match.
    Match,
    /// What a jump went to: a figure's sentence, a finding's line.
    Focus,
}

/// A byte range of a report's text to emphasise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emphasis {
    pub range: Range<usize>,
    pub kind: EmphasisKind,
}

/// Rows for `span` of `report` at `width` columns. `raw` keeps page clutter and every
/// blank line.
pub fn rows(report: &Report, span: Range<usize>, raw: bool, width: usize) -> Vec<Row> {
    let mut out = Vec::new();
    if report.line_count() == 0 {
        return out;
    }
    let first_line = report.line_of(span.start);
    let last_line = report.line_of(span.end.saturating_sub(1).max(span.start));
    let mut blank_run = true; // no blank rows at the top
    for line in first_line..=last_line {
        let clutter = report.is_clutter_line(line);
        if clutter && !raw {
            continue;
        }
        let full = report.line_range(line);
        let range =
            full.start.max(span.start)..full.end.min(span.end).max(full.start.max(span.start));
        let text = &report.text[range.clone()];
        if text.trim().is_empty() {
            if !raw && blank_run {
                continue;
            }
            blank_run = true;
            out.push(Row {
                line,
                range: range.start..range.start,
                first: true,
                clutter,
            });
            continue;
        }
        blank_run = false;
        for (k, r) in wrap(text, width).into_iter().enumerate() {
            out.push(Row {
                line,
                range: range.start + r.start..range.start + r.end,
                first: k == 0,
                clutter,
            });
        }
    }
    if !raw {
        while out.last().is_some_and(|r| r.range.is_empty()) {
            out.pop();
        }
    }
    out
}

/// Index of the row holding byte `anchor` (the last row starting at or before it).
pub fn row_at(rows: &[Row], anchor: usize) -> usize {
    rows.partition_point(|r| r.range.start <= anchor)
        .saturating_sub(1)
}

/// The top row to draw for `anchor` in a pane `height` rows tall: the anchor's row,
/// pulled up so the pane is not left half empty at the end.
pub fn top_row(rows: &[Row], anchor: usize, height: usize) -> usize {
    row_at(rows, anchor).min(rows.len().saturating_sub(height.max(1)))
}

/// Width of the line-number gutter in the raw view.
pub fn gutter_width(report: &Report) -> usize {
    report.line_count().max(1).to_string().len() + 1
}

/// Cut `range` into pieces with one set of emphasis kinds each. `marks` need not be
/// sorted; ranges outside `range` are ignored. Returns (piece, kinds present).
pub fn segments(range: Range<usize>, marks: &[(Range<usize>, u8)]) -> Vec<(Range<usize>, u8)> {
    let mut cuts = vec![range.start, range.end];
    for (m, _) in marks {
        for b in [m.start, m.end] {
            if b > range.start && b < range.end {
                cuts.push(b);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = w[0]..w[1];
            let bits = marks
                .iter()
                .filter(|(m, _)| m.start <= piece.start && m.end >= piece.end && m.start < m.end)
                .fold(0u8, |acc, (_, bit)| acc | bit);
            (piece, bits)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> Report {
        crate::parse_report("t.txt".into(), text.to_string())
    }

    #[test]
    fn blank_runs_collapse_and_clutter_is_left_out_unless_raw() {
        let r = report("首页 > 政府信息公开\n\n一、总体情况\n\n\n全年办理案件4件。\n\n");
        let normal = rows(&r, 0..r.text.len(), false, 40);
        let texts: Vec<&str> = normal
            .iter()
            .map(|row| &r.text[row.range.clone()])
            .collect();
        assert!(!texts.iter().any(|t| t.contains("首页")), "{texts:?}");
        assert_eq!(texts, vec!["一、总体情况", "", "全年办理案件4件。"]);
        let raw = rows(&r, 0..r.text.len(), true, 40);
        assert!(raw.iter().any(|row| row.clutter));
        assert!(raw.len() > normal.len());
    }

    #[test]
    fn anchors_find_their_row() {
        let r = report("一、总体情况\n一二三四五六七八九十一二三四五六七八九十\n");
        let rs = rows(&r, 0..r.text.len(), false, 10);
        // The heading takes two rows at width 10, the paragraph four.
        assert_eq!(rs.len(), 6);
        let third = rs[2].range.start;
        assert_eq!(row_at(&rs, third), 2);
        assert_eq!(row_at(&rs, third + 3), 2);
        assert_eq!(top_row(&rs, third, 4), 2);
        assert_eq!(top_row(&rs, third, 5), 1, "pulled up so the pane is full");
    }

    #[test]
    fn segments_split_at_mark_edges() {
        let s = segments(0..10, &[(2..4, 1), (3..6, 2), (20..30, 1)]);
        assert_eq!(
            s,
            vec![(0..2, 0), (2..3, 1), (3..4, 3), (4..6, 2), (6..10, 0)]
        );
    }
}
