//! Tests of `extract` on whole reports.

use super::*;
use crate::samples;

fn sample(name: &str) -> Report {
    samples::reports()
        .unwrap()
        .into_iter()
        .find(|r| r.name == name)
        .unwrap()
}

#[test]
fn figures_carry_positions_and_sentences() {
    let report = sample("dandong-2021");
    let figures = extract(&report);
    assert!(!figures.is_empty());
    for f in &figures {
        assert_eq!(&report.text[f.span.clone()], f.raw);
        assert_eq!(report.line_of(f.span.start), f.line);
        assert!(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end);
        assert!(f.node.is_some(), "{f:?}");
    }
}

#[test]
fn no_figures_in_clutter_title_or_signature() {
    for report in samples::reports().unwrap() {
        for f in extract(&report) {
            assert!(!report.is_clutter_line(f.line), "{} {f:?}", report.name);
            assert!(!report.meta.title_lines.contains(&f.line));
            assert!(!report.meta.signature_lines.contains(&f.line));
        }
    }
}

#[test]
fn growth_rates_are_their_own_kind() {
    let report = sample("shunyi-2023");
    let figures = extract(&report);
    let g = figures.iter().find(|f| f.raw == "72.4%").unwrap();
    assert_eq!(g.kind, Kind::Growth);
    assert_eq!(g.key, None);
    let cases = figures.iter().find(|f| f.raw == "1055件").unwrap();
    assert_eq!(cases.key, Some("reconsideration_cases"));
}

#[test]
fn figures_of_a_section_include_its_subsections() {
    let report = sample("dandong-2021");
    let figures = extract(&report);
    let top = report.roots[4]; // 五、依法有效化解社会矛盾纠纷
    let inside = in_section(&report, &figures, top);
    assert!(inside.iter().any(|f| f.raw == "220件"));
    assert!(inside.iter().any(|f| f.raw == "6336件"));
    assert!(inside.iter().all(|f| f.line >= report.nodes[top].line));
    let first = report.nodes[top].children[0];
    assert!(in_section(&report, &figures, first).len() < inside.len());
    assert!(in_section(&report, &figures, usize::MAX).is_empty());
}

#[test]
fn figures_in_cited_titles_and_page_chrome_are_left_out() {
    let report = sample("dandong-2021");
    // 《2021年bt365…推进法治政府建设工作要点》 and the spam inside it hold no figure.
    assert!(extract(&report).iter().all(|f| f.line != 2));
}
