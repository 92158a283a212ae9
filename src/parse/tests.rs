//! Parser tests on small texts made here: every heading form, clutter pattern and
//! numbering problem, including forms the samples do not contain.

use std::path::PathBuf;

use super::parse_report;
use crate::report::{NodeKind, Report};

/// Parse a small text made in a test (shared by the parser's test modules).
pub(super) fn parse(text: &str) -> Report {
    parse_report(PathBuf::from("t.txt"), text.to_string())
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

fn rules(r: &Report) -> Vec<(usize, &str, Option<&str>)> {
    r.diagnostics
        .iter()
        .map(|d| (d.line, d.rule.as_str(), d.expected.as_deref()))
        .collect()
}

#[test]
fn all_four_levels_nest_in_order_of_appearance() {
    let r = parse(
        "一、总体情况\n(一)依法履行职能\n1.深化改革。全面梳理事项。\n(1)精简审批\n(2)优化服务\n2.强化监督\n①内部监督\n②外部监督\n(二)完善制度\n二、存在问题\n",
    );
    assert_eq!(
        tree(&r),
        [
            "一、 总体情况",
            "  (一) 依法履行职能",
            "    1. 深化改革",
            "      (1) 精简审批",
            "      (2) 优化服务",
            "    2. 强化监督",
            "      ① 内部监督",
            "      ② 外部监督",
            "  (二) 完善制度",
            "二、 存在问题",
        ]
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

#[test]
fn levels_are_relative_arabic_directly_under_chinese() {
    let r = parse("一、工作情况\n1、加强学习\n2、完善制度\n二、下步打算\n1、继续努力\n");
    assert_eq!(
        tree(&r),
        [
            "一、 工作情况",
            "  1、 加强学习",
            "  2、 完善制度",
            "二、 下步打算",
            "  1、 继续努力"
        ]
    );
    assert_eq!(r.nodes[1].level, 2);
}

#[test]
fn full_width_and_ascii_parentheses_are_one_family() {
    let r = parse("一、甲\n\u{ff08}一\u{ff09}乙\n(二)丙\n");
    assert_eq!(
        tree(&r),
        ["一、 甲", "  \u{ff08}一\u{ff09} 乙", "  (二) 丙"]
    );
    assert!(r.diagnostics.is_empty());
}

#[test]
fn spaces_around_markers_are_allowed() {
    let r = parse(
        "\u{3000}\u{3000}一、 总体情况\n  (一)\u{3000}依法行政\n\u{a0}二、\u{3000}存在问题\n",
    );
    assert_eq!(
        tree(&r),
        ["一、 总体情况", "  (一) 依法行政", "二、 存在问题"]
    );
}

#[test]
fn run_in_heading_title_is_the_lead_sentence() {
    let r =
        parse("一、总体\n(一)聚焦关键少数,增强法治思维。坚持把政府常务会议学法作为重要方式。\n");
    let n = &r.nodes[1];
    assert_eq!(n.title, "聚焦关键少数,增强法治思维");
    assert_eq!(
        &r.text[n.body.clone()],
        "坚持把政府常务会议学法作为重要方式。"
    );
}

#[test]
fn a_full_stop_inside_quotes_does_not_end_the_title() {
    let r = parse("(一)开展“法治宣传。进万家”活动。全年开展活动20场。\n");
    assert_eq!(r.nodes[0].title, "开展“法治宣传。进万家”活动");
}

#[test]
fn standalone_heading_ending_with_full_stop() {
    let r = parse("一、总体情况。\n全年办理案件4件。\n");
    assert_eq!(r.nodes[0].title, "总体情况");
    assert_eq!(&r.text[r.nodes[0].body.clone()], "全年办理案件4件。");
}

#[test]
fn chinese_numerals_past_ten() {
    let text: String = (1..=12)
        .map(|n| format!("{}、第{n}部分\n", crate::parse::numerals::to_chinese(n)))
        .collect();
    let r = parse(&text);
    assert_eq!(r.nodes.len(), 12);
    assert_eq!(r.nodes[11].number, "十二、");
    assert_eq!(r.nodes[11].value, 12);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn points_at_line_start_and_after_sentence_ends() {
    let r = parse(
        "一、工作\n一是强化引领。内容。\n二是深化学习。内容:一是学理论;二是学法规。三是压实责任\n",
    );
    let points: Vec<_> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Point)
        .map(|n| (n.number.as_str(), n.title.as_str(), n.line))
        .collect();
    assert_eq!(
        points,
        [
            ("一是", "强化引领", 2),
            ("二是", "深化学习", 3),
            ("一是", "学理论", 3),
            ("二是", "学法规", 3),
            ("三是", "压实责任", 3),
        ]
    );
}

#[test]
fn a_run_in_point_inside_a_line_start_point() {
    let r = parse("一、甲\n一是能力有待提升二是程序有待完善;三是监督加强。\n");
    let titles: Vec<_> = r.nodes.iter().skip(1).map(|n| n.title.as_str()).collect();
    assert_eq!(titles, ["能力有待提升", "程序有待完善", "监督加强"]);
    assert_eq!(rules(&r), [(2, "point-missing-separator", Some("二是"))]);
}

#[test]
fn points_after_half_width_separators_too() {
    let r = parse("一、工作\n意见建议:一是加强设计;二是对接上级.\n");
    assert_eq!(
        r.nodes.iter().filter(|n| n.kind == NodeKind::Point).count(),
        2
    );
}

#[test]
fn words_with_numerals_before_shi_are_not_points() {
    let r = parse("一、工作\n坚持统一是基础,唯一是标准。其中十三五是关键,第二是次要。\n");
    assert_eq!(r.nodes.len(), 1);
}

#[test]
fn long_point_lead_is_cut_at_the_first_comma() {
    let r = parse("一、工作\n一是加强顶层设计,增加法治机构人员编制,配齐配强法治工作人员,进一步提升能力;二是对接。\n");
    assert_eq!(r.nodes[1].title, "加强顶层设计");
}

#[test]
fn a_point_run_into_the_previous_sentence_is_found_and_reported() {
    let r = parse("一、不足\n存在不足:一是能力还有待提升二是程序有待完善;三是监督需要加强。\n");
    let points: Vec<_> = r.nodes.iter().skip(1).map(|n| n.number.as_str()).collect();
    assert_eq!(points, ["一是", "二是", "三是"]);
    assert_eq!(rules(&r), [(2, "point-missing-separator", Some("二是"))]);
}

#[test]
fn damaged_paren_marker_is_repaired_between_its_neighbours() {
    let r = parse("一、甲\n(一)做好复议。\n)推进法律顾问体系建设。着力构建。\n(三)营造环境。\n");
    let n = &r.nodes[2];
    assert_eq!((n.number.as_str(), n.value, n.repaired), ("(二)", 2, true));
    assert_eq!(n.title, "推进法律顾问体系建设");
    assert_eq!(rules(&r), [(3, "marker-damaged", Some("(二)"))]);
    let r = parse("(一)甲\n七)乙\n");
    assert_eq!((r.nodes[1].number.as_str(), r.nodes[1].value), ("(七)", 7));
}

#[test]
fn damaged_marker_without_siblings_is_just_text() {
    let r = parse("一、甲\n)这不是标题,只是一句话。\n");
    assert_eq!(r.nodes.len(), 1);
    assert!(r.diagnostics.is_empty());
}

#[test]
fn gaps_duplicates_and_reversals_are_reported() {
    let r = parse("一、甲\n二、乙\n四、丁\n四、丁二\n三、丙\n");
    assert_eq!(
        rules(&r),
        [
            (3, "numbering-gap", Some("三、")),
            (4, "numbering-duplicate", Some("五、")),
            (5, "numbering-order", Some("五、")),
        ]
    );
}

#[test]
fn numbering_may_restart_or_run_on_across_sections() {
    let restart = parse("(一)甲\n1.a\n2.b\n(二)乙\n1.c\n2.d\n");
    assert!(restart.diagnostics.is_empty(), "{:?}", restart.diagnostics);
    let run_on = parse("(一)甲\n1.a\n2.b\n(二)乙\n3.c\n4.d\n");
    assert!(run_on.diagnostics.is_empty(), "{:?}", run_on.diagnostics);
    let broken = parse("(一)甲\n1.a\n2.b\n(二)乙\n5.c\n");
    assert_eq!(rules(&broken), [(5, "numbering-gap", Some("1."))]);
}

#[test]
fn point_paragraphs_that_lost_their_numeral() {
    let r = parse(
        "一、甲\n(一)乙\n一是领导重视,带头学法。\n突出重点,开展学法普法。\n三是创新机制,推动落实。\n注重实效,推动深入。\n(二)丙\n一是理顺权限。\n是规范执法行为,确保程序。\n",
    );
    assert_eq!(
        rules(&r),
        [
            (4, "point-missing-numeral", Some("二是")),
            (6, "point-missing-numeral", Some("四是")),
            (9, "point-missing-numeral", Some("二是")),
        ]
    );
}

#[test]
fn continuation_and_closing_paragraphs_are_not_missing_points() {
    let r = parse(
        "一、甲\n一是领导重视。\n这一段是一是的继续,说明更多的情况和做法。\n二是创新机制。\n总之,各项工作取得成效。\n",
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

#[test]
fn clutter_is_kept_out_of_the_outline_and_feeds_meta() {
    let r = parse(
        "某某县人民政府网\n当前位置:首页 > 政务公开 > 法治政府\n来源: 县司法局 日期:2022-02-10 浏览次数:321\n【打印】【关闭】\n\n某某县人民政府\n关于2021年度法治政府\n建设情况的报告\n\n2021年,我县坚持依法行政,各项工作取得成效。\n一、主要工作\n全年办理行政复议案件12件。\n二、存在问题\n队伍建设有待加强。\n\n上一篇:关于2020年的报告\n版权所有:某某县人民政府 ICP备05001234号\n",
    );
    assert_eq!(r.meta.clutter_lines, [1, 2, 3, 4, 16, 17]);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某县人民政府关于2021年度法治政府建设情况的报告")
    );
    assert_eq!(r.meta.title_lines, [6, 7, 8]);
    assert_eq!(r.meta.year, Some(2021));
    assert_eq!(r.meta.region.as_deref(), Some("某某县"));
    assert_eq!(
        r.meta.published.map(|d| d.to_string()).as_deref(),
        Some("2022-02-10")
    );
    assert_eq!(tree(&r), ["一、 主要工作", "二、 存在问题"]);
    // The last section ends before the footer.
    assert!(r.text[r.nodes[1].span.clone()].ends_with("队伍建设有待加强。"));
}

#[test]
fn repeated_header_block_at_the_bottom_is_clutter() {
    let r = parse(
        "主办:某市人民政府办公室\n涉密文件不得上传\n一、工作\n全年办理案件4件,同比增长10%。\n主办:某市人民政府办公室\n涉密文件不得上传\n",
    );
    assert_eq!(r.meta.clutter_lines, [1, 2, 5, 6]);
}

#[test]
fn a_sentence_starting_with_a_field_name_in_the_body_is_not_clutter() {
    let r = parse("一、工作\n来源:群众来信来访的问题,全部按期办结,办结率100%。\n二、问题\n");
    assert!(r.meta.clutter_lines.is_empty());
}

#[test]
fn signature_at_the_end() {
    let r = parse("一、工作\n全年办理案件4件。\n\n中共某某市委 某某市人民政府\n2024年1月19日\n");
    assert_eq!(
        r.meta.signed_by.as_deref(),
        Some("中共某某市委 某某市人民政府")
    );
    assert_eq!(
        r.meta.signed_date.map(|d| d.to_string()).as_deref(),
        Some("2024-01-19")
    );
    assert_eq!(r.meta.signature_lines, [4, 5]);
    let official = parse("一、工作\n全年办理案件4件。\n某某区司法局\n二〇二二年三月一日\n");
    assert_eq!(
        official.meta.signed_date.map(|d| d.to_string()).as_deref(),
        Some("2022-03-01")
    );
}

#[test]
fn traditional_script_is_detected() {
    let r = parse("一、2023年推進法治政府建設情況\n(一)堅持思想領航,推動學習貫徹習近平法治思想走深走實\n構建習近平法治思想全覆蓋學習輪訓體系,納入各級行政機關會前學法必學內容。\n");
    assert_eq!(r.meta.script, crate::report::Script::Traditional);
}

#[test]
fn no_headings_no_nodes_and_the_preamble_is_the_text() {
    let r = parse("这是一段没有标题的文字。\n第二段。\n");
    assert!(r.nodes.is_empty());
    assert_eq!(
        &r.text[r.preamble.clone()],
        "这是一段没有标题的文字。\n第二段。"
    );
}

#[test]
fn crlf_free_text_line_numbers_and_lookup() {
    let r = parse("前言。\n一、甲\n内容一。\n二、乙\n内容二。");
    assert_eq!(r.line_count(), 5);
    assert_eq!(r.line_text(3), "内容一。");
    let pos = r.text.find("内容二").unwrap();
    assert_eq!(r.line_of(pos), 5);
    assert_eq!(r.node_at(pos), Some(1));
    assert_eq!(r.heading_path_label(1), "二、");
}

#[test]
fn a_bracketed_lead_in_the_report_text_is_not_a_disclosure_row() {
    // Disclosure rows count only around the report text, and only in a block with two
    // known fields: a report's `【典型案例】` paragraphs stay.
    let r = parse(
        "某某县司法局2021年度法治政府建设工作报告\n2021年,我局坚持依法行政,各项工作取得成效。\n一、主要工作\n【典型案例】某某县推行柔性执法取得良好效果,全年办理案件120件。\n【经验做法】建立执法案例指导制度,发布典型案例5个。\n二、存在问题\n",
    );
    assert!(
        r.meta.clutter_lines.is_empty(),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn page_summary_and_question_headline() {
    // An aggregator's question headline above a copied report, and the page's summary
    // (a cut copy of the first paragraph).
    let r = parse(
        "行政复议的申请期限是多久如何计算\n\n2021年,某某县坚持以习近平法治思想为指导,全面推进法治政府建设,各项工作取得新成效…\n2021年,某某县坚持以习近平法治思想为指导,全面推进法治政府建设,各项工作取得新成效。\n一、主要工作\n",
    );
    assert_eq!(r.meta.clutter_lines, [1, 3]);
    assert_eq!(r.meta.title, None);
    // A title-like line without a question stays.
    let r = parse("奋力谱写法治建设新篇章\n\n2021年,某某县坚持以习近平法治思想为指导,全面推进法治政府建设,各项工作取得新成效。\n一、主要工作\n");
    assert!(
        r.meta.clutter_lines.is_empty(),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn column_names_above_the_page_fields_are_header() {
    // Between a site's header blocks: a site owner and a column name, then the fields.
    let r = parse(
        "某某县人民政府\n\n政府信息公开\n\n发布机构: 某某县教育局\n发布日期: 2023-03-06\n\n某某县教育局2022年度法治政府建设工作报告\n\n2022年,某某县教育局坚持依法治教,各项工作取得新成效。\n一、主要工作\n",
    );
    assert_eq!(r.meta.clutter_lines, [1, 3, 5, 6]);
    assert_eq!(r.meta.title_lines, [8]);
    assert_eq!(r.meta.issuer.as_deref(), Some("某某县教育局"));
}

#[test]
fn zero_width_characters_before_a_heading_and_after_the_salutation() {
    let r = parse(
        "政府工作报告\n各位代表：\u{200b}\n现在，我代表市人民政府向大会报告工作，请予审议。\n\u{200b}一、过去一年的工作\n\u{feff}（一）经济平稳增长\n",
    );
    assert_eq!(tree(&r), ["一、 过去一年的工作", "  （一） 经济平稳增长"]);
    assert_eq!(r.meta.title.as_deref(), Some("政府工作报告"));
}

#[test]
fn a_title_only_in_the_disclosure_table() {
    let r = parse(
        "| 索引号:000014349/2026-00001 | |\n| 发文机关:某某镇人民政府 | 主题词: |\n| 标题:某某镇人民政府关于2025年度法治政府建设情况的报告 | |\n| 主题分类: | 发布日期:2025-12-22 |\n2025年,某某镇坚持以习近平法治思想为指导,法治政府建设取得新成效。\n一、主要举措\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某镇人民政府关于2025年度法治政府建设情况的报告")
    );
    assert_eq!(r.meta.title_lines, [3]);
    assert_eq!(r.meta.year, Some(2025));
    assert_eq!(r.meta.issuer.as_deref(), Some("某某镇人民政府"));
    assert_eq!(r.meta.region.as_deref(), Some("某某镇"));
    assert_eq!(
        r.meta.published.map(|d| d.to_string()).as_deref(),
        Some("2025-12-22")
    );
    assert_eq!(r.meta.clutter_lines, [1, 2, 3, 4]);
}

#[test]
fn the_year_of_a_work_report_is_the_year_it_is_delivered() {
    // Not the year it reviews (2014), nor a date in a notice.
    let r = parse(
        "政府工作报告\n——2015年2月4日在某某市第八届人民代表大会第五次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,并请各位市政协委员提出意见。\n一、2014年工作回顾\n2014年,全市经济平稳增长,各项事业全面进步。\n",
    );
    assert_eq!(r.meta.year, Some(2015));
    assert_eq!(r.meta.genre, crate::report::Genre::WorkReport);
    assert_eq!(r.meta.title.as_deref(), Some("政府工作报告"));
}
