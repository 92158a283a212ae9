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
//!
//! The field labels are read in `fields`; lines told by their shape alone (a date
//! widget, a page number, a list of links) in `furniture`.

use std::sync::OnceLock;

pub use super::fields::{
    fields, is_cell_mark, is_field_line, strip_cell_marks, Field, ISSUER_FIELDS, OWNER_FIELDS,
    PUBLISHED_FIELDS, SOURCE_FIELDS,
};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::fields::pipe_cells;
use super::furniture;
use super::markers::{is_han, is_space};

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
    "浏览本页",
    "本页内容",
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
pub(super) fn too_long(line: &str) -> bool {
    line.len() > MAX_CLUTTER_CHARS * 4
        || (line.len() > MAX_CLUTTER_CHARS && line.chars().count() > MAX_CLUTTER_CHARS)
}

/// Whether a line is site chrome wherever it stands.
pub fn is_chrome(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || too_long(line) {
        return false;
    }
    // Cheap tests first: this runs on every short line of every report.
    CHROME_LINES.contains(&line)
        || TEMPLATE_DEBRIS.contains(&line)
        || NAV_PREFIXES.iter().any(|p| line.starts_with(p))
        || chrome_matcher().is_match(line)
        || is_breadcrumb(line)
        || is_site_list(line)
        || is_page_stamp(line)
        || is_widget_line(line)
        || furniture::is_date_widget(line)
        || furniture::is_page_number(line)
        || furniture::is_empty_row(line)
        || furniture::is_menu_bar(line)
        || furniture::is_dotted_stamp(line)
        || furniture::is_site_blurb(line)
        || furniture::is_url_row(line)
        || furniture::is_wiki_header_row(line)
        || furniture::is_editor_credit(line)
        || furniture::is_page_widget(line)
}

/// A site's header row: the site's name, then its web address or the page's fields
/// (`某某县人民政府门户网站 www.example.gov.cn 发布时间:2025-12-24 11:51`).
pub fn is_site_row(line: &str) -> bool {
    let line = super::title::clean_line(line);
    let Some((name, rest)) = line.split_once(is_space) else {
        return false;
    };
    let rest = rest.trim_matches(is_space);
    let (url, after) = rest.split_once(is_space).unwrap_or((rest, ""));
    let web = url.starts_with("www.") || url.starts_with("http");
    is_site_name(name)
        && !rest.is_empty()
        && (is_field_line(rest) || (web && (after.trim().is_empty() || is_field_line(after))))
}

/// Words of page widgets, navigation and footers: a short line made of nothing else is a
/// button bar, a login strip or a footer link row (`字体:【 默认 超大`, `会员登录 新用户注册
/// 退出`, `相关词条`, and in traditional characters `熱門詞條`).
const WIDGET_WORDS: &[&str] = &[
    "字体大小",
    "字体",
    "字号",
    "默认",
    "超大",
    "特大",
    "标准",
    "大",
    "中",
    "小",
    "打印本页",
    "打印整页",
    "打印内容",
    "打印正文",
    "打印",
    "关闭窗口",
    "关闭本页",
    "关闭",
    "收藏本站",
    "加入收藏",
    "收藏",
    "分享到",
    "分享",
    "返回顶部",
    "返回首页",
    "返回列表",
    "返回",
    "顶部",
    "本页",
    "窗口",
    "微信",
    "微博",
    "朋友圈",
    "QQ空间",
    "扫一扫",
    "会员登录",
    "用户登录",
    "登录",
    "新用户注册",
    "免费注册",
    "注册",
    "退出",
    "找回密码",
    "搜索",
    "首页",
    "无障碍",
    "保护视力色",
    "护眼模式",
    "长者模式",
    "关怀版",
    "繁体",
    "简体",
    "繁體",
    "手机版",
    "网站地图",
    "联系我们",
    "联络我们",
    "关于我们",
    "相关词条",
    "热门词条",
    "相关链接",
    "相关文章",
    "相关阅读",
    "相关推荐",
    "推荐阅读",
    "热门文章",
    "热点推荐",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "纠错",
    "我要纠错",
    "设为首页",
    "English",
    "RSS",
    "阅读",
    "次",
    // Traditional forms.
    "字體大小",
    "字體",
    "字號",
    "默認",
    "列印本頁",
    "列印",
    "打印本頁",
    "關閉視窗",
    "關閉窗口",
    "關閉",
    "返回頂部",
    "返回首頁",
    "頂部",
    "本頁",
    "視窗",
    "掃一掃",
    "會員登錄",
    "會員登入",
    "登錄",
    "登入",
    "註冊",
    "搜尋",
    "首頁",
    "無障礙",
    "網站地圖",
    "聯絡我們",
    "聯繫我們",
    "關於我們",
    "相關詞條",
    "熱門詞條",
    "相關鏈接",
    "相關連結",
    "相關文章",
    "相關閱讀",
    "推薦閱讀",
    "閱讀",
];

/// Whether a short line is made only of widget words, brackets, separators and numbers.
pub fn is_widget_line(line: &str) -> bool {
    if line.chars().count() > 60 {
        return false;
    }
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    let matcher = MATCHER.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(WIDGET_WORDS)
            // A fixed list of plain strings: building cannot fail.
            .unwrap_or_else(|e| unreachable!("widget words: {e}"))
    });
    let mut covered = 0;
    let mut words = 0;
    let mut uncovered_han = false;
    for m in matcher.find_iter(line) {
        words += 1;
        uncovered_han |= line[covered..m.start()].chars().any(is_han);
        covered = m.end();
    }
    uncovered_han |= line[covered..].chars().any(is_han);
    words > 0 && !uncovered_han && line.chars().any(is_han)
}

/// What a breadcrumb puts between its steps (`首页 > 政务公开`, `首页→ 网站公告`).
const BREADCRUMB_SEPARATORS: [char; 5] = ['>', '\u{ff1e}', '›', '»', '→'];

/// `您当前所在的位置: 首页 > …`, `首页 > 信息公开 > …`, `部门 > 区生态环境局 > 政务公开 > …`:
/// a position label, or a path of short segments joined by `>`.
pub fn is_breadcrumb(line: &str) -> bool {
    let separated = line.contains(BREADCRUMB_SEPARATORS);
    if !separated && !line.contains("位置") {
        return false;
    }
    let head_end = line
        .char_indices()
        .nth(14)
        .map(|(i, _)| i)
        .unwrap_or(line.len());
    let head = &line[..head_end];
    if let Some(i) = head.find("位置") {
        let after = line[i + "位置".len()..].trim_start_matches(['是', ' ']);
        if after.starts_with([':', '\u{ff1a}']) {
            return true;
        }
    }
    if !separated {
        return false;
    }
    let segments: Vec<&str> = line
        .split(BREADCRUMB_SEPARATORS)
        .map(|s| s.trim_matches(is_space))
        .filter(|s| !s.is_empty())
        .collect();
    let separators = line.matches(BREADCRUMB_SEPARATORS).count();
    let short = segments
        .iter()
        .all(|s| s.chars().count() <= 16 && !s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}']));
    short
        && segments.len() >= 2
        && (separators >= 2 || segments.first().is_some_and(|s| s.ends_with("首页")))
}

/// Site names joined by pipes or dashes (`中国政府网|重庆市人民政府网`,
/// `公文搜网 - 蓝秘书公文之家`): a header strip of links.
pub fn is_site_list(line: &str) -> bool {
    if !line.contains(['|', '\u{ff5c}']) && !line.contains(" - ") {
        return false;
    }
    let parts: Vec<&str> = line
        .split(['|', '\u{ff5c}'])
        .flat_map(|p| p.split(" - "))
        .map(|p| p.trim_matches(is_space))
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().any(|p| is_site_name(p))
        && parts.iter().all(|p| {
            p.chars().count() <= 16 && !p.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}'])
        })
}

/// A page's time stamp line (`公文搜 2021-07-27 18:07:48 政府报告`): a date and a clock
/// time among a few short words, no sentence.
pub fn is_page_stamp(line: &str) -> bool {
    line.contains(':')
        && line.chars().count() <= 50
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}'])
        && super::dates::find_date(line).is_some()
        && has_clock_time(line)
}

/// `18:07` or `18:07:48` as a token of its own, perhaps closed by a bracket or run into
/// the byline after it (`18:00)`, `03:54:19某某`).
fn has_clock_time(line: &str) -> bool {
    line.split(is_space).any(|tok| {
        let tok = tok.trim_start_matches(['(', '\u{ff08}']);
        let end = tok
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(tok.len());
        let (tok, after) = tok.split_at(end);
        if after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return false;
        }
        let parts: Vec<&str> = tok.split(':').collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Words of licence notes and wiki templates (`本作品在全世界都属于公有领域`,
/// `Public domain`, `维基文库`).
const LICENCE_WORDS: &[&str] = &[
    "公有领域",
    "公有領域",
    "Public domain",
    "public domain",
    "PUBLIC DOMAIN",
    "知识共享",
    "Creative Commons",
    "GNU Free Documentation",
    "维基文库",
    "維基文庫",
    "维基百科",
    "維基百科",
    "Wikisource",
    "Wikipedia",
];

/// Whether a line is a licence note or a wiki template line (as `is_chrome` finds them
/// among the chrome words, checked on its own for the licence tail).
pub fn is_licence(line: &str) -> bool {
    LICENCE_WORDS.iter().any(|w| line.contains(w))
}

/// Lines a wiki template leaves behind on its own (`false`).
const TEMPLATE_DEBRIS: &[&str] = &["false", "true", "null", "undefined", "NaN"];

/// One automaton for all chrome substrings: this check runs on every short line.
fn chrome_matcher() -> &'static AhoCorasick {
    static MATCHER: OnceLock<AhoCorasick> = OnceLock::new();
    MATCHER.get_or_init(|| {
        // The patterns are a fixed, valid list; building cannot fail.
        AhoCorasick::builder()
            // A DFA: a few dozen short patterns, searched on every short line.
            .kind(Some(AhoCorasickKind::DFA))
            .build(CHROME.iter().chain(LICENCE_WORDS))
            .unwrap_or_else(|e| unreachable!("chrome patterns: {e}"))
    })
}

/// A bracketed label of at most eight Han characters right at the start of `s` (after
/// spaces), closed by one of `close`.
fn opens_with_label(s: &str, close: &[char]) -> bool {
    let inner = s.trim_start_matches(is_space);
    inner.find(close).is_some_and(|e| {
        let l = inner[..e].trim_matches(is_space);
        (1..=8).contains(&l.chars().count()) && l.chars().all(is_han)
    })
}

/// How a line of a disclosure block is laid out, whatever its label says: a bullet or
/// pipe row (`• 性:`, `| 标题:… | |`), a bracketed label (`[ 索号 ]`), or a short
/// `标签:值` pair. Labels are often mangled on copied pages (`[ 有性 ]`, `• 题:`), so a
/// row is judged by its shape, and a block by the known fields among its rows.
pub fn is_disclosure_row(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    if line.is_empty() || too_long(line) {
        return false;
    }
    let first = line.chars().next().unwrap_or(' ');
    if is_cell_mark(first) || furniture::has_bullet(line) || is_table_row(line) {
        return true;
    }
    let rest = &line[first.len_utf8()..];
    match first {
        '[' | '\u{ff3b}' => opens_with_label(rest, &[']', '\u{ff3d}']),
        '【' => opens_with_label(rest, &['】']),
        _ => {
            // `发布机构: 市卫生健康委`: a short label and its value.
            let Some(colon) = line.find([':', '\u{ff1a}']) else {
                return false;
            };
            // Tables letter-space short labels (`名 称:`, `索 引 号:`).
            let label: String = line[..colon].chars().filter(|&c| !is_space(c)).collect();
            (1..=6).contains(&label.chars().count())
                && label.chars().all(is_han)
                && line.chars().count() <= 60
                && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}'])
        }
    }
}

/// A row of a table of short cells between pipes (`公开责任部门 | 公开形式: | 主动公开 | |`):
/// at least two pipes, no cell longer than a label or value, no sentence.
fn is_table_row(line: &str) -> bool {
    line.matches(['|', '\u{ff5c}']).count() >= 2
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}'])
        && pipe_cells(line)
            .iter()
            .all(|c| line[c.clone()].trim_matches(is_space).chars().count() <= 40)
}

/// Whether a line is a site name (`襄城区人民政府网`, `XX市司法局门户网站`).
pub fn is_site_name(line: &str) -> bool {
    let line = line.trim();
    let n = line.chars().count();
    (2..=30).contains(&n)
        && !line.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}', ':', '\u{ff1a}'])
        && [
            "网",
            "网站",
            "门户",
            "政务网",
            "官网",
            "政府网站",
            "網",
            "網站",
            "門戶",
        ]
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
    fn page_layout_chrome_by_what_it_is() {
        for s in [
            "您当前所在的位置: 首页 > 资讯中心 > 专题专栏",
            "您现在的位置是: 首页 > 专题材料 > 政府报告",
            "首页 > 信息公开 > 政府工作报告",
            "部门 > 区生态环境局 > 政务公开 > 法治政府建设年度报告",
            "字体大小:【大】 【中】 【小】",
            "字体:【 默认 超大",
            "会员登录  新用户注册 退出",
            "相關詞條",
            "熱門詞條",
            "中国政府网|重庆市人民政府网",
            "公文搜网 - 蓝秘书公文之家",
            "公文搜 2021-07-27 18:07:48 政府报告",
            "(发布于:2021-12-08 18:00)",
            "2021-12-28 03:54:19某某某",
            "本作品在全世界都属于公有领域",
            "首页→ 网站公告",
            "今天是:2021年4月6日 星期二",
            "- 3 -",
            "Public domain",
            "false",
        ] {
            assert!(is_chrome(s), "{s}");
        }
    }

    #[test]
    fn report_text_is_never_chrome() {
        for s in [
            "申请→受理→审核→办结,全流程网上办理。",
            "推进“一网通办”,建设政务服务网",
            "大中小企业融通发展",
            "二、存在的不足",
            "增长率>5%的企业有12家",
            "2021年3月5日9:30召开专题会议,研究部署法治政府建设工作。",
            "首页",
            "充分发挥门户网站作用,及时公开政府信息。",
        ] {
            assert!(!is_chrome(s) || s == "首页", "{s}");
        }
        // A lone `首页` is a navigation button, not text.
        assert!(is_chrome("首页"));
    }

    #[test]
    fn disclosure_rows_in_every_layout() {
        for s in [
            "[ 索引号 ] 11500000MB1670604W/2021-00088 [ 发文字号 ]",
            "• 性:",
            "• 11500226MB1511945B/2024-00004",
            "[ 有性 ]",
            "| 发文机关:黎侯镇人民政府 | 主题词: |",
            "【发布机构】某某县司法局",
            "发布机构: 市卫生健康委",
            "名 称: 某某区2024年法治政府建设工作报告",
        ] {
            assert!(is_disclosure_row(s), "{s}");
        }
        for s in [
            "意见建议:一是加强顶层设计,二是完善制度。",
            "2020年,我区法治政府建设工作取得成效:",
        ] {
            assert!(!is_disclosure_row(s), "{s}");
        }
    }

    #[test]
    fn site_rows() {
        assert!(is_site_row(
            "某某县人民政府门户网站 www.example.gov.cn 发布时间:2025-12-24 11:51"
        ));
        assert!(is_site_row("某某縣人民政府門戶網(wǎng)站 www.example.cn"));
        assert!(is_site_row("某某区人民政府网 来源:区司法局"));
        assert!(!is_site_row("某某县人民政府门户网站 欢迎您"));
        assert!(!is_site_row(
            "建设政务网 www.example.cn 上线运行,方便群众办事。"
        ));
    }

    #[test]
    fn site_names() {
        assert!(is_site_name("襄城区人民政府网"));
        assert!(is_site_name("某某市司法局门户网站"));
        assert!(is_site_name("水利部網站"));
        assert!(!is_site_name("襄城区人民政府2020年度法治政府建设工作报告"));
        assert!(!is_site_name("推进“互联网+政务服务”,建设政务网"));
    }
}
