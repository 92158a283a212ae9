//! Text → `Report`: page clutter and metadata, headings, points, numbering problems.
//!
//! The pipeline is line-based and linear in the size of the text:
//! 1. split into lines and mark web-page clutter (`page`, with the line predicates of
//!    `clutter`);
//! 2. find the title (`title`) and with it the rest of the page header;
//! 3. find the report text between the header and footer clutter;
//! 4. read the outline (`outline`) and then `Meta` (`meta`: year, genre, issuer and
//!    region through `issuer`, `names` and the division table in `places`).

pub mod clutter;
pub mod dates;
pub mod doclines;
pub mod fields;
pub mod furniture;
pub mod genre;
pub mod issuer;
pub mod markers;
pub mod meta;
pub mod names;
pub mod numerals;
pub mod oneline;
pub mod outline;
mod outline_checks;
pub mod page;
pub mod places;
pub mod site;
pub mod title;

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use crate::report::Report;

use markers::is_space;

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
    parse_report_with(path, text, None)
}

/// Parse decoded report text, taking the lines its site repeats across its reports for
/// clutter (see `site`).
pub fn parse_report_with(
    path: PathBuf,
    text: impl Into<Arc<str>>,
    site: Option<Arc<site::SiteChrome>>,
) -> Report {
    let text: Arc<str> = text.into();
    let (line_starts, mut lines) = split_lines(&text);
    let kinds = page::kinds(&text, &lines);
    let (first_body, last_body) = page::body_bounds(&kinds, &lines);
    // A site's repeated lines count around the report text, never inside it (a wiki
    // splits link text onto lines of its own, in the text as in its footer).
    for (i, line) in lines.iter_mut().enumerate() {
        line.clutter = (i < first_body || i > last_body)
            && site
                .as_ref()
                .is_some_and(|s| s.contains(&text[line.content.clone()]));
    }
    page::mark(&text, &mut lines, &kinds, first_body, last_body);
    // Clutter found inside the first lines (a page summary) moves the text's start on.
    let (first_body, _) = page::body_bounds(&kinds, &lines);
    let title = title::find(&text, &lines, first_body);
    page::mark_header(&text, &mut lines, first_body, title.as_ref());
    let region = page::report_region(&lines, first_body);
    let region_bytes = if region.is_empty() {
        text.len()..text.len()
    } else {
        lines[region.start].start..lines[region.end - 1].end
    };
    let outline = if region.is_empty() {
        outline::Outline::default()
    } else {
        outline::build(&text, &lines, region.clone(), region_bytes.clone())
    };
    let meta = meta::read(&meta::MetaInput {
        text: &text,
        lines: &lines,
        first_body,
        region: region.clone(),
        title: title.as_ref(),
        nodes: &outline.nodes,
    });
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
        site,
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

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;
#[cfg(test)]
mod tests_pages;
