//! Tests for `wrap`: widths, Chinese line-breaking rules, words and digit runs kept whole,
//! wide characters at odd edges, and properties over generated text.

use super::*;
use proptest::prelude::*;

fn rows(text: &str, width: usize) -> Vec<&str> {
    wrap(text, width).into_iter().map(|r| &text[r]).collect()
}

fn widths(text: &str, width: usize) -> Vec<usize> {
    rows(text, width).into_iter().map(str_width).collect()
}

#[test]
fn empty_line_is_one_empty_row() {
    assert_eq!(rows("", 10), vec![""]);
}

#[test]
fn chinese_fills_rows_by_display_width() {
    assert_eq!(
        rows("一二三四五六七八", 6),
        vec!["一二三", "四五六", "七八"]
    );
}

#[test]
fn wide_character_never_split_at_odd_edge() {
    // Width 7: three characters fill 6 columns; the fourth does not fit the seventh
    // column and starts the next row.
    assert_eq!(
        rows("一二三四五六七八", 7),
        vec!["一二三", "四五六", "七八"]
    );
    assert_eq!(widths("一二三四五六七八", 7), vec![6, 6, 4]);
    // After one narrow character, wide ones end flush at an odd width.
    assert_eq!(rows("a一二三四", 5), vec!["a一二", "三四"]);
}

#[test]
fn full_width_comma_does_not_start_a_row() {
    let text = "一二三\u{ff0c}四五";
    // Width 6 ends after 三; the comma would start row two, so 三 moves with it.
    assert_eq!(rows(text, 6), vec!["一二", "三\u{ff0c}四", "五"]);
}

#[test]
fn every_closing_mark_stays_with_what_precedes_it() {
    for mark in [
        "\u{ff0c}", "。", "、", "\u{ff1b}", "\u{ff1a}", "\u{ff1f}", "\u{ff01}", "\u{ff09}", "》",
        "」", "”",
    ] {
        let text = format!("一二三{mark}四五");
        let r = rows(&text, 6);
        assert!(!r[1].starts_with(mark), "{mark:?} starts a row in {r:?}");
        assert_eq!(r.concat(), text);
    }
}

#[test]
fn ascii_closing_marks_stay_with_what_precedes_them() {
    for mark in [",", ".", ";", ":", "?", "!", ")"] {
        let text = format!("一二三{mark}四五");
        let r = rows(&text, 6);
        assert!(!r[1].starts_with(mark), "{mark:?} starts a row in {r:?}");
        assert!(r.iter().all(|row| str_width(row) <= 6));
    }
}

#[test]
fn opening_marks_do_not_end_a_row() {
    for mark in ["\u{ff08}", "《", "「", "“", "("] {
        let text = format!("一二{mark}三四五");
        let r = rows(&text, 6);
        assert!(!r[0].ends_with(mark), "{mark:?} ends a row in {r:?}");
        assert!(r[1].starts_with(mark), "{r:?}");
    }
}

#[test]
fn quotes_and_brackets_keep_their_contents_company() {
    // 》 and 。 both cling to 例; the whole 例》。 moves to the next row.
    let text = "学习《条例》。下一句";
    let r = rows(text, 10);
    assert_eq!(r, vec!["学习《条", "例》。下一", "句"]);
}

#[test]
fn digit_runs_are_kept_whole() {
    let text = "办理案件876件";
    // 876 would be split at width 11 (8 + 3 = 11 columns for 办理案件8); it moves whole.
    assert_eq!(rows(text, 10), vec!["办理案件", "876件"]);
    assert_eq!(
        rows("网上可办率达到90%以上", 16),
        vec!["网上可办率达到", "90%以上"]
    );
    assert_eq!(rows("增长3.5倍", 5), vec!["增长", "3.5倍"]);
    assert_eq!(rows("共计1,234件", 8), vec!["共计", "1,234件"]);
}

#[test]
fn percent_sign_does_not_start_a_row() {
    let r = rows("达到九十\u{ff05}以上", 8);
    assert!(!r[1].starts_with('\u{ff05}'), "{r:?}");
}

#[test]
fn latin_words_and_addresses_are_kept_whole() {
    assert_eq!(
        rows("see www.gov.cn now", 12),
        vec!["see", "www.gov.cn", "now"]
    );
    assert_eq!(
        rows("备案号ICP备12345678号", 12),
        vec!["备案号ICP备", "12345678号"]
    );
    assert_eq!(
        rows("the quick brown fox", 10),
        vec!["the quick", "brown fox"]
    );
}

#[test]
fn a_word_longer_than_the_row_is_broken_by_characters() {
    assert_eq!(rows("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    assert_eq!(rows("12345678901", 5), vec!["12345", "67890", "1"]);
}

#[test]
fn spaces_at_a_break_are_dropped_but_indentation_is_kept() {
    assert_eq!(rows("  indented text", 10), vec!["  indented", "text"]);
    assert_eq!(
        rows("\u{3000}\u{3000}二〇二〇年", 8),
        vec!["\u{3000}\u{3000}二〇", "二〇年"]
    );
}

#[test]
fn full_width_digits_are_a_word() {
    let text = "共\u{ff11}\u{ff12}\u{ff13}件";
    // Six columns of digits: they move whole, and 件 cannot follow them within 7.
    assert_eq!(rows(text, 7), vec!["共", "\u{ff11}\u{ff12}\u{ff13}", "件"]);
}

#[test]
fn tiny_widths_still_terminate_and_hold_a_wide_character() {
    assert_eq!(rows("一二三", 1), vec!["一", "二", "三"]);
    assert_eq!(rows("一二三", 0), vec!["一", "二", "三"]);
    assert_eq!(rows("ab", 1), vec!["ab"]);
}

#[test]
fn a_run_of_closing_marks_longer_than_the_row_still_fits() {
    let text = "。。。。。。。。";
    assert!(widths(text, 4).iter().all(|&w| w <= 4));
    assert_eq!(rows(text, 4).concat(), text);
}

const VOCAB: &[&str] = &[
    "法", "治", "政", "府", "建", "设", "年", "度", "报", "告", "\u{ff0c}", "。", "、", "\u{ff1b}",
    "\u{ff1a}", "\u{ff08}", "\u{ff09}", "《", "》", "“", "”", "2020", "876", "90%", "3.5", "ICP",
    "a", " ", ",", "(", ")", ":", "\u{3000}",
];

fn text_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(VOCAB), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn rows_fit_cover_the_text_in_order_and_drop_only_spaces(text in text_strategy(), width in 2usize..40) {
        let ranges = wrap(&text, width);
        let mut pos = 0;
        for r in &ranges {
            prop_assert!(r.start >= pos);
            prop_assert!(text[pos..r.start].chars().all(|c| c == ' ' || c == '\u{3000}'), "dropped non-space");
            prop_assert!(str_width(&text[r.clone()]) <= width, "row too wide: {:?}", &text[r.clone()]);
            pos = r.end;
        }
        let rest_is_space = text[pos..].chars().all(|c| c == ' ' || c == '\u{3000}');
        prop_assert!(rest_is_space);
    }

    #[test]
    fn rules_hold_when_the_row_is_wide_enough(text in text_strategy(), width in 8usize..40) {
        // The rules can only be kept when every unbreakable chunk fits in a row.
        let a = atoms(&text);
        prop_assume!(chunks(&text, &a).iter().all(|c| c.width <= width));
        let r = rows(&text, width);
        for (i, row) in r.iter().enumerate() {
            if i > 0 {
                if let Some(c) = row.chars().next() {
                    prop_assert!(!is_no_start(c), "row {} starts with {:?}: {:?}", i, c, r);
                }
            }
            if i + 1 < r.len() {
                if let Some(c) = row.chars().last() {
                    prop_assert!(!is_no_end(c), "row {} ends with {:?}: {:?}", i, c, r);
                }
            }
        }
    }

    #[test]
    fn digit_runs_are_never_split(text in text_strategy(), width in 6usize..40) {
        let a = atoms(&text);
        prop_assume!(a.iter().all(|atom| atom.width <= width));
        let r = wrap(&text, width);
        for row in r.iter().skip(1) {
            let before = text[..row.start].chars().last();
            let first = text[row.start..].chars().next();
            let split = before.is_some_and(|c| c.is_ascii_digit()) && first.is_some_and(|c| c.is_ascii_digit());
            prop_assert!(!split, "split digits at {}: {:?}", row.start, r);
        }
    }
}
