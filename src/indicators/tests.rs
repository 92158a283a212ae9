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
    assert_eq!(cases.key, Some("reconsideration_received"));
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

/// A report of one long line without 。: `n` clauses of two figures each.
fn long_line(n: usize, comma: bool) -> Report {
    let sep = if comma { "，" } else { " " };
    let mut text = String::from("一、总体情况\n");
    for i in 0..n {
        text.push_str(&format!(
            "全年共受理行政复议案件{}件{sep}审结{}件{sep}",
            100 + i % 800,
            50 + i % 700
        ));
    }
    text.push('\n');
    crate::parse_report("long.txt".into(), text.as_str())
}

#[test]
fn a_long_line_without_full_stops_keeps_contexts_bounded() {
    // Regression (issue 10, item 7): every figure carried the whole 200 KB sentence.
    for comma in [true, false] {
        let report = long_line(5000, comma);
        assert!(report.text.len() > 200_000);
        let figures = extract(&report);
        assert_eq!(figures.len(), 10_000);
        for f in &figures {
            let n = f.sentence_text(&report).chars().count();
            assert!(n <= 2 * CONTEXT_CHARS + f.raw.chars().count(), "{n}");
            assert!(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end);
        }
    }
}

#[test]
fn a_long_line_costs_linear_time() {
    // Regression (issue 10, item 7): 200 KB without 。 took 7.6 s (quadratic). Four
    // times the text must cost well under sixteen times the time; the bound is generous
    // for a shared machine.
    let time = |n: usize| {
        let report = long_line(n, false);
        crate::segment::jieba();
        let t = std::time::Instant::now();
        let k = extract(&report).len();
        (t.elapsed().as_secs_f64(), k)
    };
    let _ = time(200);
    let (small, _) = time(1000);
    let (large, k) = time(4000);
    assert_eq!(k, 8000);
    assert!(large < small * 10.0 + 0.05, "{small:.3}s vs {large:.3}s");
}

#[test]
fn context_is_the_sentence_when_short() {
    let text = "一、总体情况\n前一句。全年受理行政复议案件30件,审结28件。后一句。\n";
    let report = crate::parse_report("s.txt".into(), text);
    let figures = extract(&report);
    assert_eq!(
        figures[0].sentence_text(&report),
        "全年受理行政复议案件30件,审结28件。"
    );
    assert_eq!(
        figures[1].sentence_text(&report),
        "全年受理行政复议案件30件,审结28件。"
    );
}

#[test]
fn a_count_given_with_its_share_of_a_total_is_a_part() {
    let report = crate::parse_report(
        "t.txt".into(),
        "一、收案情况\n全年共收到行政复议申请1500件,其中依法受理1320件,占收案总数的88%;以县政府为被申请人的复议案件210件,占14%。\n",
    );
    let figures = extract(&report);
    let key = |raw: &str| figures.iter().find(|f| f.raw == raw).unwrap().key;
    assert_eq!(key("1500件"), Some("reconsideration_received"));
    assert_eq!(key("1320件"), None);
    assert_eq!(key("210件"), None);
}

#[test]
fn corrections_given_as_a_share_of_the_concluded_keep_their_key() {
    let report = crate::parse_report(
        "t.txt".into(),
        "一、审理情况\n全县收到行政复议申请300件,审结280件,维持原行政行为190件;撤销、变更、确认违法的有21件,占审结数的7.5%;其中撤销9件,占审结数的3.2%。\n",
    );
    let figures = extract(&report);
    let key = |raw: &str| figures.iter().find(|f| f.raw == raw).unwrap().key;
    assert_eq!(key("21件"), Some("reconsideration_corrected"));
    // One corrective decision alone stays a part.
    assert_eq!(key("9件"), None);
}
