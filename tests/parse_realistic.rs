//! Reports in layouts the samples do not have: a department's report with full-width
//! punctuation and four heading levels, copied with a different site's chrome; a report
//! that starts at (一); a report whose sections restart and run on. They guard the
//! parser's generality, not the samples' quirks.

use std::path::PathBuf;

use baogao::{parse_report, NodeKind, Report};

fn parse(text: &str) -> Report {
    parse_report(PathBuf::from("r.txt"), text.to_string())
}

fn headings(r: &Report) -> Vec<(u8, &str, &str, usize)> {
    r.nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Heading)
        .map(|n| (n.level, n.number.as_str(), n.title.as_str(), n.line))
        .collect()
}

const DEPARTMENT: &str = "\
首页 > 政务公开 > 法治政府建设 > 年度报告
洛川县司法局2022年度法治政府建设工作报告
发布时间：2023-03-28 10:20:15　来源：县司法局　浏览次数：1024
【字体：大 中 小】【打印】【关闭】

　　2022年，县司法局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，现将有关情况报告如下：
　　一、2022年推进法治政府建设的主要举措和成效
　　（一）全面履行法定职责
　　1．深化“放管服”改革。全年承接下放事项12项，办理公证事项1356件。
　　2．加强行政执法监督。
　　（1）开展案卷评查。共评查行政执法案卷210卷。
　　（2）规范执法证件管理。
　　（二）推进严格规范公正文明执法
　　3．落实行政执法“三项制度”。一是全面推行执法公示；二是规范全过程记录；三是严格法制审核。
　　二、存在的不足和原因
　　一是法治宣传的针对性不强。二是基层法治力量薄弱。
　　三、主要负责人履行推进法治建设第一责任人职责情况
　　局主要负责人专题研究法治工作5次。
　　四、2023年度工作安排
　　下一步，我局将继续深化法治政府建设。

洛川县司法局
2023年3月20日
主办单位：洛川县人民政府办公室　地址：洛川县凤栖街1号　联系电话：0911-1234567
网站标识码：6106290001　陕公网安备 61062902000123号
";

#[test]
fn department_report_with_four_levels_and_full_width_punctuation() {
    let r = parse(DEPARTMENT);
    assert_eq!(
        headings(&r),
        [
            (1, "一、", "2022年推进法治政府建设的主要举措和成效", 7),
            (2, "（一）", "全面履行法定职责", 8),
            (3, "1．", "深化“放管服”改革", 9),
            (3, "2．", "加强行政执法监督", 10),
            (4, "（1）", "开展案卷评查", 11),
            (4, "（2）", "规范执法证件管理", 12),
            (2, "（二）", "推进严格规范公正文明执法", 13),
            (3, "3．", "落实行政执法“三项制度”", 14),
            (1, "二、", "存在的不足和原因", 15),
            (
                1,
                "三、",
                "主要负责人履行推进法治建设第一责任人职责情况",
                17
            ),
            (1, "四、", "2023年度工作安排", 19),
        ]
    );
    // 1. 2. under (一) run on to 3. under (二): no numbering problem.
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let points: Vec<_> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Point)
        .map(|n| (n.title.as_str(), n.line))
        .collect();
    assert_eq!(
        points,
        [
            ("全面推行执法公示", 14),
            ("规范全过程记录", 14),
            ("严格法制审核", 14),
            ("法治宣传的针对性不强", 16),
            ("基层法治力量薄弱", 16),
        ]
    );
    let m = &r.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("洛川县司法局2022年度法治政府建设工作报告")
    );
    assert_eq!(m.year, Some(2022));
    // The body that wrote it, and the area it governs.
    assert_eq!(m.issuer.as_deref(), Some("洛川县司法局"));
    assert_eq!(m.region.as_deref(), Some("洛川县"));
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2023-03-28")
    );
    assert_eq!(m.signed_by.as_deref(), Some("洛川县司法局"));
    assert_eq!(
        m.signed_date.map(|d| d.to_string()).as_deref(),
        Some("2023-03-20")
    );
    assert_eq!(m.clutter_lines, [1, 3, 4, 24, 25]);
}

#[test]
fn a_report_that_starts_at_the_second_level() {
    let r = parse(
        "（一）加强组织领导\n成立领导小组。\n（二）健全制度机制\n制定制度5项。\n（三）强化监督考核\n",
    );
    assert_eq!(
        headings(&r),
        [
            (1, "（一）", "加强组织领导", 1),
            (1, "（二）", "健全制度机制", 3),
            (1, "（三）", "强化监督考核", 5)
        ]
    );
}

#[test]
fn numbering_restarts_per_section() {
    let r = parse("一、甲\n1.子一\n2.子二\n二、乙\n1.子三\n2.子四\n3.子五\n");
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(r.nodes[3].children.len(), 3);
}

#[test]
fn a_skipped_second_level_heading_is_reported() {
    let r = parse("一、甲\n（一）子一\n（二）子二\n（四）子四\n");
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(r.diagnostics[0].rule, "numbering-gap");
    assert_eq!(r.diagnostics[0].expected.as_deref(), Some("（三）"));
    assert_eq!(r.diagnostics[0].line, 4);
}
