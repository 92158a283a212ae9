//! The reviewer's workflow through the real binary: `--rules`, `--min-severity`,
//! `--disable`, `--genre`, the config file's `[check]` section, a baseline written and
//! then honoured after an edit above the findings, and the Markdown review memo.
//! Every run gets its own empty config directory, so the user's config never leaks in.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// A 法治政府建设年度报告 draft with a doubled full stop (warning), a wrong standard
/// formulation (error), a skipped heading number (warning), and no fifth part (info).
const DRAFT: &str = "某县人民政府2023年法治政府建设年度报告

2023年,某县人民政府坚持以习近平新时代中国特色社会主义思想为指导,加快建设法制政府。
一、主要举措和成效
(一)依法全面履行政府职能
深化“放管服”改革,全年办理政务服务事项12,345件。。
(三)严格规范公正文明执法
推行行政执法“三项制度”。
二、存在的不足和原因
基层执法力量仍然薄弱。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县长带头学法。
四、2024年主要安排
持续推进法治政府建设。
某县人民政府
2024年1月20日
";

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let config = dir.join("config-home");
    fs::create_dir_all(&config).unwrap();
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", &config)
        .env("HOME", dir)
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn rules_of(json: &str) -> Vec<(u64, String)> {
    let found: Vec<Value> = serde_json::from_str(json).unwrap();
    found
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn draft_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("draft.txt"), DRAFT).unwrap();
    dir
}

#[test]
fn every_rule_is_listed_with_severity_meaning_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run(dir.path(), &["--rules", "--json"]);
    assert_eq!(code, 0);
    let rules: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert!(rules.len() >= 20, "{}", rules.len());
    for r in &rules {
        for key in ["id", "severity", "meaning", "source"] {
            assert!(r[key].as_str().is_some_and(|s| !s.is_empty()), "{r}");
        }
    }
    let (code, text, _) = run(dir.path(), &["--rules"]);
    assert_eq!(code, 0);
    assert!(text.contains("nonstandard-formulation"), "{text}");
    assert!(
        text.contains("source: 《法治政府建设与责任落实督察工作规定》"),
        "{text}"
    );
    // The README's table is the Markdown listing.
    let (_, md, _) = run(dir.path(), &["--rules", "--format", "md"]);
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    assert!(
        readme.contains(md.trim()),
        "README's rule table is out of date:\n{md}"
    );
}

#[test]
fn severities_filter_and_rules_can_be_disabled() {
    let dir = draft_dir();
    let (code, out, _) = run(dir.path(), &["--json", "draft.txt"]);
    assert_eq!(code, 1);
    let all = rules_of(&out);
    let has = |list: &[(u64, String)], rule: &str| list.iter().any(|(_, r)| r == rule);
    assert!(has(&all, "nonstandard-formulation"), "{all:?}");
    assert!(has(&all, "doubled-punctuation"), "{all:?}");
    assert!(has(&all, "numbering-gap"), "{all:?}");
    assert!(has(&all, "required-part-other"), "{all:?}");

    let (_, out, _) = run(
        dir.path(),
        &["--json", "--min-severity", "error", "draft.txt"],
    );
    assert_eq!(rules_of(&out), [(3, "nonstandard-formulation".to_string())]);

    let (_, out, _) = run(
        dir.path(),
        &[
            "--json",
            "--disable",
            "numbering-gap,required-part-other",
            "draft.txt",
        ],
    );
    let some = rules_of(&out);
    assert!(
        !has(&some, "numbering-gap") && !has(&some, "required-part-other"),
        "{some:?}"
    );
    assert!(has(&some, "doubled-punctuation"));

    let (code, _, err) = run(dir.path(), &["--disable", "no-such-rule", "draft.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown rule"), "{err}");
    let (code, _, _) = run(dir.path(), &["--min-severity", "loud", "draft.txt"]);
    assert_eq!(code, 2);
}

#[test]
fn the_genre_decides_which_rules_apply_and_can_be_overridden() {
    let dir = tempfile::tempdir().unwrap();
    // No title and no heading only an annual report has (the first-responsible-person
    // part and the 纲要's parts name the genre too): the genre is not known, so the annual report's parts
    // are not asked.
    let untitled = DRAFT.replace("某县人民政府2023年法治政府建设年度报告\n", "");
    let untitled = untitled.replace("二、存在的不足和原因\n基层执法力量仍然薄弱。\n", "");
    let untitled = untitled.replace(
        "三、党政主要负责人履行推进法治建设第一责任人职责情况",
        "三、其他工作",
    );
    // The 纲要's first part (依法全面履行政府职能) names the genre as well.
    let untitled = untitled.replace("(一)依法全面履行政府职能", "(一)深化改革");
    fs::write(dir.path().join("untitled.txt"), untitled).unwrap();
    let (_, out, _) = run(dir.path(), &["--json", "untitled.txt"]);
    assert!(!out.contains("required-part-missing"), "{out}");
    let (_, out, _) = run(
        dir.path(),
        &["--json", "--genre", "fazhi-annual", "untitled.txt"],
    );
    assert!(out.contains("required-part-missing"), "{out}");
    let (code, _, err) = run(dir.path(), &["--genre", "poem", "untitled.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("fazhi-annual"), "{err}");
}

#[test]
fn the_config_files_check_section_applies_and_flags_add_to_it() {
    let dir = draft_dir();
    let conf = dir.path().join("config-home/baogao");
    fs::create_dir_all(&conf).unwrap();
    fs::write(
        conf.join("config.toml"),
        "[check]\nmin_severity = \"warning\"\ndisable = [\"numbering-gap\"]\n",
    )
    .unwrap();
    let (_, out, err) = run(dir.path(), &["--json", "draft.txt"]);
    assert!(err.is_empty(), "{err}");
    let found = rules_of(&out);
    assert!(
        found
            .iter()
            .all(|(_, r)| r != "numbering-gap" && r != "required-part-other"),
        "{found:?}"
    );
    let (_, out, _) = run(
        dir.path(),
        &["--json", "--min-severity", "info", "draft.txt"],
    );
    assert!(
        out.contains("required-part-other") && !out.contains("numbering-gap"),
        "{out}"
    );
    // A bad section is reported on stderr and the defaults are used.
    fs::write(conf.join("config.toml"), "[check]\ndisable = [\"nope\"]\n").unwrap();
    let (code, out, err) = run(dir.path(), &["draft.txt"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown rule \"nope\""), "{err}");
    assert!(out.contains("numbering-gap"), "{out}");
}

#[test]
fn a_baseline_hides_known_findings_after_an_edit_above_them() {
    let dir = draft_dir();
    let (code, out, err) = run(dir.path(), &["--write-baseline", "base.json", "draft.txt"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("recorded"), "{err}");
    let baseline: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("base.json")).unwrap()).unwrap();
    assert!(!baseline["findings"].as_array().unwrap().is_empty());

    // An edit above every finding: nothing is new.
    let edited = DRAFT.replacen("\n\n", "\n\n前言一段。\n\n", 1);
    fs::write(dir.path().join("draft.txt"), &edited).unwrap();
    let (code, out, _) = run(dir.path(), &["--baseline", "base.json", "draft.txt"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "1 report checked: no findings\n");

    // A new defect is reported, alone.
    let worse = edited.replace("县长带头学法。", "县长带头学法。。");
    fs::write(dir.path().join("draft.txt"), worse).unwrap();
    let (code, out, _) = run(
        dir.path(),
        &["--json", "--baseline", "base.json", "draft.txt"],
    );
    assert_eq!(code, 1);
    assert_eq!(rules_of(&out), [(14, "doubled-punctuation".to_string())]);

    let (code, _, err) = run(dir.path(), &["--baseline", "missing.json", "draft.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json"), "{err}");
}

#[test]
fn the_review_memo_groups_findings_by_section() {
    let dir = draft_dir();
    let (code, memo, _) = run(dir.path(), &["--format", "md", "draft.txt"]);
    assert_eq!(code, 1);
    assert!(memo.starts_with("# 审阅意见 / Review memo\n"), "{memo}");
    assert!(memo.contains("## draft.txt"), "{memo}");
    assert!(
        memo.contains("### 一、主要举措和成效 › (一)依法全面履行政府职能"),
        "{memo}"
    );
    assert!(
        memo.contains("### 一、主要举措和成效 › (三)严格规范公正文明执法"),
        "{memo}"
    );
    assert!(
        memo.contains("> 深化“放管服”改革,全年办理政务服务事项12,345件。。"),
        "{memo}"
    );
    assert!(memo.contains("建议 / Suggested fix: 法治政府"), "{memo}");
    // Findings come in document order under their sections.
    let first = memo.find("nonstandard-formulation").unwrap();
    let later = memo.find("numbering-gap").unwrap();
    assert!(first < later);
}
