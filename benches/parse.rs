//! Parse throughput: load (decode + clean) and outline (clutter, meta, headings,
//! points) on the sample reports repeated to about 50 MB, on one core.
//!
//! Two shapes: many report-sized files (what a folder of reports is), and one document
//! of ~48 MB (just under the loader's 50 MB limit) to show the parser stays linear.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use baogao::load::source_from_bytes;
use baogao::parse_report;
use baogao::samples::FILES;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn load_and_parse(name: &str, bytes: &[u8]) -> usize {
    let source = source_from_bytes(Path::new(name), bytes).expect("sample decodes");
    let report = parse_report(source.path, source.text);
    report.nodes.len()
}

fn bench_parse(c: &mut Criterion) {
    let sample_bytes: usize = FILES.iter().map(|(_, b)| b.len()).sum();
    let copies = TARGET_BYTES / sample_bytes;

    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));

    group.throughput(Throughput::Bytes((sample_bytes * copies) as u64));
    group.bench_function("files_50MB", |b| {
        b.iter(|| {
            let mut nodes = 0;
            for _ in 0..copies {
                for (name, bytes) in FILES {
                    nodes += load_and_parse(name, black_box(bytes));
                }
            }
            nodes
        })
    });

    // One big document: the samples one after another, under the 50 MB load limit.
    let mut big = Vec::with_capacity(48 * 1024 * 1024);
    'fill: loop {
        for (_, bytes) in FILES {
            if big.len() + bytes.len() + 1 > 48 * 1024 * 1024 {
                break 'fill;
            }
            big.extend_from_slice(bytes);
            big.push(b'\n');
        }
    }
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("one_document_48MB", |b| {
        b.iter(|| load_and_parse("big.txt", black_box(&big)))
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
