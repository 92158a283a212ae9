//! `baogao outline`: each report's title line, then its section tree, as text or JSON.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

use crate::display::{self, escape};
use crate::report::{Date, Diagnostic, Genre, NodeKind, Report, Script};

use super::{emit, listing_exit, load_reports};

/// One report in `outline --json`.
#[derive(Debug, Serialize)]
pub struct OutlineJson<'a> {
    pub path: String,
    pub title: Option<&'a str>,
    pub year: Option<i32>,
    pub region: Option<&'a str>,
    pub published: Option<Date>,
    pub signed_by: Option<&'a str>,
    pub signed_date: Option<Date>,
    pub script: Script,
    pub genre: Genre,
    pub clutter_lines: &'a [usize],
    pub sections: Vec<SectionJson<'a>>,
    pub diagnostics: &'a [Diagnostic],
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
    pub fn new(report: &'a Report) -> Self {
        let meta = &report.meta;
        OutlineJson {
            path: report.path.display().to_string(),
            title: meta.title.as_deref(),
            year: meta.year,
            region: meta.region.as_deref(),
            published: meta.published,
            signed_by: meta.signed_by.as_deref(),
            signed_date: meta.signed_date,
            script: meta.script,
            genre: meta.genre,
            clutter_lines: &meta.clutter_lines,
            sections: report.roots.iter().map(|&i| section(report, i)).collect(),
            diagnostics: &report.diagnostics,
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

/// The text form: a title line, then the tree indented two spaces a level.
pub fn write_text(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    let meta = &report.meta;
    let mut head = vec![display::path(&report.path)];
    if let Some(title) = &meta.title {
        head.push(escape(title).into_owned());
    }
    if let Some(region) = &meta.region {
        head.push(escape(region).into_owned());
    }
    if let Some(year) = meta.year {
        head.push(year.to_string());
    }
    writeln!(out, "{}", head.join(" · "))?;
    for &root in &report.roots {
        write_node(out, report, root)?;
    }
    for d in &report.diagnostics {
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

/// Run `baogao outline`.
pub fn run(paths: Vec<PathBuf>, json: bool) -> anyhow::Result<ExitCode> {
    let (reports, failed) = load_reports(paths);
    emit(|out| {
        if json {
            let all: Vec<OutlineJson<'_>> = reports.iter().map(OutlineJson::new).collect();
            serde_json::to_writer_pretty(&mut *out, &all)?;
            writeln!(out)
        } else {
            for (i, report) in reports.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(out, report)?;
            }
            Ok(())
        }
    })?;
    Ok(listing_exit(failed, &reports))
}
