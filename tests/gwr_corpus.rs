//! The 41 national 政府工作报告 in `../shared/corpus/gwr` (Wikisource copies, 1954–2013):
//! each reads with a title naming the genre, the year it was delivered, the issuer
//! `国务院` and no region, and keeps its structure: every line that opens with a heading
//! marker and its text is a node, every `（一）` sits under a `一、` once one has come, every
//! `一是` opening a line (or standing alone above its text) is a point, and the page
//! clutter (the licence note and template lines) is only the tail after the last node.
//! Skips with a note when `../shared` is absent.

use std::path::{Path, PathBuf};

use baogao::report::{MarkerStyle, NodeKind, Report};

fn corpus() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gwr");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: ../shared/corpus/gwr is absent; the work-report corpus test is skipped");
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(files)
}

fn read(path: &Path) -> Report {
    let source = baogao::load::load_file(path).unwrap();
    baogao::parse_report(source.path, source.text)
}

/// The marker that opens a line when text follows it on the line: `一、…`, `（一）…`.
fn heading_marker(line: &str) -> Option<MarkerStyle> {
    let s = line.trim_start_matches([' ', '\u{3000}', '\t']);
    let numerals = s
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let byte = |n: usize| s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len());
    if numerals > 0 && s[byte(numerals)..].starts_with('、') {
        let rest = s[byte(numerals + 1)..].trim();
        return (!rest.is_empty()).then_some(MarkerStyle::ChineseComma);
    }
    let inner = s.strip_prefix(['（', '('])?;
    let numerals = inner
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    let at = inner
        .char_indices()
        .nth(numerals)
        .map(|(i, _)| i)
        .unwrap_or(inner.len());
    let rest = inner[at..].strip_prefix(['）', ')'])?;
    (numerals > 0 && !rest.trim().is_empty()).then_some(MarkerStyle::ChineseParen)
}

#[test]
fn work_reports_read_with_their_title_year_issuer_and_structure() {
    let Some(files) = corpus() else {
        return;
    };
    assert!(files.len() >= 40, "{} files", files.len());
    for path in files {
        let r = read(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let year: i32 = name
            .trim_start_matches("gwr-")
            .trim_end_matches(".txt")
            .parse()
            .unwrap();
        let m = &r.meta;
        let title = m.title.as_deref().unwrap_or_default();
        assert!(title.contains("政府工作报告"), "{name}: title {title:?}");
        assert_eq!(m.year, Some(year), "{name}: year");
        assert_eq!(m.issuer.as_deref(), Some("国务院"), "{name}: issuer");
        // A national body is its own region.
        assert_eq!(m.region.as_deref(), Some("国务院"), "{name}: region");
        assert_eq!(m.genre.as_str(), "work-report", "{name}: genre");

        let last_node = r.nodes.iter().map(|n| n.line).max().unwrap_or(0);
        for &line in &m.clutter_lines {
            assert!(
                line > last_node,
                "{name}: clutter line {line} inside the report"
            );
        }
        for n in 1..=r.line_count() {
            let text = r.line_text(n);
            if r.is_clutter_line(n) {
                continue;
            }
            if let Some(style) = heading_marker(text) {
                assert!(
                    r.nodes.iter().any(|x| x.line == n && x.style == style),
                    "{name}:{n}: heading {text:?} not in the outline"
                );
            }
            let trimmed = text.trim_start_matches([' ', '\u{3000}']);
            let point = trimmed
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .count();
            if point > 0 && trimmed.chars().nth(point) == Some('是') {
                assert!(
                    r.nodes
                        .iter()
                        .any(|x| x.line == n && x.kind == NodeKind::Point),
                    "{name}:{n}: point {trimmed:?} not in the outline"
                );
            }
        }
        // `（一）` under `一、` once the report has had a `一、`.
        let mut seen_top = false;
        for (i, node) in r.nodes.iter().enumerate() {
            match node.style {
                MarkerStyle::ChineseComma => seen_top = true,
                MarkerStyle::ChineseParen if seen_top => {
                    let under = r
                        .heading_path(i)
                        .iter()
                        .any(|&a| r.nodes[a].style == MarkerStyle::ChineseComma);
                    assert!(
                        under,
                        "{name}:{}: {} outside any 一、",
                        node.line, node.number
                    );
                }
                _ => {}
            }
        }
    }
}
