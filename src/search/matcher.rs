//! Ranking headings against a query: skim's fuzzy scorer over the folded forms, best
//! form wins, a bonus for matches that start at a jieba word, every space-separated term
//! required, `'term` for an exact (folded) substring.
//!
//! The work per keystroke is kept small in three ways. A 128-bit character mask rejects
//! most headings before any string is read; a byte-level subsequence test (memchr)
//! rejects most of the rest before the skim scorer builds its matrix; and a `Searcher`
//! remembers which headings matched the previous query, so a query that only extends it
//! (`x`, `xz`, `xzf`…) looks at those alone. The scan runs on rayon's pool. Match
//! positions and word-start bonuses are computed afterwards, only for the few headings
//! that can reach the top `limit`.

use std::cmp::Ordering;
use std::sync::Arc;

use fuzzy_matcher::skim::{SkimMatcherV2, SkimScoreConfig};
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;
use rayon::prelude::*;

use super::fold;
use super::index::{mask_of, Entry, Form, SearchIndex};

/// Skim gives 16 a matched character, a few more when it follows the previous match, and
/// takes 3–4 for each gap. A term must average at least this much a character: a tight
/// match passes even with a gap or two, scattered letters picked across a long pinyin
/// string do not, so a query that means nothing returns nothing.
const MIN_SCORE_PER_CHAR: i64 = 11;
/// Added when a term's match starts where a jieba word starts (复议 in 行政复议).
const WORD_START_BONUS: i64 = 8;
/// Added for each later run of matched characters that also starts a word.
const WORD_RUN_BONUS: i64 = 4;
/// How many headings beyond `limit` get their positions and bonus computed.
const FINALIST_FACTOR: usize = 4;

/// One ranked heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Entry index in the `SearchIndex`.
    pub entry: usize,
    /// Report index (in the slice the index was built from).
    pub report: usize,
    /// Node index in that report's `nodes`.
    pub node: usize,
    pub score: i64,
    /// Matched character indices in the original title, sorted.
    pub matched: Vec<usize>,
}

/// One space-separated part of a query, folded like the titles.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    text: String,
    exact: bool,
    /// Letters and digits only: also tried against the pinyin forms.
    ascii: bool,
    mask: u128,
    chars: usize,
}

impl Term {
    fn new(text: String, exact: bool) -> Option<Term> {
        if text.is_empty() {
            return None;
        }
        Some(Term {
            ascii: text.bytes().all(|b| b.is_ascii_alphanumeric()),
            mask: mask_of(&text),
            chars: text.chars().count(),
            text,
            exact,
        })
    }
}

/// Split text into runs of ASCII letters/digits and runs of everything else.
fn script_runs(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = Vec::new();
    let mut last: Option<bool> = None;
    for c in text.chars() {
        let ascii = c.is_ascii_alphanumeric();
        match runs.last_mut() {
            Some(run) if last == Some(ascii) => run.push(c),
            _ => runs.push(c.to_string()),
        }
        last = Some(ascii);
    }
    runs
}

/// A parsed query: its terms, each folded to simplified lower-case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<Term>,
}

impl Query {
    pub fn parse(query: &str) -> Query {
        let mut terms = Vec::new();
        for raw in query.split(|c: char| c.is_whitespace()) {
            let (exact, raw) = match raw.strip_prefix('\'') {
                Some(rest) => (true, rest),
                None => (false, raw),
            };
            let text = fold::fold_query(raw);
            if exact {
                terms.extend(Term::new(text, true));
            } else {
                // A fuzzy term mixing pinyin and characters (`xz复议`, `行政fy`) is
                // split where the script changes, each part matched in its own forms.
                terms.extend(
                    script_runs(&text)
                        .into_iter()
                        .filter_map(|t| Term::new(t, false)),
                );
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every heading matching `self` also matched `prev`, so the search can be
    /// limited to `prev`'s candidates: each old term is a subsequence of the new term in
    /// its place (an exact old term needs the new one to contain it), extra terms only
    /// narrow further.
    fn narrows(&self, prev: &Query) -> bool {
        prev.terms.len() <= self.terms.len()
            && prev.terms.iter().zip(&self.terms).all(|(old, new)| {
                if old.exact {
                    new.exact && new.text.contains(&old.text)
                } else {
                    is_subsequence(new.text.as_bytes(), &old.text)
                }
            })
    }

    fn max_bonus(&self) -> i64 {
        self.terms
            .iter()
            .map(|t| WORD_START_BONUS + WORD_RUN_BONUS * (t.chars as i64 - 1))
            .sum()
    }
}

/// Whether the chars of `needle` occur in order in `hay`. Searching each char's UTF-8
/// bytes as a substring is exact for chars, because UTF-8 is self-synchronising.
fn is_subsequence(hay: &[u8], needle: &str) -> bool {
    let mut pos = 0;
    let mut buf = [0u8; 4];
    for c in needle.chars() {
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let found = if bytes.len() == 1 {
            memchr::memchr(bytes[0], &hay[pos..])
        } else {
            memmem::find(&hay[pos..], bytes)
        };
        match found {
            Some(i) => pos += i + bytes.len(),
            None => return false,
        }
    }
    true
}

/// Searches an index, remembering the last query's candidates for incremental narrowing.
/// Owns an `Arc` of the index so it can live on a worker thread.
pub struct Searcher {
    index: Arc<SearchIndex>,
    matcher: SkimMatcherV2,
    previous: Option<(Query, Vec<u32>)>,
}

impl Searcher {
    pub fn new(index: Arc<SearchIndex>) -> Self {
        Searcher {
            index,
            matcher: skim(),
            previous: None,
        }
    }

    pub fn index(&self) -> &Arc<SearchIndex> {
        &self.index
    }

    /// The best `limit` headings for `query`, best first. Reuses the previous query's
    /// candidates when `query` extends it.
    pub fn search(&mut self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.is_empty() {
            self.previous = None;
            return Vec::new();
        }
        let pool = match &self.previous {
            Some((prev, candidates)) if query.narrows(prev) => Some(candidates.as_slice()),
            _ => None,
        };
        let (hits, candidates) = run(&self.index, &self.matcher, &query, pool, limit);
        self.previous = Some((query, candidates));
        hits
    }
}

fn skim() -> SkimMatcherV2 {
    // Skim's position bonuses look for ASCII word shapes (string start, after a space or
    // a slash, camelCase). Chinese has none of these: the start of a title is no better
    // a place than the start of any word in it, and jieba knows where the words are. So
    // skim scores characters and gaps only, and `word_bonus` rewards word starts.
    let config = SkimScoreConfig {
        bonus_head: 0,
        bonus_break: 0,
        bonus_camel: 0,
        ..SkimScoreConfig::default()
    };
    // Titles and queries are folded to lower case already: compare chars as they are.
    SkimMatcherV2::default().score_config(config).respect_case()
}

impl SearchIndex {
    /// The best `limit` headings for `query`, best first (a one-off search; a UI should
    /// keep a `Searcher` to narrow incrementally).
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = Query::parse(query);
        if query.is_empty() {
            return Vec::new();
        }
        run(self, &skim(), &query, None, limit).0
    }
}

/// Score of one term in one heading: the best form, and whether it clears the minimum.
fn term_score(index: &SearchIndex, m: &SkimMatcherV2, e: &Entry, t: &Term) -> Option<(i64, Form)> {
    let mut best: Option<(i64, Form)> = None;
    let mut try_form = |form: Form, mask: u128| {
        if mask & t.mask != t.mask {
            return;
        }
        let s = index.form(e, form);
        let found = if t.exact {
            s.contains(&t.text)
        } else {
            is_subsequence(s.as_bytes(), &t.text)
        };
        if !found {
            return;
        }
        if let Some(score) = m.fuzzy_match(s, &t.text) {
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, form));
            }
        }
    };
    try_form(Form::Simplified, e.simplified_mask);
    if t.ascii {
        try_form(Form::Initials, u128::from(e.initials_mask));
        try_form(Form::Full, u128::from(e.full_mask));
    }
    best
}

/// Below this, a heading matched every term but too loosely to be shown.
const REJECTED: i64 = i64::MIN;

/// Phase one for one heading: `None` when some term does not occur at all, `REJECTED`
/// when all occur but one scores below the minimum, else the summed skim score.
fn raw_score(index: &SearchIndex, m: &SkimMatcherV2, e: &Entry, q: &Query) -> Option<i64> {
    let mut total = 0;
    let mut rejected = false;
    for t in &q.terms {
        let (score, _) = term_score(index, m, e, t)?;
        if score < MIN_SCORE_PER_CHAR * t.chars as i64 {
            rejected = true;
        }
        total += score;
    }
    Some(if rejected { REJECTED } else { total })
}

/// Scan `pool` (or the whole index), returning the top hits and the candidates (headings
/// where every term occurs) for the next, narrower query.
fn run(
    index: &SearchIndex,
    m: &SkimMatcherV2,
    q: &Query,
    pool: Option<&[u32]>,
    limit: usize,
) -> (Vec<Hit>, Vec<u32>) {
    let scan = |i: u32| raw_score(index, m, &index.entries[i as usize], q).map(|s| (i, s));
    let scored: Vec<(u32, i64)> = match pool {
        Some(pool) => pool
            .par_iter()
            .with_min_len(2048)
            .filter_map(|&i| scan(i))
            .collect(),
        None => (0..index.entries.len() as u32)
            .into_par_iter()
            .with_min_len(2048)
            .filter_map(scan)
            .collect(),
    };
    let candidates: Vec<u32> = scored.iter().map(|&(i, _)| i).collect();
    let mut passed: Vec<(u32, i64)> = scored.into_iter().filter(|&(_, s)| s != REJECTED).collect();
    if limit == 0 || passed.is_empty() {
        return (Vec::new(), candidates);
    }
    // Only headings within reach of the top `limit` once bonuses are added need
    // positions: at most FINALIST_FACTOR × limit of them, the best by raw score.
    let by_raw = |a: &(u32, i64), b: &(u32, i64)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
    let keep = (limit * FINALIST_FACTOR).min(passed.len());
    if passed.len() > keep {
        passed.select_nth_unstable_by(keep - 1, by_raw);
        passed.truncate(keep);
    }
    passed.sort_unstable_by(by_raw);
    let cutoff = passed[(limit - 1).min(passed.len() - 1)].1 - q.max_bonus();
    passed.retain(|&(_, s)| s >= cutoff);
    let mut hits: Vec<Hit> = passed
        .par_iter()
        .map(|&(i, _)| finish(index, m, i as usize, q))
        .collect();
    hits.sort_by(|a, b| rank(index, a, b));
    hits.truncate(limit);
    (hits, candidates)
}

fn rank(index: &SearchIndex, a: &Hit, b: &Hit) -> Ordering {
    let len = |h: &Hit| index.title_of(&index.entries[h.entry]).len();
    b.score
        .cmp(&a.score)
        .then_with(|| len(a).cmp(&len(b)))
        .then(a.entry.cmp(&b.entry))
}

/// Phase two for a finalist: positions in the original title and word-start bonuses.
fn finish(index: &SearchIndex, m: &SkimMatcherV2, i: usize, q: &Query) -> Hit {
    let e = &index.entries[i];
    let starts = index.word_starts_of(e);
    let mut pinyin: Option<(fold::Folded, fold::Folded)> = None;
    let mut matched = Vec::new();
    let mut score = 0;
    for t in &q.terms {
        let Some((raw, form)) = term_score(index, m, e, t) else {
            continue;
        };
        let text = index.form(e, form);
        let folded_pos: Vec<usize> = if t.exact {
            text.find(&t.text).map_or_else(Vec::new, |b| {
                let c = text[..b].chars().count();
                (c..c + t.chars).collect()
            })
        } else {
            m.fuzzy_indices(text, &t.text)
                .map_or_else(Vec::new, |(_, idx)| idx)
        };
        // The simplified form is char-aligned with the title; pinyin forms carry a map.
        let original = match form {
            Form::Simplified => folded_pos,
            Form::Full | Form::Initials => {
                let (full, initials) = pinyin
                    .get_or_insert_with(|| fold::pinyin_forms(index.form(e, Form::Simplified)));
                let f = if form == Form::Full {
                    &*full
                } else {
                    &*initials
                };
                f.to_original(folded_pos)
            }
        };
        score += raw + word_bonus(&original, starts);
        matched.extend(original);
    }
    matched.sort_unstable();
    matched.dedup();
    Hit {
        entry: i,
        report: e.report as usize,
        node: e.node as usize,
        score,
        matched,
    }
}

/// Bonus for runs of matched characters that begin a word: the first run counts most.
fn word_bonus(positions: &[usize], starts: &[u16]) -> i64 {
    let is_start = |p: usize| {
        starts
            .binary_search(&(p.min(u16::MAX as usize) as u16))
            .is_ok()
    };
    let mut bonus = 0;
    for (k, &p) in positions.iter().enumerate() {
        let run_start = k == 0 || positions[k - 1] + 1 != p;
        if run_start && is_start(p) {
            bonus += if k == 0 {
                WORD_START_BONUS
            } else {
                WORD_RUN_BONUS
            };
        }
    }
    bonus
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsequence_is_char_exact() {
        assert!(is_subsequence("行政复议".as_bytes(), "政议"));
        assert!(!is_subsequence("行政复议".as_bytes(), "议政"));
        assert!(is_subsequence(b"xingzhengfuyi", "xzfy"));
        assert!(!is_subsequence(b"xzf", "xzfy"));
    }

    #[test]
    fn query_terms_fold_and_exact_prefix() {
        let q = Query::parse("  行政復議\u{3000}'XZ ");
        assert_eq!(q.terms.len(), 2);
        assert_eq!(q.terms[0].text, "行政复议");
        assert!(!q.terms[0].exact && !q.terms[0].ascii);
        assert_eq!(q.terms[1].text, "xz");
        assert!(q.terms[1].exact && q.terms[1].ascii);
        assert!(Query::parse(" ' ").is_empty());
        let mixed: Vec<String> = Query::parse("xz复议")
            .terms
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(mixed, ["xz", "复议"]);
    }

    #[test]
    fn narrowing_only_for_extensions() {
        let p = |s| Query::parse(s);
        assert!(p("xzf").narrows(&p("xz")));
        assert!(p("xz fy").narrows(&p("xz")));
        assert!(p("行政复议").narrows(&p("行复")));
        assert!(!p("xz").narrows(&p("xzf")));
        assert!(!p("zx").narrows(&p("xz")));
        assert!(!p("xz").narrows(&p("'xz")));
        assert!(p("'xzf").narrows(&p("'xz")));
    }

    #[test]
    fn word_bonus_prefers_word_starts() {
        // 加强|行政|复议|工作 → starts 0 2 4 6
        let starts = [0u16, 2, 4, 6];
        assert_eq!(word_bonus(&[4, 5], &starts), WORD_START_BONUS);
        assert_eq!(word_bonus(&[5, 6], &starts), 0);
        assert_eq!(
            word_bonus(&[2, 4], &starts),
            WORD_START_BONUS + WORD_RUN_BONUS
        );
    }
}
