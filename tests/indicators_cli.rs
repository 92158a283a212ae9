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
        "upper",
        "unit",
        "qualifier",
        "kind",
        "category",
        "key",
        "raw",
        "written",
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
        "path,line,section,subject,value,upper,unit,qualifier,kind,category,key,raw,written,sentence"
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
    assert_eq!(rows[0]["key"], "reconsideration_received");
    assert_eq!(rows[2]["key"], "reconsideration_closed");
    assert_eq!(rows[4]["qualifier"], "约");
    assert_eq!(rows[5]["qualifier"], "以上");
}

fn text(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn keys_table_in_text_json_and_csv() {
    let table = text(&["indicators", "--keys"]);
    assert!(table.starts_with("id "), "{table}");
    assert!(table.contains("head_appearances"));
    assert!(table.contains("行政机关负责人出庭应诉"));
    let rows: Vec<Value> =
        serde_json::from_str(&text(&["indicators", "--keys", "--json"])).unwrap();
    assert!(rows.len() > 30);
    for r in &rows {
        for field in [
            "id",
            "name",
            "unit",
            "units",
            "kind",
            "category",
            "definition",
        ] {
            assert!(r.get(field).is_some(), "{field} in {r}");
        }
    }
    let csv = text(&["indicators", "--keys", "--csv"]);
    assert_eq!(
        csv.lines().next().unwrap(),
        "id,name,unit,units,kind,category,definition"
    );
    assert_eq!(csv.lines().count(), rows.len() + 1);
}

#[test]
fn matrix_in_text_json_and_csv() {
    let table = text(&["indicators", "--matrix", "samples"]);
    let first = table.lines().next().unwrap();
    assert!(
        first.starts_with("metric") && first.contains("侯马 2023"),
        "{first}"
    );
    assert!(table
        .lines()
        .any(|l| l.starts_with("reconsideration_received") && l.contains("1055件")));
    let m: Value =
        serde_json::from_str(&text(&["indicators", "--matrix", "--json", "samples"])).unwrap();
    assert_eq!(m["rows"].as_array().unwrap().len(), 5);
    let shunyi = m["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"].as_str().unwrap().contains("shunyi"))
        .unwrap();
    assert_eq!(shunyi["cells"]["reconsideration_received"]["value"], 1055.0);
    assert_eq!(
        shunyi["cells"]["reconsideration_received"]["written"],
        "1055件"
    );
    let csv = text(&["indicators", "--matrix", "--csv", "samples"]);
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("path,label,issuer,year,"), "{header}");
    assert!(header.contains("reconsideration_received,reconsideration_received_change"));
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn matrix_changes_year_on_year_for_one_place() {
    let dir = tempfile::tempdir().unwrap();
    for (year, n) in [(2022, 40), (2023, 50)] {
        let body = format!(
            "某某区人民政府{year}年法治政府建设年度报告\n一、推进行政复议工作\n全年共受理行政复议案件{n}件。\n"
        );
        std::fs::write(dir.path().join(format!("r{year}.txt")), body).unwrap();
    }
    let m: Value = serde_json::from_str(&text(&[
        "indicators",
        "--matrix",
        "--json",
        dir.path().to_str().unwrap(),
    ]))
    .unwrap();
    let rows = m["rows"].as_array().unwrap();
    let y2023 = rows.iter().find(|r| r["year"] == 2023).unwrap();
    let prev = &y2023["cells"]["reconsideration_received"]["previous"];
    assert_eq!(prev["year"], 2022);
    assert_eq!(prev["change"], 10.0);
    assert_eq!(prev["change_pct"], 25.0);
    let table = text(&["indicators", "--matrix", dir.path().to_str().unwrap()]);
    assert!(table.contains("50件 ▲25%"), "{table}");
}

#[test]
fn csv_cells_that_look_like_formulas_are_defused() {
    // Regression (issue 10, item 14): a subject or sentence starting with = + - @ reached
    // the spreadsheet as a formula.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.txt");
    std::fs::write(
        &path,
        "一、情况\n=HYPERLINK(\"http://x\")受理行政复议案件30件\n@SUM共调解纠纷12件\n",
    )
    .unwrap();
    let csv = text(&["indicators", "--csv", path.to_str().unwrap()]);
    for line in csv.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '@']), "{cell} in {line}");
        }
    }
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("'@SUM"), "{csv}");
}

#[test]
fn a_long_line_without_full_stops_gives_small_json() {
    // Regression (issue 10, item 7): 200 KB without 。 wrote 1.14 GB of JSON (the whole
    // sentence repeated per figure).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    let mut body = String::from("一、总体情况\n");
    let mut i = 0;
    while body.len() < 200_000 {
        body.push_str(&format!(
            "受理行政复议案件{}件审结{}件 ",
            100 + i % 800,
            50 + i % 700
        ));
        i += 1;
    }
    body.push('\n');
    std::fs::write(&path, &body).unwrap();
    let out = run(&["indicators", "--json", path.to_str().unwrap()]);
    assert!(out.status.success());
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.len() > 5000);
    // Each figure carries at most ~200 characters of context: bounded per figure.
    assert!(
        out.stdout.len() < rows.len() * 1500,
        "{} bytes",
        out.stdout.len()
    );
}
