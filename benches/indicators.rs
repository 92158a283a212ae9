//! Indicator extraction throughput, and the cost of loading jieba.
//!
//! `extract_20mb`: the five samples, parsed once outside the timed loop, extracted over
//! enough copies to make about 20 MB of report text, after the shared jieba instance is
//! built. Criterion prints the throughput in MiB/s (target: at least 10 MB/s on one
//! core).
//!
//! `long_line_200kb`: one 200 KB line without a full stop (a page whose paragraphs lost
//! their 。), full of figures: extraction must stay linear (it was quadratic: 7.6 s).
//!
//! `jieba_load`: building a fresh jieba instance with the domain vocabulary, the work
//! `segment::jieba()` does once on first use.

use std::hint::black_box;
use std::time::Duration;

use baogao::indicators::extract;
use baogao::segment;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const TARGET_BYTES: usize = 20 * 1000 * 1000;

fn extraction(c: &mut Criterion) {
    let reports = baogao::samples::reports().expect("samples parse");
    let bytes: usize = reports.iter().map(|r| r.text.len()).sum();
    let copies = TARGET_BYTES.div_ceil(bytes);
    // Clones share the text (`Arc<str>`); extraction does not cache anything per report.
    let corpus: Vec<_> = (0..copies).flat_map(|_| reports.iter().cloned()).collect();
    segment::jieba();
    let mut group = c.benchmark_group("indicators");
    group.throughput(Throughput::Bytes((bytes * copies) as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    group.bench_function("extract_20mb", |b| {
        b.iter(|| {
            let n: usize = corpus.iter().map(|r| extract(black_box(r)).len()).sum();
            black_box(n)
        })
    });
    group.finish();
}

/// One line of about 200 KB with figures and no 。 (spaces between clauses, no commas).
fn long_line() -> baogao::report::Report {
    let mut text = String::from("一、总体情况\n");
    let mut i = 0;
    while text.len() < 200_000 {
        text.push_str(&format!(
            "全年共受理行政复议案件{}件审结{}件调解成功率{}% ",
            100 + i % 800,
            50 + i % 700,
            90 + i % 10
        ));
        i += 1;
    }
    text.push('\n');
    baogao::parse_report("long.txt".into(), text.as_str())
}

fn long_line_no_full_stop(c: &mut Criterion) {
    let report = long_line();
    segment::jieba();
    let mut group = c.benchmark_group("indicators");
    group.throughput(Throughput::Bytes(report.text.len() as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("long_line_200kb", |b| {
        b.iter(|| black_box(extract(black_box(&report)).len()))
    });
    group.finish();
}

fn jieba_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("segment");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("jieba_load", |b| {
        b.iter(|| {
            let mut jieba = jieba_rs::Jieba::new();
            for word in segment::DOMAIN_WORDS {
                jieba.add_word(word, Some(50_000), Some("n"));
            }
            black_box(jieba)
        })
    });
    group.finish();
}

criterion_group!(benches, extraction, long_line_no_full_stop, jieba_load);
criterion_main!(benches);
