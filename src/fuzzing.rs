//! The fuzz harness: one input through everything a report goes through, so a fuzzer
//! can look for panics, hangs and blow-ups anywhere on the way. Shared by the cargo-fuzz
//! target (`fuzz/fuzz_targets/pipeline.rs`, libFuzzer) and the deterministic mutation
//! fuzzer (`examples/fuzz.rs` for long runs, `tests/fuzz_smoke.rs` for CI), so both
//! exercise exactly the same path.
//!
//! The first byte of an input picks how the rest becomes a file: plain text or
//! Markdown as they are, HTML as it is, a .docx as raw zip bytes, a .docx built from the
//! input (document and numbering XML zipped here, so mutations reach the XML reader
//! rather than dying on a zip checksum), or text re-encoded (GBK, UTF-16 in either byte
//! order, with or without a BOM). Then: decode and clean (`load`), parse (`parse_report`),
//! figures (`indicators::extract`), findings (`lint::check`), the heading and full-text
//! search indexes with queries taken from the text, and, when the first byte asks for it,
//! the terminal UI driven by keys taken from the input and drawn off-screen
//! (`tui::offscreen`).
//!
//! Nothing here catches panics: a fuzzer has to see them. The mutator lives here too, so
//! the smoke test and the long run mutate alike.

use std::collections::{BTreeMap, HashSet};
use std::io::{Cursor, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::report::Report;

/// Largest input the fuzzers make: big enough for real report structure, small enough
/// that a run does many executions.
pub const MAX_INPUT: usize = 64 * 1024;

/// What one input came to, coarsely: a mutant that reaches a shape not seen before is
/// kept for further mutation (a cheap stand-in for coverage feedback).
pub type Shape = (u8, usize, usize, usize, usize);

/// Run one input through the whole pipeline; returns its shape (`None`: not read).
pub fn run(data: &[u8]) -> Option<Shape> {
    let (&mode, rest) = data.split_first()?;
    let (name, bytes) = match mode % 6 {
        0 => ("fuzz.txt", rest.to_vec()),
        1 => ("fuzz.md", rest.to_vec()),
        2 => ("fuzz.html", rest.to_vec()),
        3 => ("fuzz.docx", rest.to_vec()),
        4 => ("fuzz.docx", docx_from(rest)),
        _ => ("fuzz.txt", reencode(rest)),
    };
    let source = crate::load::source_from_bytes(Path::new(name), &bytes).ok()?;
    let report = crate::parse_report(source.path, source.text);
    let figures = crate::indicators::extract(&report);
    let findings = crate::lint::check(&report);
    search(&report);
    let levels = report.nodes.iter().map(|n| n.level).max().unwrap_or(0);
    let shape = (
        mode % 6,
        report.nodes.len().min(64),
        usize::from(levels),
        figures.len().min(64),
        findings.len().min(64),
    );
    if mode & 0x80 != 0 {
        crate::tui::offscreen::drive(report, figures, findings, rest);
    }
    Some(shape)
}

/// Build and query both search indexes, with queries cut from the report itself.
fn search(report: &Report) {
    let reports = std::slice::from_ref(report);
    let index = crate::search::SearchIndex::build(reports);
    let text = crate::search::TextIndex::build(reports);
    let mut queries = vec!["xzfy".to_string(), "'法治 政府".to_string()];
    for node in report.nodes.iter().take(3) {
        queries.push(node.title.chars().take(4).collect());
    }
    let body: String = report.text.chars().skip(10).take(3).collect();
    queries.push(body);
    for q in &queries {
        let hits = index.search(q, 5);
        for h in &hits {
            let _ = index.heading(h.entry);
            let _ = index.heading_path(h.entry);
        }
        for hit in text.search(reports, q, 5) {
            let _ = report.line_text(hit.line);
        }
    }
}

/// A .docx made from the input: the part before the first NUL byte is the body of
/// `word/document.xml`, the part after it `word/numbering.xml`.
fn docx_from(data: &[u8]) -> Vec<u8> {
    let (body, numbering) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], Some(&data[at + 1..])),
        None => (data, None),
    };
    let mut document = b"<w:document xmlns:w=\"w\"><w:body>".to_vec();
    document.extend_from_slice(body);
    document.extend_from_slice(b"</w:body></w:document>");
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut add = |name: &str, bytes: &[u8]| {
        zip.start_file(name, stored)
            .and_then(|_| zip.write_all(bytes).map_err(Into::into))
    };
    if add("word/document.xml", &document).is_err() {
        return Vec::new();
    }
    if let Some(numbering) = numbering {
        let _ = add("word/numbering.xml", numbering);
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// The input's text in another encoding, chosen by its first byte.
fn reencode(data: &[u8]) -> Vec<u8> {
    let Some((&how, rest)) = data.split_first() else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(rest);
    let utf16 = |le: bool, bom: bool| {
        let mut out = Vec::with_capacity(text.len() * 2 + 2);
        if bom {
            out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for unit in text.encode_utf16() {
            out.extend_from_slice(&if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    };
    match how % 6 {
        0 => encoding_rs::GBK.encode(&text).0.into_owned(),
        1 => encoding_rs::BIG5.encode(&text).0.into_owned(),
        2 => utf16(true, true),
        3 => utf16(false, true),
        4 => utf16(true, false),
        _ => utf16(false, false),
    }
}

/// A small, seeded random number generator (xorshift64*): the same seed gives the
/// same run, so a smoke test is reproducible and a crash can be found again.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Pieces report text is made of, and pieces that have broken parsers before: markers
/// of every style, dates, figures, punctuation, full-width and traditional forms,
/// zero-width and bidi characters, control bytes, HTML and WordprocessingML tags.
const TOKENS: &[&str] = &[
    "一、", "十二、", "(一)", "（二）", "(十)", "1.", "2、", "３．", "(1)", "（２）", "①", "⑳",
    "⑴", "⒈", "一是", "二是", "十是", "第一", "2020年", "2021年3月", "12月31日", "2023年度",
    "〇", "零", "百", "万", "亿", "12件", "3.5%", "99％", "1,234", "１２３", "万元", "亿元",
    "同比增长", "下降", "余", "近", "。", "，", "、", "；", "：", "“", "”", "《", "》", "（", "）",
    "(", ")", "【", "】", "……", "——", "\n", "\r\n", "\r", "\t", " ", "\u{3000}", "\u{a0}",
    "\u{200b}", "\u{200d}", "\u{feff}", "\u{202e}", "\u{2066}", "\u{1b}[2J", "\u{1b}]0;x\u{7}",
    "\u{9b}", "\u{0}", "\u{7f}", "\u{ffff}", "\u{10ffff}", "🇨🇳", "é", "法治政府建设", "行政复议",
    "存在的不足和原因", "下一年度主要安排", "第一责任人", "主要举措和成效", "来源：", "发布日期：",
    "索引号", "bt365体育在线", "<p>", "</p>", "<div>", "<br>", "<script>", "<meta charset=gbk>",
    "<meta charset=utf-16>", "&amp;", "&#x3002;", "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tab/>",
    "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4294967295\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
];

/// One mutation of `input` (another corpus entry may be spliced in).
pub fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let at = rng.below(out.len() + 1);
        match rng.below(11) {
            // Flip, set or insert bytes: invalid UTF-8, NULs, control bytes.
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] = [0x00, 0x0A, 0x0D, 0x1B, 0x7F, 0x80, 0xC0, 0xE4, 0xFF][rng.below(9)];
            }
            2 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            3 => {
                // A token many times: long runs, deep nesting.
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let times = 1 + rng.below(200);
                let run: Vec<u8> = token.repeat(times);
                out.splice(at..at, run);
            }
            4 if !out.is_empty() => {
                // Delete a range.
                let len = rng.below((out.len() - at).min(256) + 1);
                out.drain(at..at + len);
            }
            5 if !out.is_empty() => {
                // Duplicate a range.
                let start = rng.below(out.len());
                let len = rng.below((out.len() - start).min(512) + 1);
                let piece = out[start..start + len].to_vec();
                out.splice(at..at, piece);
            }
            6 if !other.is_empty() => {
                // Splice in a piece of another input.
                let start = rng.below(other.len());
                let len = rng.below((other.len() - start).min(1024) + 1);
                out.splice(at..at, other[start..start + len].iter().copied());
            }
            7 if !out.is_empty() => {
                // Cut at a byte that may be inside a character.
                out.truncate(rng.below(out.len()) + 1);
            }
            8 => {
                // Digits: figures, years, huge numbers.
                let n = rng.next_u64() >> rng.below(64);
                out.splice(at..at, n.to_string().into_bytes());
            }
            9 if !out.is_empty() => {
                // A line break removed or added: one long line, or many short ones.
                if let Some(nl) = out.iter().position(|&b| b == b'\n') {
                    out.remove(nl);
                } else {
                    out.insert(at.min(out.len()), b'\n');
                }
            }
            _ => {
                // Change how the input is read (format, encoding, UI on or off).
                if let Some(first) = out.first_mut() {
                    *first = rng.next_u64() as u8;
                }
            }
        }
    }
    out.truncate(MAX_INPUT);
    out
}

/// Seed inputs from report files: each file once per way of reading it (as text, as
/// HTML around its lines, re-encoded), cut to `MAX_INPUT`.
pub fn seeds_from(files: &[(String, Vec<u8>)]) -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for (i, (name, bytes)) in files.iter().enumerate() {
        let ui = if i % 4 == 0 { 0x80 } else { 0 };
        let cut = &bytes[..bytes.len().min(MAX_INPUT - 2)];
        let mode = match name.rsplit('.').next() {
            Some("html" | "htm") => 2,
            Some("docx") => 3,
            Some("md") => 1,
            _ => 0,
        };
        seeds.push([&[mode | ui][..], cut].concat());
        if mode == 0 {
            let text = String::from_utf8_lossy(cut);
            let html: String = text.lines().map(|l| format!("<p>{l}</p>\n")).collect();
            seeds.push([&[2u8][..], html.as_bytes()].concat());
            seeds.push([&[5u8, i as u8][..], cut].concat());
            let paragraphs: String = text
                .lines()
                .take(200)
                .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
                .collect();
            seeds.push([&[4u8][..], paragraphs.as_bytes()].concat());
        }
    }
    seeds
}

/// A crash found by a campaign: the panic's message and the smallest input that
/// raised it so far.
#[derive(Debug, Clone)]
pub struct Crash {
    pub message: String,
    pub input: Vec<u8>,
    pub count: u64,
}

/// What a campaign did.
#[derive(Debug, Default)]
pub struct Stats {
    pub executions: u64,
    /// Unique crashes, by where the panic was raised (`src/x.rs:12`).
    pub crashes: BTreeMap<String, Crash>,
    /// The slowest input and how long it took.
    pub slowest: Option<(Duration, Vec<u8>)>,
    /// Inputs kept for mutation at the end (seeds plus new shapes).
    pub corpus: usize,
}

/// Where a contained panic was raised, from `contain::catch`'s message.
pub fn crash_site(message: &str) -> String {
    message
        .rsplit_once(" (at ")
        .map(|(_, at)| at.trim_end_matches(')').to_string())
        .unwrap_or_else(|| message.to_string())
}

/// Mutate `seeds` for at most `budget` or `max_executions`, whichever comes first,
/// from `seed` (the same seed and executions give the same run). Every execution is
/// contained; `before` is called with each input before it runs (to save it where a
/// stack overflow, which aborts the process, can be found again).
pub fn campaign(
    seeds: Vec<Vec<u8>>,
    seed: u64,
    budget: Duration,
    max_executions: u64,
    mut before: impl FnMut(&[u8]),
) -> Stats {
    let mut rng = Rng::new(seed);
    let mut corpus: Vec<Vec<u8>> = seeds.into_iter().filter(|s| !s.is_empty()).collect();
    if corpus.is_empty() {
        corpus.push(vec![0]);
    }
    let mut shapes: HashSet<Shape> = HashSet::new();
    let mut stats = Stats::default();
    let start = Instant::now();
    while stats.executions < max_executions && start.elapsed() < budget {
        let base = &corpus[rng.below(corpus.len())];
        let other = &corpus[rng.below(corpus.len())];
        // Seeds run as they are first, then mutants.
        let input = if (stats.executions as usize) < corpus.len() {
            corpus[stats.executions as usize].clone()
        } else {
            mutate(&mut rng, base, other)
        };
        before(&input);
        let t = Instant::now();
        let result = crate::contain::catch(|| run(&input));
        let took = t.elapsed();
        stats.executions += 1;
        if stats.slowest.as_ref().is_none_or(|(d, _)| took > *d) {
            stats.slowest = Some((took, input.clone()));
        }
        match result {
            Ok(Some(shape)) => {
                if shapes.insert(shape) && corpus.len() < 4096 {
                    corpus.push(input);
                }
            }
            Ok(None) => {}
            Err(message) => {
                let crash = stats
                    .crashes
                    .entry(crash_site(&message))
                    .or_insert_with(|| Crash {
                        message: message.clone(),
                        input: input.clone(),
                        count: 0,
                    });
                crash.count += 1;
                if input.len() < crash.input.len() {
                    crash.input = input;
                }
            }
        }
    }
    stats.corpus = corpus.len();
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rng_is_deterministic_and_mutation_stays_bounded() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert_eq!(a.next_u64(), b.next_u64());
        let seed = b"\x00\xe4\xb8\x80\xe3\x80\x81\xe6\x80\xbb".to_vec();
        let mut rng = Rng::new(1);
        for _ in 0..1000 {
            let m = mutate(&mut rng, &seed, &seed);
            assert!(m.len() <= MAX_INPUT);
        }
    }

    #[test]
    fn every_mode_runs_on_a_small_report() {
        let text = "某县2023年法治政府建设工作报告\n一、主要举措\n(一)办理案件12件。\n";
        for mode in 0..6u8 {
            for ui in [0, 0x80] {
                run(&[&[mode | ui, 2][..], text.as_bytes()].concat());
            }
        }
        run(&[]);
        run(&[4, b'<', 0, b'<']);
    }
}
