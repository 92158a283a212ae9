//! The deterministic mutation fuzzer, for long runs (`scripts/fuzz.sh` runs it, or
//! cargo-fuzz when that builds):
//!
//! ```sh
//! cargo run --profile fuzz --example fuzz -- [--seconds N] [--seed S] [--out DIR] [SEED_DIR]...
//! cargo run --profile fuzz --example fuzz -- --write-seeds DIR [SEED_DIR]...
//! ```
//!
//! Seeds are the report files under the seed folders (default: `samples`,
//! `../shared/corpus`, `../shared/devset/reports`, those that exist), each read several
//! ways (`fuzzing::seeds_from`). Every input goes through `fuzzing::run` under
//! `contain::catch`; crashes are grouped by where they were raised, and the smallest
//! input of each is written to `DIR/crash-<site>.bin` (default `fuzz/artifacts`). The
//! input being run is kept in `DIR/last-input.bin`, so one that aborts the process (a
//! stack overflow) is not lost. `--write-seeds` writes the seed inputs as files, for
//! libFuzzer's corpus. Exit status 1 when anything crashed.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use baogao::fuzzing;

fn main() {
    // Crashes are reported at the end, grouped; not one backtrace per execution.
    baogao::contain::set_quiet(true);
    let mut seconds = 60u64;
    let mut seed = 1u64;
    let mut out = PathBuf::from("fuzz/artifacts");
    let mut write_seeds: Option<PathBuf> = None;
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--seconds" => seconds = value().parse().unwrap_or(seconds),
            "--seed" => seed = value().parse().unwrap_or(seed),
            "--out" => out = PathBuf::from(value()),
            "--write-seeds" => write_seeds = Some(PathBuf::from(value())),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if dirs.is_empty() {
        dirs = ["samples", "../shared/corpus", "../shared/devset/reports"]
            .iter()
            .map(PathBuf::from)
            .filter(|d| d.is_dir())
            .collect();
    }
    let (files, _) = baogao::load::discover(&dirs);
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read(p).ok()?)))
        .collect();
    let seeds = fuzzing::seeds_from(&files);
    if let Some(dir) = write_seeds {
        std::fs::create_dir_all(&dir).expect("seed folder");
        for (i, s) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:04}.bin")), s).expect("seed file");
        }
        println!(
            "{} seeds from {} files written to {}",
            seeds.len(),
            files.len(),
            dir.display()
        );
        return;
    }
    std::fs::create_dir_all(&out).expect("output folder");
    let last = out.join("last-input.bin");
    eprintln!(
        "fuzzing {} seeds from {} files for {seconds} s, seed {seed}",
        seeds.len(),
        files.len()
    );
    let wall = Instant::now();
    let cpu_before = cpu_seconds();
    let stats = fuzzing::campaign(
        seeds,
        seed,
        Duration::from_secs(seconds),
        u64::MAX,
        |input| {
            let _ = std::fs::write(&last, input);
        },
    );
    let cpu = cpu_seconds() - cpu_before;
    for (site, crash) in &stats.crashes {
        let name = site.replace(['/', ':', '.'], "_");
        let path = out.join(format!("crash-{name}.bin"));
        let _ = std::fs::write(&path, &crash.input);
        println!(
            "CRASH {site} ×{}: {} → {} ({} bytes)",
            crash.count,
            crash.message,
            path.display(),
            crash.input.len()
        );
    }
    let _ = std::fs::remove_file(&last);
    let slowest = stats
        .slowest
        .as_ref()
        .map(|(d, input)| {
            let path = out.join("slowest.bin");
            let _ = std::fs::write(&path, input);
            format!("{:.2} s ({})", d.as_secs_f64(), path.display())
        })
        .unwrap_or_default();
    println!(
        "executions {}, wall {:.0} s, CPU {:.0} s, unique crashes {}, corpus {}, slowest {slowest}",
        stats.executions,
        wall.elapsed().as_secs_f64(),
        cpu,
        stats.crashes.len(),
        stats.corpus
    );
    if !stats.crashes.is_empty() {
        std::process::exit(1);
    }
}

/// CPU time used by this process so far (user + system), in seconds.
fn cpu_seconds() -> f64 {
    #[cfg(unix)]
    {
        let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
        // SAFETY: getrusage fills the struct it is given; RUSAGE_SELF is always valid.
        let usage = unsafe {
            libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
            usage.assume_init()
        };
        let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
        secs(usage.ru_utime) + secs(usage.ru_stime)
    }
    #[cfg(not(unix))]
    {
        0.0
    }
}
