//! Points inside a section: `一是…二是…`, `一要…二要…`, `第一，…第二，…`, and the
//! unnumbered `首先…其次…最后` and `其一…其二`.
//!
//! Points are read on paragraphs (see `paragraphs`), at the start of a clause: the start
//! of a paragraph or after `。；：！？，、`. A run of points is either a paragraph run (each
//! point opens a paragraph, with its body in the paragraphs under it) or an inline run
//! inside one paragraph (`…工作：一是…；二是…。`). An inline run ends where its
//! paragraph ends unless the next paragraph opens with the next number; a heading ends
//! every run; `一是` always starts a new run.
//!
//! Findings, each only where the numbers themselves prove it:
//! - a paragraph that lost its numeral between two points whose numbers leave exactly
//!   its place free (`一是…` / `突出重点…` / `三是…`), or that kept only its `是`;
//! - the last paragraph of a section after a run, when it is shaped like the run's points
//!   (a lead phrase of the same length ending with the same mark) and nothing follows it
//!   but a heading;
//! - a skipped, repeated or reversed number inside a run;
//! - a point run into the previous sentence with no separator (`有待提升二是`);
//! - a point's lead phrase run into its body with no punctuation (`一是理顺执法权限清理
//!   行政执法依据…`) where the other points of its run end their lead phrase with a mark.

use crate::parse::markers::is_han;
use crate::parse::numerals::{is_chinese_digit, parse_chinese, to_chinese};
use crate::report::{Diagnostic, Severity};

use super::numbering::{DUPLICATE, GAP, ORDER};
use super::paragraphs::{ParaKind, Paragraph};
use super::rules::{Rule, SRC_POINTS};
use super::{excerpt, found, Context};

pub const MISSING_NUMERAL: Rule = Rule {
    id: "point-missing-numeral",
    severity: Severity::Warning,
    meaning: "a point that lost its numeral (`是积极推进…`, or a paragraph whose place the run's numbers leave free)",
    source: SRC_POINTS,
};
pub const MISSING_SEPARATOR: Rule = Rule {
    id: "point-missing-separator",
    severity: Severity::Warning,
    meaning: "a point run into the previous sentence with no punctuation (`有待提升二是`)",
    source: SRC_POINTS,
};
pub const LEAD_RUN_IN: Rule = Rule {
    id: "point-lead-run-in",
    severity: Severity::Warning,
    meaning: "a point's lead phrase runs into its body with no punctuation (`一是理顺执法权限清理…`) where the run's other points close theirs",
    source: SRC_POINTS,
};

pub const RULES: &[Rule] = &[MISSING_NUMERAL, MISSING_SEPARATOR, LEAD_RUN_IN];

/// The kinds of point markers; only the numbered ones are checked for their numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// 一是 二是
    Shi,
    /// 一要 二要
    Yao,
    /// 第一， 第二，
    Di,
    /// 首先 其次 最后, 其一 其二: marks a paragraph as a point, numbers nothing.
    Sequence,
}

/// A point marker found in a paragraph.
#[derive(Debug, Clone)]
struct Mark {
    family: Family,
    value: u32,
    /// Byte offset of the marker in the paragraph's text.
    at: usize,
    /// Byte offset where the point's text starts (after the marker).
    text_at: usize,
    /// Whether a clause starts here; otherwise the marker is run into the sentence before.
    clause_start: bool,
}

impl Mark {
    fn opens_paragraph(&self) -> bool {
        self.at == 0
    }

    fn label(&self) -> String {
        label(self.family, self.value)
    }
}

fn label(family: Family, value: u32) -> String {
    match family {
        Family::Shi => format!("{}是", to_chinese(value)),
        Family::Yao => format!("{}要", to_chinese(value)),
        Family::Di => format!("第{}", to_chinese(value)),
        Family::Sequence => String::new(),
    }
}

/// Punctuation after which a clause starts.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | '：' | '！' | '？' | '，' | '、' | ';' | ':' | '!' | '?' | ','
    )
}

/// Most paragraphs between two points of a run for a missing number between them to
/// count as a gap.
const MAX_BODY_PARAGRAPHS: u32 = 8;

/// Words that open a paragraph which sums up or goes on, never a point.
const CONNECTIVES: &[&str] = &[
    "总之",
    "综上",
    "总的",
    "总体",
    "此外",
    "另外",
    "同时",
    "今后",
    "下一步",
    "以上",
    "通过",
    "在此基础上",
    "特此",
    "我们",
    "这",
    "但",
    "然而",
    "因此",
    "为此",
    "对此",
    "目前",
    "当前",
    "其中",
    "例如",
    "比如",
    "如",
    "各位",
    "过去",
    "今年",
    "明年",
    "与此",
];

/// Every point marker in a paragraph, in order.
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let clause_start = prev.is_none_or(is_clause_break);
        let rest = &text[i..];
        if clause_start {
            if let Some(m) = marker_at(rest, i) {
                prev = Some(c);
                out.push(m);
                continue;
            }
        } else if is_chinese_digit(c)
            && !prev.is_some_and(|p| is_chinese_digit(p) || "第其之唯统单专不万".contains(p))
        {
            // `有待提升二是`: a 是-point glued to the sentence before.
            if let Some(m) = shi_at(rest, i).filter(|m| m.value >= 2) {
                out.push(Mark {
                    clause_start: false,
                    ..m
                });
            }
        }
        prev = Some(c);
    }
    // A marker inside a run of digits (`一二是`) is not one; `shi_at` needs the run start.
    out
}

/// A numbered `N是` at the start of `s` (byte offset `at` in the paragraph).
fn shi_at(s: &str, at: usize) -> Option<Mark> {
    let digits_len: usize = s
        .chars()
        .take_while(|&c| is_chinese_digit(c))
        .map(char::len_utf8)
        .sum();
    if digits_len == 0 || digits_len > 9 {
        return None;
    }
    let value = parse_chinese(&s[..digits_len])?;
    let after = &s[digits_len..];
    let (family, tail) = if let Some(t) = after.strip_prefix('是') {
        (Family::Shi, t)
    } else if let Some(t) = after.strip_prefix('要') {
        (Family::Yao, t)
    } else {
        return None;
    };
    // 是否, 是不是, 要求, and the saying 一是一、二是二: not points (三是一些…, 一是不断…
    // are).
    let next = tail.chars().next()?;
    let numeral_alone = || {
        let after = tail.trim_start_matches(is_chinese_digit);
        after.chars().next().is_none_or(is_clause_break)
    };
    if (family == Family::Shi && (next == '否' || tail.starts_with("不是")))
        || (family == Family::Yao && matches!(next, '求' | '素' | '件' | '点' | '是'))
        || (is_chinese_digit(next) && numeral_alone())
        || !(is_han(next) || next.is_numeric() || matches!(next, '“' | '《' | '（' | '('))
    {
        return None;
    }
    Some(Mark {
        family,
        value,
        at,
        text_at: at + digits_len + 3,
        clause_start: true,
    })
}

/// A marker at the start of a clause.
fn marker_at(s: &str, at: usize) -> Option<Mark> {
    if let Some(m) = shi_at(s, at) {
        return Some(m);
    }
    if let Some(rest) = s.strip_prefix('第') {
        let digits_len: usize = rest
            .chars()
            .take_while(|&c| is_chinese_digit(c))
            .map(char::len_utf8)
            .sum();
        let sep = rest[digits_len..].chars().next();
        if digits_len > 0 && matches!(sep, Some('，' | '、' | ',' | '：' | ':')) {
            let value = parse_chinese(&rest[..digits_len])?;
            let text_at = at + 3 + digits_len + sep.map_or(0, char::len_utf8);
            return Some(Mark {
                family: Family::Di,
                value,
                at,
                text_at,
                clause_start: true,
            });
        }
        return None;
    }
    const SEQUENCE: [(&str, u32); 7] = [
        ("首先", 1),
        ("其次", 2),
        ("再次", 3),
        ("最后", 9),
        ("其一", 1),
        ("其二", 2),
        ("其三", 3),
    ];
    SEQUENCE.iter().find_map(|&(w, value)| {
        s.strip_prefix(w).and_then(|rest| {
            let next = rest.chars().next()?;
            (matches!(next, '，' | ',' | '：' | ':' | '是' | '要') || is_han(next)).then_some(
                Mark {
                    family: Family::Sequence,
                    value,
                    at,
                    text_at: at + w.len(),
                    clause_start: true,
                },
            )
        })
    })
}

/// The mark of a point that kept only its 是 (`是积极推进…`).
fn lost_mark(value: u32) -> Mark {
    Mark {
        family: Family::Shi,
        value,
        at: 0,
        text_at: '是'.len_utf8(),
        clause_start: true,
    }
}

/// The mark of a paragraph that lost its whole numeral.
fn unnumbered_mark(family: Family, value: u32) -> Mark {
    Mark {
        family,
        value,
        at: 0,
        text_at: 0,
        clause_start: true,
    }
}

/// The lead phrase of a point: its text up to the first mark, and that mark.
fn lead(text: &str) -> (&str, Option<char>) {
    match text.char_indices().find(|&(_, c)| is_clause_break(c)) {
        Some((i, c)) => (&text[..i], Some(c)),
        None => (text, None),
    }
}

/// The class of a lead's closing mark: comma, full stop (or ! ?), semicolon, colon.
fn mark_class(c: Option<char>) -> u8 {
    match c {
        Some('，' | ',' | '、') => 1,
        Some('。' | '！' | '？' | '!' | '?') => 2,
        Some('；' | ';') => 3,
        Some('：' | ':') => 4,
        _ => 0,
    }
}

/// Whether an unnumbered paragraph could be a point: it does not sum up or go on.
fn point_shaped(text: &str) -> bool {
    !CONNECTIVES.iter().any(|c| text.starts_with(c))
        && !text.ends_with(['：', ':'])
        && lead(text).0.chars().count() <= 25
}

/// The shape of a point's lead: its first phrase (up to the first mark) and, where the
/// lead is two phrases (`领导重视,带头学法。`), the second one.
#[derive(Debug, Clone)]
struct LeadShape {
    /// Characters in the first phrase, and its closing mark class.
    first: (usize, u8),
    /// Characters in the second phrase when the first ends with a comma, and its class.
    second: Option<(usize, u8)>,
}

/// Most characters in a lead phrase a reader takes as short.
const SHORT_LEAD: usize = 16;

impl LeadShape {
    fn of(text: &str) -> Option<LeadShape> {
        let (first, mark) = phrase(text);
        let mark = mark_class(mark);
        if mark == 0 {
            return None;
        }
        let second = (mark == 1).then(|| {
            let rest = &text[first.len()..];
            let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            let (p, m) = phrase(rest);
            (p.chars().count(), mark_class(m))
        });
        Some(LeadShape {
            first: (first.chars().count(), mark),
            second,
        })
    }

    /// A short lead closed by a full stop or semicolon, or two short phrases
    /// (`领导重视,带头学法。`) closed so.
    fn is_short(&self) -> bool {
        let closes = |c: u8| c == 2 || c == 3;
        match (self.first, self.second) {
            ((n, c), _) if n <= SHORT_LEAD && closes(c) => true,
            ((n, 1), Some((m, c))) => n <= 8 && m <= SHORT_LEAD && closes(c),
            _ => false,
        }
    }
}

/// A phrase: text up to the first `，。；：！？` (an enumeration comma does not end it).
fn phrase(text: &str) -> (&str, Option<char>) {
    match text
        .char_indices()
        .find(|&(_, c)| is_clause_break(c) && c != '、')
    {
        Some((i, c)) => (&text[..i], Some(c)),
        None => (text, None),
    }
}

/// Tags of words that end a lead (its object) and of words that start a new predicate.
const NOUNISH: &[&str] = &["n", "nz", "vn", "nt", "nr", "ns", "j", "ng", "an"];
const VERBISH: &[&str] = &["v", "vd", "z", "a", "ad"];
/// Tags a lead phrase opens with: a verb, or an adverb before one (`持续/vd 加强`).
const LEAD_OPENERS: &[&str] = &["v", "vd", "d", "ad"];
/// Fewest characters of a lead phrase before the place it runs on.
const MIN_LEAD: usize = 5;

/// The phrase of a point that runs its lead into its body: longer than the short leads
/// of its run by far, with a place within their length where a noun ends and a verb
/// starts with no mark between (`理顺执法权限|清理…`, `持续加强安全生产监管|紧盯…`).
fn run_in_phrase<'t>(text: &'t str, short: &[&LeadShape]) -> Option<&'t str> {
    // Compare like with like: a two-phrase lead by its second phrase.
    let two_phrase = short.iter().filter(|s| s.first.1 == 1).count() * 2 > short.len();
    let (first, mark) = phrase(text);
    // The phrase judged, its byte offset in `text`, and the short leads' lengths.
    let (phrase_text, offset, lens): (&str, usize, Vec<usize>) = if two_phrase {
        if mark_class(mark) != 1 || first.chars().count() > 8 {
            return None;
        }
        let offset = first.len() + mark.map_or(0, char::len_utf8);
        let lens = short.iter().filter_map(|s| s.second.map(|x| x.0)).collect();
        (phrase(&text[offset..]).0, offset, lens)
    } else {
        (first, 0, short.iter().map(|s| s.first.0).collect())
    };
    let max = lens.iter().copied().max()?;
    let min = lens.iter().copied().min()?;
    let len = phrase_text.chars().count();
    // Far longer than the short leads; a long lead that still ends in a full stop by
    // itself is only a long lead (`必须坚持把改革开放作为经济社会发展的根本动力。`).
    let ends_sentence =
        text[offset + phrase_text.len()..].starts_with(['。', '；', ';', '！', '？']);
    if len < (2 * max + 4).max(14) || (ends_sentence && len < 3 * max) {
        return None;
    }
    // The split lies within the first few dozen characters; segment no more than that.
    let head = phrase_text
        .char_indices()
        .nth(max + 12)
        .map_or(phrase_text, |(i, _)| &phrase_text[..i]);
    let tags = crate::segment::jieba().tag(head, true);
    // A lead phrase is a verb and its object (`理顺执法权限`).
    if !tags.first().is_some_and(|t| LEAD_OPENERS.contains(&t.tag)) {
        return None;
    }
    let mut chars = 0;
    let mut has_verb = false;
    for pair in tags.windows(2) {
        chars += pair[0].word.chars().count();
        has_verb |= pair[0].tag == "v";
        let window = min.saturating_sub(2).max(MIN_LEAD)..=max + 6;
        if !window.contains(&chars) || len < chars + 4 {
            continue;
        }
        // The lead so far has its verb and ends in a noun; a new predicate starts.
        if has_verb
            && NOUNISH.contains(&pair[0].tag)
            && VERBISH.contains(&pair[1].tag)
            && pair[1].word.chars().count() >= 2
        {
            return Some(phrase_text);
        }
    }
    None
}

/// An open run of points.
struct Run {
    family: Family,
    last: u32,
    /// Paragraph of the last marker.
    last_para: usize,
    /// The run's paragraph-opening markers: (paragraph index, mark).
    openers: Vec<(usize, Mark)>,
    /// Unnumbered paragraphs since the last marker.
    pending: Vec<usize>,
    /// Some point had paragraphs of its own below it (a lead paragraph, then its body),
    /// so an unnumbered paragraph in the run is read as a body, not as a lost point.
    has_bodies: bool,
}

struct Checker<'a> {
    paras: &'a [Paragraph],
    out: &'a mut Vec<Diagnostic>,
    /// Open runs by family (Shi, Yao, Di).
    runs: [Option<Run>; 3],
}

fn slot(f: Family) -> Option<usize> {
    match f {
        Family::Shi => Some(0),
        Family::Yao => Some(1),
        Family::Di => Some(2),
        Family::Sequence => None,
    }
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let paras = &ctx.paragraphs.list;
    let mut checker = Checker {
        paras,
        out,
        runs: [None, None, None],
    };
    for (k, p) in paras.iter().enumerate() {
        if !p.is_prose() {
            checker.close_all(false);
            continue;
        }
        if matches!(p.kind, ParaKind::Heading(_)) {
            checker.close_all(true);
        }
        checker.paragraph(k);
    }
    checker.close_all(false);
}

impl Checker<'_> {
    fn close_all(&mut self, heading_follows: bool) {
        for s in 0..3 {
            if let Some(run) = self.runs[s].take() {
                self.close(run, heading_follows);
            }
        }
    }

    /// A run ends: a lone unnumbered paragraph after it, just before a heading, shaped
    /// like the run's points, lost its numeral; then its points' lead phrases are
    /// compared.
    fn close(&mut self, mut run: Run, heading_follows: bool) {
        if let Some(k) = self.trailing_point(&run, heading_follows) {
            let value = run.last + 1;
            self.missing(k, &label(run.family, value));
            run.openers.push((k, unnumbered_mark(run.family, value)));
        }
        self.lead_run_in(&run);
    }

    /// The paragraph after a run that is its next point without a numeral, if any.
    fn trailing_point(&self, run: &Run, heading_follows: bool) -> Option<usize> {
        if !heading_follows || run.pending.len() != 1 || run.openers.len() < 2 || run.has_bodies {
            return None;
        }
        let k = run.pending[0];
        let text = &self.paras[k].text;
        if !point_shaped(text) {
            return None;
        }
        let (l, m) = lead(text);
        let len = l.chars().count();
        let leads: Vec<(usize, u8)> = run
            .openers
            .iter()
            .map(|(pk, mark)| {
                let (l, m) = lead(&self.paras[*pk].text[mark.text_at..]);
                (l.chars().count(), mark_class(m))
            })
            .collect();
        let class = mark_class(m);
        let same = leads.iter().filter(|&&(_, c)| c == class).count();
        let min = leads.iter().map(|l| l.0).min().unwrap_or(0);
        let max = leads.iter().map(|l| l.0).max().unwrap_or(0);
        if class == 0 || same * 2 <= leads.len() || len + 2 < min || len > max + 4 {
            return None;
        }
        Some(k)
    }

    /// Points whose lead phrase runs into the body (`一是理顺执法权限清理行政执法依据…`),
    /// where the run's other points close their lead within a few characters. A point
    /// with a short lead is never a candidate, so the short leads of all the run's
    /// points are the short leads of the others: one pass over the run.
    fn lead_run_in(&mut self, run: &Run) {
        if run.openers.len() < 2 {
            return;
        }
        let shapes: Vec<Option<LeadShape>> = run
            .openers
            .iter()
            .map(|(k, m)| LeadShape::of(&self.paras[*k].text[m.text_at..]))
            .collect();
        let short: Vec<&LeadShape> = shapes.iter().flatten().filter(|s| s.is_short()).collect();
        // The other points must mostly close a short lead the same way.
        if short.is_empty() || short.len() * 2 < run.openers.len() - 1 {
            return;
        }
        for (i, (k, m)) in run.openers.iter().enumerate() {
            if shapes[i].as_ref().is_some_and(LeadShape::is_short) {
                continue;
            }
            let text = &self.paras[*k].text[m.text_at..];
            let Some(phrase) = run_in_phrase(text, &short) else {
                continue;
            };
            let p = &self.paras[*k];
            self.out.push(found(
                p.line_at(m.at),
                &LEAD_RUN_IN,
                &format!(
                    "“{}”的要点标题与正文连在一起,缺少标点:“{}”",
                    m.label(),
                    excerpt(phrase, 16)
                ),
                &format!(
                    "the lead phrase of “{}” runs into its body without punctuation: “{}”",
                    m.label(),
                    excerpt(phrase, 16)
                ),
                Some("在要点的标题短语后加句号(或与同组要点一致的标点)".into()),
            ));
        }
    }

    fn missing(&mut self, k: usize, expected: &str) {
        let p = &self.paras[k];
        let text = p.text.strip_prefix('是').unwrap_or(&p.text);
        let mut d = found(
            p.first_line(),
            &MISSING_NUMERAL,
            &format!("要点缺少序号,应为“{expected}”:“{}”", excerpt(&p.text, 12)),
            &format!("point is missing its numeral, expected “{expected}”"),
            Some(format!("{expected}{}", excerpt(text, 20))),
        );
        d.expected = Some(expected.to_string());
        self.out.push(d);
    }

    fn paragraph(&mut self, k: usize) {
        let p = &self.paras[k];
        let all = marks(&p.text);
        let first = all.first().filter(|m| m.opens_paragraph()).cloned();
        // A paragraph that kept only the 是 of its numeral.
        let lost_numeral = first.is_none()
            && p.text.starts_with('是')
            && p.text[3..].chars().next().is_some_and(is_han)
            && !p.text.starts_with("是否");
        for s in 0..3 {
            let Some(run) = self.runs[s].as_mut() else {
                continue;
            };
            let continues = first.as_ref().is_some_and(|m| slot(m.family) == Some(s))
                || (lost_numeral && s == 0);
            let other_opens = first.is_some() && !continues;
            let inline_only = run.openers.is_empty();
            if continues {
                continue;
            }
            if other_opens || inline_only {
                // Another kind of point, or an inline run whose paragraph ended.
                let next_is_inline_continuation = all.iter().any(|m| {
                    slot(m.family) == Some(s) && m.clause_start && m.value == run.last + 1
                });
                if !(inline_only && next_is_inline_continuation) {
                    let run = self.runs[s].take();
                    if let Some(run) = run {
                        self.close(run, false);
                    }
                }
                continue;
            }
            run.pending.push(k);
        }
        if lost_numeral {
            if let Some(run) = self.runs[0].as_mut() {
                let value = run.last + 1;
                run.last = value;
                run.last_para = k;
                run.pending.clear();
                run.openers.push((k, lost_mark(value)));
                let expected = label(Family::Shi, value);
                self.missing(k, &expected);
            }
        }
        for m in all {
            self.mark(k, m);
        }
    }

    fn mark(&mut self, k: usize, m: Mark) {
        let Some(s) = slot(m.family) else {
            return;
        };
        let line = self.paras[k].line_at(m.at);
        let Some(run) = self.runs[s].as_mut() else {
            // A run starts; one that starts past 1 is left alone (its start may be in a
            // part of the text that is not here).
            if m.clause_start {
                self.runs[s] = Some(Run {
                    family: m.family,
                    last: m.value,
                    last_para: k,
                    openers: if m.opens_paragraph() {
                        vec![(k, m)]
                    } else {
                        Vec::new()
                    },
                    pending: Vec::new(),
                    has_bodies: false,
                });
            }
            return;
        };
        if !m.clause_start {
            // Glued to the sentence before: only the next point of a run on this
            // paragraph counts (`有待提升二是`).
            if run.family == Family::Shi && run.last_para == k && m.value == run.last + 1 {
                run.last = m.value;
                let mut d = found(
                    line,
                    &MISSING_SEPARATOR,
                    &format!("“{}”与上一句之间缺少标点", m.label()),
                    &format!("point “{}” is run into the previous sentence", m.label()),
                    Some(format!("；{}", m.label())),
                );
                d.expected = Some(m.label());
                self.out.push(d);
            }
            return;
        }
        if m.value == 1 {
            let old = self.runs[s].take();
            if let Some(old) = old {
                self.close(old, false);
            }
            self.runs[s] = Some(Run {
                family: m.family,
                last: 1,
                last_para: k,
                openers: if m.opens_paragraph() {
                    vec![(k, m)]
                } else {
                    Vec::new()
                },
                pending: Vec::new(),
                has_bodies: false,
            });
            return;
        }
        let pending = std::mem::take(&mut run.pending);
        let last = run.last;
        let gap = pending.len() as u32;
        let same_para = run.last_para == k;
        run.last = run.last.max(m.value);
        run.last_para = k;
        if m.opens_paragraph() {
            run.openers.push((k, m.clone()));
        }
        if m.value == last + 1 {
            run.has_bodies |= gap > 0;
            return;
        }
        let family = m.family;
        let has_bodies = run.has_bodies;
        if gap > 0 && m.value == last + 1 + gap && m.opens_paragraph() && !has_bodies {
            // One paragraph exactly in the place the numbers leave is proof enough;
            // several must each read like a point.
            if gap == 1 || pending.iter().all(|&j| point_shaped(&self.paras[j].text)) {
                for (n, &j) in pending.iter().enumerate() {
                    self.missing(j, &label(family, last + 1 + n as u32));
                }
                // The paragraphs are points of the run, before this one.
                if let Some(run) = self.runs[s].as_mut() {
                    let at = run.openers.len() - 1;
                    for (n, &j) in pending.iter().enumerate() {
                        run.openers
                            .insert(at + n, (j, unnumbered_mark(family, last + 1 + n as u32)));
                    }
                }
            }
            return;
        }
        // Numbers inside a run: a repeat, a step back or a skip, where the two markers
        // are neighbours (in one paragraph, or opening consecutive paragraphs, or opening
        // paragraphs with bodies between them as the run's other points have), or one
        // number is missing between points that open paragraphs a few paragraphs apart
        // (`一是…` / bodies / `三是…`).
        let one_missing = m.value == last + 2 && gap <= MAX_BODY_PARAGRAPHS;
        let neighbours = m.opens_paragraph() && (gap == 0 || has_bodies || one_missing);
        if !(same_para || neighbours) {
            return;
        }
        let want = label(family, last + 1);
        let (rule, zh, en) = if m.value == last {
            (
                &DUPLICATE,
                format!("要点序号“{}”重复,应为“{want}”", m.label()),
                format!(
                    "point number “{}” repeats the one before; expected “{want}”",
                    m.label()
                ),
            )
        } else if m.value < last {
            (
                &ORDER,
                format!(
                    "要点序号“{}”在“{}”之后,顺序颠倒",
                    m.label(),
                    label(family, last)
                ),
                format!(
                    "point “{}” comes after “{}”",
                    m.label(),
                    label(family, last)
                ),
            )
        } else {
            (
                &GAP,
                format!("要点序号跳过,此处应为“{want}”,实为“{}”", m.label()),
                format!(
                    "point numbering skips: expected “{want}”, found “{}”",
                    m.label()
                ),
            )
        };
        let mut d = found(line, rule, &zh, &en, Some(want.clone()));
        d.expected = Some(want);
        self.out.push(d);
    }
}

#[cfg(test)]
#[path = "points_tests.rs"]
mod tests;
