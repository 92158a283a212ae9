//! The CI smoke run of the fuzzer (30 s): the deterministic mutator over the
//! samples (and ../shared's reports when present) through `fuzzing::run`, the same
//! harness as the long runs (`scripts/fuzz.sh`). Also replays every input saved under
//! `fuzz/regressions/` (crashes found and fixed), which must all pass.
//!
//! A crash found here fails the test with the site, the message and the input written
//! to `target/fuzz-smoke/`, unless its site is listed in `fuzz/known-crashes.txt`
//! (crashes found in code being fixed elsewhere, with reproducers in
//! `fuzz/regressions/pending/`); those are printed, not failed, and the file says who
//! fixes them.

use std::path::PathBuf;
use std::time::Duration;

use baogao::fuzzing;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Sites of crashes known and being fixed elsewhere (`path:line`, one a line, `#`
/// comments).
fn known() -> Vec<String> {
    std::fs::read_to_string(root().join("fuzz/known-crashes.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn is_known(site: &str, known: &[String]) -> bool {
    // Sites are `file:line`; a fix elsewhere may move the line, so the file decides, and
    // a file in a dependency is named from its crate on (the registry's place differs
    // from machine to machine).
    let file = |s: &str| s.rsplit_once(':').map_or(s, |(f, _)| f).to_string();
    known.iter().any(|k| file(site).ends_with(&file(k)))
}

#[test]
fn regressions_replay_without_a_panic() {
    let dir = root().join("fuzz/regressions");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if !path.is_file() || path.extension().is_none_or(|e| e != "bin") {
            continue;
        }
        let input = std::fs::read(&path).unwrap();
        if let Err(message) = baogao::contain::catch(|| fuzzing::run(&input)) {
            panic!("{} panics again: {message}", path.display());
        }
        replayed += 1;
    }
    eprintln!("{replayed} regression inputs replayed");
}

#[test]
fn smoke_fuzz_finds_no_new_crash() {
    let mut dirs = vec![root().join("samples")];
    for shared in ["../shared/corpus", "../shared/devset/reports"] {
        let dir = root().join(shared);
        if dir.is_dir() {
            dirs.push(dir);
        } else {
            eprintln!(
                "NOTE: {} is absent; seeding from the samples only",
                dir.display()
            );
        }
    }
    let (files, _) = baogao::load::discover(&dirs);
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).unwrap()))
        .collect();
    // Short seeds: a debug build is slow, and short inputs reach as many code paths.
    baogao::contain::set_quiet(true);
    let seeds: Vec<Vec<u8>> = fuzzing::seeds_from(&files)
        .into_iter()
        .map(|mut s| {
            s.truncate(6 * 1024);
            s
        })
        .collect();
    let stats = fuzzing::campaign(seeds, 20_251_201, Duration::from_secs(30), u64::MAX, |_| {});
    eprintln!(
        "smoke fuzz: {} executions, {} unique crashes, corpus {}",
        stats.executions,
        stats.crashes.len(),
        stats.corpus
    );
    let known = known();
    let out = root().join("target/fuzz-smoke");
    let mut new = Vec::new();
    for (site, crash) in &stats.crashes {
        std::fs::create_dir_all(&out).unwrap();
        let file = out.join(format!("crash-{}.bin", site.replace(['/', ':', '.'], "_")));
        std::fs::write(&file, &crash.input).unwrap();
        let line = format!(
            "{site} ×{}: {} ({})",
            crash.count,
            crash.message,
            file.display()
        );
        if is_known(site, &known) {
            eprintln!("known crash (fuzz/known-crashes.txt): {line}");
        } else {
            new.push(line);
        }
    }
    assert!(new.is_empty(), "new crashes:\n{}", new.join("\n"));
    assert!(stats.executions > 0);
}
