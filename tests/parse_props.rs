//! Property tests: for arbitrary input the parser does not panic, every span lies on
//! char boundaries inside the text, and the node spans tile the report text in order.

use std::path::PathBuf;

use baogao::load::decode;
use baogao::{parse_report, Report};
use proptest::prelude::*;

/// Pieces real reports are made of, so generated texts hit the parser's paths often:
/// markers of every family (whole and damaged), points, separators, spaces, clutter.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_string()),
        Just("十二、".to_string()),
        Just("(一)".to_string()),
        Just("\u{ff08}二\u{ff09}".to_string()),
        Just(")".to_string()),
        Just("七)".to_string()),
        Just("(七".to_string()),
        Just("1.".to_string()),
        Just("2、".to_string()),
        Just("(1)".to_string()),
        Just("①".to_string()),
        Just("一是".to_string()),
        Just("二是".to_string()),
        Just("是".to_string()),
        Just("。".to_string()),
        Just(";".to_string()),
        Just("\u{ff1a}".to_string()),
        Just(",".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("《".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("\u{3000}".to_string()),
        Just("\u{a0}".to_string()),
        Just("来源:".to_string()),
        Just("版权所有".to_string()),
        Just("2021年1月2日".to_string()),
        Just("行政复议案件220件".to_string()),
        "[\\p{Han}]{1,6}",
        "[a-z0-9 .]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

fn check_invariants(r: &Report) -> Result<(), TestCaseError> {
    let text = &*r.text;
    let ok = |pos: usize| pos <= text.len() && text.is_char_boundary(pos);
    prop_assert!(ok(r.preamble.start) && ok(r.preamble.end));
    prop_assert!(r.preamble.start <= r.preamble.end);
    for (i, n) in r.nodes.iter().enumerate() {
        for pos in [n.span.start, n.span.end, n.body.start, n.body.end] {
            prop_assert!(ok(pos), "node {i} offset {pos} not a char boundary");
        }
        prop_assert!(n.span.start <= n.body.start, "node {i}: head reversed");
        prop_assert!(n.body.start <= n.body.end, "node {i}: body reversed");
        prop_assert!(n.body.end <= n.span.end, "node {i}: body past span");
        prop_assert!(
            n.line >= 1 && n.line <= r.line_count(),
            "node {i}: line {}",
            n.line
        );
        prop_assert_eq!(r.line_of(n.span.start), n.line);
        // Children tile the parent's span after its body.
        if let Some(&first) = n.children.first() {
            prop_assert_eq!(n.body.end, r.nodes[first].span.start);
        }
        for pair in n.children.windows(2) {
            prop_assert_eq!(r.nodes[pair[0]].span.end, r.nodes[pair[1]].span.start);
        }
        if let Some(&last) = n.children.last() {
            prop_assert_eq!(r.nodes[last].span.end, n.span.end);
        }
    }
    // In document order, each node's own text ends where the next node starts.
    for pair in r.nodes.windows(2) {
        prop_assert_eq!(pair[0].body.end, pair[1].span.start);
    }
    if let Some(first) = r.nodes.first() {
        prop_assert_eq!(r.preamble.end, first.span.start);
    }
    for pair in r.roots.windows(2) {
        prop_assert_eq!(r.nodes[pair[0]].span.end, r.nodes[pair[1]].span.start);
    }
    for d in &r.diagnostics {
        prop_assert!(d.line >= 1 && d.line <= r.line_count());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn report_like_text_keeps_the_invariants(t in text()) {
        let r = parse_report(PathBuf::from("p.txt"), t);
        check_invariants(&r)?;
    }

    #[test]
    fn arbitrary_text_keeps_the_invariants(t in "\\PC{0,400}") {
        let r = parse_report(PathBuf::from("p.txt"), t);
        check_invariants(&r)?;
    }

    #[test]
    fn arbitrary_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(decoded) = decode(&bytes) {
            prop_assert!(!decoded.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            let r = parse_report(PathBuf::from("b.txt"), decoded.text);
            check_invariants(&r)?;
        }
    }
}
