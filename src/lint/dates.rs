//! Dates: a year in the title that disagrees with the body, and publication after the
//! deadline.
//!
//! The annual report on the year N must be made public before 1 April of year N+1
//! (《法治政府建设与责任落实督察工作规定》). The body's year is read where reports state it,
//! at the start of the opening paragraph (`2020年,襄城区…`); failing that, the year the
//! body names most often, when it clearly dominates.

use crate::parse::dates::{find_date, first_year};
use crate::report::{Date, Diagnostic, NodeKind, Report, Severity};

use super::{body_lines, finding};

pub const TITLE_YEAR: &str = "title-year-mismatch";
pub const LATE: &str = "published-late";

pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    title_year(report, out);
    deadline(report, out);
}

/// All `NNNN年` years in a line.
fn years(text: &str) -> Vec<i32> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(y) = first_year(rest) {
        out.push(y);
        let needle = format!("{y}年");
        let Some(at) = rest.find(&needle) else {
            break;
        };
        // Step past the whole `NNNN年` (年 is three bytes), never into it.
        rest = &rest[at + needle.len()..];
    }
    out
}

fn body_year(report: &Report) -> Option<i32> {
    let first_heading = report
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Heading)
        .map(|n| n.line)
        .unwrap_or(usize::MAX);
    let not_title = |n: &usize| !report.meta.title_lines.contains(n);
    // The opening paragraph: a year in its first few characters.
    let opening = body_lines(report)
        .filter(|(n, _)| not_title(n) && *n < first_heading)
        .find_map(|(_, t)| {
            let head: String = t.trim_start().chars().take(8).collect();
            first_year(&head)
        });
    if opening.is_some() {
        return opening;
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (_, text) in body_lines(report).filter(|(n, _)| not_title(n)) {
        for y in years(text) {
            match counts.iter_mut().find(|(k, _)| *k == y) {
                Some((_, c)) => *c += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    counts.sort_by_key(|&(_, c)| std::cmp::Reverse(c));
    match counts.as_slice() {
        [(y, c)] if *c >= 3 => Some(*y),
        [(y, c), (_, d), ..] if *c >= 3 && *c >= 3 * d => Some(*y),
        _ => None,
    }
}

fn title_year(report: &Report, out: &mut Vec<Diagnostic>) {
    let Some(title) = &report.meta.title else {
        return;
    };
    let (Some(title_year), Some(body)) = (first_year(title), body_year(report)) else {
        return;
    };
    if title_year == body {
        return;
    }
    let line = report.meta.title_lines.first().copied().unwrap_or(1);
    out.push(finding(
        line,
        TITLE_YEAR,
        Severity::Warning,
        &format!("标题年份{title_year}年与正文所述{body}年不一致"),
        &format!("the title says {title_year} but the body reports on {body}"),
        Some(title.replacen(&format!("{title_year}年"), &format!("{body}年"), 1)),
    ));
}

fn deadline(report: &Report, out: &mut Vec<Diagnostic>) {
    let Some(year) = report.meta.year else {
        return;
    };
    let (date, what_zh, what_en) = match (report.meta.published, report.meta.signed_date) {
        (Some(d), _) => (d, "发布日期", "published"),
        (None, Some(d)) => (d, "落款日期", "signed"),
        (None, None) => return,
    };
    let due = Date {
        year: year + 1,
        month: 4,
        day: 1,
    };
    if date <= due {
        return;
    }
    // The line that states the date: the page field or the signature.
    let line = (1..=report.line_count())
        .find(|&n| find_date(report.line_text(n)).is_some_and(|(d, _)| d == date))
        .unwrap_or(1);
    out.push(finding(
        line,
        LATE,
        Severity::Warning,
        &format!("{year}年度报告{what_zh}为{date},晚于{due}的公开时限"),
        &format!("the report on {year} was {what_en} on {date}, after the {due} deadline"),
        None,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_rule};

    #[test]
    fn date_lint_slices_inside_a_character() {
        // `NNNN年` is seven bytes: stepping five bytes past the year landed inside 年.
        assert_eq!(years("一、2008年工作回顾"), vec![2008]);
        assert_eq!(
            years("2020年3月，2021年全年完成，又及2019年"),
            vec![2020, 2021, 2019]
        );
        run("一、2008年工作回顾\n2007年，国内生产总值增长。\n");
    }

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(check, text)
    }

    #[test]
    fn a_title_year_that_disagrees_with_the_opening_is_found() {
        let found = run(
            "某区2021年法治政府建设工作报告\n2020年,某区深入推进依法行政。\n一、主要举措\n工作。\n",
        );
        assert_eq!(rules(&found), [(1, TITLE_YEAR)]);
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some("某区2020年法治政府建设工作报告")
        );
    }

    #[test]
    fn agreeing_years_give_nothing() {
        let text = "某区2020年法治政府建设工作报告\n2020年,某区深入推进依法行政。\n一、主要举措\n2021年将继续。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn publication_after_the_first_of_april_is_late() {
        let text = "某区2019年法治政府建设工作汇报\n发布时间:2021-06-21\n2019年,某区推进工作。\n一、主要举措\n工作。\n";
        let found = run(text);
        assert_eq!(rules(&found), [(2, LATE)]);
        assert!(found[0].message.contains("2021-06-21"));
    }

    #[test]
    fn publication_in_time_is_not_late() {
        let text = "某区2020年法治政府建设工作报告\n发布时间:2021-03-31\n2020年,某区推进工作。\n一、主要举措\n工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
