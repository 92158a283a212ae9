//! Indicators: every figure a report states, with what it counts.
//!
//! `extract(report)` reads the body text line by line — never page clutter, the title
//! lines or the signature — and returns one `Figure` per amount, count, rate or sum of
//! money: its value (multipliers applied, money in 元), unit, qualifier, kind, the
//! subject it counts, a bounded context, a topic and, for common metrics, a canonical key
//! that lines the same metric up across reports.
//!
//! Submodules, one job each: `numbers` reads number forms and rejects what is not a
//! figure, `units` lists measure words and durations, `phrase` tags and trims the words
//! around a figure, `subject` decides what a figure counts, `categories` maps subjects to
//! topics, `key_table` is the table of canonical metrics and `keys` applies it, `compare`
//! lines the selected figure up across reports, `matrix` builds reports × metrics with
//! year-on-year changes. Figures hold byte ranges into `report.text`; nothing here knows
//! about terminals.
//!
//! Every search around a figure is bounded (by the neighbouring figures, by
//! `CONTEXT_CHARS`), so a long line without punctuation costs linear time.
//!
//! Figures in headings count like any other: a run-in heading's lead sentence often
//! states the section's headline figure, and the hand-checked gold labels them.

pub mod categories;
pub mod compare;
pub mod key_table;
pub mod keys;
pub mod matrix;
pub mod numbers;
pub mod phrase;
pub mod subject;
pub mod units;

use std::ops::Range;

use serde::Serialize;

pub use categories::Category;
pub use compare::{compare, sort_points, ComparePoint, Comparison, SortBy};
pub use numbers::Qualifier;

use crate::report::{Report, Script};
use numbers::{Lexeme, UnitClass};
use subject::Window;

/// What kind of figure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An amount with a measure word: 220件, 1.5万名.
    Count,
    /// A rate or share: 99%, 百分之九十.
    Percent,
    /// Money, normalised to 元.
    Money,
    /// A change: 同比增长72.4%, 压缩50%, 提高3个百分点.
    Growth,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Growth => "growth",
        }
    }
}

/// One figure stated in a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// 1-based line.
    pub line: usize,
    /// Byte range of the raw figure text in `report.text`.
    pub span: Range<usize>,
    /// The deepest outline node holding the figure.
    pub node: Option<usize>,
    /// What the figure counts, as a short phrase from the text.
    pub subject: String,
    /// The value with 千/万/亿 applied; money in 元 (other currencies as written, not
    /// converted); percentages as written (99.5). For a range, its lower end.
    pub value: f64,
    /// The upper end of a range (`6.5%－7%`: 7.0), `None` for a single value.
    pub upper: Option<f64>,
    /// The measure word as written (`件`, `項`), or `%`, `元`, `美元`, `个百分点`.
    pub unit: &'static str,
    pub qualifier: Option<Qualifier>,
    pub kind: Kind,
    pub category: Option<Category>,
    /// Canonical metric key, for common metrics.
    pub key: Option<&'static str>,
    /// The figure as written (`160余万元`); the same text as `span`.
    pub raw: String,
    /// The figure with the qualifier words around it, as written (`超过300人`,
    /// `50%以上`): what a reader sees, never cut.
    pub written: String,
    /// The figure states an earlier period's level, the start of a change
    /// (`由85%提高到98%`: 85%; `上年同期为60件`): not this report's value.
    pub baseline: bool,
    /// Byte range of the figure's context in `report.text`: its sentence, or when that
    /// is long the clauses around it, at most `CONTEXT_CHARS` characters each side.
    pub sentence: Range<usize>,
}

impl Figure {
    /// The sentence as text.
    pub fn sentence_text<'a>(&self, report: &'a Report) -> &'a str {
        report.text.get(self.sentence.clone()).unwrap_or("")
    }
}

/// The figures inside outline node `node` (its own text and its descendants'), in
/// order: what the indicator panel shows for a selected section.
pub fn in_section<'a>(report: &Report, figures: &'a [Figure], node: usize) -> Vec<&'a Figure> {
    let Some(span) = report.nodes.get(node).map(|n| n.span.clone()) else {
        return Vec::new();
    };
    figures
        .iter()
        .filter(|f| span.start <= f.span.start && f.span.end <= span.end)
        .collect()
}

/// A value for display: integers without a decimal point, other values as short as
/// they print (`10600`, `98.04`).
pub fn format_value(value: f64) -> String {
    // 5.31亿 × 10⁸ is 530999999.99999994 in binary floating point: round off what the
    // multiplication added (figures are never written with more than six decimals).
    let rounded = (value * 1e6).round() / 1e6;
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// Whether a line may hold figures: not clutter, not the title, not the signature.
fn is_body_line(report: &Report, line: usize) -> bool {
    !report.is_clutter_line(line)
        && !report.meta.title_lines.contains(&line)
        && !report.meta.signature_lines.contains(&line)
}

/// A cheap test before scanning: any digit, full-width digit or 百分之 in the line.
fn may_hold_figures(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || text.contains(|c: char| ('\u{ff10}'..='\u{ff19}').contains(&c))
        || text.contains("百分之")
}

/// Every figure in the report's body text, in document order.
pub fn extract(report: &Report) -> Vec<Figure> {
    let mut figures = Vec::new();
    let traditional = report.meta.script == Script::Traditional;
    for line in 1..=report.line_count() {
        if !is_body_line(report, line) {
            continue;
        }
        let range = report.line_range(line);
        let text = &report.text[range.clone()];
        if !may_hold_figures(text) {
            continue;
        }
        let lexemes = numbers::scan(text);
        if lexemes.is_empty() {
            continue;
        }
        let windows = windows(text, &lexemes);
        let subjects = subject::subjects(&windows, traditional);
        let breakdown = in_breakdown(text, &lexemes);
        for (k, ((lx, w), subject)) in lexemes.iter().zip(&windows).zip(subjects).enumerate() {
            let clause = format!(
                "{}{}",
                phrase::tail_chars(w.left, CLAUSE_CHARS),
                phrase::head_chars(w.right, CLAUSE_CHARS)
            );
            let kind = match lx.class {
                UnitClass::Money => Kind::Money,
                UnitClass::Points => Kind::Growth,
                UnitClass::Percent if w.growth => Kind::Growth,
                UnitClass::Percent => Kind::Percent,
                UnitClass::Count if w.growth && lx.unit == "倍" => Kind::Growth,
                UnitClass::Count => Kind::Count,
            };
            let sentence = context_range(text, lx.raw.clone());
            let sentence = range.start + sentence.start..range.start + sentence.end;
            let span = range.start + lx.raw.start..range.start + lx.raw.end;
            let node = report.node_at(span.start);
            let said = Context {
                subject: &subject,
                clause: &clause,
                kind,
                unit: lx.unit,
                share: states_its_share(&text[lx.outer.end..], &subject),
                breakdown: breakdown[k],
                change: w.growth,
            };
            let (category, key) = classify(report, &said, &sentence, &span, node);
            let outer = range.start + lx.outer.start..range.start + lx.outer.end;
            figures.push(Figure {
                line,
                raw: report.text[span.clone()].to_string(),
                written: report.text[outer].to_string(),
                baseline: is_baseline(w.left, w.right),
                span,
                node,
                subject,
                value: lx.value,
                upper: lx.upper,
                unit: lx.unit,
                qualifier: lx.qualifier,
                kind,
                category,
                key,
                sentence,
            });
        }
    }
    figures
}

/// The clause context of each figure, bounded by clause punctuation and by the
/// neighbouring figures. Each search stays between the neighbours, so a long line with
/// no punctuation costs linear time, not quadratic.
fn windows<'a>(text: &'a str, lexemes: &[Lexeme]) -> Vec<Window<'a>> {
    let mut out: Vec<Window<'a>> = Vec::with_capacity(lexemes.len());
    // Open brackets before the figure (each stretch of text is counted once).
    let mut depth: i32 = 0;
    for (k, lx) in lexemes.iter().enumerate() {
        let prev_end = k
            .checked_sub(1)
            .map_or(0, |p| lexemes[p].outer.end.min(lx.outer.start));
        let between = &text[prev_end..lx.outer.start];
        for c in between.chars() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth = (depth - 1).max(0),
                _ if subject::is_sentence_end(c) => depth = 0,
                _ => {}
            }
        }
        let mut marks = between
            .char_indices()
            .rev()
            .filter(|&(_, c)| subject::is_clause_end(c));
        let last_mark = marks.next();
        let left_start = last_mark.map_or(prev_end, |(i, c)| prev_end + i + c.len_utf8());
        // The clause before, when it lies in the same sentence with no figure in it.
        let before = match last_mark {
            Some((i, c)) if !subject::is_sentence_end(c) => {
                let from = marks
                    .next()
                    .map_or(prev_end, |(j, d)| prev_end + j + d.len_utf8());
                let in_sentence = !text[from..prev_end + i].contains(subject::is_sentence_end);
                if in_sentence && (k == 0 || from > prev_end) {
                    &text[from..prev_end + i]
                } else {
                    ""
                }
            }
            _ => "",
        };
        let next_start = lexemes
            .get(k + 1)
            .map_or(text.len(), |n| n.outer.start.max(lx.outer.end));
        let clause_end = text[lx.outer.end..next_start]
            .char_indices()
            .find(|&(_, c)| subject::is_clause_end(c))
            .map(|(i, _)| lx.outer.end + i);
        let right_end = clause_end.unwrap_or(next_start);
        // The clause runs on past the next figure when no mark ends it before; at the end
        // of the line it ends anyway.
        let clause_final = clause_end.is_some() || k + 1 == lexemes.len();
        let new_sentence = k == 0 || between.contains(subject::is_sentence_end);
        let listed = k > 0 && matches!(between.trim(), "、" | "和" | "及" | "与" | "與");
        // 分别增长8.6%、9.4%: an item of a list of changes is a change too.
        let growth = subject::growth_before(&text[left_start..lx.outer.start])
            || (listed && out.last().is_some_and(|w| w.growth));
        out.push(Window {
            clause_final,
            left: &text[left_start..lx.outer.start],
            right: &text[lx.outer.end..right_end],
            before,
            growth,
            new_sentence,
            unit: lx.unit,
            listed,
            adjacent: k > 0 && between.is_empty(),
            bracketed: depth > 0,
        });
    }
    out
}

/// Words in the clause before a figure that make it an earlier period's level:
/// 上年同期为60件, 去年的85%.
const EARLIER: &[&str] = &["上年", "去年", "上一年", "同期", "上年度", "前一年"];

/// Whether a figure states where a change started or an earlier period's level: 由/从
/// before it and 到/至 after it in its clause (由85%提高到98%), or 上年/去年/同期 just
/// before it (上年同期为60件).
fn is_baseline(left: &str, right: &str) -> bool {
    let left_near = phrase::tail_chars(left, BASELINE_CHARS);
    let from = left_near.contains(['由', '从', '從']);
    let to = phrase::head_chars(right, BASELINE_CHARS).contains(['到', '至']);
    let earlier = EARLIER
        .iter()
        .any(|w| phrase::tail_chars(left, 8).contains(w));
    (from && to) || earlier
}

/// How far around a figure the words of `is_baseline` are looked for, in characters.
const BASELINE_CHARS: usize = 16;

/// How many characters of context a figure carries on each side of it at most: the
/// sentence when it is shorter, else the clauses around the figure that fit.
pub const CONTEXT_CHARS: usize = 100;

/// The context of a figure at `raw` in a line: its sentence (after the previous 。!? to
/// the next one, inclusive) when that lies within `CONTEXT_CHARS` characters on each
/// side; otherwise cut at the furthest clause mark within reach, or at the reach itself.
/// Bounded, so a figure never carries a whole 200 KB line without a 。.
fn context_range(text: &str, raw: Range<usize>) -> Range<usize> {
    let (mut start, mut clause, mut sentence, mut whole) = (raw.start, None, None, true);
    for (n, (i, c)) in text[..raw.start].char_indices().rev().enumerate() {
        if n == CONTEXT_CHARS {
            whole = false;
            break;
        }
        if subject::is_sentence_end(c) {
            sentence = Some(i + c.len_utf8());
            break;
        }
        if subject::is_clause_end(c) {
            clause = Some(i + c.len_utf8());
        }
        start = i;
    }
    let start = match sentence {
        Some(s) => s,
        None if whole => start,
        None => clause.unwrap_or(start),
    };
    let (mut end, mut clause, mut sentence, mut whole) = (raw.end, None, None, true);
    for (n, (i, c)) in text[raw.end..].char_indices().enumerate() {
        if n == CONTEXT_CHARS {
            whole = false;
            break;
        }
        let at = raw.end + i;
        if subject::is_sentence_end(c) {
            sentence = Some(at + c.len_utf8());
            break;
        }
        end = at + c.len_utf8();
        if subject::is_clause_end(c) {
            clause = Some(end);
        }
    }
    let end = match sentence {
        Some(e) => e,
        None if whole => end,
        None => clause.unwrap_or(end),
    };
    start..end
}

/// How far from a figure, in characters, a topic keyword in its sentence still counts.
const NEAR_CHARS: usize = 30;

/// How many characters of the paragraph before a figure's sentence are matched against
/// keys, for a subject that names only a stage.
const PARAGRAPH_CHARS: usize = 200;

/// How many characters of a figure's clause on each side are matched against keys.
const CLAUSE_CHARS: usize = 40;

/// A figure's own words, for classifying it.
struct Context<'a> {
    subject: &'a str,
    clause: &'a str,
    kind: Kind,
    unit: &'static str,
    /// The figure is followed by its share of a total (`60件,占收到申请总数的1%`).
    share: bool,
    /// The figure is an item of a breakdown in brackets after a total
    /// (`1428宗(其中民事381宗、刑事242宗)`).
    breakdown: bool,
    /// The figure follows a word of change (`增加了555件`): it counts the change.
    change: bool,
}

/// Whether the text right after a count gives its share of a total (`,占收案总数的
/// 79.9%`, `，占比12%`): the count is then a part of that total, not the metric itself.
/// Cases concluded given as a share of the cases received or under review
/// (`审结72747件,占受理案件总数的94.68%`) are the whole of their own stage: the share is
/// a completion rate.
fn states_its_share(after: &str, subject: &str) -> bool {
    let Some(share) = after
        .trim_start_matches([',', '\u{ff0c}', ' ', '\u{3000}'])
        .strip_prefix('占')
    else {
        return false;
    };
    let base = phrase::head_chars(share, 8);
    let concluded = ["审结", "办结", "结案", "審結", "辦結"]
        .iter()
        .any(|w| subject.contains(w));
    let of_intake = ["受理", "审理", "收案", "審理"]
        .iter()
        .any(|w| base.contains(w));
    // Cases corrected given as a share of the cases concluded (撤销、变更、确认违法的有107件,
    // 占审结数的7.96%) are the whole of the correction stage: the share is its rate. One
    // corrective decision alone (撤销5件) stays a part.
    let corrected = ["纠错", "糾錯"].iter().any(|w| subject.contains(w))
        || (subject.contains('撤')
            && [
                "变更",
                "變更",
                "确认违法",
                "確認違法",
                "责令履行",
                "責令履行",
            ]
            .iter()
            .any(|w| subject.contains(w)));
    let of_concluded = ["审结", "办结", "審結", "辦結"]
        .iter()
        .any(|w| base.contains(w));
    !((concluded && of_intake) || (corrected && of_concluded))
}

/// For each figure, whether it stands inside brackets opened right after the figure
/// before it: an item of that figure's breakdown (`1428宗(其中民事381宗、刑事242宗)`,
/// `411件(拟继续有效206件,废止126件)`), a part and not the metric. One pass over the
/// text between the figures, so a long line costs linear time.
fn in_breakdown(text: &str, lexemes: &[Lexeme]) -> Vec<bool> {
    let mut out = Vec::with_capacity(lexemes.len());
    let mut inside = false;
    let mut prev_end = None;
    for lx in lexemes {
        let from = prev_end.unwrap_or(0).min(lx.outer.start);
        for (i, c) in text[from..lx.outer.start].char_indices() {
            match c {
                '(' | '\u{ff08}' => {
                    inside = prev_end.is_some() && text[from..from + i].trim().is_empty();
                }
                ')' | '\u{ff09}' => inside = false,
                _ => {}
            }
        }
        out.push(inside);
        prev_end = Some(lx.outer.end);
    }
    out
}

/// Topic and canonical key: the key from the subject, clause and sentence; the topic
/// from the key, else the subject, a keyword near the figure in its sentence, the titles
/// of the sections holding it, and finally anywhere in the sentence.
fn classify(
    report: &Report,
    c: &Context<'_>,
    sentence: &Range<usize>,
    span: &Range<usize>,
    node: Option<usize>,
) -> (Option<Category>, Option<&'static str>) {
    // Keys are matched in simplified script. The subject and clause are short and folded
    // always (a traditional phrase can sit in a simplified report); the sentence only
    // when the report or the clause is traditional.
    let subject = categories::fold(c.subject);
    let clause = categories::fold(c.clause);
    let traditional = report.meta.script == Script::Traditional || clause != c.clause;
    let fold = |s: &str| {
        if traditional {
            categories::fold(s)
        } else {
            s.to_string()
        }
    };
    let sentence_raw = report.text.get(sentence.clone()).unwrap_or("");
    let at = span
        .start
        .saturating_sub(sentence.start)
        .min(sentence_raw.len());
    // Folding can change byte lengths, so the offset is taken in the folded prefix.
    let (sentence_text, at) = match (sentence_raw.get(..at), sentence_raw.get(at..)) {
        (Some(before), Some(after)) if traditional => {
            let before = fold(before);
            let at = before.len();
            (before + &fold(after), at)
        }
        _ => (sentence_raw.to_string(), at),
    };
    // The paragraph before the sentence, bounded, then the sentence.
    let line = report.line_range(report.line_of(sentence.start));
    let before = report
        .text
        .get(line.start.min(sentence.start)..sentence.start)
        .unwrap_or("");
    let paragraph = format!(
        "{}{sentence_text}",
        fold(phrase::tail_chars(before, PARAGRAPH_CHARS))
    );
    let said = keys::Said {
        subject: &subject,
        clause: &clause,
        sentence: &sentence_text,
        paragraph: &paragraph,
        kind: c.kind,
        unit: c.unit,
    };
    // A part of a total, an item of a breakdown and a change in a count get no key: no
    // key rather than a wrong key.
    let key = if (c.share || c.breakdown || c.change) && c.kind == Kind::Count {
        None
    } else {
        keys::key_for(&said)
    };
    if let Some((key, category)) = key {
        return (Some(category), Some(key));
    }
    if let Some(c) = categories::category_of(&subject) {
        return (Some(c), None);
    }
    if let Some(c) = categories::category_near(&sentence_text, at, NEAR_CHARS) {
        return (Some(c), None);
    }
    if let Some(n) = node {
        for i in report.heading_path(n).into_iter().rev() {
            if let Some(c) = categories::category_of(&fold(&report.nodes[i].title)) {
                return (Some(c), None);
            }
        }
    }
    if let Some(c) = categories::category_of(&sentence_text) {
        return (Some(c), None);
    }
    (None, None)
}

#[cfg(test)]
mod tests;

/// The samples with their figures, as tests pair them (`(report, figures)` per report).
#[cfg(test)]
pub(crate) fn sample_figures() -> (Vec<Report>, Vec<Vec<Figure>>) {
    let reports = crate::samples::reports().expect("samples parse");
    let figures = reports.iter().map(extract).collect();
    (reports, figures)
}

/// Each report beside its figures, the shape `compare` and `matrix::build` take.
#[cfg(test)]
pub(crate) fn paired<'a>(
    reports: &'a [Report],
    figures: &'a [Vec<Figure>],
) -> Vec<(&'a Report, &'a [Figure])> {
    reports
        .iter()
        .zip(figures)
        .map(|(r, f)| (r, f.as_slice()))
        .collect()
}
