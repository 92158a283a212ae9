//! The outline: numbered headings and 一是/二是 points → a tree of `Node`s with spans,
//! and the numbering problems found on the way (`outline_checks`).
//!
//! Reading order is the reader's: markers are found at line starts (headings, points)
//! and inside paragraphs after 。;: (points); nesting follows the order in which marker
//! families appear (a family already open is a sibling, a new one a child), with the
//! official rank 一、 > (一) > 1. > (1) > ① as the tie-breaker when a coarser family
//! returns. A damaged `(七)` is trusted only where a `(六)` makes it expected.

use std::ops::Range;

use crate::report::{Diagnostic, MarkerStyle, Node, NodeKind, Severity};

use super::markers::{is_space, line_marker, Marker};
use super::numerals::{is_chinese_digit, parse_chinese, to_chinese, to_circled};
use super::oneline;
use super::outline_checks;
use super::Line;

/// What the outline builder returns.
#[derive(Debug, Default)]
pub struct Outline {
    pub nodes: Vec<Node>,
    pub roots: Vec<usize>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A marker found in the text, before the tree is built.
#[derive(Debug, Clone)]
struct Event {
    style: MarkerStyle,
    value: Option<u32>,
    /// Marker as written.
    number: String,
    /// Byte offset of the marker.
    start: usize,
    /// Byte offset where the node's own body starts.
    head_end: usize,
    title: String,
    line: usize,
    damaged: bool,
    /// A point run into the previous sentence with no separator (`有待提升二是`).
    run_in: bool,
}

impl Event {
    fn kind(&self) -> NodeKind {
        if self.style == MarkerStyle::Point {
            NodeKind::Point
        } else {
            NodeKind::Heading
        }
    }
}

/// Official rank of the marker families, coarsest first.
fn rank(style: MarkerStyle) -> u8 {
    match style {
        MarkerStyle::ChineseComma => 1,
        MarkerStyle::ChineseParen => 2,
        MarkerStyle::ArabicDot => 3,
        MarkerStyle::ArabicParen => 4,
        MarkerStyle::Circled => 5,
        MarkerStyle::Point => 6,
    }
}

/// Sentence ends that close a run-in heading's lead sentence.
fn is_heading_stop(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '\u{ff01}' | '\u{ff1f}')
}

/// Sentence and clause ends that close a point's lead sentence.
fn is_point_stop(c: char) -> bool {
    is_heading_stop(c) || matches!(c, ';' | '\u{ff1b}')
}

/// Punctuation after which a 一是 starts a point.
fn is_point_separator(c: char) -> bool {
    matches!(
        c,
        '。' | ';' | '\u{ff1b}' | ':' | '\u{ff1a}' | '!' | '?' | '\u{ff01}' | '\u{ff1f}'
    )
}

/// Softer punctuation after which a point is accepted when it continues a sequence.
fn is_soft_separator(c: char) -> bool {
    matches!(c, ',' | '\u{ff0c}' | '、')
}

/// The end (byte offset in `s`) of the lead sentence, and the end of its terminator.
/// Terminators inside quotes, book titles and brackets do not count.
fn lead_sentence_end(s: &str, stop: fn(char) -> bool) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '“' | '《' | '(' | '\u{ff08}' | '「' | '‘' | '〈' | '【' => depth += 1,
            '”' | '》' | ')' | '\u{ff09}' | '」' | '’' | '〉' | '】' => {
                depth = (depth - 1).max(0)
            }
            c if depth == 0 && stop(c) => return Some((i, i + c.len_utf8())),
            _ => {}
        }
    }
    None
}

/// Build the outline of the report text in `lines[first..=last]` (0-based line indices).
pub fn build(
    text: &str,
    lines: &[Line],
    region: Range<usize>,
    region_bytes: Range<usize>,
) -> Outline {
    let events = collect_events(text, lines, region.clone());
    let mut outline = Outline::default();
    let accepted = assemble(&events, &mut outline);
    set_spans(&mut outline.nodes, region_bytes.end);
    let missing = outline_checks::missing_point_numerals(text, lines, region, &outline);
    outline_checks::number_checks(&mut outline, &accepted, &missing);
    outline.diagnostics.extend(missing);
    outline.diagnostics.sort_by_key(|d| d.line);
    outline
}

/// Find every marker in the region, in document order. A line holding most of the
/// report's text (a page that lost its paragraph breaks) is read in pieces, one per
/// heading that stands mid-line on it (see `oneline`).
fn collect_events(text: &str, lines: &[Line], region: Range<usize>) -> Vec<Event> {
    let mut events = Vec::new();
    let text_bytes: usize = lines[region.clone()]
        .iter()
        .filter(|l| !l.clutter)
        .map(|l| l.content.len())
        .sum();
    let mut numbering = oneline::Numbering::default();
    for (idx, line) in lines.iter().enumerate().take(region.end).skip(region.start) {
        if line.clutter || line.is_blank() {
            continue;
        }
        let content = &text[line.content.clone()];
        let line_no = idx + 1;
        let next_line = (line.end + 1).min(text.len());
        if let Some(ev) = lone_point(text, lines, idx, region.end) {
            events.push(ev);
            continue;
        }
        let one_line = oneline::is_one_line_page(content.len(), text_bytes);
        let splits = if one_line {
            oneline::split_points(content, &mut numbering)
        } else {
            if let Some(m) = line_marker(content).filter(|m| !m.damaged) {
                if let Some(v) = m.value {
                    numbering.note(m.style, v);
                }
            }
            Vec::new()
        };
        let starts = std::iter::once(0).chain(splits.iter().copied());
        let ends = splits.iter().copied().chain(std::iter::once(content.len()));
        for (from, to) in starts.zip(ends) {
            let piece = &content[from..to];
            let base = line.content.start + from;
            let next = if to == content.len() {
                next_line
            } else {
                base + piece.len()
            };
            events.extend(piece_events(text, piece, base, next, line_no, one_line));
        }
    }
    events
}

/// A point marker alone on its line with the point's text on the next (`一是` / `依法打击…`,
/// as copies split a bold marker from its text): the point, titled from that text.
fn lone_point(text: &str, lines: &[Line], idx: usize, end: usize) -> Option<Event> {
    let content = &text[lines[idx].content.clone()];
    let m = line_marker(content).filter(|m| {
        m.style == MarkerStyle::Point && !m.damaged && content[m.rest..].trim().is_empty()
    })?;
    let next = (idx + 1..end).find(|&j| !lines[j].is_blank() && !lines[j].clutter)?;
    let body = &text[lines[next].content.clone()];
    if line_marker(body).is_some() {
        return None;
    }
    let (title, head_end) = match lead_sentence_end(body, is_point_stop) {
        Some((t_end, term_end)) => (
            clean_title(&body[..t_end]),
            lines[next].content.start + term_end,
        ),
        None => (clean_title(body), (lines[next].end + 1).min(text.len())),
    };
    if title.is_empty() {
        return None;
    }
    Some(Event {
        style: MarkerStyle::Point,
        value: m.value,
        number: content[..m.len].to_string(),
        start: lines[idx].content.start,
        head_end,
        title: shorten_point_title(title),
        line: idx + 1,
        damaged: false,
        run_in: false,
    })
}

/// The events of one line, or of one piece of a one-line page: the marker opening it and
/// the points inside it. `next` is where the following line (or piece) starts.
fn piece_events(
    text: &str,
    content: &str,
    base: usize,
    next: usize,
    line_no: usize,
    one_line: bool,
) -> Vec<Event> {
    let mut inline_from = 0;
    let mut line_events: Vec<Event> = Vec::new();
    if let Some(m) = line_marker(content) {
        if let Some(ev) = line_start_event(content, base, next, line_no, &m, one_line) {
            // After a point's marker the next point may follow with no separator
            // (`一是…有待提升二是…`); after a heading, only once its title is done.
            inline_from = if m.style == MarkerStyle::Point {
                m.rest
            } else {
                ev.head_end.min(base + content.len()) - base
            };
            line_events.push(ev);
        }
    }
    inline_points(content, base, next, line_no, inline_from, &mut line_events);
    // A point's lead sentence stops where the next point on the line starts.
    for i in 0..line_events.len() {
        if line_events[i].style == MarkerStyle::Point {
            if let Some(next) = line_events.get(i + 1).map(|e| e.start) {
                let ev = &mut line_events[i];
                if ev.head_end > next {
                    ev.head_end = next;
                    let title_start = ev.start + ev.number.len();
                    ev.title = shorten_point_title(clean_title(&text[title_start.min(next)..next]));
                }
            }
        }
    }
    line_events
}

/// The event for a marker that opens a line (`m` from `line_marker(content)`).
/// `next_line` is the byte offset where the following line starts.
fn line_start_event(
    content: &str,
    base: usize,
    next_line: usize,
    line: usize,
    m: &Marker,
    one_line: bool,
) -> Option<Event> {
    // A point whose numeral was lost is not a node; the point-sequence check reports it.
    if m.style == MarkerStyle::Point && m.damaged {
        return None;
    }
    let rest = &content[m.rest..];
    let stop = if m.style == MarkerStyle::Point {
        is_point_stop
    } else {
        is_heading_stop
    };
    let lead_end = lead_sentence_end(rest, stop);
    // `一、2019年工作回顾2019年,是…`: the title ran into its paragraph.
    let lead = &rest[..lead_end.map(|e| e.0).unwrap_or(rest.len())];
    let by_sense = (m.style != MarkerStyle::Point)
        .then(|| {
            let space = one_line
                .then(|| oneline::title_before_space(lead))
                .flatten();
            let restart = oneline::title_by_sense(lead);
            [space, restart].into_iter().flatten().min()
        })
        .flatten();
    let (title, head_end) = match lead_end {
        _ if by_sense.is_some() => {
            let cut = by_sense.unwrap_or(rest.len());
            (clean_title(&rest[..cut]), base + m.rest + cut)
        }
        Some((t_end, term_end)) => {
            let after = rest[term_end..].trim_matches(is_space);
            if after.is_empty() {
                // Standalone heading ending in 。: the body starts on the next line.
                (clean_title(&rest[..t_end]), next_line)
            } else {
                (clean_title(&rest[..t_end]), base + m.rest + term_end)
            }
        }
        None => (clean_title(rest), next_line),
    };
    let title = if m.style == MarkerStyle::Point {
        shorten_point_title(title)
    } else {
        title
    };
    if title.is_empty() {
        return None;
    }
    Some(Event {
        style: m.style,
        value: m.value,
        number: content[..m.len].to_string(),
        start: base,
        head_end,
        title,
        line,
        damaged: m.damaged,
        run_in: false,
    })
}

/// Longest point lead kept whole; a longer one is cut at its first comma, which is where
/// drafters end the point's name (`一是加强顶层设计,增加…`).
const MAX_POINT_TITLE_CHARS: usize = 30;

fn shorten_point_title(title: String) -> String {
    if title.chars().count() <= MAX_POINT_TITLE_CHARS {
        return title;
    }
    match lead_sentence_end(&title, |c| matches!(c, ',' | '\u{ff0c}')) {
        Some((end, _)) if title[..end].chars().count() >= 4 => title[..end].to_string(),
        _ => title,
    }
}

fn clean_title(s: &str) -> String {
    s.trim_matches(|c: char| is_space(c) || c == '\u{200b}')
        .trim_end_matches([':', '\u{ff1a}'])
        .to_string()
}

/// Points inside a line: `。一是…;二是…`, from byte `from` of `content` on.
fn inline_points(
    content: &str,
    base: usize,
    next_line: usize,
    line: usize,
    from: usize,
    out: &mut Vec<Event>,
) {
    for (i, _) in content.match_indices('是') {
        if i <= from {
            continue;
        }
        let after = &content[i + '是'.len_utf8()..];
        if after.starts_with('否') || after.trim_matches(is_space).is_empty() {
            continue;
        }
        // The numeral run just before 是.
        let before = &content[..i];
        let run_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_chinese_digit(c))
            .last()
            .map(|(j, _)| j);
        let Some(run_start) = run_start else {
            continue;
        };
        if run_start < from {
            continue;
        }
        let Some(value) = parse_chinese(&before[run_start..]) else {
            continue;
        };
        let prev_char = before[..run_start]
            .trim_end_matches(is_space)
            .chars()
            .next_back();
        let last_value = out
            .iter()
            .rev()
            .find(|e| e.style == MarkerStyle::Point)
            .and_then(|e| e.value);
        let continues = last_value.is_some_and(|v| value == v + 1);
        let run_in = match prev_char {
            None => false,
            Some(c) if is_point_separator(c) => false,
            Some(c) if is_soft_separator(c) && continues => false,
            // `有待提升二是`: the next point of a sequence on this line, with no separator.
            Some(_) if continues && value >= 2 => true,
            Some(_) => continue,
        };
        let start = run_start;
        let title_start = i + '是'.len_utf8();
        let rest = &content[title_start..];
        let (title, head_end) = match lead_sentence_end(rest, is_point_stop) {
            Some((t_end, term_end)) => (clean_title(&rest[..t_end]), base + title_start + term_end),
            None => (clean_title(rest), next_line),
        };
        out.push(Event {
            style: MarkerStyle::Point,
            value: Some(value),
            number: content[start..title_start].to_string(),
            start: base + start,
            head_end,
            title: shorten_point_title(title),
            line,
            damaged: false,
            run_in,
        });
    }
}

/// Marker text for `value` in the family and form of `like` (a sibling's marker).
pub(super) fn format_number(style: MarkerStyle, value: u32, like: Option<&str>) -> String {
    let like = like.unwrap_or("");
    match style {
        MarkerStyle::ChineseComma => {
            let sep = like
                .chars()
                .last()
                .filter(|c| !is_chinese_digit(*c))
                .unwrap_or('、');
            format!("{}{}", to_chinese(value), sep)
        }
        MarkerStyle::ChineseParen => {
            if like.starts_with('\u{ff08}') {
                format!("\u{ff08}{}\u{ff09}", to_chinese(value))
            } else {
                format!("({})", to_chinese(value))
            }
        }
        MarkerStyle::ArabicDot => {
            let sep = like
                .chars()
                .last()
                .filter(|c| c.is_ascii_punctuation() || *c == '、' || *c == '．')
                .unwrap_or('.');
            format!("{value}{sep}")
        }
        MarkerStyle::ArabicParen => {
            if like.starts_with('\u{ff08}') {
                format!("\u{ff08}{value}\u{ff09}")
            } else {
                format!("({value})")
            }
        }
        MarkerStyle::Circled => to_circled(value),
        MarkerStyle::Point => format!("{}是", to_chinese(value)),
    }
}

/// Numbering context while assembling: which node each event became.
pub(super) struct Accepted {
    /// For each node, the index of its previous sibling of the same family.
    pub(super) prev_same: Vec<Option<usize>>,
}

/// Turn events into nodes, nesting by family order. Damaged markers are accepted only
/// where a sibling of their family makes them expected.
fn assemble(events: &[Event], outline: &mut Outline) -> Accepted {
    // Open headings: node indices from the root down.
    let mut stack: Vec<usize> = Vec::new();
    let mut prev_same: Vec<Option<usize>> = Vec::new();
    for ev in events {
        let kind = ev.kind();
        let mut ev = ev.clone();
        let mut repaired = false;
        let parent;
        if kind == NodeKind::Point {
            parent = stack.last().copied();
        } else {
            // Where does this family already stand open?
            let pos = stack
                .iter()
                .position(|&n| outline.nodes[n].style == ev.style);
            if ev.damaged {
                // Trust a damaged marker only as the next sibling of an open heading, or
                // as the first child of the heading above it (`一)` right under `一、`).
                let (value, like) = match pos {
                    Some(pos) => {
                        let prev = &outline.nodes[stack[pos]];
                        (
                            ev.value.unwrap_or(prev.value + 1),
                            Some(prev.number.clone()),
                        )
                    }
                    None => {
                        let first_child = ev.value == Some(1)
                            && stack.last().is_some_and(|&top| {
                                let top = &outline.nodes[top];
                                rank(top.style) < rank(ev.style)
                                    && top
                                        .children
                                        .iter()
                                        .all(|&c| outline.nodes[c].style != ev.style)
                            });
                        if !first_child {
                            continue;
                        }
                        (1, None)
                    }
                };
                let number = format_number(ev.style, value, like.as_deref());
                outline.diagnostics.push(Diagnostic {
                    line: ev.line,
                    rule: "marker-damaged".into(),
                    severity: Severity::Warning,
                    message: format!(
                        "编号“{}”残缺,应为“{}” / damaged marker “{}”, expected “{}”",
                        ev.number, number, ev.number, number
                    ),
                    expected: Some(number.clone()),
                    suggestion: Some(number.clone()),
                });
                ev.value = Some(value);
                ev.number = number;
                repaired = true;
            }
            match pos {
                Some(pos) => stack.truncate(pos),
                None => {
                    // A coarser family coming back closes the finer ones below it.
                    while let Some(&top) = stack.last() {
                        if rank(outline.nodes[top].style) > rank(ev.style) {
                            stack.pop();
                        } else {
                            break;
                        }
                    }
                }
            }
            parent = stack.last().copied();
        }
        let Some(value) = ev.value else { continue };
        let index = outline.nodes.len();
        let level = parent.map(|p| outline.nodes[p].level + 1).unwrap_or(1);
        let siblings: &[usize] = match parent {
            Some(p) => &outline.nodes[p].children,
            None => &outline.roots,
        };
        let prev = siblings
            .iter()
            .rev()
            .copied()
            .find(|&s| outline.nodes[s].style == ev.style);
        prev_same.push(prev);
        if ev.run_in {
            outline.diagnostics.push(Diagnostic {
                line: ev.line,
                rule: "point-missing-separator".into(),
                severity: Severity::Warning,
                message: format!(
                    "“{}”与上一句之间缺少分隔符 / point “{}” is run into the previous sentence",
                    ev.number, ev.number
                ),
                expected: Some(ev.number.clone()),
                suggestion: Some(format!(";{}", ev.number)),
            });
        }
        outline.nodes.push(Node {
            level,
            kind,
            style: ev.style,
            number: ev.number.clone(),
            value,
            title: ev.title.clone(),
            line: ev.line,
            span: ev.start..ev.start,
            body: ev.head_end..ev.head_end,
            repaired,
            parent,
            children: Vec::new(),
        });
        match parent {
            Some(p) => outline.nodes[p].children.push(index),
            None => outline.roots.push(index),
        }
        if kind == NodeKind::Heading {
            stack.push(index);
        }
    }
    Accepted { prev_same }
}

/// Spans: a node runs to the next node that is not its descendant; its body from its
/// head to its first child.
fn set_spans(nodes: &mut [Node], region_end: usize) {
    let n = nodes.len();
    for i in 0..n {
        let level = nodes[i].level;
        let end = (i + 1..n)
            .find(|&j| nodes[j].level <= level)
            .map(|j| nodes[j].span.start)
            .unwrap_or(region_end);
        let start = nodes[i].span.start;
        let end = end.max(start);
        let body_end = nodes[i]
            .children
            .first()
            .map(|&c| nodes[c].span.start)
            .unwrap_or(end);
        let body_start = nodes[i].body.start.clamp(start, body_end);
        nodes[i].span = start..end;
        nodes[i].body = body_start..body_end;
    }
}
