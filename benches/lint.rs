//! Lint cost: `lint::check` on each of the five samples, a reload (read, parse, lint) of
//! one file, which is what a save in the editor costs the TUI, and throughput on one
//! large text (the samples repeated to 1 MB and 4 MB, whose times should be in ratio
//! about 4: the review is linear in its input).

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

criterion_group!(benches, lint, lint_large);
criterion_main!(benches);
