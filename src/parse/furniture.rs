//! Page furniture told by its shape rather than its words: the header's date widget
//! (`今天是:2019年10月31日 星期三`), rules drawn with pipes (`|||||`), page numbers of a
//! printed copy (`- 2 -`), a bare publication stamp (`2022-04-14`) and a header's list of
//! links (`- 广州市人民政府` on line after line), a menu bar (`首 页 走进某县 新闻中心 …`),
//! a dotted time stamp (`18.03.2015 13:07`) and a document site's blurb (`下面是小编为大家
//! 整理的…,供大家参考。`). A report never writes its text so.

use super::dates::{find_date, parse_date};
use super::doclines::SENTENCE_MARKS;
use super::markers::{is_han, is_space};

/// Longest date-widget line, in characters.
const MAX_WIDGET_CHARS: usize = 40;

/// Weekday words of a date widget (`星期三`, `周三`, `星期天`) and the lunar date after it.
const WEEKDAYS: &[&str] = &[
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
    "星期天",
    "禮拜",
    "礼拜",
    "农历",
    "農曆",
];

/// A site's date widget: a short line holding a date and a weekday or a lunar date, and
/// no sentence (`天津市静海区人民政府 2019年12月3日星期二`). A report dates its text
/// without the weekday, and a sentence that names one has its punctuation.
pub fn is_date_widget(line: &str) -> bool {
    line.chars().count() <= MAX_WIDGET_CHARS
        && !line.contains(SENTENCE_MARKS)
        && WEEKDAYS.iter().any(|w| line.contains(w))
        && find_date(line).is_some()
}

/// A rule drawn with table pipes, or a table row left empty (`|`, `|||||`).
pub fn is_pipe_rule(line: &str) -> bool {
    line.contains(['|', '\u{ff5c}'])
        && line
            .chars()
            .all(|c| matches!(c, '|' | '\u{ff5c}') || is_space(c))
}

/// Dashes a printed page number stands between.
fn is_page_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '－')
}

/// The page number of a printed copy (`- 2 -`, `1 -`, a lone `-`): dashes and at most
/// three digits, nothing else.
pub fn is_page_number(line: &str) -> bool {
    let digits = line.chars().filter(char::is_ascii_digit).count();
    line.chars().count() <= 9
        && digits <= 3
        && line.chars().any(is_page_dash)
        && line
            .chars()
            .all(|c| is_page_dash(c) || c.is_ascii_digit() || is_space(c))
}

/// A bulleted row with nothing in it but punctuation (`• -`, `• |`): what a widget
/// leaves when its icons are dropped.
pub fn is_empty_row(line: &str) -> bool {
    has_bullet(line)
        && !strip_bullet(line)
            .chars()
            .any(|c| c.is_alphanumeric() || is_han(c))
}

/// Bullets that open a row of a page's header lists and metadata (`• 2022-04-07`,
/// `- 广东省人民政府`). A hyphen counts only with a space after it, as markup writes it.
pub fn strip_bullet(line: &str) -> &str {
    let s = line.trim_start_matches(is_space);
    for b in ['•', '·', '●', '○', '▪', '■', '◆', '►', '▶'] {
        if let Some(rest) = s.strip_prefix(b) {
            return rest.trim_start_matches(is_space);
        }
    }
    match s.strip_prefix('-') {
        Some(rest) if rest.starts_with(is_space) => rest.trim_start_matches(is_space),
        _ => s,
    }
}

/// Whether a line opens with a bullet (see `strip_bullet`).
pub fn has_bullet(line: &str) -> bool {
    strip_bullet(line).len() < line.trim_start_matches(is_space).len()
}

/// Longest name a byline puts before its date, in characters.
const MAX_BYLINE_NAME_CHARS: usize = 12;

/// A page's time stamp that is only a numeric date, perhaps bulleted (`2022-04-14`,
/// `• 2022-04-07`) or after the name of who posted it (`省政府办公厅 2022-03-15`): the
/// form a site prints, never a document's signing date (`2015年1月9日`), which a reader
/// keeps.
pub fn bare_stamp_date(line: &str) -> Option<crate::report::Date> {
    let s = strip_bullet(line).trim_matches(is_space);
    if s.contains(['年', '月']) || s.contains(SENTENCE_MARKS) {
        return None;
    }
    let mut tokens = s.split(is_space).filter(|t| !t.is_empty());
    let last = tokens.next_back()?;
    let date = parse_date(last)?;
    let names: Vec<&str> = tokens.collect();
    let byline = names.len() <= 2
        && names.iter().all(|t| {
            (1..=MAX_BYLINE_NAME_CHARS).contains(&t.chars().count()) && t.chars().all(is_han)
        });
    byline.then_some(date)
}

/// Longest entry of a header's link list, in characters.
const MAX_LINK_CHARS: usize = 20;

/// Fewest rows that make a list of links.
const MIN_LINK_ROWS: usize = 3;

/// A row of a header's link list: a bullet and a short name, no sentence, no digits
/// (`- 广州市人民政府`).
fn is_link_row(line: &str) -> bool {
    if !has_bullet(line) {
        return false;
    }
    let s = strip_bullet(line).trim_matches(is_space);
    let n = s.chars().count();
    (2..=MAX_LINK_CHARS).contains(&n)
        && s.chars().all(|c| is_han(c) || is_space(c))
        && !s.contains(SENTENCE_MARKS)
}

/// 0-based lines of the link lists among `lines[..end]`: runs of at least three link
/// rows, blank lines allowed between them. `lines` are the lines' contents.
pub fn link_lists(lines: &[&str], end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for (i, s) in lines.iter().enumerate().take(end) {
        if s.trim().is_empty() {
            continue;
        }
        if is_link_row(s) {
            run.push(i);
            continue;
        }
        if run.len() >= MIN_LINK_ROWS {
            out.append(&mut run);
        }
        run.clear();
    }
    if run.len() >= MIN_LINK_ROWS {
        out.append(&mut run);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_widgets() {
        assert!(is_date_widget("今天是:2021年4月6日 星期二 农历二月廿五"));
        assert!(is_date_widget("某某县人民政府 2022年5月9日星期一"));
        assert!(!is_date_widget(
            "2021年3月5日(星期五),县政府召开常务会议研究法治政府建设。"
        ));
        assert!(!is_date_widget("2021年3月5日"));
        assert!(!is_date_widget("星期三下午召开专题会议"));
    }

    #[test]
    fn rules_and_page_numbers() {
        assert!(is_pipe_rule("|"));
        assert!(is_pipe_rule("| | |||"));
        assert!(!is_pipe_rule("| 索引号:0001 |"));
        for s in ["-", "1 -", "- 12 -", "—3—"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["1", "2021-2025", "-3.5%", "一、", "12"] {
            assert!(!is_page_number(s), "{s}");
        }
        assert!(is_empty_row("• -"));
        assert!(!is_empty_row("• 2022-04-07"));
        assert!(!is_empty_row("-"));
    }

    #[test]
    fn bare_stamps() {
        assert_eq!(
            bare_stamp_date("• 2023-05-04").map(|d| (d.year, d.month, d.day)),
            Some((2023, 5, 4))
        );
        assert!(bare_stamp_date("2023-05-04").is_some());
        assert!(bare_stamp_date("2023年5月4日").is_none());
        assert!(bare_stamp_date("市政府办公室 2023-05-04").is_some());
        assert!(bare_stamp_date("2023年,全市 2023-05-04").is_none());
        assert!(bare_stamp_date("2023-05-04 召开会议").is_none());
    }

    #[test]
    fn link_lists_need_three_bulleted_names() {
        let lines = [
            "- 某某省人民政府",
            "- 甲市人民政府",
            "",
            "- 乙市人民政府",
            "某某区2023年计划执行情况的报告",
            "- 丙市人民政府",
        ];
        assert_eq!(link_lists(&lines, lines.len()), vec![0, 1, 3]);
        let text = ["- 完善制度,规范程序。", "- 加强培训", "- 强化监督"];
        // A row with a sentence mark breaks the run: two short rows are no list.
        assert!(link_lists(&text, text.len()).is_empty());
        // Hyphenated numbers are no bullets.
        assert!(!has_bullet("-3"));
        assert!(has_bullet("- 甲市"));
    }
}

/// Fewest entries of a menu bar.
const MIN_MENU_ITEMS: usize = 4;

/// Longest entry of a menu bar, in characters.
const MAX_MENU_ITEM_CHARS: usize = 8;

/// A site's menu bar: a home link (`首页`, perhaps letter-spaced `首   页`) and at least
/// three more short entries parted by spaces, no punctuation (`首页 走进某县 新闻中心 政务
/// 公开`).
pub fn is_menu_bar(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    let Some(rest) = s.strip_prefix('首') else {
        return false;
    };
    let Some(rest) = rest.trim_start_matches(is_space).strip_prefix(['页', '頁']) else {
        return false;
    };
    let items: Vec<&str> = rest.split(is_space).filter(|t| !t.is_empty()).collect();
    items.len() + 1 >= MIN_MENU_ITEMS
        && items
            .iter()
            .all(|t| t.chars().count() <= MAX_MENU_ITEM_CHARS && t.chars().all(is_han))
}

/// A time stamp written day first with dots (`18.03.2015  13:07`), as some page
/// templates print it: the date and a clock time, nothing else.
pub fn is_dotted_stamp(line: &str) -> bool {
    let tokens: Vec<&str> = line.split(is_space).filter(|t| !t.is_empty()).collect();
    let [date, time] = tokens.as_slice() else {
        return false;
    };
    let parts: Vec<&str> = date.split('.').collect();
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
    };
    let clock: Vec<&str> = time.split(':').collect();
    parts.len() == 3
        && digits(parts[0], 1..=2)
        && digits(parts[1], 1..=2)
        && digits(parts[2], 4..=4)
        && (2..=3).contains(&clock.len())
        && clock.iter().all(|p| digits(p, 1..=2))
}

/// A document site's blurb above the copy it serves (`下面是小编为大家整理的某局2020年
/// 工作总结,供大家参考。`): its editor speaks, not the report.
pub fn is_site_blurb(line: &str) -> bool {
    // `本站为你精心整理了…范文`: the same blurb in the site's own voice, either script.
    let site = [
        "小编",
        "小編",
        "本站为你",
        "本站為你",
        "本站为您",
        "本站為您",
    ]
    .iter()
    .any(|w| line.contains(w));
    // `…一文来源于网友上传,不代表本站观点`: a document site's disclaimer.
    let disclaimer = [
        "不代表本站观点",
        "不代表本站觀點",
        "来源于网友上传",
        "來源于網友上傳",
    ]
    .iter()
    .any(|w| line.contains(w));
    disclaimer
        || site
            && ["整理", "收集", "精选", "精選", "推荐", "推薦"]
                .iter()
                .any(|w| line.contains(w))
}

/// Roles a government news page credits at its foot (`终审:某某`, `审核:某某`).
const CREDIT_ROLES: &[&str] = &[
    "终审", "終審", "初审", "初審", "复审", "復審", "审核", "審核", "责编", "責編", "编辑", "編輯",
];

/// Longest credit line, in characters.
const MAX_CREDIT_CHARS: usize = 16;

/// A page's own widgets and labels that stand alone on a line: an image's place-holder
/// (`图片`, `01.png`), a read-aloud button (`人工智能朗读:`), a search box label
/// (`快捷搜索:论文 合同…`).
pub fn is_page_widget(line: &str) -> bool {
    let s = line.trim();
    let image = ["图片", "圖片"].contains(&s)
        || [".png", ".jpg", ".jpeg", ".gif", ".PNG", ".JPG"]
            .iter()
            .any(|e| s.ends_with(e) && !s.contains(char::is_whitespace) && s.is_ascii());
    let widget = [
        "人工智能朗读",
        "人工智能朗讀",
        "快捷搜索",
        "语音播报",
        "語音播報",
    ]
    .iter()
    .any(|w| s.starts_with(w) && s[w.len()..].starts_with([':', '\u{ff1a}']));
    image || widget || is_photo_caption(s)
}

/// Longest line of stray symbols, in characters.
const MAX_DEBRIS_CHARS: usize = 3;

/// Symbols a page's scripts and icons leave alone on a line. Chinese punctuation is left
/// out: a sentence broken inside its book titles leaves `》、《` on a line of its own.
const DEBRIS_SYMBOLS: &str = "?`'~^*#@!•·=+<>/\\";

/// A line of a few stray symbols and nothing else (`?`, `` `` ``, `•`).
pub fn is_symbol_debris(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    let n = s.chars().count();
    (1..=MAX_DEBRIS_CHARS).contains(&n) && s.chars().all(|c| DEBRIS_SYMBOLS.contains(c))
}

/// A page's title bar: words joined by underscores (`某某网_政务公开_首页`, a spam site's
/// keyword strip). Text never joins its words so.
pub fn is_title_bar(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    if s.contains(SENTENCE_MARKS) || s.chars().count() > 120 {
        return false;
    }
    let parts: Vec<&str> = s.split('_').map(|p| p.trim_matches(is_space)).collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| (2..=20).contains(&p.chars().count()) && p.chars().any(is_han))
}

/// Words a news column's name ends with (`衡水要闻`, `工作动态`, `本地新闻`).
const COLUMN_ENDS: &[&str] = &[
    "要闻", "要聞", "新闻", "新聞", "动态", "動態", "快讯", "快訊", "资讯", "資訊", "头条", "頭條",
];

/// Longest column name, in characters.
const MAX_COLUMN_CHARS: usize = 8;

/// A news column's name alone on its line (`衡水要闻`, `政务动态`).
pub fn is_column_name(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    let n = s.chars().count();
    (3..=MAX_COLUMN_CHARS).contains(&n)
        && s.chars().all(is_han)
        && COLUMN_ENDS.iter().any(|e| s.ends_with(e))
}

/// A lone counter (`1`, `23`): a share or comment count left by the page's buttons.
pub fn is_counter(line: &str) -> bool {
    let s = line.trim_matches(is_space);
    (1..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
}

/// Longest photo caption, in characters.
const MAX_CAPTION_CHARS: usize = 8;

/// A photo's caption left alone on its line (`会议现场`, `大會現場`, `活动现场`): a few
/// characters naming the scene, no sentence.
fn is_photo_caption(s: &str) -> bool {
    // A converted mirror glosses characters with pinyin (`大會(huì)現(xiàn)場(chǎng)`).
    let s = super::title::clean_line(s);
    let s = s.as_str();
    let n = s.chars().count();
    (3..=MAX_CAPTION_CHARS).contains(&n)
        && s.chars().all(super::markers::is_han)
        && (s.ends_with("现场") || s.ends_with("現場"))
}

/// A row that is only a web address, perhaps closed by a table bar
/// (`http://www.example.gov.cn/zwgk/t2022.html |`): the source a wiki copy cites.
pub fn is_url_row(line: &str) -> bool {
    let s = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '\u{ff5c}'));
    (s.starts_with("http://") || s.starts_with("https://")) && !s.contains(char::is_whitespace)
}

/// A wiki copy's header row: the title, `制定机关:…` and the date in one table row
/// (`某县政府工作报告 制定机关:某县人民政府 2022年2月16日 |`).
pub fn is_wiki_header_row(line: &str) -> bool {
    let s = line.trim_end_matches(char::is_whitespace);
    (s.ends_with('|') || s.ends_with('\u{ff5c}'))
        && [
            "制定机关:",
            "制定机关\u{ff1a}",
            "制定機關:",
            "制定機關\u{ff1a}",
        ]
        .iter()
        .any(|w| s.contains(w))
}

/// A news page's editor credit or correction button (`【责任编辑:某某】`, `【纠错】`).
pub fn is_editor_credit(line: &str) -> bool {
    let s = line.trim();
    let credit = s.chars().count() <= MAX_CREDIT_CHARS
        && CREDIT_ROLES.iter().any(|r| {
            s.strip_prefix(r)
                .is_some_and(|rest| rest.starts_with([':', '\u{ff1a}']))
        });
    if credit {
        return true;
    }
    [
        "【责任编辑",
        "【責任編輯",
        "责任编辑:",
        "责任编辑\u{ff1a}",
        "責任編輯:",
        "責任編輯\u{ff1a}",
    ]
    .iter()
    .any(|w| s.contains(w))
        || s.split_whitespace()
            .all(|w| matches!(w, "【纠错】" | "【糾錯】" | "[纠错]" | "[糾錯]"))
            && !s.is_empty()
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn menu_bars_stamps_and_blurbs() {
        assert!(is_menu_bar(
            "首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流"
        ));
        assert!(is_menu_bar("首页 机构概况 政务公开 办事服务"));
        assert!(!is_menu_bar("首页 机构概况"));
        assert!(!is_menu_bar("首页是网站的门面,要认真维护。"));
        assert!(is_dotted_stamp("18.03.2015  13:07"));
        assert!(!is_dotted_stamp("1.2 3.5"));
        assert!(!is_dotted_stamp("增长18.03.2015"));
        assert!(is_site_blurb(
            "下面是小编为大家整理的某局2020年工作总结,供大家参考。"
        ));
        assert!(!is_site_blurb("我局编制了工作方案,整理各类台账。"));
        assert!(is_site_blurb(
            "前言:本站為你精心整理了某某意見范文,希望能為你的創作提供參考價值。"
        ));
    }

    #[test]
    fn wiki_rows_and_news_credits() {
        assert!(is_url_row("http://www.example.gov.cn/zwgk/t2022_1.html |"));
        assert!(is_url_row("https://example.org/a/b"));
        assert!(!is_url_row("详见 http://www.example.gov.cn 网站"));
        assert!(is_wiki_header_row(
            "2022年某县人民政府工作报告 制定机关:某县人民政府 2022年2月16日 |"
        ));
        assert!(!is_wiki_header_row("制定机关:某县人民政府"));
        assert!(is_editor_credit("【糾錯】 【責任編輯:某某某】"));
        assert!(is_editor_credit("【纠错】"));
        assert!(is_editor_credit("(责任编辑:张三)"));
        assert!(!is_editor_credit("加强对纠错机制的监督。"));
        assert!(is_editor_credit("终审:某某"));
        assert!(!is_editor_credit(
            "审核:严格落实重大行政决策合法性审核制度,确保合法。"
        ));
        assert!(is_page_widget("图片"));
        assert!(is_page_widget("会议现场"));
        assert!(is_symbol_debris("?"));
        assert!(is_symbol_debris("``"));
        assert!(!is_symbol_debris("一"));
        assert!(!is_symbol_debris("3"));
        assert!(
            !is_symbol_debris("》、《"),
            "a sentence broken in its book titles"
        );
        assert!(is_title_bar("某某网_政务公开_首页"));
        assert!(!is_title_bar("填表人:____"));
        assert!(!is_title_bar("某某_某某"));
        assert!(is_column_name("某某要闻"));
        assert!(is_column_name("政务动态"));
        assert!(!is_column_name("要闻"));
        assert!(!is_column_name("加强新闻宣传工作动态"));
        assert!(is_counter("1"));
        assert!(!is_counter("2024"));
        assert!(is_page_widget("大會現場"));
        assert!(is_page_widget("大會(huì)現(xiàn)場(chǎng)"));
        assert!(!is_page_widget("会议现场:"), "a label, not a caption");
        assert!(!is_page_widget("召开现场推进会"));
        assert!(is_page_widget("01.png"));
        assert!(is_page_widget("人工智能朗读:"));
        assert!(is_page_widget("快捷搜索:论文 合同 演讲 心得"));
        assert!(!is_page_widget("图片展示了我县成果。"));
        assert!(is_site_blurb(
            "導語:某某講話一文來源于網友上傳,不代表本站觀點,歡迎參考。"
        ));
    }
}
