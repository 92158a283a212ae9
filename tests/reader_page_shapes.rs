//! Page shapes the reader met on held-out pages, written here in the same patterns (no
//! stored page is copied): a date widget and an arrow breadcrumb above a title the page
//! prints twice; a disclosure table with letter-spaced labels in cells of their own; a
//! hyphen-bulleted disclosure block under a list of links and a bare time stamp; a wiki
//! speech with its speaker's post and the place it was delivered at; a title run into a
//! speech's salutation; work reports that give their year only by their review heading;
//! documents named after rule-of-law government that are no report; issuers named in a
//! second sentence, in `我代表…`, as subdistricts, and left to an address's city; a title
//! in a table row, a byline, a view counter, a reading of a report, footer links, a text
//! that opens with its heading over a table, a township named before its topic, a reading
//! under a byline, and who and when stated under the first heading.

use baogao::report::{Genre, Report};

fn parse(text: &str) -> Report {
    baogao::parse_report("page.txt".into(), text.to_string())
}

fn published(r: &Report) -> Option<String> {
    r.meta.published.map(|d| d.to_string())
}

#[test]
fn date_widget_arrow_breadcrumb_and_a_title_printed_twice() {
    let page = "\
今天是：2023年3月6日 星期一 农历二月十五
工作动态

您所在的位置：首页→ 政务公开 → 工作动态

2022年巴南区法治政府建设情况报告
栏目：工作动态 发布时间：2023-03-06 10:12


2022年巴南区法治政府建设情况报告

2022年，巴南区坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。
一、主要举措和成效
（一）依法全面履行政府职能。全年取消行政许可事项3项。
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.title.as_deref(), Some("2022年巴南区法治政府建设情况报告"));
    assert_eq!(m.year, Some(2022));
    assert_eq!(m.region.as_deref(), Some("巴南区"));
    assert_eq!(published(&r).as_deref(), Some("2023-03-06"));
    // The widget, the column name above the breadcrumb, the breadcrumb and the field
    // line; neither copy of the title.
    assert_eq!(m.clutter_lines, [1, 2, 4, 7]);
}

#[test]
fn a_table_with_labels_in_cells_of_their_own() {
    let page = "\
索引号 | 011234/2024-00017 | 发文字号 | |
成文日期 | 2024-01-20 | 发布日期 | 2024-01-22 |
标 题 | 南漳县农业农村局2023年政府信息公开工作年度报告 | ||
发布机构 | 农业农村局 | 公文时效 | 有效 |
一、总体情况
2023年，南漳县农业农村局认真落实政府信息公开条例，全年主动公开信息215条。
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.clutter_lines, [1, 2, 3, 4]);
    assert_eq!(
        m.title.as_deref(),
        Some("南漳县农业农村局2023年政府信息公开工作年度报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("南漳县农业农村局"));
    assert_eq!(published(&r).as_deref(), Some("2024-01-22"));
    assert_eq!(m.genre, Genre::Other);

    // A work report's page names it as the file, in a table whose rows mix bare labels
    // with `label:` cells and labels the reader does not know.
    let page = "\
文件名称 | 洛川县2024年政府工作报告 | ||
索引号 | /2024-0001 | 公开目录: | 工作报告 |
公开责任部门 | 公开形式: | 主动公开 | |
有效性 | 有效 | 公开日期: | 2024-03-02 09:30 |
2024年1月15日在洛川县第十八届
人民代表大会第四次会议上
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.clutter_lines, [1, 2, 3, 4]);
    assert_eq!(m.title.as_deref(), Some("洛川县2024年政府工作报告"));
    assert_eq!(m.year, Some(2024));
    assert_eq!(m.genre, Genre::WorkReport);
    assert_eq!(published(&r).as_deref(), Some("2024-03-02"));
}

#[test]
fn hyphen_bullets_a_list_of_links_and_a_bare_stamp() {
    let page = "\
- 山东省人民政府
- 济南市人民政府
- 青岛市人民政府
- 临沂市人民政府
- 索 引 号:371324/2023-00041
- 发布机构:兰陵县司法局
- 文 号:无
- 标 题:兰陵县司法局2022年度法治政府建设情况报告
兰陵县司法局2022年度法治政府建设情况报告
2022年，县司法局坚持以习近平法治思想为指导，统筹推进全面依法治县各项工作。
一、主要工作
";
    let r = parse(page);
    let m = &r.meta;
    assert_eq!(m.clutter_lines, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(
        m.title.as_deref(),
        Some("兰陵县司法局2022年度法治政府建设情况报告")
    );
    assert_eq!(m.issuer.as_deref(), Some("兰陵县司法局"));

    let page = "\
某某出版传媒集团 某某出版社
打造知识资源中心
司法部网站
2023-04-12
本站讯 近日，宜都市司法局发布2022年法治政府建设年度报告，全面总结一年来的工作。
2022年，宜都市司法局坚持以习近平法治思想为指导，深入推进依法行政。
";
    let r = parse(page);
    assert_eq!(r.meta.clutter_lines, [1, 2, 3, 4]);
    assert_eq!(published(&r).as_deref(), Some("2023-04-12"));
}

#[test]
fn a_wiki_speech_keeps_its_speaker_and_where_it_was_delivered() {
    let page = "\
跳转到内容
某部关于安全生产工作情况的报告
维基文库，自由的图书馆
某部关于安全生产工作情况的报告
国务委员、应急管理部部长张某
2021年6月7日于北京市
（在第十三届全国人民代表大会常务委员会第二十九次会议上）
本作品收录于《全国人民代表大会常务委员会公报》

全国人民代表大会常务委员会：
  根据本次会议安排，我代表国务院报告安全生产工作情况，请予审议。
";
    let r = parse(page);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某部关于安全生产工作情况的报告")
    );
    assert!(
        !r.meta.clutter_lines.contains(&5),
        "{:?}",
        r.meta.clutter_lines
    );
    assert!(
        !r.meta.clutter_lines.contains(&6),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn a_title_run_into_the_salutation() {
    let r = parse(
        "某某镇2024年度政府工作报告各位代表：现在，我代表镇人民政府，向大会报告工作，请予审议。一、2023年主要工作2023年以来，我们坚持稳中求进。",
    );
    assert_eq!(r.meta.title.as_deref(), Some("某某镇2024年度政府工作报告"));
    assert_eq!(r.meta.year, Some(2024));
    assert_eq!(r.meta.genre, Genre::WorkReport);
}

#[test]
fn a_work_report_dated_by_its_review_heading() {
    let r = parse(
        "\
現在，我代表宜都市人民政府，向大會作政府工作報告，請予審議。
2018年工作回顧
2018年是全市經濟社會發展極不平凡的一年。
一、堅持穩中求進，經濟運行總體平穩
",
    );
    assert_eq!(r.meta.genre, Genre::WorkReport);
    assert_eq!(r.meta.year, Some(2019));
    assert_eq!(r.meta.issuer.as_deref(), Some("宜都市人民政府"));
    assert_eq!(r.meta.region.as_deref(), Some("宜都市"));
}

#[test]
fn documents_named_after_rule_of_law_government_that_report_nothing() {
    for title in [
        "江山市2021年度法治政府建设工作安排",
        "江山市法治政府建设指标体系",
        "江山市法治政府建设实施方案(2021—2025年)",
    ] {
        let r = parse(&format!(
            "{title}\n为深入推进依法行政，加快建设法治政府，结合我市实际，制定本文件。\n一、依法全面履行政府职能\n"
        ));
        assert_eq!(r.meta.title.as_deref(), Some(title));
        assert_eq!(r.meta.genre, Genre::Other, "{title}");
    }
    // No title, but a report on the year whose opening names rule-of-law government.
    let r = parse(
        "市委、市政府：\n2023年以来，在市委、市政府的坚强领导下，我委紧扣法治政府建设目标，扎实推进依法行政。现将本年度工作情况报告如下：\n一、工作完成情况\n",
    );
    assert_eq!(r.meta.genre, Genre::FazhiAnnual);
    // `我委` is not the party committee it thanks for its leadership.
    assert_ne!(r.meta.issuer.as_deref(), Some("市委"));
}

#[test]
fn issuers_in_a_second_sentence_and_as_subdistricts() {
    let r = parse(
        "2023年是全面贯彻党的二十大精神的开局之年。多宝街道始终坚持以习近平法治思想为指导，全力推进法治政府建设。\n一、主要举措和成效\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("多宝街道"));
    let r = parse(
        "北城街街道办事处2023年法治政府建设年度报告\n2023年，北城街街道办事处坚持依法行政。\n一、主要工作\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("北城街街道办事处"));
    assert_eq!(r.meta.region.as_deref(), Some("北城街街道"));
    let r = parse(
        "重庆市巴南区人民政府南泉街道办事处\n2023年法治政府建设工作报告\n2023年，南泉街道深入推进法治政府建设。\n一、主要工作\n",
    );
    assert_eq!(
        r.meta.issuer.as_deref(),
        Some("重庆市巴南区人民政府南泉街道办事处")
    );
    assert_eq!(r.meta.region.as_deref(), Some("重庆市巴南区南泉街道"));
    // A city department of a municipality that names its city only in its address.
    let r = parse(
        "现将市人社局2022年法治政府建设情况报告予以公开。如有疑问，请与市人社局法规处联系（地址：天津市和平区某某路18号）。\n一、工作开展情况\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("天津市人社局"));
    assert_eq!(r.meta.region.as_deref(), Some("天津市"));
}

#[test]
fn a_listing_title_with_its_date_and_a_year_in_chinese_numerals() {
    let r = parse(
        "\
2019年度全市行政复议工作相关情况 (2020-04-23)

二○一九年度全市行政复议工作相关情况

近日，我们对全市2019年度的行政复议工作情况进行了汇总，具体情况如下：
一、行政复议案件情况
",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("二○一九年度全市行政复议工作相关情况")
    );
    assert_eq!(r.meta.year, Some(2019));
}

#[test]
fn a_title_in_a_table_row_a_byline_and_a_view_counter() {
    let r = parse(
        "某市某区司法局2023年政府信息公开工作年度报告 | |||||\n|\n|||||\n本年度报告根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况、主动公开政府信息情况等部分。\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某市某区司法局2023年政府信息公开工作年度报告")
    );
    assert_eq!(r.meta.clutter_lines, [2, 3]);

    let r = parse(
        "江山市人民政府关于2022年法治政府建设情况的报告\n市政府办公室 2023-03-20\n\n2022年,市政府坚持以习近平法治思想为指导,扎实推进法治政府建设。\n一、依法全面履行政府职能\n",
    );
    assert_eq!(r.meta.clutter_lines, [2]);
    assert_eq!(published(&r).as_deref(), Some("2023-03-20"));

    let r = parse(
        "兰陵县某乡2022年度法治政府建设 工作报告\n浏览:812次 时间:2022-12-07 来源:本站\n\n某乡2022年度法治政府建设工作报告\n\n在县委、县政府正确领导下,某乡深入推进依法行政。现将今年法治政府工作报告如下:\n一、总体完成情况\n",
    );
    assert_eq!(r.meta.clutter_lines, [2]);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某乡2022年度法治政府建设工作报告")
    );
    assert_eq!(published(&r).as_deref(), Some("2022-12-07"));
}

#[test]
fn a_reading_of_a_report_and_the_links_under_the_text() {
    let r = parse(
        "\
无障碍阅读 关怀版 返回首页
区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报
2023-12-20

打印整页 打印内容 分享

区政府第12次常务会议议题的解读如下:
一、议题背景
为做好2023年度法治建设考核工作,区司法局认真梳理总结全年工作,现汇报相关情况。
二、需要会议研究决策的事项

扫码使用手机浏览本页内容

单位概况
",
    );
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(r.meta.clutter_lines, [1, 3, 5, 12, 14]);
}

#[test]
fn a_text_opening_with_its_heading_and_a_table_under_it() {
    let r = parse(
        "\
一、总体情况
2022年,南漳县司法局认真履行政府信息公开条例规定的法定义务,全年发布信息67条。
二、主动公开政府信息情况
信息内容 |
|||
规章 |
0 |
|||
行政规范性文件 |
0 |
",
    );
    assert_eq!(r.meta.year, Some(2022));
    assert_eq!(r.meta.issuer.as_deref(), Some("南漳县司法局"));
    // A table's empty rows and repeated cells are the report's, not the page's.
    assert!(
        r.meta.clutter_lines.is_empty(),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn a_township_named_before_its_topic() {
    let r = parse(
        "市委全面依法治市委员会:\n2025年,中村乡法治政府建设工作在市委、市人民政府的正确领导下,扎实推进依法行政。现将一年来工作情况报告如下:\n一、工作总体情况\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("中村乡"));
}

#[test]
fn a_reading_under_a_byline() {
    let r = parse(
        "\
【政策解读】关于《南漳县人民政府关于2023年度法治政府建设情况的报告》的政策解读

南漳县人民政府 2024年01月10日

《南漳县人民政府关于2023年度法治政府建设情况的报告》政策解读

按照省市工作要求,我县总结全年法治政府建设工作,现解读如下:

一、起草背景
",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("《南漳县人民政府关于2023年度法治政府建设情况的报告》政策解读")
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("南漳县人民政府"));
    assert_eq!(r.meta.genre, Genre::Other);
    // The byline is the document's, not the page's.
    assert!(
        r.meta.clutter_lines.is_empty(),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn who_and_when_under_the_first_heading() {
    let r = parse(
        "\
本年度报告根据《中华人民共和国政府信息公开条例》(国办公开办函〔2021〕30号)制作。所列数据统计期限为全年。
一、总体情况
2023年,洛川县退役军人事务局坚持依法依规履行政府信息公开职能,扎实做好政务公开工作。
(一)主动公开情况
",
    );
    assert_eq!(r.meta.year, Some(2023));
    assert_eq!(r.meta.issuer.as_deref(), Some("洛川县退役军人事务局"));
    let r = parse(
        "×\n您当前所在位置: 首页 > 政务公开 > 法治政府建设\n洛川县司法局2023年法治政府建设年度报告\n来源: 洛川县司法局  时间: 2024-01-05\n保护视力色:\n\n2023年,洛川县司法局坚持依法行政,扎实推进各项工作。\n",
    );
    assert_eq!(r.meta.clutter_lines, [1, 2, 4, 5]);
}
