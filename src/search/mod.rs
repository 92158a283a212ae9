//! Search: fuzzy search over the headings of every report, understanding simplified and
//! traditional characters and pinyin (full or initials), and literal full-text search
//! in the report bodies.
//!
//! ```
//! use baogao::search::SearchIndex;
//! let reports = baogao::samples::reports().unwrap();
//! let index = SearchIndex::build(&reports);
//! let hits = index.search("xzfy", 10);
//! let top = index.heading(hits[0].entry).unwrap();
//! assert!(top.title.contains("行政复议"));
//! ```
//!
//! - `fold`: the folded forms of a title and their maps back to its characters.
//! - `index`: `SearchIndex`, built once from the reports.
//! - `query`: `Query`, a query parsed into folded terms.
//! - `matcher`: `Hit`, ranking, and `Searcher` for incremental search.
//! - `fulltext`: literal search in report bodies.
//! - `worker`: a search thread for a UI, coalescing keystrokes.

pub mod fold;
pub mod fulltext;
pub mod index;
pub mod matcher;
pub mod query;
pub mod worker;

pub use fulltext::{TextHit, TextIndex};
pub use index::{Form, Heading, SearchIndex};
pub use matcher::{Hit, Searcher};
pub use query::Query;
pub use worker::SearchWorker;
