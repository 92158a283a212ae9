//! Number forms: reading the figures of one line of text, without their subjects.
//!
//! A figure is an Arabic number (ASCII or full-width digits, with `.` decimals and
//! `,`/`，` thousands separators), an optional 余/多, an optional 千/万/亿 multiplier (with
//! the lower places of a compound: `1万6千多户` is 16000), and a unit: a measure word (see
//! `units`), 元 (money, normalised to 元), another currency (`美元`, kept as written and not
//! converted), `%`/`％`/百分之 (a percentage) or 个百分点. Qualifiers around it (近 约 超
//! 超过 逾 不足 before; 余 多 inside; 以上 以下 以内 左右 after) are read into `Qualifier`.
//! A range (`6.5%－7%`, `5—6人`, `3-5万元`, `5到7元` unless 从/由 opens the clause) is one
//! figure: `value` is its lower end and `upper` the higher.
//!
//! What is rejected, and why:
//! - a number without a unit: list numbering (`1.`), hotlines (12345), bare codes;
//! - a number whose "unit" is the start of another word (`511集中放权`: 集中 is not 集);
//! - a number followed by a duration or date word (年 月 日 个月 …): years, dates, periods;
//! - a number glued to ASCII letters or to `- _ / + * × : ~ —`: ICP and index numbers,
//!   serials, `Covid-19`, slogans like `6+4`, screen sizes `1366*768`, times, year ranges;
//! - a number after 第: ordinals (第3批);
//! - a number inside 《》: titles of cited documents.
//!
//! Counts written only in Chinese numerals (三个, 百余次) are not read: they are mostly
//! names and set phrases (三项制度, 两个责任), and the hand-checked gold agrees. 百分之
//! with a Chinese numeral (百分之九十) is read, since it can only be a rate.

use std::ops::Range;

use serde::Serialize;

use super::units;
use crate::parse::numerals;

/// A word around a number that hedges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Qualifier {
    /// 余: more than (160余万元).
    #[serde(rename = "余")]
    Yu,
    /// 多: more than (100多件).
    #[serde(rename = "多")]
    Duo,
    /// 近: nearly.
    #[serde(rename = "近")]
    Jin,
    /// 约 / 左右: about.
    #[serde(rename = "约")]
    Yue,
    /// 超 / 超过 / 逾: over.
    #[serde(rename = "超")]
    Chao,
    /// 以上: and above.
    #[serde(rename = "以上")]
    YiShang,
    /// 以下: and below (a ceiling: 控制在5%以下).
    #[serde(rename = "以下")]
    YiXia,
    /// 以内: within (a limit: 压缩在3天以内).
    #[serde(rename = "以内")]
    YiNei,
    /// 不足 / 不到: under.
    #[serde(rename = "不足")]
    BuZu,
}

impl Qualifier {
    /// The qualifier as Chinese text.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Yu => "余",
            Qualifier::Duo => "多",
            Qualifier::Jin => "近",
            Qualifier::Yue => "约",
            Qualifier::Chao => "超",
            Qualifier::YiShang => "以上",
            Qualifier::YiXia => "以下",
            Qualifier::YiNei => "以内",
            Qualifier::BuZu => "不足",
        }
    }
}

/// What the unit makes of a number, before context (growth) is considered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    Count,
    Percent,
    Money,
    /// 个百分点: a change in a rate.
    Points,
}

/// One figure as read from a line; ranges are byte offsets into that line.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexeme {
    /// The raw figure: first digit (or 百分之) through the unit, with 余/万/亿 inside.
    pub raw: Range<usize>,
    /// From the leading qualifier (近, 超过 …) to the trailing one (以上), the whole
    /// stretch of text the figure occupies.
    pub outer: Range<usize>,
    pub value: f64,
    /// The upper end of a range (6.5%－7%: 7), `value` being the lower.
    pub upper: Option<f64>,
    /// The unit as written (`个`, `項`, `美元`), or `%`, `元`, `个百分点`.
    pub unit: &'static str,
    pub class: UnitClass,
    pub qualifier: Option<Qualifier>,
}

fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + u32::from(b'0')),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// Characters that glue a number into a code, a formula or a range.
fn is_glue(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(
            c,
            '-' | '_'
                | '/'
                | '+'
                | '*'
                | '×'
                | ':'
                | '\u{ff1a}'
                | '~'
                | '～'
                | '—'
                | '–'
                | '－'
                | '＋'
                | '#'
                | '\u{ff0f}'
        )
        || ('\u{ff21}'..='\u{ff3a}').contains(&c)
        || ('\u{ff41}'..='\u{ff5a}').contains(&c)
}

/// Byte ranges of the line inside 《》 (an unclosed 《 runs to the end of the line).
fn title_ranges(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in line.char_indices() {
        match c {
            '《' | '〈' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            '》' | '〉' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(start..i);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        out.push(start..line.len());
    }
    out
}

/// Characters that join the two ends of a range written with a dash (6.5%－7%, 5—6人).
fn is_range_dash(c: char) -> bool {
    matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '〜')
}

/// Whether the clause before byte `b` says where a change starts (从85%提高到95%,
/// 由15%降至10%): then `X到Y` is two levels, not a range.
fn from_before(line: &str, b: usize) -> bool {
    line[..b]
        .chars()
        .rev()
        .take(RANGE_LOOKBACK)
        .take_while(|&c| !is_clause_mark(c))
        .any(|c| matches!(c, '从' | '從' | '由'))
}

/// How far back, in characters, `from_before` looks for 从/由.
const RANGE_LOOKBACK: usize = 24;

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '。'
            | '\u{ff0c}'
            | '\u{ff1b}'
            | '\u{ff1a}'
            | '!'
            | '?'
            | '\u{ff01}'
            | '\u{ff1f}'
    )
}

/// What joins the two ends of a range at `chars[k]`, if a digit follows: a dash, or 至/到
/// when no 从/由 opens the clause. Returns the index of the second number.
fn range_join(line: &str, chars: &[(usize, char)], k: usize, first: usize) -> Option<usize> {
    let &(_, c) = chars.get(k)?;
    let next_is_digit = chars.get(k + 1).is_some_and(|&(_, d)| is_digit(d));
    let joins =
        is_range_dash(c) || (matches!(c, '至' | '到') && !from_before(line, chars[first].0));
    (joins && next_is_digit).then_some(k + 1)
}

/// Read every figure in `line`, in order.
pub fn scan(line: &str) -> Vec<Lexeme> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let titles = title_ranges(line);
    // Title ranges are sorted and disjoint: a binary search keeps long lines linear.
    let in_title = |b: usize| {
        let k = titles.partition_point(|r| r.end <= b);
        titles.get(k).is_some_and(|r| r.contains(&b))
    };
    let at = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(line.len());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '百' && line[b..].starts_with("百分之") {
            match percent_words(line, &chars, i) {
                Some((lexeme, next)) if !in_title(b) => {
                    out.push(lexeme);
                    i = next;
                }
                Some((_, next)) => i = next,
                None => i += 1,
            }
            continue;
        }
        if !is_digit(c) {
            i += 1;
            continue;
        }
        let (number, end) = read_number(&chars, i);
        let start = i;
        i = end;
        let prev = start.checked_sub(1).map(|p| chars[p].1);
        if prev.is_some_and(|p| is_glue(p) || p == '第') || in_title(b) {
            i = skip_code(&chars, i);
            continue;
        }
        let Ok(first) = number.parse::<f64>() else {
            continue;
        };
        // A range whose first end has no unit of its own: 5—6人, 3-5万元, 5到7元.
        let (m1, after_m1) = read_multiplier(line, at(end));
        let k = chars.partition_point(|&(p, _)| p < after_m1);
        if let Some(second_at) = range_join(line, &chars, k, start) {
            if let Some((lexeme, next)) = range_end(line, &chars, second_at, b, first, m1, None) {
                out.push(lexeme);
                i = next;
                continue;
            }
        }
        if chars.get(end).is_some_and(|&(_, c)| is_glue(c)) {
            i = skip_code(&chars, i);
            continue;
        }
        let Some(sf) = read_suffix(line, at(end)) else {
            continue;
        };
        let value = scale(first, sf.multiplier) + sf.extra;
        // A range whose first end has its unit: 6.5%－7%, 1万人至2万人.
        let k = chars.partition_point(|&(p, _)| p < sf.end);
        if let Some(second_at) = range_join(line, &chars, k, start) {
            if let Some((lexeme, next)) =
                range_end(line, &chars, second_at, b, value, 1.0, Some(&sf))
            {
                out.push(lexeme);
                i = next;
                continue;
            }
        }
        out.push(finish(line, b, sf.end, value, None, &sf));
        i = chars.partition_point(|&(p, _)| p < sf.end).max(i);
    }
    out
}

/// `value` times a power of ten, exactly as written: 5.31 × 10⁸ is 531000000, not the
/// 530999999.99999994 a floating-point product gives.
fn scale(value: f64, multiplier: f64) -> f64 {
    if multiplier == 1.0 {
        return value;
    }
    let exp = multiplier.log10().round() as i32;
    format!("{value}e{exp}")
        .parse()
        .unwrap_or(value * multiplier)
}

/// Skip the rest of a code such as ICP备05060933号-1 or 11A000-0101.
fn skip_code(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() && (is_digit(chars[i].1) || is_glue(chars[i].1)) {
        i += 1;
    }
    i
}

/// The second end of a range starting at byte `b` with value `low` (times
/// `low_multiplier` when the first end had a multiplier of its own but no unit). With
/// `first_suffix` the first end had a unit, which the second must repeat. Returns the
/// lexeme and the index after it.
fn range_end(
    line: &str,
    chars: &[(usize, char)],
    k: usize,
    b: usize,
    low: f64,
    low_multiplier: f64,
    first_suffix: Option<&Suffix>,
) -> Option<(Lexeme, usize)> {
    let (number, end) = read_number(chars, k);
    if chars.get(end).is_some_and(|&(_, c)| is_glue(c)) {
        return None;
    }
    let sf = read_suffix(line, chars.get(end).map_or(line.len(), |&(p, _)| p))?;
    let high = scale(number.parse::<f64>().ok()?, sf.multiplier) + sf.extra;
    let low = match first_suffix {
        Some(first) if first.unit != sf.unit || first.class != sf.class => return None,
        Some(_) => low,
        // 3-5万元: the first end shares the second's multiplier unless it has its own.
        None if low_multiplier > 1.0 => scale(low, low_multiplier),
        None => scale(low, sf.multiplier),
    };
    if low >= high {
        return None;
    }
    let next = chars.partition_point(|&(p, _)| p < sf.end);
    Some((finish(line, b, sf.end, low, Some(high), &sf), next))
}

/// A lexeme from `b` to the unit's end at `unit_end`, with the qualifier words around it
/// (近, 超过 … before; 以上, 以下, 以内, 左右 after).
fn finish(
    line: &str,
    b: usize,
    unit_end: usize,
    value: f64,
    upper: Option<f64>,
    sf: &Suffix,
) -> Lexeme {
    let mut qualifier = sf.qualifier;
    let mut outer_end = unit_end;
    let rest = &line[unit_end..];
    for (word, q) in [
        ("以上", Qualifier::YiShang),
        ("左右", Qualifier::Yue),
        ("以下", Qualifier::YiXia),
        ("以内", Qualifier::YiNei),
        ("以內", Qualifier::YiNei),
    ] {
        if rest.starts_with(word) {
            qualifier = qualifier.or(Some(q));
            outer_end += word.len();
            break;
        }
    }
    let before = &line[..b];
    let mut outer_start = b;
    for (word, q) in [
        ("超过", Qualifier::Chao),
        ("超過", Qualifier::Chao),
        ("大约", Qualifier::Yue),
        ("大約", Qualifier::Yue),
        ("不足", Qualifier::BuZu),
        ("不到", Qualifier::BuZu),
        ("近", Qualifier::Jin),
        ("约", Qualifier::Yue),
        ("約", Qualifier::Yue),
        ("超", Qualifier::Chao),
        ("逾", Qualifier::Chao),
    ] {
        if before.ends_with(word) {
            qualifier = Some(q);
            outer_start -= word.len();
            break;
        }
    }
    Lexeme {
        raw: b..unit_end,
        outer: outer_start..outer_end,
        value,
        upper,
        unit: sf.unit,
        class: sf.class,
        qualifier,
    }
}

/// Read digits from `chars[i]`: thousands separators, a decimal part. Returns the number
/// as ASCII text and the index after it.
fn read_number(chars: &[(usize, char)], mut i: usize) -> (String, usize) {
    let mut s = String::new();
    let digit_at = |k: usize| chars.get(k).and_then(|&(_, c)| digit(c));
    loop {
        while let Some(d) = digit_at(i) {
            s.push(d);
            i += 1;
        }
        // A separator counts only before exactly three digits: 1,234 but not 6336件,6299件.
        let sep = chars
            .get(i)
            .is_some_and(|&(_, c)| c == ',' || c == '\u{ff0c}');
        if sep
            && (1..=3).all(|k| digit_at(i + k).is_some())
            && digit_at(i + 4).is_none()
            && !s.is_empty()
        {
            i += 1;
            continue;
        }
        break;
    }
    let point = chars
        .get(i)
        .is_some_and(|&(_, c)| c == '.' || c == '\u{ff0e}');
    if point && digit_at(i + 1).is_some() {
        s.push('.');
        i += 1;
        while let Some(d) = digit_at(i) {
            s.push(d);
            i += 1;
        }
    }
    (s, i)
}

/// What follows the digits of a figure: multipliers, 余/多, the unit.
#[derive(Debug, Clone, PartialEq)]
struct Suffix {
    unit: &'static str,
    class: UnitClass,
    qualifier: Option<Qualifier>,
    /// Byte offset after the unit.
    end: usize,
    multiplier: f64,
    /// The lower places of a compound (1万6千: 6000, added to 1 × 10⁴).
    extra: f64,
}

/// The multiplier a character stands for (千 万 亿, and 百 inside a compound).
fn multiplier_of(rest: &str, compound: bool) -> Option<f64> {
    // 千米 is a unit, not 千 + 米.
    if rest.starts_with("千米") {
        None
    } else if rest.starts_with('千') {
        Some(1e3)
    } else if rest.starts_with('万') || rest.starts_with('萬') {
        Some(1e4)
    } else if rest.starts_with('亿') || rest.starts_with('億') {
        Some(1e8)
    } else if compound && rest.starts_with('百') && !rest.starts_with("百分") {
        Some(1e2)
    } else {
        None
    }
}

/// Multipliers from byte `pos` (万, 千万, 亿): their product and the offset after them.
fn read_multiplier(line: &str, mut pos: usize) -> (f64, usize) {
    let mut multiplier = 1.0;
    while let Some(m) = multiplier_of(&line[pos..], false) {
        multiplier *= m;
        pos += '万'.len_utf8();
    }
    (multiplier, pos)
}

/// The lower places of a compound after a multiplier (1万6千, 3亿5000万, 1千5百): digits
/// and a smaller multiplier, repeated. Returns their value and the offset after them.
fn read_compound(line: &str, mut pos: usize, mut above: f64) -> (f64, usize) {
    let mut extra = 0.0;
    loop {
        let mut digits = String::new();
        let mut after = pos;
        for (i, c) in line[pos..].char_indices() {
            let Some(d) = digit(c) else { break };
            digits.push(d);
            after = pos + i + c.len_utf8();
        }
        if digits.is_empty() {
            break;
        }
        let mut m = 1.0;
        let mut p = after;
        while let Some(x) = multiplier_of(&line[p..], true) {
            m *= x;
            p += '万'.len_utf8();
        }
        let Ok(n) = digits.parse::<f64>() else { break };
        if m == 1.0 || m >= above || n * m >= above {
            break;
        }
        extra += n * m;
        above = m;
        pos = p;
    }
    (extra, pos)
}

/// Currencies other than 元, kept as written (the value is not converted).
const CURRENCIES: &[&str] = &[
    "美元", "港元", "港币", "港幣", "欧元", "歐元", "日元", "英镑", "英鎊",
];

/// After the digits: 余/多, 千/万/亿 (with the lower places of a compound), 余/多 again,
/// then the unit. `pos` is a byte offset.
fn read_suffix(line: &str, mut pos: usize) -> Option<Suffix> {
    let mut qualifier = None;
    let take_more = |pos: &mut usize, q: &mut Option<Qualifier>| {
        let rest = &line[*pos..];
        if rest.starts_with('余') || rest.starts_with('餘') {
            *q = Some(Qualifier::Yu);
            *pos += '余'.len_utf8();
        } else if rest.starts_with('多') {
            *q = Some(Qualifier::Duo);
            *pos += '多'.len_utf8();
        }
    };
    take_more(&mut pos, &mut qualifier);
    let (multiplier, p) = read_multiplier(line, pos);
    pos = p;
    let mut extra = 0.0;
    if multiplier > 1.0 && qualifier.is_none() {
        let (e, p) = read_compound(line, pos, multiplier);
        extra = e;
        pos = p;
    }
    take_more(&mut pos, &mut qualifier);
    let rest = &line[pos..];
    let (unit, class, len) = if rest.starts_with('%') {
        ("%", UnitClass::Percent, 1)
    } else if rest.starts_with('\u{ff05}') {
        ("%", UnitClass::Percent, '\u{ff05}'.len_utf8())
    } else if let Some(c) = CURRENCIES.iter().find(|c| rest.starts_with(*c)) {
        (*c, UnitClass::Money, c.len())
    } else if rest.starts_with('元') {
        ("元", UnitClass::Money, '元'.len_utf8())
    } else if let Some(p) = ["个百分点", "個百分點", "百分点", "百分點"]
        .into_iter()
        .find(|p| rest.starts_with(p))
    {
        ("个百分点", UnitClass::Points, p.len())
    } else {
        let w = units::measure_word_at(rest)?;
        (w, UnitClass::Count, w.len())
    };
    Some(Suffix {
        unit,
        class,
        qualifier,
        end: pos + len,
        multiplier,
        extra,
    })
}

/// 百分之 followed by Arabic digits or a Chinese numeral (百分之九十五点五, 百分之百).
fn percent_words(line: &str, chars: &[(usize, char)], i: usize) -> Option<(Lexeme, usize)> {
    let start = chars[i].0;
    let k = i + 3;
    let (value, end) = if chars.get(k).is_some_and(|&(_, c)| is_digit(c)) {
        let (n, end) = read_number(chars, k);
        (n.parse::<f64>().ok()?, end)
    } else {
        let mut end = k;
        while chars
            .get(end)
            .is_some_and(|&(_, c)| numerals::is_chinese_digit(c))
        {
            end += 1;
        }
        let int: String = chars[k..end].iter().map(|&(_, c)| c).collect();
        let mut value = if int == "百" {
            100.0
        } else {
            f64::from(numerals::parse_chinese(&int)?)
        };
        if chars.get(end).is_some_and(|&(_, c)| c == '点' || c == '點') {
            let mut scale = 0.1;
            let mut e = end + 1;
            while let Some(d) = chars.get(e).and_then(|&(_, c)| chinese_digit(c)) {
                value += f64::from(d) * scale;
                scale /= 10.0;
                e += 1;
            }
            if e > end + 1 {
                end = e;
            }
        }
        (value, end)
    };
    let raw_end = chars.get(end).map(|&(b, _)| b).unwrap_or(line.len());
    let mut outer_end = raw_end;
    let mut qualifier = None;
    if line[raw_end..].starts_with("以上") {
        qualifier = Some(Qualifier::YiShang);
        outer_end += "以上".len();
    }
    Some((
        Lexeme {
            raw: start..raw_end,
            outer: start..outer_end,
            value,
            upper: None,
            unit: "%",
            class: UnitClass::Percent,
            qualifier,
        },
        end,
    ))
}

fn chinese_digit(c: char) -> Option<u32> {
    "零一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .or_else(|| (c == '〇').then_some(0))
        .map(|p| p as u32)
}

#[cfg(test)]
#[path = "numbers_tests.rs"]
mod tests;
