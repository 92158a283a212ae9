//! The parser's first reading of the numbering, recorded in `Report::diagnostics` while
//! the outline is built: line-start point runs with a paragraph that lost its numeral, and
//! gaps, repeats and reversals among siblings. The review (`lint::numbering`,
//! `lint::points`) judges these again on paragraphs; this reading is what it starts from.

use std::ops::Range;

use crate::report::{Diagnostic, MarkerStyle, Node, NodeKind, Severity};

use super::outline::{format_number, Accepted, Outline};
use super::Line;

/// Line-start point sequences with paragraphs that lost their numeral: `一是…`, then a
/// paragraph with no marker (or only `是…`), then `三是…`. One diagnostic per paragraph.
pub(super) fn missing_point_numerals(
    text: &str,
    lines: &[Line],
    region: Range<usize>,
    outline: &Outline,
) -> Vec<Diagnostic> {
    // A paragraph after the last point that opens like this sums up; it is not a point.
    const CONNECTIVES: &[&str] = &[
        "总之",
        "综上",
        "总的来看",
        "总体来看",
        "此外",
        "另外",
        "同时",
        "今后",
        "下一步",
        "值得一提",
        "以上",
        "通过",
        "在此基础上",
        "特此",
    ];
    let mut out = Vec::new();
    let nodes = &outline.nodes;
    let parents = std::iter::once(None).chain((0..nodes.len()).map(Some));
    for parent in parents {
        let children: &[usize] = match parent {
            Some(p) => &nodes[p].children,
            None => &outline.roots,
        };
        let at_line_start = |n: &Node| lines[n.line - 1].content.start == n.span.start;
        let Some(&first_point) = children
            .iter()
            .find(|&&c| nodes[c].kind == NodeKind::Point && at_line_start(&nodes[c]))
        else {
            continue;
        };
        // The paragraphs from the first line-start point to the next heading.
        let start_line = nodes[first_point].line;
        let end_byte = children
            .iter()
            .map(|&c| &nodes[c])
            .find(|n| n.kind == NodeKind::Heading && n.line > start_line)
            .map(|n| n.span.start)
            .or_else(|| parent.map(|p| nodes[p].span.end))
            .unwrap_or_else(|| lines[region.end - 1].end);
        // For each paragraph: the first and last point value on it, or None.
        let mut paras: Vec<(usize, Option<(u32, u32)>)> = Vec::new();
        for (idx, line) in lines
            .iter()
            .enumerate()
            .take(region.end)
            .skip(start_line - 1)
        {
            if line.start >= end_byte {
                break;
            }
            if line.clutter || line.is_blank() {
                continue;
            }
            let mut on_line = children
                .iter()
                .map(|&c| &nodes[c])
                .filter(|n| n.kind == NodeKind::Point && n.line == idx + 1);
            let marked = on_line.next().map(|first| {
                let last = on_line.next_back().unwrap_or(first);
                (first.value, last.value)
            });
            paras.push((idx + 1, marked));
        }
        // Read the paragraphs as one point each and see whether the numbers agree.
        let mut cur = 0u32;
        let mut consistent = true;
        let mut unmarked: Vec<(usize, u32)> = Vec::new();
        for &(line, marked) in &paras {
            match marked {
                Some((first, last)) => {
                    if first != cur + 1 && first != 1 {
                        consistent = false;
                        break;
                    }
                    cur = last;
                }
                None => {
                    cur += 1;
                    unmarked.push((line, cur));
                }
            }
        }
        if !consistent || unmarked.is_empty() {
            continue;
        }
        let last_marked = paras
            .iter()
            .rev()
            .find(|p| p.1.is_some())
            .map(|p| p.0)
            .unwrap_or(0);
        for (line, value) in unmarked {
            let content = &text[lines[line - 1].content.clone()];
            if line > last_marked {
                // A paragraph after the last point is one only if it reads like one:
                // a short lead phrase and no summing-up connective.
                let lead_len = content
                    .find([',', '\u{ff0c}', '。'])
                    .map(|i| content[..i].chars().count())
                    .unwrap_or(usize::MAX);
                if lead_len > 25 || CONNECTIVES.iter().any(|c| content.starts_with(c)) {
                    break;
                }
            }
            let expected = format_number(MarkerStyle::Point, value, None);
            let (message, suggestion) = match content.strip_prefix('是') {
                Some(rest) => (
                    format!("要点缺少序号,应为“{expected}” / point is missing its numeral, expected “{expected}”"),
                    format!("{expected}{rest}"),
                ),
                None => (
                    format!("段落缺少要点序号,应为“{expected}” / paragraph in a point sequence has no numeral, expected “{expected}”"),
                    format!("{expected}{content}"),
                ),
            };
            out.push(Diagnostic {
                line,
                rule: "point-missing-numeral".into(),
                severity: Severity::Warning,
                message,
                expected: Some(expected),
                suggestion: Some(suggestion.chars().take(40).collect()),
            });
        }
    }
    out
}

/// Gaps, repeats and reversals in each family of siblings. Restarting at 1 is always
/// allowed, and so is a first child that runs on from its cousins (1. 2. under (一),
/// 3. under (二)). A gap explained by a paragraph that lost its numeral is not reported
/// twice.
pub(super) fn number_checks(outline: &mut Outline, accepted: &Accepted, missing: &[Diagnostic]) {
    let nodes = &outline.nodes;
    let mut found = Vec::new();
    // Last value seen per (family, level), for numbering that runs on across sections.
    let mut last_by_family: std::collections::HashMap<(MarkerStyle, u8), u32> =
        std::collections::HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        let value = node.value;
        let key = (node.style, node.level);
        let prev = accepted.prev_same[i].map(|p| &nodes[p]);
        let expected = match prev {
            Some(p) => p.value + 1,
            None => 1,
        };
        let ok = value == expected
            || value == 1
            || (prev.is_none() && last_by_family.get(&key).is_some_and(|&v| value == v + 1));
        last_by_family.insert(key, value);
        if ok || node.repaired {
            continue;
        }
        let explained = prev.is_some_and(|p| {
            let between = missing
                .iter()
                .filter(|d| d.line > p.line && d.line < node.line)
                .count() as u32;
            between > 0 && p.value + 1 + between == value
        });
        if explained {
            continue;
        }
        let expected_number = format_number(node.style, expected, Some(&node.number));
        let (rule, message) = match prev {
            Some(p) if p.value == value => (
                "numbering-duplicate",
                format!(
                    "编号“{}”重复 / number “{}” repeats the previous one (line {})",
                    node.number, node.number, p.line
                ),
            ),
            Some(p) if value < p.value => (
                "numbering-order",
                format!(
                    "编号“{}”在“{}”之后,顺序颠倒 / “{}” comes after “{}”",
                    node.number, p.number, node.number, p.number
                ),
            ),
            _ => (
                "numbering-gap",
                format!(
                    "编号跳过,此处应为“{}” / numbering skips: expected “{}”, found “{}”",
                    expected_number, expected_number, node.number
                ),
            ),
        };
        found.push(Diagnostic {
            line: node.line,
            rule: rule.into(),
            severity: Severity::Warning,
            message,
            expected: Some(expected_number.clone()),
            suggestion: Some(expected_number),
        });
    }
    outline.diagnostics.extend(found);
}
