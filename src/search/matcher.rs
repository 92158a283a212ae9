//! Ranking headings against a query: skim's fuzzy scorer over the folded forms, best
//! form wins, a bonus for matches that start at a jieba word, every space-separated term
//! required, `'term` for an exact (folded) substring.
//!
//! Skim's score is known without running skim in the common case: a term that occurs
//! whole in a form scores the maximum, `TOP(n)`, and each gap a fuzzy match must take
//! costs at least `GAP_COST`, so an adjacent pair of query characters that occurs
//! nowhere in the form bounds the score from above. The scan therefore reads only the
//! per-heading masks (characters present, adjacent pairs present) and gives each heading
//! an upper bound; the text of a heading is read (memchr substring and subsequence tests)
//! and, for fuzzy matches, scored by skim only while its bound could still reach the top.
//! The result is the ranking skim would give over every heading (up to ties), at a
//! fraction of the cost. A `Searcher` also remembers which headings passed the masks for
//! the previous query, so a query that only extends it (`x`, `xz`, `xzf`…) scans those
//! alone. Scans run on rayon's pool.

use std::cmp::Ordering;
use std::sync::Arc;

use fuzzy_matcher::skim::{SkimMatcherV2, SkimScoreConfig};
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

use super::fold;
use super::index::{Form, SearchIndex};
use super::query::{is_subsequence, Query, Term};

/// A term must average at least this much a character. Skim gives 16 a character, 4
/// more when it follows the previous match, and takes 7 + its length for each gap: a
/// tight match passes even with a gap or two, letters picked one by one across a long
/// pinyin string do not, so a query that means nothing returns nothing.
const MIN_SCORE_PER_CHAR: i64 = 11;
/// Skim's score (with the configuration of `skim()`) for a term occurring whole.
fn top_score(chars: usize) -> i64 {
    20 * chars as i64 - 5
}
/// The least a gap costs: the gap penalty (7 + length) plus the lost adjacency bonus
/// is at least 8.
const GAP_COST: i64 = 8;
/// Added when a term's match starts where a jieba word starts (复议 in 行政复议).
const WORD_START_BONUS: i64 = 8;
/// Added for each later run of matched characters that also starts a word.
const WORD_RUN_BONUS: i64 = 4;
/// How many headings beyond `limit` get their positions and bonus computed.
const FINALIST_FACTOR: usize = 2;
/// Scan marker for a heading where every term occurs but one scores below the minimum.
const REJECTED: i64 = i64::MIN;

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

/// The forms a term is tried in: those whose mask holds all of the term's characters.
/// A term of ASCII letters and digits is tried in the pinyin forms only: they hold the
/// title's own ASCII letters and digits too, in order, so the simplified form adds
/// nothing (and the scan reads half the masks).
fn forms_for(index: &SearchIndex, i: usize, t: &Term) -> impl Iterator<Item = Form> {
    let want = t.mask;
    let (hanzi, pinyin) = (&index.hanzi[i], &index.pinyin[i]);
    [
        (Form::Simplified, hanzi.simplified, !t.ascii),
        (Form::Initials, u128::from(pinyin.initials), t.ascii),
        (Form::Full, u128::from(pinyin.full), t.ascii),
    ]
    .into_iter()
    .filter(move |&(_, mask, used)| used && mask & want == want)
    .map(|(form, _, _)| form)
}

/// How much the scan knows about a term in a heading (each level costs more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Known {
    /// From the masks alone, without reading the text: the characters are all there,
    /// and each pair of adjacent query characters missing from the pair mask forces a
    /// gap.
    Masked,
    /// The form was read: a subsequence exists, and the pairs that occur nowhere in it
    /// each force a gap.
    Paired,
    /// Skim's score (or the term occurs whole, which scores the maximum).
    Exact,
}

/// Level `Masked`: a bound from the masks alone, for every heading in the pool. The
/// text is not read (for most headings it would be a cache miss, the main cost).
fn term_quick(index: &SearchIndex, i: usize, t: &Term) -> Option<(i64, Known)> {
    // Written out rather than with `forms_for`: this runs for every heading in the pool.
    let top = top_score(t.chars);
    let mut best = None;
    let consider = |best: &mut Option<i64>, missing: u32| {
        let missing = i64::from(missing);
        // An exact term must occur whole: no pair may be missing.
        if !(t.exact && missing > 0) {
            *best = (*best).max(Some(top - GAP_COST * missing));
        }
    };
    if !t.ascii {
        let h = &index.hanzi[i];
        if h.simplified & t.mask != t.mask {
            return None;
        }
        consider(&mut best, (t.pair_mask & !h.simplified_pairs).count_ones());
    } else {
        let p = &index.pinyin[i];
        let initials = u128::from(p.initials) & t.mask == t.mask;
        let full = u128::from(p.full) & t.mask == t.mask;
        if t.chars == 1 && (initials || full) {
            // ASCII letters and digits have a bit of their own: the mask is the answer.
            return Some((top, Known::Exact));
        }
        if initials {
            consider(&mut best, (t.pair_mask & !p.initials_pairs).count_ones());
        }
        // The full form cannot beat a bound that is already the maximum.
        if full && best != Some(top) {
            let pairs = &index.full_pairs[i];
            let missing = t
                .letter_pairs
                .iter()
                .map(|&(w, want)| (want & !pairs[w]).count_ones())
                .sum();
            consider(&mut best, missing);
        }
    }
    best.map(|b| (b, Known::Masked))
}

/// Level `Paired` (or `Exact` when the term occurs whole): read the forms, check the
/// term occurs, and bound its score by the pairs that occur nowhere in the form.
fn term_paired(index: &SearchIndex, i: usize, t: &Term) -> Option<(i64, Known)> {
    let e = &index.entries[i];
    let top = top_score(t.chars);
    let mut best = None;
    for form in forms_for(index, i, t) {
        let s = index.form(e, form).as_bytes();
        if t.finder.find(s).is_some() {
            return Some((top, Known::Exact));
        }
        if t.exact || !is_subsequence(s, &t.text) {
            continue;
        }
        let gaps = t.pairs.iter().filter(|p| p.find(s).is_none()).count();
        best = best.max(Some(top - GAP_COST * gaps.max(1) as i64));
    }
    best.map(|b| (b, Known::Paired))
}

/// Skim's score of the term in its best form.
fn term_score(index: &SearchIndex, m: &SkimMatcherV2, i: usize, t: &Term) -> Option<(i64, Form)> {
    let e = &index.entries[i];
    let mut best: Option<(i64, Form)> = None;
    for form in forms_for(index, i, t) {
        let s = index.form(e, form);
        let found = if t.exact {
            t.finder.find(s.as_bytes()).is_some()
        } else {
            is_subsequence(s.as_bytes(), &t.text)
        };
        if !found {
            continue;
        }
        if let Some(score) = m.fuzzy_match(s, &t.text) {
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, form));
            }
        }
    }
    best
}

/// What the scan knows of one heading: its score, or a bound on it.
#[derive(Debug, Clone, Copy)]
struct Scan {
    entry: u32,
    /// Exact summed score when `known` is `Exact`, else an upper bound.
    score: i64,
    /// The least known of the terms.
    known: Known,
}

impl Scan {
    fn is_exact(&self) -> bool {
        self.known == Known::Exact
    }
}

fn below_minimum(score: i64, t: &Term) -> bool {
    score < MIN_SCORE_PER_CHAR * t.chars as i64
}

/// The first look at a heading: `None` when a term cannot match it. A heading whose
/// bound is already below the minimum is kept (as a candidate for the next keystroke:
/// a longer term may match it better) with the score `REJECTED`.
fn scan(index: &SearchIndex, i: u32, q: &Query) -> Option<Scan> {
    let mut total = 0;
    let mut known = Known::Exact;
    let mut rejected = false;
    for t in &q.terms {
        let (score, k) = term_quick(index, i as usize, t)?;
        rejected |= below_minimum(score, t);
        known = known.min(k);
        total += score;
    }
    Some(Scan {
        entry: i,
        score: if rejected { REJECTED } else { total },
        known: if rejected { Known::Exact } else { known },
    })
}

/// Settle the score of a heading whose score is a bound.
fn refine(index: &SearchIndex, m: &SkimMatcherV2, s: &mut Scan, q: &Query) {
    let i = s.entry as usize;
    let mut total = 0;
    let mut known = Known::Exact;
    for t in &q.terms {
        // Reading the forms settles whole occurrences and rules out non-matches; skim
        // runs only for the fuzzy rest, and only if the pair bound clears the minimum.
        let step = match term_paired(index, i, t) {
            Some((score, Known::Exact)) => Some((score, Known::Exact)),
            Some((bound, _)) if below_minimum(bound, t) => None,
            Some(_) => term_score(index, m, i, t).map(|(score, _)| (score, Known::Exact)),
            None => None,
        };
        match step {
            Some((score, k)) if !below_minimum(score, t) => {
                total += score;
                known = known.min(k);
            }
            _ => {
                total = REJECTED;
                break;
            }
        }
    }
    s.score = total;
    s.known = if total == REJECTED {
        Known::Exact
    } else {
        known
    };
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
    let mut scans: Vec<Scan> = match pool {
        Some(pool) => pool
            .par_iter()
            .with_min_len(4096)
            .filter_map(|&i| scan(index, i, q))
            .collect(),
        None => (0..index.entries.len() as u32)
            .into_par_iter()
            .with_min_len(4096)
            .filter_map(|i| scan(index, i, q))
            .collect(),
    };
    let candidates: Vec<u32> = scans.iter().map(|s| s.entry).collect();
    scans.retain(|s| s.score != REJECTED);
    if limit == 0 || scans.is_empty() {
        return (Vec::new(), candidates);
    }
    // The best `keep` by raw score, exactly. Headings known exactly are settled; the
    // others have a bound. Settle the best-bounded ones a batch at a time (batches
    // doubling, so a loose bound costs few rounds) until no bound beats the `keep`-th
    // settled score. Most headings are never read at all.
    let keep = limit * FINALIST_FACTOR;
    let by_score = |a: &Scan, b: &Scan| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry));
    let (mut settled, mut pending): (Vec<Scan>, Vec<Scan>) =
        scans.into_iter().partition(Scan::is_exact);
    let mut batch = keep;
    loop {
        let floor = if settled.len() >= keep {
            settled.select_nth_unstable_by(keep - 1, by_score);
            settled.truncate(keep);
            settled[keep - 1].score
        } else {
            REJECTED
        };
        pending.retain(|s| s.score > floor);
        if pending.is_empty() {
            break;
        }
        let take = batch.min(pending.len());
        if take < pending.len() {
            pending.select_nth_unstable_by(take - 1, by_score);
        }
        let mut chunk: Vec<Scan> = pending.drain(..take).collect();
        chunk
            .par_iter_mut()
            .with_min_len(64)
            .for_each(|s| refine(index, m, s, q));
        settled.extend(chunk.into_iter().filter(|s| s.score != REJECTED));
        batch *= 2;
    }
    let mut scans = settled;
    if scans.is_empty() {
        return (Vec::new(), candidates);
    }
    let keep = keep.min(scans.len());
    scans.select_nth_unstable_by(keep - 1, by_score);
    scans.truncate(keep);
    scans.sort_unstable_by(by_score);
    // Bonuses can lift a heading by at most `max_bonus`: those further below the
    // `limit`-th cannot make the list.
    let cutoff = scans[(limit - 1).min(scans.len() - 1)].score - max_bonus(q);
    scans.retain(|s| s.score >= cutoff);
    let mut hits: Vec<Hit> = scans
        .par_iter()
        .map(|s| finish(index, m, s.entry as usize, q))
        .collect();
    hits.sort_by(|a, b| rank(index, a, b));
    hits.truncate(limit);
    (hits, candidates)
}

fn max_bonus(q: &Query) -> i64 {
    q.terms
        .iter()
        .map(|t| WORD_START_BONUS + WORD_RUN_BONUS * (t.chars as i64 - 1))
        .sum()
}

fn rank(index: &SearchIndex, a: &Hit, b: &Hit) -> Ordering {
    let len = |h: &Hit| index.title_of(&index.entries[h.entry]).len();
    b.score
        .cmp(&a.score)
        .then_with(|| len(a).cmp(&len(b)))
        .then(a.entry.cmp(&b.entry))
}

/// Where a term matched in a heading: form, raw score, folded char positions.
fn locate(
    index: &SearchIndex,
    m: &SkimMatcherV2,
    i: usize,
    t: &Term,
    pinyin: &mut Option<(fold::Folded, fold::Folded)>,
) -> Option<(i64, Vec<usize>)> {
    let e = &index.entries[i];
    let starts = index.word_starts_of(e);
    let to_original = |form: Form, folded: Vec<usize>, pinyin: &mut Option<_>| match form {
        // The simplified form is char-aligned with the title; pinyin forms carry a map.
        Form::Simplified => folded,
        Form::Full | Form::Initials => {
            let (full, initials): &(fold::Folded, fold::Folded) =
                pinyin.get_or_insert_with(|| fold::pinyin_forms(index.form(e, Form::Simplified)));
            let f = if form == Form::Full { full } else { initials };
            f.to_original(folded)
        }
    };
    // A whole occurrence scores the maximum; prefer one that starts a word.
    for form in forms_for(index, i, t) {
        let s = index.form(e, form);
        let mut first = None;
        for b in t.finder.find_iter(s.as_bytes()) {
            let c = s[..b].chars().count();
            let original = to_original(form, (c..c + t.chars).collect(), pinyin);
            let at_word = original.first().is_some_and(|&p| is_word_start(starts, p));
            if at_word {
                first = Some(original);
                break;
            }
            first.get_or_insert(original);
        }
        if let Some(original) = first {
            return Some((top_score(t.chars), original));
        }
    }
    let (score, form) = term_score(index, m, i, t)?;
    let (_, folded) = m.fuzzy_indices(index.form(e, form), &t.text)?;
    Some((score, to_original(form, folded, pinyin)))
}

/// A finalist's positions in the original title and its score with word-start bonuses.
fn finish(index: &SearchIndex, m: &SkimMatcherV2, i: usize, q: &Query) -> Hit {
    let e = &index.entries[i];
    let starts = index.word_starts_of(e);
    let mut pinyin = None;
    let mut matched = Vec::new();
    let mut score = 0;
    for t in &q.terms {
        if let Some((raw, original)) = locate(index, m, i, t, &mut pinyin) {
            score += raw + word_bonus(&original, starts);
            matched.extend(original);
        }
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

fn is_word_start(starts: &[u16], p: usize) -> bool {
    starts
        .binary_search(&(p.min(u16::MAX as usize) as u16))
        .is_ok()
}

/// Bonus for runs of matched characters that begin a word: the first run counts most.
fn word_bonus(positions: &[usize], starts: &[u16]) -> i64 {
    let mut bonus = 0;
    for (k, &p) in positions.iter().enumerate() {
        let run_start = k == 0 || positions[k - 1] + 1 != p;
        if run_start && is_word_start(starts, p) {
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

    #[test]
    fn ascii_in_titles_is_found_through_the_pinyin_forms() {
        let text = "一、推进APP建设\n正文。\n二、加强行政复议\n正文。\n";
        let report = crate::parse_report(std::path::PathBuf::from("t.txt"), text);
        let index = SearchIndex::build(std::slice::from_ref(&report));
        for query in ["app", "APP", "'app", "app js"] {
            let hits = index.search(query, 10);
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(report.nodes[hits[0].node].title, "推进APP建设");
        }
        assert_eq!(index.search("app", 10)[0].matched, [2, 3, 4]);
    }

    /// The scan trusts these two facts about skim's scores; if a fuzzy-matcher upgrade
    /// changes them, rankings would silently differ from skim's.
    #[test]
    fn skim_scores_match_the_bounds() {
        let m = skim();
        for (choice, pattern) in [("ab", "ab"), ("xxabcxx", "abc"), ("行政复议工作", "复议")]
        {
            let n = pattern.chars().count();
            assert_eq!(m.fuzzy_match(choice, pattern), Some(top_score(n)));
        }
        for (choice, pattern) in [
            ("axb", "ab"),
            ("axxxxxb", "ab"),
            ("abxcd", "abcd"),
            ("复核议定", "复议"),
        ] {
            let n = pattern.chars().count();
            let score = m.fuzzy_match(choice, pattern).unwrap();
            assert!(
                score <= top_score(n) - GAP_COST,
                "{choice} {pattern} {score}"
            );
        }
        // Two missing pairs: at least two gaps.
        let score = m.fuzzy_match("axbxc", "abc").unwrap();
        assert!(score <= top_score(3) - 2 * GAP_COST);
    }
}
