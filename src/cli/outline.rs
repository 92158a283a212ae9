//! `baogao outline`: each report's title line, then its section tree, as text or JSON,
//! with the review's numbering findings (`lint::numbering_findings`): the same judgement
//! `baogao check` gives, not the parser's first reading, which knows neither paragraphs
//! nor where a point run ends.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::display::{self, escape};
use crate::lint;
use crate::report::{Date, Diagnostic, Genre, NodeKind, Report, Script};

use super::{emit, listing_exit, load_reports};

/// One report in `outline --json`.
#[derive(Debug, Serialize)]
pub struct OutlineJson<'a> {
    pub path: String,
    pub title: Option<&'a str>,
    pub year: Option<i32>,
    pub issuer: Option<&'a str>,
    pub region: Option<&'a str>,
    pub published: Option<Date>,
    pub signed_by: Option<&'a str>,
    pub signed_date: Option<Date>,
    pub script: Script,
    pub genre: Genre,
    /// The clutter lines with their text, for readers that want to see what was removed.
    pub clutter: Vec<ClutterJson<'a>>,
    pub clutter_lines: &'a [usize],
    pub sections: Vec<SectionJson<'a>>,
    pub diagnostics: &'a [Diagnostic],
}

/// A line taken for page clutter: its 1-based number and its text.
#[derive(Debug, Serialize)]
pub struct ClutterJson<'a> {
    pub line: usize,
    pub text: &'a str,
}

/// One node in `outline --json`, with its children nested.
#[derive(Debug, Serialize)]
pub struct SectionJson<'a> {
    pub level: u8,
    pub kind: NodeKind,
    pub number: &'a str,
    pub value: u32,
    pub title: &'a str,
    pub line: usize,
    pub repaired: bool,
    pub children: Vec<SectionJson<'a>>,
}

impl<'a> OutlineJson<'a> {
    /// `report` with `diagnostics`, its numbering findings.
    pub fn new(report: &'a Report, diagnostics: &'a [Diagnostic]) -> Self {
        let meta = &report.meta;
        OutlineJson {
            path: report.path.display().to_string(),
            title: meta.title.as_deref(),
            year: meta.year,
            issuer: meta.issuer.as_deref(),
            region: meta.region.as_deref(),
            published: meta.published,
            signed_by: meta.signed_by.as_deref(),
            signed_date: meta.signed_date,
            script: meta.script,
            genre: meta.genre,
            clutter: meta
                .clutter_lines
                .iter()
                .map(|&line| ClutterJson {
                    line,
                    text: report.line_text(line).trim(),
                })
                .collect(),
            clutter_lines: &meta.clutter_lines,
            sections: report.roots.iter().map(|&i| section(report, i)).collect(),
            diagnostics,
        }
    }
}

fn section(report: &Report, index: usize) -> SectionJson<'_> {
    let node = &report.nodes[index];
    SectionJson {
        level: node.level,
        kind: node.kind,
        number: &node.number,
        value: node.value,
        title: &node.title,
        line: node.line,
        repaired: node.repaired,
        children: node.children.iter().map(|&c| section(report, c)).collect(),
    }
}

/// The text form: a title line (`path · title · issuer (region) · year · genre`), then the
/// tree indented two spaces a level.
pub fn write_text(
    out: &mut dyn Write,
    report: &Report,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    let meta = &report.meta;
    let mut head = vec![display::path(&report.path)];
    if let Some(title) = &meta.title {
        head.push(escape(title).into_owned());
    }
    match (&meta.issuer, &meta.region) {
        (Some(issuer), Some(region)) if issuer != region => {
            head.push(format!("{} ({})", escape(issuer), escape(region)))
        }
        (Some(name), _) | (None, Some(name)) => head.push(escape(name).into_owned()),
        (None, None) => {}
    }
    if let Some(year) = meta.year {
        head.push(year.to_string());
    }
    head.push(meta.genre.as_str().to_string());
    writeln!(out, "{}", head.join(" · "))?;
    for &root in &report.roots {
        write_node(out, report, root)?;
    }
    for d in diagnostics {
        let message = escape(&d.message);
        writeln!(out, "  ! line {}: {} {message}", d.line, d.rule)?;
    }
    Ok(())
}

fn write_node(out: &mut dyn Write, report: &Report, index: usize) -> io::Result<()> {
    let node = &report.nodes[index];
    let indent = "  ".repeat(usize::from(node.level.saturating_sub(1)));
    let repaired = if node.repaired { " [repaired]" } else { "" };
    writeln!(
        out,
        "{indent}{} {}{repaired}  (line {})",
        escape(&node.number),
        escape(&node.title),
        node.line
    )?;
    for &child in &node.children {
        write_node(out, report, child)?;
    }
    Ok(())
}

/// The genres `outline` reports, for `baogao outline --help`.
pub const GENRES_HELP: &str = "\
Genres (the `genre` field of --json, last on the text form's title line):
  fazhi-annual    法治政府建设年度报告: the annual rule-of-law government report
  yifa-xingzheng  依法行政报告: the same report under its older name
  work-report     政府工作报告: a government's work report to its people's congress
  work-summary    工作总结: a body's year-end summary of its work
  other           anything else, or not sure";

/// Run `baogao outline`.
pub fn run(paths: Vec<PathBuf>, json: bool) -> anyhow::Result<ExitCode> {
    let (reports, failed) = load_reports(paths);
    // A report whose review fails is said once on stderr; its outline is still printed.
    let (reviewed, _) = super::contained_each(&reports, "review", lint::numbering_findings);
    let reviewed: Vec<(&Report, Vec<Diagnostic>)> = reviewed
        .into_iter()
        .map(|(report, found)| (report, found.unwrap_or_default()))
        .collect();
    emit(|out| {
        if json {
            let all: Vec<OutlineJson<'_>> = reviewed
                .iter()
                .map(|(report, found)| OutlineJson::new(report, found))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        } else {
            for (i, (report, found)) in reviewed.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(out, report, found)?;
            }
            Ok(())
        }
    })?;
    Ok(listing_exit(failed, &reports))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_lists_every_genre() {
        for g in Genre::ALL {
            assert!(GENRES_HELP.contains(g.as_str()), "{}", g.as_str());
            assert!(
                GENRES_HELP.contains(g.zh()) || g == Genre::Other,
                "{}",
                g.zh()
            );
        }
    }
}
