//! Phrases around a figure, as tagged tokens: tagging a short window with jieba and
//! trimming it to what names the thing counted.
//!
//! `clean_left` works on the text before a number (行政复议案件立案220件), `clean_right` on
//! the text after it (深入80余个乡镇). Both drop what says nothing about what is counted:
//! scope words (全市, 其中, 累计), adverbs, pronouns, linking words (达, 为, 共计), light
//! verbs (开展, 组织) and the base period of a change (比上年). `subject` decides which side
//! names the figure and how context carries over between figures.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use jieba_rs::Tag;

use super::categories;
use crate::segment;

/// A word and its part-of-speech tag.
pub type Tok<'a> = (&'a str, &'static str);

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
    "会同",
    "依法",
    "會同",
    "联合",
    "聯合",
    "协同",
    "協同",
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
    "组织召开",
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

/// Words that open a predicate right after a figure (9项全部按程序推进, 40份均已签订).
const PREDICATE_LEADS: &[&str] = &[
    "全部", "均", "都", "已", "已经", "全", "共", "分别", "分別", "依法", "按时", "按期",
];

/// Nouns too generic to be a subject on their own: the phrase before them says more.
pub const GENERIC: &[&str] = &[
    "单位", "單位", "部门", "部門", "机构", "機構", "地方", "方面", "个", "家", "人", "次",
];

/// Words that compare with a base period: a change phrase starts at them (同比增长).
const COMPARE: &[&str] = &[
    "实际",
    "名义",
    "年均",
    "年平均",
    "同比",
    "环比",
    "環比",
    "比",
    "较",
    "較",
    "相比",
    "比上年",
    "较上年",
    "較上年",
];

/// The longest modifier before 的 kept in a subject, in characters.
const MODIFIER_CHARS: usize = 12;

/// Prepositions that give where a change starts (纠错率由15%降到10%): the subject is
/// before them.
const FROM: &[&str] = &["由", "从", "從"];

/// Verbs that state a change: a percentage after one of them is a growth rate.
/// A trailing 到/至 (提高到95%) makes it a level again, which `growth_before` checks.
pub const GROWTH_WORDS: &[&str] = &[
    "增长", "增長", "增加", "提高", "提升", "上升", "下降", "减少", "減少", "降低", "压缩", "壓縮",
    "缩减", "縮減", "缩短", "縮短", "精简", "精簡", "提速", "增幅", "降幅", "增速", "减幅", "減幅",
];

pub fn is_noun(tag: &str) -> bool {
    tag.starts_with('n') || tag == "eng"
}

/// A token that can head what is counted: a noun, an abbreviation (中小学/j), or a word
/// for a rate, a number or an amount (率 is often tagged a verb).
pub fn nounish(t: &Tok<'_>) -> bool {
    is_noun(t.1)
        || t.1 == "j"
        || (t.0.chars().count() <= 3 && t.0.ends_with(['率', '額', '额']))
        || VERB_TAGGED_NOUNS.contains(&t.0)
}

/// Nouns of reports that the tagger takes for verbs (提案/v, 收入/v, 投资/v).
const VERB_TAGGED_NOUNS: &[&str] = &[
    "提案", "议案", "議案", "收入", "投资", "投資", "支出", "收案", "结案", "結案",
];

/// Part-of-speech tags kept as `'static` strings, so tokens can outlive the tagger's
/// borrow of a folded copy of the text.
fn intern(tag: &str) -> &'static str {
    const TAGS: &[&str] = &[
        "n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "eng", "v", "vn", "vd", "vg", "vi", "d",
        "c", "p", "r", "t", "f", "m", "q", "x", "w", "uj", "ul", "u", "a", "ad", "b", "l", "i",
        "j",
    ];
    // Called for every token: an index by tag instead of a scan of the list.
    static INDEX: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| TAGS.iter().map(|t| (*t, *t)).collect())
        .get(tag)
        .copied()
        .unwrap_or("other")
}

/// A word list as a set, built once: the stop lists are looked up for every token.
fn word_set(
    cell: &'static OnceLock<HashSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

fn is_lead_stop(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    word_set(&SET, LEAD_STOP).contains(w)
}

fn is_trail_stop(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    word_set(&SET, TRAIL_STOP).contains(w)
}

/// Tag a short window. Traditional text is tagged through its simplified folding (the
/// dictionary is simplified), with the words mapped back to the original characters;
/// when folding changes the number of characters the original is tagged as is.
pub fn tag(text: &str, traditional: bool) -> Vec<Tok<'_>> {
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

pub fn join(toks: &[Tok<'_>]) -> String {
    toks.iter().map(|t| t.0).collect()
}

fn chars_in(toks: &[Tok<'_>]) -> usize {
    toks.iter().map(|t| t.0.chars().count()).sum()
}

/// Drop quote marks and brackets left without their partner by a window edge
/// (“信用丹东 → 信用丹东, 善平先生普法笔记》 → 善平先生普法笔记).
fn balance_quotes(s: String) -> String {
    let mut drop = Vec::new();
    for (open_c, close_c) in [
        ('“', '”'),
        ('(', ')'),
        ('\u{ff08}', '\u{ff09}'),
        ('《', '》'),
    ] {
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

/// Balance quotes and brackets, and take a phrase out of the quotes around all of it.
pub fn strip_quotes(s: String) -> String {
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
pub fn trim_lead<'a, 'b>(mut toks: &'b [Tok<'a>]) -> &'b [Tok<'a>] {
    // 按时办结率: an adverb inside the name of a rate belongs to it.
    let rate = toks.last().is_some_and(|t| t.0.ends_with('率'));
    while let Some((&(w, t), rest)) = toks.split_first() {
        // 2020年度我局…: the rest of a date whose number was left out.
        let stop = is_lead_stop(w)
            || matches!(w, "年度" | "年" | "月份" | "月" | "日")
            || matches!(
                t,
                "d" | "ad" | "c" | "p" | "r" | "t" | "f" | "m" | "q" | "x" | "w" | "uj" | "ul"
            )
            || w.chars()
                .all(|c| super::subject::is_clause_end(c) || c.is_whitespace() || c == '、');
        // An opening quote or bracket starts a name (“最多跑一次”事项, 《…》); 各 + a noun
        // (各县, 各部门) names who, though tagged as a pronoun.
        let before_noun = rest.first().is_some_and(nounish);
        let keep = w.starts_with(['“', '「', '(', '\u{ff08}', '《'])
            || (w.starts_with('各') && (w.chars().count() >= 2 || before_noun))
            // 西部/f 地区: a place word inside a name.
            || (t == "f" && w.chars().count() >= 2 && before_noun)
            || (rate && t == "d" && rest.first().is_some_and(|n| n.1 == "v"));
        if !stop || keep {
            break;
        }
        toks = rest;
    }
    toks
}

pub fn trim_trail<'a, 'b>(mut toks: &'b [Tok<'a>]) -> &'b [Tok<'a>] {
    while let Some((&(w, t), rest)) = toks.split_last() {
        // 受援人数, 占受理总数: after a verb the total is what is counted; only after a
        // noun (申请人总数) does the noun say it alone.
        let total_of_verb = matches!(w, "总数" | "总量" | "人数" | "總數" | "總量" | "人數")
            && !rest.last().is_some_and(nounish);
        let stop = !total_of_verb && is_trail_stop(w)
            || matches!(t, "d" | "c" | "p" | "uj" | "ul" | "x" | "w")
            || w.chars().all(|c| c.is_whitespace() || c == '、');
        if !stop || w.ends_with(['”', '」', ')', '\u{ff09}', '》']) {
            break;
        }
        toks = rest;
    }
    toks
}

/// The left side of a figure, cleaned.
#[derive(Debug, Default)]
pub struct Left<'a> {
    /// What names the thing counted (行政复议案件).
    pub toks: Vec<Tok<'a>>,
    /// For a growth rate, the change as written (同比增长, 较上年增长), else empty.
    pub change: String,
    /// The text ended in 的: the number sits inside a noun phrase whose head follows it
    /// (巡察反馈的13个问题).
    pub ends_de: bool,
    /// The text ended in 等: examples of what the figure counts follow as a noun
    /// (市交通运输局、市公安局交警大队等16个单位).
    pub ends_deng: bool,
}

/// Where a change phrase starts in `toks` (a growth verb at the end, with a comparison
/// with the base period up to four words before it), if there is one.
fn change_start(toks: &[Tok<'_>]) -> Option<usize> {
    let verb = toks.len().checked_sub(1)?;
    if !GROWTH_WORDS.contains(&toks[verb].0) {
        return None;
    }
    let from = verb.saturating_sub(4);
    let start = toks[from..verb]
        .iter()
        .position(|t| COMPARE.contains(&t.0) || t.0.starts_with(['比', '较', '較']))
        .map_or(verb, |p| from + p);
    Some(start)
}

/// The left side of a figure. `growth` splits off the change phrase (比上一年增长);
/// `cut` says the window edge may fall inside a word.
pub fn clean_left<'a>(text: &'a str, growth: bool, traditional: bool, cut: bool) -> Left<'a> {
    let all = tag(text, traditional);
    let mut toks: &[Tok<'a>] = &all;
    if cut && toks.len() > 1 {
        toks = &toks[1..];
    }
    let ends_de = toks
        .iter()
        .rev()
        .find(|t| !t.0.trim().is_empty())
        .is_some_and(|t| t.0 == "的");
    let ends_deng = toks
        .iter()
        .rev()
        .find(|t| !t.0.trim().is_empty())
        .is_some_and(|t| t.0 == "等");
    // A phrase with 的 keeps what follows it, and a short modifier naming who or what
    // (区政府为被诉机关的行政诉讼案件) that tells two such figures apart.
    if let Some(p) = toks.iter().rposition(|t| t.0 == "的") {
        let modifier = trim_lead(&toks[..p]);
        let short = chars_in(modifier) <= MODIFIER_CHARS
            && modifier.iter().any(nounish)
            && !modifier.iter().any(|t| t.0 == "的" || t.1 == "x");
        if chars_in(&toks[p + 1..]) >= 2 && !short {
            toks = &toks[p + 1..];
        }
    }
    // 纠错率由2019年的15%: the subject is before where the change starts.
    if let Some(p) = toks.iter().rposition(|t| FROM.contains(&t.0)) {
        if toks[..p].iter().any(nounish) {
            toks = &toks[..p];
        }
    }
    // 纠错率下降到10%: the level reached, with the verb of change before 到/至; a time
    // after 到 says when (资本充足率提升到去年底的13.3%).
    let when = |t: &Tok<'_>| {
        matches!(t.1, "t" | "m" | "f" | "uj" | "x" | "w")
            || t.0.ends_with(['年', '底', '末', '初'])
            || matches!(t.0, "的" | "约" | "近")
    };
    let to = toks
        .iter()
        .rposition(|t| matches!(t.0, "到" | "至" | "在") || t.0.ends_with(['到', '至']))
        .filter(|&p| toks[p + 1..].iter().all(when));
    if let Some(p) = to {
        {
            toks = &toks[..p];
            if let Some((&(w, _), rest)) = toks.split_last() {
                if GROWTH_WORDS.contains(&w) || matches!(w, "控制" | "保持" | "稳定" | "降" | "升")
                {
                    toks = rest;
                }
            }
            toks = trim_trail(toks);
        }
    }
    let mut change = String::new();
    if growth {
        // Keep 同比/环比 and the verb: they say what the rate is.
        let mut t = toks;
        while let Some((&(w, _), rest)) = t.split_last() {
            if matches!(w, "了" | "达" | "达到" | "達" | "達到" | "为" | "為")
                || w.trim().is_empty()
            {
                t = rest;
            } else {
                break;
            }
        }
        if let Some(p) = change_start(t) {
            change = join(&t[p..]);
            toks = &t[..p];
        }
    }
    toks = trim_trail(toks);
    // 人民调解委员会共调解矛盾纠纷: what precedes 共/累计 is who did it, not what was
    // counted. When what follows names nothing (区县政府共收到复议申请, all verbs to the
    // tagger), who did it is what tells this count from its neighbours': it stays.
    let mut agent_kept = false;
    if let Some(p) = toks.iter().rposition(|t| SCOPE.contains(&t.0)) {
        let after = &toks[p + 1..];
        if chars_in(after) >= 2 && (after.iter().any(nounish) || !toks[..p].iter().any(nounish)) {
            toks = after;
        } else {
            agent_kept = true;
        }
    }
    toks = trim_lead(toks);
    // A light verb goes when a noun follows it; alone it is the action counted
    // (完成整改12个).
    // 组织召开县政府常务会议: light verbs can come two in a row.
    while toks.len() > 1 && LIGHT_VERBS.contains(&toks[0].0) && toks[1..].iter().any(nounish) {
        toks = trim_lead(&toks[1..]);
    }
    Left {
        // 区县政府共收到复议申请 → 区县政府收到复议申请.
        toks: toks
            .iter()
            .filter(|t| !(agent_kept && SCOPE.contains(&t.0)))
            .copied()
            .collect(),
        change,
        ends_de,
        ends_deng,
    }
}

/// Words that link a subject to its figure after a bracketed note (`纠错率(…)为5.26%`).
const NOTE_LINKS: &[&str] = &["达到", "達到", "为", "為", "达", "達", "是"];

/// The text before a figure without a bracketed note that ends it
/// (`备案审查直接纠错率(指自行改正占已审结数量的比率)为` → `备案审查直接纠错率为`): the
/// note explains the subject, the subject is what stands before it.
pub fn drop_note_before(text: &str) -> Cow<'_, str> {
    let trimmed = text.trim_end();
    let core = NOTE_LINKS
        .iter()
        .find_map(|l| trimmed.strip_suffix(l))
        .unwrap_or(trimmed);
    let Some(inner) = core.strip_suffix([')', '\u{ff09}']) else {
        return Cow::Borrowed(text);
    };
    // A short bracket is part of a name (村(社区)66项), not a note.
    match inner.rfind(['(', '\u{ff08}']) {
        Some(open) if open > 0 && is_note(&inner[open..]) => {
            Cow::Owned(format!("{}{}", &text[..open], &text[core.len()..]))
        }
        _ => Cow::Borrowed(text),
    }
}

/// Whether a bracket (with its opening mark) explains rather than names: it starts with
/// 指/含/包括/即/不含, or is longer than a name's qualifier.
fn is_note(bracket: &str) -> bool {
    let inner = bracket.trim_start_matches(['(', '\u{ff08}']);
    ["指", "含", "包括", "即", "不含"]
        .iter()
        .any(|w| inner.starts_with(w))
        || inner.chars().count() > 6
}

/// A bracket right after the unit that only qualifies it: `2800多人(次)`.
fn unit_note(text: &str) -> usize {
    if !text.starts_with(['(', '\u{ff08}']) {
        return 0;
    }
    text.char_indices()
        .skip(1)
        .take(4)
        .find(|&(_, c)| matches!(c, ')' | '\u{ff09}'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The right side of a figure, cleaned: up to a conjunction, and up to 的 unless
/// `cross_de` and nouns follow it (拟提交常务会议审议的议题: the head noun is after 的).
pub fn clean_right(text: &str, cross_de: bool, traditional: bool, cut: bool) -> Vec<Tok<'_>> {
    let text = &text[unit_note(text)..];
    // 88件、政协提案150件: a list separator right after the figure closes its item;
    // 135件(含上年度结转): a longer bracket is a note on the figure, not what it counts.
    if text.starts_with(['、', '(', '\u{ff08}']) {
        return Vec::new();
    }
    let all = tag(text, traditional);
    let mut toks: &[Tok<'_>] = &all;
    if cut && toks.len() > 1 {
        toks = &toks[..toks.len() - 1];
    }
    // 9项全部按程序推进: what follows is already the predicate.
    if toks.first().is_some_and(|t| PREDICATE_LEADS.contains(&t.0)) {
        return Vec::new();
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
    // A noun phrase after the number ends where its predicate starts
    // (58项行政审批事项审批部门进行调整 → 行政审批事项审批部门); a verb before a noun is
    // inside the compound.
    if toks.first().is_some_and(|t| nounish(t) || t.1 == "j") {
        if let Some(p) = (1..toks.len()).find(|&i| {
            let verb = toks[i].1 == "v" && !nounish(&toks[i]) && !verb_in_compound(toks, i);
            // 3篇信息被省委办采用: a preposition or an adverb starts the predicate too
            // (132名行政执法人员顺利通过考试).
            verb || matches!(toks[i].1, "p" | "d" | "ad")
        }) {
            toks = &toks[..p];
        }
    }
    if let Some(p) = toks.iter().position(|t| t.0 == "的") {
        // The head after 的: nouns, with verbal nouns and modifiers inside the run
        // (强的改革措施).
        let run = &toks[p + 1..];
        let nouns = run
            .iter()
            .take_while(|t| nounish(t) || matches!(t.1, "vn" | "b"))
            .count();
        let nouns = run[..nouns].iter().rposition(nounish).map_or(0, |i| i + 1);
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
/// the modifier of a compound for an adverb or a verb: 立法/d 基层联系点, 审批/v 部门,
/// 知名/v 科技企业). The number before it then modifies it (7个立法基层联系点,
/// 15个审批部门). A verb is taken for a modifier only with `verb_modifier`: after a
/// subject of its own, 2200余人参加培训 is what they did.
pub fn opens_with_noun(toks: &[Tok<'_>], verb_modifier: bool) -> bool {
    let toks: Vec<&Tok<'_>> = toks
        .iter()
        .skip_while(|t| matches!(t.0, "“" | "\"" | "「"))
        .collect();
    let head = |t: &&Tok<'_>| nounish(t) || matches!(t.1, "vn" | "a" | "b");
    match toks.as_slice() {
        [first, second, ..]
            if (first.1 == "d" || (verb_modifier && first.1 == "v"))
                && first.0.chars().count() == 2 =>
        {
            nounish(second)
        }
        [first, ..] => head(first),
        [] => false,
    }
}

/// Linking verbs fused onto the last word by the segmenter (率达, 数为).
pub fn strip_link_suffix(mut s: String) -> String {
    for tail in ["达到", "达", "達到", "達", "为", "為"] {
        if s.chars().count() > tail.chars().count() + 1 && s.ends_with(tail) {
            s.truncate(s.len() - tail.len());
            break;
        }
    }
    s
}

/// The last run of nouns in a subject (行政复议案件立案 → 行政复议案件).
pub fn noun_run(toks: &[Tok<'_>]) -> String {
    let Some(end) = toks.iter().rposition(nounish) else {
        return String::new();
    };
    let start = toks[..end]
        .iter()
        .rposition(|t| !nounish(t))
        .map_or(0, |p| p + 1);
    join(&toks[start..=end])
}

/// Head nouns that a verb commonly modifies without 的 (审批部门, 执法人员, 服务中心).
const HEAD_NOUNS: &[&str] = &[
    "部门", "部門", "单位", "單位", "机构", "機構", "人员", "人員", "事项", "事項", "中心", "平台",
    "系统", "系統", "窗口", "队伍", "隊伍", "机关", "機關", "案件", "文件", "资金", "資金", "项目",
    "項目", "企业", "企業", "对象", "對象", "主体", "主體", "场所", "場所", "设施", "設施", "机制",
    "機制", "方式", "领域", "領域",
];

/// Whether the verb at `i` modifies the word after it inside a compound noun (审批/v
/// 部门, 购买/v 服务/vn 方式, 统计/v 局长 when another verb follows as the predicate)
/// rather than starting a predicate (完善/v 学校章程).
fn verb_in_compound(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|n| {
        (n.1 == "vn" && toks.get(i + 2).is_some_and(nounish))
            || (nounish(n)
                && (HEAD_NOUNS.contains(&n.0)
                    || toks[i + 2..].iter().any(|t| t.1 == "v" && !nounish(t))))
    })
}

/// The topic a clause opens with: past a leading verb, up to its last noun
/// (全省市场主体总量突破千万户 → 市场主体总量). Empty when it names nothing.
pub fn clause_topic(text: &str, traditional: bool) -> String {
    let all = tag(text, traditional);
    let mut toks = trim_lead(&all);
    if toks.first().is_some_and(|t| t.1 == "v") && toks.len() > 1 {
        toks = trim_lead(&toks[1..]);
    }
    // A verb before a noun is inside a compound (政府购买服务方式); one before anything
    // else ends the topic (总量突破千万户).
    let Some(first_verb) = toks.iter().enumerate().position(|(i, t)| {
        t.1 == "v" && toks[..i].iter().any(nounish) && !verb_in_compound(toks, i)
    }) else {
        let end = toks.iter().rposition(nounish).map_or(0, |i| i + 1);
        return join(&toks[..end]);
    };
    let head = &toks[..first_verb];
    let end = head.iter().rposition(nounish).map_or(0, |i| i + 1);
    join(trim_trail(&head[..end]))
}

/// The last `max` characters of `s`, cut at a char boundary.
pub fn tail_chars(s: &str, max: usize) -> &str {
    match s.char_indices().rev().nth(max.saturating_sub(1)) {
        Some((i, _)) if max > 0 => &s[i..],
        _ => s,
    }
}

/// The first `max` characters of `s`.
pub fn head_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
