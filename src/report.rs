//! The model: `Report`, its `Meta`, the outline tree of `Node`s and `Diagnostic`s.
//!
//! Plain data with serde. The decoded text is held once per report (`Arc<str>`);
//! nodes hold byte ranges and 1-based line numbers into it, never copies of the body.
//! Everything downstream (indicators, search, lint, the TUI) reads this model and never
//! re-parses text.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// One report: a decoded file and what the parser read from it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The file the report came from (for bundled samples, `samples/<name>`).
    pub path: PathBuf,
    /// Short display name, the file stem (`xiangcheng-2020`).
    pub name: String,
    /// The decoded, cleaned text: `\n` line ends, no control characters but `\n` and `\t`.
    #[serde(skip)]
    pub text: Arc<str>,
    /// Byte offset of the start of each line (line `n` starts at `line_starts[n - 1]`).
    #[serde(skip)]
    pub line_starts: Vec<usize>,
    pub meta: Meta,
    /// The outline as a flat arena in document order; `parent`/`children` index into it.
    pub nodes: Vec<Node>,
    /// Indices of the top-level nodes, in order.
    pub roots: Vec<usize>,
    /// Byte range of the text before the first node that is report text (no clutter lines
    /// before it): the opening paragraph, often with the title.
    pub preamble: Range<usize>,
    /// Problems found while reading: numbering gaps, duplicates, damaged markers.
    pub diagnostics: Vec<Diagnostic>,
    /// The lines its site repeats that the report was read with (`parse::site`), kept so
    /// that reading the file again after an edit takes the same lines for clutter.
    #[serde(skip)]
    pub site: Option<Arc<crate::parse::site::SiteChrome>>,
}

/// What the report says about itself, and which lines are web-page clutter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The report's own title line or lines, joined; `None` when it has none.
    pub title: Option<String>,
    /// 1-based lines the title was read from.
    pub title_lines: Vec<usize>,
    /// The year the report is about (not the year it was published).
    pub year: Option<i32>,
    /// The body that wrote the report, as written (`焦作市司法局`, `国务院`,
    /// `中共侯马市委 侯马市人民政府`); a place alone where the report names only that
    /// (`有庆镇`). A body named by its level only (`县人民政府`) gets its place prefixed
    /// when the text names it (`岳阳县人民政府`).
    #[serde(default)]
    pub issuer: Option<String>,
    /// The administrative area the issuer governs (`襄城区`, `深圳市龙岗区`, `順義區`);
    /// a national body is its own region (`国务院`, `环境保护部`).
    pub region: Option<String>,
    /// Publication date from the page metadata.
    pub published: Option<Date>,
    /// The signing body at the end (`中共侯马市委 侯马市人民政府`).
    pub signed_by: Option<String>,
    /// The date under the signature.
    pub signed_date: Option<Date>,
    /// 1-based lines of the signature block (body and date).
    pub signature_lines: Vec<usize>,
    /// Simplified or traditional characters.
    pub script: Script,
    /// What kind of report this is; review rules ask only what fits the genre.
    pub genre: Genre,
    /// 1-based lines that are web-page clutter rather than report text.
    pub clutter_lines: Vec<usize>,
}

/// The character set a report is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    #[default]
    Simplified,
    Traditional,
}

impl Script {
    pub fn as_str(self) -> &'static str {
        match self {
            Script::Simplified => "simplified",
            Script::Traditional => "traditional",
        }
    }
}

/// The kind of report, as `outline --json` names it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Genre {
    /// 法治政府建设年度报告: the annual rule-of-law government report.
    FazhiAnnual,
    /// 依法行政 report: the genre's name before 法治政府建设 (up to the mid-2010s).
    YifaXingzheng,
    /// 政府工作报告: a government's work report to its people's congress.
    WorkReport,
    /// 工作总结: a year-end summary of a body's work.
    WorkSummary,
    /// Anything else.
    #[default]
    Other,
}

impl Genre {
    pub const ALL: [Genre; 5] = [
        Genre::FazhiAnnual,
        Genre::YifaXingzheng,
        Genre::WorkReport,
        Genre::WorkSummary,
        Genre::Other,
    ];

    /// The stable id used in JSON and on the command line (`fazhi-annual`).
    pub fn as_str(self) -> &'static str {
        match self {
            Genre::FazhiAnnual => "fazhi-annual",
            Genre::YifaXingzheng => "yifa-xingzheng",
            Genre::WorkReport => "work-report",
            Genre::WorkSummary => "work-summary",
            Genre::Other => "other",
        }
    }

    /// The Chinese name a reader knows the genre by.
    pub fn zh(self) -> &'static str {
        match self {
            Genre::FazhiAnnual => "法治政府建设年度报告",
            Genre::YifaXingzheng => "依法行政报告",
            Genre::WorkReport => "政府工作报告",
            Genre::WorkSummary => "工作总结",
            Genre::Other => "其他",
        }
    }

    /// Parse an id as `as_str` writes it.
    pub fn from_id(id: &str) -> Option<Genre> {
        Genre::ALL.into_iter().find(|g| g.as_str() == id)
    }
}

/// A calendar date as reports write it; printed and serialised as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        crate::parse::dates::parse_date(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {s}")))
    }
}

/// Whether a node is a numbered heading or a 一是/二是 point inside a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Heading,
    Point,
}

/// The family of a numbering marker. Levels are assigned from the order in which the
/// families appear in a report, so the family, not the level, identifies siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerStyle {
    /// 一、 十二、
    ChineseComma,
    /// (一) (一)
    ChineseParen,
    /// 1. 2、 3.
    ArabicDot,
    /// (1) (1)
    ArabicParen,
    /// ① ②
    Circled,
    /// 一是 二是
    Point,
}

/// One node of the outline: a heading or a point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// Depth in the tree, 1 for top-level headings.
    pub level: u8,
    pub kind: NodeKind,
    pub style: MarkerStyle,
    /// The marker as written (`(七)`, `一、`, `二是`); for a repaired marker, the
    /// inferred one.
    pub number: String,
    /// The marker's numeric value (`(七)` → 7).
    pub value: u32,
    /// The heading: the whole line, or for a run-in heading the lead sentence without 。.
    pub title: String,
    /// 1-based line of the marker.
    pub line: usize,
    /// Byte range of the node with all its descendants.
    pub span: Range<usize>,
    /// Byte range of the node's own text after its heading, up to its first child.
    pub body: Range<usize>,
    /// The number was inferred from its neighbours, not read.
    pub repaired: bool,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
}

impl Node {
    /// Byte range of the marker and title (what precedes `body`).
    pub fn head(&self) -> Range<usize> {
        self.span.start..self.body.start
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A problem found in a report, at a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// 1-based line.
    pub line: usize,
    /// Stable rule id (`numbering-gap`, `point-missing-numeral`, …).
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    /// The marker a reader expected here (`(七)`, `二是`), where that applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// A suggested fix, where one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
}

impl Report {
    /// The text of a 1-based line, without its `\n`. Empty for a line out of range.
    pub fn line_text(&self, line: usize) -> &str {
        let range = self.line_range(line);
        &self.text[range]
    }

    /// Byte range of a 1-based line, without its `\n`.
    pub fn line_range(&self, line: usize) -> Range<usize> {
        if line == 0 || line > self.line_starts.len() {
            return self.text.len()..self.text.len();
        }
        let start = self.line_starts[line - 1];
        let end = match self.line_starts.get(line) {
            Some(&next) => next - 1,
            // The last line: the text may still end with its `\n`.
            None => self.text.len() - usize::from(self.text.ends_with('\n')),
        };
        start..end.max(start)
    }

    /// The 1-based line holding byte offset `pos`.
    pub fn line_of(&self, pos: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= pos)
            .max(1)
    }

    /// Number of lines in the text.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Whether a 1-based line is web-page clutter.
    pub fn is_clutter_line(&self, line: usize) -> bool {
        self.meta.clutter_lines.binary_search(&line).is_ok()
    }

    /// The node's heading path from the top: `[二、, (七)]` as numbers.
    pub fn heading_path(&self, index: usize) -> Vec<usize> {
        let mut path = vec![index];
        let mut cur = index;
        while let Some(parent) = self.nodes[cur].parent {
            path.push(parent);
            cur = parent;
        }
        path.reverse();
        path
    }

    /// The heading path as text, numbers joined: `二、(七)`.
    pub fn heading_path_label(&self, index: usize) -> String {
        self.heading_path(index)
            .into_iter()
            .map(|i| self.nodes[i].number.as_str())
            .collect::<Vec<_>>()
            .join("")
    }

    /// The deepest node whose span holds byte offset `pos`.
    pub fn node_at(&self, pos: usize) -> Option<usize> {
        // Nodes are in document order and spans nest, so the last node starting at or
        // before `pos` whose span still holds it is the deepest.
        let upto = self.nodes.partition_point(|n| n.span.start <= pos);
        (0..upto).rev().find(|&i| self.nodes[i].span.contains(&pos))
    }

    /// Number of headings (not points).
    pub fn heading_count(&self) -> usize {
        self.nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Heading)
            .count()
    }

    /// Number of top-level sections.
    pub fn section_count(&self) -> usize {
        self.roots.len()
    }

    /// A short label for lists: place (with the department, for a department's report)
    /// and year when known, a national body's name, else the file name.
    pub fn label(&self) -> String {
        let place = self.short_issuer();
        match (&place, self.meta.year) {
            (Some(place), Some(year)) => format!("{place} {year}"),
            (Some(place), None) => place.clone(),
            // A file name usually carries the year already (`dandong-2021`).
            (None, Some(year)) if self.name.contains(&year.to_string()) => self.name.clone(),
            (None, Some(year)) => format!("{} {}", self.name, year),
            (None, None) => self.name.clone(),
        }
    }
}

impl Report {
    /// Who issued the report, short, for lists and charts: the place without its
    /// suffix and the department if it is one (`中山司法局`, `襄城`), else the issuer as
    /// written (`国务院`).
    pub fn short_issuer(&self) -> Option<String> {
        // A national body is its own region: its name is not a place to shorten
        // (`国家市场监督管理总局` holds a 市 that is no city). A place standing as its
        // own issuer (`順義區`) ends with a place's suffix and is shortened as usual.
        if let (Some(region), Some(issuer)) = (&self.meta.region, &self.meta.issuer) {
            let is_place = region.ends_with(PLACE_SUFFIXES);
            if region == issuer && !is_place {
                return Some(issuer.clone());
            }
        }
        let place = self.meta.region.as_deref().map(|region| {
            let short = short_place(region);
            match department(self.meta.issuer.as_deref(), region) {
                Some(dept) => format!("{short}{dept}"),
                None => short.to_string(),
            }
        });
        place.or_else(|| self.meta.issuer.clone())
    }
}

/// The department in an issuer's name after its place (`中山市司法局` → `司法局`); `None`
/// for the place's own government or party committee, a joint issuer, or a place alone.
fn department<'a>(issuer: Option<&'a str>, region: &str) -> Option<&'a str> {
    let dept = issuer?.strip_prefix(region)?;
    let government = dept.is_empty()
        || dept.contains(' ')
        || ["人民政府", "政府", "委", "党委", "黨委"]
            .iter()
            .any(|g| dept.starts_with(g));
    (!government).then_some(dept)
}

/// The characters an administrative unit's name ends with.
const PLACE_SUFFIXES: [char; 13] = [
    '省', '市', '区', '區', '县', '縣', '州', '旗', '盟', '镇', '鎮', '乡', '鄉',
];

/// A short place name for lists: `襄城区` → `襄城`, `北京市顺义区` → `顺义`,
/// `濮阳市城乡一体化示范区` → `濮阳`. The name is cut into administrative units at their
/// suffixes; a province or municipality in front of a smaller unit is dropped, and the first
/// unit left is shown without its suffix.
pub fn short_place(region: &str) -> &str {
    const MUNICIPALITIES: [&str; 4] = ["北京", "上海", "天津", "重庆"];
    // (start, end-without-suffix, end) of each unit of at least two characters.
    let mut units = Vec::new();
    let mut start = 0;
    for (i, c) in region.char_indices() {
        if PLACE_SUFFIXES.contains(&c) && region[start..i].chars().count() >= 2 {
            units.push((start, i, i + c.len_utf8()));
            start = i + c.len_utf8();
        }
    }
    let Some(&first) = units.first() else {
        return region;
    };
    let is_upper = |(s, e, end): (usize, usize, usize)| {
        region[e..end].starts_with('省') || MUNICIPALITIES.contains(&&region[s..e])
    };
    let chosen = if is_upper(first) && units.len() > 1 {
        units[1]
    } else {
        first
    };
    &region[chosen.0..chosen.1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_place_drops_suffix_only_when_a_name_is_left() {
        assert_eq!(short_place("襄城区"), "襄城");
        assert_eq!(short_place("順義區"), "順義");
        assert_eq!(short_place("濮阳市城乡一体化示范区"), "濮阳");
        assert_eq!(short_place("北京市顺义区"), "顺义");
        assert_eq!(short_place("山西省侯马市"), "侯马");
        assert_eq!(short_place("某市"), "某市");
        assert_eq!(short_place("司法局"), "司法局");
    }

    #[test]
    fn labels_name_a_department_after_its_place() {
        let mut r = crate::parse_report("a.txt".into(), "一、总体\n工作。\n".to_string());
        r.meta.year = Some(2020);
        r.meta.region = Some("中山市".into());
        r.meta.issuer = Some("中山市司法局".into());
        assert_eq!(r.label(), "中山司法局 2020");
        r.meta.issuer = Some("中山市人民政府".into());
        assert_eq!(r.label(), "中山 2020");
        r.meta.region = None;
        r.meta.issuer = Some("国务院".into());
        assert_eq!(r.label(), "国务院 2020");
        // A national body is its own region, and its name is kept whole.
        r.meta.issuer = Some("国家市场监督管理总局".into());
        r.meta.region = r.meta.issuer.clone();
        assert_eq!(r.label(), "国家市场监督管理总局 2020");
        // A place that stands as its own issuer is still a place.
        r.meta.issuer = Some("順義區".into());
        r.meta.region = r.meta.issuer.clone();
        assert_eq!(r.label(), "順義 2020");
    }

    #[test]
    fn the_last_line_has_no_newline() {
        let r = crate::parse_report("a.txt".into(), "一、总体\n工作。\n".to_string());
        assert_eq!(r.line_count(), 2);
        assert_eq!(r.line_text(2), "工作。");
        assert_eq!(r.line_text(3), "");
    }

    #[test]
    fn date_prints_iso() {
        let d = Date {
            year: 2024,
            month: 1,
            day: 19,
        };
        assert_eq!(d.to_string(), "2024-01-19");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2024-01-19\"");
    }
}
