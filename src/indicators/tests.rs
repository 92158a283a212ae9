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
