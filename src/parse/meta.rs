//! What a report says about itself: title, year, issuer and its area, genre,
//! publication date, signature, script.
//!
//! Each field is read from the strongest source that has it: the report's own title
//! (found before, see `title`), the page-metadata fields the clutter pass found, the
//! cover sentence (`现将…报告如下`), a speech's subtitle, the signature block at the end,
//! and only then the opening sentence (`2023年,侯马市委、市政府…`).

use crate::report::{Date, Genre, Meta, Node, NodeKind, Script};

use super::clutter::{self, PUBLISHED_FIELDS};
use super::dates::{find_date, first_year, parse_date};
use super::doclines::{self, SENTENCE_MARKS};
use super::genre;
use super::issuer::{self, Sources};
use super::markers::line_marker;
use super::title::{clean_line, names_report, title_like, Title};
use super::Line;

/// Last words of a signing body's name.
const SIGNER_SUFFIXES: &[&str] = &[
    "局",
    "厅",
    "廳",
    "委",
    "办",
    "辦",
    "院",
    "部",
    "中心",
    "委员会",
    "委員會",
    "办公室",
    "辦公室",
    "政府",
];

/// Lines after the report's start searched for a cover sentence or an opening paragraph.
const OPENING_LINES: usize = 8;

/// What the meta reader needs from the rest of the parser.
pub struct MetaInput<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    /// 0-based index of the first line that reads as report text (heading or paragraph).
    pub first_body: usize,
    /// 0-based line indices of the report text (after header clutter, before footer).
    pub region: std::ops::Range<usize>,
    pub title: Option<&'a Title>,
    /// The outline, in document order.
    pub nodes: &'a [Node],
}

impl MetaInput<'_> {
    fn content(&self, idx: usize) -> &str {
        &self.text[self.lines[idx].content.clone()]
    }

    /// Non-blank, non-clutter lines of the report text, 0-based.
    fn text_lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.region
            .clone()
            .filter(|&i| !self.lines[i].is_blank() && !self.lines[i].clutter)
    }
}

/// Read the `Meta` of a report.
pub fn read(input: &MetaInput<'_>) -> Meta {
    let clutter_lines: Vec<usize> = input
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.clutter)
        .map(|(i, _)| i + 1)
        .collect();
    let fields = page_fields(input, &clutter_lines);
    let title = input.title.map(|t| t.text.clone());
    let title_lines = input.title.map(|t| t.lines.clone()).unwrap_or_default();

    let speech = speech_lines(input);
    let cover = cover_sentence(input);
    let opening = opening_paragraph(input);
    let first_paragraph = first_paragraph(input);
    let byline = header_byline(input);
    let signature = signature(input);
    let (signed_by, signed_date, signature_lines) = match signature {
        Some(s) => (s.by, Some(s.date), s.lines),
        None => (None, None, Vec::new()),
    };

    let genre = read_genre(input, title.as_deref(), cover, &speech, opening);
    let year = read_year(
        input,
        title.as_deref(),
        cover,
        &speech,
        [opening, first_paragraph],
        genre,
    );
    let published = PUBLISHED_FIELDS
        .iter()
        .find_map(|k| {
            fields
                .iter()
                .filter(|f| f.0 == *k)
                .find_map(|f| find_date(&f.1).map(|(d, _)| d))
        })
        .or_else(|| page_stamp_date(input, &clutter_lines))
        .or_else(|| bare_stamp(input, &clutter_lines));

    let region_text = match (input.region.start, input.region.end) {
        (s, e) if s < e => &input.text[input.lines[s].start..input.lines[e - 1].end],
        _ => "",
    };
    let borrowed: Vec<clutter::Field<'_>> = fields
        .iter()
        .map(|(k, v)| clutter::Field { key: k, value: v })
        .collect();
    let script = script(input);
    let found = issuer::read(&Sources {
        title: title.as_deref(),
        header_titles: header_titles(input),
        fields: &borrowed,
        byline,
        signed_by: signed_by.as_deref(),
        subtitle: speech.subtitle.clone(),
        speaker: speech.speaker.clone(),
        cover,
        opening,
        first_paragraph,
        text: region_text,
        traditional: script == Script::Traditional,
    });
    Meta {
        title,
        title_lines,
        year,
        issuer: found.issuer,
        region: found.region,
        published,
        signed_by,
        signed_date,
        signature_lines,
        script,
        genre,
        clutter_lines,
    }
}

/// The `字段:值` pairs of the clutter lines, in order. In a disclosure block that puts
/// each label and value on rows of their own (`• [ 发布日期 ]` / `• 2024-01-05`), an empty
/// label takes the bare value on the next row.
fn page_fields(input: &MetaInput<'_>, clutter_lines: &[usize]) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut pending: Option<&'static str> = None;
    for &n in clutter_lines {
        let s = clutter::strip_cell_marks(input.content(n - 1));
        let fs = clutter::fields(s);
        if fs.is_empty() {
            if let Some(key) = pending.take() {
                if clutter::is_disclosure_row(input.content(n - 1)) && !s.is_empty() {
                    out.push((key, s.trim().to_string()));
                }
            }
            continue;
        }
        pending = None;
        for f in &fs {
            out.push((f.key, f.value.to_string()));
        }
        if let Some(last) = fs.last().filter(|f| f.value.is_empty() && fs.len() == 1) {
            pending = Some(last.key);
        }
    }
    out
}

/// A page stamp's date (`公文搜 2021-07-27 18:07:48 政府报告`) when no field gives one.
fn page_stamp_date(input: &MetaInput<'_>, clutter_lines: &[usize]) -> Option<Date> {
    clutter_lines.iter().find_map(|&n| {
        let s = input.content(n - 1);
        clutter::is_page_stamp(s)
            .then(|| find_date(s).map(|(d, _)| d))
            .flatten()
    })
}

/// A bare time stamp above the report text (`2022-04-14`), the page's date when it gives
/// no other.
fn bare_stamp(input: &MetaInput<'_>, clutter_lines: &[usize]) -> Option<Date> {
    clutter_lines
        .iter()
        .take_while(|&&n| n <= input.first_body)
        .find_map(|&n| super::furniture::bare_stamp_date(input.content(n - 1)))
}

/// A speech's subtitle and speaker, above the report text.
#[derive(Debug, Default)]
struct Speech {
    subtitle: Option<String>,
    speaker: Option<String>,
}

fn speech_lines(input: &MetaInput<'_>) -> Speech {
    let mut speech = Speech::default();
    let mut after_subtitle = false;
    let end = (input.first_body + 1).min(input.lines.len());
    for idx in 0..end {
        let line = &input.lines[idx];
        if line.is_blank() || line.clutter {
            continue;
        }
        let s = clean_line(input.content(idx));
        if speech.subtitle.is_none() && doclines::is_subtitle(&s) {
            speech.subtitle = Some(joined_subtitle(input, idx, s));
            after_subtitle = true;
            continue;
        }
        // `政府工作报告 (…在…会议上)`: the subtitle in brackets on the title's line.
        if speech.subtitle.is_none() {
            if let Some((_, sub)) = doclines::bracketed_subtitle(&s) {
                speech.subtitle = Some(sub);
                after_subtitle = true;
                continue;
            }
        }
        if speech.speaker.is_none() && doclines::is_speaker(&s, after_subtitle) {
            speech.speaker = Some(s);
        }
        after_subtitle = false;
    }
    // A page that runs the whole speech into one line: `政府工作报告——2020年4月22日在…上`.
    if speech.subtitle.is_none() {
        if let Some(idx) = input.text_lines().next() {
            let s = input.content(idx);
            if let Some(i) = s.find("——") {
                let rest = &s[i..];
                let end = rest.find("会议上").map(|e| e + "会议上".len()).unwrap_or(0);
                if end > 0 && doclines::is_subtitle(&rest[..end]) {
                    speech.subtitle = Some(rest[..end].to_string());
                }
            }
        }
    }
    speech
}

/// A dashed subtitle the page broke over two lines (`——2023年1月15日在某市第十六届` /
/// `人民代表大会第一次会议上`): the next line completes it when the first does not reach
/// the meeting and the next ends at it.
fn joined_subtitle(input: &MetaInput<'_>, idx: usize, first: String) -> String {
    let reaches_meeting = |t: &str| t.trim_end().ends_with(['上']);
    if reaches_meeting(&first) {
        return first;
    }
    let next = (idx + 1..input.lines.len().min(idx + 3))
        .find(|&j| !input.lines[j].is_blank())
        .map(|j| clean_line(input.content(j)));
    match next {
        Some(n)
            if reaches_meeting(&n)
                && !n.contains(doclines::SENTENCE_MARKS)
                && n.chars().count() <= 40
                && ["会", "會"].iter().any(|w| n.contains(w)) =>
        {
            format!("{first}{n}")
        }
        _ => first,
    }
}

/// Verbs of a cover sentence (`现将…报告如下`).
const COVER_VERBS: &[&str] = &["现将", "現將", "现呈送", "现报送", "现就", "現就"];

/// The cover sentence after its verb, up to `如下` or the end of its clause:
/// `现将县人民政府2022年法治政府建设工作情况报告如下` → `县人民政府2022年法治政府建设工作情况报告`.
fn cover_sentence<'a>(input: &'a MetaInput<'_>) -> Option<&'a str> {
    input.text_lines().take(OPENING_LINES).find_map(|idx| {
        let s = input.content(idx);
        let (at, verb) = COVER_VERBS
            .iter()
            .filter_map(|v| s.find(v).map(|i| (i, *v)))
            .min()?;
        let rest = &s[at + verb.len()..];
        let end = ["如下", "，请", ",请", "。", ",", "\u{ff0c}"]
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let seg = &rest[..end];
        names_report(seg).then_some(seg)
    })
}

/// The opening paragraph: the first sentence-like line of the report text before the
/// first heading that is not the title or a document line; in a text that opens with its
/// first heading, the first such line under it.
fn opening_paragraph<'a>(input: &'a MetaInput<'_>) -> Option<&'a str> {
    let title_lines = input.title.map(|t| t.lines.as_slice()).unwrap_or(&[]);
    let is_heading = |i: usize| line_marker(input.content(i)).is_some();
    let sentence = |i: &usize| {
        let s = input.content(*i);
        !title_lines.contains(&(i + 1))
            && s.contains(SENTENCE_MARKS)
            && !doclines::is_document_line(s, false)
    };
    let before_heading = input
        .text_lines()
        .take(OPENING_LINES)
        .take_while(|&i| !is_heading(i))
        .find(sentence);
    // A text that opens with its first heading (`一、总体情况`) states who and when in the
    // paragraph under it.
    let opens_with_heading = input.text_lines().next().is_some_and(is_heading);
    before_heading
        .or_else(|| {
            opens_with_heading
                .then(|| {
                    input
                        .text_lines()
                        .take(OPENING_LINES)
                        .filter(|&i| !is_heading(i))
                        .find(sentence)
                })
                .flatten()
        })
        .map(|i| input.content(i))
}

/// The first paragraph under the first heading (`一、总体情况` / `2025年,某局坚持…`).
fn first_paragraph<'a>(input: &'a MetaInput<'_>) -> Option<&'a str> {
    input
        .text_lines()
        .take(OPENING_LINES)
        .skip_while(|&i| line_marker(input.content(i)).is_none())
        .skip(1)
        .take_while(|&i| line_marker(input.content(i)).is_none())
        .map(|i| input.content(i))
        .find(|s| s.contains(SENTENCE_MARKS))
}

/// The body named in a byline above the report text.
fn header_byline<'a>(input: &'a MetaInput<'_>) -> Option<&'a str> {
    (0..input.first_body.min(input.lines.len()))
        .filter(|&i| !input.lines[i].is_blank() && !input.lines[i].clutter)
        .find_map(|i| doclines::byline(input.content(i)))
}

/// Other lines above the report text that name a report (a page's own title line).
fn header_titles(input: &MetaInput<'_>) -> Vec<String> {
    let title_lines = input.title.map(|t| t.lines.as_slice()).unwrap_or(&[]);
    (0..input.first_body.min(input.lines.len()))
        .filter(|&i| {
            !input.lines[i].is_blank() && !input.lines[i].clutter && !title_lines.contains(&(i + 1))
        })
        .map(|i| clean_line(input.content(i)))
        .filter(|s| title_like(s) && names_report(s) && !doclines::is_document_line(s, false))
        .collect()
}

/// The genre: by the title; by the cover sentence (or its opening paragraph, when that
/// names building rule-of-law government); by the congress a work report is delivered
/// to; by the opening (`向大会报告政府工作`); by the first headings.
fn read_genre(
    input: &MetaInput<'_>,
    title: Option<&str>,
    cover: Option<&str>,
    speech: &Speech,
    opening: Option<&str>,
) -> Genre {
    if let Some(g) = title.and_then(genre::from_title) {
        return g;
    }
    // A work report a page heads as a speech (`區政府工作會議的講話` over `現在,我代表區
    // 人民政府向大會報告工作`): its own opening says what it is.
    if title.is_some_and(genre::is_speech_title)
        && opening.is_some_and(genre::reports_government_work)
    {
        return Genre::WorkReport;
    }
    // A plan or notice keeps a report's part names as its headings
    // (`一、依法全面履行政府职能`) but reports nothing.
    if title.is_some_and(genre::is_another_document) {
        return Genre::Other;
    }
    if let Some(g) = cover.and_then(genre::from_title) {
        return g;
    }
    // `我委紧扣法治政府建设总体目标,…现将本年度工作情况报告如下`: a report on the year
    // whose opening says the year's work was building rule-of-law government.
    if cover.is_some() && opening.is_some_and(genre::names_fazhi) {
        return Genre::FazhiAnnual;
    }
    let to_congress = speech.subtitle.as_deref().is_some_and(genre::is_congress);
    if to_congress || opening.is_some_and(genre::reports_government_work) {
        return Genre::WorkReport;
    }
    let headings = input
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading)
        .take(8)
        .map(|n| n.title.as_str());
    if let Some(g) = genre::from_headings(headings) {
        return g;
    }
    // `2022年,某部…扎实推进法治政府建设,各项工作取得重要进展`: a text with no title whose
    // opening says its year's work was building rule-of-law government (not only that it
    // followed the 《法治政府建设实施纲要》) is that year's report. A year-end 工作总结
    // opens on its own work instead.
    if title.is_none() && opening.is_some_and(genre::names_fazhi_as_work) {
        return Genre::FazhiAnnual;
    }
    Genre::Other
}

/// The year reported on: the title's; the cover sentence's; for a work report without
/// one, the year it is delivered (its subtitle's date, or the year after the one its
/// review heading names); the year opening the first paragraph (or, without one, the
/// paragraph under the first heading) or the first heading (`2013年依法行政工作成效`). Dates in the signature or in
/// a 印发 notice are never taken.
fn read_year(
    input: &MetaInput<'_>,
    title: Option<&str>,
    cover: Option<&str>,
    speech: &Speech,
    openings: [Option<&str>; 2],
    genre: Genre,
) -> Option<i32> {
    let delivered = || {
        speech
            .subtitle
            .as_deref()
            .and_then(|s| find_date(s).map(|(d, _)| d.year))
    };
    let leading_year = |s: &str| -> Option<i32> {
        let head: String = s.trim_start().chars().take(8).collect();
        first_year(&head)
    };
    title
        .and_then(first_year)
        .or_else(|| cover.and_then(first_year))
        .or_else(|| (genre == Genre::WorkReport).then(delivered).flatten())
        .or_else(|| {
            (genre == Genre::WorkReport)
                .then(|| review_year(input))
                .flatten()
        })
        .or_else(|| openings.into_iter().flatten().find_map(leading_year))
        .or_else(|| {
            openings
                .into_iter()
                .flatten()
                .find_map(issuer::year_before_subject)
        })
        .or_else(|| {
            let first = input.nodes.iter().find(|n| n.kind == NodeKind::Heading)?;
            leading_year(&first.title)
        })
        .or_else(delivered)
}

/// Lines of the report text searched for a work report's review heading.
const REVIEW_LINES: usize = 12;

/// The year a work report is delivered, from the heading of its review of the year
/// before (`2009年工作回顾`, `一、2023年工作回顾` → 2010, 2024).
fn review_year(input: &MetaInput<'_>) -> Option<i32> {
    input.text_lines().take(REVIEW_LINES).find_map(|i| {
        let s = input.content(i);
        let s = match line_marker(s) {
            Some(m) => &s[m.rest..],
            None => s,
        };
        let head: String = s.chars().take(16).collect();
        let review = ["工作回顾", "工作回顧"].iter().any(|w| head.contains(w));
        let leading = head
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
        (review && leading)
            .then(|| first_year(&head))
            .flatten()
            .map(|y| y + 1)
    })
}

struct Signature {
    by: Option<String>,
    date: Date,
    lines: Vec<usize>,
}

/// A signature at the end of the report text: a date alone on the last line, with the
/// signing body on the line or two above it.
fn signature(input: &MetaInput<'_>) -> Option<Signature> {
    let mut tail = input
        .region
        .clone()
        .rev()
        .filter(|&i| !input.lines[i].is_blank() && !input.lines[i].clutter);
    let date_idx = tail.next()?;
    let date = parse_date(input.content(date_idx))?;
    let mut lines = vec![date_idx + 1];
    let mut by: Vec<&str> = Vec::new();
    for idx in tail.take(2) {
        let s = input.content(idx);
        let is_body = s.chars().count() <= 40
            && !s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
            && line_marker(s).is_none()
            && SIGNER_SUFFIXES
                .iter()
                .any(|suffix| s.split_whitespace().any(|w| w.ends_with(suffix)));
        if !is_body {
            break;
        }
        by.insert(0, s);
        lines.insert(0, idx + 1);
    }
    Some(Signature {
        by: (!by.is_empty()).then(|| by.join(" ")),
        date,
        lines,
    })
}

/// Simplified or traditional, judged from a sample of the report text.
fn script(input: &MetaInput<'_>) -> Script {
    // About 500 characters settle the question; converting more only costs time.
    const SAMPLE_BYTES: usize = 1536;
    let mut sample = String::new();
    for idx in input.region.clone() {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        if !input.lines[idx].clutter {
            sample.push_str(input.content(idx));
        }
    }
    let hans = zhconv::is_hans_confidence(&sample);
    if hans < 0.5 {
        Script::Traditional
    } else {
        Script::Simplified
    }
}
