//! Canonical keys on labelled sentences.
//!
//! `tests/fixtures/keys/cases.txt`: a positive and a negative example for every key of
//! the table, from the shared real texts where they have one; every line must hold.
//! `tests/fixtures/keys/heldout.txt`: sentences labelled after the rules were written,
//! scored for precision and recall on the table's concepts (run with `--nocapture`).
//!
//! Line format: `EXPECTED [!NOT,…] | SOURCE | SENTENCE` with the figure in [brackets];
//! EXPECTED is a key id or `-` (no key).

use std::collections::BTreeSet;

use baogao::indicators::{extract, keys};

struct Case {
    expected: Option<String>,
    not: Vec<String>,
    source: String,
    sentence: String,
    raw: String,
    /// Byte offset of the figure in `sentence`.
    at: usize,
}

fn cases(path: &str) -> Vec<Case> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, " | ");
        let (Some(label), Some(source), Some(marked)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("{path}:{}: malformed line", n + 1);
        };
        let mut words = label.split_whitespace();
        let expected = words.next().filter(|e| *e != "-").map(str::to_string);
        let not = words
            .next()
            .and_then(|w| w.strip_prefix('!'))
            .map(|w| w.split(',').map(str::to_string).collect())
            .unwrap_or_default();
        let open = marked
            .find('[')
            .unwrap_or_else(|| panic!("{path}:{}: no [", n + 1));
        let close = marked[open..].find(']').map(|c| open + c).unwrap();
        let raw = marked[open + 1..close].to_string();
        let sentence = format!("{}{}{}", &marked[..open], raw, &marked[close + 1..]);
        out.push(Case {
            expected,
            not,
            source: format!("{path}:{} ({source})", n + 1),
            sentence,
            raw,
            at: open,
        });
    }
    out
}

/// The key the figure of a case gets, or an error when the figure is not read at all.
fn key_of(case: &Case) -> Result<Option<&'static str>, String> {
    let text = format!("一、总体情况\n{}\n", case.sentence);
    let report = baogao::parse_report("case.txt".into(), text.as_str());
    let base = report.line_range(2).start;
    let figures = extract(&report);
    figures
        .iter()
        .find(|f| f.span.start == base + case.at && f.raw == case.raw)
        .map(|f| f.key)
        .ok_or_else(|| {
            let read: Vec<&str> = figures.iter().map(|f| f.raw.as_str()).collect();
            format!(
                "{}: figure {} not read (read {read:?})",
                case.source, case.raw
            )
        })
}

#[test]
fn every_key_has_positive_and_negative_examples_that_hold() {
    let all = cases("tests/fixtures/keys/cases.txt");
    let mut failures = Vec::new();
    let mut positive = BTreeSet::new();
    let mut negative = BTreeSet::new();
    for case in &all {
        for k in case.expected.iter().chain(&case.not) {
            assert!(keys::get(k).is_some(), "{}: unknown key {k}", case.source);
        }
        let got = match key_of(case) {
            Ok(k) => k,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        if got != case.expected.as_deref() {
            failures.push(format!(
                "{}: {} got {got:?}, expected {:?}",
                case.source, case.raw, case.expected
            ));
        }
        for n in &case.not {
            if got == Some(n.as_str()) {
                failures.push(format!(
                    "{}: {} got {n}, a near miss",
                    case.source, case.raw
                ));
            }
        }
        if let Some(e) = &case.expected {
            positive.insert(e.clone());
        }
        negative.extend(case.not.iter().cloned());
    }
    for k in keys::all() {
        if !positive.contains(k.id) {
            failures.push(format!("key {} has no positive example", k.id));
        }
        if !negative.contains(k.id) {
            failures.push(format!("key {} has no negative example", k.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn precision_and_recall_on_held_out_sentences() {
    let all = cases("tests/fixtures/keys/heldout.txt");
    let (mut predicted, mut gold, mut correct) = (0usize, 0usize, 0usize);
    for case in &all {
        // A figure not read at all has no key.
        let got = key_of(case).unwrap_or_else(|e| {
            println!("{e}");
            None
        });
        predicted += usize::from(got.is_some());
        gold += usize::from(case.expected.is_some());
        let ok = got.is_some() && got == case.expected.as_deref();
        correct += usize::from(ok);
        if got != case.expected.as_deref() {
            println!(
                "{}: {} got {got:?}, expected {:?}",
                case.source, case.raw, case.expected
            );
        }
    }
    let precision = correct as f64 / predicted.max(1) as f64;
    let recall = correct as f64 / gold.max(1) as f64;
    println!(
        "held-out keys: {} figures, precision {precision:.3} ({correct}/{predicted}), recall {recall:.3} ({correct}/{gold})",
        all.len()
    );
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.90, "recall {recall:.3}");
}
