//! Leftover page text: web-page chrome and page metadata inside the report.
//!
//! The parser marks clutter lines wherever they stand, and the header and footer are
//! expected to hold them. A clutter line between the first line of the report's prose
//! and its last, though, was pasted into the report with it (a print bar, a 来源/日期 line,
//! a breadcrumb), and so is chrome glued onto the end of a paragraph (`…工作。打印本页
//! 关闭窗口`) that the line-level pass cannot take out.

use crate::parse::clutter;
use crate::report::{Diagnostic, Report, Severity};

use super::rules::{Rule, SRC_INTEGRITY};
use super::{excerpt, finding};

pub const PAGE_TEXT: Rule = Rule {
    id: "page-text",
    severity: Severity::Warning,
    meaning: "web-page chrome or page metadata inside the report text (a print bar, 发布时间/浏览次数 glued to a paragraph)",
    source: SRC_INTEGRITY,
};

pub const RULES: &[Rule] = &[PAGE_TEXT];

/// The rule id, for callers that match on it.
pub const RULE: &str = PAGE_TEXT.id;

/// Chrome phrases that give themselves away inside a line of prose.
const EMBEDDED: &[&str] = &[
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "【字体",
    "返回顶部",
    "扫一扫在手机",
    "最佳浏览效果",
    "版权所有",
    "ICP备",
    "公网安备",
    "网站标识码",
    "网站地图",
    "上一篇:",
    "下一篇:",
    "上一篇\u{ff1a}",
    "下一篇\u{ff1a}",
    "分享到:",
    "分享到\u{ff1a}",
];

/// Page-metadata fields that a report sentence never starts a clause with.
const STRONG_FIELDS: &[&str] = &[
    "发布时间",
    "发布日期",
    "浏览次数",
    "阅读次数",
    "点击次数",
    "访问次数",
    "责任编辑",
    "信息来源",
    "文章来源",
    "索引号",
    "信息索引号",
    "网站发布",
];

pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    // The report text runs from where the parser found it to start (after the page's
    // header block, which may itself hold a page title) to its last non-clutter line.
    let is_text = |n: usize| !report.is_clutter_line(n) && !report.line_text(n).trim().is_empty();
    let start = report.line_of(report.preamble.start);
    // The report's text opens with its first heading or sentence of prose; a disclosure
    // table the page put above it (`| 索引号:… |`) is the page's header, not inside.
    let heading_lines: std::collections::HashSet<usize> =
        report.nodes.iter().map(|n| n.line).collect();
    let opens_text = |n: usize| {
        let t = report.line_text(n).trim();
        heading_lines.contains(&n)
            || (t.chars().count() >= 20
                && t.contains(['。', '，', ','])
                && !clutter::is_field_line(t))
    };
    let Some(first) = (start..=report.line_count())
        .find(|&n| is_text(n) && !report.meta.title_lines.contains(&n) && opens_text(n))
    else {
        return;
    };
    let Some(last) = (first..=report.line_count()).rev().find(|&n| is_text(n)) else {
        return;
    };
    for line in first..=last {
        let text = report.line_text(line).trim();
        if text.is_empty() {
            continue;
        }
        // A line the reader took as clutter only for repeating beside clutter
        // (`各位代表！`) is not page text by itself.
        let page_line = |t: &str| {
            clutter::is_chrome(t) || clutter::is_field_line(t) || clutter::is_site_name(t)
        };
        if report.is_clutter_line(line) && page_line(text) {
            out.push(finding(
                line,
                RULE,
                Severity::Warning,
                &format!("正文中夹有网页文字“{}”", excerpt(text, 20)),
                &format!("web-page text inside the report: “{}”", excerpt(text, 20)),
                Some("删除这一行".into()),
            ));
        } else if let Some(phrase) = embedded(text) {
            out.push(finding(
                line,
                RULE,
                Severity::Warning,
                &format!("段落中夹有网页文字“{phrase}”"),
                &format!("web-page text “{phrase}” inside a paragraph"),
                Some(format!("删除“{phrase}”及其后的网页文字")),
            ));
        }
    }
}

/// A chrome phrase or strong page field inside a line of prose.
fn embedded(text: &str) -> Option<&str> {
    if let Some(p) = EMBEDDED.iter().find(|p| text.contains(*p)) {
        return Some(p);
    }
    clutter::fields(text)
        .into_iter()
        .find(|f| STRONG_FIELDS.contains(&f.key) && !f.value.is_empty())
        .map(|f| f.key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_rule};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(check, text)
    }

    #[test]
    fn a_chrome_line_between_headings_is_found() {
        let found =
            run("一、工作情况\n开展工作。\n【打印本页】 【关闭窗口】\n二、存在不足\n不足。\n");
        assert_eq!(rules(&found), [(3, RULE)]);
    }

    #[test]
    fn chrome_glued_to_a_paragraph_is_found() {
        let found =
            run("一、工作情况\n开展工作。发布时间:2021-01-02 浏览次数:35\n二、存在不足\n不足。\n");
        assert_eq!(rules(&found), [(2, RULE)]);
    }

    #[test]
    fn a_page_title_above_the_metadata_block_does_not_open_the_report() {
        let text = "某区人民政府网\n某区人民政府2020年度法治政府建设工作报告\n来源: 日期:2021-01-27\n索引号: 0111/2021-03 分类: 司法\n\n某区人民政府2020年度法治政府建设工作报告\n\n2020年,我区坚持依法行政,取得成效。\n一、工作情况\n开展工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_disclosure_table_above_the_report_is_not_inside_it() {
        // d30: the page's table of fields before the report's first paragraph.
        let text = "字体大小:【大】 【中】 【小】\n| 索引号:000014349/2026-02861 | |\n| 发文字号: | 发文时间:2025-12-22 |\n| 主题分类: | 发布日期:2025-12-22 |\n2025年,在县委、县政府的坚强领导下,我镇坚持依法行政,现将本年度工作情况报告如下。\n一、主要举措及成效\n工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn header_and_footer_chrome_is_not_a_finding() {
        let text = "当前位置:首页 > 政务公开\n发布时间:2021-01-02\n一、工作情况\n开展工作,数据来源于统计。\n二、存在不足\n不足。\n版权所有 © 某市人民政府\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
