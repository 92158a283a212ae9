//! Indicator extraction throughput, and the cost of loading jieba.
//!
//! `extract_20mb`: the five samples, parsed once outside the timed loop, extracted over
//! enough copies to make about 20 MB of report text, after the shared jieba instance is
//! built. Criterion prints the throughput in MiB/s (target: at least 10 MB/s on one
//! core).
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

criterion_group!(benches, extraction, jieba_load);
criterion_main!(benches);
