//! Seeded defects: real texts (the samples, the national work reports and party-congress
//! reports in ../shared/corpus, the report openings in ../shared/devset) are damaged
//! programmatically, one defect at a time, and the review must find each one at the line
//! where it was made, while reporting nothing new on the lines left untouched.
//!
//! Defects: a heading's number removed, a point's numeral removed (whole, or all but its
//! 是), a heading number skipped or repeated, the shortcomings part of an annual report
//! deleted, a gambling spam run injected, spam words, web-page chrome, a standard
//! formulation written wrongly, a paragraph's final full stop removed, and punctuation
//! slips (doubled, empty quotes, a lost closing 》). The count per kind is printed.
//! Without ../shared the corpus part is skipped with a note and the samples still run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use baogao::lint::paragraphs::{self, ParaKind};
use baogao::lint::{self, Settings};
use baogao::report::Genre;
use baogao::{Diagnostic, NodeKind, Report};

/// The lines a seed may touch, and what the review must report there.
struct Seed {
    kind: &'static str,
    name: String,
    lines: Vec<String>,
    /// Maps a 1-based line of the original to the seeded text (`None`: deleted).
    map: Box<dyn Fn(usize) -> Option<usize>>,
    /// Lines of the seeded text where new findings are expected or allowed.
    touched: Vec<usize>,
    /// Each entry must be matched by a finding on one of its lines with one of its rules.
    expect: Vec<(Vec<usize>, Vec<&'static str>)>,
    /// Review the seeded text as this genre (`--genre`).
    genre: Option<Genre>,
}

impl Seed {
    fn new(kind: &'static str, name: String, lines: Vec<String>) -> Seed {
        Seed {
            kind,
            name,
            lines,
            map: Box::new(Some),
            touched: Vec::new(),
            expect: Vec::new(),
            genre: None,
        }
    }

    /// Expect one of `rules` on one of `lines`, and allow new findings there.
    fn at(mut self, lines: &[usize], rules: &[&'static str]) -> Seed {
        self.touched.extend_from_slice(lines);
        self.expect.push((lines.to_vec(), rules.to_vec()));
        self
    }
}

const NUMBERING: &[&str] = &[
    "numbering-gap",
    "numbering-duplicate",
    "numbering-order",
    "marker-damaged",
    "point-missing-numeral",
    "point-missing-separator",
];

fn lines_of(report: &Report) -> Vec<String> {
    report.text.split('\n').map(str::to_string).collect()
}

/// Heading or point siblings (same parent, same kind and style) that each open their own
/// paragraph, three or more in a row with no other paragraph-opening sibling between.
fn sibling_runs(report: &Report, kind: NodeKind) -> Vec<Vec<usize>> {
    let paras = paragraphs::build(report);
    let opens = |i: usize| {
        let n = &report.nodes[i];
        let line = report.line_range(n.line);
        let lead = report.text[line.clone()].len()
            - report.text[line.clone()]
                .trim_start_matches([' ', '\u{3000}', '\t'])
                .len();
        paras.starts_paragraph(n.line) && n.span.start == line.start + lead && !n.repaired
    };
    let mut runs = Vec::new();
    let groups = std::iter::once(report.roots.clone())
        .chain(report.nodes.iter().map(|n| n.children.clone()));
    for group in groups {
        let run: Vec<usize> = group
            .into_iter()
            .filter(|&i| report.nodes[i].kind == kind && opens(i))
            .collect();
        let consecutive = run.windows(2).all(|w| {
            let (a, b) = (&report.nodes[w[0]], &report.nodes[w[1]]);
            a.style == b.style && b.value == a.value + 1
        });
        if run.len() >= 3 && consecutive && report.nodes[run[0]].value == 1 {
            runs.push(run);
        }
    }
    runs
}

fn remove_numeral(report: &Report, kind: NodeKind, keep_shi: bool) -> Option<Seed> {
    let run = sibling_runs(report, kind)
        .into_iter()
        .find(|r| kind == NodeKind::Point || report.nodes[r[1]].level >= 2)?;
    let node = &report.nodes[run[1]];
    let mut lines = lines_of(report);
    let line = &mut lines[node.line - 1];
    let at = line.find(&node.number)?;
    // A point may keep its 是 (`是积极推进…`), as a slip of the keyboard leaves it.
    let cut = if keep_shi {
        node.number.trim_end_matches('是').to_string()
    } else {
        node.number.clone()
    };
    line.replace_range(at..at + cut.len(), "");
    // A numeral alone on its line (`二是` above its text) leaves a blank line: the
    // point's text, and so the finding, is on the line below.
    let emptied = line.trim_matches(|c: char| c.is_whitespace()).is_empty();
    let next = report.nodes[run[2]].line;
    let kind_name = match kind {
        NodeKind::Heading => "heading number removed",
        NodeKind::Point => "point numeral removed",
    };
    Some(
        Seed::new(
            kind_name,
            format!("remove {} (line {})", node.number, node.line),
            lines,
        )
        .at(
            &if emptied {
                vec![node.line, node.line + 1, next]
            } else {
                vec![node.line, next]
            },
            NUMBERING,
        ),
    )
}

fn change_number(report: &Report, duplicate: bool) -> Option<Seed> {
    let run = sibling_runs(report, NodeKind::Heading).into_iter().next()?;
    let (prev, node) = (&report.nodes[run[1]], &report.nodes[run[2]]);
    let mut lines = lines_of(report);
    let line = &mut lines[node.line - 1];
    let at = line.find(&node.number)?;
    let (kind, number, rule) = if duplicate {
        (
            "heading number repeated",
            prev.number.clone(),
            "numbering-duplicate",
        )
    } else {
        let next = match run.get(3) {
            Some(&i) => report.nodes[i].number.clone(),
            None => return None,
        };
        ("heading number skipped", next, "numbering-gap")
    };
    line.replace_range(at..at + node.number.len(), &number);
    let mut seed =
        Seed::new(kind, format!("{number} at line {}", node.line), lines).at(&[node.line], &[rule]);
    seed.touched
        .extend(run.get(3).map(|&i| report.nodes[i].line));
    Some(seed)
}

fn delete_shortcomings(report: &Report) -> Option<Seed> {
    let folded = |s: &str| s.replace('題', "题").replace('問', "问");
    let roots = &report.roots;
    let (start, end) = match roots.iter().position(|&i| {
        let t = folded(&report.nodes[i].title);
        t.contains("不足") || t.contains("问题")
    }) {
        Some(k) => {
            let start = report.nodes[roots[k]].line;
            let end = roots
                .get(k + 1)
                .map(|&i| report.nodes[i].line)
                .unwrap_or(report.line_count() + 1);
            (start, end)
        }
        None => {
            // An unnumbered closing paragraph about the gap.
            let last = report.nodes[*roots.last()?].line;
            let line =
                (last + 1..=report.line_count()).find(|&n| report.line_text(n).contains("差距"))?;
            (line, line + 1)
        }
    };
    let mut lines = lines_of(report);
    let end = end.min(lines.len() + 1);
    lines.drain(start - 1..end - 1);
    let removed = end - start;
    let at = start.min(lines.len());
    // The part is reported where it would go: the deletion point, or the first line of
    // text after it when that point is blank.
    let next = (at..=lines.len())
        .find(|&n| !lines[n - 1].trim().is_empty())
        .unwrap_or(at);
    // Or at the next part's heading: the missing part goes before the plan, and the
    // duty part may stand between.
    let mut places = vec![at, next];
    places.extend(
        roots
            .iter()
            .map(|&i| report.nodes[i].line)
            .filter(|&l| l >= end)
            .take(2)
            .map(|l| l - removed),
    );
    let mut seed = Seed::new(
        "required part deleted",
        format!("delete shortcomings, lines {start}..{end}"),
        lines,
    )
    .at(&places, &["required-part-missing"]);
    seed.map = Box::new(move |n| match n {
        n if n < start => Some(n),
        n if n < end => None,
        n => Some(n - removed),
    });
    seed.genre = Some(Genre::FazhiAnnual);
    Some(seed)
}

/// Long body lines spread over the report, away from headings and points.
fn body_lines(report: &Report, k: usize) -> Vec<usize> {
    let paras = paragraphs::build(report);
    let heads: Vec<usize> = report.nodes.iter().map(|n| n.line).collect();
    let cands: Vec<usize> = (1..=report.line_count())
        .filter(|&n| {
            let p = paras.of_line(n).map(|p| &paras.list[p]);
            !heads.contains(&n)
                && p.is_some_and(|p| p.kind == ParaKind::Body && !p.is_joined())
                && report.line_text(n).chars().count() > 40
                && report.line_text(n).contains('。')
        })
        .collect();
    (1..=k)
        .filter_map(|j| cands.get(j * cands.len() / (k + 1)).copied())
        .collect()
}

/// Insert `what` after the first 。 of a line.
fn insert_in_line(line: &mut String, what: &str) {
    let at = line
        .find('。')
        .map(|i| i + '。'.len_utf8())
        .unwrap_or(line.len());
    line.insert_str(at, what);
}

fn spam_run(report: &Report) -> Option<Seed> {
    let targets = body_lines(report, 3);
    if targets.len() < 3 {
        return None;
    }
    let mut lines = lines_of(report);
    for &n in &targets {
        insert_in_line(&mut lines[n - 1], "ky888棋牌_开元app下载中心组织");
    }
    let mut seed = Seed::new("gambling run injected", "repeated spam run".into(), lines);
    for &n in &targets {
        seed = seed.at(&[n], &["injected-text"]);
    }
    Some(seed)
}

fn spam_word(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 1).first()?;
    let mut lines = lines_of(report);
    insert_in_line(&mut lines[n - 1], "欢迎登录澳门真人娱乐平台。");
    Some(Seed::new("spam words", "spam words once".into(), lines).at(&[n], &["injected-text"]))
}

fn chrome_line(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 1).first()?;
    let mut lines = lines_of(report);
    lines.insert(n, "【打印本页】 【关闭窗口】".into());
    let new = n + 1;
    let mut seed = Seed::new("page chrome", format!("chrome line after {n}"), lines)
        .at(&[new], &["page-text"]);
    seed.map = Box::new(move |m| Some(if m > n { m + 1 } else { m }));
    Some(seed)
}

fn chrome_glued(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 2).last()?;
    let mut lines = lines_of(report);
    lines[n - 1].push_str("发布时间:2021-03-04 浏览次数:128");
    Some(
        Seed::new("page chrome", format!("chrome glued to line {n}"), lines)
            .at(&[n], &["page-text", "missing-final-punctuation"]),
    )
}

/// A standard form written wrongly: 显著 as 显着, 部署 as 布署 (undated entries, so they
/// bind whatever the report's year).
fn wrong_formulation(report: &Report) -> Option<Seed> {
    let paras = paragraphs::build(report);
    for (right, wrong) in [("显著", "显着"), ("部署", "布署")] {
        let found = (1..=report.line_count()).find_map(|n| {
            let p = paras.of_line(n).map(|p| &paras.list[p])?;
            if !matches!(p.kind, ParaKind::Body | ParaKind::Heading(_)) {
                return None;
            }
            let line = report.line_text(n);
            let at = line.find(right)?;
            // Not after a character that makes another word (明显著, 凸显着).
            let before = line[..at].chars().next_back();
            (!before.is_some_and(|c| "凸彰明突尽昭浮愈更越日外".contains(c))).then_some((n, at))
        });
        if let Some((n, at)) = found {
            let mut lines = lines_of(report);
            lines[n - 1].replace_range(at..at + right.len(), wrong);
            return Some(
                Seed::new("wrong formulation", format!("{wrong} at line {n}"), lines)
                    .at(&[n], &["nonstandard-formulation"]),
            );
        }
    }
    None
}

/// The final full stop of a finished paragraph removed: a paragraph of several
/// sentences, its last with a comma, followed by a heading or, after a blank line, by
/// another paragraph.
fn missing_final_stop(report: &Report) -> Option<Seed> {
    let paras = paragraphs::build(report);
    let list = &paras.list;
    let k = (0..list.len().saturating_sub(1)).find(|&k| {
        let (p, next) = (&list[k], &list[k + 1]);
        let last_sentence = p
            .text
            .trim_end_matches('。')
            .rsplit('。')
            .next()
            .unwrap_or("");
        p.kind == ParaKind::Body
            && !p.is_joined()
            && p.text.ends_with('。')
            && !p.text.ends_with("。。")
            && p.text.matches('。').count() >= 2
            && last_sentence.contains(['，', ','])
            && last_sentence.chars().count() >= 12
            && (matches!(next.kind, ParaKind::Heading(_))
                || (next.kind == ParaKind::Body && next.gap_before))
    })?;
    let n = list[k].last_line();
    let mut lines = lines_of(report);
    let line = &mut lines[n - 1];
    let end = line.trim_end().len();
    line.replace_range(end - '。'.len_utf8()..end, "");
    Some(
        Seed::new("final stop removed", format!("final 。 of line {n}"), lines)
            .at(&[n], &["missing-final-punctuation"]),
    )
}

fn punctuation(report: &Report) -> Vec<Seed> {
    let mut out = Vec::new();
    let targets = body_lines(report, 2);
    if let [a, b] = targets[..] {
        let mut lines = lines_of(report);
        let line = &mut lines[a - 1];
        let at = line.find('。').unwrap();
        line.insert(at, '。');
        out.push(
            Seed::new("punctuation", format!("doubled 。 at line {a}"), lines)
                .at(&[a], &["doubled-punctuation"]),
        );
        let mut lines = lines_of(report);
        insert_in_line(&mut lines[b - 1], "深化“”改革,");
        out.push(
            Seed::new("punctuation", format!("empty quotes at line {b}"), lines)
                .at(&[b], &["empty-quotes"]),
        );
    }
    // A closing 》 lost from a title of a document, in a one-line paragraph.
    let paras = paragraphs::build(report);
    if let Some(n) = (1..=report.line_count()).find(|&n| {
        let t = report.line_text(n);
        paras
            .of_line(n)
            .is_some_and(|p| paras.list[p].is_prose() && !paras.list[p].is_joined())
            && t.matches('《').count() == 1
            && t.matches('》').count() == 1
            && t.find('《') < t.find('》')
    }) {
        let mut lines = lines_of(report);
        let line = &mut lines[n - 1];
        let at = line.find('》').unwrap();
        line.replace_range(at..at + '》'.len_utf8(), "");
        out.push(
            Seed::new("punctuation", format!("unbalanced 《 at line {n}"), lines)
                .at(&[n], &["unbalanced-brackets"]),
        );
    }
    out
}

fn seeds(report: &Report) -> Vec<Seed> {
    let mut out: Vec<Seed> = [
        remove_numeral(report, NodeKind::Heading, false),
        remove_numeral(report, NodeKind::Point, true),
        remove_numeral(report, NodeKind::Point, false),
        change_number(report, true),
        change_number(report, false),
        spam_run(report),
        spam_word(report),
        chrome_line(report),
        chrome_glued(report),
        wrong_formulation(report),
        missing_final_stop(report),
    ]
    .into_iter()
    .flatten()
    .collect();
    out.extend(punctuation(report));
    out
}

/// The texts to damage: the samples, and the corpus and devset when they are there.
fn texts() -> Vec<Report> {
    let mut reports = baogao::samples::reports().unwrap();
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let dirs = ["corpus/gwr", "corpus/cpc", "devset/reports"];
    if !shared.is_dir() {
        println!("note: ../shared is absent; seeding the samples only");
        return reports;
    }
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join(dir))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        for path in files {
            let source = baogao::load::load_file(&path).unwrap();
            reports.push(baogao::parse_report(path, source.text));
        }
    }
    reports
}

fn check(report: &Report, genre: Option<Genre>) -> Vec<Diagnostic> {
    let settings = Settings {
        genre,
        ..Settings::default()
    };
    lint::check_with(report, &settings)
}

fn run_seeds(
    reports: &[Report],
    seeds_of: fn(&Report) -> Vec<Seed>,
) -> BTreeMap<&'static str, usize> {
    let mut made: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut false_findings = Vec::new();
    for report in reports {
        let mut baselines: BTreeMap<Option<&'static str>, Vec<Diagnostic>> = BTreeMap::new();
        for seed in seeds_of(report) {
            let key = seed.genre.map(Genre::as_str);
            let baseline = baselines
                .entry(key)
                .or_insert_with(|| check(report, seed.genre));
            let seeded = baogao::parse_report(report.path.clone(), seed.lines.join("\n"));
            let found = check(&seeded, seed.genre);
            *made.entry(seed.kind).or_default() += 1;
            let hit = |(lines, rules): &(Vec<usize>, Vec<&str>)| {
                found
                    .iter()
                    .any(|d| lines.contains(&d.line) && rules.contains(&d.rule.as_str()))
            };
            if !seed.expect.iter().all(hit) {
                misses.push(format!(
                    "{}: {}: {:?}",
                    report.path.display(),
                    seed.name,
                    brief(&found)
                ));
            }
            for d in &found {
                let known = baseline
                    .iter()
                    .any(|b| b.rule == d.rule && (seed.map)(b.line) == Some(d.line));
                if !known && !seed.touched.contains(&d.line) {
                    false_findings.push(format!(
                        "{}: {}: {:?}",
                        report.path.display(),
                        seed.name,
                        brief(std::slice::from_ref(d))
                    ));
                }
            }
        }
    }
    let total: usize = made.values().sum();
    println!(
        "seeded defects over {} texts: {}/{} found at their line",
        reports.len(),
        total - misses.len(),
        total
    );
    for (kind, n) in &made {
        println!("  {kind}: {n}");
    }
    println!("new findings on untouched lines: {}", false_findings.len());
    assert!(misses.is_empty(), "missed:\n{}", misses.join("\n"));
    assert!(
        false_findings.is_empty(),
        "new findings on untouched lines:\n{}",
        false_findings.join("\n")
    );
    made
}

#[test]
fn seeded_defects_are_found_at_their_line_without_new_findings() {
    let reports = texts();
    let made = run_seeds(&reports, seeds);
    let shared = reports.len() > 5;
    for (kind, least) in [
        ("heading number removed", 5),
        ("point numeral removed", 5),
        ("heading number repeated", 5),
        ("heading number skipped", 5),
        ("gambling run injected", 5),
        ("wrong formulation", 5),
        ("final stop removed", 5),
    ] {
        let n = made.get(kind).copied().unwrap_or(0);
        assert!(!shared || n >= least, "only {n} seeds of {kind}");
    }
}

/// A required part deleted from each annual report (the samples and the clean fixture,
/// the only whole 法治政府建设年度报告 at hand), reviewed as one (`--genre fazhi-annual`).
#[test]
fn a_deleted_required_part_is_found_where_it_would_go() {
    let mut reports = baogao::samples::reports().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean/department-2022.txt");
    let text = std::fs::read_to_string(&fixture).unwrap();
    reports.push(baogao::parse_report(fixture, text));
    let made = run_seeds(&reports, |r| delete_shortcomings(r).into_iter().collect());
    assert_eq!(made.get("required part deleted"), Some(&6));
}

fn brief(found: &[Diagnostic]) -> Vec<(usize, String)> {
    found.iter().map(|d| (d.line, d.rule.clone())).collect()
}
