//! The report's own title: the title-like lines above the report text, without the page
//! around them (clutter lines), the speech's subtitle and speaker, the salutation, the
//! addressee and the document number.
//!
//! A title may be split over lines (`襄城区人民政府2020年度法治政府建设` / `工作报告`,
//! `重庆市潼南区生态环境局` / `关于…的报告`): a part that does not yet end like a title
//! takes the next one. Of several titles above the text the last one is the report's (a
//! column name such as `政府报告` may stand above it); a 印发 notice's title is not: the
//! report it passes on follows the notice with its own title. A page whose report title
//! stands only in its disclosure table (`标题:…`) gets the title from there.

use super::clutter::{self, Field};
use super::doclines::{self, SENTENCE_MARKS};
use super::markers::{is_han, is_space, line_marker};
use super::Line;

/// Words that make a line a report's title.
const TITLE_WORDS: &[&str] = &[
    "报告", "汇报", "总结", "情况", "報告", "匯報", "總結", "情況",
];

/// Ends of a complete title: a part ending so takes no further line.
const TITLE_ENDS: &[&str] = &[
    "报告",
    "汇报",
    "总结",
    "情况",
    "報告",
    "匯報",
    "總結",
    "情況",
    "通知",
    "讲话",
    "講話",
    "要点",
    "要點",
    "解读",
    "解讀",
    "(摘要)",
    "（摘要）",
    "(全文)",
    "（全文）",
];

/// Longest run of title lines joined.
const MAX_TITLE_LINES: usize = 4;

/// Blank lines that part two titles; a title's own parts stand closer.
const BLOCK_GAP: usize = 3;

/// Lines after a notice's text searched for the report it passes on.
const NOTICE_LOOKAHEAD: usize = 30;

/// A title and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    pub text: String,
    /// 1-based lines.
    pub lines: Vec<usize>,
}

/// Zero-width characters that copied pages leave around words.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// A line's text without zero-width characters, outer spaces and the empty table cells
/// a copied page leaves around it (`某局2023年报告 | |||`).
pub fn clean_line(s: &str) -> String {
    let visible: String = s.chars().filter(|&c| !is_zero_width(c)).collect();
    strip_glosses(&visible)
        .trim_matches(|c: char| is_space(c) || matches!(c, '|' | '\u{ff5c}'))
        .to_string()
}

/// Letters of a pinyin gloss, tone marks included.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// Longest pinyin gloss, in letters.
const MAX_GLOSS_LETTERS: usize = 6;

/// A line without the pinyin glosses a converted mirror puts after characters
/// (`印發(fā)《關(guān)於…》` → `印發《關於…》`): a gloss is a bracketed syllable with a
/// tone mark right after a Han character.
fn strip_glosses(s: &str) -> String {
    if !s.contains('(') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('(') {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let inner = &from[1..];
        let gloss = inner.find(')').filter(|&e| {
            let g = &inner[..e];
            let n = g.chars().count();
            (1..=MAX_GLOSS_LETTERS).contains(&n)
                && g.chars().all(is_pinyin_letter)
                && !g.is_ascii()
                && out.chars().last().is_some_and(is_han)
        });
        match gloss {
            Some(e) => rest = &inner[e + 1..],
            None => {
                out.push('(');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A line that could be (part of) a title: short, no sentence punctuation, no marker.
pub fn title_like(s: &str) -> bool {
    let n = s.chars().count();
    (2..=60).contains(&n)
        && !s.contains(SENTENCE_MARKS)
        && !s.ends_with([':', '\u{ff1a}'])
        && line_marker(s).is_none()
        && s.chars().any(is_han)
}

/// Whether a text names a report (or a notice passing one on).
pub fn names_report(s: &str) -> bool {
    TITLE_WORDS.iter().any(|w| s.contains(w)) || super::genre::names_genre(s)
}

fn is_complete(s: &str) -> bool {
    let s = s.trim_end_matches(['》', ' ']);
    TITLE_ENDS.iter().any(|e| s.ends_with(e)) || ends_with_stamp(s)
}

/// A listing's title line closed by the date it was posted (`…工作情况 (2015-04-23)`):
/// the date ends it, and the document's own title below is another.
fn ends_with_stamp(s: &str) -> bool {
    let Some(inner) = s
        .strip_suffix([')', '\u{ff09}'])
        .and_then(|r| r.rfind(['(', '\u{ff08}']).map(|i| &r[i..]))
    else {
        return false;
    };
    let inner = inner.trim_start_matches(['(', '\u{ff08}']);
    super::dates::parse_date(inner).is_some()
}

/// Title blocks among lines `from..to` (0-based), in order.
fn blocks(text: &str, lines: &[Line], from: usize, to: usize) -> Vec<Vec<(usize, String)>> {
    let mut out: Vec<Vec<(usize, String)>> = Vec::new();
    let mut current: Vec<(usize, String)> = Vec::new();
    let mut after_subtitle = false;
    let mut blanks = 0;
    for (idx, line) in lines.iter().enumerate().take(to).skip(from) {
        let s = clean_line(&text[line.content.clone()]);
        if s.is_empty() {
            blanks += 1;
            continue;
        }
        // A wide gap parts two titles (a dataset's title line and the document's own).
        if blanks >= BLOCK_GAP && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        blanks = 0;
        // The salutation or the addressee opens the document: no title below it.
        if !line.clutter && (doclines::is_salutation(&s) || doclines::is_addressee(&s)) {
            break;
        }
        // A page's contents button (`目录`, `目录X`) stands above the headline: no part
        // of a title.
        if is_contents_label(&s) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        // A title with its document number in brackets after it (`某局2025年度…报告
        // (某字〔2025〕79号)`): the title is what stands before the number.
        let s = match number_after_title(&s) {
            Some(at) if !line.clutter => clean_line(&s[..at]),
            _ => s,
        };
        let doc_line = !line.clutter && doclines::is_document_line(&s, after_subtitle);
        after_subtitle = !line.clutter && doclines::is_subtitle(&s);
        // A title with its subtitle in brackets on the same line: the title is before it.
        let s = match doclines::bracketed_subtitle(&s) {
            Some((at, _)) if !line.clutter && at > 0 => clean_line(&s[..at]),
            _ => s,
        };
        if line.clutter || doc_line || !title_like(&s) {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        // A page that prints the title twice (`某局2020年工作总结` / `某局2020年工作总结`)
        // holds two copies, not a title of two parts.
        let full = current.len() >= MAX_TITLE_LINES
            || current
                .last()
                .is_some_and(|(_, prev)| is_complete(prev) || *prev == s);
        if full {
            out.push(std::mem::take(&mut current));
        }
        current.push((idx, s));
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Where the bracketed document number after a report's title starts
/// (`某局2025年度工作报告(某字〔2025〕79号)`).
fn number_after_title(s: &str) -> Option<usize> {
    let inner = s.strip_suffix([')', '\u{ff09}'])?;
    let open = inner.rfind(['(', '\u{ff08}'])?;
    let number = &inner[open..];
    (open > 0 && doclines::has_doc_number(number) && names_report(&s[..open])).then_some(open)
}

/// A contents label alone on its line, perhaps with its close button
/// (`目录`, `目 录`, `目录X`, `目錄×`).
fn is_contents_label(s: &str) -> bool {
    let compact: String = s.chars().filter(|&c| !is_space(c)).collect();
    let rest = compact
        .strip_prefix("目录")
        .or_else(|| compact.strip_prefix("目錄"));
    rest.is_some_and(|r| r.is_empty() || matches!(r, "X" | "x" | "×" | "✕"))
}

fn to_title(block: &[(usize, String)]) -> Title {
    Title {
        text: tidy(&join_title(block.iter().map(|(_, s)| s.as_str()))),
        lines: block.iter().map(|(i, _)| i + 1).collect(),
    }
}

/// The title of a report whose text starts at line `first_body` (0-based).
pub fn find(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    let first_body = first_body.min(lines.len());
    let before = blocks(text, lines, 0, first_body);
    let chosen = before
        .iter()
        .rev()
        .find(|b| {
            let t = joined(b);
            names_report(&t) && marks_closed(&t)
        })
        .map(|b| to_title(b));
    match chosen {
        Some(t) if doclines::is_notice_title(&t.text) => {
            Some(passed_on(text, lines, first_body).unwrap_or(t))
        }
        Some(t) if t.text.contains(MASK) => {
            Some(unmasked(text, lines, first_body, &t).unwrap_or(t))
        }
        Some(t) => Some(t),
        None => from_disclosure(text, lines, first_body)
            .or_else(|| before_salutation(text, lines, first_body))
            .or_else(|| before_year_opening(text, lines, first_body))
            .or_else(|| printed_twice(text, lines, first_body, &before))
            .or_else(|| notice(&before))
            .or_else(|| wiki_lead(text, lines, first_body)),
    }
}

/// The character sites mask digits and names with (`古城街道****年…报告`).
const MASK: char = '*';

/// A title whose digits the page masked (`某街道****年…报告`) where the page also prints
/// it whole above the text (its headline): the whole copy.
fn unmasked(text: &str, lines: &[Line], first_body: usize, masked: &Title) -> Option<Title> {
    (0..first_body)
        .rev()
        .map(|i| (i, clean_line(&text[lines[i].content.clone()])))
        .find(|(_, s)| !s.contains(MASK) && fits_mask(&masked.text, s))
        .map(|(i, s)| Title {
            text: tidy(&s),
            lines: vec![i + 1],
        })
}

/// Whether `plain` reads as `masked` with each run of `*` standing for one or more
/// characters.
fn fits_mask(masked: &str, plain: &str) -> bool {
    let pieces: Vec<&str> = masked.split(MASK).collect();
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    if pieces.len() < 2 || !plain.starts_with(first) || !plain.ends_with(last) {
        return false;
    }
    let mut at = first.len();
    let end = plain.len() - last.len();
    for piece in &pieces[1..pieces.len() - 1] {
        if piece.is_empty() {
            continue;
        }
        // A masked run stands for at least one character.
        let from = at + plain[at..].chars().next().map_or(0, char::len_utf8);
        match plain.get(from..end).and_then(|r| r.find(piece)) {
            Some(i) => at = from + i + piece.len(),
            None => return false,
        }
    }
    at < end
}

/// A document of another kind (`某县人民政府工作规则`, `…意见`) whose title the page prints
/// twice above its text (its headline and the document's own): that is its title.
fn printed_twice(
    text: &str,
    lines: &[Line],
    first_body: usize,
    blocks: &[Vec<(usize, String)>],
) -> Option<Title> {
    let line_texts: Vec<String> = (0..first_body)
        .map(|i| clean_line(&text[lines[i].content.clone()]))
        .collect();
    blocks.iter().rev().find_map(|b| {
        let t = joined(b);
        let copies = line_texts.iter().filter(|s| **s == t).count();
        (b.len() == 1
            && copies >= 2
            && t.chars().count() >= MIN_DOCUMENT_TITLE_CHARS
            && super::genre::is_another_document(&t))
        .then(|| to_title(b))
    })
}

/// A notice that passes on a document other than a report (`某市人民政府印发《关于…的
/// 实施意见》的通知`): with no report's title above the text, the notice's own.
fn notice(blocks: &[Vec<(usize, String)>]) -> Option<Title> {
    blocks.iter().rev().find_map(|b| {
        let t = joined(b);
        (doclines::is_notice_title(&t) && marks_closed(&t)).then(|| to_title(b))
    })
}

/// Shortest document title taken for printing twice, in characters: a column name
/// (`通知公告`) is shorter.
const MIN_DOCUMENT_TITLE_CHARS: usize = 8;

/// Verbs of a wiki summary's lead (`《某市2018年度…报告》是2019年某市人民政府发布的通知。`).
const LEAD_VERBS: &[&str] = &["发布", "發布", "颁布", "頒布", "印发", "印發", "公布"];

/// A wiki copy that opens with its summary (`《T》是…发布的…。`): the title is T.
fn wiki_lead(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    let idx = (0..lines.len().min(first_body + 1))
        .find(|&i| !lines[i].is_blank() && !lines[i].clutter)?;
    let s = clean_line(&text[lines[idx].content.clone()]);
    let inner = s.strip_prefix('《')?;
    let close = inner.find('》')?;
    let (title, rest) = (&inner[..close], &inner[close + '》'.len_utf8()..]);
    (rest.starts_with('是')
        && LEAD_VERBS.iter().any(|v| rest.contains(v))
        && rest.ends_with(['。', '.'])
        && names_report(title)
        && marks_closed(title))
    .then(|| Title {
        text: tidy(title),
        lines: vec![idx + 1],
    })
}

/// Words that open the salutation of a speech.
const SALUTATIONS: &[&str] = &["各位代表", "同志们", "同志們", "各位委员", "各位委員"];

/// A page that ran the title into the speech (`某镇2023年度政府工作报告各位代表:现在,…`):
/// the title is what stands before the salutation on the first line of text.
fn before_salutation(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    let idx = (first_body..lines.len().min(first_body + 1)).find(|&i| !lines[i].clutter)?;
    let s = &text[lines[idx].content.clone()];
    let at = SALUTATIONS.iter().filter_map(|w| s.find(w)).min()?;
    let head = clean_line(&s[..at]);
    // The line is the speech's text too: it is not counted as a title line.
    (title_like(&head) && names_report(&head)).then(|| Title {
        text: tidy(&head),
        lines: Vec::new(),
    })
}

/// How far into the first line of text a title run into the opening may end, in bytes.
const MAX_RUN_IN_TITLE_BYTES: usize = 90 * 3;

/// A page that ran the title into the opening (`某县2025年度法治政府建设情况报告2025年,
/// 全县坚持…`), perhaps behind a document site's watermark (`某某文库—每日更新
/// www.example.com`): the title is what stands before the year that opens the text, on
/// the first line of text.
fn before_year_opening(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    let idx = (first_body..lines.len().min(first_body + 1)).find(|&i| !lines[i].clutter)?;
    let line = &text[lines[idx].content.clone()];
    let s = after_watermark(line, text);
    let window = &s[..floor_boundary(s, MAX_RUN_IN_TITLE_BYTES)];
    let end = TITLE_ENDS
        .iter()
        .flat_map(|w| window.match_indices(w).map(move |(i, _)| i + w.len()))
        .filter(|&e| opens_with_year_clause(&s[e..]))
        .min()?;
    let head = clean_line(&s[..end]);
    // The line is the report's text too: it is not counted as a title line.
    (title_like(&head) && names_report(&head) && marks_closed(&head)).then(|| Title {
        text: tidy(&head),
        lines: Vec::new(),
    })
}

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether a text opens with a clause on a year (`2023年,`, `2025 年,`, `2023年度,`,
/// `2023年以来`).
fn opens_with_year_clause(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits != 4 {
        return false;
    }
    let rest = s[4..].trim_start_matches(is_space);
    let Some(rest) = rest.strip_prefix('年') else {
        return false;
    };
    let rest = rest.strip_prefix('度').unwrap_or(rest);
    rest.starts_with([',', '\u{ff0c}']) || rest.starts_with("以来") || rest.starts_with("以來")
}

/// Longest watermark a document site puts before its text, in characters.
const MAX_WATERMARK_CHARS: usize = 40;

/// A line without the watermark a document site prints at the top of each of its pages
/// (`某某文库—全网资源每日更新www.example.com`): a short head that ends in a web
/// address and is printed again further on.
fn after_watermark<'a>(line: &'a str, text: &str) -> &'a str {
    let Some(at) = line.find("www.") else {
        return line;
    };
    let tail = &line[at..];
    let host = tail
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/')))
        .unwrap_or(tail.len());
    let end = at + host;
    let mark = &line[..end];
    let is_mark = mark.chars().count() <= MAX_WATERMARK_CHARS
        && mark[at..].matches('.').count() >= 2
        && !mark.contains(SENTENCE_MARKS)
        && text.matches(mark).count() >= 2;
    if is_mark {
        &line[end..]
    } else {
        line
    }
}

/// Whether every 《, “ and bracket a text opens is closed in it: a title is whole, while
/// a sentence broken over lines (`认真落实《法治政府建设实施` / `纲要》,…`) leaves one open.
fn marks_closed(s: &str) -> bool {
    let count = |c: char| s.chars().filter(|&x| x == c).count();
    [
        ('《', '》'),
        ('“', '”'),
        ('(', ')'),
        ('\u{ff08}', '\u{ff09}'),
    ]
    .iter()
    .all(|&(open, close)| count(open) == count(close))
}

fn joined(block: &[(usize, String)]) -> String {
    join_title(block.iter().map(|(_, s)| s.as_str()))
}

/// The report a notice passes on: the first title naming a report after the notice's
/// text, before the first heading.
fn passed_on(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    let end = (first_body + NOTICE_LOOKAHEAD).min(lines.len());
    let heading = (first_body..end)
        .find(|&i| line_marker(&text[lines[i].content.clone()]).is_some())
        .unwrap_or(end);
    blocks(text, lines, first_body, heading)
        .iter()
        .find(|b| {
            let t = joined(b);
            names_report(&t) && marks_closed(&t) && !doclines::is_notice_title(&t)
        })
        .map(|b| to_title(b))
}

/// Disclosure fields that give the document's name.
const NAME_FIELDS: &[&str] = &["标题", "文件名称", "信息名称"];

/// A title that stands only in the page's disclosure table (`| 标题:… |`, `文件名称 | … |`).
fn from_disclosure(text: &str, lines: &[Line], first_body: usize) -> Option<Title> {
    lines
        .iter()
        .enumerate()
        .take(first_body)
        .filter(|(_, l)| l.clutter)
        .find_map(|(i, l)| {
            let content = &text[l.content.clone()];
            let fs: Vec<Field<'_>> = clutter::fields(content);
            fs.iter()
                .find(|f| NAME_FIELDS.contains(&f.key) && names_report(f.value))
                .map(|f| Title {
                    text: tidy(f.value),
                    lines: vec![i + 1],
                })
        })
}

/// Join title parts: Chinese parts run together, Latin words keep a space.
pub fn join_title<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts {
        let part = unspace_letters(part.trim());
        let needs_space = out
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && part
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if needs_space {
            out.push(' ');
        }
        out.push_str(&part);
    }
    out
}

/// `政 府 工 作 报 告` → `政府工作报告`: a line of single Han characters spaced out.
fn unspace_letters(s: &str) -> String {
    let tokens: Vec<&str> = s.split(is_space).filter(|t| !t.is_empty()).collect();
    let spaced = tokens.len() >= 3
        && tokens
            .iter()
            .all(|t| t.chars().count() == 1 && t.chars().all(is_han));
    if spaced {
        tokens.concat()
    } else {
        s.to_string()
    }
}

/// A title as a reader wants it: no spam tokens, no book-title brackets around it.
fn tidy(s: &str) -> String {
    let s = strip_spam(s.trim());
    let s = s.trim();
    match s.strip_prefix('《').and_then(|r| r.strip_suffix('》')) {
        Some(inner) if !inner.contains(['《', '》']) => inner.to_string(),
        _ => s.to_string(),
    }
}

/// Remove ASCII noise tokens that spam injects between Chinese characters (`v7R`,
/// `x3Kq`): short runs of letters and digits that mix lower case with digits or with
/// upper case. Words (`PM2.5`, `5G`, `APP`) stay.
pub fn strip_spam(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_alphanumeric() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let token = &chars[start..i];
        let han_before = start == 0 || is_han(chars[start - 1]);
        let han_after = i == chars.len() || is_han(chars[i]);
        let lower = token.iter().any(char::is_ascii_lowercase);
        let upper = token.iter().any(char::is_ascii_uppercase);
        let digit = token.iter().any(char::is_ascii_digit);
        let noise =
            (2..=6).contains(&token.len()) && han_before && han_after && lower && (digit || upper);
        if !noise {
            out.extend(token);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_broken_inside_a_book_title_is_no_title() {
        assert!(!marks_closed("认真落实《法治政府建设实施"));
        assert!(marks_closed(
            "关于印发《法治政府建设实施纲要(2021—2025年)》的通知"
        ));
        let r = crate::parse_report(
            "a.txt".into(),
            "认真落实《法治政府建设实施\n纲要》,开展“八五\n”普法。\n",
        );
        assert_eq!(r.meta.title, None);
    }

    #[test]
    fn spam_tokens_are_removed() {
        assert_eq!(
            strip_spam("襄城区v7R人民政府2020年度报告"),
            "襄城区人民政府2020年度报告"
        );
        assert_eq!(
            strip_spam("推进5G和PM2.5治理的报告"),
            "推进5G和PM2.5治理的报告"
        );
        assert_eq!(strip_spam("APP建设情况"), "APP建设情况");
    }

    #[test]
    fn letter_spaced_titles_are_joined() {
        assert_eq!(
            join_title(["政 府 工 作 报 告"].into_iter()),
            "政府工作报告"
        );
        assert_eq!(
            join_title(["襄城区人民政府", "2020年度法治政府建设", "工作报告"].into_iter()),
            "襄城区人民政府2020年度法治政府建设工作报告"
        );
        assert_eq!(
            join_title(["Annual", "Report"].into_iter()),
            "Annual Report"
        );
        // Two words with a space between are not letter-spaced.
        assert_eq!(
            join_title(["陵川县教育局 2025年法治政府建设年度报告"].into_iter()),
            "陵川县教育局 2025年法治政府建设年度报告"
        );
    }

    #[test]
    fn a_dated_line_under_the_title_is_not_part_of_it() {
        assert!(title_like("关于2022年度法治政府建设情况的报告"));
        assert!(doclines::is_date_line("（2023年3月10日）"));
    }

    #[test]
    fn a_book_title_wrapper_is_dropped() {
        assert_eq!(
            tidy("《关于2021年法治政府建设情况的报告》"),
            "关于2021年法治政府建设情况的报告"
        );
        assert_eq!(tidy("《甲》和《乙》的报告"), "《甲》和《乙》的报告");
    }
}
