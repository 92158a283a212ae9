//! Seeded defects: each sample is damaged programmatically, one defect at a time
//! (a numeral removed, a heading number duplicated, the shortcomings part deleted, a
//! spam run inserted, site chrome inserted, and punctuation slips: doubled, empty quotes,
//! a lost closing 》), and the lint
//! must find each one where it was made, while reporting nothing new on the lines left
//! untouched. The detection rate over all seeded defects is printed.

use baogao::lint;
use baogao::{Diagnostic, NodeKind, Report};

/// The lines a seed may touch, and what the lint must report there.
struct Seed {
    name: String,
    lines: Vec<String>,
    /// Maps a 1-based line of the original to the seeded text (`None`: deleted).
    map: Box<dyn Fn(usize) -> Option<usize>>,
    /// Lines of the seeded text where new findings are expected or allowed.
    touched: Vec<usize>,
    /// Each entry must be matched by a finding on one of its lines with one of its rules.
    expect: Vec<(Vec<usize>, Vec<&'static str>)>,
}

const NUMBERING: &[&str] = &[
    "numbering-gap",
    "numbering-duplicate",
    "numbering-order",
    "marker-damaged",
    "point-missing-numeral",
    "point-missing-separator",
];

fn same(n: usize) -> Option<usize> {
    Some(n)
}

fn lines_of(report: &Report) -> Vec<String> {
    report.text.split('\n').map(str::to_string).collect()
}

/// Siblings (same parent, same kind) with at least three members.
fn sibling_runs(report: &Report, kind: NodeKind) -> Vec<Vec<usize>> {
    let mut runs = Vec::new();
    let groups = std::iter::once(report.roots.clone())
        .chain(report.nodes.iter().map(|n| n.children.clone()));
    for group in groups {
        let run: Vec<usize> = group
            .into_iter()
            .filter(|&i| report.nodes[i].kind == kind)
            .collect();
        // Siblings on distinct lines only: run-in points share a line.
        let mut lines: Vec<usize> = run.iter().map(|&i| report.nodes[i].line).collect();
        lines.dedup();
        if run.len() >= 3 && lines.len() == run.len() {
            runs.push(run);
        }
    }
    runs
}

fn remove_numeral(report: &Report, kind: NodeKind) -> Option<Seed> {
    let run = sibling_runs(report, kind).into_iter().find(|r| {
        let n = &report.nodes[r[1]];
        n.level >= 2 || kind == NodeKind::Point
    })?;
    let node = &report.nodes[run[1]];
    let mut lines = lines_of(report);
    let line = &mut lines[node.line - 1];
    let at = line.find(&node.number)?;
    // A point keeps its 是 (`是积极推进…`), as a slip of the keyboard leaves it.
    let cut = if kind == NodeKind::Point {
        node.number.trim_end_matches('是').to_string()
    } else {
        node.number.clone()
    };
    line.replace_range(at..at + cut.len(), "");
    let next = report.nodes[run[2]].line;
    Some(Seed {
        name: format!("remove numeral {} (line {})", node.number, node.line),
        lines,
        map: Box::new(same),
        touched: vec![node.line, next],
        expect: vec![(vec![node.line, next], NUMBERING.to_vec())],
    })
}

fn duplicate_number(report: &Report) -> Option<Seed> {
    let run = sibling_runs(report, NodeKind::Heading).into_iter().next()?;
    let (prev, node) = (&report.nodes[run[1]], &report.nodes[run[2]]);
    let mut lines = lines_of(report);
    let line = &mut lines[node.line - 1];
    let at = line.find(&node.number)?;
    line.replace_range(at..at + node.number.len(), &prev.number);
    let mut touched = vec![node.line];
    touched.extend(run.get(3).map(|&i| report.nodes[i].line));
    Some(Seed {
        name: format!("duplicate {} at line {}", prev.number, node.line),
        lines,
        map: Box::new(same),
        touched,
        expect: vec![(vec![node.line], vec!["numbering-duplicate"])],
    })
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
    Some(Seed {
        name: format!("delete shortcomings, lines {start}..{end}"),
        lines,
        map: Box::new(move |n| match n {
            n if n < start => Some(n),
            n if n < end => None,
            n => Some(n - removed),
        }),
        touched: vec![at, next],
        expect: vec![(vec![at, next], vec!["required-part-missing"])],
    })
}

/// Long body lines spread over the report, away from headings.
fn body_lines(report: &Report, k: usize) -> Vec<usize> {
    let heads: Vec<usize> = report.nodes.iter().map(|n| n.line).collect();
    let cands: Vec<usize> = (1..=report.line_count())
        .filter(|&n| {
            !heads.contains(&n)
                && !report.is_clutter_line(n)
                && !report.meta.title_lines.contains(&n)
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
    Some(Seed {
        name: "repeated spam run".into(),
        lines,
        map: Box::new(same),
        touched: targets.clone(),
        expect: targets
            .iter()
            .map(|&n| (vec![n], vec!["injected-text"]))
            .collect(),
    })
}

fn spam_word(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 1).first()?;
    let mut lines = lines_of(report);
    insert_in_line(&mut lines[n - 1], "欢迎登录澳门真人娱乐平台。");
    Some(Seed {
        name: "spam words once".into(),
        lines,
        map: Box::new(same),
        touched: vec![n],
        expect: vec![(vec![n], vec!["injected-text"])],
    })
}

fn chrome_line(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 1).first()?;
    let mut lines = lines_of(report);
    lines.insert(n, "【打印本页】 【关闭窗口】".into());
    let new = n + 1;
    Some(Seed {
        name: format!("chrome line after {n}"),
        lines,
        map: Box::new(move |m| Some(if m > n { m + 1 } else { m })),
        touched: vec![new],
        expect: vec![(vec![new], vec!["page-text"])],
    })
}

fn chrome_glued(report: &Report) -> Option<Seed> {
    let n = *body_lines(report, 2).last()?;
    let mut lines = lines_of(report);
    lines[n - 1].push_str("发布时间:2021-03-04 浏览次数:128");
    Some(Seed {
        name: format!("chrome glued to line {n}"),
        lines,
        map: Box::new(same),
        touched: vec![n],
        expect: vec![(vec![n], vec!["page-text"])],
    })
}

fn punctuation(report: &Report) -> Vec<Seed> {
    let mut out = Vec::new();
    let targets = body_lines(report, 2);
    if let [a, b] = targets[..] {
        let mut lines = lines_of(report);
        let line = &mut lines[a - 1];
        let at = line.find('。').unwrap();
        line.insert(at, '。');
        out.push(Seed {
            name: format!("doubled 。 at line {a}"),
            lines,
            map: Box::new(same),
            touched: vec![a],
            expect: vec![(vec![a], vec!["doubled-punctuation"])],
        });
        let mut lines = lines_of(report);
        insert_in_line(&mut lines[b - 1], "深化“”改革,");
        out.push(Seed {
            name: format!("empty quotes at line {b}"),
            lines,
            map: Box::new(same),
            touched: vec![b],
            expect: vec![(vec![b], vec!["empty-quotes"])],
        });
    }
    // A closing 》 lost from a title of a document.
    if let Some(n) = (1..=report.line_count()).find(|&n| {
        !report.is_clutter_line(n)
            && report.line_text(n).contains('《')
            && report.line_text(n).contains('》')
    }) {
        let mut lines = lines_of(report);
        let line = &mut lines[n - 1];
        let at = line.find('》').unwrap();
        line.replace_range(at..at + '》'.len_utf8(), "");
        out.push(Seed {
            name: format!("unbalanced 《 at line {n}"),
            lines,
            map: Box::new(same),
            touched: vec![n],
            expect: vec![(vec![n], vec!["unbalanced-brackets"])],
        });
    }
    out
}

fn seeds(report: &Report) -> Vec<Seed> {
    let mut out: Vec<Seed> = [
        remove_numeral(report, NodeKind::Heading),
        remove_numeral(report, NodeKind::Point),
        duplicate_number(report),
        delete_shortcomings(report),
        spam_run(report),
        spam_word(report),
        chrome_line(report),
        chrome_glued(report),
    ]
    .into_iter()
    .flatten()
    .collect();
    out.extend(punctuation(report));
    out
}

#[test]
fn seeded_defects_are_found_without_false_findings() {
    let reports = baogao::samples::reports().unwrap();
    let (mut total, mut detected) = (0, 0);
    let mut misses = Vec::new();
    let mut false_findings = Vec::new();
    for report in &reports {
        let baseline = lint::check(report);
        for seed in seeds(report) {
            let seeded = baogao::parse_report(report.path.clone(), seed.lines.join("\n"));
            let found = lint::check(&seeded);
            total += 1;
            let hit = |(lines, rules): &(Vec<usize>, Vec<&str>)| {
                found
                    .iter()
                    .any(|d| lines.contains(&d.line) && rules.contains(&d.rule.as_str()))
            };
            if seed.expect.iter().all(hit) {
                detected += 1;
            } else {
                misses.push(format!(
                    "{}: {}: {:?}",
                    report.name,
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
                        report.name,
                        seed.name,
                        brief(std::slice::from_ref(d))
                    ));
                }
            }
        }
    }
    let rate = detected as f64 / total as f64;
    println!(
        "seeded defects: {detected}/{total} detected ({:.1}%)",
        rate * 100.0
    );
    println!(
        "false findings on untouched lines: {}",
        false_findings.len()
    );
    assert!(total >= 40, "only {total} seeds made");
    assert!(misses.is_empty(), "missed:\n{}", misses.join("\n"));
    assert!(
        false_findings.is_empty(),
        "false findings:\n{}",
        false_findings.join("\n")
    );
}

fn brief(found: &[Diagnostic]) -> Vec<(usize, String)> {
    found.iter().map(|d| (d.line, d.rule.clone())).collect()
}
