//! Hostile input through the real binary: binary files, a 60 MB file, invalid UTF-8,
//! GBK, UTF-16 in both byte orders with and without a BOM, an empty file, a 10 MB single
//! line, 10 000 nested markers, 100 000 nested HTML tags, a zip bomb named .docx, escape,
//! OSC and bidi characters in text and file names, a symlink loop, a FIFO, an unreadable
//! file and a file deleted while loading.
//!
//! For each: the file is either read, or skipped with one clear stderr line naming it;
//! the good report beside it comes out unaffected; exit status 2 only when nothing could
//! be read; and it takes bounded time (generous bounds for a debug build on a busy
//! machine, or a ratio, never a tight figure). Big files are made in a temporary folder
//! at test time, never committed.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use assert_cmd::Command;

const GOOD: &str = "某县2023年法治政府建设工作报告\n一、主要举措和成效\n(一)推进依法行政。全年办理行政复议案件12件。\n二、存在的不足和原因\n(一)基层力量薄弱。\n";

fn baogao(args: &[&str], paths: &[&Path]) -> (Output, Duration) {
    let start = Instant::now();
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .args(args)
        .args(paths)
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    (out, start.elapsed())
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

/// A folder with the good report in it.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    (dir, good)
}

/// What a hostile file must give.
enum Expect {
    /// Read as a report, whose outline has this heading.
    Read(&'static str),
    /// Skipped with one stderr line holding this reason.
    Skipped(&'static str),
}

/// Run `outline --json` over `hostile` with the good report, then alone, and check the
/// contract. Returns the stderr of the first run.
fn check_file(hostile: &Path, good: &Path, expect: Expect, bound: Duration) -> Vec<String> {
    let (out, took) = baogao(&["outline", "--json"], &[hostile, good]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let errors = stderr_lines(&out);
    let name = hostile.file_name().unwrap().to_string_lossy().into_owned();
    assert!(took < bound, "{name}: took {took:?}");
    assert_eq!(out.status.code(), Some(0), "{name}: {errors:?}");
    assert!(
        stdout.contains("good.txt"),
        "{name}: the good report is missing"
    );
    assert!(
        stdout.contains("推进依法行政"),
        "{name}: the good report is damaged"
    );
    match expect {
        Expect::Read(heading) => {
            assert!(errors.is_empty(), "{name}: {errors:?}");
            assert!(
                stdout.contains(heading),
                "{name}: {heading} not in the outline"
            );
        }
        Expect::Skipped(reason) => {
            assert_eq!(errors.len(), 1, "{name}: {errors:?}");
            assert!(errors[0].starts_with("baogao: "), "{errors:?}");
            assert!(errors[0].contains(reason), "{name}: {errors:?}");
            assert!(!errors[0].contains('\u{1b}'), "{errors:?}");
        }
    }
    let (alone, _) = baogao(&["outline"], &[hostile]);
    let expected = match expect {
        Expect::Read(_) => 0,
        Expect::Skipped(_) => 2,
    };
    assert_eq!(alone.status.code(), Some(expected), "{name} alone");
    errors
}

const BOUND: Duration = Duration::from_secs(60);

#[test]
fn binary_empty_and_oversized_files_are_skipped_with_a_reason() {
    let (dir, good) = folder();
    let binary = dir.path().join("binary.txt");
    let bytes: Vec<u8> = (0..100_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&binary, bytes).unwrap();
    check_file(&binary, &good, Expect::Skipped("binary file"), BOUND);
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    check_file(&empty, &good, Expect::Skipped("empty file"), BOUND);
    // 60 MB, sparse: it is refused by its size, never read.
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(60 * 1024 * 1024)
        .unwrap();
    check_file(&big, &good, Expect::Skipped("over the 50 MB limit"), BOUND);
}

#[test]
fn encodings_are_read_or_refused_cleanly() {
    let (dir, good) = folder();
    let text = "一、总体情况\n全年办理行政复议案件12件。\n二、存在不足\n";
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    check_file(
        &write("gbk.txt", &gbk),
        &good,
        Expect::Read("总体情况"),
        BOUND,
    );
    for (name, bom, le) in [
        ("utf16le-bom.txt", true, true),
        ("utf16be-bom.txt", true, false),
        ("utf16le.txt", false, true),
        ("utf16be.txt", false, false),
    ] {
        let mut bytes = Vec::new();
        if bom {
            bytes.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        check_file(&write(name, &bytes), &good, Expect::Read("总体情况"), BOUND);
    }
    // Invalid UTF-8: stray bytes in UTF-8 text are read by detection, never a panic.
    let mut broken = text.as_bytes().to_vec();
    broken.splice(3..3, [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80]);
    broken.extend_from_slice(&text.as_bytes()[..4]);
    let path = write("invalid-utf8.txt", &broken);
    let (out, _) = baogao(&["outline", "--json"], &[&path, &good]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("good.txt"));
}

#[test]
fn a_ten_megabyte_single_line_is_read() {
    let (dir, good) = folder();
    // No line break and no 。: the worst shape for anything that works by line or
    // sentence. Read within the watchdog bound (a quadratic walk would not finish);
    // the speed itself is measured in benches/, not asserted here.
    let sentence = "全年办理行政复议案件12件，行政诉讼案件30件，";
    let line = sentence.repeat((10 << 20) / sentence.len() + 1);
    let large = dir.path().join("line-10mb.txt");
    std::fs::write(&large, format!("一、总体情况{line}")).unwrap();
    check_file(
        &large,
        &good,
        Expect::Read("总体情况"),
        Duration::from_secs(120),
    );
}

#[test]
fn ten_thousand_nested_markers_and_deep_html_take_bounded_time() {
    let (dir, good) = folder();
    // 10 000 headings, each one level deeper in marker style than the last, cycling
    // through every style, then a line of 10 000 markers in a row.
    let styles = ["一、", "(一)", "1.", "(1)", "①", "一是"];
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(styles[i % styles.len()]);
        text.push_str("推进依法行政\n");
    }
    text.push_str(&"(一)".repeat(10_000));
    text.push('\n');
    let markers = dir.path().join("markers.txt");
    std::fs::write(&markers, text).unwrap();
    check_file(&markers, &good, Expect::Read("推进依法行政"), BOUND);
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>一、深层总体情况</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let html = dir.path().join("deep.html");
    std::fs::write(&html, page).unwrap();
    check_file(&html, &good, Expect::Read("深层总体情况"), BOUND);
}

#[test]
fn a_zip_bomb_named_docx_is_refused_without_filling_memory() {
    let (dir, good) = folder();
    // document.xml of 60 MB of spaces after a valid start: a few tens of KB zipped.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(true);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>")
        .unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..60 {
        zip.write_all(&chunk).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 5 << 20, "not a bomb: {} bytes", bytes.len());
    let bomb = dir.path().join("bomb.docx");
    std::fs::write(&bomb, bytes).unwrap();
    check_file(
        &bomb,
        &good,
        Expect::Skipped("larger than the size limit"),
        BOUND,
    );
    let corrupt = dir.path().join("corrupt.docx");
    std::fs::write(&corrupt, b"PK\x03\x04 not really a zip").unwrap();
    check_file(
        &corrupt,
        &good,
        Expect::Skipped("cannot read as docx"),
        BOUND,
    );
}

/// Every byte a terminal would act on: ESC, BEL, CSI (C1), CR, and bidi overrides.
fn inert(s: &str) -> bool {
    !s.chars().any(|c| {
        matches!(
            c,
            '\u{1b}' | '\u{7}' | '\u{9b}' | '\r' | '\u{202e}' | '\u{2066}'
        )
    })
}

#[cfg(unix)]
#[test]
fn escapes_in_names_and_text_never_reach_the_terminal() {
    let (dir, good) = folder();
    let evil_name = "evil\u{1b}]0;pwned\u{7}\nforged.txt:1: error forged\u{202e}.txt";
    let evil = dir.path().join(evil_name);
    std::fs::write(
        &evil,
        "一、总体\u{1b}[2J情况\u{202e}倒序\n全年办理\u{9b}31m案件12件。。深化“”改革\n",
    )
    .unwrap();
    for args in [
        &["outline"][..],
        &["check"],
        &["indicators"],
        &["search", "zongti"],
        &["search", "--text", "案件"],
    ] {
        let (out, _) = baogao(args, &[&evil, &good]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            inert(&stdout) && inert(&stderr),
            "{args:?}:\n{stdout}\n{stderr}"
        );
        // The newline in the name is shown as \n, so it cannot forge a finding line.
        assert!(
            !stdout.lines().any(|l| l.starts_with("forged.txt:1:")),
            "{args:?}: forged line\n{stdout}"
        );
        if args[0] != "search" || args.len() > 2 {
            assert!(
                stdout.contains("evil\\x1b]0;pwned\\x07\\nforged"),
                "{args:?}:\n{stdout}"
            );
        }
    }
    // A name that cannot be read says so, escaped, on stderr.
    let missing = dir.path().join("gone\u{1b}[31m.txt");
    let (out, _) = baogao(&["outline"], &[&missing, &good]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        inert(&stderr) && stderr.contains("gone\\x1b[31m.txt"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn symlink_loops_fifos_and_unreadable_files_in_a_folder() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let (dir, _) = folder();
    let root = dir.path();
    std::fs::create_dir(root.join("sub")).unwrap();
    symlink(root, root.join("sub/loop")).unwrap();
    symlink("..", root.join("sub/up")).unwrap();
    symlink("/dev/zero", root.join("zero.txt")).unwrap();
    let fifo = root.join("pipe.txt");
    let fifo_made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let locked = root.join("locked.txt");
    std::fs::write(&locked, GOOD).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: then the file is simply read, and that case cannot be shown.
    let unreadable = std::fs::read(&locked).is_err();
    if !unreadable {
        eprintln!("NOTE: running as root, a chmod 000 file is still readable; not checked");
    }
    for follow in [false, true] {
        let args: &[&str] = if follow {
            &["outline", "--follow"]
        } else {
            &["outline"]
        };
        let (out, took) = baogao(args, &[root]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let errors = stderr_lines(&out);
        assert!(took < BOUND, "{took:?}");
        assert_eq!(out.status.code(), Some(0), "{errors:?}");
        // The good report once, however many links lead to it; the FIFO and the link to
        // /dev/zero are not regular files and are passed over in a folder.
        assert_eq!(stdout.matches("good.txt").count(), 1, "{stdout}");
        if unreadable {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].contains("locked.txt: cannot read: "),
                "{errors:?}"
            );
        } else {
            assert!(errors.is_empty(), "{errors:?}");
        }
    }
    // Named on the command line, the FIFO and /dev/zero are refused at once.
    let good = root.join("good.txt");
    if fifo_made {
        check_file(
            &fifo,
            &good,
            Expect::Skipped("not a regular file (a FIFO)"),
            BOUND,
        );
    } else {
        eprintln!("NOTE: mkfifo is not available; the FIFO case is not checked");
    }
    check_file(
        &root.join("zero.txt"),
        &good,
        Expect::Skipped("not a regular file (a character device)"),
        BOUND,
    );
    if unreadable {
        check_file(&locked, &good, Expect::Skipped("Permission denied"), BOUND);
    }
}

#[test]
fn a_file_deleted_while_loading_is_reported_and_the_rest_is_read() {
    use baogao::corpus::{load_each, LoadEvent, Origin};
    let (dir, _) = folder();
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::write(dir.path().join(name), GOOD).unwrap();
    }
    // Files are found first, then read one by one: b.txt goes away once a.txt is read.
    let mut events = Vec::new();
    load_each(&Origin::Paths(vec![dir.path().to_path_buf()]), |e| {
        if let LoadEvent::Loaded(r) = &e {
            if r.path.ends_with("a.txt") {
                std::fs::remove_file(dir.path().join("b.txt")).unwrap();
            }
        }
        events.push(e);
    });
    let loaded: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            LoadEvent::Loaded(r) => Some(r.name.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(loaded, ["a", "c", "good"]);
    let failed: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            LoadEvent::Failed(e) => Some(e.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(failed.len(), 1);
    assert!(failed[0].contains("b.txt: cannot read: "), "{failed:?}");
}

#[test]
fn figures_and_findings_over_the_hostile_folder() {
    let (dir, _) = folder();
    std::fs::write(dir.path().join("binary.txt"), b"\x00\x01\x02\x03").unwrap();
    std::fs::write(dir.path().join("empty.md"), "").unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode("一、总体情况\n开展培训3次。\n");
    std::fs::write(dir.path().join("gbk.txt"), gbk).unwrap();
    for args in [&["indicators", "--json"][..], &["check", "--json"]] {
        let (out, took) = baogao(args, &[dir.path()]);
        let errors = stderr_lines(&out);
        assert!(took < BOUND);
        assert_eq!(errors.len(), 2, "{args:?}: {errors:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(json.is_array());
        // Some reports were read, so neither command says error (2): the unread ones are
        // on stderr, the status is decided by the rest (check: the short report lacks
        // required parts, a finding).
        let expected = if args[0] == "check" { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(expected), "{args:?}");
    }
}

/// `check` over a folder where one file cannot be read: the reports that were read decide
/// the status (1, a finding) and the summary says some inputs were not read; with nothing
/// readable the status is 2.
#[test]
fn check_exits_two_only_when_nothing_could_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, b"\x00\x01\x02\x03").unwrap();
    // The short report lacks required parts: findings.
    let drafted = dir.path().join("draft.txt");
    std::fs::write(&drafted, GOOD).unwrap();
    let (out, _) = baogao(&["check"], &[dir.path()]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(stderr_lines(&out).len(), 1, "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout
            .trim_end()
            .ends_with("(some inputs could not be read: see the messages above)"),
        "{stdout}"
    );
    let (out, _) = baogao(&["check"], &[&binary]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// A report whose reading or analysis panics (injected through the debug-only
/// `BAOGAO_TEST_PANIC_ON` hook) is one stderr line; the other report is still printed.
#[test]
fn a_report_that_panics_is_one_stderr_line_in_every_command() {
    let (dir, good) = folder();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, GOOD).unwrap();
    let run = |args: &[&str], spec: &str, backtrace: &str| {
        Command::cargo_bin("baogao")
            .unwrap()
            .args(args)
            .arg(&bad)
            .arg(&good)
            .env("BAOGAO_TEST_PANIC_ON", spec)
            .env("RUST_BACKTRACE", backtrace)
            .timeout(Duration::from_secs(300))
            .output()
            .unwrap()
    };
    for (args, spec, what, status) in [
        (
            &["outline"][..],
            "load:bad.txt",
            "failed: internal error: test failure injected at load",
            0,
        ),
        (
            &["indicators"],
            "analysis:bad.txt",
            "failed: internal error in figures: test failure injected at analysis",
            0,
        ),
        (
            &["check"],
            "analysis:bad.txt",
            "failed: internal error in review: test failure injected at analysis",
            1,
        ),
    ] {
        let out = run(args, spec, "0");
        let errors = stderr_lines(&out);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(errors.len(), 1, "{args:?}: {errors:?}");
        assert!(
            errors[0].starts_with("baogao: ") && errors[0].contains("bad.txt: "),
            "{errors:?}"
        );
        assert!(errors[0].contains(what), "{args:?}: {errors:?}");
        assert!(
            stdout.contains("good.txt") && !stdout.contains("bad.txt"),
            "{args:?}:\n{stdout}"
        );
        assert_eq!(out.status.code(), Some(status), "{args:?}");
    }
    // A backtrace only when the user asks for one.
    let out = run(&["outline"], "load:bad.txt", "1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("contained panic") && stderr.lines().count() > 2,
        "{stderr}"
    );
}

/// Figures and findings over a 1 MB and a 10 MB single line: linear, not quadratic.
/// One long line with no 。 (issue 10 item 7): a figure used to carry its whole sentence,
/// so `indicators --json` wrote the sentence once per figure — 1.14 GB for 200 KB — and
/// took quadratic time. Each figure now carries a bounded context, so the output grows
/// linearly with the input. Checked by size, not by time (timings belong in
/// `benches/`): 256 KB of such text gives about 8 000 figures, each with a short
/// context, and both `indicators` and `check` finish with a bounded output.
#[test]
fn figures_and_findings_of_a_long_line_stay_linear() {
    let (dir, _) = folder();
    let sentence = "全年办理行政复议案件12件，行政诉讼案件30件，";
    let bytes = 256 << 10;
    let path = dir.path().join("line-256k.txt");
    let line = sentence.repeat(bytes / sentence.len() + 1);
    std::fs::write(&path, format!("一、总体情况{line}")).unwrap();
    let (out, _) = baogao(&["indicators", "--json"], &[&path]);
    assert_eq!(out.status.code(), Some(0));
    let figures: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(figures.len() > 5_000, "{} figures", figures.len());
    for figure in &figures {
        let context = figure["sentence"].as_str().unwrap_or("");
        assert!(
            context.chars().count() <= 240,
            "context of {} chars",
            context.chars().count()
        );
    }
    assert!(
        out.stdout.len() < bytes * 40,
        "{} bytes of JSON for {bytes} bytes of text",
        out.stdout.len()
    );
    let (out, _) = baogao(&["check", "--json"], &[&path]);
    assert!(out.status.code().is_some_and(|c| c <= 1));
    assert!(
        out.stdout.len() < bytes * 40,
        "{} bytes of findings",
        out.stdout.len()
    );
}
