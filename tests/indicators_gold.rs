//! Precision and recall of the indicator extractor against the hand-labelled figures in
//! tests/fixtures/gold/samples-indicators.json, matched on (line, value, unit).
//!
//! Gold entries marked `doubtful` (rule thresholds, durations, sub-counts without a unit)
//! are optional: finding one is not counted as a false positive and missing one is not
//! counted against recall. Run with `--nocapture` to read the figures and the misses.

use baogao::indicators::{extract, Figure};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Gold {
    files: Vec<GoldFile>,
}

#[derive(Debug, Deserialize)]
struct GoldFile {
    file: String,
    indicators: Vec<GoldFigure>,
}

#[derive(Debug, Deserialize)]
struct GoldFigure {
    line: usize,
    raw: String,
    value: f64,
    unit: Option<String>,
    subject: String,
    #[serde(default)]
    doubtful: bool,
}

fn same(g: &GoldFigure, f: &Figure) -> bool {
    g.line == f.line
        && (g.value - f.value).abs() <= 1e-6 * g.value.abs().max(1.0)
        && g.unit.as_deref() == Some(f.unit)
}

struct Score {
    extracted: usize,
    true_pos: usize,
    optional_found: usize,
    gold_required: usize,
    found_required: usize,
    subject_ok: usize,
}

#[test]
fn precision_recall_and_subjects_against_gold() {
    let text = std::fs::read_to_string("tests/fixtures/gold/samples-indicators.json").unwrap();
    let gold: Gold = serde_json::from_str(&text).unwrap();
    let reports = baogao::samples::reports().unwrap();
    let mut s = Score {
        extracted: 0,
        true_pos: 0,
        optional_found: 0,
        gold_required: 0,
        found_required: 0,
        subject_ok: 0,
    };
    for file in &gold.files {
        let stem = file.file.trim_end_matches(".txt");
        let report = reports.iter().find(|r| r.name == stem).unwrap();
        let figures = extract(report);
        let mut used = vec![false; file.indicators.len()];
        for f in &figures {
            let hit = file
                .indicators
                .iter()
                .enumerate()
                .find(|(i, g)| !used[*i] && same(g, f));
            match hit {
                Some((i, g)) => {
                    used[i] = true;
                    if g.doubtful {
                        s.optional_found += 1;
                        continue;
                    }
                    s.extracted += 1;
                    s.true_pos += 1;
                    s.found_required += 1;
                    let (gs, fs) = (g.subject.as_str(), f.subject.as_str());
                    if !fs.is_empty() && (fs.contains(gs) || gs.contains(fs)) {
                        s.subject_ok += 1;
                    } else {
                        println!("subject {stem}:{} {} gold «{gs}» got «{fs}»", f.line, f.raw);
                    }
                }
                None => {
                    s.extracted += 1;
                    println!(
                        "false positive {stem}:{} {} ({}) «{}»",
                        f.line, f.raw, f.value, f.subject
                    );
                }
            }
        }
        for (g, used) in file.indicators.iter().zip(&used) {
            if !g.doubtful {
                s.gold_required += 1;
                if !used {
                    println!("missed {stem}:{} {} «{}»", g.line, g.raw, g.subject);
                }
            }
        }
    }
    let precision = s.true_pos as f64 / s.extracted.max(1) as f64;
    let recall = s.found_required as f64 / s.gold_required.max(1) as f64;
    let subjects = s.subject_ok as f64 / s.found_required.max(1) as f64;
    println!(
        "precision {precision:.3} ({}/{}), recall {recall:.3} ({}/{}), subject accuracy {subjects:.3} ({}/{}), optional found {}",
        s.true_pos, s.extracted, s.found_required, s.gold_required, s.subject_ok, s.found_required, s.optional_found
    );
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.90, "recall {recall:.3}");
    // The floor sits a little under what is reached (0.970) to catch regressions.
    assert!(subjects >= 0.95, "subject accuracy {subjects:.3}");
}
