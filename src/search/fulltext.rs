//! Full-text search: a query matched literally in the text of every report, with the
//! same folding as headings (traditional → simplified, ASCII case, full-width ASCII), so
//! 行政复议 finds 行政復議 in a traditional report.
//!
//! Each report's text is folded once. Folding is char-to-char but not byte-to-byte (a
//! full-width letter is 3 bytes, its ASCII fold 1), so where byte lengths differ a table
//! maps folded byte offsets back to the report's text; most reports need none.

use std::ops::Range;

use memchr::memmem;

use crate::report::Report;

use super::fold;

/// One literal match in a report's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHit {
    /// Report index (in the slice the index was built from).
    pub report: usize,
    /// 1-based line of the match start.
    pub line: usize,
    /// Byte range of the match in `report.text`.
    pub range: Range<usize>,
}

#[derive(Debug)]
struct Doc {
    folded: String,
    /// Original byte offset for each folded byte offset (plus the end), when they differ.
    map: Option<Vec<u32>>,
}

impl Doc {
    fn new(text: &str) -> Doc {
        let simplified = fold::simplify(text);
        let mut folded = String::with_capacity(text.len());
        let mut map = Vec::new();
        let mut same = true;
        for ((orig_pos, orig), &simp) in text.char_indices().zip(&simplified) {
            let f = fold::fold_char(simp);
            same &= f.len_utf8() == orig.len_utf8();
            for _ in 0..f.len_utf8() {
                map.push(orig_pos as u32);
            }
            folded.push(f);
        }
        map.push(text.len() as u32);
        Doc {
            folded,
            map: (!same).then_some(map),
        }
    }

    fn original(&self, folded: usize) -> usize {
        self.map.as_ref().map_or(folded, |m| m[folded] as usize)
    }
}

/// The folded text of every report.
#[derive(Debug)]
pub struct TextIndex {
    docs: Vec<Doc>,
}

impl TextIndex {
    pub fn build(reports: &[Report]) -> TextIndex {
        use rayon::prelude::*;
        TextIndex {
            docs: reports.par_iter().map(|r| Doc::new(&r.text)).collect(),
        }
    }

    /// Every occurrence of `query` (trimmed, folded) in the reports, in report order
    /// then text order, at most `limit`. An empty query finds nothing.
    pub fn search(&self, reports: &[Report], query: &str, limit: usize) -> Vec<TextHit> {
        let needle = fold::fold_query(query.trim());
        if needle.is_empty() {
            return Vec::new();
        }
        let finder = memmem::Finder::new(needle.as_bytes());
        let mut hits = Vec::new();
        for (ri, (doc, report)) in self.docs.iter().zip(reports).enumerate() {
            for start in finder.find_iter(doc.folded.as_bytes()) {
                if hits.len() >= limit {
                    return hits;
                }
                let range = doc.original(start)..doc.original(start + needle.len());
                hits.push(TextHit {
                    report: ri,
                    line: report.line_of(range.start),
                    range,
                });
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_query_finds_traditional_text() {
        let reports = crate::samples::reports().unwrap();
        let index = TextIndex::build(&reports);
        let hits = index.search(&reports, "行政复议", 1000);
        let shunyi = reports
            .iter()
            .position(|r| r.name == "shunyi-2023")
            .unwrap();
        let in_shunyi: Vec<_> = hits.iter().filter(|h| h.report == shunyi).collect();
        assert!(!in_shunyi.is_empty());
        for h in in_shunyi {
            assert_eq!(&reports[shunyi].text[h.range.clone()], "行政復議");
        }
    }

    #[test]
    fn full_width_text_maps_back_to_its_bytes() {
        let doc = Doc::new("推进\u{ff21}\u{ff30}\u{ff30}建设");
        let start = doc.folded.find("app建设").unwrap();
        let text = "推进\u{ff21}\u{ff30}\u{ff30}建设";
        let range = doc.original(start)..doc.original(start + "app建设".len());
        assert_eq!(&text[range], "\u{ff21}\u{ff30}\u{ff30}建设");
    }
}
