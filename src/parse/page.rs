//! Which lines of a page are report text and which are the page around it.
//!
//! The line predicates live in `clutter` (what a line is); this pass looks at where lines
//! stand and what stands next to them:
//! - chrome (breadcrumbs, widgets, footers, licence lines) anywhere;
//! - page fields and site names in the header and footer zones, before the first line
//!   that reads as report text and after the last;
//! - disclosure blocks: runs of bullet, bracket-label or pipe rows in those zones holding
//!   at least two known fields take their mangled labels and bare values with them;
//! - a page summary: a line that is a cut copy of the line that follows it;
//! - a licence tail: from a licence note (`本作品…公有领域`, `Public domain`) to the end of
//!   the text, the short lines of the note and the wiki template after it;
//! - short lines printed twice that stand next to clutter (a header block repeated at the
//!   bottom);
//! - once the title is known, the header's leftovers: short lines above the page's field
//!   block or stamp that are neither the title nor a document line (a column name, a site
//!   owner), and an aggregator's question headline right above the report.

use std::collections::HashMap;
use std::ops::Range;

use super::clutter;
use super::doclines::{self, SENTENCE_MARKS};
use super::furniture;
use super::markers::line_marker;
use super::title::{clean_line, names_report, title_like, Title};
use super::Line;

/// Longest line (in characters) taken as clutter by repetition.
const MAX_REPEATED_CHARS: usize = 80;

/// Longest line of a licence tail; a longer one is text again.
const MAX_LICENCE_LINE_CHARS: usize = 80;

/// Most non-blank lines a licence tail is taken whole with.
const MAX_LICENCE_TAIL_LINES: usize = 60;

/// How far above a licence keyword its note may start (`本作品是…` split over lines).
const LICENCE_NOTE_LINES: usize = 12;

/// Longest header line taken for a leftover of the page header.
const MAX_HEADER_LINE_CHARS: usize = 40;

/// What a line is by its content alone: report text, and chrome wherever it stands.
#[derive(Debug, Clone, Copy, Default)]
pub struct Kind {
    /// A heading, or a sentence-length paragraph that is not chrome or a page field.
    pub body: bool,
    /// Site chrome (`clutter::is_chrome`).
    pub chrome: bool,
}

fn kind(s: &str) -> Kind {
    if s.is_empty() {
        return Kind::default();
    }
    // Cheap tests first: this runs on every line.
    let looks_like_text = line_marker(s).is_some_and(|m| !m.damaged)
        || (s.len() >= 25 * 3
            && s.chars().count() >= 25
            && s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}']));
    let chrome = clutter::is_chrome(s);
    Kind {
        body: looks_like_text && !chrome && !clutter::is_field_line(s),
        chrome,
    }
}

/// What each line is by its content alone.
pub fn kinds(text: &str, lines: &[Line]) -> Vec<Kind> {
    lines
        .iter()
        .map(|l| kind(&text[l.content.clone()]))
        .collect()
}

/// 0-based indices of the first and last lines that read as report text and are not
/// marked clutter.
pub fn body_bounds(kinds: &[Kind], lines: &[Line]) -> (usize, usize) {
    let body = |i: &usize| kinds[*i].body && !lines[*i].clutter;
    let first = (0..lines.len()).find(body).unwrap_or(lines.len());
    let last = (0..lines.len()).rev().find(body).unwrap_or(0);
    (first, last)
}

/// Mark the clutter lines that can be told without the title.
pub fn mark(text: &str, lines: &mut [Line], kinds: &[Kind], first_body: usize, last_body: usize) {
    for (i, line) in lines.iter_mut().enumerate() {
        let s = &text[line.content.clone()];
        if s.is_empty() {
            continue;
        }
        let in_zone = i < first_body || i > last_body;
        // A line the caller already knows for clutter (a site's repeated chrome) stays so.
        line.clutter = line.clutter
            || kinds[i].chrome
            || (in_zone
                && (clutter::is_field_line(s)
                    || (i < first_body && (clutter::is_site_name(s) || clutter::is_site_row(s)))));
    }
    header_furniture(text, lines, first_body);
    disclosure_blocks(text, lines, first_body, last_body);
    wiki_infobox(text, lines);
    summary_copies(text, lines);
    licence_tail(text, lines, first_body);
    repeated_next_to_clutter(text, lines);
    footer_links(text, lines, last_body);
}

/// Longest footer link, in characters.
const MAX_FOOTER_LINK_CHARS: usize = 16;

/// Below the report's last line of text, a short line right after clutter is one more of
/// the page's links (`单位概况` under `扫码使用手机浏览本页内容`); a date stays (a
/// signature's).
fn footer_links(text: &str, lines: &mut [Line], last_body: usize) {
    let mut after_clutter = false;
    for line in lines.iter_mut().skip(last_body + 1) {
        if line.is_blank() {
            continue;
        }
        let s = &text[line.content.clone()];
        if !line.clutter
            && after_clutter
            && s.chars().count() <= MAX_FOOTER_LINK_CHARS
            && !s.contains(SENTENCE_MARKS)
            && !doclines::is_date_line(s)
            && line_marker(s).is_none()
        {
            line.clutter = true;
        }
        after_clutter = line.clutter;
    }
}

/// Above the report's first line of text: a list of links (`- 某市人民政府` row after
/// row), a bare time stamp or byline (`2022-04-14`, `• 2022-04-07`, `省政府办公厅
/// 2022-03-15`) and rules of empty table cells (`|||`). Inside the text a table's empty
/// row is left alone: it stands among the table's cells.
fn header_furniture(text: &str, lines: &mut [Line], first_body: usize) {
    let end = first_body.min(lines.len());
    let contents: Vec<&str> = lines[..end]
        .iter()
        .map(|l| &text[l.content.clone()])
        .collect();
    for i in furniture::link_lists(&contents, end) {
        lines[i].clutter = true;
    }
    for (i, s) in contents.iter().enumerate() {
        // A news column's name (`某某要闻`), a button's counter (`1`), the symbols a
        // page's scripts leave (`?`) and its title bar (`某网_政务公开_首页`) stand in the
        // header too; inside the text a stray symbol is the text's own, and words joined
        // by underscores are injected spam, which the review reports.
        if furniture::bare_stamp_date(s).is_some()
            || furniture::is_pipe_rule(s)
            || furniture::is_column_name(s)
            || furniture::is_counter(s)
            || furniture::is_symbol_debris(s)
            || furniture::is_title_bar(s)
        {
            lines[i].clutter = true;
        }
    }
}

/// Runs of disclosure rows in the header and footer zones with two known fields or more.
fn disclosure_blocks(text: &str, lines: &mut [Line], first_body: usize, last_body: usize) {
    let mut i = 0;
    while i < lines.len() {
        let in_zone = |j: usize| j < first_body || j > last_body;
        let is_row = |j: usize| {
            let s = &text[lines[j].content.clone()];
            in_zone(j) && clutter::is_disclosure_row(s) && !is_tagged_headline(s)
        };
        if lines[i].is_blank() || !is_row(i) {
            i += 1;
            continue;
        }
        let mut rows = Vec::new();
        let mut j = i;
        // A row whose label ends the line (`• 发文字号:`) has its value on a line of its
        // own below (`某政发〔2024〕7号`): that line belongs to the block too.
        let mut awaiting_value = false;
        while j < lines.len() {
            if lines[j].is_blank() {
                j += 1;
                continue;
            }
            let s = clean_line(&text[lines[j].content.clone()]);
            let value = awaiting_value && in_zone(j) && is_field_value(&s);
            if !is_row(j) && !value {
                break;
            }
            rows.push(j);
            awaiting_value = !value && s.ends_with([':', '\u{ff1a}']);
            j += 1;
        }
        let known = rows
            .iter()
            .filter(|&&r| {
                let s = clutter::strip_cell_marks(&text[lines[r].content.clone()]);
                !clutter::fields(s).is_empty()
            })
            .count();
        if known >= 2 {
            for r in rows {
                lines[r].clutter = true;
            }
        }
        i = j;
    }
}

/// A headline tagged with its column in brackets (`【文字解读】《某报告》文件解读`): shaped
/// like a bracket-labelled row, but its label is no field and the rest names a report.
fn is_tagged_headline(s: &str) -> bool {
    let s = clean_line(s);
    let Some(close) = s.find(['】', ']', '\u{ff3d}']) else {
        return false;
    };
    let rest = &s[close + s[close..].chars().next().map_or(0, char::len_utf8)..];
    clutter::fields(&s).is_empty() && title_like(rest) && names_report(rest)
}

/// A page summary: a line (20 characters or more) whose text, without a trailing
/// ellipsis, opens the next non-blank line.
fn summary_copies(text: &str, lines: &mut [Line]) {
    for i in 0..lines.len() {
        if lines[i].clutter || lines[i].is_blank() {
            continue;
        }
        let s = &text[lines[i].content.clone()];
        let stem = s.trim_end_matches(['…', '.', '。', ' ']);
        if stem.chars().count() < 20 {
            continue;
        }
        let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        if let Some(j) = next {
            let n = &text[lines[j].content.clone()];
            if n.len() > stem.len() && n.starts_with(stem) {
                lines[i].clutter = true;
            }
        }
    }
}

/// Longest value a disclosure row prints on its own line, in characters.
const MAX_FIELD_VALUE_CHARS: usize = 30;

/// A field's value on a line of its own: short, no sentence, and not a title (a page
/// that leaves `发布单位:` empty may print the document's title next).
fn is_field_value(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= MAX_FIELD_VALUE_CHARS
        && !s.contains(SENTENCE_MARKS)
        && !names_report(s)
        && line_marker(s).is_none()
}

/// Headings of a wiki copy's information box.
const INFOBOX_HEADINGS: &[&str] = &["基本介绍", "基本介紹", "基本信息", "基本資料", "基本资料"];

/// Lines after an information box's heading searched for its rows.
const INFOBOX_LINES: usize = 24;

/// A wiki copy's information box (`基本介紹` / `• 中文名:…` rows) and its table of
/// contents (`針對對象,發布內容,`), with the section labels it lists standing alone
/// below: the wiki's furniture, not the document.
fn wiki_infobox(text: &str, lines: &mut [Line]) {
    let content = |l: &Line| clean_line(&text[l.content.clone()]);
    let Some(start) = lines
        .iter()
        .position(|l| INFOBOX_HEADINGS.contains(&content(l).as_str()))
    else {
        return;
    };
    lines[start].clutter = true;
    let mut labels: Vec<String> = Vec::new();
    let end = (start + 1 + INFOBOX_LINES).min(lines.len());
    for line in lines.iter_mut().take(end).skip(start + 1) {
        let s = content(line);
        if s.is_empty() {
            continue;
        }
        if line_marker(&s).is_some() {
            break;
        }
        if furniture::has_bullet(&s) && s.contains([':', '\u{ff1a}']) {
            line.clutter = true;
        } else if let Some(listed) = contents_labels(&s) {
            labels.extend(listed);
            line.clutter = true;
        } else if labels.contains(&s) {
            line.clutter = true;
        }
    }
}

/// The section labels of a wiki's table of contents: short labels, each closed by a
/// comma (`針對對象,發布內容,`).
fn contents_labels(s: &str) -> Option<Vec<String>> {
    let body = s.strip_suffix([',', '\u{ff0c}'])?;
    let labels: Vec<String> = body
        .split([',', '\u{ff0c}'])
        .map(|l| l.trim().to_string())
        .collect();
    labels
        .iter()
        .all(|l| (2..=8).contains(&l.chars().count()) && l.chars().all(super::markers::is_han))
        .then_some(labels)
}

/// From a licence note after the report's start to the end of the text: its short lines.
fn licence_tail(text: &str, lines: &mut [Line], first_body: usize) {
    let content = |l: &Line| &text[l.content.clone()];
    // Licence lines are chrome, so already marked: look among the marked lines only.
    let Some(keyword) = (first_body..lines.len())
        .find(|&i| lines[i].clutter && clutter::is_licence(content(&lines[i])))
    else {
        return;
    };
    let start = (keyword
        .saturating_sub(LICENCE_NOTE_LINES)
        .max(first_body + 1)..keyword)
        .find(|&i| {
            let s = content(&lines[i]);
            ["本作品", "这部作品", "這部作品", "此作品"]
                .iter()
                .any(|w| s.contains(w))
        })
        .unwrap_or(keyword);
    // A tail with no heading in it is the note and the template after it, long lines and
    // all; otherwise only its short lines are.
    let tail: Vec<usize> = (start..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .collect();
    let whole = tail.len() <= MAX_LICENCE_TAIL_LINES
        && tail.iter().all(|&i| !is_heading(content(&lines[i])));
    if whole {
        for i in tail {
            lines[i].clutter = true;
        }
        return;
    }
    for line in lines.iter_mut().skip(start) {
        let s = content(line);
        if s.is_empty() {
            continue;
        }
        if s.chars().count() > MAX_LICENCE_LINE_CHARS || is_heading(s) {
            break;
        }
        line.clutter = true;
    }
}

/// A line that opens with a whole heading marker (a lone `)` is a broken bracket).
fn is_heading(s: &str) -> bool {
    line_marker(s).is_some_and(|m| !m.damaged)
}

/// Repeated header/footer blocks: a short line printed twice, next to clutter.
fn repeated_next_to_clutter(text: &str, lines: &mut [Line]) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in lines.iter() {
        let s = &text[line.content.clone()];
        if !s.is_empty() && s.chars().count() <= MAX_REPEATED_CHARS {
            *counts.entry(s).or_default() += 1;
        }
    }
    loop {
        let mut changed = false;
        for i in 0..lines.len() {
            let s = &text[lines[i].content.clone()];
            if lines[i].clutter || s.is_empty() || counts.get(s).copied().unwrap_or(0) < 2 {
                continue;
            }
            // A page prints the report's title twice (its own heading and the document's
            // first line): the title is never clutter.
            // So is a document's title printed above and below the page's field block
            // (`某县人民政府工作规则`).
            let cleaned = clean_line(s);
            if title_like(&cleaned) && (names_report(&cleaned) || is_document_title(&cleaned)) {
                continue;
            }
            let neighbour_clutter = |range: &mut dyn Iterator<Item = usize>| {
                range
                    .map(|j| &lines[j])
                    .find(|l| !l.is_blank())
                    .is_some_and(|l| l.clutter)
            };
            if neighbour_clutter(&mut (0..i).rev()) || neighbour_clutter(&mut (i + 1..lines.len()))
            {
                lines[i].clutter = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Shortest document title exempted from the repeated-line rule, in characters: a
/// column name (`政策解读`, `通知公告`) is shorter.
const MIN_DOCUMENT_TITLE_CHARS: usize = 8;

/// Whether a line is the title of a document of another kind (`…工作规则`, `…实施意见`).
fn is_document_title(s: &str) -> bool {
    s.chars().count() >= MIN_DOCUMENT_TITLE_CHARS && super::genre::is_another_document(s)
}

/// Question words of an aggregator's headline (`…如何申请行政救济`).
const QUESTION_WORDS: &[&str] = &[
    "如何",
    "怎么",
    "怎样",
    "什么",
    "哪些",
    "是否",
    "为什么",
    "吗",
    "呢",
    "?",
    "\u{ff1f}",
];

/// Mark what is left of the page header once the title is known.
pub fn mark_header(text: &str, lines: &mut [Line], first_body: usize, title: Option<&Title>) {
    let first_body = first_body.min(lines.len());
    let compact = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let title_text = title.map(|t| compact(&t.text)).unwrap_or_default();
    let title_lines: &[usize] = title.map(|t| t.lines.as_slice()).unwrap_or(&[]);
    let last_clutter = (0..first_body).rev().find(|&i| lines[i].clutter);
    let first_text = (0..first_body).find(|&i| !lines[i].is_blank() && !lines[i].clutter);
    let mut after_subtitle = false;
    for i in 0..first_body {
        if lines[i].is_blank() || lines[i].clutter {
            continue;
        }
        let s = clean_line(&text[lines[i].content.clone()]);
        let doc_line = doclines::is_document_line(&s, after_subtitle);
        after_subtitle = doclines::is_subtitle(&s);
        if s.is_empty()
            || title_lines.contains(&(i + 1))
            || doc_line
            || s.chars().count() > MAX_HEADER_LINE_CHARS
            || s.contains(SENTENCE_MARKS)
        {
            continue;
        }
        let c = compact(&s);
        if !title_text.is_empty() && (title_text.contains(&c) || c.contains(&title_text)) {
            continue;
        }
        // A line naming a report, or a speech, is the page's headline or a copy of the
        // title, never its header (`2023年某区工作情况报告` over `时间:… 来源:网友投稿`); a
        // column name (`工作报告`, `政府报告`) is shorter.
        if s.chars().count() >= MIN_HEADLINE_CHARS
            && (names_report(&s) || super::genre::is_another_document(&s))
        {
            continue;
        }
        // Above the page's own field block or stamp: part of the page header.
        let above_clutter = last_clutter.is_some_and(|l| l > i);
        // An aggregator's question headline standing right above the report's text.
        let question = title.is_none()
            && first_text == Some(i)
            && (i + 1..first_body).all(|j| lines[j].is_blank())
            && s.chars().count() >= 8
            && QUESTION_WORDS.iter().any(|w| s.contains(w));
        if (above_clutter && !(title.is_none() && headline_over_stamp(text, lines, i))) || question
        {
            lines[i].clutter = true;
        }
    }
}

/// Shortest news headline kept above a page's stamp, in characters: a column name
/// (`衡水要闻`, `政务要闻`) is shorter.
const MIN_HEADLINE_CHARS: usize = 8;

/// A news headline: a line of some length right above the page's date or source row
/// (`某区召开…推进会` over `来源:区司法局 发布时间:2023-04-14`, over `2024-01-19 07:37`).
/// With no report title on the page, it is the page's own headline, not its header.
fn headline_over_stamp(text: &str, lines: &[Line], i: usize) -> bool {
    let s = clean_line(&text[lines[i].content.clone()]);
    if s.chars().count() < MIN_HEADLINE_CHARS || clutter::is_site_name(&s) {
        return false;
    }
    let Some(j) = (i + 1..lines.len()).find(|&j| !lines[j].is_blank()) else {
        return false;
    };
    let below = &text[lines[j].content.clone()];
    let dated = clutter::fields(clutter::strip_cell_marks(below))
        .iter()
        .any(|f| {
            clutter::PUBLISHED_FIELDS.contains(&f.key) || clutter::SOURCE_FIELDS.contains(&f.key)
        });
    lines[j].clutter
        && (dated || furniture::bare_stamp_date(below).is_some() || clutter::is_page_stamp(below))
}

/// 0-based line range of the report text: from the first non-blank line after the
/// header clutter to the last non-blank line before the footer clutter.
pub fn report_region(lines: &[Line], first_body: usize) -> Range<usize> {
    let header_end = lines[..first_body.min(lines.len())]
        .iter()
        .rposition(|l| l.clutter)
        .map(|i| i + 1)
        .unwrap_or(0);
    let start = (header_end..lines.len()).find(|&i| !lines[i].is_blank() && !lines[i].clutter);
    let Some(start) = start else {
        return 0..0;
    };
    let end = (start..lines.len())
        .rev()
        .find(|&i| !lines[i].is_blank() && !lines[i].clutter)
        .map(|i| i + 1)
        .unwrap_or(start);
    start..end
}
