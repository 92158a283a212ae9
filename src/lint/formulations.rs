//! Standard formulations (规范表述): political terms, names of laws and regulations and
//! a few fixed words that have one correct form, checked against the year the report was
//! written in.
//!
//! The table is data, `data/formulations.toml`, one entry per wrong form with its source
//! (so reviewers can extend it); it is compiled in and parsed once. All wrong forms (and
//! their traditional spellings) are found in one Aho-Corasick pass over each paragraph,
//! so the check is linear in the text whatever the size of the table.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use serde::Deserialize;

use crate::report::{Diagnostic, Genre, Severity};

use super::rules::Rule;
use super::{found, Context};

pub const FORMULATION: Rule = Rule {
    id: "nonstandard-formulation",
    severity: Severity::Error,
    meaning: "a non-standard form of a political term, a law's or regulation's name or a fixed word, for the report's year (table: data/formulations.toml)",
    source: "data/formulations.toml (each entry cites its source)",
};

pub const RULES: &[Rule] = &[FORMULATION];

/// The table as compiled in.
const TABLE: &str = include_str!("../../data/formulations.toml");

/// One entry of the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub wrong: String,
    pub right: String,
    pub source: String,
    pub since: Option<i32>,
    pub until: Option<i32>,
    #[serde(default)]
    pub genres: Vec<String>,
    #[serde(default)]
    pub not_preceded_by: Vec<String>,
    #[serde(default)]
    pub not_followed_by: Vec<String>,
    #[serde(default)]
    pub followed_by: Vec<String>,
    #[serde(default)]
    pub in_title: bool,
    #[serde(default)]
    pub unless_text_has: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    entry: Vec<Entry>,
}

/// The parsed table and its matcher: pattern `i` is a spelling of `entries[of[i]]`.
struct Compiled {
    entries: Vec<Entry>,
    /// Each entry's context lists with their traditional spellings added, in the order
    /// not_preceded_by, not_followed_by, followed_by.
    contexts: Vec<[Vec<String>; 3]>,
    of: Vec<usize>,
    matcher: AhoCorasick,
}

/// A list of words and their traditional spellings.
fn with_hant(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    for w in words {
        let hant = zhconv::zhconv(w, zhconv::Variant::ZhHant);
        if !out.contains(&hant) {
            out.push(hant);
        }
    }
    out
}

/// Parse a table. Every entry is checked: a genre id must exist, and the wrong form must
/// differ from the right one.
pub fn parse_table(text: &str) -> Result<Vec<Entry>, String> {
    let table: Table = toml::from_str(text).map_err(|e| e.message().to_string())?;
    for e in &table.entry {
        if e.wrong.is_empty() || e.wrong == e.right {
            return Err(format!("entry {:?}: wrong and right must differ", e.wrong));
        }
        if let Some(g) = e.genres.iter().find(|g| Genre::from_id(g).is_none()) {
            return Err(format!("entry {:?}: unknown genre {g:?}", e.wrong));
        }
    }
    Ok(table.entry)
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        // The table is compiled in and tested, so a broken one is a build defect; an
        // empty table keeps the program running all the same.
        let entries = parse_table(TABLE).unwrap_or_default();
        let mut patterns = Vec::new();
        let mut of = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            patterns.push(e.wrong.clone());
            of.push(i);
            // The traditional spelling, where it is not the standard form's own.
            let hant = zhconv::zhconv(&e.wrong, zhconv::Variant::ZhHant);
            if hant != e.wrong && hant != zhconv::zhconv(&e.right, zhconv::Variant::ZhHant) {
                patterns.push(hant);
                of.push(i);
            }
        }
        let matcher = AhoCorasick::new(&patterns).unwrap_or_else(|_| {
            AhoCorasick::new(Vec::<String>::new()).expect("an empty matcher builds")
        });
        let contexts = entries
            .iter()
            .map(|e| {
                [
                    with_hant(&e.not_preceded_by),
                    with_hant(&e.not_followed_by),
                    with_hant(&e.followed_by),
                ]
            })
            .collect();
        Compiled {
            entries,
            contexts,
            of,
            matcher,
        }
    })
}

/// Whether an entry applies to a report of this genre written in this year.
fn applies(e: &Entry, genre: Genre, year: Option<i32>) -> bool {
    if !e.genres.is_empty() && !e.genres.iter().any(|g| g == genre.as_str()) {
        return false;
    }
    match (e.since, e.until, year) {
        (None, None, _) => true,
        (_, _, None) => false,
        (since, until, Some(y)) => since.is_none_or(|s| y >= s) && until.is_none_or(|u| y <= u),
    }
}

/// Whether the text around a match lets the entry stand (`context`: the entry's lists
/// with their traditional spellings).
fn context_fits(e: &Entry, context: &[Vec<String>; 3], before: &str, after: &str) -> bool {
    let [not_preceded_by, not_followed_by, followed_by] = context;
    let ends = |list: &[String]| list.iter().any(|w| before.ends_with(w.as_str()));
    let starts = |list: &[String]| list.iter().any(|w| after.starts_with(w.as_str()));
    if ends(not_preceded_by) || starts(not_followed_by) {
        return false;
    }
    if !followed_by.is_empty() && !starts(followed_by) {
        return false;
    }
    if e.in_title {
        let opened = before.ends_with('《') || before.ends_with("《中华人民共和国");
        return opened && after.starts_with('》');
    }
    true
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let c = compiled();
    let text = &ctx.report.text;
    let live: Vec<bool> = c
        .entries
        .iter()
        .map(|e| {
            applies(e, ctx.genre, ctx.written_year)
                && !e.unless_text_has.iter().any(|w| text.contains(w.as_str()))
        })
        .collect();
    if !live.contains(&true) {
        return;
    }
    for p in ctx.paragraphs.list.iter().filter(|p| p.is_prose()) {
        // One finding per entry and line.
        let mut seen: std::collections::HashSet<(usize, usize)> = Default::default();
        for m in c.matcher.find_overlapping_iter(&p.text) {
            let k = c.of[m.pattern().as_usize()];
            let e = &c.entries[k];
            let (before, after) = (&p.text[..m.start()], &p.text[m.end()..]);
            if !live[k] || !context_fits(e, &c.contexts[k], before, after) {
                continue;
            }
            let line = p.line_at(m.start());
            if !seen.insert((k, line)) {
                continue;
            }
            let written = &p.text[m.start()..m.end()];
            out.push(found(
                line,
                &FORMULATION,
                &format!("不规范表述“{written}”,应为“{}”(依据:{})", e.right, e.source),
                &format!(
                    "non-standard formulation “{written}”: the standard form is “{}”",
                    e.right
                ),
                Some(e.right.clone()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{report, rules};

    fn run_as(text: &str, genre: Option<Genre>) -> Vec<Diagnostic> {
        let r = report(text);
        let ctx = Context::new(&r, genre);
        let mut out = Vec::new();
        check(&ctx, &mut out);
        out
    }

    fn run(text: &str) -> Vec<Diagnostic> {
        run_as(text, None)
    }

    const HEAD: &str = "某区2021年法治政府建设年度报告\n2021年,我区推进依法行政。\n";

    #[test]
    fn the_table_parses_and_every_entry_has_a_source() {
        let entries = parse_table(TABLE).unwrap();
        assert!(entries.len() >= 20);
        assert!(entries.iter().all(|e| !e.source.is_empty()));
        assert_eq!(compiled().entries.len(), entries.len());
        assert!(
            parse_table("[[entry]]\nwrong = \"甲\"\nright = \"甲\"\nsource = \"x\"\n").is_err()
        );
        assert!(parse_table(
            "[[entry]]\nwrong = \"甲\"\nright = \"乙\"\nsource = \"x\"\ngenres = [\"poem\"]\n"
        )
        .is_err());
    }

    #[test]
    fn a_wrong_term_is_found_with_its_standard_form() {
        let text = format!("{HEAD}一、主要举措\n加快建设法制政府,成效显着提高。\n");
        let found = run(&text);
        assert_eq!(rules(&found), [(4, FORMULATION.id), (4, FORMULATION.id)]);
        assert_eq!(found[0].suggestion.as_deref(), Some("法治政府"));
        assert!(found[0].message.contains("全面推进依法行政实施纲要"));
        assert_eq!(found[1].suggestion.as_deref(), Some("显著"));
    }

    #[test]
    fn the_right_forms_and_lookalikes_give_nothing() {
        let text = format!("{HEAD}一、主要举措\n坚持以习近平新时代中国特色社会主义思想为指导,建设法治政府。凸显着优势,成效显著。依照《中华人民共和国行政复议法》和《行政复议法实施条例》,执行《某省行政复议条例》。\n");
        assert!(run(&text).is_empty(), "{:?}", run(&text));
    }

    #[test]
    fn the_new_era_thought_needs_its_full_name_in_government_reports() {
        let text = format!("{HEAD}一、主要举措\n坚持以新时代中国特色社会主义思想为指导。\n");
        assert_eq!(rules(&run(&text)), [(4, FORMULATION.id)]);
        // A garbled copy of the name (习菦平) is not a missing name.
        let garbled =
            format!("{HEAD}一、主要举措\n坚持以习菦平新时代中国特色社会主义思想为指导。\n");
        assert!(run(&garbled).is_empty());
        // The party congress's own report uses the short form.
        assert!(run_as(&text, Some(Genre::Other)).is_empty());
        // After the full name once, the short form refers back to it.
        let back = format!("{HEAD}一、主要举措\n深入学习习近平新时代中国特色社会主义思想,用新时代中国特色社会主义思想武装头脑。\n");
        assert!(run(&back).is_empty(), "{:?}", run(&back));
    }

    #[test]
    fn entries_bind_only_from_their_year() {
        let old = "某区2012年依法行政工作报告\n2012年,我区推进依法行政。\n一、主要举措\n加强法制宣传教育。\n";
        assert!(run(old).is_empty(), "{:?}", run(old));
        let new = "某区2019年法治政府建设年度报告\n2019年,我区推进依法行政。\n一、主要举措\n加强法制宣传教育。\n";
        assert_eq!(rules(&run(new)), [(4, FORMULATION.id)]);
        // A local regulation's name stays as it is.
        let named = "某区2019年法治政府建设年度报告\n2019年,我区推进依法行政。\n一、主要举措\n贯彻《某省法制宣传教育条例》。\n";
        assert!(run(named).is_empty(), "{:?}", run(named));
        // Without a year, a dated entry says nothing.
        let undated = "一、主要举措\n加强法制宣传教育。\n二、问题\n不足。\n";
        assert!(run(undated).is_empty());
    }

    #[test]
    fn a_law_named_wrongly_is_found_only_as_a_title() {
        let text = format!("{HEAD}一、主要举措\n贯彻《政府信息公开法》,推进政府信息公开法治化。\n");
        let found = run(&text);
        assert_eq!(rules(&found), [(4, FORMULATION.id)]);
        assert_eq!(found[0].suggestion.as_deref(), Some("政府信息公开条例"));
    }

    #[test]
    fn traditional_spellings_are_found() {
        let text = "某區2021年法治政府建設年度報告\n2021年,我區推進依法行政。\n一、主要舉措\n加快建設法制政府。\n";
        assert_eq!(rules(&run(text)), [(4, FORMULATION.id)]);
    }

    #[test]
    fn a_term_broken_over_lines_is_found_at_its_start() {
        let text = format!(
            "{HEAD}一、主要举措\n坚持依法行政,坚持以新时代中国特色社\n会主义思想为指导。\n"
        );
        assert_eq!(rules(&run(&text)), [(4, FORMULATION.id)]);
    }
}
