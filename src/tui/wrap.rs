//! Line wrapping by display width, with Chinese line-breaking rules.
//!
//! A terminal has no hanging punctuation and no half-width squeezing, so the rules are
//! applied by moving text: a character that may not start a row (，。、；：？！）》」” and
//! their ASCII forms) is pulled onto the previous row together with the character before
//! it, and a character that may not end a row (（《「“) is pushed onto the next row with
//! the character after it. Digit runs (`2020`, `3.5`, `90%`) and Latin words (`ICP`,
//! `www.gov.cn`) are kept whole. A double-width character never straddles the right
//! edge: when one column is left it starts the next row instead.
//!
//! Rows are byte ranges into the input, so callers keep styling (highlighted figures,
//! search matches) as byte ranges into the same text.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Characters that may not start a row: closing punctuation and marks that belong to
/// what precedes them.
const NO_START: &[char] = &[
    '\u{ff0c}', // ，
    '。', '、', '\u{ff1b}', // ；
    '\u{ff1a}', // ：
    '\u{ff1f}', // ？
    '\u{ff01}', // ！
    '\u{ff09}', // ）
    '》', '」', '』', '】', '〕', '〉', '”', '’', '…', '\u{ff05}', // ％
    '‰', ',', '.', ';', ':', '?', '!', ')', ']', '}', '%',
];

/// Characters that may not end a row: opening brackets and quotes.
const NO_END: &[char] = &[
    '\u{ff08}', // （
    '《', '「', '『', '【', '〔', '〈', '“', '‘', '(', '[', '{',
];

/// Whether `c` may not begin a row.
pub fn is_no_start(c: char) -> bool {
    NO_START.contains(&c)
}

/// Whether `c` may not end a row.
pub fn is_no_end(c: char) -> bool {
    NO_END.contains(&c)
}

/// Display width of a character as the terminal shows it. Tabs are drawn as one space;
/// other control characters are not drawn at all.
pub fn char_width(c: char) -> usize {
    if c == '\t' {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// Display width of a string.
pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Letters and digits that form words: ASCII, full-width forms, and other alphabetic
/// characters that are not ideographs (accented Latin, Greek, Cyrillic).
fn is_word_char(c: char) -> bool {
    if c.is_ascii_alphanumeric() {
        return true;
    }
    let full_width_alnum =
        matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}');
    full_width_alnum || (c.is_alphanumeric() && char_width(c) == 1)
}

/// Characters that join two word characters into one word: `3.5`, `1,234`, `10:30`,
/// `COVID-19`, `www.gov.cn`, `a_b`, `2021/01`.
fn is_word_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '-' | '_' | '/' | '@' | '\u{ff0e}')
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}'
}

/// One unbreakable piece of text: a word, a single character, or a run of spaces.
#[derive(Debug, Clone)]
struct Atom {
    range: Range<usize>,
    width: usize,
    /// A run of spaces where a row may break.
    space: bool,
    /// Spaces next to a mark that must not be separated from its neighbour
    /// (`（ 一` or `一 ，`): they belong to the chunk around them.
    sticky: bool,
}

/// Cut a line into atoms.
fn atoms(text: &str) -> Vec<Atom> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        if is_word_char(c) {
            // A word: word characters, joined across single joiners between them.
            while j < chars.len() {
                let next = chars[j].1;
                if is_word_char(next) {
                    j += 1;
                } else if is_word_joiner(next)
                    && chars
                        .get(j + 1)
                        .is_some_and(|&(_, after)| is_word_char(after))
                {
                    j += 2;
                } else {
                    break;
                }
            }
        } else if is_space(c) {
            while j < chars.len() && is_space(chars[j].1) {
                j += 1;
            }
        }
        let range = start..end_of(j);
        let width = str_width(&text[range.clone()]);
        out.push(Atom {
            range,
            width,
            space: is_space(c),
            sticky: false,
        });
        i = j;
    }
    // Spaces between an opening mark and its word, or a word and its closing mark, are
    // not break opportunities: breaking there would leave the mark alone at an edge.
    for k in 1..out.len().saturating_sub(1) {
        if out[k].space {
            let before = text[out[k - 1].range.clone()].chars().last();
            let after = text[out[k + 1].range.clone()].chars().next();
            if before.is_some_and(is_no_end) || after.is_some_and(is_no_start) {
                out[k].space = false;
                out[k].sticky = true;
            }
        }
    }
    out
}

/// A run of atoms with no break allowed inside (by the line-breaking rules).
#[derive(Debug)]
struct Chunk {
    atoms: Range<usize>,
    width: usize,
}

/// Group atoms into chunks: a no-start atom (or a `%` after a number) joins the chunk
/// before it, and a no-end atom joins the chunk after it. Spaces are chunks of their own.
fn chunks(text: &str, atoms: &[Atom]) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut glue_next = false;
    for (i, atom) in atoms.iter().enumerate() {
        let first = text[atom.range.clone()].chars().next().unwrap_or(' ');
        let last = text[atom.range.clone()].chars().last().unwrap_or(' ');
        let joins_previous = !atom.space
            && (glue_next || atom.sticky || is_no_start(first))
            && out.last().is_some_and(|c| !atoms[c.atoms.start].space);
        match out.last_mut() {
            Some(chunk) if joins_previous => {
                chunk.atoms.end = i + 1;
                chunk.width += atom.width;
            }
            _ => out.push(Chunk {
                atoms: i..i + 1,
                width: atom.width,
            }),
        }
        glue_next = !atom.space && (atom.sticky || is_no_end(last));
    }
    out
}

/// Wrap one line (no `\n`) to `width` columns. Returns the byte range of each row. Spaces
/// at a break are left out of both rows; spaces at the start of the line are kept
/// (indentation). An empty line gives one empty row. A `width` under 2 is treated as 2,
/// the least that holds a Chinese character.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(2);
    let atoms = atoms(text);
    let chunks = chunks(text, &atoms);
    let mut rows: Vec<Range<usize>> = Vec::new();
    let mut row: Option<Range<usize>> = None;
    let mut used = 0;

    // Close the current row and start a new one.
    fn flush(rows: &mut Vec<Range<usize>>, row: &mut Option<Range<usize>>, used: &mut usize) {
        if let Some(r) = row.take() {
            rows.push(r);
        }
        *used = 0;
    }

    for chunk in &chunks {
        let first = &atoms[chunk.atoms.start];
        if first.space {
            if row.is_none() && !rows.is_empty() {
                // Spaces at a break belong to neither row.
                continue;
            }
            if used + chunk.width > width {
                flush(&mut rows, &mut row, &mut used);
                continue;
            }
            extend(&mut row, first.range.clone());
            used += chunk.width;
            continue;
        }
        if used + chunk.width > width && used > 0 {
            flush(&mut rows, &mut row, &mut used);
        }
        if chunk.width <= width {
            let range = atoms[chunk.atoms.start].range.start..atoms[chunk.atoms.end - 1].range.end;
            extend(&mut row, range);
            used += chunk.width;
            continue;
        }
        // Too wide for any row: break between its atoms, and inside an atom between
        // characters, never splitting a double-width character at the edge.
        for atom in &atoms[chunk.atoms.clone()] {
            if atom.width <= width {
                if used + atom.width > width && used > 0 {
                    flush(&mut rows, &mut row, &mut used);
                }
                extend(&mut row, atom.range.clone());
                used += atom.width;
                continue;
            }
            for (offset, c) in text[atom.range.clone()].char_indices() {
                let w = char_width(c);
                if used + w > width && used > 0 {
                    flush(&mut rows, &mut row, &mut used);
                }
                let at = atom.range.start + offset;
                extend(&mut row, at..at + c.len_utf8());
                used += w;
            }
        }
    }
    flush(&mut rows, &mut row, &mut used);
    if rows.is_empty() {
        rows.push(0..0);
    }
    // Trailing spaces at the end of a row would only push the cursor; drop them.
    for r in &mut rows {
        let trimmed = text[r.clone()].trim_end_matches(is_space).len();
        if trimmed > 0 {
            r.end = r.start + trimmed;
        }
    }
    rows
}

fn extend(row: &mut Option<Range<usize>>, range: Range<usize>) {
    match row {
        Some(r) => r.end = range.end,
        None => *row = Some(range),
    }
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
