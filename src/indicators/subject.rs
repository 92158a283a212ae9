//! The subject of a figure: what it counts, as a short phrase taken from the text.
//!
//! Chinese states amounts two ways: the noun before the number (行政复议案件立案220件,
//! 调解成功率99%) or the number as a modifier of the noun after it (深入80余个乡镇,
//! 155人参加培训). For each figure we look at its clause (the text between , ; : 。 and
//! the neighbouring figures), tag only that short window with jieba (segmenting whole
//! paragraphs is what would cost time), and:
//!
//! - trim the left side: leading adverbs, pronouns, conjunctions, time words and generic
//!   scope words (全市, 其中, 累计), light verbs (开展, 组织), trailing linking words
//!   (达, 为, 共计, 等); a phrase with 的 keeps what follows the last 的;
//! - trim the right side: up to 的 or a conjunction (和, 及), without 了/的 in front;
//! - take the right side when the left is empty or ends in a verb (the number modifies
//!   the noun after it) and the right is not a generic noun (单位, 部门);
//! - when the left has no noun at all (审结203件, 调解成功6299件, 拟废止73件) it is an
//!   action on the thing counted just before in the same sentence: the last noun run of
//!   that subject is carried over (矛盾纠纷 + 调解成功);
//! - a growth rate (比上一年增长130%) without a noun of its own is about the previous
//!   figure's subject.

use jieba_rs::Tag;

use super::categories;
use crate::segment;

/// Characters that end a clause.
pub fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '\u{ff0c}'
            | '\u{ff1b}'
            | '\u{ff1a}'
            | '\u{ff01}'
            | '\u{ff1f}'
            | '。'
    )
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '\u{ff01}' | '\u{ff1f}')
}

/// Verbs that state a change: a percentage after one of them is a growth rate.
/// A trailing 到/至 (提高到95%) makes it a level again, which `growth_before` checks.
const GROWTH_WORDS: &[&str] = &[
    "增长", "增長", "增加", "提高", "提升", "上升", "下降", "减少", "減少", "降低", "压缩", "壓縮",
    "缩减", "縮減", "缩短", "縮短", "精简", "精簡", "提速", "增幅", "降幅", "增速", "减幅", "減幅",
];

/// Whether the text right before a number makes it a growth rate.
pub fn growth_before(before: &str) -> bool {
    let mut s = before;
    for tail in ["了", "达到", "达", "達到", "達", "为", "為"] {
        if let Some(t) = s.strip_suffix(tail) {
            s = t;
            break;
        }
    }
    GROWTH_WORDS.iter().any(|w| s.ends_with(w))
}

/// Scope and linking words that say nothing about what is counted, at the start of a
/// phrase.
const LEAD_STOP: &[&str] = &[
    "全市",
    "全区",
    "全區",
    "全县",
    "全縣",
    "全镇",
    "全鎮",
    "全省",
    "全年",
    "全部",
    "我市",
    "我区",
    "我區",
    "我县",
    "我縣",
    "本市",
    "本区",
    "市本级",
    "区本级",
    "县本级",
    "各级",
    "其中",
    "共",
    "共计",
    "累计",
    "累計",
    "合计",
    "总计",
    "已",
    "已经",
    "均",
    "分别",
    "先后",
    "年内",
    "当年",
    "今年",
    "目前",
    "现有",
    "截至",
    "并",
    "并且",
    "同时",
    "此外",
    "另外",
    "还",
    "又",
    "及",
    "以及",
    "和",
    "与",
    "、",
    "共有",
    "有",
    "其",
    "为",
    "對",
    "对",
    "在",
    "向",
    "通过",
    "經",
    "经",
];

/// Words after which a phrase states what was counted (X共调解Y → Y).
const SCOPE: &[&str] = &["共", "共计", "共計", "累计", "累計", "合计", "总计", "總計"];

/// Light verbs that only introduce what is counted (开展宪法宣传活动 → 宪法宣传活动).
const LIGHT_VERBS: &[&str] = &[
    "开展",
    "開展",
    "组织开展",
    "组织",
    "組織",
    "举办",
    "舉辦",
    "举行",
    "舉行",
    "进行",
    "進行",
    "完成",
    "实现",
    "實現",
    "开设",
    "召开",
    "召開",
    "涉及",
    "涵盖",
    "涵蓋",
    "包括",
    "发布",
    "建成",
    "共有",
    "达成",
    "办理",
    "辦理",
];

/// Linking words and hedges at the end of a phrase, before the number.
const TRAIL_STOP: &[&str] = &[
    "达",
    "达到",
    "達",
    "達到",
    "为",
    "為",
    "是",
    "共",
    "共计",
    "共計",
    "累计",
    "累計",
    "合计",
    "总计",
    "計",
    "计",
    "等",
    "了",
    "已",
    "多达",
    "高达",
    "仅",
    "均",
    "分别",
    "分別",
    "有",
    "共有",
    "约",
    "近",
    "超过",
    "逾",
    "全部",
    "的",
    "总数",
    "总量",
    "人数",
    "平均",
    "大幅",
    "同比",
    "环比",
    "进一步",
];

/// Nouns too generic to be a subject on their own: the phrase before them says more.
const GENERIC: &[&str] = &[
    "单位", "單位", "部门", "部門", "机构", "機構", "地方", "方面", "个", "家", "人", "次",
];

/// Words that compare with a base period, cut from a growth rate's subject.
const COMPARE: &[&str] = &["同比", "环比", "比", "较", "較", "相比"];

type Tok<'a> = (&'a str, &'static str);

fn is_noun(tag: &str) -> bool {
    tag.starts_with('n') || tag == "eng"
}

/// Part-of-speech tags kept as `'static` strings, so tokens can outlive the tagger's
/// borrow of a folded copy of the text.
fn intern(tag: &str) -> &'static str {
    const TAGS: &[&str] = &[
        "n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "eng", "v", "vn", "vd", "vg", "vi", "d",
        "c", "p", "r", "t", "f", "m", "q", "x", "w", "uj", "ul", "u", "a", "b", "l", "i",
    ];
    TAGS.iter().find(|t| **t == tag).copied().unwrap_or("other")
}

/// Tag a short window. Traditional text is tagged through its simplified folding (the
/// dictionary is simplified), with the words mapped back to the original characters;
/// when folding changes the number of characters the original is tagged as is.
fn tag(text: &str, traditional: bool) -> Vec<Tok<'_>> {
    let jieba = segment::jieba();
    if traditional {
        let folded = categories::fold(text);
        if folded.chars().count() == text.chars().count() {
            let starts: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let mut out = Vec::new();
            let mut at = 0;
            for t in jieba.tag(&folded, true) {
                let n = t.word.chars().count();
                out.push((&text[starts[at]..starts[at + n]], intern(t.tag)));
                at += n;
            }
            return out;
        }
    }
    jieba
        .tag(text, true)
        .into_iter()
        .map(|Tag { word, tag, .. }| (word, intern(tag)))
        .collect()
}

fn join(toks: &[Tok<'_>]) -> String {
    toks.iter().map(|t| t.0).collect()
}

/// Drop quote marks and brackets left without their partner by a window edge
/// (“信用丹东 → 信用丹东).
fn balance_quotes(s: String) -> String {
    let mut drop = Vec::new();
    for (open_c, close_c) in [('“', '”'), ('(', ')'), ('\u{ff08}', '\u{ff09}')] {
        let mut open = Vec::new();
        for (i, c) in s.char_indices() {
            if c == open_c {
                open.push(i);
            } else if c == close_c && open.pop().is_none() {
                drop.push(i);
            }
        }
        drop.extend(open);
    }
    if drop.is_empty() {
        return s;
    }
    s.char_indices()
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, c)| c)
        .collect()
}

fn strip_quotes(s: String) -> String {
    let s = balance_quotes(s);
    let inner = s
        .strip_prefix('“')
        .and_then(|t| t.strip_suffix('”'))
        .or_else(|| s.strip_prefix('"').and_then(|t| t.strip_suffix('"')));
    match inner {
        Some(t) if !t.contains(['“', '”', '"']) && !t.is_empty() => t.to_string(),
        _ => s,
    }
}

/// Drop leading scope words, adverbs, pronouns, conjunctions, prepositions, time words
/// and punctuation.
fn trim_lead<'a, 'b>(mut toks: &'b [Tok<'a>]) -> &'b [Tok<'a>] {
    while let Some((&(w, t), rest)) = toks.split_first() {
        let stop = LEAD_STOP.contains(&w)
            || matches!(
                t,
                "d" | "c" | "p" | "r" | "t" | "f" | "m" | "q" | "x" | "w" | "uj" | "ul"
            )
            || w.chars()
                .all(|c| is_clause_end(c) || c.is_whitespace() || c == '、');
        // An opening quote or bracket starts a name (“最多跑一次”事项); 各 + a noun
        // (各县, 各部门) names who, though tagged as a pronoun.
        let keep = w.starts_with(['“', '「', '(', '\u{ff08}'])
            || (w.starts_with('各') && w.chars().count() >= 2);
        if !stop || keep {
            break;
        }
        toks = rest;
    }
    toks
}

fn trim_trail<'a, 'b>(mut toks: &'b [Tok<'a>]) -> &'b [Tok<'a>] {
    while let Some((&(w, t), rest)) = toks.split_last() {
        let stop = TRAIL_STOP.contains(&w)
            || matches!(t, "d" | "c" | "p" | "uj" | "ul" | "x" | "w")
            || w.chars().all(|c| c.is_whitespace() || c == '、');
        if !stop || w.ends_with(['”', '」', ')', '\u{ff09}']) {
            break;
        }
        toks = rest;
    }
    toks
}

/// The left side of a figure, cleaned. `growth` also removes the change verb and the
/// base-period comparison (比上一年增长 → nothing).
fn clean_left<'a>(text: &'a str, growth: bool, traditional: bool, cut: bool) -> Vec<Tok<'a>> {
    let all = tag(text, traditional);
    let mut toks: &[Tok<'a>] = &all;
    // The window edge may fall inside a word: drop that fragment.
    if cut && toks.len() > 1 {
        toks = &toks[1..];
    }
    if let Some(p) = toks.iter().rposition(|t| t.0 == "的") {
        if toks[p + 1..]
            .iter()
            .map(|t| t.0.chars().count())
            .sum::<usize>()
            >= 2
        {
            toks = &toks[p + 1..];
        }
    }
    // 纠错率下降到10%: the level reached, with the verb of change before 到/至.
    if let Some((&(w, _), rest)) = toks.split_last() {
        if matches!(w, "到" | "至" | "在") {
            toks = rest;
            if let Some((&(w, _), rest)) = toks.split_last() {
                if GROWTH_WORDS.contains(&w) || matches!(w, "控制" | "保持" | "稳定" | "降" | "升")
                {
                    toks = rest;
                }
            }
            toks = trim_trail(toks);
        }
    }
    toks = trim_trail(toks);
    if growth {
        if let Some((&(w, _), rest)) = toks.split_last() {
            if GROWTH_WORDS.contains(&w) {
                toks = trim_trail(rest);
            }
        }
        let from = toks.len().saturating_sub(4);
        if let Some(p) = toks[from..].iter().position(|t| COMPARE.contains(&t.0)) {
            toks = trim_trail(&toks[..from + p]);
        }
    }
    // 人民调解委员会共调解矛盾纠纷: what precedes 共/累计 is who did it, not what was
    // counted.
    if let Some(p) = toks.iter().rposition(|t| SCOPE.contains(&t.0)) {
        if toks[p + 1..]
            .iter()
            .map(|t| t.0.chars().count())
            .sum::<usize>()
            >= 2
        {
            toks = &toks[p + 1..];
        }
    }
    toks = trim_lead(toks);
    if toks.len() > 1 && LIGHT_VERBS.contains(&toks[0].0) {
        toks = trim_lead(&toks[1..]);
    }
    toks.to_vec()
}

/// The right side of a figure, cleaned: up to a conjunction, and up to 的 unless
/// `cross_de` and nouns follow it (拟提交常务会议审议的议题: the head noun is after 的).
fn clean_right(text: &str, cross_de: bool, traditional: bool, cut: bool) -> Vec<Tok<'_>> {
    // 88件、政协提案150件: a list separator right after the figure closes its item.
    if text.starts_with('、') {
        return Vec::new();
    }
    let all = tag(text, traditional);
    let mut toks: &[Tok<'_>] = &all;
    if cut && toks.len() > 1 {
        toks = &toks[..toks.len() - 1];
    }
    while let Some((&(w, _), rest)) = toks.split_first() {
        if matches!(w, "了" | "的" | "以上" | "之" | "、") {
            toks = rest;
        } else {
            break;
        }
    }
    if let Some(p) = toks.iter().position(|&(w, t)| {
        t == "c" || matches!(w, "和" | "及" | "与" | "與" | "以及" | "并" | "並")
    }) {
        toks = &toks[..p];
    }
    if let Some(p) = toks.iter().position(|t| t.0 == "的") {
        let nouns = toks[p + 1..].iter().take_while(|t| is_noun(t.1)).count();
        toks = if cross_de && nouns > 0 {
            &toks[..p + 1 + nouns]
        } else {
            &toks[..p]
        };
    }
    trim_trail(toks).to_vec()
}

/// Whether a phrase opens like a noun phrase, after an opening quote: a noun, verbal
/// noun or adjective, or one modifier word right before a noun (the tagger often takes
/// the modifier of a compound for a verb or adverb: 审批/v 部门, 知名/v 科技企业). The
/// number before it then modifies it (15个审批部门, 6台“互联网无人律所”).
fn opens_with_noun(toks: &[Tok<'_>]) -> bool {
    let toks: Vec<&Tok<'_>> = toks
        .iter()
        .skip_while(|t| matches!(t.0, "“" | "\"" | "「"))
        .collect();
    let nounish = |t: &&Tok<'_>| is_noun(t.1) || matches!(t.1, "vn" | "a" | "b");
    match toks.as_slice() {
        [first, second, ..] if matches!(first.1, "v" | "d") && first.0.chars().count() == 2 => {
            is_noun(second.1)
        }
        [first, ..] => nounish(first),
        [] => false,
    }
}

/// Linking verbs fused onto the last word by the segmenter (率达, 数为).
fn strip_link_suffix(mut s: String) -> String {
    for tail in ["达到", "达", "達到", "達", "为", "為"] {
        if s.chars().count() > tail.chars().count() + 1 && s.ends_with(tail) {
            s.truncate(s.len() - tail.len());
            break;
        }
    }
    s
}

/// The last run of nouns in a subject (行政复议案件立案 → 行政复议案件).
fn noun_run(toks: &[Tok<'_>]) -> String {
    let Some(end) = toks.iter().rposition(|t| is_noun(t.1)) else {
        return String::new();
    };
    let start = toks[..end]
        .iter()
        .rposition(|t| !is_noun(t.1))
        .map_or(0, |p| p + 1);
    join(&toks[start..=end])
}

/// The last `max` characters of `s`, cut at a char boundary.
fn tail_chars(s: &str, max: usize) -> &str {
    match s.char_indices().rev().nth(max.saturating_sub(1)) {
        Some((i, _)) if max > 0 => &s[i..],
        _ => s,
    }
}

/// The first `max` characters of `s`.
fn head_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// One figure to find a subject for: the text of its clause before and after it.
pub struct Window<'a> {
    pub left: &'a str,
    pub right: &'a str,
    pub growth: bool,
    /// This figure starts a new sentence (nothing to carry over from).
    pub new_sentence: bool,
    /// The right side runs to the end of the clause (no other figure follows in it).
    pub clause_final: bool,
}

/// How many characters of context each side is looked at.
const WINDOW_CHARS: usize = 24;

/// What the previous figure of the sentence left behind for the next one.
#[derive(Default)]
struct Carry {
    subject: String,
    nouns: String,
    /// The previous subject was the phrase after its number: the next figure's left
    /// side starts with that same phrase and must not take it again.
    from_right: Option<String>,
}

/// Subjects for the figures of one line, in order, carrying context between figures of
/// the same sentence. `traditional`: the text is in traditional script.
pub fn subjects(windows: &[Window<'_>], traditional: bool) -> Vec<String> {
    let mut out = Vec::with_capacity(windows.len());
    let mut carry = Carry::default();
    for w in windows {
        if w.new_sentence {
            carry = Carry::default();
        }
        let left_part = tail_chars(w.left, WINDOW_CHARS);
        let right_part = head_chars(w.right, WINDOW_CHARS);
        let left_cut = left_part.len() < w.left.len();
        let right_cut = right_part.len() < w.right.len();
        let mut left = clean_left(left_part, w.growth, traditional, left_cut);
        let right = clean_right(right_part, w.clause_final, traditional, right_cut);
        let mut left_text = strip_link_suffix(join(&left));
        if GENERIC.contains(&left_text.as_str())
            || carry.from_right.as_deref() == Some(strip_quotes(left_text.clone()).as_str())
        {
            left.clear();
            left_text.clear();
        }
        let right_text = join(&right);
        let left_has_noun = left.iter().any(|t| is_noun(t.1));
        let right_ok = right_text.chars().count() >= 2 && !GENERIC.contains(&right_text.as_str());
        let mut from_right = false;
        let (subject, nouns) = if w.growth {
            if left_has_noun || carry.subject.is_empty() {
                (left_text, noun_run(&left))
            } else {
                (carry.subject.clone(), carry.nouns.clone())
            }
        } else if right_ok && (left.is_empty() || opens_with_noun(&right)) {
            from_right = true;
            (right_text, noun_run(&right))
        } else if !left.is_empty() {
            if !left_has_noun && !carry.nouns.is_empty() && !left_text.contains(&carry.nouns) {
                (format!("{}{left_text}", carry.nouns), carry.nouns.clone())
            } else {
                (left_text, noun_run(&left))
            }
        } else if !right_text.is_empty() {
            (right_text, noun_run(&right))
        } else {
            (carry.subject.clone(), carry.nouns.clone())
        };
        let subject = strip_quotes(subject);
        carry.from_right = from_right.then(|| subject.clone());
        carry.subject = subject.clone();
        if !nouns.is_empty() {
            carry.nouns = nouns;
        }
        out.push(subject);
    }
    out
}

#[cfg(test)]
#[path = "subject_tests.rs"]
mod tests;
