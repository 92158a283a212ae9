//! Parser tests for page layouts and phrasings met on held-out report pages (pages the
//! reader was not tuned on): each test is a small text made here in the same shape.

use super::tests::parse;
use crate::report::Genre;

#[test]
fn an_untitled_opening_that_names_the_work_is_an_annual_report() {
    let r = parse(
        "2022年,某部坚持以新思想为指导,扎实推进法治政府建设,各项工作取得重要进展和成效。\n统筹推进各项工作\n坚持把学习放在首位。\n",
    );
    assert_eq!(r.meta.genre, Genre::FazhiAnnual);
    // Naming only the 纲要 it follows says nothing about its genre.
    let r = parse(
        "2021年,某部深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,推动工作取得新进展。\n一、深入学习\n学习。\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
}

#[test]
fn a_title_naming_the_rules_for_reports_is_no_report() {
    let r = parse("某某縣依法行政報告制度\n\n一、依法行政報告的主體\n報告的主體為各部門。\n");
    assert_eq!(r.meta.genre, Genre::Other);
}

#[test]
fn a_site_blurb_and_a_title_printed_twice() {
    let r = parse(
        "当前位置:首页 > 工作总结> 正文\n\n某局2022年工作总结和2022年工作计划\n\n某文档网 发表于2022-03-16 21:58:37\n\n下面是小编为大家整理的某局2020年工作总结和2021年工作计划,供大家参考。\n\n某局2020年工作总结和2021年工作计划\n\n某局2020年工作总结和2021年工作计划\n\n2020年,某局认真履职,完成了各项任务。\n\n一、2020年工作总结\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某局2020年工作总结和2021年工作计划")
    );
    assert_eq!(r.meta.year, Some(2020));
    assert!(
        r.meta.clutter_lines.contains(&7),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn a_menu_bar_and_a_dotted_stamp_are_clutter() {
    let r = parse(
        "首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流\n\n某县2014年度依法行政工作情况报告\n\n18.03.2015  13:07\n\n2014年,我县依法行政工作取得成效。\n一、加强组织领导\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![1, 5]);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某县2014年度依法行政工作情况报告")
    );
}

#[test]
fn a_wiki_infobox_and_its_section_labels_are_clutter() {
    let r = parse(
        "某某縣依法行政報告制度\n\n為貫徹落實依法行政要求,制定本制度,請各部門遵照執行。\n\n基本介紹\n\n  • 中文名:某某縣依法行政報告制度\n  • 地點:某某縣\n  • 類型:報告制度\n針對對象,發布內容,\n\n針對對象\n\n某某縣依法行政報告\n\n發布內容\n\n一、依法行政報告的主體\n報告的主體為各部門。\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![5, 7, 8, 9, 10, 12, 16]);
}

#[test]
fn wiki_header_rows_are_clutter_and_the_title_stands_alone() {
    let r = parse(
        "2022年某某县人民政府工作报告\n2022年某某县人民政府工作报告 制定机关:某某县人民政府 2022年2月16日 |\nhttp://www.example.gov.cn/zfgzbg/t2022_1.html |\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、过去五年工作回顾\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![2, 3]);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("2022年某某县人民政府工作报告")
    );
    // A work report is delivered by the people's government.
    assert_eq!(r.meta.issuer.as_deref(), Some("某某县人民政府"));
}

#[test]
fn a_document_title_printed_above_and_below_a_field_block() {
    let r = parse(
        "返回顶部\n\n某某县人民政府工作规则\n\n  • 索引号:\n\n    6100000000/2024-000001\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发布日期:\n\n    2024年04月06日 16:34\n\n某某县人民政府工作规则\n\n第一章总则\n\n一、根据有关法律规定,结合本县实际,制定本规则。\n",
    );
    assert_eq!(r.meta.title.as_deref(), Some("某某县人民政府工作规则"));
    assert_eq!(r.meta.issuer.as_deref(), Some("某某县人民政府"));
    // The document number printed alone under its empty label is the block's value.
    assert!(
        r.meta.clutter_lines.contains(&13),
        "{:?}",
        r.meta.clutter_lines
    );
    assert!(!r.meta.clutter_lines.contains(&3) && !r.meta.clutter_lines.contains(&18));
}

#[test]
fn a_masked_title_gives_way_to_the_pages_whole_copy() {
    let r = parse(
        "某街道2025年法治政府建设年度报告\n2026-01-27\n某地 招标采购\n某街道2025年法治政府建设年度报告\n某地-2026-01-27 00:00:00\n索引号: ****/**** 公开方式: 主动公开\n成文日期: **********\n发布单位:\n某街道****年法治政府建设年度报告\n  • 日期:********** **:**\n  • 来源:党政综合办公室\n\n****年,某街道坚持依法行政,现将本年度法治政府建设的具体情况报告如下。\n\n一、****年推进法治政府建设的主要举措和成效\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某街道2025年法治政府建设年度报告")
    );
    assert_eq!(r.meta.year, Some(2025));
}

#[test]
fn a_wiki_summary_lead_gives_the_title() {
    let r = parse(
        "《梅州市人民政府2018年度法治政府建设工作报告》是2019年梅州市人民政府发布的通知。\n2018年,在省委、省政府的坚强领导下,我市政府以新思想为指导,认真落实各项部署。\n一、依法全面履行政府职能\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("梅州市人民政府2018年度法治政府建设工作报告")
    );
    assert_eq!(r.meta.year, Some(2018));
    assert_eq!(r.meta.issuer.as_deref(), Some("梅州市人民政府"));
}

#[test]
fn a_signer_row_is_no_part_of_the_title() {
    let r = parse(
        "某省某厅关于2022年度法治政府建设情况的报告\n\n发布时间: 2023-01-11 14:21 来源:某省某厅\n\n某交法〔2023〕9号\n\n签发人:王某\n\n某省某厅关于2022年度法治政府建设情况的报告\n\n省人民政府:\n\n现将我厅2022年度法治政府建设情况报告如下。\n\n一、2022年度法治政府建设工作情况\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某省某厅关于2022年度法治政府建设情况的报告")
    );
}

#[test]
fn a_drafts_marks_and_a_bracketed_congress_line() {
    let r = parse(
        "  1 内部资料\n\n 注意保存\n\n 政府工作报告 ( 2021 年 xx 月 xx 日在毕节市七星关区第二届人民代表大会第六次会议上)\n\n (征求意见稿)\n\n 代区长\n\n  张三\n\n  各位代表:\n\n  现在,我代表区人民政府向大会报告工作。\n\n 一、过去五年的工作\n",
    );
    assert_eq!(r.meta.title.as_deref(), Some("政府工作报告"));
    assert_eq!(r.meta.issuer.as_deref(), Some("毕节市七星关区人民政府"));
}

#[test]
fn a_congress_subtitle_broken_over_two_lines() {
    let r = parse(
        "2023-01-29 16:07\n政 府 工 作 报 告\n——2023年1月15日在北京市第十六届\n人民代表大会第一次会议上\n北京市代市长 张 三\n一、过去五年工作回顾\n各位代表!三年来,我们认真贯彻落实党中央决策部署。\n",
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("北京市人民政府"));
    assert_eq!(r.meta.region.as_deref(), Some("北京市"));
}

#[test]
fn a_news_footer_and_a_traditional_site_blurb_are_clutter() {
    let r = parse(
        "首頁 > 文章中心 > 正文\n\n某某意見\n\n前言:本站為你精心整理了某某意見范文,希望能為你的創作提供參考價值。\n\n某某意見\n\n各鎮人民政府,各街道辦事處:\n\n為推進依法行政,現提出以下意見。\n\n一、充分認識重要意義\n\n【糾錯】 【責任編輯:某某某】\n",
    );
    assert!(
        r.meta.clutter_lines.contains(&5) && r.meta.clutter_lines.contains(&15),
        "{:?}",
        r.meta.clutter_lines
    );
}

#[test]
fn a_notice_passing_on_another_document_names_its_issuer() {
    let r = parse(
        "某府发〔2017〕92号\n某某市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知\n各区人民政府,市政府各委、办、局:\n现将《关于本市加强政务诚信建设的实施意见》印发给你们,请认真按照执行。\n一、总体要求\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知")
    );
}

#[test]
fn news_of_a_work_report_is_no_work_report() {
    let r = parse(
        "1月4日,某某县第十二届人民代表大会第四次会议开幕。某某县人民政府代理县长张三作政府工作报告。\n报告指出,2024年,某某县圆满完成全年目标任务。\n【纠错】 【责任编辑:李四】\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
    let r = parse(
        "各位代表:\n现在,我代表县人民政府向大会作政府工作报告,请予审议。\n一、过去一年工作回顾\n",
    );
    assert_eq!(r.meta.genre, Genre::WorkReport);
}

#[test]
fn pinyin_glosses_are_no_part_of_a_title() {
    let r = parse(
        "某府發(fā)〔2017〕92號\n某某市人民政府印發(fā)《關(guān)於本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知\n各區(qū)人民政府,市政府各委、辦、局:\n現(xiàn)將《關(guān)於本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》印發(fā)給你們。\n一、總體要求\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某市人民政府印發《關於本市加強政務誠信建設的實施意見》的通知")
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某市人民政府"));
}

#[test]
fn news_of_a_meeting_and_a_speech_are_no_annual_report() {
    let r = parse(
        "11月1日,我县召开法治政府建设示范县创建工作推进会议,扎实推进法治政府建设。\n会上,县司法局负责人传达了有关精神。\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
    let r = parse(
        "市长在全市法治政府建设工作会议上的讲话\n\n同志们:\n今天,我们召开全市法治政府建设工作会议。\n一、肯定成绩\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
}

#[test]
fn a_disclaimer_blurb_gives_way_to_the_work_reports_opening() {
    let r = parse(
        "某区政府工作报告\n\n時間:2022-07-15 08:03:00\n\n導語:某區政府工作報告一文來源于網友上傳,不代表本站觀點,歡迎參考。\n\n各位代表:\n\n現在,我代表區人民政府向大會報告工作,請予審議。\n\n一、2008年工作回顧\n",
    );
    assert!(
        r.meta.clutter_lines.contains(&5),
        "{:?}",
        r.meta.clutter_lines
    );
    assert_eq!(r.meta.genre, Genre::WorkReport);
}
