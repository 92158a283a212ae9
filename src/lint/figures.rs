//! Figures that cannot all be right: contradictions inside one report and figures that
//! are implausible on their face. Built on the canonical keys (`indicators::keys`), so
//! only metrics the key table knows are compared.
//!
//! Precision matters more than recall here: a report states this year's and last
//! year's values, totals and the parts of them, changes (同比), several bodies' counts;
//! none of those is a contradiction. So:
//!
//! - `figure-contradiction`: the same metric stated twice with values that disagree,
//!   only when both name the same thing in the same words (after dropping 全年/共/累计),
//!   in the same unit, neither is an earlier period's level (由X到Y, 上年同期), neither
//!   sits in a clause of parts (其中/包括), neither mentions a year other than the
//!   report's, and their hedges (余, 约, 以上 …) cannot both hold;
//! - `rate-over-100`: a share (纠错率, 持证率, 合格率 …) above 100% (a completion rate
//!   such as 任务完成率 may exceed it and is left alone);
//! - `part-exceeds-whole`: in one paragraph, a part larger than its whole (审结 more than
//!   受理, 调解成功 more than 调解; reconsideration cases closed can include cases
//!   carried over, so that one is only noted);
//! - `rate-inconsistent`: in one paragraph, a rate that does not match its two counts
//!   (纠错率 against 纠错/审结, 调解成功率 against 成功/调解), by more than a point.

use crate::indicators::{self, Figure, Kind, Qualifier};
use crate::report::{Diagnostic, Report, Severity};

use super::finding;
use super::rules::Rule;

/// Arithmetic: a figure a report states is checked against the report's other figures.
const SRC_ARITHMETIC: &str = "数据一致性(同一报告内的数字相互印证)";

pub const CONTRADICTION: &str = "figure-contradiction";
pub const RATE_OVER_100: &str = "rate-over-100";
pub const PART_EXCEEDS_WHOLE: &str = "part-exceeds-whole";
/// The same, where cases carried over from last year can explain it: only a note.
pub const PART_EXCEEDS_WHOLE_NOTE: &str = "part-exceeds-whole-note";
pub const RATE_INCONSISTENT: &str = "rate-inconsistent";

pub const RULES: &[Rule] = &[
    Rule {
        id: CONTRADICTION,
        severity: Severity::Warning,
        meaning: "the same metric stated twice with values that cannot both hold (same subject and unit, this year's, neither a part nor hedged to fit)",
        source: SRC_ARITHMETIC,
    },
    Rule {
        id: RATE_OVER_100,
        severity: Severity::Warning,
        meaning: "a share (纠错率, 持证率, 合格率, 成功率, 覆盖率 …) above 100%",
        source: SRC_ARITHMETIC,
    },
    Rule {
        id: PART_EXCEEDS_WHOLE,
        severity: Severity::Warning,
        meaning: "in one paragraph, a part larger than its whole (纠错 > 审结, 调解成功 > 调解)",
        source: SRC_ARITHMETIC,
    },
    Rule {
        id: PART_EXCEEDS_WHOLE_NOTE,
        severity: Severity::Info,
        meaning: "in one paragraph, a part larger than its whole where carried-over cases or staff can explain it (审结 > 受理, 败诉 > 诉讼, 持证 > 执法人员)",
        source: SRC_ARITHMETIC,
    },
    Rule {
        id: RATE_INCONSISTENT,
        severity: Severity::Warning,
        meaning: "in one paragraph, a rate more than a point away from its counts (纠错率 vs 纠错/审结, 调解成功率 vs 成功/调解)",
        source: SRC_ARITHMETIC,
    },
];

/// Review the figures of a report (extracting them first).
pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    let figures = indicators::extract(report);
    check_figures(report, &figures, out);
}

/// Review figures already extracted from `report` (a caller that has them saves the
/// extraction).
pub fn check_figures(report: &Report, figures: &[Figure], out: &mut Vec<Diagnostic>) {
    contradictions(report, figures, out);
    rates_over_100(figures, out);
    parts_and_rates(figures, out);
}

// ----- contradictions --------------------------------------------------------------

/// Scope-free words at the start of a subject that do not change what is counted.
const LEAD_WORDS: &[&str] = &[
    "全年",
    "今年",
    "本年度",
    "年内",
    "共",
    "共计",
    "累计",
    "合计",
    "总计",
    "全部",
    "依法",
    "已",
];

/// Words in a clause that make its figures parts of a total.
const PART_WORDS: &[&str] = &["其中", "包括", "含", "分别"];

fn normalized(subject: &str) -> String {
    let mut s = indicators::categories::fold(subject);
    loop {
        let before = s.len();
        for w in LEAD_WORDS {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest.to_string();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// The years (20XX年) a figure's sentence mentions before the figure.
fn years_before(report: &Report, f: &Figure) -> Vec<i32> {
    let start = f.sentence.start;
    let text = report.text.get(start..f.span.start).unwrap_or("");
    let mut out = Vec::new();
    for (i, _) in text.match_indices('年') {
        let digits: String = text[..i]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.len() == 4 {
            if let Ok(y) = digits.chars().rev().collect::<String>().parse::<i32>() {
                out.push(y);
            }
        }
    }
    out
}

/// Whether the clause before the figure announces parts (其中…).
fn in_parts(report: &Report, f: &Figure) -> bool {
    let text = report
        .text
        .get(f.sentence.start..f.span.start)
        .unwrap_or("");
    PART_WORDS.iter().any(|w| text.contains(w))
}

/// Whether two values, with their hedges, can both be true.
fn compatible(a: &Figure, b: &Figure) -> bool {
    fn bounds(f: &Figure) -> (f64, f64) {
        let v = f.value;
        match f.qualifier {
            Some(Qualifier::Yu | Qualifier::Duo | Qualifier::Chao | Qualifier::YiShang) => {
                (v, f64::INFINITY)
            }
            Some(Qualifier::Jin | Qualifier::BuZu | Qualifier::YiXia | Qualifier::YiNei) => {
                (0.0, v)
            }
            Some(Qualifier::Yue) => (v * 0.9, v * 1.1),
            None => (v, f.upper.unwrap_or(v)),
        }
    }
    let (a0, a1) = bounds(a);
    let (b0, b1) = bounds(b);
    // Rounding in the text (98.04% written 98%): half a unit of the last digit.
    let slack = 0.5 * a.value.abs().min(b.value.abs()).max(1.0) / 100.0;
    a0 <= b1 + slack && b0 <= a1 + slack
}

fn contradictions(report: &Report, figures: &[Figure], out: &mut Vec<Diagnostic>) {
    let year = report.meta.year;
    let usable = |f: &Figure| {
        f.key.is_some()
            && !f.baseline
            && f.kind != Kind::Growth
            && !in_parts(report, f)
            && years_before(report, f)
                .iter()
                .all(|y| Some(*y) == year || year.is_none())
    };
    let candidates: Vec<(&Figure, String)> = figures
        .iter()
        .filter(|f| usable(f))
        .map(|f| (f, normalized(&f.subject)))
        .collect();
    for (i, (b, sb)) in candidates.iter().enumerate() {
        // Compare with the first earlier statement of the same thing only, once.
        let earlier = candidates[..i].iter().find(|(a, sa)| {
            a.key == b.key && a.unit == b.unit && sa == sb && sa.chars().count() >= 2
        });
        let Some((a, _)) = earlier else { continue };
        if compatible(a, b) {
            continue;
        }
        let zh = format!(
            "“{}”在第{}行为{},此处为{},前后矛盾",
            b.subject, a.line, a.written, b.written
        );
        let en = format!(
            "“{}” is {} on line {} but {} here",
            b.subject, a.written, a.line, b.written
        );
        out.push(finding(
            b.line,
            CONTRADICTION,
            Severity::Warning,
            &zh,
            &en,
            None,
        ));
    }
}

// ----- rates over 100% ---------------------------------------------------------------

/// Shares that cannot exceed 100%.
const CAPPED_RATES: &[&str] = &[
    "纠错率",
    "败诉率",
    "出庭率",
    "出庭应诉率",
    "持证率",
    "上岗率",
    "合格率",
    "通过率",
    "普及率",
    "知晓率",
    "成功率",
    "化解率",
    "覆盖率",
    "可办率",
    "网办率",
    "办结率",
    "满意率",
    "参考率",
    "报备率",
    "备案率",
    "公开率",
    "答复率",
    "回复率",
    "办复率",
    "参与率",
    "到位率",
    "占比",
    "比例",
    "比重",
];

fn rates_over_100(figures: &[Figure], out: &mut Vec<Diagnostic>) {
    for f in figures {
        if f.kind != Kind::Percent {
            continue;
        }
        let top = f.upper.unwrap_or(f.value);
        let subject = indicators::categories::fold(&f.subject);
        let capped = f.key.is_some() || CAPPED_RATES.iter().any(|w| subject.ends_with(w));
        if top > 100.0 && capped {
            let zh = format!("“{}”为{},比率不能超过100%", f.subject, f.written);
            let en = format!(
                "“{}” is {}: a share cannot exceed 100%",
                f.subject, f.written
            );
            out.push(finding(
                f.line,
                RATE_OVER_100,
                Severity::Warning,
                &zh,
                &en,
                None,
            ));
        }
    }
}

// ----- parts, wholes and rates in one paragraph ---------------------------------------

/// (part, whole, severity, what the part is, what the whole is): a part never exceeds
/// its whole, except where noted.
const PARTS: &[(&str, &str, Severity, &str, &str)] = &[
    // Cases carried over from last year are closed too: only worth a note.
    (
        "reconsideration_closed",
        "reconsideration_received",
        Severity::Info,
        "审结",
        "受理",
    ),
    (
        "reconsideration_corrected",
        "reconsideration_closed",
        Severity::Warning,
        "纠错",
        "审结",
    ),
    (
        "mediation_success",
        "mediation_cases",
        Severity::Warning,
        "调解成功",
        "调解",
    ),
    (
        "litigation_lost",
        "litigation_cases",
        Severity::Info,
        "败诉",
        "诉讼",
    ),
    (
        "enforcement_certified",
        "enforcement_staff",
        Severity::Info,
        "持证",
        "执法人员",
    ),
];

/// (rate, part, whole): the rate is part / whole in per cent.
const RATES: &[(&str, &str, &str)] = &[
    (
        "reconsideration_correction_rate",
        "reconsideration_corrected",
        "reconsideration_closed",
    ),
    (
        "mediation_success_rate",
        "mediation_success",
        "mediation_cases",
    ),
];

/// How far a stated rate may be from its counts, in percentage points.
const RATE_SLACK: f64 = 1.0;

/// The one figure of `key` in a paragraph, if there is exactly one that is this
/// period's, exact (no 余/约 …) and not a range.
fn only<'a>(para: &[&'a Figure], key: &str) -> Option<&'a Figure> {
    let mut found = para.iter().filter(|f| f.key == Some(key) && !f.baseline);
    let f = found.next()?;
    (found.next().is_none() && f.qualifier.is_none() && f.upper.is_none()).then_some(*f)
}

fn parts_and_rates(figures: &[Figure], out: &mut Vec<Diagnostic>) {
    let mut start = 0;
    while start < figures.len() {
        let line = figures[start].line;
        let end = figures[start..]
            .iter()
            .position(|f| f.line != line)
            .map_or(figures.len(), |n| start + n);
        let para: Vec<&Figure> = figures[start..end].iter().collect();
        for &(part, whole, severity, part_zh, whole_zh) in PARTS {
            let (Some(p), Some(w)) = (only(&para, part), only(&para, whole)) else {
                continue;
            };
            if p.value > w.value {
                let zh = format!("{part_zh}{}大于{whole_zh}{}", p.written, w.written);
                let en = format!(
                    "{} ({part}) is more than {} ({whole})",
                    p.written, w.written
                );
                let rule = if severity == Severity::Info {
                    PART_EXCEEDS_WHOLE_NOTE
                } else {
                    PART_EXCEEDS_WHOLE
                };
                out.push(finding(p.line, rule, severity, &zh, &en, None));
            }
        }
        for &(rate, part, whole) in RATES {
            let (Some(r), Some(p), Some(w)) =
                (only(&para, rate), only(&para, part), only(&para, whole))
            else {
                continue;
            };
            if w.value <= 0.0 {
                continue;
            }
            let computed = p.value / w.value * 100.0;
            if (computed - r.value).abs() > RATE_SLACK {
                let zh = format!(
                    "“{}”为{},但{}÷{}={:.1}%",
                    r.subject, r.written, p.written, w.written, computed
                );
                let en = format!(
                    "“{}” is {} but {} / {} is {:.1}%",
                    r.subject, r.written, p.written, w.written, computed
                );
                out.push(finding(
                    r.line,
                    RATE_INCONSISTENT,
                    Severity::Warning,
                    &zh,
                    &en,
                    Some(format!("{computed:.1}%")),
                ));
            }
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{report, rules, run_rule};

    fn found(text: &str) -> Vec<(usize, String)> {
        run_rule(check, text)
            .iter()
            .map(|d| (d.line, d.rule.clone()))
            .collect()
    }

    #[test]
    fn the_same_figure_stated_twice_with_two_values() {
        let text = "某区人民政府2023年法治政府建设年度报告\n一、主要成效\n全年共受理行政复议案件68件。\n二、行政复议\n受理行政复议案件72件。\n";
        let got = found(text);
        assert_eq!(got, [(5, CONTRADICTION.to_string())], "{got:?}");
        let d = run_rule(check, text);
        assert!(d[0].message.contains("68件") && d[0].message.contains("72件"));
    }

    #[test]
    fn totals_parts_years_bodies_and_hedges_are_not_contradictions() {
        for text in [
            // The same value twice.
            "一、成效\n全年共受理行政复议案件68件。\n二、复议\n受理行政复议案件68件。\n",
            // A part of the total.
            "一、成效\n受理行政复议案件68件,其中受理行政复议案件21件涉及征地。\n",
            // Last year's value in a sentence about last year.
            "某区人民政府2023年法治政府建设年度报告\n一、成效\n受理行政复议案件68件。\n二、对比\n2022年受理行政复议案件60件。\n",
            // An earlier level.
            "一、成效\n行政机关负责人出庭应诉率由85%提高到98%。\n二、应诉\n行政机关负责人出庭应诉率98%。\n",
            // Two bodies (samples/xiangcheng-2020 line 37).
            "一、成效\n全年共办理行政复议案件4件,区政府为被诉机关的行政诉讼案件50件,区直行政机关为被诉机关的行政诉讼案件13件。\n",
            // Bodies named before 共, side by side.
            "一、成效\n市政府收到复议申请310件,占21.5%;区县政府共收到复议申请520件,占36.1%。\n",
            // A hedged figure that the exact one satisfies.
            "一、成效\n受理行政复议案件200余件。\n二、复议\n受理行政复议案件215件。\n",
            "一、成效\n受理行政复议案件约70件。\n二、复议\n受理行政复议案件68件。\n",
        ] {
            let got = found(text);
            assert!(!got.iter().any(|(_, r)| r == CONTRADICTION), "{text}: {got:?}");
        }
    }

    #[test]
    fn shares_over_100_percent() {
        let got = found("一、成效\n人民调解成功率达到102%。\n");
        assert_eq!(got, [(2, RATE_OVER_100.to_string())]);
        // A completion rate may exceed it (samples/houma-2023 line 17).
        assert!(found("一、成效\n全年完成任务率达142.3%。\n").is_empty());
        // A growth rate may too.
        assert!(found("一、成效\n受理行政复议案件同比增长130%。\n")
            .iter()
            .all(|(_, r)| r != RATE_OVER_100));
    }

    #[test]
    fn parts_larger_than_their_whole() {
        let got = run_rule(
            check,
            "一、成效\n全市人民调解组织共调解矛盾纠纷300件,调解成功320件。\n",
        );
        assert_eq!(rules(&got), [(2, PART_EXCEEDS_WHOLE)]);
        assert_eq!(got[0].severity, Severity::Warning);
        // Closed more than received: cases carried over, so only noted.
        let got = run_rule(check, "一、成效\n全年受理行政复议案件30件,审结35件。\n");
        assert_eq!(rules(&got), [(2, PART_EXCEEDS_WHOLE_NOTE)]);
        assert_eq!(got[0].severity, Severity::Info);
        // In different paragraphs, nothing is compared.
        assert!(
            found("一、成效\n受理行政复议案件30件。\n二、审结\n审结行政复议案件35件。\n")
                .is_empty()
        );
    }

    #[test]
    fn a_rate_against_its_counts() {
        let got = run_rule(
            check,
            "一、成效\n全年审结行政复议案件412件,直接纠错53件,直接纠错率15.2%。\n",
        );
        assert_eq!(rules(&got), [(2, RATE_INCONSISTENT)]);
        assert_eq!(got[0].suggestion.as_deref(), Some("12.9%"));
        // Real reports whose rates match their counts: samples/dandong-2021 (6299/6336,
        // written 99%) and devset d16 (5614/5749 = 97.65%).
        for text in [
            "一、成效\n2021年,全市各级、各类人民调解委员会共调解矛盾纠纷6336件,调解成功6299件,调解成功率99%。\n",
            "一、成效\n全市各类人民调解组织共受理矛盾纠纷5749宗,成功调处5614宗,调解成功率97.65%,履行案件5466宗,履行率达97.36%,司法确认159宗。\n",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn the_samples_and_real_reports_raise_nothing_false() {
        // The published reports state no contradiction these rules should find.
        for r in crate::samples::reports().unwrap() {
            let mut out = Vec::new();
            check(&r, &mut out);
            assert!(out.is_empty(), "{}: {out:?}", r.name);
        }
        let dir = std::path::Path::new("../shared/devset/reports");
        let Ok(entries) = std::fs::read_dir(dir) else {
            println!("note: {} not found; devset part skipped", dir.display());
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let mut out = Vec::new();
            check(&report(&text), &mut out);
            assert!(out.is_empty(), "{}: {out:?}", path.display());
        }
    }
}
