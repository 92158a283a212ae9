//! China's administrative divisions (provinces, prefectures, counties) from the national
//! code list in `data/divisions.tsv` (see `data/PROVENANCE.md`), to tell a place from a
//! phrase that only ends like one: `浚县` is a county, `根据省` and `认真落实市` are nothing.
//!
//! The table is parsed once, on first use. Names are matched on the simplified form of
//! the text (char-aligned, so positions map back to the text as written), by their full
//! name (`深圳市`, `楚雄彝族自治州`), their common short form with the level kept
//! (`楚雄州`, `峨边县`) and, for provinces, the bare name (`湖北`, `广西`).

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::markers::is_han;

const DATA: &str = include_str!("../../data/divisions.tsv");

/// The 56 ethnic groups, as autonomous areas name them (`恩施土家族苗族自治州`).
const ETHNIC: &[&str] = &[
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
    "各族",
];

/// County names that are also everyday words (`城区`, `矿区`): never found in running
/// text, only inside a chain (`阳泉市城区`).
const COMMON_WORDS: &[&str] = &["城区", "郊区", "矿区", "东区", "西区", "新区", "市中区"];

/// The level of a division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Province,
    Prefecture,
    County,
}

/// One division of the table.
#[derive(Debug, Clone)]
pub struct Division {
    /// The code, 2, 4 or 6 digits by level (`44`, `4403`, `440307`).
    pub code: u32,
    /// The official name (`深圳市`, `龙岗区`).
    pub name: &'static str,
    pub level: Level,
    /// Index of the parent division in the table, if it has one.
    pub parent: Option<usize>,
}

impl Division {
    /// The code of the province the division lies in.
    pub fn province_code(&self) -> u32 {
        match self.level {
            Level::Province => self.code,
            Level::Prefecture => self.code / 100,
            Level::County => self.code / 10_000,
        }
    }
}

/// How a name was written: the full name, a short form keeping the level (`楚雄州`), or a
/// province's bare name (`湖北`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Full,
    Short,
    Bare,
}

struct Table {
    divisions: Vec<Division>,
    /// Name (in any form) → (division index, form).
    names: HashMap<String, Vec<(usize, Form)>>,
    longest_name: usize,
    /// Finds full and short names and provinces' bare names in running text.
    finder: AhoCorasick,
    /// The name each finder pattern stands for.
    patterns: Vec<String>,
    /// Every character of every name (simplified).
    chars: std::collections::HashSet<char>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> Table {
    let mut divisions = Vec::with_capacity(3400);
    let mut by_code: HashMap<u32, usize> = HashMap::with_capacity(3400);
    for line in DATA.lines() {
        let Some((code, name)) = line.split_once('\t') else {
            continue;
        };
        let Ok(number) = code.parse::<u32>() else {
            continue;
        };
        let level = match code.len() {
            2 => Level::Province,
            4 => Level::Prefecture,
            _ => Level::County,
        };
        // Sorted by code, so parents come first.
        let parent = match level {
            Level::Province => None,
            Level::Prefecture => by_code.get(&(number / 100)).copied(),
            Level::County => by_code
                .get(&(number / 100))
                .or_else(|| by_code.get(&(number / 10_000)))
                .copied(),
        };
        by_code.insert(number, divisions.len());
        divisions.push(Division {
            code: number,
            name,
            level,
            parent,
        });
    }
    let mut names: HashMap<String, Vec<(usize, Form)>> = HashMap::new();
    for (i, d) in divisions.iter().enumerate() {
        for (alias, form) in aliases(d) {
            let entry = names.entry(alias).or_default();
            if !entry.iter().any(|&(j, _)| j == i) {
                entry.push((i, form));
            }
        }
    }
    let longest_name = names.keys().map(|k| k.chars().count()).max().unwrap_or(0);
    let mut patterns: Vec<String> = names
        .iter()
        .filter(|(name, entries)| {
            !COMMON_WORDS.contains(&name.as_str())
                && entries
                    .iter()
                    .any(|&(i, form)| form != Form::Bare || divisions[i].level == Level::Province)
        })
        .map(|(name, _)| name.clone())
        .collect();
    patterns.sort();
    let finder = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        // A fixed list of plain strings: building cannot fail.
        .unwrap_or_else(|e| unreachable!("division names: {e}"));
    let chars = names.keys().flat_map(|k| k.chars()).collect();
    Table {
        divisions,
        names,
        longest_name,
        finder,
        patterns,
        chars,
    }
}

/// The names a division goes by: the full name, the name without its ethnic groups with
/// the level kept (`楚雄彝族自治州` → `楚雄州`), and the bare name (`楚雄`, `湖北`).
fn aliases(d: &Division) -> Vec<(String, Form)> {
    let mut out = vec![(d.name.to_string(), Form::Full)];
    let (base, level_char) = match d.name.find("自治") {
        Some(i) => {
            let mut base = &d.name[..i];
            while let Some(e) = ETHNIC.iter().find(|e| base.ends_with(*e)) {
                base = &base[..base.len() - e.len()];
            }
            let level = d.name[i..].chars().last();
            (base, level)
        }
        None => {
            let trimmed = ["地区", "省", "市", "盟", "州", "县", "区", "旗"]
                .iter()
                .find_map(|s| d.name.strip_suffix(s));
            (trimmed.unwrap_or(d.name), None)
        }
    };
    if let Some(c) = level_char.filter(|&c| c != '区') {
        if base.chars().count() >= 2 {
            out.push((format!("{base}{c}"), Form::Short));
        }
    }
    if base.chars().count() >= 2 && base != d.name {
        out.push((base.to_string(), Form::Bare));
    }
    out
}

/// A division by its index in the table.
pub fn division(index: usize) -> &'static Division {
    &table().divisions[index]
}

/// Whether division `inner` lies within `outer` (or is it).
pub fn within(inner: usize, outer: usize) -> bool {
    let t = table();
    let mut cur = Some(inner);
    while let Some(i) = cur {
        if i == outer {
            return true;
        }
        cur = t.divisions[i].parent;
    }
    false
}

/// Characters of a text looked at for a chain of units (`新疆维吾尔自治区和田地区皮山县` is 15).
const CHAIN_WINDOW_CHARS: usize = 40;

/// A place named at the start of a text: one or more units, each inside the one before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// Byte length of the chain in the text as written.
    pub len: usize,
    /// The deepest unit's candidates (a name may belong to several divisions).
    pub deepest: Vec<usize>,
}

impl Chain {
    pub fn level(&self) -> Option<Level> {
        self.deepest.first().map(|&i| division(i).level)
    }
}

/// Byte offset of each char of `s`, and the end.
fn char_offsets(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

/// The chain of known divisions that opens `s` (`深圳市龙岗区人民政府` → `深圳市龙岗区`),
/// if any. A bare name (`湖北`, `深圳`) counts only when a unit follows it.
pub fn chain_at(s: &str) -> Option<Chain> {
    // A chain is a few names long: look at its first characters only.
    let window = s
        .char_indices()
        .nth(CHAIN_WINDOW_CHARS)
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let s = &s[..window];
    // Most text is simplified: convert only when the text as written names nothing and
    // holds characters no name has (traditional ones, `寶山區`).
    chain_in(s, s.chars().collect()).or_else(|| {
        let chars = &table().chars;
        let foreign = s.chars().take(12).any(|c| is_han(c) && !chars.contains(&c));
        foreign
            .then(|| chain_in(s, crate::search::fold::simplify(s)))
            .flatten()
    })
}

/// `chain_at` on `s` read as `simplified` (char-aligned with `s`).
fn chain_in(s: &str, simplified: Vec<char>) -> Option<Chain> {
    let t = table();
    // A chain starts with a name's first character: most texts stop here.
    if !simplified.first().is_some_and(|c| t.chars.contains(c)) {
        return None;
    }
    let offsets = char_offsets(s);
    let folded: String = simplified.iter().collect();
    let folded_offsets = char_offsets(&folded);
    let mut pos = 0usize;
    let mut prev: Option<Vec<usize>> = None;
    let mut accepted_end = 0usize;
    let mut accepted: Option<Vec<usize>> = None;
    'units: while pos < simplified.len() {
        let max = t.longest_name.min(simplified.len() - pos);
        for n in (2..=max).rev() {
            let candidate = &folded[folded_offsets[pos]..folded_offsets[pos + n]];
            let Some(entries) = t.names.get(candidate) else {
                continue;
            };
            let fitting: Vec<(usize, Form)> = entries
                .iter()
                .copied()
                .filter(|&(i, _)| match &prev {
                    Some(outer) => outer.iter().any(|&o| o != i && within(i, o)),
                    None => true,
                })
                .collect();
            if fitting.is_empty() {
                continue;
            }
            let bare = fitting.iter().all(|&(_, f)| f == Form::Bare);
            pos += n;
            prev = Some(fitting.iter().map(|&(i, _)| i).collect());
            if !bare {
                accepted_end = pos;
                accepted = prev.clone();
            }
            continue 'units;
        }
        break;
    }
    let deepest = accepted?;
    Some(Chain {
        len: offsets[accepted_end],
        deepest,
    })
}

/// A place named in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the text as written.
    pub range: std::ops::Range<usize>,
    /// Candidate divisions.
    pub divisions: Vec<usize>,
    pub form: Form,
}

/// Every place named in `text` (read as simplified first when `traditional`): full and
/// short names, and provinces' bare names. A
/// two-character name (`和县`, `沛县`) counts only where it cannot be the end of a phrase
/// (`市委和县委`): at the start, or after punctuation, a space or another unit.
pub fn mentions(text: &str, traditional: bool) -> Vec<Mention> {
    let t = table();
    let simplified: String = if traditional {
        crate::search::fold::simplify(text).into_iter().collect()
    } else {
        text.to_string()
    };
    // Byte offsets of the simplified text's chars → the original's.
    let orig = char_offsets(text);
    let simp = char_offsets(&simplified);
    let to_orig = |b: usize| simp.binary_search(&b).map(|ci| orig[ci]).ok();
    let mut out = Vec::new();
    for m in t.finder.find_iter(&simplified) {
        let name = &t.patterns[m.pattern().as_usize()];
        let Some(entries) = t.names.get(name) else {
            continue;
        };
        let provinces_only = entries.iter().all(|&(_, f)| f == Form::Bare);
        let entries: Vec<(usize, Form)> = entries
            .iter()
            .copied()
            .filter(|&(i, f)| f != Form::Bare || t.divisions[i].level == Level::Province)
            .collect();
        if entries.is_empty() {
            continue;
        }
        let before = simplified[..m.start()].chars().next_back();
        if name.chars().count() == 2 && !provinces_only {
            let ok = before.is_none_or(|c| !is_han(c) || "省市州盟区县".contains(c));
            if !ok {
                continue;
            }
        }
        let (Some(start), Some(end)) = (to_orig(m.start()), to_orig(m.end())) else {
            continue;
        };
        let form = if entries.iter().any(|&(_, f)| f == Form::Full) {
            Form::Full
        } else if entries.iter().any(|&(_, f)| f == Form::Short) {
            Form::Short
        } else {
            Form::Bare
        };
        out.push(Mention {
            range: start..end,
            divisions: entries.into_iter().map(|(i, _)| i).collect(),
            form,
        });
    }
    out
}

/// The smallest division that holds every one of `places` (each a set of candidates),
/// when one does.
pub fn common_unit(places: &[Vec<usize>]) -> Option<usize> {
    let t = table();
    let first = places.first()?;
    // The ancestors of the first place's first candidate, deepest first.
    let mut chain = Vec::new();
    let mut cur = first.first().copied();
    while let Some(i) = cur {
        chain.push(i);
        cur = t.divisions[i].parent;
    }
    chain
        .into_iter()
        .find(|&anc| places.iter().all(|p| p.iter().any(|&i| within(i, anc))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(chain: &Chain) -> Vec<&'static str> {
        chain.deepest.iter().map(|&i| division(i).name).collect()
    }

    #[test]
    fn the_table_loads_every_level() {
        let t = table();
        assert!(t.divisions.len() > 3000, "{}", t.divisions.len());
        for (name, level) in [
            ("浚县", Level::County),
            ("湖北省", Level::Province),
            ("和田地区", Level::Prefecture),
            ("仙桃市", Level::County),
        ] {
            let entries = &t.names[name];
            assert!(
                entries.iter().any(|&(i, _)| division(i).level == level),
                "{name}"
            );
        }
    }

    #[test]
    fn chains_read_nested_units() {
        let c = chain_at("深圳市龙岗区人民政府2016年度").unwrap();
        assert_eq!(c.len, "深圳市龙岗区".len());
        assert_eq!(names(&c), ["龙岗区"]);
        let c = chain_at("浚县人民政府").unwrap();
        assert_eq!((c.len, names(&c)), ("浚县".len(), vec!["浚县"]));
        // A bare province name counts in front of a unit only.
        let c = chain_at("湖北仙桃市").unwrap();
        assert_eq!(c.len, "湖北仙桃市".len());
        assert_eq!(chain_at("湖北历史上"), None);
        // Traditional characters are read as written.
        let c = chain_at("寶山區羅店鎮").unwrap();
        assert_eq!(c.len, "寶山區".len());
        // Short forms of autonomous areas.
        let c = chain_at("楚雄州武定县").unwrap();
        assert_eq!(names(&c), ["武定县"]);
    }

    #[test]
    fn phrases_that_end_like_places_are_not_places() {
        for s in [
            "根据省全面推进",
            "认真落实市委",
            "现将县人民政府",
            "全市",
            "城乡",
        ] {
            assert_eq!(chain_at(s), None, "{s}");
        }
    }

    #[test]
    fn a_unit_that_does_not_fit_ends_the_chain() {
        // 龙岗区 is in 深圳, not in 广州: the chain stops at 广州市.
        let c = chain_at("广州市龙岗区").unwrap();
        assert_eq!(c.len, "广州市".len());
    }

    #[test]
    fn mentions_in_running_text() {
        let text = "2020年是湖北历史上极不平凡的一年,市委和县委,岳阳县人民政府";
        let found: Vec<&str> = mentions(text, false)
            .iter()
            .map(|m| &text[m.range.clone()])
            .collect();
        assert_eq!(found, ["湖北", "岳阳县"]);
    }

    #[test]
    fn the_common_unit_of_places() {
        let find =
            |name: &str| -> Vec<usize> { table().names[name].iter().map(|&(i, _)| i).collect() };
        let hebei = common_unit(&[find("石家庄市"), find("唐山市"), find("辛集市")]).unwrap();
        assert_eq!(division(hebei).name, "河北省");
        let shenzhen = common_unit(&[find("龙岗区"), find("罗湖区")]).unwrap();
        assert_eq!(division(shenzhen).name, "深圳市");
        assert_eq!(common_unit(&[find("深圳市"), find("湖北省")]), None);
    }
}
