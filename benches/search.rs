//! Heading search on a synthetic corpus of 200 000 headings: the samples' headings with
//! varied prefixes (`持续深入`, `市本级`, …), so no two titles are the same.
//!
//! Prints, before criterion runs: index build time and memory (accounted heap bytes and
//! the growth of the process's resident set), then per query kind the p50/p95/max of
//! (a) a whole query typed at once (a cold scan) and (b) every keystroke of the query
//! typed one character at a time through a `Searcher` (what the popup does). Criterion
//! then measures the median of a cold query for our index and for the baseline: a plain
//! loop of fuzzy-matcher over the same folded headings, best form per heading, sorted.
//!
//! `cargo bench --bench search` (set `BAOGAO_BENCH_HEADINGS` for another size).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use baogao::search::{fold, SearchIndex, Searcher};
use baogao::Report;

const PREFIX_A: &[&str] = &[
    "持续",
    "深入",
    "全面",
    "扎实",
    "切实",
    "大力",
    "积极",
    "稳步",
    "加快",
    "着力",
    "进一步",
    "不断",
    "认真",
    "统筹",
    "协同",
    "系统",
];
const PREFIX_B: &[&str] = &[
    "市本级",
    "区县",
    "乡镇",
    "街道",
    "部门",
    "开发区",
    "社区",
    "园区",
    "基层",
    "全市",
    "全区",
    "全县",
    "机关",
    "窗口",
    "网格",
    "村居",
    "企业",
    "行业",
    "领域",
    "系统内",
];
const PREFIX_C: &[&str] = &[
    "年度",
    "季度",
    "专项",
    "重点",
    "常态化",
    "规范化",
    "标准化",
    "数字化",
    "一体化",
    "精细化",
];

const CHINESE: &[&str] = &[
    "行政复议",
    "法治政府建设",
    "执法",
    "示范创建",
    "复议工作",
    "营商环境",
];
const PINYIN: &[&str] = &["xzfy", "fzzf", "xingzhengfuyi", "sfcj", "yshj", "zhifa"];
const MIXED: &[&str] = &[
    "行政 fy",
    "fzzf 示范",
    "xz复议",
    "yingshang 环境",
    "执法 jd",
    "sfcj 攻坚",
];

fn synthetic(target: usize) -> Vec<Report> {
    let samples = baogao::samples::reports().expect("samples parse");
    let mut out = Vec::new();
    let mut total = 0;
    let mut k = 0usize;
    while total < target {
        for base in &samples {
            if total >= target {
                break;
            }
            let mut r = base.clone();
            let take = r.nodes.len().min(target - total);
            r.nodes.truncate(take);
            r.roots.retain(|&i| i < take);
            for (j, node) in r.nodes.iter_mut().enumerate() {
                let n = k * 31 + j;
                node.title = format!(
                    "{}{}{}{}",
                    PREFIX_A[n % PREFIX_A.len()],
                    PREFIX_B[(n / PREFIX_A.len()) % PREFIX_B.len()],
                    PREFIX_C[(n / 7) % PREFIX_C.len()],
                    node.title
                );
                node.children.retain(|&c| c < take);
            }
            total += take;
            out.push(r);
            k += 1;
        }
    }
    out
}

/// Resident set size in bytes, from /proc/self/statm (Linux).
fn rss() -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// CPU time (user + system, all threads) of this process, from /proc/self/stat.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // Linux reports in USER_HZ, 100 a second on every common configuration.
    Some(Duration::from_millis(ticks * 10))
}

fn percentiles(mut d: Vec<Duration>) -> (Duration, Duration, Duration) {
    d.sort();
    let at = |q: f64| d[((d.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95), d[d.len() - 1])
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

/// The baseline: every heading's folded forms, fuzzy-matched one by one.
struct Plain {
    forms: Vec<[String; 3]>,
    matcher: SkimMatcherV2,
}

impl Plain {
    fn new(reports: &[Report]) -> Plain {
        let forms = reports
            .iter()
            .flat_map(|r| r.nodes.iter())
            .map(|n| {
                let f = fold::forms(&n.title);
                [f.simplified.text, f.full.text, f.initials.text]
            })
            .collect();
        Plain {
            forms,
            matcher: SkimMatcherV2::default(),
        }
    }

    fn search(&self, query: &str, limit: usize) -> Vec<(i64, usize)> {
        let terms: Vec<String> = query.split_whitespace().map(fold::fold_query).collect();
        let mut hits: Vec<(i64, usize)> = self
            .forms
            .iter()
            .enumerate()
            .filter_map(|(i, forms)| {
                let mut total = 0;
                for t in &terms {
                    total += forms
                        .iter()
                        .filter_map(|f| self.matcher.fuzzy_match(f, t))
                        .max()?;
                }
                Some((total, i))
            })
            .collect();
        hits.sort_unstable_by(|a, b| b.cmp(a));
        hits.truncate(limit);
        hits
    }
}

fn report_figures(index: &Arc<SearchIndex>) {
    let verbose = std::env::var_os("BAOGAO_BENCH_VERBOSE").is_some();
    for (kind, queries) in [("chinese", CHINESE), ("pinyin", PINYIN), ("mixed", MIXED)] {
        let mut cold = Vec::new();
        let mut typed = Vec::new();
        let cpu_before = cpu_time();
        for _ in 0..5 {
            for q in queries {
                let t = Instant::now();
                let hits = black_box(index.search(q, 100));
                cold.push(t.elapsed());
                if verbose {
                    println!("  {q}: {} hits, {}", hits.len(), ms(t.elapsed()));
                }
                let mut searcher = Searcher::new(Arc::clone(index));
                let chars: Vec<char> = q.chars().collect();
                for n in 1..=chars.len() {
                    let prefix: String = chars[..n].iter().collect();
                    let t = Instant::now();
                    black_box(searcher.search(&prefix, 100));
                    typed.push(t.elapsed());
                    if verbose {
                        println!("    typed {prefix}: {}", ms(t.elapsed()));
                    }
                }
            }
        }
        let searches = (cold.len() + typed.len()) as u32;
        let cpu = match (cpu_before, cpu_time()) {
            (Some(b), Some(a)) => ms(a.saturating_sub(b) / searches),
            _ => "n/a".into(),
        };
        let (c50, c95, cmax) = percentiles(cold);
        let (t50, t95, tmax) = percentiles(typed);
        println!(
            "{kind:8} whole query: p50 {} p95 {} max {} | per keystroke: p50 {} p95 {} max {} | CPU a search {cpu}",
            ms(c50),
            ms(c95),
            ms(cmax),
            ms(t50),
            ms(t95),
            ms(tmax)
        );
    }
}

fn bench(c: &mut Criterion) {
    let size = std::env::var("BAOGAO_BENCH_HEADINGS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let reports = synthetic(size);
    baogao::segment::jieba();
    let before = rss();
    let t = Instant::now();
    let index = Arc::new(SearchIndex::build(&reports));
    let built = t.elapsed();
    let after = rss();
    println!(
        "index: {} headings built in {}; heap {:.1} MB; RSS growth {}",
        index.len(),
        ms(built),
        index.heap_bytes() as f64 / 1e6,
        match (before, after) {
            (Some(b), Some(a)) => format!("{:.1} MB", a.saturating_sub(b) as f64 / 1e6),
            _ => "n/a".into(),
        }
    );
    report_figures(&index);
    let plain = Plain::new(&reports);

    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for (kind, queries) in [("chinese", CHINESE), ("pinyin", PINYIN), ("mixed", MIXED)] {
        // One query per iteration, cycling through the kind's queries.
        let mut n = 0;
        group.bench_function(format!("index/{kind}"), |b| {
            b.iter(|| {
                n += 1;
                black_box(index.search(queries[n % queries.len()], 100))
            })
        });
        let mut n = 0;
        group.bench_function(format!("plain/{kind}"), |b| {
            b.iter(|| {
                n += 1;
                black_box(plain.search(queries[n % queries.len()], 100))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
