//! Text → `Report`: page clutter and metadata, headings, points, numbering problems.
//!
//! The pipeline is line-based and linear in the size of the text:
//! 1. split into lines and mark web-page clutter (see `clutter`);
//! 2. find the report text between the header and footer clutter;
//! 3. read `Meta` (see `meta`) and the outline (see `outline`).

pub mod clutter;
pub mod dates;
pub mod genre;
pub mod markers;
pub mod meta;
pub mod numerals;
pub mod outline;

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crate::report::Report;

use markers::{is_space, line_marker};

/// One line of the text, as the parser sees it.
#[derive(Debug, Clone)]
pub struct Line {
    /// Byte offset of the line start.
    pub start: usize,
    /// Byte offset of the line end (before `\n`).
    pub end: usize,
    /// The line without leading and trailing spaces (ASCII, ideographic, no-break).
    pub content: Range<usize>,
    /// The line is web-page clutter, not report text.
    pub clutter: bool,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }
}

/// Parse decoded report text. `path` is kept for display; the text is not re-read.
pub fn parse_report(path: PathBuf, text: impl Into<Arc<str>>) -> Report {
    let text: Arc<str> = text.into();
    let (line_starts, mut lines) = split_lines(&text);
    let (first_body, last_body) = body_bounds(&text, &lines);
    mark_clutter(&text, &mut lines, first_body, last_body);
    let region = report_region(&lines, first_body);
    let region_bytes = if region.is_empty() {
        text.len()..text.len()
    } else {
        lines[region.start].start..lines[region.end - 1].end
    };
    let meta = meta::read(&meta::MetaInput {
        text: &text,
        lines: &lines,
        first_body,
        region: region.clone(),
    });
    let outline = if region.is_empty() {
        outline::Outline::default()
    } else {
        outline::build(&text, &lines, region.clone(), region_bytes.clone())
    };
    let preamble_end = outline
        .nodes
        .first()
        .map(|n| n.span.start)
        .unwrap_or(region_bytes.end);
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    Report {
        path,
        name,
        text,
        line_starts,
        meta,
        nodes: outline.nodes,
        roots: outline.roots,
        preamble: region_bytes.start..preamble_end,
        diagnostics: outline.diagnostics,
    }
}

fn split_lines(text: &str) -> (Vec<usize>, Vec<Line>) {
    let mut starts = Vec::with_capacity(text.len() / 64 + 1);
    let mut lines = Vec::with_capacity(text.len() / 64 + 1);
    let mut start = 0;
    loop {
        let end = memchr::memchr(b'\n', &text.as_bytes()[start..])
            .map(|i| start + i)
            .unwrap_or(text.len());
        let raw = &text[start..end];
        let trimmed_start = raw.trim_start_matches(is_space);
        let trimmed = trimmed_start.trim_end_matches(is_space);
        let content_start = start + (raw.len() - trimmed_start.len());
        starts.push(start);
        lines.push(Line {
            start,
            end,
            content: content_start..content_start + trimmed.len(),
            clutter: false,
        });
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    // A final newline does not open another line.
    if text.ends_with('\n') && lines.len() > 1 {
        lines.pop();
        starts.pop();
    }
    (starts, lines)
}

/// Whether a line reads as report text: a heading, or a sentence-length paragraph that
/// is not chrome.
fn is_body_like(s: &str) -> bool {
    // Cheap tests first: this runs on every line.
    let looks_like_text = line_marker(s).is_some_and(|m| !m.damaged)
        || (s.len() >= 25 * 3
            && s.chars().count() >= 25
            && s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}']));
    looks_like_text && !clutter::is_chrome(s) && !clutter::is_field_line(s)
}

/// 0-based indices of the first and last lines that read as report text.
fn body_bounds(text: &str, lines: &[Line]) -> (usize, usize) {
    let body = |l: &Line| is_body_like(&text[l.content.clone()]);
    let first = lines.iter().position(body).unwrap_or(lines.len());
    let last = lines.iter().rposition(body).unwrap_or(0);
    (first, last)
}

/// Longest line (in characters) taken as clutter by repetition.
const MAX_REPEATED_CHARS: usize = 80;

/// Mark clutter lines: chrome anywhere; page fields and site names in the header and
/// footer zones; and short lines that repeat and stand next to clutter.
fn mark_clutter(text: &str, lines: &mut [Line], first_body: usize, last_body: usize) {
    for (i, line) in lines.iter_mut().enumerate() {
        let s = &text[line.content.clone()];
        if s.is_empty() {
            continue;
        }
        let in_zone = i < first_body || i > last_body;
        line.clutter = clutter::is_chrome(s)
            || (in_zone
                && (clutter::is_field_line(s) || (i < first_body && clutter::is_site_name(s))));
    }
    // Repeated header/footer blocks: a short line printed twice, next to clutter.
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

/// 0-based line range of the report text: from the first non-blank line after the
/// header clutter to the last non-blank line before the footer clutter.
fn report_region(lines: &[Line], first_body: usize) -> Range<usize> {
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

#[cfg(test)]
mod tests;
