//! The heading index: every heading and point of every report, with its folded forms,
//! prefilter masks and word starts, packed into a few flat arrays.
//!
//! All strings live in one arena (`String`) addressed by `Span`s, so 200 000 headings
//! cost a handful of allocations, and the hot loop reads entries from one contiguous
//! `Vec`. Folding (zhconv, pinyin) and jieba segmentation run once, at build time, in
//! parallel; the position maps of the folded forms are not kept but recomputed for the
//! few results that are shown (`fold::forms` is deterministic), which halves the memory.

use rayon::prelude::*;

use jieba_rs::Jieba;

use crate::report::{NodeKind, Report};
use crate::segment;

use super::fold;

/// A byte range in the index's string arena.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Span {
    start: u32,
    len: u32,
}

/// Which folded form of a heading a term matched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Simplified,
    Full,
    Initials,
}

/// One indexed heading. Public fields describe it; the rest feeds the matcher.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub report: u32,
    pub node: u32,
    /// Entry index of the parent heading, `u32::MAX` for a top-level one.
    pub parent: u32,
    pub line: u32,
    pub level: u8,
    pub kind: NodeKind,
    title: Span,
    number: Span,
    simplified: Span,
    full: Span,
    initials: Span,
    /// Char offsets (in the title) where a jieba word starts: `word_starts[words]`.
    words: Span,
}

/// The characters present in the simplified form of a heading (see `char_bit`), and
/// its pairs of adjacent characters (see `pair_bit`: a term pair missing there cannot
/// be adjacent in the form). Kept apart from `Entry`, and from the pinyin masks, so a
/// scan for a Chinese term reads 32 contiguous bytes a heading and rejects most on
/// these alone.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HanziMasks {
    pub simplified: u128,
    pub simplified_pairs: u128,
}

/// The same for the pinyin forms, read by scans for pinyin terms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PinyinMasks {
    pub full: u64,
    pub initials: u64,
    pub initials_pairs: u128,
}

/// Bit of a character in a prefilter mask: ASCII letters and digits get their own bit,
/// every other character one of the remaining 92 by hash. A heading can only match a term
/// if its mask holds every bit of the term's mask.
pub(crate) fn char_bit(c: char) -> u128 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        _ => 36 + (c as u32).wrapping_mul(2_654_435_761) % 92,
    };
    1u128 << bit
}

pub(crate) fn mask_of(text: &str) -> u128 {
    text.chars().fold(0, |m, c| m | char_bit(c))
}

/// Bit of a pair of adjacent characters, by hash.
pub(crate) fn pair_bit(a: char, b: char) -> u128 {
    let h = (a as u32).wrapping_mul(0x9e37_79b1) ^ (b as u32).wrapping_mul(0x85eb_ca6b);
    1u128 << (h.wrapping_mul(0xc2b2_ae35) >> 25)
}

/// Letter pairs of a pinyin string, hashed into 256 bits. Full pinyin is long (a
/// 20-character title is 60 letters) and would fill a 128-bit mask, but it uses few of
/// the possible letter pairs (about 60 distinct in a title), so 256 bits stay selective:
/// `gz` (行政 → xingzheng) or `xz` single out the right headings. 32 bytes a heading,
/// read only by scans for pinyin terms.
pub(crate) type LetterPairs = [u64; 4];

pub(crate) fn letter_pairs_of(text: &str) -> LetterPairs {
    let mut bits = [0u64; 4];
    let mut prev = None;
    for c in text.chars() {
        if let Some(p) = prev {
            let h = ((p as u32).wrapping_mul(0x9e37_79b1) ^ (c as u32).wrapping_mul(0x85eb_ca6b))
                .wrapping_mul(0xc2b2_ae35)
                >> 24;
            bits[(h / 64) as usize] |= 1u64 << (h % 64);
        }
        prev = Some(c);
    }
    bits
}

pub(crate) fn pairs_mask_of(text: &str) -> u128 {
    let mut mask = 0;
    let mut prev = None;
    for c in text.chars() {
        if let Some(p) = prev {
            mask |= pair_bit(p, c);
        }
        prev = Some(c);
    }
    mask
}

/// What the index needs from one heading, before it is packed.
struct Prepared<'r> {
    report: u32,
    node: u32,
    parent: u32,
    line: u32,
    level: u8,
    kind: NodeKind,
    title: &'r str,
    number: &'r str,
    forms: fold::Forms,
    word_starts: Vec<u16>,
}

/// Every heading of a set of reports, ready to be searched.
#[derive(Debug, Default)]
pub struct SearchIndex {
    pub(crate) entries: Vec<Entry>,
    pub(crate) hanzi: Vec<HanziMasks>,
    pub(crate) pinyin: Vec<PinyinMasks>,
    /// Letter pairs of each full pinyin form, apart: only pinyin terms read them.
    pub(crate) full_pairs: Vec<LetterPairs>,
    arena: String,
    word_starts: Vec<u16>,
}

/// One heading as the index describes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading<'a> {
    /// Index of the report in the slice the index was built from.
    pub report: usize,
    /// Index of the node in `report.nodes`.
    pub node: usize,
    pub line: usize,
    pub level: u8,
    pub kind: NodeKind,
    pub number: &'a str,
    pub title: &'a str,
}

impl SearchIndex {
    /// Index every node of every report. Folding and segmentation run in parallel, a
    /// batch of reports at a time, so the folded forms with their position maps never
    /// exist for the whole corpus at once.
    pub fn build(reports: &[Report]) -> Self {
        const BATCH_NODES: usize = 8192;
        let jieba = segment::jieba();
        let mut index = SearchIndex::default();
        let total = reports.iter().map(|r| r.nodes.len()).sum();
        index.entries.reserve_exact(total);
        index.hanzi.reserve_exact(total);
        index.pinyin.reserve_exact(total);
        index.full_pairs.reserve_exact(total);
        let mut first = 0;
        while first < reports.len() {
            let mut last = first;
            let mut nodes = 0;
            while last < reports.len() && (last == first || nodes < BATCH_NODES) {
                nodes += reports[last].nodes.len();
                last += 1;
            }
            let base = index.entries.len() as u32;
            let mut bases = Vec::with_capacity(last - first);
            let mut offset = base;
            for r in &reports[first..last] {
                bases.push(offset);
                offset += r.nodes.len() as u32;
            }
            let prepared: Vec<Prepared<'_>> = reports[first..last]
                .par_iter()
                .zip(bases)
                .enumerate()
                .flat_map_iter(|(k, (report, base))| {
                    let ri = (first + k) as u32;
                    report.nodes.iter().enumerate().map(move |(ni, node)| {
                        let forms = fold::forms(&node.title);
                        let word_starts = word_starts(jieba, &forms.simplified.text);
                        Prepared {
                            report: ri,
                            node: ni as u32,
                            parent: node.parent.map_or(u32::MAX, |p| base + p as u32),
                            line: node.line as u32,
                            level: node.level,
                            kind: node.kind,
                            title: &node.title,
                            number: &node.number,
                            forms,
                            word_starts,
                        }
                    })
                })
                .collect();
            for p in prepared {
                index.push(p);
            }
            first = last;
        }
        index.arena.shrink_to_fit();
        index.word_starts.shrink_to_fit();
        index
    }

    fn store(&mut self, s: &str) -> Span {
        let start = self.arena.len() as u32;
        self.arena.push_str(s);
        Span {
            start,
            len: s.len() as u32,
        }
    }

    fn push(&mut self, p: Prepared<'_>) {
        let words = Span {
            start: self.word_starts.len() as u32,
            len: p.word_starts.len() as u32,
        };
        self.word_starts.extend_from_slice(&p.word_starts);
        let entry = Entry {
            report: p.report,
            node: p.node,
            parent: p.parent,
            line: p.line,
            level: p.level,
            kind: p.kind,
            title: self.store(p.title),
            number: self.store(p.number),
            simplified: self.store(&p.forms.simplified.text),
            full: self.store(&p.forms.full.text),
            initials: self.store(&p.forms.initials.text),
            words,
        };
        // Pinyin forms hold ASCII letters and digits only: their bits are the low 36.
        self.full_pairs.push(letter_pairs_of(&p.forms.full.text));
        self.hanzi.push(HanziMasks {
            simplified: mask_of(&p.forms.simplified.text),
            simplified_pairs: pairs_mask_of(&p.forms.simplified.text),
        });
        self.pinyin.push(PinyinMasks {
            full: mask_of(&p.forms.full.text) as u64,
            initials: mask_of(&p.forms.initials.text) as u64,
            initials_pairs: pairs_mask_of(&p.forms.initials.text),
        });
        self.entries.push(entry);
    }

    pub(crate) fn str_of(&self, span: Span) -> &str {
        let start = span.start as usize;
        &self.arena[start..start + span.len as usize]
    }

    pub(crate) fn form(&self, e: &Entry, form: Form) -> &str {
        self.str_of(match form {
            Form::Simplified => e.simplified,
            Form::Full => e.full,
            Form::Initials => e.initials,
        })
    }

    pub(crate) fn title_of(&self, e: &Entry) -> &str {
        self.str_of(e.title)
    }

    pub(crate) fn word_starts_of(&self, e: &Entry) -> &[u16] {
        let start = e.words.start as usize;
        &self.word_starts[start..start + e.words.len as usize]
    }

    /// Number of indexed headings.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The heading at entry `i` (entries are in report order, then document order).
    pub fn heading(&self, i: usize) -> Option<Heading<'_>> {
        let e = self.entries.get(i)?;
        Some(Heading {
            report: e.report as usize,
            node: e.node as usize,
            line: e.line as usize,
            level: e.level,
            kind: e.kind,
            number: self.str_of(e.number),
            title: self.title_of(e),
        })
    }

    /// Labels (`number` + `title`) of the headings above entry `i`, outermost first.
    pub fn heading_path(&self, i: usize) -> Vec<String> {
        let mut path = Vec::new();
        let mut cur = self.entries.get(i).map_or(u32::MAX, |e| e.parent);
        while let Some(e) = self.entries.get(cur as usize) {
            path.push(format!("{}{}", self.str_of(e.number), self.title_of(e)));
            cur = e.parent;
        }
        path.reverse();
        path
    }

    /// Heap bytes held by the index (entries, string arena, word starts), by capacity.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.hanzi.capacity() * std::mem::size_of::<HanziMasks>()
            + self.pinyin.capacity() * std::mem::size_of::<PinyinMasks>()
            + self.full_pairs.capacity() * std::mem::size_of::<LetterPairs>()
            + self.arena.capacity()
            + self.word_starts.capacity() * std::mem::size_of::<u16>()
    }
}

/// Char offsets where words start, from jieba's search mode, which also yields the words
/// inside long compounds (行政复议 gives 行政, 复议 and 行政复议), so a match on 复议
/// counts as starting at a word.
fn word_starts(jieba: &Jieba, simplified: &str) -> Vec<u16> {
    let mut starts: Vec<u16> = jieba
        .cut_for_search(simplified, true)
        .iter()
        .filter(|t| !t.word.trim().is_empty())
        .map(|t| t.start.min(u16::MAX as usize) as u16)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_words_expose_inner_starts() {
        let starts = word_starts(segment::jieba(), "加强行政复议工作");
        // 加强 | 行政复议 (行政, 复议) | 工作
        for s in [0u16, 2, 4, 6] {
            assert!(starts.contains(&s), "{s} missing from {starts:?}");
        }
        assert!(!starts.contains(&5));
    }

    #[test]
    fn index_holds_every_node_with_its_path() {
        let reports = crate::samples::reports().unwrap();
        let index = SearchIndex::build(&reports);
        let total: usize = reports.iter().map(|r| r.nodes.len()).sum();
        assert_eq!(index.len(), total);
        let i = (0..index.len())
            .find(|&i| index.heading(i).unwrap().title == "加强行政复议工作")
            .unwrap();
        let h = index.heading(i).unwrap();
        assert_eq!(reports[h.report].nodes[h.node].title, h.title);
        let path = index.heading_path(i);
        assert_eq!(path.len(), 2);
        assert!(path[1].ends_with("全面有效化解社会矛盾纠纷"), "{path:?}");
    }

    #[test]
    fn letter_pairs_hold_every_pair() {
        let full = letter_pairs_of("xingzhengfuyi");
        let term = letter_pairs_of("ngzh");
        assert!(full.iter().zip(&term).all(|(f, t)| t & !f == 0));
        let set: u32 = full.iter().map(|w| w.count_ones()).sum();
        assert!(set <= 12, "{set} bits for 12 pairs");
    }

    #[test]
    fn masks_reject_missing_characters() {
        let m = mask_of("行政复议");
        assert_eq!(m & mask_of("复议"), mask_of("复议"));
        assert_eq!(mask_of("xzfy") & mask_of("xz"), mask_of("xz"));
    }
}
