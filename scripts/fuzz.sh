#!/usr/bin/env bash
# Fuzz baogao for SECONDS (default 3600) of wall time per job.
#
#   scripts/fuzz.sh [SECONDS] [SEED] [JOBS]
#   FUZZ_ENGINE=mutator scripts/fuzz.sh 600     # force the deterministic fuzzer
#
# Engine: libFuzzer through cargo-fuzz when it is installed and builds here (the stable
# toolchain with RUSTC_BOOTSTRAP=1, no sanitizer: panics are what we look for), else the
# deterministic mutation fuzzer (examples/fuzz.rs). Both run the same harness,
# baogao::fuzzing::run, seeded from samples/, ../shared/corpus and
# ../shared/devset/reports. Crashing inputs land in fuzz/artifacts/; a fixed one goes to
# fuzz/regressions/ (replayed by `cargo test --test fuzz_smoke`).
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-3600}"
seed="${2:-1}"
jobs="${3:-1}"
engine="${FUZZ_ENGINE:-auto}"

libfuzzer_ok() {
    cargo fuzz --version >/dev/null 2>&1 &&
        RUSTC_BOOTSTRAP=1 cargo fuzz build pipeline --sanitizer none
}

if [ "$engine" != mutator ] && libfuzzer_ok; then
    mkdir -p fuzz/corpus/pipeline fuzz/artifacts
    cargo run --profile fuzz --example fuzz -- --write-seeds fuzz/seeds
    RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline --sanitizer none \
        fuzz/corpus/pipeline fuzz/seeds -- \
        -max_total_time="$secs" -max_len=65536 -timeout=60 -rss_limit_mb=4096 \
        -seed="$seed" -jobs="$jobs" -workers="$jobs" -print_final_stats=1
else
    if [ "$engine" = libfuzzer ]; then
        echo "fuzz.sh: cargo-fuzz is not available or does not build here" >&2
        exit 2
    fi
    # The fuzz profile: optimised, with overflow checks and debug assertions on.
    cargo build --profile fuzz --example fuzz
    status=0
    pids=()
    for j in $(seq 1 "$jobs"); do
        ./target/fuzz/examples/fuzz --seconds "$secs" --seed $((seed + j - 1)) \
            --out "fuzz/artifacts/mutator-$j" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
    exit "$status"
fi
