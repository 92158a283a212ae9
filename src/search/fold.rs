//! Folding a heading into the forms a query is matched against: simplified characters,
//! full pinyin without tones, pinyin initials, with ASCII lower-cased everywhere.
//!
//! Every folded form keeps, for each of its characters, the index of the character of
//! the original title it came from, so a match found in `xingzhengfuyi` or in the
//! simplified form of 行政復議 is highlighted on the right characters of the title as
//! written. Folding is pure and deterministic: the index stores the folded text only and
//! folds a title again when a result needs its positions.

use pinyin::ToPinyin;
use zhconv::{zhconv, Variant};

/// A folded form and, per folded character, the original character index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the index (in chars) in the original title of folded char `i`.
    pub map: Vec<u32>,
}

impl Folded {
    /// Map folded char indices to sorted, deduplicated original char indices.
    pub fn to_original(&self, folded: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut out: Vec<usize> = folded
            .into_iter()
            .filter_map(|i| self.map.get(i).map(|&o| o as usize))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The three forms a heading is searched in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Forms {
    /// Simplified characters, ASCII lower-cased, full-width ASCII made half-width.
    pub simplified: Folded,
    /// Pinyin syllables without tones (`xingzhengfuyi`), plus ASCII letters and digits.
    pub full: Folded,
    /// First letter of each syllable (`xzfy`), plus ASCII letters and digits.
    pub initials: Folded,
}

/// Fold one character for matching: full-width ASCII to ASCII, ASCII to lower case.
/// Chinese characters are left to `simplify`, which needs their neighbours.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// Traditional to simplified characters, one output char per input char.
///
/// zhconv converts whole phrases, which is the better guess for characters with several
/// simplified forms; when a phrase rule changes the length (a regional word swapped for
/// another), the char-to-char alignment is lost, so such text is converted one character
/// at a time instead, keeping the positions exact.
pub fn simplify(text: &str) -> Vec<char> {
    let original: Vec<char> = text.chars().collect();
    if original.iter().all(char::is_ascii) {
        return original;
    }
    let converted: Vec<char> = zhconv(text, Variant::ZhHans).chars().collect();
    if converted.len() == original.len() {
        return converted;
    }
    let mut buf = [0u8; 4];
    original
        .iter()
        .map(|&c| {
            if c.is_ascii() {
                return c;
            }
            let one = zhconv(c.encode_utf8(&mut buf), Variant::ZhHans);
            let mut chars = one.chars();
            match (chars.next(), chars.next()) {
                (Some(s), None) => s,
                _ => c,
            }
        })
        .collect()
}

/// Fold text to the simplified, lower-cased form, char-aligned with `text`.
pub fn simplified(text: &str) -> Folded {
    let chars = simplify(text);
    Folded {
        text: chars.iter().map(|&c| fold_char(c)).collect(),
        map: (0..chars.len() as u32).collect(),
    }
}

/// Fold a query term the way titles are folded (no positions needed).
pub fn fold_query(term: &str) -> String {
    simplify(term).into_iter().map(fold_char).collect()
}

/// Fold a title into its three searchable forms.
pub fn forms(title: &str) -> Forms {
    let simplified = simplified(title);
    let (full, initials) = pinyin_forms(&simplified.text);
    Forms {
        simplified,
        full,
        initials,
    }
}

/// The full pinyin and initials of an already simplified title. The simplified form is
/// char-aligned with the title, so the maps point into the original title too; the
/// matcher uses this to recover positions without running zhconv again.
pub fn pinyin_forms(simplified: &str) -> (Folded, Folded) {
    let mut full = Folded::default();
    let mut initials = Folded::default();
    for (i, c) in simplified.chars().enumerate() {
        let i = i as u32;
        if c.is_ascii_alphanumeric() {
            for f in [&mut full, &mut initials] {
                f.text.push(c);
                f.map.push(i);
            }
        } else if let Some(py) = c.to_pinyin() {
            // `ü` is typed `v` on Chinese keyboards (lv for 绿).
            let mut letters = py.plain().chars().map(|l| if l == 'ü' { 'v' } else { l });
            if let Some(first) = letters.next() {
                initials.text.push(first);
                initials.map.push(i);
                full.text.push(first);
                full.map.push(i);
            }
            for l in letters {
                full.text.push(l);
                full.map.push(i);
            }
        }
        // Punctuation has no pinyin and is left out of the pinyin forms.
    }
    (full, initials)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(title: &str, idx: &[usize]) -> String {
        let chars: Vec<char> = title.chars().collect();
        idx.iter().map(|&i| chars[i]).collect()
    }

    #[test]
    fn traditional_folds_to_simplified_char_aligned() {
        let f = forms("紮實推進行政復議工作");
        assert_eq!(f.simplified.text, "扎实推进行政复议工作");
        let start = f.simplified.text.chars().position(|c| c == '复').unwrap();
        let hit = f.simplified.to_original([start, start + 1]);
        assert_eq!(at("紮實推進行政復議工作", &hit), "復議");
    }

    #[test]
    fn full_pinyin_maps_back_to_characters() {
        let title = "加强行政复议工作";
        let f = forms(title);
        assert_eq!(f.full.text, "jiaqiangxingzhengfuyigongzuo");
        let pos = f.full.text.find("fuyi").unwrap();
        let hit = f.full.to_original(pos..pos + 4);
        assert_eq!(at(title, &hit), "复议");
    }

    #[test]
    fn initials_map_back_and_skip_punctuation() {
        let title = "(六)切实做好行政复议与应诉工作";
        let f = forms(title);
        assert_eq!(f.initials.text, "lqszhxzfyyysgz");
        let pos = f.initials.text.find("xzfy").unwrap();
        let hit = f.initials.to_original(pos..pos + 4);
        assert_eq!(at(title, &hit), "行政复议");
    }

    #[test]
    fn traditional_pinyin() {
        let title = "全力打好法治政府建設示範創建攻堅戰";
        let f = forms(title);
        let pos = f.initials.text.find("sfcj").unwrap();
        assert_eq!(at(title, &f.initials.to_original(pos..pos + 4)), "示範創建");
    }

    #[test]
    fn mixed_ascii_is_lower_cased_and_kept_in_every_form() {
        let title = "推进“互联网+监管”APP建设2023年";
        let f = forms(title);
        assert!(f.simplified.text.contains("app建设2023"));
        assert!(f.full.text.contains("jianguanappjianshe2023nian"));
        assert!(f.initials.text.contains("jgappjs2023n"));
        let pos = f.full.text.find("app").unwrap();
        assert_eq!(at(title, &f.full.to_original(pos..pos + 3)), "APP");
    }

    #[test]
    fn full_width_ascii_folds() {
        assert_eq!(fold_query("\u{ff21}\u{ff30}\u{ff30}"), "app");
        assert_eq!(fold_query("行政復議"), "行政复议");
    }

    #[test]
    fn umlaut_is_typed_v() {
        assert_eq!(forms("绿色").full.text, "lvse");
    }
}
