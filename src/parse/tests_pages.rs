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
