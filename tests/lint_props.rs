//! Property tests: for arbitrary text made of the pieces reports are made of, the review
//! never panics, every finding names a registered rule with its severity and stands on a
//! line of the text, and the memo and the baseline can be made from any findings.

use baogao::lint::baseline::Baseline;
use baogao::lint::{check_with, rules, Settings};
use baogao::parse_report;
use proptest::prelude::*;

/// Pieces that reach the review's paths: markers and points of every kind, brackets and
/// quotes (both widths, and an apostrophe), stops, place names, standard formulations
/// right and wrong, years, spam, format characters, blank lines.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_string()),
        Just("(二)".to_string()),
        Just("\u{ff08}三\u{ff09}".to_string()),
        Just(")".to_string()),
        Just("1.".to_string()),
        Just("2、".to_string()),
        Just("（１）".to_string()),
        Just("①".to_string()),
        Just("一是".to_string()),
        Just("二是".to_string()),
        Just("三是".to_string()),
        Just("是".to_string()),
        Just("一要".to_string()),
        Just("第二，".to_string()),
        Just("首先".to_string()),
        Just("。".to_string()),
        Just("，".to_string()),
        Just(",".to_string()),
        Just("；".to_string()),
        Just("：".to_string()),
        Just("、".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’99".to_string()),
        Just("《".to_string()),
        Just("》".to_string()),
        Just("（".to_string()),
        Just("）".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{3000}\u{3000}".to_string()),
        Just("\u{200b}".to_string()),
        Just("坡头镇南调镇".to_string()),
        Just("法制政府".to_string()),
        Just("显着".to_string()),
        Just("新时代中国特色社会主义思想".to_string()),
        Just("习近平".to_string()),
        Just("2021年".to_string()),
        Just("法治政府建设年度报告".to_string()),
        Just("存在的不足".to_string()),
        Just("下一步工作安排".to_string()),
        Just("bt365体育_365bet".to_string()),
        Just("发布时间:2021-03-04".to_string()),
        Just("加强组织领导进一步压实责任".to_string()),
        "[\u{4e00}-\u{4e30}]{1,12}".prop_map(|s| s),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_review_never_panics_and_findings_stand_on_lines(text in text()) {
        let report = parse_report("p.txt".into(), text);
        let ids = rules::all();
        for genre in [None, Some(baogao::report::Genre::FazhiAnnual)] {
            let settings = Settings { genre, ..Settings::default() };
            let found = check_with(&report, &settings);
            for d in &found {
                let rule = ids.iter().find(|r| r.id == d.rule);
                prop_assert!(rule.is_some(), "unregistered rule {}", d.rule);
                prop_assert_eq!(rule.unwrap().severity, d.severity);
                prop_assert!(d.line >= 1 && d.line <= report.line_count().max(1), "{:?}", d);
            }
            let all = vec![(&report, found)];
            let mut memo = Vec::new();
            baogao::cli::memo::write(&mut memo, &all).unwrap();
            prop_assert!(String::from_utf8(memo).is_ok());
            let baseline = Baseline::record(&all);
            let left = baseline.filter(all);
            prop_assert!(left[0].1.is_empty());
        }
    }
}
