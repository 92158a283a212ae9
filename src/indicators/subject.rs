//! The subject of a figure: what it counts, as a short phrase taken from the text.
//!
//! Chinese states amounts two ways: the noun before the number (行政复议案件立案220件,
//! 调解成功率99%) or the number as a modifier of the noun after it (深入80余个乡镇,
//! 指导全县80所中小学). For each figure we look at its clause (the text between , ; : 。 and
//! the neighbouring figures), tag only that short window with jieba (segmenting whole
//! paragraphs is what would cost time), trim it (`phrase`), and:
//!
//! - take the phrase after the number when the left is empty, ends in the verb that
//!   governs it (组织2800多人参加培训班) or the number stands before a noun (7个立法基层
//!   联系点) — but not after 次/遍/轮, which count the action before them
//!   (召开常务会议3次专题研究…);
//! - keep a short modifier with 的 (巡察反馈的13个问题 → 巡察反馈的问题) and examples with
//!   等 (市交通运输局、市公安局交警大队等16个单位);
//! - cut where a change starts (纠错率由2019年的15%下降到10%: both are 纠错率);
//! - when the left has no noun at all (审结203件, 完成整改12个) it is an action on the
//!   thing counted before in the same sentence in the same kind of unit: that subject's
//!   last noun run is carried over (行政复议案件审结);
//! - a figure with nothing of its own (达1042.8万户) takes the topic of the clause before;
//! - a change (较上年增长9.7%) is named by what changed and how: 地区生产总值较上年增长;
//! - a list (分别为30件、28件; 分别达到36.5亿元、24.2亿元,增长13.4%、16.5%) hands the
//!   items of its subject out in order (受理、审结行政复议案件 → 受理行政复议案件,
//!   审结行政复议案件).

use std::collections::VecDeque;

use super::phrase::{self, Tok, GENERIC, GROWTH_WORDS};

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

/// Whether the text right before a number makes it a growth rate.
pub fn growth_before(before: &str) -> bool {
    let mut s = before.trim_end();
    for tail in ["了", "达到", "达", "達到", "達", "为", "為"] {
        if let Some(t) = s.strip_suffix(tail) {
            s = t;
            break;
        }
    }
    GROWTH_WORDS.iter().any(|w| s.ends_with(w))
}

/// One figure to find a subject for: the text of its clause before and after it.
pub struct Window<'a> {
    pub left: &'a str,
    pub right: &'a str,
    /// The clause before the figure's own in the same sentence, when no figure stands
    /// between (全省市场主体总量突破千万户,达1042.8万户): where a figure stated after a
    /// bare 达 finds its topic. Empty otherwise.
    pub before: &'a str,
    pub growth: bool,
    /// This figure starts a new sentence (nothing to carry over from).
    pub new_sentence: bool,
    /// The right side runs to the end of the clause (no other figure follows in it).
    pub clause_final: bool,
    /// The figure's unit: a subject carries over to later figures counted the same way.
    pub unit: &'a str,
    /// Only 、 (or 和/及) stands between this figure and the previous one: an item of a
    /// list (分别为30件、28件).
    pub listed: bool,
    /// Nothing at all stands between this figure and the previous one (防止民转刑案件
    /// 222件680人): a second measure of the same thing, in other units.
    pub adjacent: bool,
    /// The figure stands inside brackets (受理14件(其中信件申请10件,网络申请4件)): an
    /// item of a breakdown, which later figures do not take their subject from.
    pub bracketed: bool,
}

/// The longest modifier put before a right-hand subject (巡察反馈的 + 问题).
const MODIFIER_CHARS: usize = 12;

/// The longest list of examples put before a right-hand subject (…等 + 单位).
const EXAMPLES_CHARS: usize = 20;

/// How many characters of context each side is looked at.
const WINDOW_CHARS: usize = 24;

/// Measure words that count how often something was done (召开会议3次): the number
/// quantifies the action before it, never the phrase after it.
const VERBAL_MEASURES: &[&str] = &["次", "遍", "回", "轮", "輪"];

/// Units counted the same way share a family; a subject carries over within one
/// (13个问题 … 完成整改12个) but not across (专项监督4次 is not what 12个 counts).
fn unit_family(unit: &str) -> &str {
    match unit {
        "件" | "起" | "宗" | "例" | "件次" | "项" | "項" | "个" | "個" | "条" | "條" | "份" => {
            "cases"
        }
        "人" | "名" | "人次" | "位" => "people",
        "次" | "场" | "場" | "场次" | "場次" | "期" | "轮" | "輪" => "events",
        other => other,
    }
}

/// A subject and the last run of nouns in it (what a following figure carries over).
#[derive(Debug, Default, Clone)]
struct Said {
    subject: String,
    nouns: String,
}

/// What the figures of one sentence leave for the next ones.
#[derive(Default)]
struct Sentence {
    /// The last subject per unit family.
    by_family: Vec<(String, Said)>,
    /// The previous figure's.
    last: Said,
    /// What the previous figure was about, for a change stated after it (地区生产总值
    /// 552.3亿元,增长9.7%): its left noun phrase, else its subject.
    topic: String,
    /// The previous subject was the phrase after its number: the next figure's left
    /// side starts with that same phrase and must not take it again.
    from_right: Option<String>,
    /// Subjects still to hand out to the items of a list.
    pending: VecDeque<String>,
    /// The items of the last list handed out, for a list of changes after it
    /// (…分别达到36.5亿元、24.2亿元,增长13.4%、16.5%).
    items: Vec<String>,
    /// The subjects of the sentence's figures that are not changes, in order: a list of
    /// changes after as many figures pairs with them (城镇居民收入9422元,农村居民收入
    /// 2936元,分别实际增长7.7%和6.8%).
    levels: Vec<String>,
}

impl Sentence {
    fn family(&self, unit: &str) -> Option<&Said> {
        let f = unit_family(unit);
        self.by_family.iter().find(|(k, _)| k == f).map(|(_, s)| s)
    }

    fn remember(&mut self, unit: &str, said: Said) {
        let f = unit_family(unit).to_string();
        match self.by_family.iter_mut().find(|(k, _)| *k == f) {
            Some((_, s)) => *s = said.clone(),
            None => self.by_family.push((f, said.clone())),
        }
        self.last = said;
    }
}

/// The subject found for one figure, before lists are handed out.
struct Found {
    subject: String,
    nouns: String,
    topic: String,
    from_right: bool,
    change: String,
}

/// Subjects for the figures of one line, in order, carrying context between figures of
/// the same sentence. `traditional`: the text is in traditional script.
pub fn subjects(windows: &[Window<'_>], traditional: bool) -> Vec<String> {
    let mut out = Vec::with_capacity(windows.len());
    let mut s = Sentence::default();
    for (k, w) in windows.iter().enumerate() {
        if w.new_sentence {
            s = Sentence::default();
        }
        // A breakdown in brackets leaves what later figures carry over as it was.
        let outside = w
            .bracketed
            .then(|| (s.by_family.clone(), s.last.clone(), s.topic.clone()));
        let subject = subject_of(w, k, windows, &mut s, traditional);
        if let Some((by_family, last, topic)) = outside {
            s.by_family = by_family;
            s.last = last;
            s.topic = topic;
        }
        out.push(subject);
    }
    out
}

/// The subject of the k-th figure, updating what the sentence carries over.
fn subject_of(
    w: &Window<'_>,
    k: usize,
    windows: &[Window<'_>],
    s: &mut Sentence,
    traditional: bool,
) -> String {
    let bare = w
        .left
        .trim_matches(|c: char| c.is_whitespace() || "、和及与與".contains(c))
        .is_empty();
    if w.listed && bare && k > 0 {
        // A later item of a list: the next subject handed out, else the previous one.
        let subject = s
            .pending
            .pop_front()
            .unwrap_or_else(|| s.last.subject.clone());
        let said = Said {
            subject: subject.clone(),
            nouns: s.last.nouns.clone(),
        };
        s.remember(w.unit, said);
        if !w.growth {
            s.levels.push(subject.clone());
        }
        return subject;
    }
    if w.adjacent && !w.growth && !s.last.subject.is_empty() {
        // 222件680人: the people of the same cases, not the last count of people.
        let said = s.last.clone();
        s.remember(w.unit, said.clone());
        return said.subject;
    }
    let found = one(w, s, traditional);
    let list_len = 1 + windows[k + 1..].iter().take_while(|n| n.listed).count();
    let mut subject = phrase::strip_quotes(found.subject);
    s.pending.clear();
    if list_len > 1 {
        if w.growth {
            // 化学需氧量、二氧化硫排放量分别下降9.66%和13.14%: the items before the
            // change, else those of the list just before (…分别达到X、Y,增长A、B).
            let change = found.change.clone();
            let base = subject.strip_suffix(change.as_str()).unwrap_or(&subject);
            let own = list_items(base, traditional);
            let items = if own.len() == list_len {
                own
            } else if s.items.len() == list_len {
                s.items.clone()
            } else {
                let from = s.levels.len().saturating_sub(list_len);
                s.levels[from..].to_vec()
            };
            if items.len() == list_len {
                let mut all = items.iter().map(|i| format!("{i}{change}"));
                subject = all.next().unwrap_or(subject);
                s.pending = all.collect();
            }
        } else {
            let items = list_items(&subject, traditional);
            if items.len() == list_len {
                subject = items[0].clone();
                s.pending = items[1..].iter().cloned().collect();
                s.items = items;
            }
        }
    }
    let said = Said {
        subject: subject.clone(),
        nouns: if found.nouns.is_empty() {
            s.last.nouns.clone()
        } else {
            found.nouns
        },
    };
    s.remember(w.unit, said);
    s.topic = found.topic;
    if !w.growth {
        s.levels.push(subject.clone());
    }
    s.from_right = found.from_right.then(|| subject.clone());
    subject
}

/// The items a subject lists, for the figures of a list (受理、审结行政复议案件分别为
/// 30件、28件 → 受理行政复议案件, 审结行政复议案件). Items are split at 、 和 及 与; when the
/// earlier ones are single words and the last is longer, they share its tail (城镇和
/// 农村居民收入 → 城镇居民收入, 农村居民收入). One item when the subject lists nothing.
fn list_items(subject: &str, traditional: bool) -> Vec<String> {
    let toks = phrase::tag(subject, traditional);
    let mut items: Vec<Vec<Tok<'_>>> = vec![Vec::new()];
    for t in toks {
        if matches!(t.0, "、" | "和" | "及" | "与" | "與" | "以及") {
            items.push(Vec::new());
        } else if let Some(last) = items.last_mut() {
            last.push(t);
        }
    }
    if items.len() < 2 || items.iter().any(|i| i.is_empty()) {
        return vec![subject.to_string()];
    }
    let last = &items[items.len() - 1];
    let shared = items[..items.len() - 1].iter().all(|i| i.len() == 1) && last.len() > 1;
    let tail = if shared {
        phrase::join(&last[1..])
    } else {
        String::new()
    };
    let n = items.len();
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let text = phrase::join(item);
            if i + 1 < n {
                format!("{text}{tail}")
            } else {
                text
            }
        })
        .collect()
}

/// Whether the text before a figure only names the period it is compared with
/// (`较2022年`, `较2019年的`, `比上年`): the figure is the earlier level of the measure
/// counted before it.
fn is_comparison_base(left: &str) -> bool {
    let t = left
        .trim()
        .trim_end_matches(['的', '了'])
        .trim_end_matches("同期");
    (t.starts_with(['较', '較', '比']) || t.starts_with("相比"))
        && t.ends_with('年')
        && t.chars().count() <= 8
}

/// Words that, alone before a rate, make it a share of something named before
/// (`事项1450项,占比96%`).
const SHARE_WORDS: &[&str] = &["占比", "佔比", "占", "佔", "比重", "占比例", "佔比例"];

/// Whether a figure's own clause says only that it is a share (`,占比96%`, `占比达到85%`).
fn is_bare_share(left: &str) -> bool {
    let t = left.trim_matches(|c: char| c.is_whitespace() || is_clause_end(c));
    let t = [
        "达到", "達到", "达", "達", "为", "為", "约", "約", "超过", "超過",
    ]
    .iter()
    .find_map(|v| t.strip_suffix(v))
    .unwrap_or(t);
    SHARE_WORDS.contains(&t)
}

/// The subject of one figure from its own window and what came before it.
fn one(w: &Window<'_>, s: &Sentence, traditional: bool) -> Found {
    // 实现“最多跑一次”事项1450项,占比96%: the share of what was just counted.
    if !w.new_sentence && is_bare_share(w.left) && !s.last.subject.is_empty() {
        let share = if traditional { "佔比" } else { "占比" };
        return Found {
            subject: format!("{}{share}", s.last.subject),
            nouns: s.last.nouns.clone(),
            topic: s.last.subject.clone(),
            from_right: false,
            change: String::new(),
        };
    }
    let unnoted = phrase::drop_note_before(w.left);
    let left_part = phrase::tail_chars(&unnoted, WINDOW_CHARS);
    let right_part = phrase::head_chars(w.right, WINDOW_CHARS);
    let left_cut = left_part.len() < unnoted.len();
    let right_cut = right_part.len() < w.right.len();
    let mut left = phrase::clean_left(left_part, w.growth, traditional, left_cut);
    let right = phrase::clean_right(right_part, w.clause_final, traditional, right_cut);
    let mut left_text = phrase::strip_link_suffix(phrase::join(&left.toks));
    if GENERIC.contains(&left_text.as_str())
        || s.from_right.as_deref() == Some(phrase::strip_quotes(left_text.clone()).as_str())
    {
        left.toks.clear();
        left_text.clear();
    }
    let right_text = phrase::join(&right);
    let left_text_for_topic = left_text.clone();
    let left_noun_end = left.toks.iter().rposition(phrase::nounish);
    let left_has_noun = left_noun_end.is_some();
    let topic_here = left_noun_end.map(|e| phrase::join(&left.toks[..=e]));
    let right_ok = right_text.chars().count() >= 2 && !GENERIC.contains(&right_text.as_str());
    let verbal = VERBAL_MEASURES.contains(&w.unit);
    let left_ends_verb = left
        .toks
        .last()
        .is_some_and(|t| t.1 == "v" && !phrase::nounish(t));
    let carried = s.family(w.unit);
    // 收到申请1113件,较2022年558件: the comparison's base is the same measure.
    if let Some(c) = carried.filter(|_| !w.growth && is_comparison_base(w.left)) {
        return Found {
            subject: c.subject.clone(),
            nouns: c.nouns.clone(),
            topic: c.subject.clone(),
            from_right: false,
            change: String::new(),
        };
    }
    let mut from_right = false;
    let (subject, nouns) = if w.growth {
        // 进京上访下降6.5%: an action named on the left is what changed, not the topic
        // before it.
        let names_action = left.toks.iter().any(|t| t.1.starts_with('v'));
        let base = match &topic_here {
            Some(_) => left_text.clone(),
            None if !s.topic.is_empty() && !names_action => s.topic.clone(),
            None => left_text.clone(),
        };
        let nouns = if left_has_noun {
            phrase::noun_run(&left.toks)
        } else {
            s.last.nouns.clone()
        };
        (format!("{base}{}", left.change), nouns)
    } else if left.ends_deng && left_has_noun && !right_text.is_empty() {
        // 抽查市交通运输局、市公安局交警大队等16个单位: the examples and what they are.
        from_right = true;
        let subject = if left_text.chars().count() <= EXAMPLES_CHARS {
            format!("{left_text}等{right_text}")
        } else {
            right_text
        };
        (subject, phrase::noun_run(&right))
    } else if right_ok
        && !(verbal && left_has_noun)
        && (left.toks.is_empty() || left_ends_verb || phrase::opens_with_noun(&right, false))
    {
        from_right = true;
        let subject =
            if left.ends_de && !left_text.is_empty() && left_text.chars().count() <= MODIFIER_CHARS
            {
                // 对巡察反馈的13个问题: the modifier and its head.
                format!("{left_text}的{right_text}")
            } else {
                right_text
            };
        (subject, phrase::noun_run(&right))
    } else if !left.toks.is_empty() {
        if left_has_noun {
            (left_text, phrase::noun_run(&left.toks))
        } else if let Some(c) = carried.filter(|c| !c.nouns.is_empty()) {
            // 审结203件: an action on what was counted before, in the same units.
            if left_text.contains(&c.nouns) {
                (left_text, c.nouns.clone())
            } else {
                (format!("{}{left_text}", c.nouns), c.nouns.clone())
            }
        } else {
            // 采取政府购买服务方式,投入160余万元: the clause before says what for.
            let topic =
                phrase::clause_topic(phrase::tail_chars(w.before, WINDOW_CHARS), traditional);
            if topic.is_empty() || left_text.contains(&topic) {
                (left_text, String::new())
            } else {
                (format!("{topic}{left_text}"), topic)
            }
        }
    } else if !right_text.is_empty() {
        from_right = true;
        (right_text, phrase::noun_run(&right))
    } else if let Some(c) = carried {
        (c.subject.clone(), c.nouns.clone())
    } else {
        // 全省市场主体总量突破千万户,达1042.8万户: the clause before names it.
        let topic = phrase::clause_topic(phrase::tail_chars(w.before, WINDOW_CHARS), traditional);
        if topic.is_empty() {
            (s.last.subject.clone(), s.last.nouns.clone())
        } else {
            (topic.clone(), topic)
        }
    };
    // What a change after this figure is about: the left side, without the verb that
    // governs a right-hand subject (收入迈上10亿元台阶,增长14.2% → 收入).
    let topic = match topic_here {
        Some(_) if from_right && left_ends_verb && !w.growth => {
            phrase::join(&left.toks[..left.toks.len() - 1])
        }
        Some(t) if from_right && !w.growth => t,
        Some(_) if !w.growth => left_text_for_topic,
        _ => subject.clone(),
    };
    Found {
        subject,
        nouns,
        topic,
        from_right,
        change: left.change,
    }
}

#[cfg(test)]
#[path = "subject_tests.rs"]
mod tests;
