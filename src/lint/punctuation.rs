//! Punctuation slips: empty quotes or brackets (`深化“”改革`, a word lost in editing),
//! brackets and quotes without their partner in a paragraph, and doubled punctuation
//! (`。。`, `，。`).
//!
//! Everything is read on paragraphs (see `paragraphs`), so a book title or a bracket
//! broken over lines by the page is whole again. Reports copied from the web mix ASCII
//! and full-width forms, so `(` and `（` open the same kind of bracket and either `)` or
//! `）` closes it. A quotation that runs over several paragraphs opens each of them with
//! `“` and closes only the last, as the standard prescribes; an apostrophe (`’99`) is not
//! a quote. One pass over each paragraph with a fixed set of counters: linear in the text.

use crate::report::{Diagnostic, Severity};

use crate::parse::clutter;

use super::paragraphs::{mark_kind, ParaKind, Paragraph, CLOSERS, OPENERS};
use super::rules::{Rule, SRC_GBT15834};
use super::{excerpt, found, tail, Context};

pub const EMPTY_QUOTES: Rule = Rule {
    id: "empty-quotes",
    severity: Severity::Warning,
    meaning: "empty quotes or brackets (`深化“”改革`): a word was lost",
    source: SRC_GBT15834,
};
pub const UNBALANCED: Rule = Rule {
    id: "unbalanced-brackets",
    severity: Severity::Warning,
    meaning: "a bracket, quote or 《》 without its partner in the paragraph (lines joined where a sentence runs on)",
    source: SRC_GBT15834,
};
pub const DOUBLED: Rule = Rule {
    id: "doubled-punctuation",
    severity: Severity::Warning,
    meaning: "doubled sentence punctuation: `。。`, `，，`, `，。` …",
    source: SRC_GBT15834,
};

pub const RULES: &[Rule] = &[EMPTY_QUOTES, UNBALANCED, DOUBLED];

/// Names of the mark kinds, by `mark_kind` index.
const NAMES: [&str; 10] = [
    "“”", "‘’", "《》", "()", "()", "【】", "「」", "『』", "〈〉", "〔〕",
];

/// Sentence punctuation that never stands twice in a row.
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '。' | ',' | '，' | '、' | ';' | '；' | ':' | '：' | '?' | '？' | '!' | '！'
    )
}

/// How a paragraph's double quotes stand: whether its first one closes a quote opened
/// before it, whether it ends with a quote left open, and whether it has any.
#[derive(Debug, Clone, Copy, Default)]
struct Quotes {
    closes_first: bool,
    ends_open: bool,
    any: bool,
}

fn quotes(text: &str) -> Quotes {
    let mut q = Quotes::default();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' if depth == 0 && !q.any => q.closes_first = true,
            '”' => depth = depth.saturating_sub(1),
            _ => continue,
        }
        q.any = true;
    }
    q.ends_open = depth > 0;
    q
}

/// Quotations that run over several paragraphs without opening each with `“` (as the
/// standard would have it): a quote left open, closed by the first quote mark of a
/// paragraph at most three below, with no quote marks between. Returns, per paragraph,
/// whether its open quote runs on and whether its first `”` closes one from above.
fn running_quotes(paras: &[Paragraph]) -> Vec<(bool, bool)> {
    let q: Vec<Quotes> = paras.iter().map(|p| quotes(&p.text)).collect();
    let mut out = vec![(false, false); paras.len()];
    for k in 0..paras.len() {
        if !q[k].ends_open {
            continue;
        }
        let mut j = k + 1;
        while j < paras.len() && j <= k + 3 && !q[j].any {
            j += 1;
        }
        if j < paras.len() && j <= k + 3 && q[j].closes_first {
            out[k].0 = true;
            out[j].1 = true;
        }
    }
    out
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let paras = &ctx.paragraphs.list;
    let last_prose = paras.iter().rposition(|p| p.is_prose());
    let running = running_quotes(paras);
    for (k, p) in paras.iter().enumerate() {
        // Page fields and widgets the reader left in (`字体:【 默认 超大`) are not prose:
        // a short line of body text without a comma or full stop.
        let widget = p.kind == ParaKind::Body
            && p.text.chars().count() < 20
            && !p.text.contains(['。', '，', ',', '；', ';']);
        if !p.is_prose() || widget || clutter::is_field_line(&p.text) || clutter::is_chrome(&p.text)
        {
            continue;
        }
        empty_pairs(p, out);
        doubled(p, out);
        let next_opens_quote = paras
            .get(k + 1)
            .is_some_and(|n| n.is_prose() && n.text.starts_with('“'))
            || running[k].0;
        // An excerpt cut mid-sentence may cut a quote or a title in two.
        let cut = !ctx.is_complete && Some(k) == last_prose;
        // A repaired heading's `)` is reported as a damaged marker.
        let repaired = match p.kind {
            ParaKind::Heading(i) => ctx.report.nodes[i].repaired,
            _ => false,
        };
        unbalanced(
            p,
            Balance {
                next_opens_quote,
                cut,
                repaired,
                quote_from_above: running[k].1,
            },
            out,
        );
    }
}

/// What the balance check must know about a paragraph's neighbourhood.
#[derive(Debug, Clone, Copy, Default)]
struct Balance {
    /// The next paragraph opens with `“`: a quotation runs on into it.
    next_opens_quote: bool,
    /// The text was cut off inside this paragraph: marks left open may close after it.
    cut: bool,
    /// The paragraph is a heading whose damaged marker the parser repaired.
    repaired: bool,
    /// Its first `”` closes a quotation opened in a paragraph above.
    quote_from_above: bool,
}

fn empty_pairs(p: &Paragraph, out: &mut Vec<Diagnostic>) {
    let mut prev: Option<(usize, char)> = None;
    for (i, c) in p.text.char_indices() {
        if let (Some((at, a)), Some((k, false))) = (prev, mark_kind(c)) {
            if mark_kind(a) == Some((k, true)) {
                let name = NAMES[k];
                let context = format!("{}{a}{c}", tail(&p.text[..at], 6));
                out.push(found(
                    p.line_at(at),
                    &EMPTY_QUOTES,
                    &format!("空的{name}(…{context}),可能漏了文字"),
                    &format!("empty {name} (…{context}): a word is probably missing"),
                    Some(format!("在{name}中补上遗漏的文字,或删去{name}")),
                ));
            }
        }
        prev = Some((i, c));
    }
}

/// Whether a closing bracket at `at` ends a list marker (`1)`, `一)`, `a)`) at the start
/// of the paragraph or of a clause, rather than closing prose.
fn is_marker_close(text: &str, at: usize) -> bool {
    let head: Vec<char> = text[..at].chars().rev().take(4).collect();
    let n = head
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || crate::parse::numerals::is_chinese_digit(c))
        .count();
    if n == 0 || n > 3 {
        return false;
    }
    match head.get(n) {
        None => true,
        Some(&c) => is_stop(c) || c.is_whitespace() || c == '\u{3000}',
    }
}

/// Whether `’` at byte `at` is an apostrophe (`’99`, `don’t`), not a closing quote.
fn is_apostrophe(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + '’'.len_utf8()..].chars().next();
    after.is_some_and(|c| c.is_ascii_digit())
        || (before.is_some_and(|c| c.is_ascii_alphabetic())
            && after.is_some_and(|c| c.is_ascii_alphabetic()))
}

/// Balance over one paragraph: a closing mark with no opening one is reported at its
/// line, an opening mark never closed at its line. Where an opening mark of one kind is
/// left open and the first stray closing mark after it is of another kind (`“纲要》`),
/// that is one slip, reported once.
fn unbalanced(p: &Paragraph, ctx: Balance, out: &mut Vec<Diagnostic>) {
    // Per kind: offsets of opening marks not yet closed, and the first stray close.
    let mut opened: [Vec<usize>; 10] = Default::default();
    let mut stray: [Option<usize>; 10] = [None; 10];
    let text = &p.text;
    let mut from_above = ctx.quote_from_above;
    for (i, c) in text.char_indices() {
        let Some((k, open)) = mark_kind(c) else {
            continue;
        };
        if k == 0 && !open && std::mem::take(&mut from_above) {
            continue;
        }
        if open {
            opened[k].push(i);
        } else if opened[k].pop().is_none()
            && stray[k].is_none()
            && !is_marker_close(text, i)
            && !(c == '’' && is_apostrophe(text, i))
            && !(ctx.repaired && i == 0)
        {
            stray[k] = Some(i);
        }
    }
    if ctx.cut {
        // Marks opened in the paragraph the excerpt was cut in may close after the cut:
        // quotes always, titles and brackets unless a sentence ended after them (a title
        // does not run over a full stop).
        let last_stop = text.rfind(['。', '；', ';']);
        for (k, list) in opened.iter_mut().enumerate() {
            list.retain(|&at| k > 1 && last_stop.is_some_and(|end| end > at));
        }
    }
    // Pair a kind left open with a stray close of another kind just after it.
    let mut mismatched = [false; 10];
    for k in 0..OPENERS.len() {
        let Some(&open_at) = opened[k].last() else {
            continue;
        };
        let partner = (0..OPENERS.len())
            .filter(|&j| j != k && !mismatched[j])
            .filter_map(|j| stray[j].filter(|&at| at > open_at).map(|at| (at, j)))
            .min();
        if let Some((close_at, j)) = partner {
            if opened[k].len() == 1 {
                mismatched[k] = true;
                mismatched[j] = true;
                let context = excerpt(&text[open_at..], 12);
                let (open, close) = (OPENERS[k], CLOSERS[j]);
                out.push(found(
                    p.line_at(close_at),
                    &UNBALANCED,
                    &format!("标点不配对:“{context}”以“{open}”开头,却以“{close}”结束"),
                    &format!("mismatched marks: “{context}” opens with “{open}” but closes with “{close}”"),
                    Some(format!("统一为{}或{}", NAMES[k], NAMES[j])),
                ));
            }
        }
    }
    for k in 0..OPENERS.len() {
        if mismatched[k] {
            continue;
        }
        let name = NAMES[k];
        if let Some(at) = stray[k] {
            let context = excerpt(tail(&text[..at], 12), 12);
            let close = CLOSERS[k];
            out.push(found(
                p.line_at(at),
                &UNBALANCED,
                &format!("{name}不配对:“{context}”之后的“{close}”没有对应的左半边"),
                &format!("unbalanced {name}: the “{close}” after “{context}” has no opening mark"),
                None,
            ));
        } else if let Some(&at) = opened[k].first() {
            // A quotation running on into the next paragraph opens that one with “ too.
            if k == 0 && ctx.next_opens_quote {
                continue;
            }
            let n = opened[k].len();
            let open = OPENERS[k];
            let context = excerpt(&text[at..], 12);
            out.push(found(
                p.line_at(at),
                &UNBALANCED,
                &format!("{name}不配对:“{context}”中的“{open}”没有闭合(共{n}个)"),
                &format!("unbalanced {name}: “{open}” in “{context}” is never closed ({n} in all)"),
                None,
            ));
        }
    }
}

fn doubled(p: &Paragraph, out: &mut Vec<Diagnostic>) {
    let text = &p.text;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_stop(c) || !iter.peek().is_some_and(|&(_, n)| is_stop(n)) {
            continue;
        }
        // The whole run of stops.
        let mut end = i + c.len_utf8();
        let mut last = c;
        while let Some(&(j, n)) = iter.peek() {
            if !is_stop(n) {
                break;
            }
            end = j + n.len_utf8();
            last = n;
            iter.next();
        }
        let run = &text[i..end];
        let before = tail(&text[..i], 6);
        out.push(found(
            p.line_at(i),
            &DOUBLED,
            &format!("标点重复:“{before}{run}”"),
            &format!("doubled punctuation: “{before}{run}”"),
            Some(format!("{before}{last}")),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_family};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_family(check, text)
    }

    #[test]
    fn empty_quotes_are_found() {
        let found = run("进一步深化“”改革、加快建设。\n印发《》文件。\n");
        assert_eq!(rules(&found), [(1, EMPTY_QUOTES.id), (2, EMPTY_QUOTES.id)]);
        assert!(found[0].message.contains("深化“”)"), "{}", found[0].message);
    }

    #[test]
    fn unbalanced_brackets_and_quotes_are_found() {
        let found =
            run("开展“法治宣传活动。\n\n印发《实施方案,推进工作。\n\n人员(含聘用)人员)到位。\n");
        assert_eq!(
            rules(&found),
            [(1, UNBALANCED.id), (3, UNBALANCED.id), (5, UNBALANCED.id)]
        );
    }

    #[test]
    fn a_book_title_broken_over_lines_is_balanced() {
        // gwr-2006: 《 at a line end, the title on its own line, 》 opening the next.
        let text = "制定了《\n重大动物疫情应急条例\n》、《\n关于预防煤矿生产安全事故的特别规定\n》等22部行政法规。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        let text = "认真落实《法治政府建设实施\n纲要》,开展“八五\n”普法。\n\n“未闭合。\n";
        assert_eq!(rules(&run(text)), [(5, UNBALANCED.id)]);
    }

    #[test]
    fn a_quotation_over_several_paragraphs_is_not_unbalanced() {
        let text = "他指出：“第一段话。\n\n“第二段话。\n\n“第三段话。”\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_quote_cut_off_with_the_excerpt_is_not_unbalanced() {
        let text = "一、工作\n坚持推广“枫桥经验”,开展“送法进";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // In a whole text it is.
        assert_eq!(
            rules(&run("一、工作\n开展“送法进。\n")),
            [(2, UNBALANCED.id)]
        );
    }

    #[test]
    fn a_page_field_left_in_the_text_is_not_prose() {
        assert!(run("字体:【 默认 超大\n分享:\n正文。\n").is_empty());
    }

    #[test]
    fn a_damaged_marker_is_not_also_a_stray_bracket() {
        let text = "一、总体\n(一)甲\n(二)乙\n(三)丙\n(四)丁\n(五)戊\n(六)己\n工作。\n)推进法律顾问体系建设\n工作。\n(八)辛\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_quotation_over_paragraphs_not_reopened_is_one_quotation() {
        let text = "条例规定：“第一条 为了规范行政执法。\n\n第二条 本条例适用于本市。”\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // A quote left open with no close below is still unbalanced.
        assert_eq!(
            rules(&run("条例规定：“第一条 为了规范。\n\n第二条 适用。\n")),
            [(1, UNBALANCED.id)]
        );
    }

    #[test]
    fn an_apostrophe_is_not_a_quote() {
        let text = "举办’99财富论坛，China’s发展。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_stray_mark_left_by_the_source_is_found() {
        // gwr-2006: the 《 of 《纲要（草案）》 lost, a “ typed in its place.
        let found = run("“纲要（草案）》把解决“三农”问题放在首位。\n");
        assert_eq!(rules(&found), [(1, UNBALANCED.id)]);
        assert!(
            found[0].message.contains("以““”开头,却以“》”结束"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn mixed_width_brackets_and_list_markers_pair_up() {
        let text =
            "纲要\u{ff08}2021-2025年)及“八五”普法,(一)工作。\n1)第一项工作；2)第二项工作。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn doubled_punctuation_is_found_also_across_a_line_break() {
        let found = run("取得成效。。下一步,,继续推进,。\n");
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|d| d.rule == DOUBLED.id));
        assert_eq!(found[0].suggestion.as_deref(), Some("取得成效。"));
        let found = run("更加奋发有为的精神状态，\n，更加扎实的工作作风。\n");
        assert_eq!(rules(&found), [(1, DOUBLED.id)]);
    }

    #[test]
    fn clean_prose_gives_nothing() {
        let text = "2023年,全市办理行政复议案件1,234件,同比增长12.5%;“放管服”改革深入推进……\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
