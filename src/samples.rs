//! The five sample reports, compiled into the binary so `baogao` with no arguments has
//! something real to show. They are the files of `samples/`, byte for byte: messy web
//! copies with page clutter, injected spam, traditional characters and broken numbering.

use std::path::{Path, PathBuf};

use crate::load::{source_from_bytes, LoadError};
use crate::report::Report;

/// (file name, bytes) of each bundled sample, in file-name order.
pub const FILES: [(&str, &[u8]); 5] = [
    (
        "dandong-2021.txt",
        include_bytes!("../samples/dandong-2021.txt"),
    ),
    (
        "houma-2023.txt",
        include_bytes!("../samples/houma-2023.txt"),
    ),
    (
        "puyang-2019.txt",
        include_bytes!("../samples/puyang-2019.txt"),
    ),
    (
        "shunyi-2023.txt",
        include_bytes!("../samples/shunyi-2023.txt"),
    ),
    (
        "xiangcheng-2020.txt",
        include_bytes!("../samples/xiangcheng-2020.txt"),
    ),
];

/// The path a bundled sample is shown under.
pub fn path_of(name: &str) -> PathBuf {
    Path::new("samples").join(name)
}

/// Parse one bundled sample.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Report, LoadError> {
    let source = source_from_bytes(&path_of(name), bytes)?;
    Ok(crate::parse_report(source.path, source.text))
}

/// All bundled samples, parsed.
pub fn reports() -> Result<Vec<Report>, LoadError> {
    FILES
        .iter()
        .map(|(name, bytes)| parse(name, bytes))
        .collect()
}
