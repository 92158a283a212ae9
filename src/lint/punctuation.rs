//! Punctuation slips: empty quotes or brackets (`深化“”改革`, a word lost in editing),
//! unbalanced brackets and quotes on a line, and doubled punctuation (`。。`, `,。`).
//!
//! Reports copied from the web mix ASCII and full-width forms, so `(` and `(` open the
//! same kind of bracket and either `)` or `)` closes it. Paragraphs are single lines,
//! so balance is checked per line.

use crate::report::{Diagnostic, Report, Severity};

use super::{body_lines, excerpt, finding};

pub const EMPTY_QUOTES: &str = "empty-quotes";
pub const UNBALANCED: &str = "unbalanced-brackets";
pub const DOUBLED: &str = "doubled-punctuation";

/// Opening and closing characters of each kind of pair; several forms per side where
/// ASCII and full-width forms are used interchangeably.
const PAIRS: &[(&[char], &[char], &str)] = &[
    (&['“'], &['”'], "“”"),
    (&['‘'], &['’'], "‘’"),
    (&['《'], &['》'], "《》"),
    (&['(', '\u{ff08}'], &[')', '\u{ff09}'], "()"),
    (&['【'], &['】'], "【】"),
    (&['「'], &['」'], "「」"),
    (&['『'], &['』'], "『』"),
    (&['〈'], &['〉'], "〈〉"),
];

/// Sentence punctuation that never stands twice in a row.
const STOPS: &[char] = &[
    '。', ',', '\u{ff0c}', '、', ';', '\u{ff1b}', ':', '\u{ff1a}', '?', '\u{ff1f}', '!', '\u{ff01}',
];

pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    let damaged: Vec<usize> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule == "marker-damaged")
        .map(|d| d.line)
        .collect();
    let node_lines: Vec<usize> = report.nodes.iter().map(|n| n.line).collect();
    let mut para: Vec<(usize, &str)> = Vec::new();
    for (line, text) in body_lines(report) {
        empty_pairs(line, text, out);
        doubled(line, text, out);
        if damaged.contains(&line) {
            continue;
        }
        let runs_on = para.last().is_some_and(|&(prev, prev_text)| {
            prev + 1 == line
                && !node_lines.contains(&prev)
                && !node_lines.contains(&line)
                && !prev_text.trim_end().ends_with(TERMINAL)
        });
        if !runs_on && !para.is_empty() {
            unbalanced(&para, out);
            para.clear();
        }
        para.push((line, text));
    }
    unbalanced(&para, out);
}

fn empty_pairs(line: usize, text: &str, out: &mut Vec<Diagnostic>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(2) {
        let (a, b) = (w[0].1, w[1].1);
        if let Some(&(_, _, name)) = PAIRS
            .iter()
            .find(|(o, c, _)| o.contains(&a) && c.contains(&b))
        {
            let before: String = text[..w[0].0]
                .chars()
                .rev()
                .take(6)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let context = format!("{before}{a}{b}");
            out.push(finding(
                line,
                EMPTY_QUOTES,
                Severity::Warning,
                &format!("空的{name}(…{context}),可能漏了文字"),
                &format!("empty {name} (…{context}): a word is probably missing"),
                Some(format!("在{name}中补上遗漏的文字,或删去{name}")),
            ));
        }
    }
}

/// Whether a closing bracket at `at` is a list marker such as `1)` or `一)` at the start
/// of a line, not prose.
fn is_marker_close(text: &str, at: usize) -> bool {
    let head = text[..at].trim_start();
    !head.is_empty()
        && head.chars().count() <= 3
        && head
            .chars()
            .all(|c| c.is_ascii_digit() || crate::parse::numerals::is_chinese_digit(c))
}

/// Characters that end a paragraph line; a line ending otherwise was hard-wrapped (text
/// copied from a PDF) and runs on into the next.
const TERMINAL: &[char] = &[
    '。', '!', '\u{ff01}', '?', '\u{ff1f}', ';', '\u{ff1b}', ':', '\u{ff1a}', '…', '”', '’', ')',
    '\u{ff09}', '》', '」', '』',
];

/// Balance over one paragraph (lines that run on into each other): a closing mark with
/// no opening one is reported at its line, an opening mark never closed at its line.
fn unbalanced(para: &[(usize, &str)], out: &mut Vec<Diagnostic>) {
    for &(open, close, name) in PAIRS {
        // Lines of the opening marks not yet closed.
        let mut opened: Vec<usize> = Vec::new();
        let mut stray: Option<(usize, String)> = None;
        for &(line, text) in para {
            for (i, c) in text.char_indices() {
                if open.contains(&c) {
                    opened.push(line);
                } else if close.contains(&c)
                    && opened.pop().is_none()
                    && stray.is_none()
                    && !is_marker_close(text, i)
                {
                    stray = Some((line, excerpt(text[..i].trim_start(), 12)));
                }
            }
        }
        if let Some((line, context)) = stray {
            out.push(finding(
                line,
                UNBALANCED,
                Severity::Warning,
                &format!("{name}不配对:“{context}”之后的右半边没有对应的左半边"),
                &format!("unbalanced {name}: closing mark after “{context}” has no opening mark"),
                None,
            ));
        } else if let Some(&line) = opened.first() {
            let n = opened.len();
            out.push(finding(
                line,
                UNBALANCED,
                Severity::Warning,
                &format!("{name}不配对:有{n}个左半边没有闭合"),
                &format!("unbalanced {name}: {n} opening mark(s) not closed"),
                None,
            ));
        }
    }
}

fn doubled(line: usize, text: &str, out: &mut Vec<Diagnostic>) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 1 < chars.len() {
        if STOPS.contains(&chars[i]) && STOPS.contains(&chars[i + 1]) {
            let mut j = i + 1;
            while j + 1 < chars.len() && STOPS.contains(&chars[j + 1]) {
                j += 1;
            }
            let run: String = chars[i..=j].iter().collect();
            let before: String = chars[i.saturating_sub(6)..i].iter().collect();
            out.push(finding(
                line,
                DOUBLED,
                Severity::Warning,
                &format!("标点重复:“{before}{run}”"),
                &format!("doubled punctuation: “{before}{run}”"),
                Some(format!("{before}{}", chars[j])),
            ));
            i = j + 1;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_rule};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(check, text)
    }

    #[test]
    fn empty_quotes_are_found() {
        let found = run("进一步深化“”改革、加快建设。\n印发《》文件。\n");
        assert_eq!(rules(&found), [(1, EMPTY_QUOTES), (2, EMPTY_QUOTES)]);
        assert!(found[0].message.contains("深化“”)"), "{}", found[0].message);
    }

    #[test]
    fn unbalanced_brackets_and_quotes_are_found() {
        let found =
            run("开展“法治宣传活动。\n印发《实施方案,推进工作。\n人员(含聘用)人员)到位。\n");
        assert_eq!(
            rules(&found),
            [(1, UNBALANCED), (2, UNBALANCED), (3, UNBALANCED)]
        );
    }

    #[test]
    fn a_hard_wrapped_paragraph_is_balanced_across_its_lines() {
        let text = "认真落实《法治政府建设实施\n纲要》,开展“八五\n”普法。\n“未闭合。\n";
        assert_eq!(rules(&run(text)), [(4, UNBALANCED)]);
    }

    #[test]
    fn mixed_width_brackets_pair_up() {
        let text = "纲要\u{ff08}2021-2025年)及“八五”普法,(一)工作。\n1)第一项工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn doubled_punctuation_is_found() {
        let found = run("取得成效。。下一步,,继续推进,。\n");
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|d| d.rule == DOUBLED));
        assert_eq!(found[0].suggestion.as_deref(), Some("取得成效。"));
    }

    #[test]
    fn clean_prose_gives_nothing() {
        let text = "2023年,全市办理行政复议案件1,234件,同比增长12.5%;“放管服”改革深入推进……\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
