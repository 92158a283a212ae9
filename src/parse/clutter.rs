//! Web-page clutter: the site chrome and page metadata that surround a report copied
//! from a government website, and the page fields they carry (date, issuing body).
//!
//! Three kinds of evidence, from strongest to weakest:
//! - lines that are chrome wherever they stand (breadcrumbs, ICP numbers, copyright,
//!   "返回主站", print/share/close bars, browser hints);
//! - `字段:值` page-metadata lines (来源, 日期, 索引号, 发布机构, …) and the site-name
//!   line, trusted only in the header and footer zones around the report text, since a
//!   report sentence may start with 来源 too;
//! - short lines that repeat elsewhere and stand next to clutter (a header block the
//!   page printed again at the bottom).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Known page-metadata field names, longest first so `网站发布` wins over `发布`.
const FIELDS: &[&str] = &[
    "信息索引号",
    "您现在的位置",
    "文章来源",
    "信息来源",
    "发布机构",
    "发文机关",
    "所属机构",
    "公开日期",
    "发布日期",
    "成文日期",
    "发文日期",
    "印发日期",
    "生成日期",
    "发布时间",
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
    "服务对象",
    "公开方式",
    "公开范围",
    "公开时限",
    "发文字号",
    "主办单位",
    "承办单位",
    "协办单位",
    "技术支持",
    "网站标识码",
    "网站发布",
    "责任编辑",
    "当前位置",
    "您的位置",
    "所在位置",
    "索引号",
    "主题词",
    "关键词",
    "有效性",
    "点击数",
    "浏览量",
    "发布者",
    "来源",
    "日期",
    "时间",
    "字号",
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
pub const ISSUER_FIELDS: &[&str] = &["发布机构", "发文机关", "所属机构"];

/// Field names whose value names the site owner (a weaker hint at the issuing place).
pub const OWNER_FIELDS: &[&str] = &["主办", "主办单位"];

/// Substrings that mark a line as site chrome wherever it stands.
const CHROME: &[&str] = &[
    "ICP备",
    "ICP证",
    "公网安备",
    "网站标识码",
    "版权所有",
    "©",
    "Copyright",
    "COPYRIGHT",
    "技术支持:",
    "技术支持\u{ff1a}",
    "返回主站",
    "返回首页",
    "返回顶部",
    "返回列表",
    "【打印】",
    "【关闭】",
    "【打印本页】",
    "【关闭窗口】",
    "打印本页",
    "关闭窗口",
    "【字体",
    "【字号",
    "字号:大",
    "字号\u{ff1a}大",
    "分享到",
    "扫一扫在手机",
    "最佳浏览效果",
    "严禁上网",
    "涉密信息不上网",
    "上一篇",
    "下一篇",
    "网站地图",
    "联系我们",
    "收藏本站",
    "设为首页",
];

/// Whole lines that are page buttons when they stand alone.
const CHROME_LINES: &[&str] = &[
    "打印",
    "关闭",
    "返回",
    "收藏",
    "分享",
    "微信",
    "微博",
    "顶部",
    "大",
    "中",
    "小",
    "[打印]",
    "[关闭]",
    "[返回]",
    "【大 中 小】",
    "打印 关闭",
    "关闭本页",
    "打印此页",
];

/// Prefixes that mark a breadcrumb or navigation line.
const NAV_PREFIXES: &[&str] = &[
    "当前位置",
    "您的位置",
    "您现在的位置",
    "所在位置",
    "首页 >",
    "首页>",
    "<<返回",
    "« 返回",
];

/// Lines longer than this (in characters) are never taken for clutter: chrome is short,
/// and skipping long lines keeps the check off the paragraphs that make up most text.
const MAX_CLUTTER_CHARS: usize = 160;

/// Whether a line is too long to be chrome. Checked on bytes first: a line of more than
/// four bytes per allowed character cannot be short enough.
fn too_long(line: &str) -> bool {
    line.len() > MAX_CLUTTER_CHARS * 4
        || (line.len() > MAX_CLUTTER_CHARS && line.chars().count() > MAX_CLUTTER_CHARS)
}

/// A `字段:值` pair found in a page-metadata line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    pub key: &'static str,
    pub value: &'a str,
}

/// The `字段:值` pairs of a page-metadata line, in order. Fields may run together with no
/// space between (`序号:27发布机构:示范区网站发布:2021-06-21`), so each colon is matched
/// to the longest known field name that ends right before it.
pub fn fields(line: &str) -> Vec<Field<'_>> {
    // (key, key start, value start)
    let mut found: Vec<(&'static str, usize, usize)> = Vec::new();
    for (i, c) in line.char_indices() {
        if c != ':' && c != '\u{ff1a}' {
            continue;
        }
        let before = line[..i].trim_end_matches([' ', '\u{3000}', '\u{a0}']);
        if let Some(key) = FIELDS.iter().find(|f| before.ends_with(*f)) {
            let key_start = before.len() - key.len();
            // The key must start the line, follow a space or a previous value.
            found.push((key, key_start, i + c.len_utf8()));
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (n, &(key, _, value_start)) in found.iter().enumerate() {
        let value_end = found.get(n + 1).map(|f| f.1).unwrap_or(line.len());
        let value = line[value_start..value_end.max(value_start)]
            .trim_matches([' ', '\u{3000}', '\u{a0}', '\t']);
        out.push(Field { key, value });
    }
    out
}

/// Whether a line is site chrome wherever it stands.
pub fn is_chrome(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || too_long(line) {
        return false;
    }
    CHROME_LINES.contains(&line)
        || NAV_PREFIXES.iter().any(|p| line.starts_with(p))
        || chrome_matcher().is_match(line)
}

/// One automaton for all chrome substrings: this check runs on every short line.
fn chrome_matcher() -> &'static AhoCorasick {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    MATCHER.get_or_init(|| {
        // The patterns are a fixed, valid list; building cannot fail.
        AhoCorasick::new(CHROME).unwrap_or_else(|e| unreachable!("chrome patterns: {e}"))
    })
}

/// Whether a line is a page-metadata line: it starts with a known field and a colon.
pub fn is_field_line(line: &str) -> bool {
    let line = line.trim();
    if too_long(line) || !line.contains([':', '\u{ff1a}']) {
        return false;
    }
    let fs = fields(line);
    let Some(first) = fs.first() else {
        return false;
    };
    // The first field must open the line; a sentence like `意见建议:一是…` is not metadata.
    line.starts_with(first.key)
}

/// Whether a line is a site name (`襄城区人民政府网`, `XX市司法局门户网站`).
pub fn is_site_name(line: &str) -> bool {
    let line = line.trim();
    let n = line.chars().count();
    (2..=30).contains(&n)
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && ["网", "网站", "门户", "政务网", "官网", "政府网站"]
            .iter()
            .any(|end| line.ends_with(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        for s in [
            "当前位置:首页 > 政府信息公开 > 法治政府建设年度报告",
            "晋ICP备11001650-1号 网站标识码:1410810005",
            "主办:山西省侯马市人民政府办公室 © 版权所有",
            "<<返回主站",
            "【打印】【关闭】",
            "侯马市人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!",
            "涉密文件严禁上网",
            "京公网安备 11011302001234号",
            "Copyright 2021 All Rights Reserved",
            "分享到:微信 微博",
            "扫一扫在手机打开当前页",
            "涉密信息不上网,上网信息不涉密",
            "打印",
            "[关闭]",
        ] {
            assert!(is_chrome(s), "{s}");
        }
        assert!(!is_chrome("一、落实主体责任,将法治政府建设摆在突出位置"));
        assert!(!is_chrome("全年共办理行政复议案件4件。"));
        assert!(!is_chrome("推进无障碍环境建设和适老化改造。"));
    }

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
    fn site_names() {
        assert!(is_site_name("襄城区人民政府网"));
        assert!(is_site_name("某某市司法局门户网站"));
        assert!(!is_site_name("襄城区人民政府2020年度法治政府建设工作报告"));
        assert!(!is_site_name("推进“互联网+政务服务”,建设政务网"));
    }
}
