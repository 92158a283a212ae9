//! Heading search and full-text search on the five sample reports, through the library
//! and through `baogao search`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use assert_cmd::Command;
use baogao::search::{fold, SearchIndex, Searcher, TextIndex};
use baogao::Report;
use serde_json::Value;

fn samples() -> (Vec<Report>, SearchIndex) {
    let reports = baogao::samples::reports().unwrap();
    let index = SearchIndex::build(&reports);
    (reports, index)
}

/// (report, node) of every heading whose title, folded to simplified, contains all of
/// `words`: what a search for them must find, computed independently of the matcher.
fn headings_containing(reports: &[Report], words: &[&str]) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    for (r, report) in reports.iter().enumerate() {
        for (n, node) in report.nodes.iter().enumerate() {
            let simplified = fold::simplified(&node.title).text;
            if words.iter().all(|w| simplified.contains(w)) {
                out.insert((r, n));
            }
        }
    }
    out
}

fn chars_at(title: &str, matched: &[usize]) -> String {
    let chars: Vec<char> = title.chars().collect();
    matched.iter().map(|&i| chars[i]).collect()
}

#[test]
fn xingzheng_fuyi_is_found_three_ways_and_ranked_first() {
    let (reports, index) = samples();
    let expected = headings_containing(&reports, &["行政复议"]);
    let places: BTreeSet<usize> = expected.iter().map(|&(r, _)| r).collect();
    assert!(places.len() >= 3, "samples changed: {expected:?}");
    for query in ["行政复议", "xzfy", "行政復議", "xingzhengfuyi"] {
        let hits = index.search(query, 50);
        assert!(hits.len() >= expected.len(), "{query}: {hits:?}");
        let top: BTreeSet<(usize, usize)> = hits[..expected.len()]
            .iter()
            .map(|h| (h.report, h.node))
            .collect();
        assert_eq!(
            top, expected,
            "{query}: the 行政复议 headings are not ranked first"
        );
        // Everything ranked below scores strictly less.
        let worst_top = hits[expected.len() - 1].score;
        assert!(
            hits[expected.len()..].iter().all(|h| h.score < worst_top),
            "{query}"
        );
        for h in &hits[..expected.len()] {
            let title = &reports[h.report].nodes[h.node].title;
            assert_eq!(
                chars_at(title, &h.matched),
                "行政复议",
                "{query} in {title}"
            );
        }
    }
}

#[test]
fn pinyin_initials_of_two_words_find_fazhi_zhengfu_shifan_chuangjian() {
    let (reports, index) = samples();
    let expected = headings_containing(&reports, &["法治政府", "示范创建"]);
    assert!(expected.len() >= 3);
    let hits = index.search("fzzf sfcj", 20);
    let found: BTreeSet<(usize, usize)> = hits.iter().map(|h| (h.report, h.node)).collect();
    assert!(found.is_superset(&expected), "{hits:?}");
    // The traditional report's heading, highlighted on its own characters.
    let shunyi = reports
        .iter()
        .position(|r| r.name == "shunyi-2023")
        .unwrap();
    let hit = hits.iter().find(|h| h.report == shunyi).unwrap();
    let title = &reports[shunyi].nodes[hit.node].title;
    assert!(title.contains("法治政府建設示範創建"), "{title}");
    assert_eq!(chars_at(title, &hit.matched), "法治政府示範創建");
}

#[test]
fn simplified_query_highlights_traditional_characters() {
    let (reports, index) = samples();
    let hits = index.search("示范创建", 20);
    let shunyi = reports
        .iter()
        .position(|r| r.name == "shunyi-2023")
        .unwrap();
    let hit = hits
        .iter()
        .find(|h| h.report == shunyi)
        .expect("shunyi heading");
    let title = &reports[shunyi].nodes[hit.node].title;
    assert_eq!(chars_at(title, &hit.matched), "示範創建");
    // And the positions are those of the characters in the title.
    let start = title.chars().position(|c| c == '示').unwrap();
    assert_eq!(hit.matched, (start..start + 4).collect::<Vec<_>>());
}

#[test]
fn a_query_that_matches_nothing_returns_nothing() {
    let (_, index) = samples();
    for query in ["量子计算", "qwerty", "'复工", "行政复议 量子"] {
        assert!(index.search(query, 50).is_empty(), "{query}");
    }
    assert!(index.search("   ", 50).is_empty());
}

#[test]
fn every_term_must_match_in_any_order() {
    let (reports, index) = samples();
    for query in ["执法 监督", "监督 执法"] {
        let hits = index.search(query, 100);
        assert!(!hits.is_empty());
        for h in &hits {
            let title = fold::simplified(&reports[h.report].nodes[h.node].title).text;
            let chars = |w: &str| w.chars().all(|c| title.contains(c));
            assert!(chars("执法") && chars("监督"), "{query}: {title}");
        }
    }
}

#[test]
fn exact_term_needs_a_substring() {
    let (reports, index) = samples();
    let hits = index.search("'复议工作", 10);
    assert_eq!(hits.len(), 1);
    assert_eq!(
        reports[hits[0].report].nodes[hits[0].node].title,
        "加强行政复议工作"
    );
    // The fuzzy form of the same letters finds it too.
    assert!(!index.search("复工", 10).is_empty());
}

#[test]
fn word_start_ranks_xingzheng_fuyi_above_fuhe_yiding() {
    let text = "一、复核议定事项\n正文。\n二、加强行政复议\n正文。\n";
    let report = baogao::parse_report(PathBuf::from("t.txt"), text);
    assert_eq!(report.nodes.len(), 2);
    let index = SearchIndex::build(std::slice::from_ref(&report));
    let hits = index.search("复议", 10);
    assert_eq!(hits.len(), 2);
    assert_eq!(report.nodes[hits[0].node].title, "加强行政复议");
    assert!(hits[0].score > hits[1].score);
}

#[test]
fn incremental_search_equals_a_fresh_search() {
    let (_, index) = samples();
    let index = Arc::new(index);
    for query in ["xzfy", "法治政府建设", "fzzf sfcj", "xz复议"] {
        let mut searcher = Searcher::new(Arc::clone(&index));
        let chars: Vec<char> = query.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            assert_eq!(
                searcher.search(&prefix, 30),
                index.search(&prefix, 30),
                "{prefix}"
            );
        }
        // Backspacing widens again.
        assert_eq!(searcher.search("x", 30), index.search("x", 30));
    }
}

#[test]
fn full_text_finds_traditional_body_text() {
    let reports = baogao::samples::reports().unwrap();
    let text = TextIndex::build(&reports);
    let hits = text.search(&reports, "行政复议", 500);
    let shunyi = reports
        .iter()
        .position(|r| r.name == "shunyi-2023")
        .unwrap();
    let in_shunyi: Vec<_> = hits.iter().filter(|h| h.report == shunyi).collect();
    assert!(in_shunyi.len() >= 5);
    for h in &in_shunyi {
        assert_eq!(&reports[shunyi].text[h.range.clone()], "行政復議");
        assert!(reports[shunyi].line_text(h.line).contains("行政復議"));
    }
    assert!(text.search(&reports, "量子计算", 10).is_empty());
}

fn search_json(args: &[&str]) -> (Vec<Value>, i32) {
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("search")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    let rows = serde_json::from_slice(&out.stdout).unwrap();
    (rows, out.status.code().unwrap())
}

#[test]
fn cli_json_fields() {
    let (rows, code) = search_json(&["xzfy", "samples", "--limit", "3"]);
    assert_eq!(code, 0);
    assert_eq!(rows.len(), 3);
    for row in &rows {
        for field in [
            "path",
            "line",
            "level",
            "number",
            "title",
            "heading_path",
            "score",
            "matched",
        ] {
            assert!(row.get(field).is_some(), "{field} missing in {row}");
        }
        let title = row["title"].as_str().unwrap();
        let matched: Vec<usize> = row["matched"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap() as usize)
            .collect();
        assert_eq!(chars_at(title, &matched), "行政复议");
    }
    let houma = rows
        .iter()
        .find(|r| r["path"].as_str().unwrap().contains("houma"))
        .unwrap();
    assert_eq!(houma["number"], "一是");
    assert_eq!(houma["heading_path"].as_array().unwrap().len(), 2);
}

#[test]
fn cli_no_match_exits_1_and_text_mode_finds_body() {
    let (rows, code) = search_json(&["量子计算", "samples"]);
    assert!(rows.is_empty());
    assert_eq!(code, 1);
    let (rows, code) = search_json(&["行政复议", "samples", "--text", "--limit", "200"]);
    assert_eq!(code, 0);
    assert!(
        rows.iter()
            .any(|r| r["path"].as_str().unwrap().contains("shunyi")
                && r["matched_text"] == "行政復議")
    );
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["search", "示范创建", "samples"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[示範創建]"), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in piped output");
}
