//! Lint cost: `lint::check` on each of the five samples, and a reload (read, parse,
//! lint) of one file, which is what a save in the editor costs the TUI.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

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

criterion_group!(benches, lint);
criterion_main!(benches);
