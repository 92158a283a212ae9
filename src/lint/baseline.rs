//! A baseline of accepted findings: `check --write-baseline FILE` records today's,
//! `check --baseline FILE` reports only the ones not in it.
//!
//! A finding is keyed by its report's file name, its rule and the text of its line
//! (spaces removed), never by the line number: an edit above it moves it without making
//! it new, and fixing the text it is about removes it. Two findings with the same key
//! count separately, so a second occurrence is new. The file is JSON, one entry per
//! finding, with the line and message kept for the reader only.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::report::{Diagnostic, Report};

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The report's file name (`draft.txt`), not its full path, so a baseline written in
    /// one directory holds in another.
    pub file: String,
    pub rule: String,
    /// The text of the finding's line, spaces removed.
    pub text: String,
    /// For the reader: where it was when recorded, and what it said.
    pub line: usize,
    pub message: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

type Key = (String, String, String);

fn file_name(report: &Report) -> String {
    report
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| report.path.display().to_string())
}

fn line_key(report: &Report, line: usize) -> String {
    report
        .line_text(line)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

impl Baseline {
    /// A baseline of these findings.
    pub fn record(all: &[(&Report, Vec<Diagnostic>)]) -> Baseline {
        let mut findings = Vec::new();
        for (report, found) in all {
            let file = file_name(report);
            let mut keys: HashMap<usize, String> = HashMap::new();
            for d in found {
                let text = keys
                    .entry(d.line)
                    .or_insert_with(|| line_key(report, d.line))
                    .clone();
                findings.push(Entry {
                    file: file.clone(),
                    rule: d.rule.clone(),
                    text,
                    line: d.line,
                    message: d.message.clone(),
                });
            }
        }
        Baseline {
            version: 1,
            findings,
        }
    }

    /// Parse a baseline file's text.
    pub fn parse(text: &str) -> Result<Baseline, String> {
        let b: Baseline = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if b.version != 1 {
            return Err(format!("unsupported baseline version {}", b.version));
        }
        Ok(b)
    }

    /// The findings of each report that the baseline does not hold.
    pub fn filter<'r>(
        &self,
        all: Vec<(&'r Report, Vec<Diagnostic>)>,
    ) -> Vec<(&'r Report, Vec<Diagnostic>)> {
        let mut left: HashMap<Key, usize> = HashMap::new();
        for e in &self.findings {
            *left
                .entry((e.file.clone(), e.rule.clone(), e.text.clone()))
                .or_default() += 1;
        }
        all.into_iter()
            .map(|(report, found)| {
                let file = file_name(report);
                // Each line's key once, however many findings it holds.
                let mut keys: HashMap<usize, String> = HashMap::new();
                let new = found
                    .into_iter()
                    .filter(|d| {
                        let text = keys
                            .entry(d.line)
                            .or_insert_with(|| line_key(report, d.line))
                            .clone();
                        let key = (file.clone(), d.rule.clone(), text);
                        match left.get_mut(&key) {
                            Some(n) if *n > 0 => {
                                *n -= 1;
                                false
                            }
                            _ => true,
                        }
                    })
                    .collect();
                (report, new)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{check_with, Settings};

    fn report(text: &str) -> Report {
        crate::parse_report("drafts/draft.txt".into(), text)
    }

    fn findings(r: &Report) -> Vec<Diagnostic> {
        check_with(r, &Settings::default())
    }

    const DRAFT: &str = "一、总体情况\n工作取得成效。。\n(一)第一项\n(三)第三项\n";

    #[test]
    fn an_edit_above_does_not_resurrect_findings() {
        let before = report(DRAFT);
        let all = vec![(&before, findings(&before))];
        assert!(!all[0].1.is_empty());
        let baseline =
            Baseline::parse(&serde_json::to_string(&Baseline::record(&all)).unwrap()).unwrap();
        // Two lines added at the top: every finding moved, none is new.
        let edited = report(&format!("前言。\n\n{DRAFT}"));
        let left = baseline.filter(vec![(&edited, findings(&edited))]);
        assert!(left[0].1.is_empty(), "{:?}", left[0].1);
        // A new defect is reported, the old ones still not.
        let worse = report(&format!("{DRAFT}深化“”改革。\n"));
        let left = baseline.filter(vec![(&worse, findings(&worse))]);
        let rules: Vec<&str> = left[0].1.iter().map(|d| d.rule.as_str()).collect();
        assert_eq!(rules, ["empty-quotes"]);
    }

    #[test]
    fn a_second_occurrence_is_new() {
        let one = report("取得成效。。\n");
        let baseline = Baseline::record(&[(&one, findings(&one))]);
        let two = report("取得成效。。\n取得成效。。\n");
        let left = baseline.filter(vec![(&two, findings(&two))]);
        assert_eq!(left[0].1.len(), 1);
    }

    #[test]
    fn a_bad_file_is_an_error() {
        assert!(Baseline::parse("not json").is_err());
        assert!(Baseline::parse("{\"version\": 9, \"findings\": []}").is_err());
    }
}
