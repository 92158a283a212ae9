//! Numbering findings: the parser's own numbering diagnostics (skipped, repeated or
//! reversed numbers, damaged markers, points without a numeral or run into the previous
//! sentence), plus marker styles mixed at one level of the outline.
//!
//! The parser already has to understand the numbering to build the tree, so its
//! diagnostics are re-exposed here rather than recomputed.

use std::collections::HashMap;

use crate::parse::numerals::is_chinese_digit;
use crate::report::{Diagnostic, MarkerStyle, NodeKind, Report, Severity};

/// A marker's family and its written form, and how many headings use it.
type FormCount = ((MarkerStyle, String), usize);

use super::finding;

/// Rule id for a heading whose marker form differs from the rest of its level.
pub const MIXED_STYLES: &str = "numbering-mixed-styles";

pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    out.extend(report.diagnostics.iter().cloned());
    mixed_styles(report, out);
}

/// The form of a marker with its number taken out: `(一)` → `()`, `(一)` → `()`,
/// `1.` → `.`, `1、` → `、`, `一、` → `、`. Two headings at one level with different
/// forms were numbered by different hands (or copied from different drafts).
fn marker_form(number: &str) -> String {
    number
        .chars()
        .filter(|&c| !c.is_ascii_digit() && !is_chinese_digit(c))
        .collect()
}

/// Headings at one level whose marker style or punctuation differs from the level's
/// usual one. Points (一是) have their own grammar and are left out; repaired markers
/// were inferred, so their form says nothing about the draft.
fn mixed_styles(report: &Report, out: &mut Vec<Diagnostic>) {
    // level -> forms in order of first use, with their counts
    let mut by_level: HashMap<u8, Vec<FormCount>> = HashMap::new();
    let headings = report
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading && !n.repaired);
    for node in headings.clone() {
        let key = (node.style, marker_form(&node.number));
        let forms = by_level.entry(node.level).or_default();
        match forms.iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => *count += 1,
            None => forms.push((key, 1)),
        }
    }
    for node in headings {
        let forms = &by_level[&node.level];
        if forms.len() < 2 {
            continue;
        }
        // The usual form is the most common one; on a tie, the one that came first.
        let mut usual = &forms[0];
        for f in forms {
            if f.1 > usual.1 {
                usual = f;
            }
        }
        let key = (node.style, marker_form(&node.number));
        if key == usual.0 {
            continue;
        }
        let example = report
            .nodes
            .iter()
            .find(|n| {
                n.kind == NodeKind::Heading
                    && n.level == node.level
                    && (n.style, marker_form(&n.number)) == usual.0
            })
            .map(|n| n.number.clone())
            .unwrap_or_default();
        out.push(finding(
            node.line,
            MIXED_STYLES,
            Severity::Warning,
            &format!(
                "同级标题编号格式不一致:“{}”,本级其他标题用“{}”",
                node.number, example
            ),
            &format!(
                "mixed marker styles at one level: “{}” where this level uses “{}”",
                node.number, example
            ),
            None,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_rule};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(check, text)
    }

    #[test]
    fn mixed_parentheses_at_one_level_are_found() {
        let found = run("一、总体\n(一)甲项工作\n(二)乙项工作\n\u{ff08}三\u{ff09}丙项工作\n");
        assert_eq!(rules(&found), [(4, MIXED_STYLES)]);
    }

    #[test]
    fn mixed_arabic_punctuation_is_found() {
        let found = run("一、总体\n1.甲项工作\n2.乙项工作\n3、丙项工作\n4.丁项工作\n");
        assert_eq!(rules(&found), [(4, MIXED_STYLES)]);
    }

    #[test]
    fn consistent_markers_give_nothing() {
        assert!(
            run("一、总体\n(一)甲项\n(二)乙项\n二、下步\n(一)丙项\n1.子项\n2.子项\n").is_empty()
        );
    }

    #[test]
    fn parser_diagnostics_are_passed_through() {
        let found = run("一、总体\n(一)甲项\n(三)丙项\n");
        assert_eq!(rules(&found), [(3, "numbering-gap")]);
    }
}
