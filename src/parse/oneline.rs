//! Pages that lost their paragraph breaks: a whole report, or most of it, on one line
//! (`一、2013年依法行政工作成效 (一)法治型政府建设水平进一步提升。 1.强化…`). On such a line
//! the headings stand mid-line, after a sentence end (`。一、`) or after a space, and the
//! outline is read from the pieces between them as if each began a line.
//!
//! Only a line that holds most of the report's text is split, and only at a marker that
//! carries on the numbering read so far (its family's next number, or a first one), so
//! an inline list in an ordinary paragraph (`主要做法如下。一、…`) is left alone.
//!
//! Also here: a run-in heading whose title runs into its paragraph with no stop
//! (`一、2019年工作回顾2019年,是新中国成立70周年…`) ends where a sentence visibly restarts,
//! at a year that opens a clause.

use std::collections::HashMap;

use crate::report::MarkerStyle;

use super::markers::{is_space, line_marker};
use super::numerals::{arabic_digit, is_chinese_digit};

/// Share of the report's text a line must hold to be read as a one-line page.
const ONE_LINE_SHARE: f64 = 0.6;

/// Shortest line (bytes) read as a one-line page.
const MIN_ONE_LINE_BYTES: usize = 600;

/// Whether a line of `line_bytes` holds most of a report text of `text_bytes`.
pub fn is_one_line_page(line_bytes: usize, text_bytes: usize) -> bool {
    line_bytes >= MIN_ONE_LINE_BYTES && line_bytes as f64 >= ONE_LINE_SHARE * text_bytes as f64
}

/// The numbers read so far, by marker family.
#[derive(Debug, Default)]
pub struct Numbering {
    last: HashMap<MarkerStyle, u32>,
}

impl Numbering {
    /// Note a marker read at a line start.
    pub fn note(&mut self, style: MarkerStyle, value: u32) {
        self.last.insert(style, value);
    }

    /// Whether `value` is the first number of a family not read yet.
    fn is_first(&self, style: MarkerStyle, value: Option<u32>) -> bool {
        value == Some(1) && !self.last.contains_key(&style)
    }

    /// Whether `value` carries on the family's numbering: its next number, or a first.
    fn continues(&self, style: MarkerStyle, value: u32) -> bool {
        value == 1 || self.last.get(&style).is_some_and(|&v| value == v + 1)
    }
}

/// Sentence ends after which a heading may start mid-line.
fn is_sentence_end(c: char) -> bool {
    matches!(
        c,
        '。' | '!' | '?' | '\u{ff01}' | '\u{ff1f}' | ';' | '\u{ff1b}'
    )
}

/// Characters that can open a heading marker.
fn may_open_marker(c: char) -> bool {
    is_chinese_digit(c)
        || arabic_digit(c).is_some()
        || matches!(c, '(' | '\u{ff08}')
        || ('\u{2460}'..='\u{2473}').contains(&c)
}

/// Byte offsets in `content` (after its start) where a heading (or a point after a space)
/// starts mid-line, in order.
/// `numbering` holds the numbers read before this line and is carried on.
pub fn split_points(content: &str, numbering: &mut Numbering) -> Vec<usize> {
    let mut out = Vec::new();
    // The marker that opens the line counts for the numbering.
    if let Some(m) = line_marker(content).filter(|m| !m.damaged) {
        if let Some(v) = m.value {
            numbering.note(m.style, v);
        }
    }
    let mut prev: Option<char> = None;
    let mut space_before = false;
    let mut before_space: Option<char> = None;
    for (i, c) in content.char_indices() {
        if is_space(c) {
            if !space_before {
                before_space = prev;
            }
            space_before = true;
            continue;
        }
        let after_colon =
            space_before && before_space.is_some_and(|p| matches!(p, ':' | '\u{ff1a}'));
        let after_stop = if space_before {
            before_space.is_some_and(|p| is_sentence_end(p) || !is_clause_mark(p))
        } else {
            prev.is_some_and(is_sentence_end)
        };
        if i > 0 && (after_stop || after_colon) && may_open_marker(c) {
            if let Some(m) = line_marker(&content[i..]) {
                // After `如下: ` only the first heading of the text's top level opens a
                // piece (`…报告如下: 一、…`); a list after a colon inside a paragraph
                // (`措施如下: (一)…`) stays in it.
                let opens_text =
                    m.style == MarkerStyle::ChineseComma && numbering.is_first(m.style, m.value);
                if !after_stop && !opens_text {
                    prev = Some(c);
                    space_before = false;
                    continue;
                }
                let rest = &content[i + m.len..];
                let list_not_heading = rest.chars().next().is_some_and(is_chinese_digit);
                // A point after a stop is found inside the piece; after a space (a lost
                // line break) it opens a piece of its own.
                let point_ok = m.style != MarkerStyle::Point || space_before;
                let ok = !m.damaged
                    && point_ok
                    && !list_not_heading
                    && m.value.is_some_and(|v| numbering.continues(m.style, v));
                if ok {
                    if let Some(v) = m.value {
                        numbering.note(m.style, v);
                    }
                    out.push(i);
                }
            }
        }
        prev = Some(c);
        space_before = false;
    }
    out
}

/// Clause marks after which a space does not part two headings (`如下: (一)`).
fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{ff0c}' | '、' | ':' | '\u{ff1a}' | '(' | '\u{ff08}' | '“' | '《'
    )
}

/// Where a run-in heading's title ends when it runs into its paragraph with no stop: at a
/// year that opens a clause again (`2019年工作回顾2019年,是…` → after `回顾`). Returns the
/// byte length of the title, if such a restart is found after its first characters.
pub fn title_by_sense(lead: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = lead.char_indices().collect();
    for k in 2..chars.len() {
        let (at, c) = chars[k];
        if !c.is_ascii_digit() || chars[k - 1].1.is_ascii_digit() {
            continue;
        }
        let digits = chars[k..]
            .iter()
            .take_while(|(_, d)| d.is_ascii_digit())
            .count();
        if digits != 4 {
            continue;
        }
        let after = &lead[chars[k + 3].0 + 1..];
        let Some(rest) = after.strip_prefix('年') else {
            continue;
        };
        if rest.starts_with([',', '\u{ff0c}', '是']) || rest.starts_with("以来") {
            return Some(at);
        }
    }
    None
}

/// On a one-line page a space stands where a line break was: a heading's title ends at
/// the first space after it (`存在的问题 一是…`, `下一步工作计划 持续推进…`). Returns the
/// title's byte length.
pub fn title_before_space(lead: &str) -> Option<usize> {
    let at = lead.find(is_space)?;
    (lead[..at].chars().count() >= 2).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str) -> Vec<&str> {
        let mut n = Numbering::default();
        let points = split_points(s, &mut n);
        let mut out = Vec::new();
        let mut start = 0;
        for p in points {
            out.push(&s[start..p]);
            start = p;
        }
        out.push(&s[start..]);
        out
    }

    #[test]
    fn headings_after_stops_and_spaces() {
        let s = "一、2013年工作成效 (一)建设水平进一步提升。 1.强化基础地位。石家庄市纳入体系。 2.落实学法制度。唐山市邀请专家。";
        assert_eq!(
            pieces(s),
            [
                "一、2013年工作成效 ",
                "(一)建设水平进一步提升。 ",
                "1.强化基础地位。石家庄市纳入体系。 ",
                "2.落实学法制度。唐山市邀请专家。"
            ]
        );
    }

    #[test]
    fn lists_and_numbers_inside_sentences_stay() {
        // `一、二季度` is a list of quarters; `3.5万` a number; `(2)` after a comma is inline.
        let s = "全年开展活动。一、二季度完成任务。增长3.5万人,其中(2)项已完成。";
        assert_eq!(pieces(s), [s]);
        // A number that does not carry on the numbering is not a heading.
        let s = "一、工作情况。 5.其他事项。";
        assert_eq!(pieces(s), [s]);
    }

    #[test]
    fn the_first_heading_after_a_cover_sentence_colon() {
        let s = "2022年,县司法局扎实推进各项工作。现将有关情况报告如下: 一、主要举措和成效 (一)依法化解行政争议。全年办理案件12件。";
        assert_eq!(
            pieces(s),
            [
                "2022年,县司法局扎实推进各项工作。现将有关情况报告如下: ",
                "一、主要举措和成效 ",
                "(一)依法化解行政争议。全年办理案件12件。"
            ]
        );
        // A list after a colon inside a paragraph stays in it.
        let s = "一、工作情况。主要措施如下: (一)加强学习;(二)完善制度。";
        assert_eq!(pieces(s), [s]);
    }

    #[test]
    fn titles_end_where_a_year_restarts_the_sentence() {
        let lead = "2019年工作回顾2019年,是新中国成立70周年";
        assert_eq!(
            title_by_sense(lead).map(|n| &lead[..n]),
            Some("2019年工作回顾")
        );
        assert_eq!(
            title_by_sense("主要成效2022年,县人民政府坚持"),
            Some("主要成效".len())
        );
        assert_eq!(title_by_sense("2019年工作回顾"), None);
        assert_eq!(title_by_sense("完成2019年度的任务"), None);
    }

    #[test]
    fn points_after_a_space_open_a_piece() {
        let s = "二、存在的问题 一是氛围不浓;二是力量薄弱。 三、下一步计划 持续推进。";
        assert_eq!(
            pieces(s),
            [
                "二、存在的问题 ",
                "一是氛围不浓;二是力量薄弱。 ",
                "三、下一步计划 持续推进。"
            ]
        );
        assert_eq!(
            title_before_space("下一步计划 持续推进"),
            Some("下一步计划".len())
        );
        assert_eq!(title_before_space("加强领导"), None);
    }

    #[test]
    fn one_line_pages() {
        assert!(is_one_line_page(1500, 1600));
        assert!(!is_one_line_page(1500, 6000));
        assert!(!is_one_line_page(300, 310));
    }
}
