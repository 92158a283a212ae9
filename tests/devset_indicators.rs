//! Figures and subjects on the development set (../shared/devset): the 30 labelled
//! openings of real reports in devset-indicators.json, scored by the rules of
//! ../shared/devset/score.py. A gold figure is found by an unused figure on the same line
//! with the same value (relative 1e-6) and a compatible unit (equal after folding, one
//! containing the other, or no gold unit); doubtful gold figures are neutral. A subject
//! agrees when one contains the other after folding traditional to simplified and
//! dropping inline pinyin glosses (`經(jīng)`).
//!
//! Skips with a note when ../shared is absent. Run with `--nocapture` for the misses.

use std::path::Path;

use baogao::indicators::{categories::fold, extract};
use serde::Deserialize;

const GOLD: &str = "../shared/devset/gold/devset-indicators.json";
const REPORTS: &str = "../shared/devset/reports";

#[derive(Deserialize)]
struct Gold {
    files: Vec<GoldFile>,
}

#[derive(Deserialize)]
struct GoldFile {
    file: String,
    indicators: Vec<GoldFigure>,
}

#[derive(Deserialize)]
struct GoldFigure {
    line: usize,
    raw: String,
    value: f64,
    unit: Option<String>,
    subject: Option<String>,
    #[serde(default)]
    doubtful: bool,
}

/// Drop `(pinyin)` glosses: a bracket holding only lower-case Latin letters with tones.
fn drop_glosses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close)
                if close > 0
                    && after[..close].chars().all(|c| {
                        c.is_lowercase() && (c.is_ascii_alphabetic() || !c.is_ascii())
                    }) =>
            {
                out.push_str(&rest[..open]);
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn norm(s: &str) -> String {
    fold(&drop_glosses(s))
}

fn unit_ok(pred: &str, gold: Option<&str>) -> bool {
    let Some(g) = gold else { return true };
    let (p, g) = (norm(pred), norm(g));
    p == g || (!p.is_empty() && (p.contains(&g) || g.contains(&p)))
}

#[test]
fn figures_and_subjects_on_the_devset() {
    if !Path::new(GOLD).exists() {
        println!("note: {GOLD} not found; devset test skipped");
        return;
    }
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(GOLD).unwrap()).unwrap();
    let (mut tp, mut fp, mut fn_, mut subj_ok) = (0usize, 0usize, 0usize, 0usize);
    for file in &gold.files {
        let path = Path::new(REPORTS).join(&file.file);
        let text = std::fs::read_to_string(&path).unwrap();
        let report = baogao::parse_report(path.clone(), text.as_str());
        let figures = extract(&report);
        let mut used = vec![false; figures.len()];
        for g in &file.indicators {
            let hit = figures.iter().enumerate().position(|(k, f)| {
                !used[k]
                    && f.line == g.line
                    && (f.value - g.value).abs() <= 1e-6 * g.value.abs().max(1.0)
                    && unit_ok(f.unit, g.unit.as_deref())
            });
            let Some(k) = hit else {
                if !g.doubtful {
                    fn_ += 1;
                    println!("missed {}:{} {}", file.file, g.line, g.raw);
                }
                continue;
            };
            used[k] = true;
            if g.doubtful {
                continue;
            }
            tp += 1;
            let (s, gs) = (
                norm(&figures[k].subject),
                norm(g.subject.as_deref().unwrap_or("")),
            );
            if !s.is_empty() && (s.contains(&gs) || gs.contains(&s)) {
                subj_ok += 1;
            } else {
                println!(
                    "subject {}:{} {}: gold «{gs}» got «{s}»",
                    file.file, g.line, g.raw
                );
            }
        }
        for (f, used) in figures.iter().zip(&used) {
            if !used {
                fp += 1;
                println!("extra {}:{} {} «{}»", file.file, f.line, f.raw, f.subject);
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let subjects = subj_ok as f64 / tp.max(1) as f64;
    println!(
        "devset figures P {precision:.3} R {recall:.3} (tp {tp}, fp {fp}, fn {fn_}); subjects {subj_ok}/{tp} ({subjects:.3})"
    );
    assert!(precision >= 0.97, "precision {precision:.3}");
    assert!(recall >= 0.97, "recall {recall:.3}");
    assert!(subjects >= 0.95, "subjects {subjects:.3}");
}
