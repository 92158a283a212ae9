//! Parser tests for the page layouts of a fourth held-out round: news items around the
//! reports (headlines over a source row, photo captions, column names, reporters'
//! credits), document sites (a title run into its text behind a watermark), converted
//! mirrors with pinyin glosses, and speech-shaped titles. Each text is made here in the
//! same shape as the pages met, with other names and figures.

use super::tests::parse;
use crate::report::{Date, Genre};

fn date(year: i32, month: u32, day: u32) -> Option<Date> {
    Some(Date { year, month, day })
}

#[test]
fn a_news_headline_over_its_source_row_is_not_clutter() {
    let r = parse(
        "当前位置: 首页 / 政务公开 / 要闻动态 / 稿件页\n某某区召开\"某某示范区\"创建工作推进会\n来源:区司法局 作者:某某 发布时间:2023-04-14 访问量: 字体大小: 放大 缩小\n\n4月13日,区长某某主持召开创建工作推进会,各单位负责人参加会议。\n\n会议现场\n\n会议传达了有关会议精神,部署了下一步工作。\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![1, 3, 7]);
    assert_eq!(r.meta.genre, Genre::Other);
    // The headline names who acted; the source row names who put the page up.
    assert_eq!(r.meta.issuer.as_deref(), Some("区司法局"));
    assert_eq!(r.meta.published, date(2023, 4, 14));
}

#[test]
fn a_headline_over_a_bare_stamp_stays_and_a_meeting_headline_is_news() {
    let r = parse(
        "某某区二届人大四次会议开幕\n2024-01-19 07:37\n来源: 某某日报\n\n某某新闻网1月19日讯 昨日上午,某某区第二届人民代表大会第四次会议开幕,区长某某作政府工作报告。\n",
    );
    assert!(
        !r.meta.clutter_lines.contains(&1),
        "{:?}",
        r.meta.clutter_lines
    );
    assert!(r.meta.clutter_lines.contains(&2) && r.meta.clutter_lines.contains(&3));
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(r.meta.issuer, None);
}

#[test]
fn contents_buttons_are_no_part_of_the_title() {
    let r = parse(
        "您的位置: 首页 >专题专栏>创建工作动态>详细内容\n目录\n目录X\n\n某某县创建全省法治政府建设示范县推进会召开\n\n来源:县司法局 发布时间:2023-11-24 17:39:40 浏览次数: 【字体:\n\n    11月23日上午,县长某某组织召开全县创建工作推进会,各单位负责人参加会议。\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某县创建全省法治政府建设示范县推进会召开")
    );
    assert_eq!(r.meta.clutter_lines, vec![1, 2, 3, 7]);
    // A headline ending on its event is news, not a report, and names who acted.
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(r.meta.issuer.as_deref(), Some("县司法局"));
}

/// A paragraph long enough to make a one-line page.
fn filler() -> String {
    "坚持以新思想为指导,全面贯彻落实上级决策部署,深入推进依法行政,各项工作取得新成效。".repeat(6)
}

#[test]
fn a_title_run_into_the_year_that_opens_the_text() {
    let text = format!(
        "某某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府{}一、坚持党的领导{}\n",
        filler(),
        filler()
    );
    let r = parse(&text);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(r.meta.year, Some(2023));
    // Spaced digits as a document site prints them.
    let text = format!(
        "某某县 2025 年度法治政府建设情况报告2025 年,全县{}\n",
        filler()
    );
    let r = parse(&text);
    assert_eq!(r.meta.year, Some(2025));
    assert!(r.meta.title.is_some());
}

#[test]
fn a_document_sites_watermark_is_not_part_of_the_title() {
    let mark = "某某文库—全网资源每日更新www.example.com";
    let text = format!(
        "{mark}某某省人民政府关于2023年度法治政府建设情况的报告2023年,省政府{}{mark}{}\n",
        filler(),
        filler()
    );
    let r = parse(&text);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某省人民政府关于2023年度法治政府建设情况的报告")
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某省人民政府"));
}

#[test]
fn a_work_report_under_a_speech_headline() {
    let r = parse(
        "某区政府工作会议的讲话\n\n时间:2022-07-15 08:03:00\n\n某区政府工作会议的讲话\n\n各位代表:\n\n现在,我代表区人民政府向大会报告工作,请予审议。\n\n一、过去五年工作回顾\n\n五年来,全区经济社会发展取得显著成绩。\n",
    );
    assert_eq!(r.meta.genre, Genre::WorkReport);
    // The headline's head is the meeting's host, not the speaker.
    assert_ne!(r.meta.issuer.as_deref(), Some("区政府"));
}

#[test]
fn a_title_naming_the_heads_report() {
    let r = parse(
        "快捷搜索:论文 合同 演讲\n\n区长在代表会上工作汇报\n\n各位代表:\n\n现在,我代表区人民政府向大会作工作报告,请予审议。\n\n一、五年工作回顾\n",
    );
    assert_eq!(r.meta.title.as_deref(), Some("区长在代表会上工作汇报"));
    assert_eq!(r.meta.genre, Genre::WorkReport);
}

#[test]
fn a_speakers_posts_name_no_issuer() {
    let text = format!(
        "市委副书记市长在全市某某工作会议上的讲话同志们:今天,我们召开全市某某工作会议。{}\n",
        filler()
    );
    let r = parse(&text);
    assert_eq!(r.meta.issuer, None);
    assert_eq!(r.meta.genre, Genre::Other);
}

#[test]
fn glossed_fields_and_captions_of_a_converted_mirror() {
    let r = parse(
        "發(fā)布時(shí)間:2008-03-06 08:39:18 訪問次數(shù): 某某 信息來源:某某縣政府網(wǎng)\n大會(huì)現(xiàn)場(chǎng)\n在全縣人民的熱切期盼下,某某縣第十五屆人民代表大會第二次會議隆重開幕,三百多名代表出席會議。\n",
    );
    assert_eq!(r.meta.published, date(2008, 3, 6));
    assert_eq!(r.meta.clutter_lines, vec![1, 2]);
    // The website in the source field is no body.
    assert_ne!(r.meta.issuer.as_deref(), Some("某某縣政府"));
}

#[test]
fn a_title_with_its_document_number_and_a_site_row() {
    let r = parse(
        "某某縣自然資源局2025年度法治政府建設工作報告(某縣自然資字〔2025〕79號)\n某某縣人民政府門戶網站 www.example.cn 發布時間:2025-12-24 11:51\n縣委、縣人民政府:\n根據上級文件要求,現將我局法治政府建設工作情況匯報如下:\n一、法治政府建設工作開展情況\n我局將學法納入理論學習中心組學習內容,今年共計學習12次。\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某縣自然資源局2025年度法治政府建設工作報告")
    );
    assert_eq!(r.meta.year, Some(2025));
    assert_eq!(r.meta.published, date(2025, 12, 24));
    assert_eq!(r.meta.clutter_lines, vec![2]);
    assert_eq!(r.meta.issuer.as_deref(), Some("某某縣自然資源局"));
}

#[test]
fn a_news_headline_naming_the_work_is_no_report() {
    let r = parse(
        "某某县人大常委会调研指导法治政府建设工作\n\n(发布于:2023-12-08 18:00)\n\n12月8日下午,县人大常委会副主任某某带领调研组开展调研。\n\n调研组对我县工作给予充分肯定。\n\n\n主办:某某县人民政府办公室\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("某某县人大常委会调研指导法治政府建设工作")
    );
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(r.meta.published, date(2023, 12, 8));
    assert_eq!(r.meta.clutter_lines, vec![3, 10]);
}

#[test]
fn a_column_name_and_a_share_counter_are_clutter() {
    let r = parse(
        "某某要闻\n\n全省唯一 某某县入选第二批全国法治政府建设示范地区名单\n\n来源: 某某网   作者:某某\n2023-01-13 10:04:14\n分享:\n\n1\n\n  某某网讯(记者 某某)近日,某某县入选示范地区名单,是全省唯一入选的县。\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![1, 5, 6, 7, 9]);
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(
        r.meta.title.as_deref(),
        Some("全省唯一 某某县入选第二批全国法治政府建设示范地区名单")
    );
}

#[test]
fn a_headline_tagged_with_its_column_is_no_disclosure_row() {
    let r = parse(
        "【文字解读】《某某区人民政府关于2024年法治政府建设情况的报告》文件解读\n\n字体大小:【\n浏览次数:信息来源: 区司法局发布时间:2025-11-07 16:34\n\n一、背景依据\n\n全面依法治国是国家治理的一场深刻革命,法治政府建设是全面依法治国的重点任务。\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![3, 4]);
    assert!(r.meta.title.is_some());
    assert_eq!(r.meta.genre, Genre::Other);
}

#[test]
fn letter_spaced_disclosure_labels() {
    let r = parse(
        "- 设为首页\n- 加入收藏\n\n名 称: 某某区2024年法治政府建设工作报告\n索 引 号: 000014349/2025-17645 发布日期: 2025-02-28 发布机构: 某某区司法局\n文 号: 文件分类: 所属机构:\n某某区2024年法治政府建设工作报告\n2024年,某某区坚持依法行政,深入推进法治政府建设。现将工作情况报告如下。\n一、主要举措及成效\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![1, 2, 4, 5, 6]);
    assert_eq!(r.meta.published, date(2025, 2, 28));
}

#[test]
fn an_articles_spam_bar_debris_and_byline() {
    let r = parse(
        "• \n\n      某某热门_某某精品_某某视频_某某在线\n\n      ?\n\n      法治政府建设年度报告制度:生成逻辑与未来展望\n      ——基于某某份样本的考察\n\n      2021-12-28 03:54:19某某某\n      某某研究 2021年6期\n      关键词:年度报告报告行政\n\n      引 言\n\n      法治政府建设年度报告制度是推动法治政府建设的重要机制,近年来受到广泛关注。\n",
    );
    assert_eq!(
        r.meta.title.as_deref(),
        Some("法治政府建设年度报告制度:生成逻辑与未来展望")
    );
    assert_eq!(r.meta.genre, Genre::Other);
    for line in [1, 3, 5, 10] {
        assert!(
            r.meta.clutter_lines.contains(&line),
            "{line}: {:?}",
            r.meta.clutter_lines
        );
    }
}

#[test]
fn a_news_lead_after_a_reporters_credit_names_no_issuer() {
    let r = parse(
        "(记者 某某)3月20日上午,某某县创建省级法治政府建设示范县实地核验工作汇报会举行。省司法厅、市司法局的相关领导参加。\n某某县县委、县政府历来高度重视法治政府建设工作,统筹部署全县法治政府建设工作。\n",
    );
    assert_eq!(r.meta.genre, Genre::Other);
    assert_eq!(r.meta.issuer, None);
}

#[test]
fn a_speech_title_over_debris_is_not_the_header() {
    let r = parse(
        "县长在2017年县政府全体会议上的讲话\n\n``\n同志们:今天,我们召开本届县政府第一次全体会议,部署全年工作。\n",
    );
    assert_eq!(r.meta.clutter_lines, vec![3]);
    assert_eq!(r.meta.genre, Genre::Other);
}
