//! Every lint is linear in its input: the review of a text eight times as long takes
//! about eight times as long, never sixty-four. Each case builds a text of n and of 4n units
//! of a shape that once cost quadratic time (repeated reports, one paragraph hard-wrapped
//! over thousands of lines, one long line full of brackets and quotes, a thousand
//! repaired headings, a paragraph of points, a standard formulation written wrongly on
//! every line), reviews both, and bounds the ratio generously (≤ 24 against 8 for linear
//! and 64 for quadratic), taking the best of five runs to damp a busy machine.

use std::time::{Duration, Instant};

use baogao::lint::{check_with, Settings};

/// The fastest of five reviews of `text`, and its findings.
fn time(text: &str) -> (Duration, usize) {
    let report = baogao::parse_report("big.txt".into(), text.to_string());
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..5 {
        let start = Instant::now();
        n = check_with(&report, &Settings::default()).len();
        best = best.min(start.elapsed());
    }
    (best, n)
}

fn assert_linear(name: &str, make: impl Fn(usize) -> String, units: usize) {
    // Warm up jieba and the tables, which load once.
    time(&make(1));
    let (small, _) = time(&make(units));
    let (large, findings) = time(&make(units * 8));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    println!(
        "{name}: {small:?} for {units} units, {large:?} for {} ({findings} findings), ratio {ratio:.1}",
        units * 8
    );
    assert!(
        ratio <= 24.0 || large < Duration::from_millis(50),
        "{name}: 8x the text took {ratio:.1}x the time ({small:?} → {large:?})"
    );
}

fn sample_text() -> String {
    baogao::samples::reports()
        .unwrap()
        .iter()
        .map(|r| r.text.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn reports_repeated() {
    let one = sample_text();
    assert_linear("samples repeated", |n| one.repeat(n), 1);
}

#[test]
fn one_paragraph_hard_wrapped_over_many_lines() {
    assert_linear(
        "hard-wrapped paragraph",
        |n| "推进法治政府建设，加强“依法行政”《纲要\n".repeat(n * 1000),
        1,
    );
}

#[test]
fn one_long_line_of_brackets_quotes_and_stops() {
    assert_linear(
        "brackets on one line",
        |n| format!("一、总体\n{}", "开展“法治（宣传《活动，，".repeat(n * 1500)),
        1,
    );
}

/// Issue 10, defect 8: the punctuation lint looked up every line in lists of heading and
/// damaged-marker lines (`Vec::contains` inside the loop over lines), quadratic in a
/// text with many headings. A thousand repaired headings must cost linear time.
#[test]
fn punctuation_lint_is_quadratic() {
    let block = "(一)甲项工作\n工作。\n)推进法律顾问体系建设\n工作。\n(三)乙项工作\n";
    assert_linear(
        "repaired headings",
        |n| {
            (1..=n as u32 * 200)
                .map(|i| {
                    format!(
                        "{}、部分\n{block}",
                        baogao::parse::numerals::to_chinese(i % 90 + 1)
                    )
                })
                .collect()
        },
        1,
    );
}

#[test]
fn a_paragraph_full_of_points() {
    assert_linear(
        "points in one paragraph",
        |n| {
            let points: String = (0..n * 1000)
                .map(|i| {
                    format!(
                        "{}是加强组织领导进一步压实责任；",
                        ["一", "二", "三", "五"][i % 4]
                    )
                })
                .collect();
            format!("一、工作\n{points}\n二、问题\n")
        },
        1,
    );
}

#[test]
fn a_wrong_formulation_on_every_line() {
    assert_linear(
        "formulations",
        |n| {
            let mut t = String::from(
                "某区2021年法治政府建设年度报告\n2021年,我区推进依法行政。\n一、举措\n",
            );
            t.push_str(
                &"建设法制政府，成效显着，坚持以新时代中国特色社会主义思想为指导\n"
                    .repeat(n * 1500),
            );
            t
        },
        1,
    );
}
