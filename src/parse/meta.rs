//! What a report says about itself: title, year, issuing place, publication date,
//! signature, script.
//!
//! Each field is read from the strongest source that has it: the report's own title
//! lines, the page-metadata fields the clutter pass found, the signature block at the
//! end, and only then the opening sentence (`2023年,侯马市委、市政府…`).

use crate::report::{Date, Meta, Script};

use super::clutter::{self, ISSUER_FIELDS, OWNER_FIELDS, PUBLISHED_FIELDS};
use super::dates::{find_date, first_year, parse_date};
use super::markers::{is_han, line_marker};
use super::Line;

/// Words that make a short line a report title.
const TITLE_WORDS: &[&str] = &[
    "报告", "汇报", "总结", "情况", "報告", "匯報", "總結", "情況",
];

/// Last characters of administrative units.
const PLACE_SUFFIXES: &[char] = &[
    '省', '市', '区', '區', '县', '縣', '旗', '州', '盟', '镇', '鎮', '乡', '鄉',
];

/// Last characters of issuing bodies that are not places (`XX市司法局`).
const BODY_SUFFIXES: &[&str] = &[
    "局",
    "厅",
    "廳",
    "委",
    "办",
    "辦",
    "院",
    "部",
    "中心",
    "委员会",
    "委員會",
    "办公室",
    "辦公室",
    "政府",
];

/// Two-character words ending like a place that are not places.
const NOT_PLACES: &[&str] = &[
    "城市", "城区", "城區", "市区", "市區", "地区", "地區", "社区", "社區", "园区", "園區", "景区",
    "景區", "片区", "片區", "小区", "小區", "山区", "山區", "辖区", "轄區", "乡镇", "鄉鎮", "城镇",
    "城鎮", "集镇", "城乡", "城鄉", "家乡", "家鄉", "下乡", "下鄉", "国旗", "國旗", "党旗", "黨旗",
    "红旗", "紅旗", "外省", "本省", "全省", "我省", "各省",
];

/// First characters that make a candidate a phrase rather than a place (`全市`, `在市委`).
const NOT_PLACE_STARTS: &[char] = &[
    '全', '我', '本', '该', '該', '各', '在', '对', '對', '为', '為', '把', '将', '將', '从', '從',
    '向', '由', '其', '此', '这', '這', '每', '是', '和', '与', '與', '及', '省', '市', '区', '區',
    '县', '縣', '镇', '鎮', '乡', '鄉',
];

/// What the meta reader needs from the rest of the parser.
pub struct MetaInput<'a> {
    pub text: &'a str,
    pub lines: &'a [Line],
    /// 0-based index of the first line that reads as report text (heading or paragraph).
    pub first_body: usize,
    /// 0-based line indices of the report text (after header clutter, before footer).
    pub region: std::ops::Range<usize>,
}

impl MetaInput<'_> {
    fn content(&self, idx: usize) -> &str {
        &self.text[self.lines[idx].content.clone()]
    }
}

/// Read the `Meta` of a report.
pub fn read(input: &MetaInput<'_>) -> Meta {
    let clutter_lines: Vec<usize> = input
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.clutter)
        .map(|(i, _)| i + 1)
        .collect();
    let fields: Vec<clutter::Field<'_>> = clutter_lines
        .iter()
        .flat_map(|&n| clutter::fields(input.content(n - 1)))
        .collect();
    let field = |keys: &[&str]| -> Option<&str> {
        keys.iter().find_map(|k| {
            fields
                .iter()
                .find(|f| f.key == *k && !f.value.is_empty())
                .map(|f| f.value)
        })
    };

    let (title, title_lines) = match title(input) {
        Some((t, l)) => (Some(t), l),
        None => (None, Vec::new()),
    };
    let opening = opening_paragraph(input);
    let year = title
        .as_deref()
        .and_then(first_year)
        .or_else(|| opening.and_then(first_year));
    let published = PUBLISHED_FIELDS
        .iter()
        .find_map(|k| field(&[k]).and_then(|v| find_date(v).map(|(d, _)| d)));
    let signature = signature(input);
    let (signed_by, signed_date, signature_lines) = match signature {
        Some(s) => (s.by, Some(s.date), s.lines),
        None => (None, None, Vec::new()),
    };
    let region = title
        .as_deref()
        .and_then(place_in_title)
        .or_else(|| field(ISSUER_FIELDS).and_then(place_in_name))
        .or_else(|| signed_by.as_deref().and_then(place_in_name))
        .or_else(|| opening.and_then(place_in_sentence))
        .or_else(|| field(OWNER_FIELDS).and_then(place_in_name));
    let script = script(input);
    let genre = title
        .as_deref()
        .and_then(super::genre::from_title)
        .unwrap_or_default();
    Meta {
        title,
        title_lines,
        year,
        region,
        published,
        signed_by,
        signed_date,
        signature_lines,
        script,
        genre,
        clutter_lines,
    }
}

/// A line that could be (part of) a title: short, no sentence punctuation, no marker.
fn title_like(s: &str) -> bool {
    // `(2023年3月10日)` under a title dates the report; it is not part of the title.
    let unbracketed = s.trim_matches(['(', ')', '\u{ff08}', '\u{ff09}']);
    if unbracketed.len() < s.len() && parse_date(unbracketed).is_some() {
        return false;
    }
    let n = s.chars().count();
    (2..=60).contains(&n)
        && !s.contains([
            '。', ',', '\u{ff0c}', ';', '\u{ff1b}', '!', '\u{ff01}', '?', '\u{ff1f}',
        ])
        && !s.ends_with([':', '\u{ff1a}'])
        && line_marker(s).is_none()
        && s.chars().any(is_han)
}

/// The title: the last block of title-like lines before the report text (blank lines may
/// stand between its parts), joined, if it names itself a report.
fn title(input: &MetaInput<'_>) -> Option<(String, Vec<usize>)> {
    let mut blocks: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for idx in 0..input.first_body.min(input.lines.len()) {
        let line = &input.lines[idx];
        if line.is_blank() {
            continue;
        }
        if !line.clutter && title_like(input.content(idx)) && current.len() < 4 {
            current.push(idx);
        } else if !current.is_empty() {
            blocks.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks.into_iter().rev().find_map(|block| {
        let joined = join_title(block.iter().map(|&i| input.content(i)));
        TITLE_WORDS
            .iter()
            .any(|w| joined.contains(w))
            .then(|| (joined, block.iter().map(|i| i + 1).collect()))
    })
}

/// Join title parts: Chinese parts run together, Latin words keep a space.
fn join_title<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts {
        let part = part.trim();
        let needs_space = out
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && part
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if needs_space {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The first paragraph of report text that is not a heading.
fn opening_paragraph<'a>(input: &'a MetaInput<'_>) -> Option<&'a str> {
    (input.region.clone())
        .filter(|&i| !input.lines[i].clutter && !input.lines[i].is_blank())
        .take(3)
        .map(|i| input.content(i))
        .find(|s| line_marker(s).is_none() && s.contains(['。', ',', '\u{ff0c}']))
}

/// The place at the head of a title: `襄城区人民政府2020年度…` → 襄城区,
/// `濮阳市城乡一体化示范区2019年 …` → 濮阳市城乡一体化示范区.
fn place_in_title(title: &str) -> Option<String> {
    let title = title.trim().trim_start_matches("中共");
    let cut = title
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || ["人民政府", "政府", "关于", "關於", "法治", "年度"]
                    .iter()
                    .any(|w| title[i..].starts_with(w))
        })
        .map(|(i, _)| i)
        .unwrap_or(title.len());
    place_in_name(&title[..cut])
}

/// The place or body in an organisation name: `襄城区人民政府` → 襄城区,
/// `中共侯马市委 侯马市人民政府` → 侯马市, `山西省侯马市人民政府办公室` → 侯马市,
/// `XX市司法局` → XX市司法局.
fn place_in_name(name: &str) -> Option<String> {
    let name = name.split_whitespace().next()?.trim_start_matches("中共");
    let name = ["人民政府", "政府", "办公室", "辦公室"]
        .iter()
        .find_map(|s| name.find(s).map(|i| &name[..i]))
        .unwrap_or(name);
    // `侯马市委`: the party committee of the place.
    let name = name
        .strip_suffix('委')
        .filter(|n| n.ends_with(PLACE_SUFFIXES))
        .unwrap_or(name);
    if name.chars().count() < 2 || !name.chars().all(is_han) {
        return None;
    }
    if name.ends_with(PLACE_SUFFIXES) {
        return Some(drop_province(name).to_string());
    }
    if BODY_SUFFIXES.iter().any(|s| name.ends_with(s)) && name.chars().count() >= 3 {
        return Some(name.to_string());
    }
    None
}

/// `山西省侯马市` → `侯马市`: a province in front of a smaller unit adds nothing.
fn drop_province(name: &str) -> &str {
    match name.find('省') {
        Some(i) if i > 0 && name.len() > i + '省'.len_utf8() => {
            let rest = &name[i + '省'.len_utf8()..];
            if rest.chars().count() >= 3 && rest.ends_with(PLACE_SUFFIXES) {
                rest
            } else {
                name
            }
        }
        _ => name,
    }
}

/// A place that opens a clause of the first sentence: `2023年,侯马市委、市政府坚持…`
/// → 侯马市, `…领导下,順義區堅持…` → 順義區.
fn place_in_sentence(paragraph: &str) -> Option<String> {
    let sentence = paragraph.split('。').next().unwrap_or(paragraph);
    sentence
        .split([',', '\u{ff0c}', '、'])
        .map(|clause| {
            let clause = clause.trim();
            // Drop a leading `2023年` / `2023年度`.
            let clause = match clause.find('年') {
                Some(i) if clause[..i].chars().all(|c| c.is_ascii_digit()) && i > 0 => {
                    clause[i + '年'.len_utf8()..].trim_start_matches('度')
                }
                _ => clause,
            };
            clause
        })
        .find_map(|clause| {
            let first = clause.chars().next()?;
            if NOT_PLACE_STARTS.contains(&first) || !is_han(first) {
                return None;
            }
            let (end, suffix) = clause
                .char_indices()
                .take(7)
                .find(|&(i, c)| i > 0 && PLACE_SUFFIXES.contains(&c))?;
            let place = &clause[..end + suffix.len_utf8()];
            let ok = place.chars().count() >= 3
                && place.chars().all(is_han)
                && !NOT_PLACES
                    .iter()
                    .any(|w| place.ends_with(w) && place.chars().count() == 2);
            ok.then(|| place.to_string())
        })
}

struct Signature {
    by: Option<String>,
    date: Date,
    lines: Vec<usize>,
}

/// A signature at the end of the report text: a date alone on the last line, with the
/// signing body on the line or two above it.
fn signature(input: &MetaInput<'_>) -> Option<Signature> {
    let mut tail = input
        .region
        .clone()
        .rev()
        .filter(|&i| !input.lines[i].is_blank() && !input.lines[i].clutter);
    let date_idx = tail.next()?;
    let date = parse_date(input.content(date_idx))?;
    let mut lines = vec![date_idx + 1];
    let mut by: Vec<&str> = Vec::new();
    for idx in tail.take(2) {
        let s = input.content(idx);
        let is_body = s.chars().count() <= 40
            && !s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
            && line_marker(s).is_none()
            && BODY_SUFFIXES
                .iter()
                .any(|suffix| s.split_whitespace().any(|w| w.ends_with(suffix)));
        if !is_body {
            break;
        }
        by.insert(0, s);
        lines.insert(0, idx + 1);
    }
    Some(Signature {
        by: (!by.is_empty()).then(|| by.join(" ")),
        date,
        lines,
    })
}

/// Simplified or traditional, judged from a sample of the report text.
fn script(input: &MetaInput<'_>) -> Script {
    // About 500 characters settle the question; converting more only costs time.
    const SAMPLE_BYTES: usize = 1536;
    let mut sample = String::new();
    for idx in input.region.clone() {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        if !input.lines[idx].clutter {
            sample.push_str(input.content(idx));
        }
    }
    let hans = zhconv::is_hans_confidence(&sample);
    if hans < 0.5 {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_in_names() {
        assert_eq!(place_in_name("襄城区人民政府").as_deref(), Some("襄城区"));
        assert_eq!(
            place_in_name("中共侯马市委 侯马市人民政府").as_deref(),
            Some("侯马市")
        );
        assert_eq!(
            place_in_name("山西省侯马市人民政府办公室").as_deref(),
            Some("侯马市")
        );
        assert_eq!(
            place_in_name("某某市司法局").as_deref(),
            Some("某某市司法局")
        );
        assert_eq!(
            place_in_name("濮阳市城乡一体化示范区").as_deref(),
            Some("濮阳市城乡一体化示范区")
        );
        assert_eq!(place_in_name("bt365亚洲城"), None);
        assert_eq!(place_in_name("市"), None);
    }

    #[test]
    fn places_in_titles() {
        assert_eq!(
            place_in_title("襄城区人民政府2020年度法治政府建设工作报告").as_deref(),
            Some("襄城区")
        );
        assert_eq!(
            place_in_title("濮阳市城乡一体化示范区2019年 法治政府建设工作汇报").as_deref(),
            Some("濮阳市城乡一体化示范区")
        );
        assert_eq!(place_in_title("关于2021年法治政府建设情况的报告"), None);
        assert_eq!(
            place_in_title("北京市顺义区人民政府关于2023年法治政府建设情况的报告").as_deref(),
            Some("北京市顺义区")
        );
    }

    #[test]
    fn places_in_opening_sentences() {
        assert_eq!(
            place_in_sentence(
                "2023年,侯马市委、市政府坚持以习近平新时代中国特色社会主义思想为指导。"
            )
            .as_deref(),
            Some("侯马市")
        );
        assert_eq!(
            place_in_sentence("2023年,在市委市政府的堅強領導下,順義區堅持以習近平新時代中國特色社會主義思想為指導。").as_deref(),
            Some("順義區")
        );
        assert_eq!(
            place_in_sentence("2021年是“十四五”开局之年,也是“八五”普法规划开局之年。bt365体育在线备用_365国际体育官网_365bet亚洲城委、市政府按照要求。"),
            None
        );
        assert_eq!(
            place_in_sentence("全市各级各部门坚持依法行政,城市管理持续加强。"),
            None
        );
    }

    #[test]
    fn a_dated_line_under_the_title_is_not_part_of_it() {
        assert!(title_like("关于2022年度法治政府建设情况的报告"));
        assert!(!title_like("（2023年3月10日）"));
        assert!(!title_like("(2023年3月10日)"));
    }

    #[test]
    fn titles_join_their_parts() {
        assert_eq!(
            join_title(["襄城区人民政府", "2020年度法治政府建设", "工作报告"].into_iter()),
            "襄城区人民政府2020年度法治政府建设工作报告"
        );
        assert_eq!(
            join_title(["Annual", "Report"].into_iter()),
            "Annual Report"
        );
    }
}
