//! Lint cost: `lint::check` on each of the five samples, a reload (read, parse, lint) of
//! one file, which is what a save in the editor costs the TUI, and throughput on one
//! large text (the samples repeated to 1 MB and 4 MB, whose times should be in ratio
//! about 4: the review is linear in its input), and the shapes that once cost quadratic
//! time (`lint shapes`), each at n and 8n units: linear review keeps the two times in
//! ratio about 8 (was `tests/lint_linear.rs`; timings belong here, not in tests).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn lint(c: &mut Criterion) {
    let reports = baogao::samples::reports().expect("samples parse");
    let mut group = c.benchmark_group("lint");
    for report in &reports {
        group.bench_function(&report.name, |b| {
            b.iter(|| baogao::lint::check(black_box(report)))
        });
    }
    group.bench_function("all five", |b| {
        b.iter(|| {
            reports
                .iter()
                .map(|r| baogao::lint::check(black_box(r)).len())
                .sum::<usize>()
        })
    });
    group.finish();

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dandong-2021.txt");
    std::fs::write(&path, &*reports[0].text).expect("write");
    c.bench_function("reload dandong", |b| {
        b.iter(|| baogao::watch::reload(black_box(&path)).map(|r| r.findings.len()))
    });
}

fn lint_large(c: &mut Criterion) {
    let one: String = baogao::samples::reports()
        .expect("samples parse")
        .iter()
        .map(|r| r.text.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let mut group = c.benchmark_group("lint large");
    group.sample_size(10);
    for mb in [1usize, 4] {
        let text = one.repeat(mb * 1_000_000 / one.len() + 1);
        let report = baogao::parse_report("large.txt".into(), text);
        group.throughput(Throughput::Bytes(report.text.len() as u64));
        group.bench_function(format!("{mb} MB"), |b| {
            b.iter(|| baogao::lint::check(black_box(&report)).len())
        });
    }
    group.finish();
}

/// A named text maker: `n` units of one shape.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

/// Texts shaped to defeat a linear review, `n` units long.
fn shapes() -> Vec<Shape> {
    let block = "(一)甲项工作\n工作。\n)推进法律顾问体系建设\n工作。\n(三)乙项工作\n";
    vec![
        (
            "hard-wrapped paragraph",
            Box::new(|n| "推进法治政府建设，加强“依法行政”《纲要\n".repeat(n * 1000)),
        ),
        (
            "brackets on one line",
            Box::new(|n| format!("一、总体\n{}", "开展“法治（宣传《活动，，".repeat(n * 1500))),
        ),
        (
            // Issue 10, defect 8: `Vec::contains` over heading lines inside the loop.
            "repaired headings",
            Box::new(move |n| {
                (1..=n as u32 * 200)
                    .map(|i| {
                        let numeral = baogao::parse::numerals::to_chinese(i % 90 + 1);
                        format!("{numeral}、部分\n{block}")
                    })
                    .collect()
            }),
        ),
        (
            "points in one paragraph",
            Box::new(|n| {
                let points: String = (0..n * 1000)
                    .map(|i| {
                        format!(
                            "{}是加强组织领导进一步压实责任；",
                            ["一", "二", "三", "五"][i % 4]
                        )
                    })
                    .collect();
                format!("一、工作\n{points}\n二、问题\n")
            }),
        ),
        (
            "formulations",
            Box::new(|n| {
                let head = "某区2021年法治政府建设年度报告\n2021年,我区推进依法行政。\n一、举措\n";
                let line = "建设法制政府，成效显着，坚持以新时代中国特色社会主义思想为指导\n";
                format!("{head}{}", line.repeat(n * 1500))
            }),
        ),
    ]
}

fn lint_shapes(c: &mut Criterion) {
    let mut group = c.benchmark_group("lint shapes");
    group.sample_size(10);
    for (name, make) in shapes() {
        for n in [1usize, 8] {
            let report = baogao::parse_report("shape.txt".into(), make(n));
            group.throughput(Throughput::Bytes(report.text.len() as u64));
            group.bench_function(format!("{name} ×{n}"), |b| {
                b.iter(|| baogao::lint::check(black_box(&report)).len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, lint, lint_large, lint_shapes);
criterion_main!(benches);
