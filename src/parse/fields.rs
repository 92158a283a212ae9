//! Page-metadata fields (`发布日期:2021-01-27`, `[ 发布机构 ] 某局`, `| 标 题 | 某报告 |`):
//! which lines carry them and what they say. Labels are matched against the known field
//! names however a page writes them: run together with the value before them, in
//! brackets, letter-spaced, in traditional characters, or alone in a table cell with the
//! value in the next one.

use super::clutter::too_long;
use super::markers::is_space;

/// Known page-metadata field names, longest first so `发布时间` wins over `时间`.
const FIELDS: &[&str] = &[
    "您现在的位置",
    "信息索引号",
    "网站标识码",
    "字体大小",
    "文章来源",
    "信息来源",
    "发布机构",
    "发文机关",
    "发文单位",
    "发布单位",
    "所属机构",
    "公开日期",
    "发布日期",
    "成文日期",
    "发文日期",
    "发文时间",
    "印发日期",
    "生成日期",
    "发布时间",
    "更新时间",
    "生效时间",
    "生效日期",
    "终止时间",
    "废止日期",
    "浏览次数",
    "阅读次数",
    "访问次数",
    "点击次数",
    "主题分类",
    "体裁分类",
    "组配分类",
    "信息分类",
    "服务对象",
    "公开方式",
    "公开形式",
    "公开范围",
    "公开时限",
    "公开主体",
    "发文字号",
    "信息名称",
    "文件名称",
    "内容概述",
    "内容摘要",
    "主办单位",
    "承办单位",
    "协办单位",
    "技术支持",
    "网站发布",
    "责任编辑",
    "当前位置",
    "您的位置",
    "所在位置",
    "索引号",
    "主题词",
    "关键词",
    "关键字",
    "有效性",
    "点击数",
    "点击量",
    "浏览量",
    "阅读量",
    "访问量",
    "浏览",
    "点击",
    "发布者",
    "来源",
    "日期",
    "时间",
    "字号",
    "字体",
    "栏目",
    "分类",
    "标题",
    "文号",
    "序号",
    "主办",
    "承办",
    "协办",
    "维护",
    "作者",
    "编辑",
    "分享",
    "打印",
];

/// Field names whose value is a publication date, best first.
pub const PUBLISHED_FIELDS: &[&str] = &[
    "发布日期",
    "发布时间",
    "公开日期",
    "网站发布",
    "日期",
    "时间",
    "成文日期",
    "发文日期",
    "印发日期",
];

/// Field names whose value names the issuing body.
pub const ISSUER_FIELDS: &[&str] = &["发布机构", "发文机关", "发文单位", "发布单位", "所属机构"];

/// Field names whose value may name the body the text came from (`信息来源:陵川县教育局`);
/// weaker than `ISSUER_FIELDS`, since a site also writes `来源:本网`.
pub const SOURCE_FIELDS: &[&str] = &["信息来源", "文章来源", "来源"];

/// Field names whose value names the site owner (a weaker hint at the issuing place).
pub const OWNER_FIELDS: &[&str] = &["主办", "主办单位"];

/// A `字段:值` pair found in a page-metadata line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    pub key: &'static str,
    pub value: &'a str,
}

/// The `字段:值` pairs of a page-metadata line, in order. Fields may run together with no
/// space between (`序号:27发布机构:示范区网站发布:2021-06-21`), so each colon is matched
/// to the longest known field name that ends right before it. Disclosure tables also
/// write a label in brackets (`[ 发布机构 ] 市卫生健康委`, `【发布机构】…`) and cells between
/// pipes (`| 发文机关:黎侯镇人民政府 | 主题词: |`); values lose the pipes around them.
pub fn fields(line: &str) -> Vec<Field<'_>> {
    fields_at(line).into_iter().map(|(f, _)| f).collect()
}

/// Traditional forms of field names, with the simplified name they stand for.
const TRADITIONAL_FIELDS: &[(&str, &str)] = &[
    ("您現在的位置", "您现在的位置"),
    ("信息索引號", "信息索引号"),
    ("文章來源", "文章来源"),
    ("信息來源", "信息来源"),
    ("發布機構", "发布机构"),
    ("發佈機構", "发布机构"),
    ("發文機關", "发文机关"),
    ("發布日期", "发布日期"),
    ("發佈日期", "发布日期"),
    ("公開日期", "公开日期"),
    ("發布時間", "发布时间"),
    ("發佈時間", "发布时间"),
    ("更新時間", "更新时间"),
    ("瀏覽次數", "浏览次数"),
    ("閱讀次數", "阅读次数"),
    ("點擊次數", "点击次数"),
    ("主題分類", "主题分类"),
    ("發文字號", "发文字号"),
    ("責任編輯", "责任编辑"),
    ("訪問次數", "访问次数"),
    ("關鍵詞", "关键词"),
    ("關鍵字", "关键字"),
    ("當前位置", "当前位置"),
    ("索引號", "索引号"),
    ("點擊數", "点击数"),
    ("瀏覽量", "浏览量"),
    ("閱讀量", "阅读量"),
    ("來源", "来源"),
    ("時間", "时间"),
    ("字號", "字号"),
    ("字體", "字体"),
    ("分類", "分类"),
    ("欄目", "栏目"),
    ("標題", "标题"),
    ("文號", "文号"),
    ("編輯", "编辑"),
];

/// Whether `before` ends with `name`, its characters written together or each one
/// spaced from the next (`标 题`, `索 引 号`, as tables letter-space short labels).
/// Returns where the name starts. A spaced name must stand as a word of its own.
fn ends_with_label(before: &str, name: &str) -> Option<usize> {
    if before.ends_with(name) {
        return Some(before.len() - name.len());
    }
    if let Some(at) = ends_with_glossed(before, name) {
        return Some(at);
    }
    let mut rest = before;
    let mut chars = name.chars().rev().peekable();
    while let Some(c) = chars.next() {
        rest = rest.strip_suffix(c)?;
        if chars.peek().is_some() {
            let spaced = rest.trim_end_matches(is_space);
            if spaced.len() == rest.len() {
                return None;
            }
            rest = spaced;
        }
    }
    let open = rest.chars().next_back();
    open.is_none_or(|c| is_space(c) || is_cell_mark(c) || c == '-')
        .then_some(rest.len())
}

/// Whether `before` ends with `name` as a converted mirror writes it, a pinyin gloss
/// after some of its characters (`發(fā)布時(shí)間`). Returns where the name starts.
fn ends_with_glossed(before: &str, name: &str) -> Option<usize> {
    let mut rest = before;
    let mut glossed = false;
    for c in name.chars().rev() {
        let bare = without_gloss(rest);
        glossed |= bare.len() < rest.len();
        rest = bare.strip_suffix(c)?;
    }
    glossed.then_some(rest.len())
}

/// Longest pinyin gloss, in letters.
const MAX_GLOSS_LETTERS: usize = 6;

/// `s` without the pinyin gloss that ends it (`發(fā)` → `發`): a bracketed syllable
/// with a tone mark.
fn without_gloss(s: &str) -> &str {
    let Some(inner) = s.strip_suffix(')') else {
        return s;
    };
    let Some(open) = inner.rfind('(') else {
        return s;
    };
    let gloss = &inner[open + 1..];
    let n = gloss.chars().count();
    let pinyin = (1..=MAX_GLOSS_LETTERS).contains(&n)
        && !gloss.is_ascii()
        && gloss
            .chars()
            .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c));
    if pinyin {
        &inner[..open]
    } else {
        s
    }
}

/// The known field a label ends with, and where the label starts: the longest name in
/// either script (`發布日期` over `日期`).
fn label_before(before: &str) -> Option<(&'static str, usize)> {
    let simplified = FIELDS
        .iter()
        .find_map(|f| ends_with_label(before, f).map(|at| (*f, at)));
    let traditional = TRADITIONAL_FIELDS
        .iter()
        .find_map(|(t, f)| ends_with_label(before, t).map(|at| (*f, at)));
    match (simplified, traditional) {
        (Some(s), Some(t)) => Some(if t.1 < s.1 { t } else { s }),
        (s, t) => s.or(t),
    }
}

/// Byte ranges of the cells of a pipe row (`索引号 | 4/2023-00004 | 发文字号 | |`).
pub(super) fn pipe_cells(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if matches!(c, '|' | '\u{ff5c}') {
            cells.push(start..i);
            start = i + c.len_utf8();
        }
    }
    cells.push(start..line.len());
    cells
}

/// The `字段:值` pairs of a line with where each label starts.
fn fields_at(line: &str) -> Vec<(Field<'_>, usize)> {
    // (key, key start, value start, value end if bounded)
    let mut found: Vec<(&'static str, usize, usize, Option<usize>)> = Vec::new();
    for (i, c) in line.char_indices() {
        let bracketed = matches!(c, ']' | '】' | '\u{ff3d}');
        if c != ':' && c != '\u{ff1a}' && !bracketed {
            continue;
        }
        let before = line[..i].trim_end_matches([' ', '\u{3000}', '\u{a0}']);
        let Some((key, mut key_start)) = label_before(before) else {
            continue;
        };
        if bracketed {
            // `[ 发布机构 ]`: the label must open with its bracket.
            let open = line[..key_start].trim_end_matches([' ', '\u{3000}', '\u{a0}']);
            match open.char_indices().next_back() {
                Some((j, '[' | '【' | '\u{ff3b}')) => key_start = j,
                _ => continue,
            }
        }
        found.push((key, key_start, i + c.len_utf8(), None));
    }
    // A table that puts each label in a cell of its own, with no colon
    // (`标 题 | 某局2022年报告 | |`): the next cell is its value.
    if line.contains(['|', '\u{ff5c}']) {
        let cells = pipe_cells(line);
        for (n, cell) in cells.iter().enumerate() {
            let raw = &line[cell.clone()];
            let label = raw.trim_matches(is_space);
            if label.is_empty() || label.contains([':', '\u{ff1a}', ']', '】']) {
                continue;
            }
            let Some((key, at)) = label_before(label) else {
                continue;
            };
            if at != 0 {
                continue;
            }
            let key_start = cell.start + (raw.len() - raw.trim_start_matches(is_space).len());
            let value = cells.get(n + 1).cloned().unwrap_or(cell.end..cell.end);
            found.push((key, key_start, value.start, Some(value.end)));
        }
        found.sort_by_key(|f| f.1);
    }
    let mut out = Vec::with_capacity(found.len());
    for (n, &(key, key_start, value_start, bounded)) in found.iter().enumerate() {
        let next = found.get(n + 1).map(|f| f.1).unwrap_or(line.len());
        let value_end = bounded.map_or(next, |b| b.min(next));
        let value = line[value_start..value_end.max(value_start)].trim_matches([
            ' ', '\u{3000}', '\u{a0}', '\t', '|', '\u{ff5c}', ':', '\u{ff1a}',
        ]);
        out.push((Field { key, value }, key_start));
    }
    out
}

/// Whether a line is a page-metadata line: it starts with a known field and a colon.
pub fn is_field_line(line: &str) -> bool {
    let line = line.trim();
    let marks = [':', '\u{ff1a}', ']', '】', '\u{ff3d}', '|', '\u{ff5c}'];
    if too_long(line) || !line.contains(marks) {
        return false;
    }
    let fs = fields_at(line);
    let Some(&(_, first)) = fs.first() else {
        return false;
    };
    // The first field must open the line (after its bullet or pipe, or as a bracketed
    // label); a sentence like `意见建议:一是…` is not metadata.
    let lead = line.len() - strip_cell_marks(line).len();
    first == lead
}

/// Bullets and table pipes that open a line of a disclosure block (`• 索引号:…`,
/// `| 发文机关:…`).
pub fn is_cell_mark(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '●'
            | '○'
            | '▪'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '►'
            | '▶'
            | '|'
            | '\u{ff5c}'
            | '*'
    ) || is_space(c)
}

/// The line without the bullets, pipes and spaces that open it (a hyphen too, when a
/// space follows it: `- 索 引 号:…`).
pub fn strip_cell_marks(line: &str) -> &str {
    let s = line.trim_start_matches(is_cell_mark);
    match s.strip_prefix('-') {
        Some(rest) if rest.starts_with(is_space) => rest.trim_start_matches(is_cell_mark),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lines() {
        for s in [
            "来源:   日期:2021-01-27",
            "索引号: 011158671/2021-03075 分类: 司法;其他",
            "发布机构: 襄城区人民政府 公开日期: 2021-01-27",
            "标题: 襄城区人民政府2020年度法治政府建设工作报告",
            "文号: 主题词:",
            "生效时间: 终止时间: 来源:",
            "序号:27发布机构:濮阳市城乡一体化示范区网站发布:2021-06-21",
            "承办:侯马市人民政府办公室",
            "浏览次数:128",
            "字号:【大 中 小】",
        ] {
            assert!(is_field_line(s), "{s}");
        }
        assert!(!is_field_line("意见建议:一是加强顶层设计"));
        assert!(!is_field_line(
            "2020年,我区法治政府建设工作虽然取得了一定成绩:"
        ));
    }

    #[test]
    fn glossed_traditional_labels_are_fields() {
        // A converted mirror glosses some characters of a label with pinyin.
        let line =
            "發(fā)布時(shí)間:2009-03-06 08:30:00 訪問次數(shù): 某某 信息來源:某縣政府網(wǎng)";
        assert!(is_field_line(line));
        let pairs: Vec<_> = fields(line).iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(pairs[0], ("发布时间", "2009-03-06 08:30:00"));
        assert_eq!(pairs[2].0, "信息来源");
        assert!(is_field_line("關(guān)鍵詞:年度報告"));
        // A bracket that is no gloss does not make a label.
        assert!(!is_field_line("發(ABC)布時間說明:某某"));
    }

    #[test]
    fn fields_run_together_are_split() {
        let fs = fields("序号:27发布机构:濮阳市城乡一体化示范区网站发布:2021-06-21");
        let pairs: Vec<_> = fs.iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(
            pairs,
            [
                ("序号", "27"),
                ("发布机构", "濮阳市城乡一体化示范区"),
                ("网站发布", "2021-06-21")
            ]
        );
        let fs = fields("发布机构: 襄城区人民政府 公开日期: 2021-01-27");
        assert_eq!(fs[0].value, "襄城区人民政府");
        assert_eq!(fs[1].key, "公开日期");
        assert_eq!(fs[1].value, "2021-01-27");
    }

    #[test]
    fn bracketed_and_piped_fields() {
        let fs = fields("[ 成文日期 ] 2021-01-11 [ 发布日期 ] 2021-01-19");
        let pairs: Vec<_> = fs.iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(
            pairs,
            [("成文日期", "2021-01-11"), ("发布日期", "2021-01-19")]
        );
        let fs = fields("| 发文字号: | 发文时间:2025-12-22 |");
        let pairs: Vec<_> = fs.iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(pairs, [("发文字号", ""), ("发文时间", "2025-12-22")]);
        assert!(is_field_line("[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告"));
        assert!(is_field_line("| 索引号:000014349/2026-02861 | |"));
        assert!(is_field_line("• 发布机构: 皮山县教育局"));
    }

    #[test]
    fn labels_however_a_table_writes_them() {
        // Letter-spaced, after a hyphen bullet.
        let fs = fields("- 索 引 号:371324/2023-00041");
        assert_eq!((fs[0].key, fs[0].value), ("索引号", "371324/2023-00041"));
        assert!(is_field_line(
            "- 标 题:某县司法局2022年度法治政府建设情况报告"
        ));
        // In traditional characters.
        let fs = fields("來源:某市人民政府 發布日期:2022-04-07");
        let pairs: Vec<_> = fs.iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(
            pairs,
            [("来源", "某市人民政府"), ("发布日期", "2022-04-07")]
        );
        // Alone in a cell, the value in the next one.
        let fs = fields("标 题 | 某县2023年政府信息公开工作年度报告 | ||");
        assert_eq!(
            (fs[0].key, fs[0].value),
            ("标题", "某县2023年政府信息公开工作年度报告")
        );
        let fs = fields("成文日期 | 2023-01-16 | 发布日期 | 2023-01-18 |");
        let pairs: Vec<_> = fs.iter().map(|f| (f.key, f.value)).collect();
        assert_eq!(
            pairs,
            [("成文日期", "2023-01-16"), ("发布日期", "2023-01-18")]
        );
        assert!(is_field_line("索引号 | 4/2023-00004 | 发文字号 | |"));
        // A value's last words are not a label spaced from the next one.
        let fs = fields("公开方式:主动公开 日期:2021-01-02");
        assert_eq!(fs[0].value, "主动公开");
        // A sentence that happens to hold a pipe is no table.
        assert!(!is_field_line("全年办理案件12件 | 同比增长5%"));
    }
}
