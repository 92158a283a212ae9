//! `baogao outline` as a user runs it: folders, encodings, bad files, JSON fields.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const REPORT: &str = "某某县人民政府\n关于2022年法治政府建设情况的报告\n\n\
2022年，我县坚持依法行政，各项工作取得成效。\n\
一、主要举措和成效\n（一）加强组织领导。全年召开专题会议4次。\n（二）推进依法决策\n\
二、存在的不足\n一是能力有待提升；二是队伍有待加强。\n";

fn baogao() -> Command {
    Command::cargo_bin("baogao").unwrap()
}

#[test]
fn a_folder_with_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("a-utf8.txt"), REPORT).unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode(REPORT);
    fs::write(root.join("b-gbk.txt"), &gbk).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in REPORT.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    fs::create_dir(root.join("sub")).unwrap();
    fs::write(root.join("sub/c-utf16.txt"), &utf16).unwrap();
    fs::write(root.join("d-empty.txt"), "").unwrap();
    fs::write(root.join("e-binary.txt"), b"\x00\x01PK\x03\x04").unwrap();
    fs::write(root.join("f-ignored.pdf"), "%PDF-1.4").unwrap();

    let out = baogao()
        .arg("outline")
        .arg("--json")
        .arg(root)
        .output()
        .unwrap();
    assert!(out.status.success());
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.len(), 3, "three readable reports");
    for r in &reports {
        assert_eq!(r["title"], "某某县人民政府关于2022年法治政府建设情况的报告");
        assert_eq!(r["year"], 2022);
        assert_eq!(r["region"], "某某县");
        assert_eq!(r["issuer"], "某某县人民政府");
        assert_eq!(r["genre"], "fazhi-annual");
        let sections = r["sections"].as_array().unwrap();
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0]["children"][0]["number"], "（一）");
        assert_eq!(sections[0]["children"][0]["title"], "加强组织领导");
        assert_eq!(sections[1]["children"].as_array().unwrap().len(), 2);
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.contains("d-empty.txt: skipped: empty file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("e-binary.txt: skipped: binary file"),
        "{stderr}"
    );
}

#[test]
fn no_path_means_the_bundled_samples() {
    baogao()
        .arg("outline")
        .assert()
        .success()
        .stdout(predicate::str::contains("samples/xiangcheng-2020.txt"))
        .stdout(predicate::str::contains(
            "(七) 推进法律顾问体系建设 [repaired]",
        ));
}

#[test]
fn json_has_the_documented_fields() {
    let out = baogao().args(["outline", "--json"]).output().unwrap();
    let reports: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let r = &reports[0];
    for field in [
        "path",
        "title",
        "year",
        "issuer",
        "region",
        "genre",
        "published",
        "script",
        "clutter",
        "clutter_lines",
        "sections",
        "diagnostics",
    ] {
        assert!(r.get(field).is_some(), "missing {field}");
    }
    // Each clutter line with its number and text, in step with `clutter_lines`.
    let xiangcheng = reports
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with("xiangcheng-2020.txt"))
        .unwrap();
    let clutter = xiangcheng["clutter"].as_array().unwrap();
    let numbers: Vec<&Value> = clutter.iter().map(|c| &c["line"]).collect();
    let lines: Vec<&Value> = xiangcheng["clutter_lines"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(numbers, lines);
    assert_eq!(clutter[0]["text"], "襄城区人民政府网");
    let s = &r["sections"][0];
    for field in [
        "level", "kind", "number", "value", "title", "line", "repaired", "children",
    ] {
        assert!(s.get(field).is_some(), "missing section field {field}");
    }
}

#[test]
fn a_missing_path_is_an_error_with_a_message() {
    baogao()
        .args(["outline", "/no/such/报告"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file or folder"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `baogao outline | head -1`: stdout closes early; baogao must exit quietly.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} outline | head -c 10 >/dev/null; echo status=$?",
            assert_cmd::cargo::cargo_bin("baogao").display()
        ))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("status=0"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn help_lists_the_genres() {
    let out = baogao().args(["outline", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for id in [
        "fazhi-annual",
        "yifa-xingzheng",
        "work-report",
        "work-summary",
        "other",
    ] {
        assert!(help.contains(id), "{id} missing from outline --help");
    }
}

/// The numbering problems under an outline are the review's (`baogao check`'s): a
/// paragraph after a point run that ended, and a new 一要… run, are no missing 四是.
#[test]
fn numbering_problems_are_the_reviews_judgement() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("任务.txt");
    // Indented paragraphs, as the national work reports print them.
    let clean: String = std::iter::once("一、明年的主要任务".to_string())
        .chain(
            [
                "一是加快发展现代农业。稳定粮食生产，增加农民收入。",
                "二是加快发展先进制造业。推动产业结构优化升级。",
                "三是加快发展现代服务业。促进金融保险、现代物流发展。",
                "大力推进科技创新。科技创新要与扩大内需、促进增长相结合。",
                "一要加快实施中长期科技发展规划纲要，特别是重大专项。",
                "二要深化科技体制改革，发挥企业的主体作用。",
            ]
            .iter()
            .map(|p| format!("\u{3000}\u{3000}{p}")),
        )
        .map(|line| line + "\n")
        .collect();
    let diagnostics = |text: &str| -> Vec<(u64, String)> {
        fs::write(&path, text).unwrap();
        let out = baogao()
            .args(["outline", "--json"])
            .arg(&path)
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        json[0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["rule"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(diagnostics(&clean), []);
    // A real slip still shows: 三是 printed as 四是.
    let slipped = clean.replace("三是加快", "四是加快");
    assert_eq!(diagnostics(&slipped), [(4, "numbering-gap".to_string())]);
}
