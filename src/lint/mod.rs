//! Review findings for drafts: `Report` → `Vec<Diagnostic>`.
//!
//! Each rule family lives in its own module and appends to one list; `check` runs them
//! all and sorts by line. The parser's numbering diagnostics are part of the result, so a
//! caller gets every finding from one call. Nothing here knows about terminals or files:
//! the CLI prints the list and the TUI shows it.

pub mod dates;
pub mod figures;
pub mod injected;
pub mod numbering;
pub mod page_text;
pub mod punctuation;
pub mod required_parts;

use crate::report::{Diagnostic, Report, Severity};

/// A finding is the model's `Diagnostic`: line, rule id, severity, bilingual message,
/// the expected marker where that applies and a suggested fix where one exists.
pub type Finding = Diagnostic;

/// Every review finding for a report, sorted by line (then rule id, for a stable order).
pub fn check(report: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    numbering::check(report, &mut out);
    required_parts::check(report, &mut out);
    injected::check(report, &mut out);
    page_text::check(report, &mut out);
    punctuation::check(report, &mut out);
    dates::check(report, &mut out);
    figures::check(report, &mut out);
    out.sort_by(|a, b| a.line.cmp(&b.line).then_with(|| a.rule.cmp(&b.rule)));
    out
}

/// The most serious finding on each line, for marks in an outline or a content gutter.
pub fn worst_by_line(findings: &[Diagnostic]) -> std::collections::BTreeMap<usize, Severity> {
    let mut out = std::collections::BTreeMap::new();
    for d in findings {
        let worst = out.entry(d.line).or_insert(d.severity);
        *worst = (*worst).max(d.severity);
    }
    out
}

/// Build a finding. `zh` and `en` are joined as `中文 / English`, the form every message
/// in baogao takes.
pub(crate) fn finding(
    line: usize,
    rule: &str,
    severity: Severity,
    zh: &str,
    en: &str,
    suggestion: Option<String>,
) -> Diagnostic {
    Diagnostic {
        line: line.max(1),
        rule: rule.to_string(),
        severity,
        message: format!("{zh} / {en}"),
        expected: None,
        suggestion,
    }
}

/// 1-based lines of the report text proper: not page clutter, not blank.
pub(crate) fn body_lines(report: &Report) -> impl Iterator<Item = (usize, &str)> {
    (1..=report.line_count())
        .filter(|&n| !report.is_clutter_line(n))
        .map(|n| (n, report.line_text(n)))
        .filter(|(_, t)| !t.trim().is_empty())
}

/// A short excerpt of `s` for messages: at most `max` characters, `…` when cut.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}

#[cfg(test)]
pub(crate) mod testutil {
    use crate::report::{Diagnostic, Report};

    pub fn report(text: &str) -> Report {
        crate::parse_report("draft.txt".into(), text)
    }

    /// Run one rule's `check` on a report made from `text`.
    pub fn run_rule(check: fn(&Report, &mut Vec<Diagnostic>), text: &str) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        check(&report(text), &mut out);
        out
    }

    pub fn rules(found: &[Diagnostic]) -> Vec<(usize, &str)> {
        found.iter().map(|d| (d.line, d.rule.as_str())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_are_sorted_by_line_and_include_the_parsers() {
        let report = testutil::report(
            "一、总体情况\n工作取得成效。。\n(一)第一项\n(三)第三项\n二、存在的不足\n不足。\n三、下一年度工作安排\n安排。\n",
        );
        let found = check(&report);
        let lines: Vec<usize> = found.iter().map(|d| d.line).collect();
        let mut sorted = lines.clone();
        sorted.sort();
        assert_eq!(lines, sorted);
        assert!(found
            .iter()
            .any(|d| d.rule == "numbering-gap" && d.line == 4));
        assert!(found
            .iter()
            .any(|d| d.rule == "doubled-punctuation" && d.line == 2));
        let marks = worst_by_line(&found);
        assert_eq!(marks.get(&4), Some(&Severity::Warning));
        assert_eq!(marks.get(&3), None);
    }
}
