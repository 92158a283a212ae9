//! Review findings for drafts: `Report` → `Vec<Diagnostic>`.
//!
//! Each rule family lives in its own module and appends to one list; `check` runs them
//! all, drops what the settings switch off, and sorts by line. Nothing here knows about
//! terminals or files: the CLI prints the list and the TUI shows it.
//!
//! Rule families come in two shapes. Most read a [`Context`]: the report with what every
//! rule needs worked out once (its genre, after any `--genre` override; its paragraphs,
//! with lines joined where a sentence runs on; its years; whether the text is complete).
//! A family that needs only the report is a plain `fn(&Report, &mut Vec<Diagnostic>)`
//! in [`REPORT_FAMILIES`]: adding one is a one-line change there (plus its rules in
//! [`rules::all`], so `--rules` lists them and `--disable` accepts them).
//!
//! Every finding states something a careful reader would agree is wrong in the text;
//! where a rule cannot tell, it stays silent.

pub mod baseline;
pub mod context;
pub mod dates;
pub mod enumeration;
pub mod figures;
pub mod final_punct;
pub mod formulations;
pub mod injected;
pub mod numbering;
pub mod page_text;
pub mod paragraphs;
pub mod points;
pub mod punctuation;
pub mod required_parts;
pub mod rules;
pub mod settings;

use std::sync::OnceLock;

use crate::report::{Diagnostic, Report, Severity};

pub use context::Context;
pub use rules::Rule;
pub use settings::Settings;

/// A finding is the model's `Diagnostic`: line, rule id, severity, bilingual message,
/// the expected marker where that applies and a suggested fix where one exists.
pub type Finding = Diagnostic;

/// Rule families that read the shared context.
const FAMILIES: &[fn(&Context, &mut Vec<Diagnostic>)] = &[
    numbering::check,
    points::check,
    required_parts::check,
    punctuation::check,
    final_punct::check,
    enumeration::check,
    formulations::check,
    dates::check,
];

/// Rule families that need only the report.
const REPORT_FAMILIES: &[fn(&Report, &mut Vec<Diagnostic>)] = &[injected::check, page_text::check];

/// The settings `check` uses: the defaults, or what the program set once at start
/// (the TUI sets the config file's `[check]` section).
static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// Set the settings `check` uses for the rest of the process. Only the first call
/// counts; returns whether it did.
pub fn set_settings(settings: Settings) -> bool {
    SETTINGS.set(settings).is_ok()
}

/// Every review finding for a report, with the process's settings (see
/// [`set_settings`]), sorted by line (then rule id, for a stable order).
pub fn check(report: &Report) -> Vec<Diagnostic> {
    let default = Settings::default();
    review(report, SETTINGS.get().unwrap_or(&default), None)
}

/// Every review finding for a report under `settings`, sorted by line, then rule id.
pub fn check_with(report: &Report, settings: &Settings) -> Vec<Diagnostic> {
    review(report, settings, None)
}

/// `check` for a report whose figures are already extracted (the TUI extracts them
/// for its panel): the figure rules read them instead of extracting them again.
pub fn check_given_figures(
    report: &Report,
    figures: &[crate::indicators::Figure],
) -> Vec<Diagnostic> {
    let default = Settings::default();
    review(report, SETTINGS.get().unwrap_or(&default), Some(figures))
}

/// The review's numbering findings alone (heading numbers, damaged markers, point
/// numerals and separators),
/// under the process's settings, sorted like `check`'s: what `baogao outline` shows under
/// a tree instead of the parser's unjudged first reading (`Report::diagnostics`, which
/// knows neither paragraphs nor where a point run ends).
pub fn numbering_findings(report: &Report) -> Vec<Diagnostic> {
    let default = Settings::default();
    let settings = SETTINGS.get().unwrap_or(&default);
    let ctx = Context::new(report, settings.genre);
    let mut out = Vec::new();
    if ctx.is_chinese {
        numbering::check(&ctx, &mut out);
        points::check(&ctx, &mut out);
    }
    // A point's lead phrase run into its body is punctuation, not numbering.
    out.retain(|d| d.rule != points::LEAD_RUN_IN.id);
    settled(out, settings)
}

/// Findings as the settings keep them, sorted by line (then rule id, for a stable
/// order), without repeats.
fn settled(mut out: Vec<Diagnostic>, settings: &Settings) -> Vec<Diagnostic> {
    out.retain(|d| settings.keeps(d));
    out.sort_by(|a, b| a.line.cmp(&b.line).then_with(|| a.rule.cmp(&b.rule)));
    out.dedup();
    out
}

fn review(
    report: &Report,
    settings: &Settings,
    figures: Option<&[crate::indicators::Figure]>,
) -> Vec<Diagnostic> {
    let ctx = Context::new(report, settings.genre);
    let mut out = Vec::new();
    // A text that is not Chinese prose (a README, a data file) is not a report to review.
    if ctx.is_chinese {
        for family in FAMILIES {
            family(&ctx, &mut out);
        }
        for family in REPORT_FAMILIES {
            family(report, &mut out);
        }
        match figures {
            Some(figures) => figures::check_figures(report, figures, &mut out),
            None => figures::check(report, &mut out),
        }
    }
    settled(out, settings)
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

/// Build a finding of a registered rule, with the rule's severity.
pub(crate) fn found(
    line: usize,
    rule: &Rule,
    zh: &str,
    en: &str,
    suggestion: Option<String>,
) -> Diagnostic {
    finding(line, rule.id, rule.severity, zh, en, suggestion)
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

/// The last `n` characters of `s`.
pub(crate) fn tail(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    &s[start..]
}

#[cfg(test)]
pub(crate) mod testutil {
    use crate::report::{Diagnostic, Report};

    use super::Context;

    pub fn report(text: &str) -> Report {
        crate::parse_report("draft.txt".into(), text)
    }

    /// Run one rule family on a report made from `text`.
    pub fn run_family(check: fn(&Context, &mut Vec<Diagnostic>), text: &str) -> Vec<Diagnostic> {
        let r = report(text);
        let ctx = Context::new(&r, None);
        let mut out = Vec::new();
        check(&ctx, &mut out);
        out
    }

    /// Run one report-only rule family on a report made from `text`.
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
    fn figures_given_or_extracted_give_the_same_findings() {
        let report = testutil::report(
            "某区人民政府2023年法治政府建设年度报告\n一、主要成效\n人民调解成功率达到102%。\n全年共受理行政复议案件68件。\n二、行政复议\n受理行政复议案件72件。\n",
        );
        let extracted = check_with(&report, &Settings::default());
        let figures = crate::indicators::extract(&report);
        assert_eq!(check_given_figures(&report, &figures), extracted);
        for rule in ["rate-over-100", "figure-contradiction"] {
            assert!(
                extracted.iter().any(|d| d.rule == rule),
                "{rule}: {extracted:?}"
            );
        }
    }

    #[test]
    fn findings_are_sorted_by_line() {
        let report = testutil::report(
            "一、总体情况\n工作取得成效。。\n(一)第一项\n(三)第三项\n二、存在的不足\n不足。\n三、下一年度工作安排\n安排。\n",
        );
        let found = check_with(&report, &Settings::default());
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
        assert_eq!(marks.get(&3), None);
        assert!(marks.contains_key(&4));
    }

    #[test]
    fn settings_drop_disabled_rules_and_low_severities() {
        let report = testutil::report("一、总体情况\n工作取得成效。。\n(一)第一项\n(三)第三项\n");
        let mut settings = Settings::default();
        settings.disabled.insert("numbering-gap".into());
        let found = check_with(&report, &settings);
        assert!(found.iter().all(|d| d.rule != "numbering-gap"));
        assert!(found.iter().any(|d| d.rule == "doubled-punctuation"));
        settings.min_severity = Severity::Error;
        assert!(check_with(&report, &settings)
            .iter()
            .all(|d| d.severity == Severity::Error));
    }

    #[test]
    fn text_that_is_not_chinese_is_not_reviewed() {
        let report = testutil::report(
            "# Sources\n\n| file | notes |\n|---|---|\n| d01 | brackets (inside 《》) and 一、; |\n",
        );
        assert!(check_with(&report, &Settings::default()).is_empty());
    }

    #[test]
    fn every_finding_names_a_registered_rule() {
        let reports = crate::samples::reports().unwrap();
        let ids: Vec<&str> = rules::all().iter().map(|r| r.id).collect();
        for r in &reports {
            for d in check(r) {
                assert!(ids.contains(&d.rule.as_str()), "{}", d.rule);
                let rule = rules::find(&d.rule).unwrap();
                assert_eq!(rule.severity, d.severity, "{}", d.rule);
            }
        }
    }

    #[test]
    fn tail_counts_characters() {
        assert_eq!(tail("法治政府建设", 2), "建设");
        assert_eq!(tail("ab", 5), "ab");
    }
}
