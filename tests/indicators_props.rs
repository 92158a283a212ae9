//! Property tests: the extractor never panics on any text (it slices strings by byte
//! offsets, so every cut must fall on a char boundary), and what it reports is
//! consistent with the text.

use baogao::indicators::{extract, numbers};
use proptest::prelude::*;

/// Text made of the pieces figures are made of, in any order: digits (ASCII and
/// full-width), separators, multipliers, qualifiers, units, brackets and punctuation.
fn figure_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "1",
        "23",
        "4.5",
        "０",
        "７８",
        "，",
        ",",
        ".",
        "．",
        "万",
        "亿",
        "千",
        "余",
        "多",
        "近",
        "约",
        "超过",
        "以上",
        "件",
        "人次",
        "个月",
        "年",
        "元",
        "%",
        "％",
        "百分之",
        "九十五",
        "点",
        "五",
        "《",
        "》",
        "“",
        "”",
        "第",
        "-",
        "+",
        "增长",
        "同比",
        "受理行政复议案件",
        "调解成功",
        "。",
        "；",
        "\n",
        "一、",
        "(一)",
        "的",
        "和",
        "、",
        "a",
        "ICP",
        " ",
        "\u{3000}",
        "😀",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn scan_never_panics_and_ranges_are_on_char_boundaries(line in figure_soup()) {
        let line = line.replace('\n', "");
        for lx in numbers::scan(&line) {
            prop_assert!(line.is_char_boundary(lx.raw.start) && line.is_char_boundary(lx.raw.end));
            prop_assert!(lx.outer.start <= lx.raw.start && lx.raw.end <= lx.outer.end);
            prop_assert!(lx.value.is_finite() && lx.value >= 0.0);
        }
    }

    #[test]
    fn extract_never_panics_and_figures_match_the_text(text in figure_soup()) {
        let report = baogao::parse_report("soup.txt".into(), text.as_str());
        for f in extract(&report) {
            prop_assert_eq!(&report.text[f.span.clone()], f.raw.as_str());
            prop_assert!(f.sentence.start <= f.span.start && f.span.end <= f.sentence.end);
            prop_assert_eq!(report.line_of(f.span.start), f.line);
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let report = baogao::parse_report("any.txt".into(), text.as_str());
        let _ = extract(&report);
    }
}
