//! A paragraph that ends without its final punctuation mark (`…提供了坚强的法治保障`
//! followed by the next heading).
//!
//! Pages break lines inside sentences, headings have no full stop, excerpts are cut
//! mid-sentence, so the rule speaks only where the paragraph is clearly finished: it is
//! ordinary prose (at least one whole sentence before its last), its last line ends in a
//! character, and what follows is plainly something
//! else: a heading, the signature, or a new paragraph after a blank line. The last
//! paragraph of a text is never judged, since an excerpt ends wherever it was cut.

use crate::parse::markers::{is_han, line_marker};
use crate::report::{Diagnostic, MarkerStyle, Severity};

use super::paragraphs::{is_terminal, ParaKind, Paragraph};
use super::rules::{Rule, SRC_GBT15834};
use super::{found, tail, Context};

pub const MISSING_FINAL: Rule = Rule {
    id: "missing-final-punctuation",
    severity: Severity::Warning,
    meaning: "a finished paragraph of prose (a heading or a new paragraph follows) ends without its final punctuation mark",
    source: SRC_GBT15834,
};

pub const RULES: &[Rule] = &[MISSING_FINAL];

/// Whether a paragraph is ordinary prose that should end with a mark: a full sentence
/// before its last one.
fn is_finished_prose(text: &str) -> bool {
    let chars = text.chars().count();
    let sentences = text
        .chars()
        .filter(|&c| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';'))
        .count();
    let commas = text.chars().filter(|&c| matches!(c, '，' | ',')).count();
    let last_sentence = text
        .rsplit(['。', '！', '？', '；', '!', '?', ';'])
        .next()
        .map_or(0, |s| s.chars().count());
    // A single sentence without its mark may be a heading set as a paragraph (`第二，
    // 在经济上开始采取了一些新的政策，…整个经济比较活了`); one after a full sentence is not.
    chars >= 20
        && last_sentence >= 6
        && sentences >= 1
        && (commas >= 1 || last_sentence >= 12)
        && line_marker(text).is_none_or(|m| m.damaged || m.style == MarkerStyle::Point)
}

/// Whether a paragraph opens with a lone character cut off from its sentence
/// (`人，其中…` after `…增加到二千四百万`).
fn is_fragment(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if is_han(a) && matches!(b, '，' | ',' | '、' | '。' | '；'))
}

/// A run-in heading's body: its text after the heading's own sentence.
fn body_of(text: &str) -> &str {
    text.find('。')
        .map_or(text, |i| &text[i + '。'.len_utf8()..])
}

/// Longest credit after a caption, in characters.
const MAX_CREDIT_CHARS: usize = 16;

/// A photo caption's credit (`…通过选举办法。 本报记者 张三摄`): the words after the
/// last space name who took the picture, and take no full stop.
fn ends_with_credit(text: &str) -> bool {
    let Some((_, credit)) = text.trim_end().rsplit_once([' ', '\u{3000}']) else {
        return false;
    };
    let before = text.trim_end()[..text.trim_end().len() - credit.len()].trim_end();
    let credit = credit.trim();
    let name_before = before
        .rsplit([' ', '\u{3000}', '。'])
        .next()
        .is_some_and(|w| w.contains("记者") || w.contains("通讯员") || w.contains("記者"));
    (credit.ends_with('摄') || credit.ends_with('攝') || credit.ends_with("摄影"))
        && credit.chars().count() <= MAX_CREDIT_CHARS
        && (name_before || credit.contains("记者") || credit.chars().count() <= 5)
}

/// Whether the segmenter reads a word across the break between two paragraphs.
fn word_across(before: &str, after: &str) -> bool {
    let left = tail(before, 4);
    let right: String = after.chars().take(4).collect();
    let joined = format!("{left}{right}");
    let mut at = 0;
    for word in crate::segment::jieba().cut(&joined, true) {
        let end = at + word.word.len();
        if at < left.len() && end > left.len() && word.word.chars().count() >= 2 {
            return true;
        }
        at = end;
    }
    false
}

/// Indented paragraphs (after a blank line) a text must have to tell its habit.
const MIN_INDENT_SAMPLE: usize = 5;

/// Whether a 1-based line opens with an indent (`　　`, spaces), ignoring the invisible
/// format characters pages leave.
fn indented(ctx: &Context, line: usize) -> bool {
    ctx.report
        .line_text(line)
        .trim_start_matches(crate::display::is_invisible_format)
        .starts_with([' ', '\u{3000}', '\t', '\u{a0}'])
}

/// Whether the text indents its paragraphs: at least half of those after a blank line
/// open with an indent (pages that cut sentences leave many unindented pieces, so not
/// nearly all). Then a piece that does not, after a paragraph left without its mark, is
/// the rest of a sentence a page break cut (`…同时，职工的人数` / `增加多了，…`), not a
/// new paragraph.
fn indents_paragraphs(ctx: &Context) -> bool {
    let starts: Vec<bool> = ctx
        .paragraphs
        .list
        .iter()
        .filter(|p| p.kind == ParaKind::Body && p.gap_before)
        .map(|p| indented(ctx, p.first_line()))
        .collect();
    let indented_count = starts.iter().filter(|&&i| i).count();
    indented_count >= MIN_INDENT_SAMPLE && indented_count * 2 >= starts.len()
}

/// In a text that indents its paragraphs: an indented paragraph, one break line, then
/// an unindented piece. A page break of the source leaves exactly this (often the break
/// line held only a zero-width space); a new paragraph would be indented, and a new
/// section stands after more than one blank line.
fn continues_after_page_break(ctx: &Context, p: &Paragraph, next: &Paragraph) -> bool {
    let single_break = next.first_line() == p.last_line() + 2;
    single_break && indented(ctx, p.first_line()) && !indented(ctx, next.first_line())
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let paras = &ctx.paragraphs.list;
    let indents = indents_paragraphs(ctx);
    for (k, p) in paras.iter().enumerate() {
        // Body text, or a heading's run-in body (`1.深化改革。…可办率达到100%`).
        let run_in = matches!(p.kind, ParaKind::Heading(_)) && p.text.contains('。');
        if p.kind != ParaKind::Body && !run_in {
            continue;
        }
        let Some(next) = paras.get(k + 1) else {
            continue;
        };
        let next_is_apart = match next.kind {
            ParaKind::Heading(_) | ParaKind::Signature => true,
            ParaKind::Body => next.gap_before,
            ParaKind::Title => false,
        };
        let Some(last) = p.text.chars().next_back() else {
            continue;
        };
        // A character, a digit or a percentage: the end of a sentence's last word.
        let ends_in_a_word = last.is_alphanumeric() || matches!(last, '%' | '％');
        let finished = if run_in {
            is_finished_prose(body_of(&p.text))
        } else {
            is_finished_prose(&p.text)
        };
        if !next_is_apart || !ends_in_a_word || is_terminal(last) || !finished {
            continue;
        }
        // A page break inside a word (`适当控` / `制信贷规模`) leaves a blank line where
        // there is no paragraph end.
        if next.kind == ParaKind::Body
            && (word_across(&p.text, &next.text)
                || is_fragment(&next.text)
                || (indents && continues_after_page_break(ctx, p, next)))
        {
            continue;
        }
        // A paragraph ending in injected spam (`…bt365体育_…亚洲城`) is reported as spam;
        // its mark is there once the spam is gone.
        if tail(&p.text, 24).contains('_') || ends_with_credit(&p.text) {
            continue;
        }
        let end = tail(&p.text, 10);
        out.push(found(
            p.last_line(),
            &MISSING_FINAL,
            &format!("段落末尾缺少标点:“…{end}”"),
            &format!("the paragraph ends without a final punctuation mark: “…{end}”"),
            Some(format!("{end}。")),
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
    fn a_photo_credit_takes_no_full_stop() {
        let text = "一、会议情况\n县第十八届人民代表大会第二次会议昨日开幕,这是与会代表举手表决通过选举办法。 本报记者 张三摄\n\n二、会议议程\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        assert!(ends_with_credit("…通过选举办法。 记者 张三摄"));
        assert!(!ends_with_credit("全年共办理行政复议案件12件 依法纠错3件"));
    }

    #[test]
    fn a_finished_paragraph_without_its_full_stop_is_found() {
        let text = "一、主要举措\n我镇健全了依法治理工作网络。充分发挥法治的引导、规范、保障和促进作用,为各项事业提供了坚强的法治保障\n二、存在问题\n不足。\n";
        let found = run(text);
        assert_eq!(rules(&found), [(2, MISSING_FINAL.id)]);
        assert_eq!(
            found[0].suggestion.as_deref(),
            Some("提供了坚强的法治保障。")
        );
        // Before a new paragraph after a blank line, too.
        let text = "一、主要举措\n全年办理案件。各项工作取得成效,群众满意度持续提升\n\n下一段开始了。\n二、问题\n";
        assert_eq!(rules(&run(text)), [(2, MISSING_FINAL.id)]);
    }

    #[test]
    fn points_and_figures_at_the_end_count_too() {
        let text = "(一)执法\n一是深化行政审批改革。全面梳理许可事项,减少审批的自由裁量权\n\n二是全面深化改革。内容。\n";
        assert_eq!(rules(&run(text)), [(2, MISSING_FINAL.id)]);
        let text = "一、成效\n经济稳健向好。全市农民人均纯收入达到11402元,增长10%\n二、问题\n";
        assert_eq!(rules(&run(text)), [(2, MISSING_FINAL.id)]);
    }

    #[test]
    fn a_run_in_headings_body_without_its_full_stop_is_found() {
        // d09: `1.深化“放管服”改革。…网上可办率达到100%` before `2.…`.
        let text = "一、主要举措\n1.深化改革。按照部署,推进标准化建设。受理业务8136件,网上可办率达到100%\n\n2.全面实施清单管理制度。梳理形成清单。\n";
        assert_eq!(rules(&run(text)), [(2, MISSING_FINAL.id)]);
    }

    #[test]
    fn headings_titles_and_the_cut_end_are_not_findings() {
        let text = "某区2020年法治政府建设工作报告\n一、主要举措\n(一)健全制度机制\n过去一年工作回顾\n全年办理案件。群众满意度持续提升,工作取得新的进展,法治政府建设迈上新台阶";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_single_sentence_set_as_a_paragraph_may_be_a_heading() {
        // gwr-1980: a lead statement with its details in the paragraphs below.
        let text = "第二，在经济上开始采取了一些新的政策，开始进行经济管理体制的某些改革，整个经济比较活了\n\n农村在放宽政策以后，生产发展。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_sentence_broken_over_lines_is_not_a_finding() {
        let text =
            "一、主要举措\n全年办理案件。各项工作取得成效,群众满意度\n持续提升。\n二、问题\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_paragraph_ending_in_injected_spam_is_left_to_the_spam_rule() {
        let text = "一、举措\n建立驿站260个。bt365体育在线备用_365国际体育官网_365bet亚洲城\n(三)强化约束\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_page_break_inside_a_word_is_not_a_paragraph_end() {
        // cpc-13: `…适当控` / blank line / `制信贷规模…`.
        let text = "一、任务\n三者是统一的。要按照货币流通规律适当控\n\n制信贷规模和货币供应量。\n二、其他\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // gwr-1957: `…增加到二千四百万` / blank line / `人，其中…`.
        let text = "一、任务\n职工增加。1956年末增加到二千四百万\n\n人，其中有私营企业转来的职工。\n二、其他\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn in_an_indented_text_an_unindented_line_after_a_break_continues_the_sentence() {
        // gwr-1957: `…同时，职工的人数` / a line of U+200B / `增加多了，…`, in a text whose
        // paragraphs all open with `　　`.
        let para = "\u{3000}\u{3000}我们做了很多工作，取得了成绩。这是全国人民努力的结果。\n\n";
        let head = format!("一、任务\n{}", para.repeat(5));
        let text = format!(
            "{head}\u{3000}\u{3000}基本建设投资多了十五亿元到二十亿元。同时，职工的人数\n\u{200b}\n增加多了，一部分职工的工资也增加了。\n\n{para}二、其他\n"
        );
        assert!(run(&text).is_empty(), "{:?}", run(&text));
        // The next paragraph indented as usual: the first one is finished without its mark.
        let text = format!(
            "{head}\u{3000}\u{3000}基本建设投资多了十五亿元到二十亿元。同时，职工的人数增加了\n\n\u{3000}\u{3000}一部分职工的工资也增加了，生活有所改善。\n\n{para}二、其他\n"
        );
        let got = run(&text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].rule, "missing-final-punctuation");
        // More than one blank line before an unindented line: a new part, not a page
        // break (gwr-2012: `…良好开局` / blank lines / `一年来，我们主要做了以下工作：`).
        let text = format!(
            "{head}\u{3000}\u{3000}基本建设投资多了十五亿元到二十亿元。同时，职工的人数增加了\n\n\n一年来，我们主要做了以下工作，成绩显著。\n\n{para}二、其他\n"
        );
        let got = run(&text);
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn paragraphs_ending_in_other_marks_are_fine() {
        let text = "一、主要举措\n全年办理案件。开展了“八五”普法\u{201c}进万家\u{201d}\n二、问题\n主要做法如下:\n一是加强领导。\n三、安排\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
