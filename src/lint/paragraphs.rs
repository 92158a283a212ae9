//! Paragraphs and sentences as the reader sees them, not lines as the file has them.
//!
//! Pages and PDF copies break lines inside a sentence: `…制定了《\n重大动物疫情应急条例\n》、《`,
//! `（PM\n2.5\n）`, a quote opened on one line and closed on the next, a point numeral alone on
//! its line (`三是\n根据…`). Checked line by line, each of those is an "unbalanced bracket",
//! a damaged marker or a point without its numeral. So the review reads paragraphs: lines
//! are joined where the text itself says the sentence goes on, and every rule that reads
//! prose reads the joined text, mapping offsets back to lines only to report them.
//!
//! A line joins the paragraph before it when (no more than two blank lines apart):
//! - the paragraph so far ends with an opening mark (`《`, `“`, `（`);
//! - the line starts with punctuation that never opens a paragraph (`，`, `、`, `。`), or with
//!   a closing mark whose opening mark is still open;
//! - the paragraph so far is only a marker (`三是`, `一、`);
//! - directly below (no blank line), the paragraph ends without punctuation while a mark is
//!   still open, or it is prose (has a comma or full stop) ending in a character and the
//!   line goes on with a character: a hard-wrapped sentence.
//!
//! Headings, the title and the signature never join anything: they are their own paragraphs.

use crate::parse::markers::{is_han, is_space, line_marker};
use crate::parse::numerals::is_chinese_digit;
use crate::report::{NodeKind, Report};

/// What a paragraph is, for the rules that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// The report's own title.
    Title,
    /// A numbered heading (node index into `report.nodes`), with any run-in body.
    Heading(usize),
    /// Ordinary text.
    Body,
    /// The signing body and date at the end.
    Signature,
}

/// One line's share of a paragraph.
#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Byte offset in the paragraph's text where this line's content starts.
    at: usize,
    /// 1-based line in the report.
    line: usize,
}

/// A paragraph: one or more lines, joined.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// The lines' contents (without leading and trailing spaces) joined with nothing
    /// between them: Chinese needs no space where a line was broken.
    pub text: String,
    pub kind: ParaKind,
    segs: Vec<Seg>,
    /// Blank lines (or page clutter) stood before this paragraph.
    pub gap_before: bool,
}

impl Paragraph {
    /// 1-based line of the paragraph's first line.
    pub fn first_line(&self) -> usize {
        self.segs[0].line
    }

    /// 1-based line of the paragraph's last line.
    pub fn last_line(&self) -> usize {
        self.segs[self.segs.len() - 1].line
    }

    /// The 1-based line holding byte `offset` of `text`.
    pub fn line_at(&self, offset: usize) -> usize {
        let k = self.segs.partition_point(|s| s.at <= offset);
        self.segs[k.saturating_sub(1)].line
    }

    /// Whether the paragraph spans more than one line.
    pub fn is_joined(&self) -> bool {
        self.segs.len() > 1
    }

    /// Whether this is ordinary text or a heading's run-in body: prose a rule may read.
    pub fn is_prose(&self) -> bool {
        matches!(self.kind, ParaKind::Body | ParaKind::Heading(_))
    }
}

/// The report's paragraphs in order.
#[derive(Debug, Clone, Default)]
pub struct Paragraphs {
    pub list: Vec<Paragraph>,
    /// For each 1-based line (index `line - 1`): the paragraph it belongs to.
    by_line: Vec<Option<usize>>,
}

impl Paragraphs {
    /// The paragraph holding a 1-based line, if the line is report text.
    pub fn of_line(&self, line: usize) -> Option<usize> {
        self.by_line.get(line.wrapping_sub(1)).copied().flatten()
    }

    /// Whether a 1-based line starts a paragraph (rather than continuing one).
    pub fn starts_paragraph(&self, line: usize) -> bool {
        self.of_line(line)
            .is_some_and(|p| self.list[p].first_line() == line)
    }
}

/// Characters a line may be trimmed of: spaces, and format characters that copies leave
/// around text (zero-width space and joiner, BOM).
fn is_trim(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{2060}'
        )
}

/// Opening and closing marks, by kind (index into `Depth`).
pub const OPENERS: [char; 10] = ['“', '‘', '《', '（', '(', '【', '「', '『', '〈', '〔'];
pub const CLOSERS: [char; 10] = ['”', '’', '》', '）', ')', '】', '」', '』', '〉', '〕'];

/// Kind index of a mark: both parenthesis widths are one kind.
pub fn mark_kind(c: char) -> Option<(usize, bool)> {
    let kind = |i: usize| if i == 4 { 3 } else { i };
    if let Some(i) = OPENERS.iter().position(|&o| o == c) {
        return Some((kind(i), true));
    }
    CLOSERS
        .iter()
        .position(|&o| o == c)
        .map(|i| (kind(i), false))
}

/// Punctuation that never opens a paragraph, so a line starting with it goes on.
fn is_continuing(c: char) -> bool {
    matches!(
        c,
        '，' | '、' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?'
    )
}

/// Punctuation that may end a sentence or a line of prose.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '：' | '!' | '?' | ';' | ':' | '…' | '.'
    )
}

/// A marker with nothing after it: `三是`, `一要`, `第一，`, `一、`, `（一）`.
fn is_bare_marker(s: &str) -> bool {
    let s = s.trim_end_matches(['，', ',', '：', ':']);
    if s.is_empty() {
        return false;
    }
    let numeral_then = |s: &str, tails: &[char]| {
        let body = s.trim_start_matches('第');
        let digits: String = body.chars().take_while(|&c| is_chinese_digit(c)).collect();
        let rest = &body[digits.len()..];
        !digits.is_empty()
            && digits.chars().count() <= 3
            && (rest.is_empty() || (rest.chars().count() == 1 && rest.starts_with(tails)))
    };
    if s.starts_with('第') {
        return numeral_then(s, &[]);
    }
    if numeral_then(s, &['是', '要']) && !s.chars().all(is_chinese_digit) {
        return true;
    }
    line_marker(s)
        .is_some_and(|m| m.rest >= s.len() && m.style != crate::report::MarkerStyle::Point)
}

/// A paragraph being built.
struct Builder {
    para: Paragraph,
    depth: [u32; 10],
    /// The paragraph has a comma or full stop: it is prose, not a title or a label.
    prose: bool,
    /// Characters in the last line added.
    last_line_chars: usize,
}

impl Builder {
    fn new(line: usize, content: &str, kind: ParaKind, gap_before: bool) -> Self {
        let mut b = Builder {
            para: Paragraph {
                text: String::new(),
                kind,
                segs: Vec::new(),
                gap_before,
            },
            depth: [0; 10],
            prose: false,
            last_line_chars: 0,
        };
        b.push(line, content);
        b
    }

    fn push(&mut self, line: usize, content: &str) {
        self.para.segs.push(Seg {
            at: self.para.text.len(),
            line,
        });
        self.para.text.push_str(content);
        self.prose |= content.contains(['，', '。', ',']);
        self.last_line_chars = content.chars().count();
        for c in content.chars() {
            if let Some((k, open)) = mark_kind(c) {
                if open {
                    self.depth[k] += 1;
                } else {
                    self.depth[k] = self.depth[k].saturating_sub(1);
                }
            }
        }
    }

    fn open_marks(&self) -> bool {
        self.depth.iter().any(|&d| d > 0)
    }

    /// Whether `next` (a line `gap` blank lines below, a heading line or not) goes on
    /// with this paragraph. `wrap` is the width (in characters) at which the text was
    /// hard-wrapped, if it was.
    fn joins(&self, next: &str, gap: usize, heading: bool, wrap: Option<usize>) -> bool {
        if gap > 2 {
            return false;
        }
        let text = &self.para.text;
        let (Some(last), Some(first)) = (text.chars().next_back(), next.chars().next()) else {
            return false;
        };
        if is_continuing(first) {
            return true;
        }
        if let Some((k, false)) = mark_kind(first) {
            return self.depth[k] > 0;
        }
        // Nothing, not even a heading, starts right after an opening mark; past a blank
        // line, a marked line (`二是…`, `三、…`) starts anew all the same.
        if matches!(mark_kind(last), Some((_, true))) {
            return gap == 0 || (!heading && line_marker(next).is_none());
        }
        if heading {
            return false;
        }
        // Only a short paragraph can be a bare marker (and checking a long one would cost
        // a pass over it for every line it gains).
        if text.len() <= 24 && is_bare_marker(text) {
            return true;
        }
        if gap > 0 {
            return false;
        }
        // In a text hard-wrapped at a fixed width, a full line goes on whatever it ends
        // with (a wrap can fall just after a full stop), unless a marked line follows.
        if wrap.is_some_and(|w| self.last_line_chars + 1 >= w) && line_marker(next).is_none() {
            return true;
        }
        if is_terminal(last) {
            return false;
        }
        if self.open_marks() {
            return true;
        }
        // A hard-wrapped sentence: prose cut after a character, going on with one. A
        // heading goes on only once its run-in body has begun (after its 。): a
        // heading line of its own stays apart from the body below.
        let wordy = |c: char| is_han(c) || c.is_ascii_alphanumeric();
        let body = match self.para.kind {
            ParaKind::Body => true,
            ParaKind::Heading(_) => text.contains('。'),
            _ => false,
        };
        self.prose && body && wordy(last) && wordy(first)
    }
}

/// The width a text was hard-wrapped at (a PDF copy, a fixed-width export): most of
/// its longer lines have the same length, give or take one character. `None` for text
/// with a line per paragraph, whose lines vary in length.
fn wrap_width(report: &Report) -> Option<usize> {
    let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut long = 0;
    for n in 1..=report.line_count() {
        let len = report.line_text(n).trim_matches(is_trim).chars().count();
        if len >= 20 {
            long += 1;
            *counts.entry(len).or_default() += 1;
        }
    }
    let (&width, _) = counts.iter().max_by_key(|&(&len, &c)| (c, len))?;
    let near: usize = (width.saturating_sub(1)..=width + 1)
        .map(|w| counts.get(&w).copied().unwrap_or(0))
        .sum();
    (long >= 8 && near * 2 >= long).then_some(width)
}

/// Read a report's text into paragraphs.
pub fn build(report: &Report) -> Paragraphs {
    let count = report.line_count();
    let wrap = wrap_width(report);
    // Lines where a heading starts (its marker opens the line).
    let mut heading_at = vec![None; count + 1];
    for (i, n) in report.nodes.iter().enumerate() {
        if n.kind == NodeKind::Heading && n.line <= count {
            let range = report.line_range(n.line);
            let line = &report.text[range.clone()];
            let lead = line.len() - line.trim_start_matches(is_trim).len();
            if n.span.start == range.start + lead && heading_at[n.line].is_none() {
                heading_at[n.line] = Some(i);
            }
        }
    }
    let mut out = Paragraphs {
        list: Vec::new(),
        by_line: vec![None; count],
    };
    let mut cur: Option<Builder> = None;
    let mut gap = 0usize;
    let close = |b: Option<Builder>, out: &mut Paragraphs| {
        if let Some(b) = b {
            let index = out.list.len();
            for s in &b.para.segs {
                out.by_line[s.line - 1] = Some(index);
            }
            out.list.push(b.para);
        }
    };
    for n in 1..=count {
        if report.is_clutter_line(n) {
            close(cur.take(), &mut out);
            gap = usize::MAX / 2;
            continue;
        }
        let raw = report.line_text(n);
        let content = raw.trim_matches(is_trim);
        if content.is_empty() {
            // A line of nothing but format characters (a page break in some copies) is
            // no paragraph break; a blank line is.
            // (`is_space` counts format characters as spaces: ask about white space.)
            if raw.chars().all(|c| c.is_whitespace() || c == '\u{3000}') {
                gap = gap.saturating_add(1);
            }
            continue;
        }
        let kind = if report.meta.title_lines.contains(&n) {
            ParaKind::Title
        } else if report.meta.signature_lines.contains(&n) {
            ParaKind::Signature
        } else if let Some(i) = heading_at.get(n).copied().flatten() {
            ParaKind::Heading(i)
        } else {
            ParaKind::Body
        };
        let joinable = |b: &Builder| {
            !matches!(b.para.kind, ParaKind::Title | ParaKind::Signature)
                && matches!(kind, ParaKind::Body | ParaKind::Heading(_))
                && b.joins(content, gap, matches!(kind, ParaKind::Heading(_)), wrap)
        };
        match cur.as_mut() {
            Some(b) if joinable(b) => b.push(n, content),
            _ => {
                close(cur.take(), &mut out);
                cur = Some(Builder::new(n, content, kind, gap > 0));
            }
        }
        gap = 0;
    }
    close(cur.take(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::report;

    fn texts(p: &Paragraphs) -> Vec<(usize, &str)> {
        p.list
            .iter()
            .map(|p| (p.first_line(), p.text.as_str()))
            .collect()
    }

    #[test]
    fn book_titles_broken_over_lines_are_one_paragraph() {
        let r = report("制定了《\n重大动物疫情应急条例\n》、《\n关于预防煤矿生产安全事故的特别规定\n》等22部行政法规。\n\n下一段。\n");
        let p = build(&r);
        assert_eq!(
            texts(&p),
            [
                (1, "制定了《重大动物疫情应急条例》、《关于预防煤矿生产安全事故的特别规定》等22部行政法规。"),
                (7, "下一段。")
            ]
        );
        assert_eq!(p.list[0].line_at(p.list[0].text.find("》等").unwrap()), 5);
        assert!(!p.starts_paragraph(3));
        assert!(p.starts_paragraph(7));
    }

    #[test]
    fn an_open_bracket_carries_the_sentence_over() {
        let r = report("细颗粒物（PM\n2.5\n）浓度下降。\n");
        assert_eq!(texts(&build(&r)), [(1, "细颗粒物（PM2.5）浓度下降。")]);
    }

    #[test]
    fn a_numeral_alone_on_its_line_joins_its_point() {
        let r = report("要抓好以下几个方面。\n\n\u{3000}\u{3000}\n一是\n加快基础设施建设。\n\n二是\n大力发展科技。\n");
        assert_eq!(
            texts(&build(&r)),
            [
                (1, "要抓好以下几个方面。"),
                (4, "一是加快基础设施建设。"),
                (7, "二是大力发展科技。")
            ]
        );
    }

    #[test]
    fn a_quote_closed_on_the_next_line_is_joined() {
        let r = report("毛主席指出：“\n这次文化大革命是完全必要的。\n”为了充分认识。\n");
        assert_eq!(build(&r).list.len(), 1);
    }

    #[test]
    fn a_hard_wrapped_sentence_is_joined_but_headings_stay_apart() {
        let r = report(
            "一、总体情况\n2020年，我区坚持依法行政，推进\n法治政府建设。\n二、存在问题\n问题。\n",
        );
        let p = build(&r);
        assert_eq!(
            texts(&p),
            [
                (1, "一、总体情况"),
                (2, "2020年，我区坚持依法行政，推进法治政府建设。"),
                (4, "二、存在问题"),
                (5, "问题。")
            ]
        );
        assert!(matches!(p.list[0].kind, ParaKind::Heading(_)));
    }

    #[test]
    fn a_stray_closing_mark_on_a_new_line_is_not_joined() {
        // The damaged marker of `(七)`: a closing parenthesis with nothing open before it.
        let r = report("一、总体\n(六)甲项\n工作。\n)推进法律顾问体系建设\n工作。\n");
        let p = build(&r);
        assert!(p.starts_paragraph(4), "{:?}", texts(&p));
    }

    #[test]
    fn a_quote_opened_before_a_numbered_line_goes_on_into_it() {
        // cpc-11: `”“\n一、两年之内…\n”。` is a quotation, not a heading.
        let r = report("毛主席还指出：“\n逐步扩大文艺节目。\n”“\n一、两年之内逐步活跃起来\n”。\n");
        let p = build(&r);
        assert_eq!(p.list.len(), 1, "{:?}", texts(&p));
    }

    #[test]
    fn a_marked_line_after_a_blank_line_starts_anew_even_after_an_open_mark() {
        let r = report("一是加强和创新社会管理，政治体制改革“\n\n二是继续大力纠正不正之风。\n");
        assert_eq!(build(&r).list.len(), 2);
    }

    #[test]
    fn a_line_of_format_characters_is_no_paragraph_break() {
        // gwr-1957: a zero-width space alone on a line where the page broke.
        let r = report("在这样一个大革命的过程里，社会财产沒\n\u{200b}\n有受到破坏。\n");
        assert_eq!(
            texts(&build(&r)),
            [(1, "在这样一个大革命的过程里，社会财产沒有受到破坏。")]
        );
    }

    #[test]
    fn a_text_wrapped_at_a_fixed_width_is_joined_even_after_a_full_stop() {
        // A PDF copy: every full line has 22 characters, one wrap falls after 。.
        let body = "推进法治政府建设工作,坚持依法行政基本原则。坚持依法行政的原则和方法,全面提升依法办事能力,完善制度体系建设。强化监督检查落实";
        let lines: Vec<String> = body
            .chars()
            .collect::<Vec<_>>()
            .chunks(22)
            .map(|c| c.iter().collect())
            .collect();
        let mut text = String::from("一、总体情况\n");
        for _ in 0..4 {
            text.push_str(&lines.join("\n"));
            text.push_str("\n\n");
        }
        let r = report(&text);
        let p = build(&r);
        assert_eq!(p.list.len(), 5, "{:?}", texts(&p));
        assert_eq!(p.list[1].text, body);
    }

    #[test]
    fn a_run_in_heading_goes_on_over_a_wrapped_line_but_a_heading_line_does_not() {
        let r = report("1.深化改革。按照部署,推进标准化建设,网上可办率\n达到100%\n2.全面实施清单管理制度\n梳理形成清单。\n");
        let p = build(&r);
        assert_eq!(
            texts(&p),
            [
                (1, "1.深化改革。按照部署,推进标准化建设,网上可办率达到100%"),
                (3, "2.全面实施清单管理制度"),
                (4, "梳理形成清单。")
            ]
        );
    }

    #[test]
    fn paragraphs_separated_by_blank_lines_stay_apart() {
        let r = report("第一段没有句号\n\n第二段。\n");
        assert_eq!(build(&r).list.len(), 2);
        // Titles and short lines without punctuation are not joined to what follows.
        let r = report("某区2020年法治政府建设工作报告\n2020年，我区推进工作。\n");
        assert_eq!(build(&r).list.len(), 2);
    }
}
