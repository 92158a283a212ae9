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
