//! `baogao check --format md`: a review memo in Markdown, ready to send back to the
//! drafter.
//!
//! One section per report with findings (its path, title, genre and counts), then the
//! findings grouped by the heading they fall under, in document order. Each finding
//! gives its severity, rule and line, the text it is about quoted from the report, the
//! message, and the suggested fix where there is one. Report text is escaped so it reads
//! as text, never as Markdown.

use std::io::{self, Write};

use crate::report::{Diagnostic, NodeKind, Report, Severity};

/// Characters that Markdown would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn severity_zh(s: Severity) -> &'static str {
    match s {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "提示",
    }
}

/// The heading a line falls under, as `二、坚持依法行政 › (三)加强执法`, or `None` before
/// the first heading.
pub fn section_of(report: &Report, line: usize) -> Option<String> {
    let pos = report.line_range(line).start;
    let mut node = report.node_at(pos)?;
    // Points are not sections: go up to the heading that holds them.
    while report.nodes[node].kind == NodeKind::Point {
        node = report.nodes[node].parent?;
    }
    let path: Vec<String> = report
        .heading_path(node)
        .into_iter()
        .filter(|&i| report.nodes[i].kind == NodeKind::Heading)
        .map(|i| format!("{}{}", report.nodes[i].number, report.nodes[i].title))
        .collect();
    Some(path.join(" › "))
}

/// The text a finding is about: its line, cut to a window around the first passage the
/// message quotes (`“…”`) when the line is long.
pub fn quote(report: &Report, d: &Diagnostic) -> String {
    const WIDTH: usize = 60;
    let line = report.line_text(d.line).trim();
    if line.chars().count() <= WIDTH {
        return line.to_string();
    }
    // The first passage the message quotes (`“…”` or `(…)`) that the line holds.
    let anchor = passages(&d.message)
        .into_iter()
        .find(|s| s.chars().count() >= 2 && line.contains(*s))
        .and_then(|s| line.find(s));
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = anchor
        .map(|b| chars.partition_point(|&(i, _)| i < b))
        .unwrap_or(0);
    let start = at.saturating_sub(WIDTH / 3);
    let end = (start + WIDTH).min(chars.len());
    let text: String = chars[start..end].iter().map(|&(_, c)| c).collect();
    format!(
        "{}{text}{}",
        if start > 0 { "…" } else { "" },
        if end < chars.len() { "…" } else { "" }
    )
}

fn trim_quote(s: &str) -> &str {
    s.trim_matches(['…', ',', '，'])
}

/// Passages a message quotes, longest first: between `“` and the last `”` before the next
/// `(`, `,` or `/`, and inside `(…)`, with `…` and commas trimmed.
fn passages(message: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let zh = message.split(" / ").next().unwrap_or(message);
    let mut rest = zh;
    while let Some(i) = rest.find('“') {
        let after = &rest['“'.len_utf8() + i..];
        let end = after.find(['(', ',', '/', '，']).unwrap_or(after.len());
        if let Some(j) = after[..end].rfind('”') {
            out.push(trim_quote(&after[..j]));
        }
        rest = after;
    }
    let mut rest = zh;
    while let Some(i) = rest.find('(') {
        let after = &rest[i + 1..];
        if let Some(j) = after.find(')') {
            out.push(trim_quote(&after[..j]));
        }
        rest = after;
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Write the memo for every report's findings.
pub fn write(out: &mut dyn Write, all: &[(&Report, Vec<Diagnostic>)]) -> io::Result<()> {
    let with: Vec<&(&Report, Vec<Diagnostic>)> =
        all.iter().filter(|(_, found)| !found.is_empty()).collect();
    writeln!(out, "# 审阅意见 / Review memo")?;
    writeln!(out)?;
    writeln!(out, "{}", super::check::summary(all))?;
    for (report, found) in with {
        writeln!(out)?;
        writeln!(out, "## {}", escape(&report.path.display().to_string()))?;
        writeln!(out)?;
        if let Some(title) = &report.meta.title {
            writeln!(out, "标题 / Title: {}  ", escape(title))?;
        }
        let count = |s: Severity| found.iter().filter(|d| d.severity == s).count();
        writeln!(
            out,
            "{} findings: {} errors, {} warnings, {} info",
            found.len(),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info)
        )?;
        let mut current: Option<Option<String>> = None;
        for d in found {
            let section = section_of(report, d.line);
            if current.as_ref() != Some(&section) {
                writeln!(out)?;
                match &section {
                    Some(s) => writeln!(out, "### {}", escape(s))?,
                    None => writeln!(out, "### （标题之前）/ Before the first heading")?,
                }
                current = Some(section);
            }
            writeln!(out)?;
            writeln!(
                out,
                "- **{} {}** `{}` · 第{}行 / line {}",
                severity_zh(d.severity),
                d.severity.as_str(),
                d.rule,
                d.line,
                d.line
            )?;
            writeln!(out)?;
            writeln!(out, "  > {}", escape(&quote(report, d)))?;
            writeln!(out)?;
            writeln!(out, "  {}", escape(&d.message))?;
            if let Some(fix) = &d.suggestion {
                writeln!(out)?;
                writeln!(out, "  建议 / Suggested fix: {}", escape(fix))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{check_with, Settings};

    #[test]
    fn the_memo_groups_findings_by_section_with_quote_and_fix() {
        let report = crate::parse_report(
            "draft.txt".into(),
            "某区2023年法治政府建设年度报告\n一、主要举措和成效\n(一)深化改革\n进一步深化“”改革,取得成效。。\n(二)严格执法\n(四)强化监督\n",
        );
        let found = check_with(&report, &Settings::default());
        let mut buf = Vec::new();
        write(&mut buf, &[(&report, found)]).unwrap();
        let memo = String::from_utf8(buf).unwrap();
        assert!(memo.starts_with("# 审阅意见 / Review memo\n"), "{memo}");
        assert!(memo.contains("## draft.txt"), "{memo}");
        assert!(
            memo.contains("### 一、主要举措和成效 › (一)深化改革"),
            "{memo}"
        );
        assert!(memo.contains("> 进一步深化“”改革,取得成效。。"), "{memo}");
        assert!(
            memo.contains("建议 / Suggested fix: 革,取得成效。"),
            "{memo}"
        );
        assert!(
            memo.contains("### 一、主要举措和成效 › (四)强化监督"),
            "{memo}"
        );
        assert!(memo.contains("`numbering-gap` · 第6行 / line 6"), "{memo}");
    }

    #[test]
    fn report_text_is_escaped() {
        assert_eq!(escape("a*b_c`d|e"), "a\\*b\\_c\\`d\\|e");
    }

    #[test]
    fn a_long_line_is_quoted_around_the_passage() {
        let long = format!("{}深化“”改革{}", "甲".repeat(80), "乙".repeat(80));
        let report = crate::parse_report("d.txt".into(), long);
        let found = check_with(&report, &Settings::default());
        let d = found.iter().find(|d| d.rule == "empty-quotes").unwrap();
        let q = quote(&report, d);
        assert!(q.contains("深化“”"), "{q}");
        assert!(q.starts_with('…') && q.ends_with('…'), "{q}");
    }
}
