//! Held-out page layouts, written here and not copied from any stored page, to check that
//! the reader's rules are general: a department's page with a 【】 disclosure block and a
//! footer of links, a 印发 notice passing a report on, a township page that lost its
//! paragraph breaks (full-width digits, zero-width characters), a work report copied from
//! a wiki (letter-spaced title, subtitle, speaker, licence tail), and a mirror page with a
//! bulleted disclosure block whose values sit on rows of their own, a site strip, a time
//! stamp and a cut copy of the first paragraph.

use baogao::report::{Genre, Report};

fn parse(text: &str) -> Report {
    baogao::parse_report("page.txt".into(), text.to_string())
}

/// `number title` of every node, indented by level.
fn tree(r: &Report) -> Vec<String> {
    r.nodes
        .iter()
        .map(|n| {
            format!(
                "{}{} {}",
                "  ".repeat(usize::from(n.level - 1)),
                n.number,
                n.title
            )
        })
        .collect()
}

#[test]
fn department_page_with_bracketed_fields_and_a_link_footer() {
    let page = "\
桐庐县人民政府门户网站
首页 › 政务公开 › 法治政府建设 › 年度报告
【索引号】330122000/2024-00012  【发布机构】桐庐县市场监督管理局
【发布日期】2024-02-28  【文号】
桐庐县市场监督管理局2023年度法治政府建设情况报告
浏览次数：356  字体：【大】【中】【小】  分享到：微信 微博

2023年，县市场监管局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。现将有关情况报告如下：
一、主要做法和成效
（一）全面履行市场监管职能。全年新增各类市场主体5120户，办理登记业务1.2万件。
（二）严格规范公正文明执法
1．落实行政执法“三项制度”。全年公示执法信息320条。
（１）执法公示。在县政府门户网站公示执法主体和执法人员。
（２）全过程记录。配备执法记录仪46台。
2．加强执法监督。开展案卷评查2次。
二、存在的不足
执法队伍专业化水平有待提高，基层执法力量仍显薄弱。
三、下一步工作打算
一是强化学习培训；二是完善制度机制。
桐庐县市场监督管理局
2024年2月20日
【打印本页】【关闭窗口】
上一篇：桐庐县司法局2023年度法治政府建设情况报告
下一篇：关于公布2023年度行政执法数据的公告
主办单位：桐庐县人民政府办公室  技术支持：某某信息技术有限公司
浙ICP备12345678号
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("桐庐县市场监督管理局2023年度法治政府建设情况报告")
    );
    assert_eq!(m.year, Some(2023));
    assert_eq!(m.issuer.as_deref(), Some("桐庐县市场监督管理局"));
    assert_eq!(m.region.as_deref(), Some("桐庐县"));
    assert_eq!(m.genre, Genre::FazhiAnnual);
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2024-02-28")
    );
    assert_eq!(
        m.signed_date.map(|d| d.to_string()).as_deref(),
        Some("2024-02-20")
    );
    assert_eq!(m.clutter_lines, [1, 2, 3, 4, 6, 22, 23, 24, 25, 26]);
    assert_eq!(
        tree(&r),
        [
            "一、 主要做法和成效",
            "  （一） 全面履行市场监管职能",
            "  （二） 严格规范公正文明执法",
            "    1． 落实行政执法“三项制度”",
            "      （１） 执法公示",
            "      （２） 全过程记录",
            "    2． 加强执法监督",
            "二、 存在的不足",
            "三、 下一步工作打算",
            "  一是 强化学习培训",
            "  二是 完善制度机制",
        ]
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

#[test]
fn a_notice_passes_its_report_on() {
    let page = "\
关于印发《安顺市2022年法治政府建设年度报告》的通知
安府办函〔2023〕15号
各县（区）人民政府，市政府各工作部门：
《安顺市2022年法治政府建设年度报告》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。
安顺市人民政府办公室
2023年3月25日
安顺市2022年法治政府建设年度报告
2022年，安顺市坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设，取得明显成效。
一、主要成效
（一）政府职能依法全面履行。深化“放管服”改革，政务服务事项网上可办率达98%。
二、存在问题和下一步打算
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("安顺市2022年法治政府建设年度报告"));
    assert_eq!(m.title_lines, [7]);
    // The report's year, not the notice's.
    assert_eq!(m.year, Some(2022));
    assert_eq!(m.region.as_deref(), Some("安顺市"));
    assert_eq!(m.genre, Genre::FazhiAnnual);
    assert!(m.clutter_lines.is_empty(), "{:?}", m.clutter_lines);
    assert_eq!(
        tree(&r),
        [
            "一、 主要成效",
            "  （一） 政府职能依法全面履行",
            "二、 存在问题和下一步打算"
        ]
    );
}

#[test]
fn a_township_page_on_one_line_with_full_width_digits() {
    let body = "一、工作开展情况 （一）加强组织领导。镇党委、政府高度重视法治建设，成立以镇长为组长的法治政府建设领导小组，全年召开专题会议４次，研究解决重点难点问题。 （二）推进依法决策。１．严格落实重大行政决策程序。全年作出重大行政决策２项，均经过合法性审查和集体讨论。 ２．发挥法律顾问作用。法律顾问审查合同１２份，提出意见建议３０条。 二、存在的问题 一是学法用法氛围不浓；二是执法力量薄弱，专业人员不足。 三、下一步工作计划 持续推进法治乡镇建设，不断提升基层依法治理水平。";
    let page = format!(
        "当前位置：首页 > 乡镇动态 > 法治建设\n\u{200b}河口镇人民政府2021年法治政府建设工作总结\n{body}\n"
    );
    let r = parse(&page);
    let m = &r.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("河口镇人民政府2021年法治政府建设工作总结")
    );
    assert_eq!(m.year, Some(2021));
    assert_eq!(m.issuer.as_deref(), Some("河口镇人民政府"));
    assert_eq!(m.region.as_deref(), Some("河口镇"));
    assert_eq!(m.clutter_lines, [1]);
    assert_eq!(
        tree(&r),
        [
            "一、 工作开展情况",
            "  （一） 加强组织领导",
            "  （二） 推进依法决策",
            "    １． 严格落实重大行政决策程序",
            "    ２． 发挥法律顾问作用",
            "二、 存在的问题",
            "  一是 学法用法氛围不浓",
            "  二是 执法力量薄弱，专业人员不足",
            "三、 下一步工作计划",
        ]
    );
    assert!(r.nodes.iter().all(|n| n.line == 3));
}

#[test]
fn a_work_report_copied_from_a_wiki() {
    let page = "\
政 府 工 作 报 告

——2019年1月15日在株洲市第十五届人民代表大会第四次会议上

株洲市人民政府市长 王某

各位代表：
\u{200b}
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。

一、2018年工作回顾

2018年，面对复杂严峻的经济形势，我们坚持稳中求进工作总基调，全市经济社会保持平稳健康发展。

二、2019年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长8%左右。



本作品是中华人民共和国的
法律
、
法规
，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《
中华人民共和国著作权法
》第五条第一项，本作品不适用于该法，属于
公有领域
。

Public domain
false
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("政府工作报告"));
    // A work report is counted by the year it is delivered in.
    assert_eq!(m.year, Some(2019));
    assert_eq!(m.issuer.as_deref(), Some("株洲市人民政府"));
    assert_eq!(m.region.as_deref(), Some("株洲市"));
    assert_eq!(m.genre, Genre::WorkReport);
    assert_eq!(
        m.clutter_lines,
        (21..=29).chain(31..=32).collect::<Vec<_>>()
    );
    assert_eq!(tree(&r), ["一、 2018年工作回顾", "二、 2019年工作安排"]);
}

#[test]
fn a_mirror_page_with_bulleted_fields_a_stamp_and_a_summary() {
    let page = "\
政务信息网 | 法治在线
• 索引号：
• 11370000MB0000000X/2022-01234
• 发布机构：
• 德州市司法局
• 公开日期：
• 2022-03-15
• 主分类：
• 法治政府
德州市司法局2021年度法治政府建设工作报告
法治在线 2022-03-16 09:12:45 年度报告
2021年，市司法局在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导…
2021年，市司法局在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面履行法治政府建设职责，各项工作取得新成效。
一、主要工作及成效
（一）统筹推进法治政府建设。制定年度工作要点，分解任务56项。
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("德州市司法局2021年度法治政府建设工作报告")
    );
    assert_eq!(m.year, Some(2021));
    assert_eq!(m.issuer.as_deref(), Some("德州市司法局"));
    assert_eq!(m.region.as_deref(), Some("德州市"));
    // The page's own field wins over its time stamp.
    assert_eq!(
        m.published.map(|d| d.to_string()).as_deref(),
        Some("2022-03-15")
    );
    assert_eq!(m.clutter_lines, [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]);
    assert_eq!(
        tree(&r),
        ["一、 主要工作及成效", "  （一） 统筹推进法治政府建设"]
    );
}
