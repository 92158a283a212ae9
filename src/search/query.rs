//! A search query: space-separated terms, folded the way titles are, each with what the
//! matcher's prefilters need (character mask, substring finders).

use memchr::memmem::Finder;

use super::fold;
use super::index::{letter_pairs_of, mask_of, pairs_mask_of, LetterPairs};

/// One space-separated part of a query, folded like the titles.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    pub text: String,
    /// Must occur as a substring (the query wrote `'term`).
    pub exact: bool,
    /// Letters and digits only: also tried against the pinyin forms.
    pub ascii: bool,
    pub mask: u128,
    /// Bits of the adjacent pairs (see `index::pair_bit`).
    pub pair_mask: u128,
    /// Letter pairs, for the full pinyin form (see `index::letter_pairs_of`), as the
    /// non-zero words of the table only: the scan tests just those.
    pub letter_pairs: Vec<(usize, u64)>,
    pub chars: usize,
    /// Finds the whole term.
    pub finder: Finder<'static>,
    /// Finds each pair of adjacent characters (a pair that does not occur must be
    /// split by a gap in any match, which bounds the score).
    pub pairs: Vec<Finder<'static>>,
}

impl Term {
    fn new(text: String, exact: bool) -> Option<Term> {
        if text.is_empty() {
            return None;
        }
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let pairs = bounds
            .windows(3)
            .map(|w| Finder::new(&text.as_bytes()[w[0]..w[2]]).into_owned())
            .collect();
        Some(Term {
            ascii: text.bytes().all(|b| b.is_ascii_alphanumeric()),
            mask: mask_of(&text),
            pair_mask: pairs_mask_of(&text),
            letter_pairs: nonzero_words(letter_pairs_of(&text)),
            chars: text.chars().count(),
            finder: Finder::new(text.as_bytes()).into_owned(),
            pairs,
            text,
            exact,
        })
    }
}

fn nonzero_words(table: LetterPairs) -> Vec<(usize, u64)> {
    table
        .into_iter()
        .enumerate()
        .filter(|&(_, w)| w != 0)
        .collect()
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
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub(crate) terms: Vec<Term>,
}

impl Query {
    /// Split on whitespace (ASCII or ideographic); `'term` asks for an exact substring;
    /// a fuzzy term mixing pinyin and characters (`xz复议`, `行政fy`) is split where the
    /// script changes, each part matched in its own forms.
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

    /// The folded terms, for display and tests.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.text.as_str())
    }

    /// Whether every heading matching `self` also matched `prev`, so the search can be
    /// limited to `prev`'s candidates: each old term is a subsequence of the new term in
    /// its place (an exact old term needs the new one to contain it), extra terms only
    /// narrow further.
    pub(crate) fn narrows(&self, prev: &Query) -> bool {
        prev.terms.len() <= self.terms.len()
            && prev.terms.iter().zip(&self.terms).all(|(old, new)| {
                if old.exact {
                    new.exact && new.text.contains(&old.text)
                } else {
                    is_subsequence(new.text.as_bytes(), &old.text)
                }
            })
    }
}

/// Whether the chars of `needle` occur in order in `hay`. Searching each char's UTF-8
/// bytes as a substring is exact for chars, because UTF-8 is self-synchronising.
pub(crate) fn is_subsequence(hay: &[u8], needle: &str) -> bool {
    let mut pos = 0;
    let mut buf = [0u8; 4];
    for c in needle.chars() {
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let found = if bytes.len() == 1 {
            memchr::memchr(bytes[0], &hay[pos..])
        } else {
            memchr::memmem::find(&hay[pos..], bytes)
        };
        match found {
            Some(i) => pos += i + bytes.len(),
            None => return false,
        }
    }
    true
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
    fn terms_fold_and_exact_prefix() {
        let q = Query::parse("  行政復議\u{3000}'XZ ");
        assert_eq!(q.terms.len(), 2);
        assert_eq!(q.terms[0].text, "行政复议");
        assert!(!q.terms[0].exact && !q.terms[0].ascii);
        assert_eq!(q.terms[0].pairs.len(), 3);
        assert_eq!(q.terms[1].text, "xz");
        assert!(q.terms[1].exact && q.terms[1].ascii);
        assert!(Query::parse(" ' ").is_empty());
        let q = Query::parse("xz复议");
        let mixed: Vec<&str> = q.terms().collect();
        assert_eq!(mixed, ["xz", "复议"]);
    }

    #[test]
    fn narrowing_only_for_extensions() {
        let p = Query::parse;
        assert!(p("xzf").narrows(&p("xz")));
        assert!(p("xz fy").narrows(&p("xz")));
        assert!(p("行政复议").narrows(&p("行复")));
        assert!(!p("xz").narrows(&p("xzf")));
        assert!(!p("zx").narrows(&p("xz")));
        assert!(!p("xz").narrows(&p("'xz")));
        assert!(p("'xzf").narrows(&p("'xz")));
    }
}
