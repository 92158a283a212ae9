//! Required parts of an annual report on building rule-of-law government.
//!
//! 《法治政府建设与责任落实督察工作规定》(2019) art. 25 asks every annual report for five
//! parts: 主要举措和成效; 存在的不足和原因; 党政主要负责人履行推进法治建设第一责任人职责
//! 情况; 下一年度主要安排; 其他需要报告的情况. They are asked only of a 法治政府建设年度
//! 报告 on 2019 or later (the genre read from the title, or `--genre`), and only of a
//! whole text: an excerpt cut off before its end lacks parts it may well have.
//!
//! Drafters word the parts freely (存在问题, 存在不足及意见建议, 下步工作计划, 2024年…的
//! 主要安排), so a part is recognised by the words that carry its meaning, in a level-1 or
//! level-2 heading (for a run-in heading, its lead sentence). Failing a heading, an
//! unnumbered paragraph after the last level-1 heading that says the same thing (还存在
//! 差距…, 2021年,我们将…) counts as the part, with a note that it has no heading; a part
//! found nowhere is a warning, since the recognition is by meaning and a reviewer should
//! look rather than be told it is wrong. The fifth part is often folded into the others,
//! so its absence is only a note.

use crate::report::{Diagnostic, NodeKind, Report, Script, Severity};

use super::rules::{Rule, SRC_DUCHA_25};
use super::{body_lines, found, Context};

pub const MISSING: Rule = Rule {
    id: "required-part-missing",
    severity: Severity::Warning,
    meaning: "one of the four main parts of a 法治政府建设年度报告 is nowhere (主要举措和成效; 存在的不足和原因; 第一责任人职责情况; 下一年度主要安排), reported where it would go",
    source: SRC_DUCHA_25,
};
pub const UNNUMBERED: Rule = Rule {
    id: "required-part-unnumbered",
    severity: Severity::Info,
    meaning:
        "a required part is there only as an unnumbered paragraph (the duty part: only in the body)",
    source: SRC_DUCHA_25,
};
pub const OTHER: Rule = Rule {
    id: "required-part-other",
    severity: Severity::Info,
    meaning: "the fifth part, 其他需要报告的情况, has no heading (often folded into the others)",
    source: SRC_DUCHA_25,
};

pub const RULES: &[Rule] = &[MISSING, UNNUMBERED, OTHER];

/// The four main parts, in the order the regulation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Measures,
    Shortcomings,
    Responsibility,
    Plan,
}

impl Part {
    const ALL: [Part; 4] = [
        Part::Measures,
        Part::Shortcomings,
        Part::Responsibility,
        Part::Plan,
    ];

    fn zh(self) -> &'static str {
        match self {
            Part::Measures => "主要举措和成效",
            Part::Shortcomings => "存在的不足和原因",
            Part::Responsibility => "党政主要负责人履行推进法治建设第一责任人职责情况",
            Part::Plan => "下一年度主要安排",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Part::Measures => "main measures and results",
            Part::Shortcomings => "shortcomings and their causes",
            Part::Responsibility => {
                "how the principal leaders fulfilled their duty as first responsible persons"
            }
            Part::Plan => "main plans for the next year",
        }
    }

    /// Words that, in a heading, mean this part.
    fn heading_words(self) -> &'static [&'static str] {
        match self {
            Part::Measures => &[
                "举措",
                "成效",
                "主要做法",
                "工作情况",
                "落实情况",
                "建设情况",
                "主要工作",
            ],
            Part::Shortcomings => &["不足", "问题", "差距", "短板", "薄弱", "困难"],
            Part::Responsibility => &["第一责任人", "主要负责人", "第一责任"],
            Part::Plan => &[
                "下一年",
                "下年度",
                "下步",
                "下一步",
                "明年",
                "计划",
                "安排",
                "打算",
                "思路",
                "展望",
                "努力方向",
                "工作设想",
                "工作重点",
            ],
        }
    }
}

/// Words naming the fifth part in a heading.
const OTHER_WORDS: [&str; 3] = ["其他需要报告", "其他情况", "其他事项"];

/// Whether a heading title (simplified) names a part. A plan heading may also open with
/// the next year (`2024年法治政府建设的主要安排` is caught by 安排, `2024年工作` by the year).
/// A level-2 heading sits inside another part, where 问题 and 安排 are everyday words
/// (`(三)着力解决群众反映强烈的问题`), so at level 2 only the set phrases count.
fn heading_means(part: Part, title: &str, next_year: Option<i32>, level: u8) -> bool {
    const SHORT_L2: [&str; 7] = [
        "存在的问题",
        "存在问题",
        "存在的不足",
        "存在不足",
        "不足之处",
        "差距和不足",
        "问题和不足",
    ];
    const PLAN_L2: [&str; 11] = [
        "下一年",
        "下年度",
        "下步",
        "下一步",
        "明年",
        "工作打算",
        "工作计划",
        "主要安排",
        "工作安排",
        "努力方向",
        "工作思路",
    ];
    let words: &[&str] = match (part, level) {
        (Part::Shortcomings, 2..) => &SHORT_L2,
        (Part::Plan, 2..) => &PLAN_L2,
        _ => part.heading_words(),
    };
    if words.iter().any(|w| title.contains(w)) {
        return true;
    }
    part == Part::Plan && next_year.is_some_and(|y| title.starts_with(&format!("{y}年")))
}

/// Whether an unnumbered paragraph says there are shortcomings: in one sentence, a word
/// of existence (存在, 仍有…) followed by a word of shortfall (差距, 不足…).
fn states_shortcomings(text: &str) -> bool {
    const EXIST: [&str; 7] = ["存在", "仍有", "还有", "尚有", "仍然", "依然", "面临"];
    const SHORT: [&str; 6] = ["差距", "不足", "短板", "问题", "薄弱", "欠缺"];
    text.split(['。', ';', '\u{ff1b}', '!', '\u{ff01}'])
        .any(|sentence| {
            EXIST.iter().any(|e| {
                sentence
                    .find(e)
                    .is_some_and(|at| SHORT.iter().any(|s| sentence[at..].contains(s)))
            })
        })
}

/// Whether an unnumbered paragraph lays out next year's work.
fn states_plan(text: &str, next_year: Option<i32>) -> bool {
    const WORDS: [&str; 6] = ["下一步", "下步", "下一年度", "明年", "新的一年", "今后"];
    next_year.is_some_and(|y| text.trim_start().starts_with(&format!("{y}年")))
        || WORDS.iter().any(|w| text.contains(w))
}

/// Where a part was found.
enum Found {
    Heading,
    /// An unnumbered paragraph (or, for the first-responsible-person duty, a sentence in
    /// another part) at this line.
    Unnumbered(usize),
    Missing,
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    if !ctx.is_annual_under_2019_rules() || !ctx.is_complete {
        return;
    }
    let report = ctx.report;
    let fold = |s: &str| match report.meta.script {
        Script::Traditional => zhconv::zhconv(s, zhconv::Variant::ZhHans),
        Script::Simplified => s.to_string(),
    };
    let next_year = report.meta.year.map(|y| y + 1);
    let level1: Vec<usize> = report
        .roots
        .iter()
        .copied()
        .filter(|&i| report.nodes[i].kind == NodeKind::Heading)
        .collect();
    // A text without an outline is not (yet) a report whose parts can be judged.
    if level1.len() < 2 {
        return;
    }
    // (level, line, title) of level-1 and level-2 headings, folded to simplified.
    let headings: Vec<(u8, usize, String)> = report
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading && n.level <= 2)
        .map(|n| (n.level, n.line, fold(&n.title)))
        .collect();
    // Which parts each heading names; a level-1 heading that names none of the other
    // parts is a measures section (丹东's 二、依法全面履行政府职能…).
    let names = |title: &str, level: u8| -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|&p| heading_means(p, title, next_year, level))
            .collect()
    };
    let mut heading_line = [None::<usize>; 4];
    let mut other_heading = false;
    for (level, line, title) in &headings {
        other_heading |= OTHER_WORDS.iter().any(|w| title.contains(w));
        let parts = names(title, *level);
        for &p in &parts {
            let slot = &mut heading_line[p as usize];
            if slot.is_none() && (p != Part::Measures || *level == 1) {
                *slot = Some(*line);
            }
        }
        let other = parts.iter().any(|&p| p != Part::Measures);
        if *level == 1 && !other && heading_line[Part::Measures as usize].is_none() {
            heading_line[Part::Measures as usize] = Some(*line);
        }
    }

    let last_l1_line = level1.last().map(|&i| report.nodes[i].line).unwrap_or(1);
    let heading_lines: std::collections::HashSet<usize> = report
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading)
        .map(|n| n.line)
        .collect();
    // Unnumbered paragraphs after the last level-1 heading (a run-in heading's own line
    // is numbered, so it is left out).
    let tail: Vec<(usize, String)> = body_lines(report)
        .filter(|&(n, _)| n > last_l1_line && !heading_lines.contains(&n))
        .filter(|&(n, _)| !report.meta.signature_lines.contains(&n))
        .map(|(n, t)| (n, fold(t)))
        .collect();

    let found_parts: Vec<Found> = Part::ALL
        .into_iter()
        .map(|p| {
            if heading_line[p as usize].is_some() {
                return Found::Heading;
            }
            let line = match p {
                Part::Measures => None,
                Part::Shortcomings => tail
                    .iter()
                    .find(|(_, t)| states_shortcomings(t))
                    .map(|(n, _)| *n),
                Part::Plan => tail
                    .iter()
                    .find(|(_, t)| states_plan(t, next_year))
                    .map(|(n, _)| *n),
                Part::Responsibility => body_lines(report)
                    .find(|(_, t)| fold(t).contains("第一责任人"))
                    .map(|(n, _)| n),
            };
            line.map(Found::Unnumbered).unwrap_or(Found::Missing)
        })
        .collect();

    for (k, part) in Part::ALL.into_iter().enumerate() {
        match found_parts[k] {
            Found::Heading => {}
            Found::Unnumbered(line) => out.push(found(
                line,
                &UNNUMBERED,
                &format!("必备部分“{}”没有单独编号的标题,只见于正文", part.zh()),
                &format!(
                    "required part “{}” has no numbered heading of its own, only body text",
                    part.en()
                ),
                Some(format!("为“{}”单列一个编号标题", part.zh())),
            )),
            Found::Missing => {
                // Report it where the part would go: after every earlier part found, at
                // the next part found after those, else at the end of the outline.
                // The duty part's place varies (first, second, or folded into the
                // measures), so it marks no place for the others.
                let place = |q: Part| match found_parts[q as usize] {
                    _ if q == Part::Responsibility && part != Part::Responsibility => None,
                    Found::Heading => heading_line[q as usize],
                    Found::Unnumbered(n) if q != Part::Responsibility => Some(n),
                    _ => None,
                };
                let after = Part::ALL[..k]
                    .iter()
                    .filter_map(|&q| place(q))
                    .max()
                    .unwrap_or(0);
                let line = Part::ALL[k + 1..]
                    .iter()
                    .filter_map(|&q| place(q))
                    .find(|&n| n > after)
                    .unwrap_or_else(|| end_line(report));
                out.push(found(
                    line,
                    &MISSING,
                    &format!("缺少年度报告必备部分“{}”", part.zh()),
                    &format!(
                        "missing a required part of the annual report: {}",
                        part.en()
                    ),
                    Some(format!("增加一节“{}”", part.zh())),
                ));
            }
        }
    }
    let mentions_other = || body_lines(report).any(|(_, t)| fold(t).contains("其他需要报告"));
    if !other_heading && !mentions_other() {
        out.push(found(
            end_line(report),
            &OTHER,
            "没有“其他需要报告的情况”部分(如无其他情况,可不单列)",
            "no part “other matters to report” (fine when there are none)",
            None,
        ));
    }
}

/// The last line of the outline's text.
fn end_line(report: &Report) -> usize {
    let end = report.nodes.iter().map(|n| n.span.end).max().unwrap_or(0);
    report.line_of(end.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{report, rules};
    use crate::report::Genre;

    fn run_as(text: &str, genre: Option<Genre>) -> Vec<Diagnostic> {
        let r = report(text);
        let ctx = Context::new(&r, genre);
        let mut out = Vec::new();
        check(&ctx, &mut out);
        out
    }

    fn run(text: &str) -> Vec<Diagnostic> {
        run_as(text, Some(Genre::FazhiAnnual))
    }

    const FULL: &str = "2023年,我区坚持依法行政。\n一、主要举措和成效\n全年办结复议案件。\n二、存在的不足和原因\n执法队伍力量薄弱。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n区长带头学法。\n四、2024年工作安排\n继续推进。\n五、其他需要报告的情况\n无。\n";

    #[test]
    fn a_report_with_all_five_parts_gives_nothing() {
        assert!(run(FULL).is_empty(), "{:?}", run(FULL));
    }

    #[test]
    fn without_the_fifth_part_there_is_only_a_note() {
        let text = FULL.replace("五、其他需要报告的情况\n无。\n", "");
        let found = run(&text);
        assert_eq!(rules(&found), [(9, OTHER.id)]);
        assert_eq!(found[0].severity, Severity::Info);
    }

    #[test]
    fn parts_are_recognised_by_meaning() {
        let text = "某区2019年法治政府建设工作报告\n2019年,示范区推进依法行政。\n一、法治政府建设落实情况\n(一)切实履行第一责任人职责\n工作。\n二、存在问题\n问题。\n三、下步工作计划\n计划。\n四、其他情况\n无。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_missing_part_is_a_warning_where_it_would_go() {
        // Shortcomings go before the plan (the duty part's place varies).
        let text = FULL.replace("二、存在的不足和原因\n执法队伍力量薄弱。\n", "");
        let found = run(&text);
        assert_eq!(rules(&found), [(6, MISSING.id)]);
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message.contains("存在的不足和原因"));
    }

    #[test]
    fn parts_are_asked_only_of_an_annual_report_on_2019_or_later() {
        let text = FULL.replace("二、存在的不足和原因\n执法队伍力量薄弱。\n", "");
        assert!(run_as(&text, Some(Genre::WorkReport)).is_empty());
        assert!(run_as(&text, Some(Genre::Other)).is_empty());
        let old = format!(
            "某区2016年法治政府建设情况报告\n{}",
            text.replace("2023", "2016")
        );
        assert!(run_as(&old, None).is_empty(), "{:?}", run_as(&old, None));
    }

    #[test]
    fn an_excerpt_cut_mid_sentence_is_not_judged() {
        let text = "某县教育局2025年法治政府建设年度报告\n2025年,我局推进依法治教。\n一、主要举措\n工作。\n二、第一责任人履职情况\n局长带头学法,主持召开会议研究部署法治建设工";
        assert!(run_as(text, None).is_empty(), "{:?}", run_as(text, None));
    }

    #[test]
    fn an_unnumbered_closing_paragraph_counts_and_says_so() {
        let text = "2020年,襄城区推进法治建设。\n一、落实主体责任\n(一)区长履行第一责任人职责\n工作。\n二、坚持依法行政\n工作。\n2020年,我区工作虽然取得了一定成绩,但距离目标还存在差距。\n2021年,我们将继续努力。\n";
        let found = run(text);
        assert_eq!(
            rules(&found),
            [(7, UNNUMBERED.id), (8, UNNUMBERED.id), (8, OTHER.id)]
        );
        assert!(found.iter().all(|d| d.severity == Severity::Info));
    }

    #[test]
    fn traditional_headings_are_folded() {
        let text = "2023年,順義區推進法治政府建設。\n一、推進法治政府建設情況\n工作。\n二、存在的不足\n不足。\n三、黨政主要負責人履行推進法治建設第一責任人職責情況\n工作。\n四、2024年法治政府建設的主要安排\n安排。\n五、其他需要報告的情況\n無。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn everyday_words_in_a_level_2_heading_do_not_make_a_part() {
        let text = "2023年,我区推进依法行政。\n一、主要举措和成效\n(一)着力解决群众反映强烈的问题\n工作。\n(二)统筹安排执法力量\n工作。\n二、区长履行第一责任人职责情况\n工作。\n";
        let found = run(text);
        let missing: Vec<&str> = found
            .iter()
            .filter(|d| d.rule == MISSING.id)
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing[0].contains("存在的不足和原因"));
        assert!(missing[1].contains("下一年度主要安排"));
    }
}
