//! Dates: a year in the title that disagrees with the body, and publication after the
//! deadline.
//!
//! Both depend on the genre. A report on a year (法治政府建设年度报告, 依法行政 report,
//! 工作总结) states that year in its title and opens its body with it (`2020年,襄城区…`).
//! A 政府工作报告 is titled by the year it is delivered in and reports on the year before,
//! so its years are not compared; nor are other texts'. The body's year is the context's
//! (a cover letter's date or document number and the signature are not the body).
//!
//! The annual report on the year N must be made public before 1 April of year N+1 under
//! the 2019 《法治政府建设与责任落实督察工作规定》, so only a 法治政府建设年度报告 on
//! 2019 or later can be late.

use crate::parse::dates::{find_date, first_year};
use crate::report::{Date, Diagnostic, Genre, Severity};

use super::rules::{Rule, SRC_DUCHA_PUBLISH};
use super::{found, Context};

pub const TITLE_YEAR: Rule = Rule {
    id: "title-year-mismatch",
    severity: Severity::Warning,
    meaning: "a report on a year whose title names another year than the body reports on (not asked of 政府工作报告)",
    source: "标题与正文一致",
};
pub const LATE: Rule = Rule {
    id: "published-late",
    severity: Severity::Warning,
    meaning: "a 法治政府建设年度报告 on 2019 or later published (or signed) after 1 April of the next year",
    source: SRC_DUCHA_PUBLISH,
};

pub const RULES: &[Rule] = &[TITLE_YEAR, LATE];

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    title_year(ctx, out);
    deadline(ctx, out);
}

fn title_year(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let reports_on_a_year = matches!(
        ctx.genre,
        Genre::FazhiAnnual | Genre::YifaXingzheng | Genre::WorkSummary
    );
    let report = ctx.report;
    let (true, Some(title), Some(title_year), Some(body)) = (
        reports_on_a_year,
        report.meta.title.as_deref(),
        ctx.title_year,
        ctx.body_year,
    ) else {
        return;
    };
    if title_year == body {
        return;
    }
    // The title line that holds the year.
    let line = report
        .meta
        .title_lines
        .iter()
        .copied()
        .find(|&n| first_year(report.line_text(n)) == Some(title_year))
        .or(report.meta.title_lines.first().copied())
        .unwrap_or(1);
    out.push(found(
        line,
        &TITLE_YEAR,
        &format!("标题年份{title_year}年与正文所述{body}年不一致"),
        &format!("the title says {title_year} but the body reports on {body}"),
        Some(title.replacen(&format!("{title_year}年"), &format!("{body}年"), 1)),
    ));
}

fn deadline(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let report = ctx.report;
    let Some(year) = report.meta.year else {
        return;
    };
    if !ctx.is_annual_report() || year < 2019 {
        return;
    }
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
    out.push(found(
        line,
        &LATE,
        &format!("{year}年度报告{what_zh}为{date},晚于{due}的公开时限"),
        &format!("the report on {year} was {what_en} on {date}, after the {due} deadline"),
        None,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_family};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_family(check, text)
    }

    #[test]
    fn a_title_year_that_disagrees_with_the_opening_is_found() {
        let found = run(
            "某区2021年法治政府建设工作报告\n2020年,某区深入推进依法行政。\n一、主要举措\n工作。\n",
        );
        assert_eq!(rules(&found), [(1, TITLE_YEAR.id)]);
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
    fn a_work_report_reports_on_the_year_before_its_title() {
        // gwr-2005: titled 2005, opening with 2004年.
        let text = "2005年中华人民共和国国务院政府工作报告\n各位代表：\n一、过去一年工作回顾\n2004年，全国各族人民团结奋进。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_cover_letter_date_is_not_the_body_year() {
        // d23: a cover letter dated 2024 before the 2023 report.
        let text = "浙江省卫生健康委关于2023年度法治政府建设情况的报告\n浙卫〔2024〕3号\n省委、省政府:\n现呈送我委2023年度法治政府建设情况报告。\n浙江省卫生健康委\n2024年3月8日\n某委2023年度法治政府建设情况报告\n在省委省政府的坚强领导下,省卫生健康委坚持依法行政。\n一、2023年度法治政府建设主要情况\n工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn publication_after_the_first_of_april_is_late() {
        let text = "某区2019年法治政府建设工作汇报\n发布时间:2021-06-21\n2019年,某区推进工作。\n一、主要举措\n工作。\n";
        let found = run(text);
        assert_eq!(rules(&found), [(2, LATE.id)]);
        assert!(found[0].message.contains("2021-06-21"));
    }

    #[test]
    fn the_deadline_binds_only_annual_reports_on_2019_or_later() {
        let text = "某区2020年法治政府建设工作报告\n发布时间:2021-03-31\n2020年,某区推进工作。\n一、主要举措\n工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        let earlier = "某区2017年法治政府建设工作报告\n发布时间:2018-06-30\n2017年,某区推进工作。\n一、主要举措\n工作。\n";
        assert!(run(earlier).is_empty(), "{:?}", run(earlier));
        let other = "某区2019年工作总结\n发布时间:2020-06-30\n2019年,某区推进工作。\n一、主要工作\n工作。\n";
        assert!(run(other).is_empty(), "{:?}", run(other));
    }
}
