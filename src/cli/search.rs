//! `baogao search`: ranked headings for a query (Chinese, pinyin or traditional), or
//! with `--text` literal matches in the report bodies, as text or JSON.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::report::{NodeKind, Report};
use crate::search::{SearchIndex, TextIndex};

use super::{emit, load_reports};
use crate::display::escape;

/// One heading match in `search --json`.
#[derive(Debug, Serialize)]
pub struct HeadingMatchJson<'a> {
    pub path: String,
    pub line: usize,
    pub level: u8,
    pub kind: NodeKind,
    pub number: &'a str,
    pub title: &'a str,
    /// Labels of the headings above, outermost first.
    pub heading_path: Vec<String>,
    pub score: i64,
    /// Matched character (not byte) indices in `title`.
    pub matched: Vec<usize>,
}

/// One literal match in `search --text --json`.
#[derive(Debug, Serialize)]
pub struct TextMatchJson<'a> {
    pub path: String,
    pub line: usize,
    /// Byte range of the match in the report's text.
    pub start: usize,
    pub end: usize,
    /// The text matched, as written in the report.
    pub matched_text: &'a str,
    /// The whole line holding the match.
    pub line_text: &'a str,
}

/// Wrap the characters at `matched` (char indices) in brackets, runs together.
pub fn bracket(text: &str, matched: &[usize]) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open = false;
    for (i, c) in text.chars().enumerate() {
        let hit = matched.binary_search(&i).is_ok();
        if hit != open {
            out.push(if hit { '[' } else { ']' });
            open = hit;
        }
        out.push(c);
    }
    if open {
        out.push(']');
    }
    out
}

fn headings(
    out: &mut dyn Write,
    reports: &[Report],
    query: &str,
    limit: usize,
    json: bool,
) -> io::Result<usize> {
    let index = SearchIndex::build(reports);
    let hits = index.search(query, limit);
    let rows: Vec<HeadingMatchJson<'_>> = hits
        .iter()
        .filter_map(|h| {
            let heading = index.heading(h.entry)?;
            Some(HeadingMatchJson {
                path: reports[h.report].path.display().to_string(),
                line: heading.line,
                level: heading.level,
                kind: heading.kind,
                number: heading.number,
                title: heading.title,
                heading_path: index.heading_path(h.entry),
                score: h.score,
                matched: h.matched.clone(),
            })
        })
        .collect();
    if json {
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
    } else {
        for r in &rows {
            let path = if r.heading_path.is_empty() {
                String::new()
            } else {
                format!("  ({})", r.heading_path.join(" › "))
            };
            writeln!(
                out,
                "{}:{}  {:>4}  {} {}{}",
                escape(&r.path),
                r.line,
                r.score,
                escape(r.number),
                escape(&bracket(r.title, &r.matched)),
                escape(&path)
            )?;
        }
    }
    Ok(rows.len())
}

fn text(
    out: &mut dyn Write,
    reports: &[Report],
    query: &str,
    limit: usize,
    json: bool,
) -> io::Result<usize> {
    let index = TextIndex::build(reports);
    let hits = index.search(reports, query, limit);
    let rows: Vec<TextMatchJson<'_>> = hits
        .iter()
        .map(|h| {
            let report = &reports[h.report];
            TextMatchJson {
                path: report.path.display().to_string(),
                line: h.line,
                start: h.range.start,
                end: h.range.end,
                matched_text: &report.text[h.range.clone()],
                line_text: report.line_text(h.line),
            }
        })
        .collect();
    if json {
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
    } else {
        for (r, h) in rows.iter().zip(&hits) {
            let report = &reports[h.report];
            let line_start = report.line_range(h.line).start;
            // Show the match in brackets with up to 20 characters either side.
            let before: String = {
                let s = &report.text[line_start..h.range.start];
                let n = s.chars().count().saturating_sub(20);
                s.chars().skip(n).collect()
            };
            let line_end = report.line_range(h.line).end.max(h.range.end);
            let after: String = report.text[h.range.end..line_end]
                .chars()
                .take(20)
                .collect();
            writeln!(
                out,
                "{}:{}  {}[{}]{}",
                escape(&r.path),
                r.line,
                escape(&before),
                escape(r.matched_text),
                escape(&after)
            )?;
        }
    }
    Ok(rows.len())
}

/// Run `baogao search`. Exit 0 with matches, 1 with none, 2 when nothing could be read.
pub fn run(
    query: &str,
    paths: Vec<PathBuf>,
    json: bool,
    limit: usize,
    full_text: bool,
) -> anyhow::Result<ExitCode> {
    let (reports, failed) = load_reports(paths);
    if failed && reports.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let mut found = 0;
    // The index is over every report at once, so a defect met while building it fails
    // the search as a whole: one line, not a crash.
    let searched = crate::contain::catch(|| {
        emit(|out| {
            found = if full_text {
                text(out, &reports, query, limit, json)?
            } else {
                headings(out, &reports, query, limit, json)?
            };
            Ok(())
        })
    });
    match searched {
        Ok(written) => written?,
        Err(message) => {
            super::warn(&format!("search failed: internal error: {message}"));
            return Ok(ExitCode::from(2));
        }
    }
    Ok(if found > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    use super::bracket;

    #[test]
    fn brackets_group_runs() {
        assert_eq!(
            bracket("加强行政复议工作", &[2, 3, 4, 5]),
            "加强[行政复议]工作"
        );
        assert_eq!(bracket("行政复议", &[0, 2, 3]), "[行]政[复议]");
        assert_eq!(bracket("abc", &[]), "abc");
    }
}
