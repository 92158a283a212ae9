//! Heading numbers: skipped, repeated or reversed numbers among sibling headings,
//! damaged markers, and marker styles mixed at one level of the outline.
//!
//! The outline comes from the parser; this module judges it. A heading counts only where
//! it opens a paragraph: a "marker" that a page break left at the start of a line inside
//! a sentence (`）制定的公文…`, the rest of `（包括…）`) is not a heading, and so neither
//! numbers nor gaps around it are findings. Points (一是…) are judged by `points`.

use std::collections::HashMap;

use crate::parse::numerals::{is_chinese_digit, to_chinese, to_circled};
use crate::report::{Diagnostic, MarkerStyle, Node, NodeKind, Severity};

use super::paragraphs::ParaKind;
use super::rules::{Rule, SRC_GBT9704};
use super::{found, Context};

pub const GAP: Rule = Rule {
    id: "numbering-gap",
    severity: Severity::Warning,
    meaning: "a skipped number among sibling headings or points ((二) then (四); 三是 then 五是)",
    source: SRC_GBT9704,
};
pub const DUPLICATE: Rule = Rule {
    id: "numbering-duplicate",
    severity: Severity::Warning,
    meaning: "a number repeated among sibling headings or points",
    source: SRC_GBT9704,
};
pub const ORDER: Rule = Rule {
    id: "numbering-order",
    severity: Severity::Warning,
    meaning: "a number smaller than the one before it (not a restart at 1)",
    source: SRC_GBT9704,
};
pub const DAMAGED: Rule = Rule {
    id: "marker-damaged",
    severity: Severity::Warning,
    meaning:
        "a damaged heading marker (`)推进…` between (六) and (八)), with the marker it should be",
    source: SRC_GBT9704,
};
pub const MIXED_STYLES: Rule = Rule {
    id: "numbering-mixed-styles",
    severity: Severity::Warning,
    meaning:
        "marker styles or punctuation mixed at one level (`1.` and `2、`, `(三)` among `（一）`)",
    source: SRC_GBT9704,
};

pub const RULES: &[Rule] = &[GAP, DUPLICATE, ORDER, DAMAGED, MIXED_STYLES];

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let report = ctx.report;
    // Heading nodes that open a paragraph, by index.
    let mut real = vec![false; report.nodes.len()];
    for p in &ctx.paragraphs.list {
        if let ParaKind::Heading(i) = p.kind {
            real[i] = true;
        }
    }
    sequence(ctx, &real, out);
    damaged(ctx, &real, out);
    mixed_styles(ctx, &real, out);
}

/// A marker for `value` in the family and form of `like` (a sibling's marker).
pub fn format_number(style: MarkerStyle, value: u32, like: &str) -> String {
    let full_width = like.starts_with('\u{ff08}');
    match style {
        MarkerStyle::ChineseComma => {
            let sep = like
                .chars()
                .last()
                .filter(|c| !is_chinese_digit(*c))
                .unwrap_or('、');
            format!("{}{}", to_chinese(value), sep)
        }
        MarkerStyle::ChineseParen if full_width => {
            format!("\u{ff08}{}\u{ff09}", to_chinese(value))
        }
        MarkerStyle::ChineseParen => format!("({})", to_chinese(value)),
        MarkerStyle::ArabicDot => {
            let sep = like
                .chars()
                .last()
                .filter(|c| c.is_ascii_punctuation() || *c == '、' || *c == '．')
                .unwrap_or('.');
            format!("{value}{sep}")
        }
        MarkerStyle::ArabicParen if full_width => format!("\u{ff08}{value}\u{ff09}"),
        MarkerStyle::ArabicParen => format!("({value})"),
        MarkerStyle::Circled => to_circled(value),
        MarkerStyle::Point => format!("{}是", to_chinese(value)),
    }
}

/// A family's numbering under one parent: the last number, the node that had it, and
/// the numbers of runs interrupted by a restart at 1.
struct Sequence {
    last: u32,
    node: usize,
    interrupted: Vec<u32>,
}

/// Gaps, repeats and reversals among sibling headings of one family. Restarting at 1 is
/// always allowed, and so is a first child that runs on from its cousins (1. 2. under
/// (一), 3. under (二)). A copy that numbers a list inside a section with the section's
/// own family (`四、… 一、… 二、… 三、… 五、`) interrupts the outer count, which then goes
/// on: a number that continues an interrupted run is no gap.
fn sequence(ctx: &Context, real: &[bool], out: &mut Vec<Diagnostic>) {
    let nodes = &ctx.report.nodes;
    // Last number of each family anywhere, for numbering that runs on across sections.
    let mut last_of_family: HashMap<MarkerStyle, u32> = HashMap::new();
    let mut runs: HashMap<(Option<usize>, MarkerStyle), Sequence> = HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        if node.kind != NodeKind::Heading || !real[i] {
            continue;
        }
        let value = node.value;
        let previous_in_family = last_of_family.insert(node.style, value);
        let key = (node.parent, node.style);
        let Some(run) = runs.get_mut(&key) else {
            runs.insert(
                key,
                Sequence {
                    last: value,
                    node: i,
                    interrupted: Vec::new(),
                },
            );
            let runs_on = previous_in_family.is_some_and(|v| value == v + 1);
            if value != 1 && !runs_on && !node.repaired {
                report_number(node, None, 1, out);
            }
            continue;
        };
        let (last, prev) = (run.last, run.node);
        run.node = i;
        if value == last + 1 || node.repaired {
            run.last = value;
        } else if value == 1 {
            run.interrupted.push(last);
            run.last = 1;
        } else if let Some(k) = run.interrupted.iter().rposition(|&h| value == h + 1) {
            run.interrupted.truncate(k);
            run.last = value;
        } else {
            run.last = value.max(last);
            report_number(node, Some(&nodes[prev]), last + 1, out);
        }
    }
}

/// A skipped (`expected` missing), repeated or reversed heading number.
fn report_number(node: &Node, prev: Option<&Node>, expected: u32, out: &mut Vec<Diagnostic>) {
    let value = node.value;
    let want = format_number(node.style, expected, &node.number);
    let d = match prev {
        Some(p) if p.value == value => found(
            node.line,
            &DUPLICATE,
            &format!("编号“{}”与上一个同级标题重复,应为“{want}”", node.number),
            &format!(
                "number “{}” repeats the previous sibling's; expected “{want}”",
                node.number
            ),
            Some(want.clone()),
        ),
        Some(p) if value < p.value => found(
            node.line,
            &ORDER,
            &format!(
                "编号“{}”在“{}”之后,顺序颠倒,应为“{want}”",
                node.number, p.number
            ),
            &format!(
                "“{}” comes after “{}”; expected “{want}”",
                node.number, p.number
            ),
            Some(want.clone()),
        ),
        _ => found(
            node.line,
            &GAP,
            &format!("编号跳过,此处应为“{want}”,实为“{}”", node.number),
            &format!(
                "numbering skips: expected “{want}”, found “{}”",
                node.number
            ),
            Some(want.clone()),
        ),
    };
    out.push(Diagnostic {
        expected: Some(want),
        ..d
    });
}

/// The parser's repairs of damaged markers, where the repaired heading opens a paragraph.
fn damaged(ctx: &Context, real: &[bool], out: &mut Vec<Diagnostic>) {
    let report = ctx.report;
    let by_line: HashMap<usize, &Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == DAMAGED.id)
        .map(|d| (d.line, d))
        .collect();
    for (i, node) in report.nodes.iter().enumerate() {
        if !(node.repaired && real[i]) {
            continue;
        }
        let Some(&d) = by_line.get(&node.line) else {
            continue;
        };
        out.push(Diagnostic {
            severity: DAMAGED.severity,
            ..d.clone()
        });
    }
}

/// A marker form, how many headings use it, and the first of them.
type FormCount = (String, usize, usize);

/// The form of a marker with its number taken out: `(一)` → `()`, `（一）` → `（）`,
/// `1.` → `.`, `1、` → `、`, `一、` → `、`; circled numbers are one form. Two headings at
/// one level with different forms were numbered by different hands.
fn marker_form(style: MarkerStyle, number: &str) -> String {
    if style == MarkerStyle::Circled {
        return "①".into();
    }
    number
        .chars()
        .filter(|&c| !c.is_ascii_digit() && !is_chinese_digit(c) && !c.is_numeric())
        .collect()
}

/// Headings whose marker punctuation differs from the rest of their family at their
/// level (`3、` among `1.` `2.`; `二.` among `一、`). Full-width and ASCII forms of one
/// mark are the same style (pages convert one to the other freely), and different
/// families at one level under different parents (`(一)` here, `1、` directly under `二、`
/// there) are different outlines, not a slip; a repaired marker was inferred, so its form
/// says nothing.
fn mixed_styles(ctx: &Context, real: &[bool], out: &mut Vec<Diagnostic>) {
    let nodes = &ctx.report.nodes;
    let form = |n: &Node| {
        marker_form(n.style, &n.number)
            .replace('\u{ff08}', "(")
            .replace('\u{ff09}', ")")
            .replace('．', ".")
    };
    let headings: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].kind == NodeKind::Heading && real[i] && !nodes[i].repaired)
        .collect();
    // (level, family) -> forms in order of first use, with their counts and first node
    let mut by_family: HashMap<(u8, MarkerStyle), Vec<FormCount>> = HashMap::new();
    for &i in &headings {
        let key = form(&nodes[i]);
        let forms = by_family
            .entry((nodes[i].level, nodes[i].style))
            .or_default();
        match forms.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, count, _)) => *count += 1,
            None => forms.push((key, 1, i)),
        }
    }
    for &i in &headings {
        let node = &nodes[i];
        let forms = &by_family[&(node.level, node.style)];
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
        // A family without a clear usual form is a judgement call, not a finding.
        if usual.1 < 2 || form(node) == usual.0 {
            continue;
        }
        let example = &nodes[usual.2].number;
        out.push(found(
            node.line,
            &MIXED_STYLES,
            &format!(
                "同级标题编号格式不一致:“{}”,本级其他标题用“{example}”",
                node.number
            ),
            &format!(
                "mixed marker styles at one level: “{}” where this level uses “{example}”",
                node.number
            ),
            Some(format_number(node.style, node.value, example)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_family};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_family(check, text)
    }

    #[test]
    fn a_skipped_heading_number_is_a_gap() {
        let found = run("一、总体\n(一)甲项\n(三)丙项\n");
        assert_eq!(rules(&found), [(3, "numbering-gap")]);
        assert_eq!(found[0].expected.as_deref(), Some("(二)"));
    }

    #[test]
    fn a_repeated_and_a_reversed_number_are_found() {
        let found =
            run("一、总体\n(一)甲项\n(二)乙项\n(二)丙项\n二、其他\n1.子项\n3.子项\n2.子项\n");
        assert_eq!(
            rules(&found),
            [
                (4, "numbering-duplicate"),
                (7, "numbering-gap"),
                (8, "numbering-order")
            ]
        );
    }

    #[test]
    fn a_list_numbered_with_the_sections_own_family_interrupts_it() {
        // gwr-1981: 四、 holds a list 一、二、三、, then the sections go on with 五、.
        let text = "一、甲\n二、乙\n三、丙\n四、丁\n一、节约能源\n二、改革产品结构\n三、合理利用资源\n五、整顿企业\n六、其他\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        let text = "一、甲\n二、乙\n一、子项\n二、子项\n五、戊\n";
        assert_eq!(rules(&run(text)), [(5, "numbering-gap")]);
    }

    #[test]
    fn numbering_that_runs_on_or_restarts_is_fine() {
        let text = "一、总体\n(一)甲项\n1.子项\n2.子项\n(二)乙项\n3.子项\n二、其他\n(一)丙项\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_closing_bracket_left_by_a_line_break_is_no_heading() {
        // `（包括…\n[\nCPC 2\n]\n）制定的公文`: the `）` line goes on with the sentence.
        let text = "一、总体\n（一）甲项\n（二）乙项\n（三）丙项\n（四）丁项\n（五）戊项\n（六）己项\n本文属于公有领域，因为它是中国共产党的中央组织（包括党的全国代表大会\n[\nCPC 2\n]\n）制定的公文。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_damaged_marker_at_a_paragraph_start_is_reported() {
        let found = run("一、总体\n(一)甲\n(二)乙\n(三)丙\n(四)丁\n(五)戊\n(六)己项\n工作。\n)推进法律顾问体系建设\n工作。\n(八)乙项\n");
        assert_eq!(rules(&found), [(9, "marker-damaged")]);
        assert!(found[0].message.contains("(七)"));
    }

    #[test]
    fn mixed_punctuation_in_one_family_is_found() {
        let found = run("一、总体\n1.甲项工作\n2.乙项工作\n3、丙项工作\n4.丁项工作\n");
        assert_eq!(rules(&found), [(4, MIXED_STYLES.id)]);
    }

    #[test]
    fn full_width_and_ascii_parentheses_are_one_style() {
        let text = "一、总体\n(一)甲项\n\u{ff08}二\u{ff09}乙项\n(三)丙项\n二、其他\n（１）子项\n(2)子项\n（3）子项\n1．子项\n2.子项\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn circled_numbers_are_one_style() {
        // Footnotes of a party-congress report (cpc-12): ① … ⑧.
        let text = "注：\n① 列宁：《全集》。\n② 马克思：《手稿》。\n③ 毛泽东：《实践论》。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
