//! What every rule needs to know about a report, worked out once per check: its genre
//! (read from the report, or the reviewer's override), its paragraphs, its years, and
//! whether the text is whole.

use crate::parse::dates::{find_date, first_year};
use crate::parse::markers::is_han;
use crate::report::{Genre, NodeKind, Report};

use super::paragraphs::{self, ParaKind, Paragraphs};

/// A report with what the rules share.
pub struct Context<'a> {
    pub report: &'a Report,
    /// The genre rules ask by: the override, else the one read from the report.
    pub genre: Genre,
    /// The reviewer named the genre (`--genre`).
    pub genre_overridden: bool,
    pub paragraphs: Paragraphs,
    /// The year in the report's title, if any.
    pub title_year: Option<i32>,
    /// The year the body says it reports on (`2020年，我区…`), if it says so clearly.
    pub body_year: Option<i32>,
    /// The earliest year the text can have been written in, for rules that changed at a
    /// date (standard formulations): the signing or publication date when there is one;
    /// a work report's title year (it is delivered in that year); otherwise the year
    /// reported on, which is when an annual report's drafting starts.
    pub written_year: Option<i32>,
    /// The text is mostly Chinese: a report, not a README or a data file.
    pub is_chinese: bool,
    /// The text ends like a finished document (a final punctuation mark or a signature),
    /// not cut off mid-sentence as an excerpt is. Rules that judge the whole document
    /// (a required part that is missing) speak only of whole ones.
    pub is_complete: bool,
}

impl<'a> Context<'a> {
    pub fn new(report: &'a Report, genre: Option<Genre>) -> Self {
        let paragraphs = paragraphs::build(report);
        let title_year = report.meta.title.as_deref().and_then(first_year);
        let body_year = body_year(report, &paragraphs);
        let genre_overridden = genre.is_some();
        let genre = genre.unwrap_or(report.meta.genre);
        let dated = report
            .meta
            .signed_date
            .or(report.meta.published)
            .map(|d| d.year);
        let written_year = dated.or(match genre {
            Genre::WorkReport => title_year.or(report.meta.year),
            _ => report.meta.year.or(body_year).or(title_year),
        });
        let is_complete = is_complete(report, &paragraphs);
        Context {
            report,
            genre,
            genre_overridden,
            title_year,
            body_year,
            written_year,
            is_chinese: is_chinese(report),
            is_complete,
            paragraphs,
        }
    }

    /// Whether the report is a 法治政府建设年度报告 under the 2019 督察工作规定: on 2019
    /// or later (or on a year it does not state).
    pub fn is_annual_under_2019_rules(&self) -> bool {
        self.is_annual_report() && self.report.meta.year.is_none_or(|y| y >= 2019)
    }

    /// Whether the text is a 法治政府建设年度报告: its genre says so, and, unless the
    /// reviewer named the genre, its title names no other kind of document (a
    /// 法治政府建设实施方案 or 工作要点 shares the words but is no report).
    pub fn is_annual_report(&self) -> bool {
        const OTHER_DOCUMENTS: [&str; 12] = [
            "方案", "意见", "通知", "规划", "要点", "办法", "决定", "纲要", "指标", "细则", "规定",
            "计划",
        ];
        self.genre == Genre::FazhiAnnual
            && (self.genre_overridden
                || self.report.meta.title.as_deref().is_none_or(|t| {
                    !OTHER_DOCUMENTS.iter().any(|w| t.contains(w))
                        || t.contains("报告")
                        || t.contains("汇报")
                }))
    }
}

/// Han characters clearly outnumber Latin letters.
fn is_chinese(report: &Report) -> bool {
    let (mut han, mut latin) = (0usize, 0usize);
    for c in report.text.chars() {
        if is_han(c) {
            han += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    han > 0 && han >= 2 * latin
}

/// Characters that end a finished document's last line.
fn ends_whole(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '!' | '?' | '…' | '”' | '’' | '」' | '』' | '）' | ')' | '》'
    )
}

fn is_complete(report: &Report, paragraphs: &Paragraphs) -> bool {
    if report.meta.signed_date.is_some() || !report.meta.signature_lines.is_empty() {
        return true;
    }
    let Some(last) = paragraphs
        .list
        .iter()
        .rev()
        .find(|p| p.kind != ParaKind::Title)
    else {
        return false;
    };
    // A date alone closes a document as a signature does.
    if find_date(&last.text).is_some_and(|(_, r)| r.len() + 6 >= last.text.len()) {
        return true;
    }
    // A heading's run-in body ends a text as well as a paragraph does; a heading alone
    // has no final mark.
    matches!(last.kind, ParaKind::Body | ParaKind::Heading(_))
        && last.text.chars().next_back().is_some_and(ends_whole)
}

/// A line that is a date and little else (`2024年3月8日`, a signature's date).
fn is_date_line(text: &str) -> bool {
    find_date(text).is_some_and(|(_, r)| r.len() + 9 >= text.len())
}

/// The year the body reports on. Read where reports state it, at the start of the
/// opening paragraph (`2020年，襄城区…`); failing that, the year the body names most
/// often, when it clearly dominates. A cover letter's 印发/呈送 notice, its document
/// number and its date, and the signature are not the body.
fn body_year(report: &Report, paragraphs: &Paragraphs) -> Option<i32> {
    let first_heading = report
        .nodes
        .iter()
        .find(|n| n.kind == NodeKind::Heading)
        .map(|n| n.line)
        .unwrap_or(usize::MAX);
    let is_notice = |t: &str| {
        ["印发", "呈送", "报送", "现将", "〔", "[20", "号"]
            .iter()
            .any(|w| t.contains(w))
            || is_date_line(t)
    };
    let body = || {
        paragraphs
            .list
            .iter()
            .filter(|p| p.kind == ParaKind::Body && !is_notice(&p.text))
    };
    let opening = body()
        .filter(|p| p.first_line() < first_heading)
        .find_map(|p| {
            let head: String = p.text.chars().take(8).collect();
            first_year(&head)
        });
    if opening.is_some() {
        return opening;
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for p in body() {
        for y in years(&p.text) {
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

/// All `NNNN年` years in a text.
pub fn years(text: &str) -> Vec<i32> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::report;

    #[test]
    fn date_lint_slices_inside_a_character() {
        // `NNNN年` is seven bytes: stepping five bytes past the year landed inside 年.
        assert_eq!(years("一、2008年工作回顾"), vec![2008]);
        assert_eq!(
            years("2020年3月，2021年全年完成，又及2019年"),
            vec![2020, 2021, 2019]
        );
    }

    #[test]
    fn the_body_year_skips_a_cover_letter_and_its_date() {
        let r = report("浙卫〔2024〕3号\n省委、省政府:\n现呈送我委2023年度法治政府建设情况报告。\n浙江省卫生健康委\n2024年3月8日\n某委2023年度法治政府建设情况报告\n2023年，某委坚持依法行政。\n一、主要成效\n工作。\n");
        let ctx = Context::new(&r, None);
        assert_eq!(ctx.body_year, Some(2023));
    }

    #[test]
    fn an_excerpt_cut_mid_sentence_is_not_complete() {
        let whole = report("一、总体\n工作取得成效。\n二、下步\n继续推进。\n");
        assert!(Context::new(&whole, None).is_complete);
        let cut = report("一、总体\n工作取得成效。\n二、下步\n继续推进法治政府建设，加");
        assert!(!Context::new(&cut, None).is_complete);
        let heading_last = report("一、总体\n工作取得成效。\n二、下步\n");
        assert!(!Context::new(&heading_last, None).is_complete);
    }

    #[test]
    fn a_plan_named_after_rule_of_law_government_is_no_annual_report() {
        let plan = report("金昌市创建全国法治政府建设示范市实施方案\n一、总体要求\n坚持依法行政。\n二、主要任务\n推进。\n");
        assert!(!Context::new(&plan, None).is_annual_report());
        assert!(Context::new(&plan, Some(Genre::FazhiAnnual)).is_annual_report());
        let annual = report("某区2023年法治政府建设情况报告\n一、主要举措\n工作。\n");
        assert!(Context::new(&annual, None).is_annual_report());
        // A report on a plan's implementation is a report.
        let on_plan =
            report("某区关于2023年落实法治政府建设实施方案情况的报告\n一、主要举措\n工作。\n");
        assert!(Context::new(&on_plan, None).is_annual_report());
    }

    #[test]
    fn a_work_report_is_written_in_its_title_year() {
        let r = report("2005年政府工作报告\n各位代表：\n2004年，我们取得了成绩。\n一、过去一年工作回顾\n工作。\n");
        let ctx = Context::new(&r, None);
        assert_eq!(ctx.genre, Genre::WorkReport);
        assert_eq!(ctx.written_year, Some(2005));
        assert_eq!(ctx.body_year, Some(2004));
        let as_annual = Context::new(&r, Some(Genre::FazhiAnnual));
        assert_eq!(as_annual.genre, Genre::FazhiAnnual);
    }
}
