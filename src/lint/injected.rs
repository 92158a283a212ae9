//! Injected text: spam that a compromised or scraped page put into the report.
//!
//! Two signals. First, a run that mixes Latin letters, digits or underscores with Han
//! characters and repeats many times (`bt365体育在线备用_365国际体育官网_365bet亚洲城`,
//! which replaced a place name fourteen times). Government prose uses Latin letters
//! rarely and alone (APP, PM2.5, 5G), so a repeated cluster of several such tokens glued
//! to Han text is not prose. Second, gambling and advertising words that never occur in a
//! report (体育官网, 真人娱乐, 百家乐…), found even once. Third, the shape of a spam
//! page title stuffed with keywords, `甲甲_乙乙_丙丙_丁丁`: three or more phrases joined by
//! underscores, which prose never writes, also found even once.
//!
//! The repeated run is grown from its Latin core by the characters that every occurrence
//! shares on each side, so the finding names the whole run, whatever text around it the
//! injection landed in.

use std::collections::HashMap;

use crate::parse::markers::is_han;
use crate::report::{Diagnostic, Report, Severity};

use super::rules::{Rule, SRC_INTEGRITY};
use super::{body_lines, finding};

pub const INJECTED: Rule = Rule {
    id: "injected-text",
    severity: Severity::Error,
    meaning: "spam in the text: a run mixing Latin letters or digits with Han repeated many times (`bt365体育在线备用_…`, with its count), a keyword-stuffed `甲_乙_丙` title, or gambling/advert wording",
    source: SRC_INTEGRITY,
};

pub const RULES: &[Rule] = &[INJECTED];

/// The rule id, for callers that match on it.
pub const RULE: &str = INJECTED.id;

/// A run must occur this many times to count as repeated.
const MIN_REPEATS: usize = 3;
/// Most distinct repeated runs reported in one text.
const MAX_RUNS: usize = 16;
/// Most characters a run is grown by on each side.
const MAX_GROW: usize = 40;

/// Words of gambling sites and spam adverts. Only words that have no place in a report:
/// 赌博 itself is left out, since reports speak of 打击跨境赌博.
const SPAM_WORDS: &[&str] = &[
    "体育在线",
    "体育官网",
    "亚洲城",
    "娱乐城",
    "真人娱乐",
    "百家乐",
    "老虎机",
    "时时彩",
    "六合彩",
    "彩票网",
    "皇冠体育",
    "威尼斯人",
    "葡京",
    "注册送",
    "彩金",
    "博彩",
    "代开发票",
    "棋牌游戏",
    // Betting brands that spam pastes into copied pages.
    "乐动体育",
    "开云体育",
    "亚博体育",
    "米乐体育",
    "华体会",
    "九游会",
    "威廉希尔",
    "bet365",
    "365bet",
    "casino",
    "baccarat",
    "體育在線",
    "體育官網",
    "亞洲城",
    "娛樂城",
    "真人娛樂",
    "百家樂",
    "老虎機",
    "時時彩",
    "彩票網",
    "威尼斯人",
    "樂動體育",
    "開雲體育",
    "亞博體育",
    "華體會",
];

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'
}

/// Byte ranges of Latin tokens in a line: runs of ASCII letters, digits and `_ . -` that
/// hold a letter or an underscore (a bare number is prose).
fn tokens(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (is_token_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let tok = line[s..i].trim_end_matches(['.', '-']);
                if tok.contains(|c: char| c.is_ascii_alphabetic() || c == '_') {
                    out.push((s, s + tok.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn is_run_char(c: char) -> bool {
    is_han(c) || is_token_char(c)
}

/// Whether a run looks like spam on its own shape: several Latin tokens, one of them
/// mixing letters with digits or an underscore (`bt365`, `_365`), at least 8 characters.
fn spam_shaped(core: &str) -> bool {
    let toks = tokens(core);
    let mixed = toks.iter().any(|&(s, e)| {
        let t = &core[s..e];
        t.contains('_')
            || (t.contains(|c: char| c.is_ascii_digit())
                && t.contains(|c: char| c.is_ascii_alphabetic()))
    });
    toks.len() >= 2 && mixed && core.chars().count() >= 8
}

fn has_spam_word(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    SPAM_WORDS.iter().any(|w| lower.contains(w))
}

/// Three or more phrases with Han characters joined by underscores (`甲甲_乙乙_丙丙`).
fn underscore_chain(line: &str) -> Option<&str> {
    let is_seg = |c: char| is_han(c) || c.is_ascii_alphanumeric();
    let mut start = 0;
    for piece in line.split(|c: char| !(is_seg(c) || c == '_')) {
        let at = start;
        start += piece.len()
            + line[start + piece.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let segs: Vec<&str> = piece.split('_').collect();
        let han_segs = segs
            .iter()
            .filter(|s| s.chars().count() >= 2 && s.chars().any(is_han))
            .count();
        if segs.len() >= 3 && han_segs >= 3 {
            return Some(&line[at..at + piece.len()]);
        }
    }
    None
}

/// The run every occurrence shares: the core grown by the common characters on each side.
fn grow(lines: &[(usize, &str)], occ: &[(usize, usize, usize)]) -> (usize, usize, usize) {
    let left = |&(k, s, _): &(usize, usize, usize)| -> Vec<char> {
        lines[k].1[..s]
            .chars()
            .rev()
            .take_while(|&c| is_run_char(c))
            .take(MAX_GROW)
            .collect()
    };
    let right = |&(k, _, e): &(usize, usize, usize)| -> Vec<char> {
        lines[k].1[e..]
            .chars()
            .take_while(|&c| is_run_char(c))
            .take(MAX_GROW)
            .collect()
    };
    let common = |all: Vec<Vec<char>>| -> usize {
        let first = &all[0];
        let mut n = 0;
        while n < first.len() && all.iter().all(|v| v.get(n) == Some(&first[n])) {
            n += 1;
        }
        first[..n].iter().map(|c| c.len_utf8()).sum()
    };
    let l = common(occ.iter().map(left).collect());
    let r = common(occ.iter().map(right).collect());
    let (k, s, e) = occ[0];
    (k, s - l, e + r)
}

pub fn check(report: &Report, out: &mut Vec<Diagnostic>) {
    let lines: Vec<(usize, &str)> = body_lines(report).collect();
    // Occurrences of each Latin token: (index into lines, start, end).
    let mut groups: HashMap<&str, Vec<(usize, usize, usize)>> = HashMap::new();
    for (k, (_, text)) in lines.iter().enumerate() {
        for (s, e) in tokens(text) {
            groups.entry(&text[s..e]).or_default().push((k, s, e));
        }
    }
    // Each repeated token grown to the run all its occurrences share; the longest runs
    // first, so a token inside a run already found (`_365` in `bt365…`) adds nothing.
    let mut runs: Vec<&str> = groups
        .values()
        .filter(|occ| occ.len() >= MIN_REPEATS)
        .map(|occ| {
            let (k, s, e) = grow(&lines, occ);
            &lines[k].1[s..e]
        })
        .filter(|run| spam_shaped(run) || has_spam_word(run))
        .collect();
    runs.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    runs.dedup();
    let mut found_runs: Vec<&str> = Vec::new();
    let mut flagged_lines = std::collections::HashSet::new();
    for run in runs {
        if found_runs.iter().any(|f| f.contains(run)) {
            continue;
        }
        // Each run found costs a pass over the text; a text with more distinct spam runs
        // than this is reported by its first ones, which keeps the check linear.
        if found_runs.len() >= MAX_RUNS {
            break;
        }
        found_runs.push(run);
        let total: usize = lines.iter().map(|(_, t)| t.matches(run).count()).sum();
        for &(line, text) in &lines {
            let here = text.matches(run).count();
            if here == 0 || flagged_lines.contains(&line) {
                continue;
            }
            flagged_lines.insert(line);
            out.push(finding(
                line,
                RULE,
                Severity::Error,
                &format!("疑似注入文本“{run}”,全文出现{total}次(本行{here}次)"),
                &format!("injected text “{run}” occurs {total} times in the report ({here} on this line)"),
                Some(format!("删除“{run}”,并对照原稿恢复被替换的文字")),
            ));
        }
    }
    // Keyword-stuffed titles, even once.
    for &(line, text) in &lines {
        if flagged_lines.contains(&line) {
            continue;
        }
        if let Some(chain) = underscore_chain(text) {
            flagged_lines.insert(line);
            out.push(finding(
                line,
                RULE,
                Severity::Error,
                &format!("疑似注入的关键词堆砌“{}”", super::excerpt(chain, 30)),
                &format!(
                    "keyword-stuffed injected text “{}”",
                    super::excerpt(chain, 30)
                ),
                Some("删除这段文字".into()),
            ));
        }
    }
    // Spam words, even once, on lines not already flagged.
    for &(line, text) in &lines {
        if flagged_lines.contains(&line) {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        if let Some(word) = SPAM_WORDS.iter().find(|w| lower.contains(*w)) {
            out.push(finding(
                line,
                RULE,
                Severity::Error,
                &format!("含有博彩或广告用语“{word}”,疑似注入文本"),
                &format!("gambling or advertising wording “{word}”: likely injected text"),
                Some(format!("删除含“{word}”的文字")),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::run_rule;

    fn run(text: &str) -> Vec<Diagnostic> {
        run_rule(check, text)
    }

    #[test]
    fn a_repeated_mixed_run_is_found_on_every_line_with_its_count() {
        let spam = "ab12棋牌中心_88游戏下载_xy9官方";
        let text = format!(
            "2021年,{spam}委、市政府推进工作。\n印发了《{spam}工作要点》。\n组建{spam}调解委员会和{spam}中心。\n其他工作。\n"
        );
        let found = run(&text);
        assert_eq!(found.iter().map(|d| d.line).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(found[0].message.contains(spam), "{}", found[0].message);
        assert!(found[0].message.contains("4次"), "{}", found[0].message);
        assert!(found[0].message.contains("4 times"));
    }

    #[test]
    fn a_spam_word_is_found_once() {
        let found = run("一、工作情况\n欢迎访问真人娱乐平台推进依法行政。\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        // A betting brand pasted into a sentence cut by the copy.
        let found = run("一、工作情况\n建立了局工作机制和工作团队,开云体育足球 一体化逐步完善。\n");
        assert_eq!(found.len(), 1);
        // Sport in a report is no spam.
        assert!(run("一、工作情况\n开展校园体育足球联赛,全民健身体育活动120场。\n").is_empty());
    }

    #[test]
    fn latin_words_of_ordinary_prose_are_not_spam() {
        let text = "推广政务服务APP,APP下载量增长。\n办理PM2.5治理,PM2.5浓度下降,PM2.5达标。\n建设5G基站,5G覆盖,5G应用。\n拨打12345热线,12345热线,12345热线。\n打击跨境赌博犯罪。\n";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_keyword_stuffed_title_is_found_once() {
        let found =
            run("一、工作情况\n精品推荐在线_午夜影院免费_高清视频大全_av999推进依法行政。\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        assert!(
            found[0].message.contains("精品推荐在线_午夜影院免费"),
            "{}",
            found[0].message
        );
        assert!(run("文件名为工作_总结.docx,编号A_B_C。\n").is_empty());
    }

    #[test]
    fn a_run_repeated_twice_is_not_enough() {
        let text = "ab12棋牌_cd34游戏中心一次。\nab12棋牌_cd34游戏中心两次。\n";
        assert!(run(text).is_empty());
    }
}
