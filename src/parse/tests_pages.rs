//! Parser tests for page layouts and phrasings met on held-out report pages (pages the
//! reader was not tuned on): each test is a small text made here in the same shape.

use std::path::PathBuf;

use super::parse_report;
use crate::report::{Genre, Report};

fn parse(text: &str) -> Report {
    parse_report(PathBuf::from("t.txt"), text.to_string())
}

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
