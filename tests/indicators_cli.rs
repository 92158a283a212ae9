//! `baogao indicators` end to end: JSON fields, CSV shape, the text table, and a report
//! written the way real reports are (full-width punctuation and digits), which the
//! samples (normalised to ASCII punctuation by their web copy) do not show.

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> Vec<Value> {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn json_has_every_field() {
    let rows = json(&["indicators", "--json", "samples"]);
    assert!(rows.len() > 150, "{}", rows.len());
    for key in [
        "path",
        "line",
        "section",
        "subject",
        "value",
        "unit",
        "qualifier",
        "kind",
        "category",
        "key",
        "raw",
        "sentence",
    ] {
        assert!(rows[0].get(key).is_some(), "missing {key}");
    }
    let money = rows.iter().find(|r| r["raw"] == "160余万元").unwrap();
    assert_eq!(money["value"], 1_600_000.0);
    assert_eq!(money["unit"], "元");
    assert_eq!(money["kind"], "money");
    assert_eq!(money["qualifier"], "余");
    assert!(money["sentence"].as_str().unwrap().contains("160余万元"));
    assert_eq!(money["section"], "二、(四)");
}

#[test]
fn csv_has_a_header_and_one_row_per_figure() {
    let rows = json(&["indicators", "--json", "samples"]);
    let out = run(&["indicators", "--csv", "samples"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "path,line,section,subject,value,unit,qualifier,kind,category,key,raw,sentence"
    );
    // Sentences are quoted when they hold commas; none spans lines.
    assert_eq!(lines.count(), rows.len());
}

#[test]
fn text_table_per_report() {
    let out = run(&["indicators", "samples/xiangcheng-2020.txt"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("samples/xiangcheng-2020.txt · 襄城 2020 ·"),
        "{text}"
    );
    assert!(text.contains("行政执法案件"));
}

#[test]
fn full_width_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    let body = "某县2024年法治政府建设情况报告\n\
一、推进行政复议工作\n\
全年共受理行政复议案件１，２３４件，同比增长１２．５％；审结１，２００件。\n\
二、加强普法宣传\n\
开展法治宣传活动３００余场次，发放宣传资料约２万份，群众满意率达到百分之九十五以上。\n\
依据《某某条例（２０２１年修订）》第３条，落实“八五”普法规划。\n";
    std::fs::write(&path, body).unwrap();
    let rows = json(&["indicators", "--json", path.to_str().unwrap()]);
    let got: Vec<(String, f64, String)> = rows
        .iter()
        .map(|r| {
            (
                r["raw"].as_str().unwrap().to_string(),
                r["value"].as_f64().unwrap(),
                r["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("１，２３４件", 1234.0, "count"),
        ("１２．５％", 12.5, "growth"),
        ("１，２００件", 1200.0, "count"),
        ("３００余场次", 300.0, "count"),
        ("２万份", 20000.0, "count"),
        ("百分之九十五", 95.0, "percent"),
    ];
    let want: Vec<(String, f64, String)> = want
        .iter()
        .map(|(r, v, k)| (r.to_string(), *v, k.to_string()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(rows[0]["key"], "reconsideration_cases");
    assert_eq!(rows[2]["key"], "reconsideration_closed");
    assert_eq!(rows[4]["qualifier"], "约");
    assert_eq!(rows[5]["qualifier"], "以上");
}
