//! `baogao check --json samples` against the defects in the hand-checked gold
//! (`tests/fixtures/gold/samples.json`, `diagnostics` of each report): every defect at
//! its line; and `baogao check` on clean text made here reports nothing and exits 0.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn check(args: &[&str], dir: &Path) -> (i32, Vec<u8>, Vec<u8>) {
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (out.status.code().unwrap(), out.stdout, out.stderr)
}

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn gold() -> Vec<Value> {
    let gold: Value = serde_json::from_str(include_str!("fixtures/gold/samples.json")).unwrap();
    gold["reports"].as_array().unwrap().clone()
}

const NUMBERING_RULES: [&str; 7] = [
    "numbering-gap",
    "numbering-duplicate",
    "numbering-order",
    "numbering-mixed-styles",
    "marker-damaged",
    "point-missing-numeral",
    "point-missing-separator",
];

#[test]
fn every_gold_defect_is_reported_at_its_line() {
    let (code, stdout, stderr) = check(&["--json", "samples"], manifest());
    assert_eq!(code, 1, "{}", String::from_utf8_lossy(&stderr));
    let found: Vec<Value> = serde_json::from_slice(&stdout).unwrap();
    for key in ["path", "line", "rule", "severity", "message", "suggestion"] {
        assert!(found.iter().all(|f| f.get(key).is_some()), "field {key}");
    }
    let mut checked = 0;
    for report in gold() {
        let file = report["file"].as_str().unwrap();
        let text = fs::read_to_string(manifest().join("samples").join(file)).unwrap();
        let here: Vec<&Value> = found
            .iter()
            .filter(|f| f["path"].as_str().unwrap().ends_with(file))
            .collect();
        let at = |line: u64, rules: &[&str]| -> Vec<&Value> {
            here.iter()
                .copied()
                .filter(|f| f["line"] == line && rules.contains(&f["rule"].as_str().unwrap()))
                .collect()
        };
        for d in report["diagnostics"].as_array().unwrap() {
            checked += 1;
            match d["kind"].as_str().unwrap() {
                "numbering" => {
                    let line = d["line"].as_u64().unwrap();
                    let expected = d["expected"].as_str().unwrap();
                    let hits = at(line, &NUMBERING_RULES);
                    assert!(
                        hits.iter()
                            .any(|f| f["message"].as_str().unwrap().contains(expected)),
                        "{file}:{line}: no numbering finding expecting {expected}: {hits:?}"
                    );
                }
                "empty_quotes" => {
                    let line = d["line"].as_u64().unwrap();
                    assert!(!at(line, &["empty-quotes"]).is_empty(), "{file}:{line}");
                }
                "injected_text" => {
                    let run = d["text"].as_str().unwrap();
                    let n = d["occurrences"].as_u64().unwrap();
                    assert_eq!(text.matches(run).count() as u64, n, "gold count");
                    let lines: Vec<u64> = text
                        .lines()
                        .enumerate()
                        .filter(|(_, l)| l.contains(run))
                        .map(|(i, _)| i as u64 + 1)
                        .collect();
                    assert!(!lines.is_empty());
                    for line in lines {
                        let hits = at(line, &["injected-text"]);
                        assert!(
                            hits.iter().any(|f| {
                                let m = f["message"].as_str().unwrap();
                                m.contains(run) && m.contains(&format!("{n}次"))
                            }),
                            "{file}:{line}: injected run not reported: {hits:?}"
                        );
                    }
                }
                other => panic!("unknown gold kind {other}"),
            }
        }
    }
    assert_eq!(checked, 8, "gold defects checked");
}

/// A clean annual report as a drafter would write it: all five required parts, regular
/// numbering, balanced punctuation, full-width and ASCII forms mixed as real text mixes them.
pub const CLEAN: &str = "某县人民政府2023年法治政府建设工作报告

2023年,某县人民政府坚持以习近平法治思想为指导,认真落实《法治政府建设实施纲要\u{ff08}2021-2025年\u{ff09}》,现将有关情况报告如下。
一、主要举措和成效
(一)依法全面履行政府职能
深化“放管服”改革\u{ff0c}全年办理政务服务事项12,345件,网上可办率达98.6%。
(二)严格规范公正文明执法
一是推行行政执法“三项制度”。二是开展执法案卷评查,评查案卷236卷。
二、存在的不足和原因
一是部分干部运用法治思维的能力还有待提高;二是基层执法力量仍然薄弱。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县长带头学法,主持召开常务会议专题研究法治政府建设4次。
四、2024年主要安排
(一)加强法治队伍建设
(二)推进政务公开
五、其他需要报告的情况
无。
某县人民政府
2024年1月20日
";

#[test]
fn clean_text_gives_nothing_and_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clean.txt"), CLEAN).unwrap();
    let (code, stdout, _) = check(&["--json", "clean.txt"], dir.path());
    let found: Vec<Value> = serde_json::from_slice(&stdout).unwrap();
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(code, 0);
    let (code, stdout, _) = check(&["clean.txt"], dir.path());
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8(stdout).unwrap(),
        "1 report checked: no findings\n"
    );
}

#[test]
fn text_output_is_compiler_style_with_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let draft = CLEAN.replace("深化“放管服”改革", "深化“”改革");
    fs::write(dir.path().join("draft.txt"), draft).unwrap();
    let (code, stdout, _) = check(&["draft.txt"], dir.path());
    assert_eq!(code, 1);
    let out = String::from_utf8(stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("draft.txt:6: warning empty-quotes "),
        "{out}"
    );
    assert_eq!(
        lines[1],
        "1 report checked: 0 errors, 1 warning, 0 info in 1 report"
    );
}

#[test]
fn exit_2_only_when_no_input_could_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = check(&["missing.txt"], dir.path());
    assert_eq!(code, 2);
    assert!(String::from_utf8_lossy(&stderr).contains("missing.txt"));
    // A corrupt file beside a clean one: the clean one is checked and decides the status
    // (no findings: 0); the summary says an input was not read.
    fs::write(dir.path().join("clean.txt"), CLEAN).unwrap();
    fs::write(dir.path().join("broken.docx"), b"PK\x03\x04 truncated").unwrap();
    let (code, stdout, stderr) = check(&["clean.txt", "broken.docx"], dir.path());
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8(stdout).unwrap(),
        "1 report checked: no findings (some inputs could not be read: see the messages above)\n"
    );
    assert!(String::from_utf8_lossy(&stderr).contains("broken.docx: cannot read as docx"));
}

/// A department's report with full-width punctuation throughout, four levels of
/// headings, points and a hard-wrapped opening paragraph; and the same in traditional
/// characters. Neither has anything to report.
#[test]
fn clean_full_width_and_traditional_reports_give_nothing() {
    let text =
        fs::read_to_string(manifest().join("tests/fixtures/clean/department-2022.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("simplified.txt"), &text).unwrap();
    let hant = zhconv::zhconv(&text, zhconv::Variant::ZhHant);
    assert_ne!(hant, text);
    fs::write(dir.path().join("traditional.txt"), hant).unwrap();
    let (code, stdout, stderr) = check(&["--json", "."], dir.path());
    let found: Vec<Value> = serde_json::from_slice(&stdout).unwrap();
    assert!(found.is_empty(), "{found:#?}");
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));
}
