//! Text is paragraphs, not lines: the same report hard-wrapped as a PDF copy wraps it
//! (every long line cut into lines of 37 characters, wherever that falls: inside a
//! word, a book title, a bracket, right after a full stop) gets the same findings as the
//! original, rule for rule. Run over the samples, the national work reports 2000–2013
//! and the devset openings (when ../shared is there).
//!
//! Where wrapping changes how the reader takes the page itself (its title lines), the
//! text is not compared, with a note: that is the reader's part, not the review's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use baogao::lint::{check_with, Settings};
use baogao::Report;

const WIDTH: usize = 37;

fn wrap(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let chars: Vec<char> = line.chars().collect();
        if chars.len() > WIDTH + 3 {
            out.extend(chars.chunks(WIDTH).map(|c| c.iter().collect::<String>()));
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n")
}

/// Rule → number of findings; injected text counts once (it is reported per line).
fn profile(report: &Report) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for d in check_with(report, &Settings::default()) {
        let n = out.entry(d.rule.clone()).or_insert(0);
        if d.rule != "injected-text" || *n == 0 {
            *n += 1;
        }
    }
    out
}

fn texts() -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = baogao::samples::reports()
        .unwrap()
        .into_iter()
        .map(|r| (r.path.clone(), r.text.to_string()))
        .collect();
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.is_dir() {
        println!("note: ../shared is absent; comparing the samples only");
        return out;
    }
    for (dir, prefix) in [("corpus/gwr", "gwr-20"), ("devset/reports", "d")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(shared.join(dir))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        });
        files.sort();
        for path in files {
            let source = baogao::load::load_file(&path).unwrap();
            out.push((path, source.text));
        }
    }
    out
}

#[test]
fn a_hard_wrapped_copy_gets_the_same_findings() {
    let mut compared = 0;
    let mut differ = Vec::new();
    for (path, text) in texts() {
        let original = baogao::parse_report(path.clone(), text.clone());
        let wrapped = baogao::parse_report(path.clone(), wrap(&text));
        if original.meta.title != wrapped.meta.title {
            println!(
                "note: {}: the wrapped page reads another title; not compared",
                path.display()
            );
            continue;
        }
        compared += 1;
        let (a, b) = (profile(&original), profile(&wrapped));
        if a != b {
            differ.push(format!("{}: {a:?} -> {b:?}", path.display()));
        }
    }
    println!("{compared} texts compared");
    assert!(compared >= 5);
    assert!(
        differ.is_empty(),
        "wrapping changed the findings:\n{}",
        differ.join("\n")
    );
}
