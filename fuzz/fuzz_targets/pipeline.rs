//! libFuzzer target: one input through the whole pipeline (`baogao::fuzzing::run`, the
//! same harness the deterministic fuzzer and the CI smoke test use).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = baogao::fuzzing::run(data);
});
