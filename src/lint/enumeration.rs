//! Places run together without the enumeration comma `、`: `坡头镇南调镇` for
//! `坡头镇、南调镇`, `朝阳区海淀区` for `朝阳区、海淀区`.
//!
//! Only names of places of one rank side by side count (two towns, two districts), since
//! a higher rank before a lower one is one address (`湛江市坡头区`). Precision comes
//! first: each name is two or three characters before its suffix, neither is a common
//! noun that happens to end in the suffix (示范区, 贫困村, 城市), the suffix is not the
//! start of a longer word (`区域`, `市场`), and neither is a word the segmenter knows as
//! something other than a place.

use crate::parse::markers::is_han;
use crate::report::{Diagnostic, Severity};

use super::rules::Rule;
use super::{found, Context};

pub const RUN_TOGETHER: Rule = Rule {
    id: "items-run-together",
    severity: Severity::Warning,
    meaning: "places of one rank run together without 、 (`坡头镇南调镇`)",
    source: "GB/T 15834-2011《标点符号用法》4.5 顿号",
};

pub const RULES: &[Rule] = &[RUN_TOGETHER];

/// Suffixes of places of one rank.
const SUFFIXES: [&str; 7] = ["街道", "镇", "乡", "县", "区", "市", "省"];

/// Characters before a suffix that make a common noun, not a name (`示范区`, `城市`).
const COMMON: &[&str] = &[
    "示范", "试点", "重点", "贫困", "行政", "自然", "城中", "功能", "开发", "保护", "试验", "实验",
    "集聚", "产业", "工业", "高新", "新城", "老城", "城", "园", "景", "社", "小", "片", "辖", "地",
    "山", "灾", "库", "矿", "牧", "林", "城乡", "乡", "集", "超", "股", "楼", "门", "上", "全",
    "各", "本", "我", "该", "每", "农", "城镇", "特色", "美丽", "中心", "主城", "新", "老旧", "一",
    "两", "三", "多", "省", "县",
];

/// Characters that, after a suffix, make a longer word (`区域`, `市场`, `县级`).
const COMPOUND: &str = "域间别分位场民值容城域级份内外委长政府属直辖乡镇村土亲愁贤情";

/// Whether a two-character stem before a suffix makes a common noun, not a name.
fn is_common(stem: &str) -> bool {
    COMMON.contains(&stem)
        || COMMON
            .iter()
            .any(|c| c.chars().count() == 1 && (stem.ends_with(c) || stem.starts_with(c)))
        || stem.chars().any(|c| "省市县区镇乡村街".contains(c))
}

/// A place name ending at byte `end` of `text` with `suffix`: the start of the name (two
/// characters before the suffix, the common length of names).
fn name_before(text: &str, end: usize, suffix: &str) -> Option<usize> {
    let stem_end = end.checked_sub(suffix.len())?;
    if !text[..end].ends_with(suffix) {
        return None;
    }
    let stem: Vec<(usize, char)> = text[..stem_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c))
        .take(2)
        .collect();
    let (start, _) = *stem.get(1)?;
    (!is_common(&text[start..stem_end])).then_some(start)
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for p in ctx.paragraphs.list.iter().filter(|p| p.is_prose()) {
        let text = &p.text;
        for suffix in SUFFIXES {
            let mut last_end: Option<usize> = None;
            for (at, _) in text.match_indices(suffix) {
                let end = at + suffix.len();
                // `X镇Y镇`: the previous suffix ends exactly where this name starts.
                let Some(prev_end) = last_end.replace(end) else {
                    continue;
                };
                let Some(start) = name_before(text, end, suffix) else {
                    continue;
                };
                if start != prev_end {
                    continue;
                }
                let Some(first_start) = name_before(text, prev_end, suffix) else {
                    continue;
                };
                let after = text[end..].chars().next();
                let first_of_second = text[prev_end..].chars().next();
                if after.is_some_and(|c| COMPOUND.contains(c))
                    || first_of_second.is_some_and(|c| COMPOUND.contains(c))
                {
                    continue;
                }
                if is_known_non_place(&text[first_start..prev_end])
                    || is_known_non_place(&text[prev_end..end])
                {
                    continue;
                }
                let pair = &text[first_start..end];
                let fixed = format!("{}、{}", &text[first_start..prev_end], &text[prev_end..end]);
                out.push(found(
                    p.line_at(prev_end),
                    &RUN_TOGETHER,
                    &format!("并列地名之间缺少顿号:“{pair}”"),
                    &format!("places run together without 、: “{pair}”"),
                    Some(fixed),
                ));
            }
        }
    }
}

/// Whether the segmenter knows a name as a word that is not a place (`示范区` is a
/// noun, `朝阳区` a place name); a name it does not know (most towns) may be a place.
fn is_known_non_place(name: &str) -> bool {
    let tags = crate::segment::jieba().tag(name, false);
    matches!(tags.as_slice(), [t] if t.tag != "ns")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testutil::{rules, run_family};

    fn run(text: &str) -> Vec<Diagnostic> {
        run_family(check, text)
    }

    #[test]
    fn towns_run_together_are_found() {
        let found = run("组织坡头镇南调镇开展普法活动。\n");
        assert_eq!(rules(&found), [(1, RUN_TOGETHER.id)]);
        assert_eq!(found[0].suggestion.as_deref(), Some("坡头镇、南调镇"));
        let found = run("在朝阳区海淀区设立试点。\n");
        assert_eq!(rules(&found), [(1, RUN_TOGETHER.id)]);
    }

    #[test]
    fn addresses_lists_and_common_nouns_are_fine() {
        for text in [
            "湛江市坡头区坡头镇开展普法活动。\n",
            "组织坡头镇、南调镇开展普法活动。\n",
            "推动示范区开发区协同发展,建设贫困村示范村。\n",
            "全市城市建设和市场监管,区域协调发展。\n",
            "在老城区新城区改造中,县城乡镇同步推进。\n",
            "深入推进城乡一体化示范区建设。\n",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }
}
