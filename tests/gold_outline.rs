//! `baogao outline --json samples` against the hand-checked reading of the five samples
//! (`tests/fixtures/gold/samples.json`, copied from the project's shared gold): every
//! level-1 and level-2 heading exactly, the points, the metadata, the clutter lines and
//! the numbering defects.

use std::collections::BTreeSet;

use assert_cmd::Command;
use serde_json::Value;

fn outline_json() -> Vec<Value> {
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["outline", "--json", "samples"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn gold() -> Vec<Value> {
    let text = include_str!("fixtures/gold/samples.json");
    let gold: Value = serde_json::from_str(text).unwrap();
    gold["reports"].as_array().unwrap().clone()
}

/// Every node, depth first.
fn flatten(sections: &[Value], out: &mut Vec<Value>) {
    for s in sections {
        out.push(s.clone());
        flatten(s["children"].as_array().unwrap(), out);
    }
}

fn report_for<'a>(reports: &'a [Value], file: &str) -> &'a Value {
    reports
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with(file))
        .unwrap_or_else(|| panic!("{file} missing from the output"))
}

#[test]
fn five_samples_are_read() {
    assert_eq!(outline_json().len(), 5);
}

#[test]
fn headings_of_levels_one_and_two_match_exactly() {
    let ours = outline_json();
    for g in gold() {
        let file = g["file"].as_str().unwrap();
        let mut nodes = Vec::new();
        flatten(
            report_for(&ours, file)["sections"].as_array().unwrap(),
            &mut nodes,
        );
        let headings: Vec<&Value> = nodes
            .iter()
            .filter(|n| n["kind"] == "heading" && n["level"].as_u64().unwrap() <= 2)
            .collect();
        let expected = g["headings"].as_array().unwrap();
        assert_eq!(headings.len(), expected.len(), "{file}: heading count");
        for (h, e) in headings.iter().zip(expected) {
            for field in ["level", "number", "value", "title", "line"] {
                assert_eq!(h[field], e[field], "{file} line {}: {field}", e["line"]);
            }
            let repaired = e.get("repaired").and_then(Value::as_bool).unwrap_or(false);
            assert_eq!(
                h["repaired"], repaired,
                "{file} line {}: repaired",
                e["line"]
            );
        }
        let l1 = headings.iter().filter(|h| h["level"] == 1).count();
        let l2 = headings.iter().filter(|h| h["level"] == 2).count();
        assert_eq!(l1 as u64, g["l1"].as_u64().unwrap(), "{file}: l1");
        assert_eq!(l2 as u64, g["l2"].as_u64().unwrap(), "{file}: l2");
    }
}

#[test]
fn points_match() {
    let ours = outline_json();
    for g in gold() {
        let file = g["file"].as_str().unwrap();
        let mut nodes = Vec::new();
        flatten(
            report_for(&ours, file)["sections"].as_array().unwrap(),
            &mut nodes,
        );
        let points: Vec<&Value> = nodes.iter().filter(|n| n["kind"] == "point").collect();
        assert_eq!(
            points.len() as u64,
            g["points_total"].as_u64().unwrap(),
            "{file}: points"
        );
        // Points that open their line: the gold lists them with number, value and line.
        let expected: BTreeSet<(String, u64, u64)> = g["line_start_points"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["number"].as_str().unwrap().to_string(),
                    p["value"].as_u64().unwrap(),
                    p["line"].as_u64().unwrap(),
                )
            })
            .collect();
        let found: BTreeSet<(String, u64, u64)> = points
            .iter()
            .map(|p| {
                (
                    p["number"].as_str().unwrap().to_string(),
                    p["value"].as_u64().unwrap(),
                    p["line"].as_u64().unwrap(),
                )
            })
            .filter(|p| expected.iter().any(|e| e.2 == p.2))
            .collect();
        assert_eq!(found, expected, "{file}: line-start points");
    }
}

#[test]
fn metadata_matches() {
    let ours = outline_json();
    for g in gold() {
        let file = g["file"].as_str().unwrap();
        let r = report_for(&ours, file);
        assert_eq!(r["title"], g["title"], "{file}: title");
        assert_eq!(r["year"], g["year"], "{file}: year");
        assert_eq!(r["script"], g["script"], "{file}: script");
        assert_eq!(r["published"], g["published"], "{file}: published");
        assert_eq!(
            r["clutter_lines"], g["clutter_lines"],
            "{file}: clutter lines"
        );
        if let Some(signed) = g.get("signed_date") {
            assert_eq!(&r["signed_date"], signed, "{file}: signed date");
        }
        match g["region_contains"].as_str() {
            Some(part) => {
                let region = r["region"].as_str().unwrap_or_default();
                assert!(
                    region.contains(part),
                    "{file}: region {region:?} lacks {part}"
                );
            }
            None => assert!(r["region"].is_null(), "{file}: region {}", r["region"]),
        }
    }
}

#[test]
fn numbering_defects_match_exactly() {
    let ours = outline_json();
    for g in gold() {
        let file = g["file"].as_str().unwrap();
        let expected: BTreeSet<(u64, String)> = g["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"] == "numbering")
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["expected"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let found: BTreeSet<(u64, String)> = report_for(&ours, file)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["expected"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        assert_eq!(found, expected, "{file}: numbering diagnostics");
    }
}
