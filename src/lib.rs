//! baogao (报告) — the library behind a terminal browser and reviewer for Chinese
//! government reports (法治政府建设年度报告).
//!
//! Data flows one way: bytes → text (`load`) → `Report` (`parse`) → views. The library
//! knows nothing about terminals; the CLI and the TUI are thin faces over it.
//!
//! ```
//! let reports = baogao::samples::reports().unwrap();
//! let xiangcheng = reports.iter().find(|r| r.name == "xiangcheng-2020").unwrap();
//! let repaired = xiangcheng.nodes.iter().find(|n| n.repaired).unwrap();
//! assert_eq!(repaired.number, "(七)");
//! assert_eq!(repaired.title, "推进法律顾问体系建设");
//! ```

pub mod cli;
pub mod contain;
pub mod corpus;
pub mod display;
#[doc(hidden)]
pub mod fuzzing;
pub mod indicators;
pub mod lint;
pub mod load;
pub mod parse;
pub mod report;
pub mod samples;
pub mod search;
pub mod segment;
pub mod tui;
pub mod watch;

pub use parse::parse_report;
pub use report::{Date, Diagnostic, Meta, Node, NodeKind, Report, Script, Severity};
