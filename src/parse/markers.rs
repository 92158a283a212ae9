//! Heading markers at the start of a line: what family, what number, how long.
//!
//! The grammar (DESIGN.md): `一、` · `(一)`/`(一)` · `1.` `2、` `3.` · `(1)`/`(1)` `①` ·
//! `一是`. Web copies damage markers (`)推进…` lost its `(七`), so the recogniser also
//! reports partial parenthesised markers as *damaged*; the outline builder decides from
//! the neighbours whether to trust them.

use crate::report::MarkerStyle;

use super::numerals::{
    arabic_digit, circled_value, digit_stop_value, is_chinese_digit, paren_digit_value,
    parse_chinese,
};

/// A marker found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub style: MarkerStyle,
    /// The number, when it could be read.
    pub value: Option<u32>,
    /// Byte length of the marker as written.
    pub len: usize,
    /// Byte offset where the heading text starts (after the marker and any spaces).
    pub rest: usize,
    /// The marker is incomplete (`)推进`, `七)`, `(七推进`, `是积极…` without its numeral).
    pub damaged: bool,
}

/// Spaces allowed around markers: ASCII, tab, ideographic space, no-break space, and the
/// zero-width characters copied pages leave before a heading or after a salutation
/// (U+200B, U+200C, U+200D, U+2060, U+FEFF).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\u{3000}'
            | '\u{a0}'
            | '\u{200b}'
            | '\u{200c}'
            | '\u{200d}'
            | '\u{2060}'
            | '\u{feff}'
    )
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '\u{ff08}')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | '\u{ff09}')
}

/// Length in bytes of the leading run of characters satisfying `pred`.
fn run_len(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !pred(c))
        .map(|(i, _)| i)
        .unwrap_or(s.len())
}

fn skip_spaces(s: &str, from: usize) -> usize {
    from + run_len(&s[from..], is_space)
}

fn arabic_run_value(s: &str) -> Option<u32> {
    s.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + arabic_digit(c)?))
}

fn marker(style: MarkerStyle, value: Option<u32>, len: usize, s: &str, damaged: bool) -> Marker {
    Marker {
        style,
        value,
        len,
        rest: skip_spaces(s, len),
        damaged,
    }
}

/// Recognise a marker at the start of `s` (a line with its leading spaces removed).
/// Returns `None` for ordinary text.
pub fn line_marker(s: &str) -> Option<Marker> {
    let first = s.chars().next()?;
    let first_len = first.len_utf8();

    // ① ⑴ ⒈ as single characters.
    if let Some(v) = circled_value(first) {
        return Some(marker(MarkerStyle::Circled, Some(v), first_len, s, false));
    }
    if let Some(v) = paren_digit_value(first) {
        return Some(marker(
            MarkerStyle::ArabicParen,
            Some(v),
            first_len,
            s,
            false,
        ));
    }
    if let Some(v) = digit_stop_value(first) {
        return Some(marker(MarkerStyle::ArabicDot, Some(v), first_len, s, false));
    }

    if is_open(first) {
        let inner = &s[first_len..];
        let cn = run_len(inner, is_chinese_digit);
        let ar = run_len(inner, |c| arabic_digit(c).is_some());
        if cn > 0 {
            let value = parse_chinese(&inner[..cn]);
            let after = &inner[cn..];
            return match after.chars().next() {
                Some(c) if is_close(c) && value.is_some() => Some(marker(
                    MarkerStyle::ChineseParen,
                    value,
                    first_len + cn + c.len_utf8(),
                    s,
                    false,
                )),
                // `(七推进…`: the closing parenthesis was lost.
                Some(c) if value.is_some() && !is_close(c) && !is_space(c) && is_han(c) => Some(
                    marker(MarkerStyle::ChineseParen, value, first_len + cn, s, true),
                ),
                _ => None,
            };
        }
        if ar > 0 && ar <= 6 {
            let after = &inner[ar..];
            if let Some(c) = after.chars().next().filter(|&c| is_close(c)) {
                let value = arabic_run_value(&inner[..ar]).filter(|&v| (1..=99).contains(&v));
                return value.map(|v| {
                    marker(
                        MarkerStyle::ArabicParen,
                        Some(v),
                        first_len + ar + c.len_utf8(),
                        s,
                        false,
                    )
                });
            }
            return None;
        }
        // `()推进…`: an empty pair where the numeral was.
        if let Some(c) = inner.chars().next().filter(|&c| is_close(c)) {
            let len = first_len + c.len_utf8();
            return text_follows(s, len)
                .then(|| marker(MarkerStyle::ChineseParen, None, len, s, true));
        }
        return None;
    }

    // `)推进…`: only the closing parenthesis of `(七)` survived.
    if is_close(first) {
        return text_follows(s, first_len)
            .then(|| marker(MarkerStyle::ChineseParen, None, first_len, s, true));
    }

    let cn = run_len(s, is_chinese_digit);
    if cn > 0 {
        let value = parse_chinese(&s[..cn])?;
        let sep = s[cn..].chars().next()?;
        return match sep {
            '、' | '.' | '．' => Some(marker(
                MarkerStyle::ChineseComma,
                Some(value),
                cn + sep.len_utf8(),
                s,
                false,
            )),
            '是' if !s[cn + sep.len_utf8()..].starts_with('否') => Some(marker(
                MarkerStyle::Point,
                Some(value),
                cn + sep.len_utf8(),
                s,
                false,
            )),
            // `七)推进…`: the opening parenthesis was lost.
            c if is_close(c) && text_follows(s, cn + c.len_utf8()) => Some(marker(
                MarkerStyle::ChineseParen,
                Some(value),
                cn + c.len_utf8(),
                s,
                true,
            )),
            _ => None,
        };
    }

    let ar = run_len(s, |c| arabic_digit(c).is_some());
    if ar > 0 && s[..ar].chars().count() <= 2 {
        let value = arabic_run_value(&s[..ar]).filter(|&v| v >= 1)?;
        let sep = s[ar..].chars().next()?;
        let after_sep = &s[ar + sep.len_utf8()..];
        // `1.5万` is a number, not a marker.
        let digit_follows = after_sep.chars().next().and_then(arabic_digit).is_some();
        return match sep {
            '.' | '、' | '．' if !digit_follows && !after_sep.trim().is_empty() => Some(marker(
                MarkerStyle::ArabicDot,
                Some(value),
                ar + sep.len_utf8(),
                s,
                false,
            )),
            c if is_close(c) && !after_sep.trim().is_empty() => Some(marker(
                MarkerStyle::ArabicParen,
                Some(value),
                ar + c.len_utf8(),
                s,
                false,
            )),
            _ => None,
        };
    }

    // `是积极推进…`: a point whose numeral was lost.
    if first == '是' && !s[first_len..].starts_with('否') && text_follows(s, first_len) {
        return Some(marker(MarkerStyle::Point, None, first_len, s, true));
    }
    None
}

/// Whether Chinese text follows position `at` (after optional spaces), as it does after a
/// real marker; a lone `)` followed by digits or punctuation is not a heading.
fn text_follows(s: &str, at: usize) -> bool {
    s[skip_spaces(s, at)..].chars().next().is_some_and(is_han)
}

/// CJK unified ideographs (the common block and extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerStyle::*;

    fn read(s: &str) -> Option<(MarkerStyle, Option<u32>, &str, &str, bool)> {
        line_marker(s).map(|m| (m.style, m.value, &s[..m.len], &s[m.rest..], m.damaged))
    }

    #[test]
    fn chinese_comma_headings() {
        assert_eq!(
            read("一、总体情况"),
            Some((ChineseComma, Some(1), "一、", "总体情况", false))
        );
        assert_eq!(
            read("十二、其他"),
            Some((ChineseComma, Some(12), "十二、", "其他", false))
        );
        assert_eq!(
            read("一、 总体情况"),
            Some((ChineseComma, Some(1), "一、", "总体情况", false))
        );
        assert_eq!(
            read("三、\u{3000}下一步"),
            Some((ChineseComma, Some(3), "三、", "下一步", false))
        );
    }

    #[test]
    fn parenthesised_chinese_both_widths() {
        assert_eq!(
            read("(一)依法履行"),
            Some((ChineseParen, Some(1), "(一)", "依法履行", false))
        );
        assert_eq!(
            read("(十一)加强"),
            Some((ChineseParen, Some(11), "(十一)", "加强", false))
        );
        assert_eq!(
            read("\u{ff08}二\u{ff09} 完善"),
            Some((ChineseParen, Some(2), "\u{ff08}二\u{ff09}", "完善", false))
        );
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(
            read("1.加强学习"),
            Some((ArabicDot, Some(1), "1.", "加强学习", false))
        );
        assert_eq!(
            read("2、完善制度"),
            Some((ArabicDot, Some(2), "2、", "完善制度", false))
        );
        assert_eq!(
            read("3. 强化监督"),
            Some((ArabicDot, Some(3), "3.", "强化监督", false))
        );
        assert_eq!(
            read("12.其他"),
            Some((ArabicDot, Some(12), "12.", "其他", false))
        );
        assert_eq!(
            read("(1)宣传"),
            Some((ArabicParen, Some(1), "(1)", "宣传", false))
        );
        assert_eq!(
            read("\u{ff08}2\u{ff09}调解"),
            Some((ArabicParen, Some(2), "\u{ff08}2\u{ff09}", "调解", false))
        );
        assert_eq!(
            read("３．措施"),
            Some((ArabicDot, Some(3), "３．", "措施", false))
        );
        assert_eq!(
            read("2)措施"),
            Some((ArabicParen, Some(2), "2)", "措施", false))
        );
        assert_eq!(
            read("⑶复议"),
            Some((ArabicParen, Some(3), "⑶", "复议", false))
        );
        assert_eq!(read("①培训"), Some((Circled, Some(1), "①", "培训", false)));
        assert_eq!(
            read("\u{ff08}１\u{ff09}执法公示"),
            Some((
                ArabicParen,
                Some(1),
                "\u{ff08}１\u{ff09}",
                "执法公示",
                false
            ))
        );
        assert_eq!(
            read("１２．其他"),
            Some((ArabicDot, Some(12), "１２．", "其他", false))
        );
        assert_eq!(
            read("\u{200b}一、总体情况"),
            None,
            "a zero-width space is trimmed with the line, not read as a marker"
        );
        assert_eq!(read("⑫培训"), Some((Circled, Some(12), "⑫", "培训", false)));
    }

    #[test]
    fn points_at_line_start() {
        assert_eq!(
            read("一是深化改革。"),
            Some((Point, Some(1), "一是", "深化改革。", false))
        );
        assert_eq!(
            read("十二是其他"),
            Some((Point, Some(12), "十二是", "其他", false))
        );
        assert_eq!(
            read("是积极推进信息公开"),
            Some((Point, None, "是", "积极推进信息公开", true))
        );
        assert_eq!(read("是否合法"), None);
    }

    #[test]
    fn damaged_parenthesised_markers() {
        assert_eq!(
            read(")推进法律顾问体系建设"),
            Some((ChineseParen, None, ")", "推进法律顾问体系建设", true))
        );
        assert_eq!(
            read("七)推进"),
            Some((ChineseParen, Some(7), "七)", "推进", true))
        );
        assert_eq!(
            read("(七推进"),
            Some((ChineseParen, Some(7), "(七", "推进", true))
        );
        assert_eq!(
            read("()推进"),
            Some((ChineseParen, None, "()", "推进", true))
        );
    }

    #[test]
    fn ordinary_text_is_not_a_marker() {
        for s in [
            "2020年,襄城区",
            "1.5万名国家工作人员",
            "十三五期间",
            "(此项工作已完成)",
            ") 2021",
            "统一是基础",
            "123.一百",
            "一二三",
            "",
            "1.",
            "(2018-2020)",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
