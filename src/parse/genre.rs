//! The genre of a report, read from its title; without one, from the cover sentence
//! (`现将…法治政府建设情况报告如下`), the congress a work report is delivered to, the
//! opening (`向大会报告政府工作`) or the first headings (`2021年度推进法治政府建设的主要
//! 举措和成效`).
//!
//! The review asks each genre only what fits it (the five required parts belong to the
//! 法治政府建设年度报告 alone), so a wrong genre turns into false findings: when the
//! words are not there the answer is `Other`, never a guess.

use crate::report::Genre;

/// Words naming each genre, simplified and traditional, in the order they are tried:
/// `依法行政(法治政府建设)工作报告` is a 法治政府 report by its newer name.
const GENRE_WORDS: &[(Genre, &[&str])] = &[
    (
        Genre::FazhiAnnual,
        &["法治政府建设", "法治政府建設", "法治建设", "法治建設"],
    ),
    (Genre::WorkReport, &["政府工作报告", "政府工作報告"]),
    (Genre::YifaXingzheng, &["依法行政"]),
    (
        Genre::WorkSummary,
        &["工作总结", "工作總結", "年度总结", "年度總結"],
    ),
];

/// Kinds of document that share a genre's words but report nothing: a
/// 法治政府建设实施方案, 工作要点, 工作安排, 指标体系 or 办法 is no report.
const OTHER_DOCUMENTS: &[&str] = &[
    "方案", "意见", "意見", "通知", "规划", "規劃", "要点", "要點", "办法", "辦法", "决定", "決定",
    "纲要", "綱要", "指标", "指標", "细则", "細則", "规定", "規定", "计划", "計劃", "安排", "条例",
    "條例", "制度",
];

/// Kinds of document that a title ends with when it names the rules for reports rather
/// than a report (`某县依法行政报告制度`, `…年度报告办法`): the report words before them
/// do not make it one. A 通知 is left out: `关于印发…年度报告的通知` carries the report.
const RULE_DOCUMENTS: &[&str] = &[
    "制度", "办法", "辦法", "规定", "規定", "细则", "細則", "规则", "規則", "方案", "条例", "條例",
    "规范", "規範",
];

/// Whether a title ends with the name of a rule (`…报告制度`, `…办法(试行)`), or its main
/// part does, before a colon and the subtitle after it (`…年度报告制度:生成逻辑与展望`).
fn ends_with_rule(compact: &str) -> bool {
    let main = compact.split([':', '\u{ff1a}']).next().unwrap_or(compact);
    ends_with_rule_whole(main) || ends_with_rule_whole(compact)
}

fn ends_with_rule_whole(compact: &str) -> bool {
    // A closing `(试行)` / `（暂行）` is part of the rule's name.
    let trimmed = [
        "(试行)",
        "（试行）",
        "(試行)",
        "（試行）",
        "(暂行)",
        "（暂行）",
        "(暫行)",
        "（暫行）",
    ]
    .iter()
    .find_map(|w| compact.strip_suffix(w))
    .unwrap_or(compact);
    RULE_DOCUMENTS.iter().any(|w| trimmed.ends_with(w))
}

/// Words of a document that explains another (`政策解读`, `议题解读`).
const INTERPRETATIONS: &[&str] = &["解读", "解讀", "图解", "圖解"];

/// Verbs that make a genre's name the object of an event: a headline saying that a
/// report was delivered or heard (`…刘某作政府工作报告`, `代表审议政府工作报告`) is news.
const EVENT_VERBS: &[&str] = &["作", "做", "审议", "審議", "听取", "聽取", "讨论", "討論"];

/// Whether a title reports the delivery or hearing of a work report.
fn reports_an_event(compact: &str) -> bool {
    ["政府工作报告", "政府工作報告"].iter().any(|w| {
        compact
            .match_indices(w)
            .any(|(i, _)| EVENT_VERBS.iter().any(|v| compact[..i].ends_with(v)))
    })
}

/// Verbs that end a news headline on a meeting or an event (`…推进会召开`,
/// `…人大四次会议开幕`): a report's title never ends so.
const EVENT_ENDS: &[&str] = &[
    "召开", "召開", "举行", "舉行", "开幕", "開幕", "闭幕", "閉幕", "举办", "舉辦",
];

/// Whether a title is a news headline on an event.
pub fn is_event_headline(title: &str) -> bool {
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    EVENT_ENDS.iter().any(|w| compact.ends_with(w))
        && !REPORT_WORDS.iter().any(|w| compact.contains(w))
}

/// Whether a title is a speech's (`…会议上的讲话`, `區政府工作會議的講話`) and names no
/// report.
pub fn is_speech_title(title: &str) -> bool {
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    ["讲话", "講話"].iter().any(|w| compact.ends_with(w))
        && !REPORT_WORDS.iter().any(|w| compact.contains(w))
}

/// Words that make a title a report's whatever else it names.
const REPORT_WORDS: &[&str] = &["报告", "報告", "汇报", "匯報", "总结", "總結"];

/// The genre a title names, if it names one. A title that names another kind of document
/// (`…法治政府建设工作安排`) and no report names none.
pub fn from_title(title: &str) -> Option<Genre> {
    if is_another_document(title) {
        return None;
    }
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    GENRE_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| compact.contains(w)))
        .map(|(g, _)| *g)
        // A headline naming the work (`某县人大常委会调研指导法治政府建设工作`,
        // `某县入选全国法治政府建设示范地区名单`) is no report's title: that says 报告,
        // 情况 or 总结.
        .filter(|g| {
            !matches!(g, Genre::FazhiAnnual | Genre::YifaXingzheng) || names_a_report(&compact)
        })
}

/// Words of a report's title beyond the genre's: what the document is.
const REPORT_TITLE_WORDS: &[&str] = &[
    "报告", "報告", "汇报", "匯報", "总结", "總結", "情况", "情況", "年报", "年報",
];

/// Whether a title says it is a report (`…年度报告`, `…工作情况`).
fn names_a_report(compact: &str) -> bool {
    REPORT_TITLE_WORDS.iter().any(|w| compact.contains(w))
}

/// Whether a title names a document that is not a report on a year's work: a plan,
/// an opinion, a notice (`…工作安排`, `…实施方案`), a reading of one (`…议题解读:关于…
/// 的汇报`), or news of a work report being delivered. Its headings, which may repeat a
/// report's part names, do not make it a report.
pub fn is_another_document(title: &str) -> bool {
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let other = OTHER_DOCUMENTS.iter().any(|w| compact.contains(w))
        && !REPORT_WORDS.iter().any(|w| compact.contains(w))
        || ends_with_rule(&compact);
    let reading = INTERPRETATIONS.iter().any(|w| compact.contains(w));
    // `…在全市法治政府建设工作会议上的讲话`: a speech at a meeting, not a report.
    let speech = is_speech_title(&compact);
    other || reading || speech || reports_an_event(&compact) || is_event_headline(&compact)
}

/// Whether a text holds a genre's words, whatever kind of document it names.
pub fn names_genre(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    GENRE_WORDS
        .iter()
        .any(|(_, words)| words.iter().any(|w| compact.contains(w)))
}

/// Whether a text names building rule-of-law government (`法治政府建设`).
pub fn names_fazhi(text: &str) -> bool {
    ["法治政府建设", "法治政府建設"]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether a text names building rule-of-law government as its own work, outside the
/// names of documents in 《》 (`扎实推进法治政府建设`, not only `贯彻《法治政府建设实施纲要》`).
pub fn names_fazhi_as_work(text: &str) -> bool {
    // `11月1日,我县召开…推进会`: news opens with the day of the event; a year's report
    // opens with its year.
    if opens_with_month_day(text) {
        return false;
    }
    let mut outside = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    names_fazhi(&outside)
}

/// Words of a news item's credit (`(记者 某某)`, `(通讯员 某某)`).
const CREDIT_WORDS: &[&str] = &["记者", "記者", "通讯员", "通訊員", "特约", "特約"];

/// A text without the reporter's credit a news item opens with (`(记者 某某)11月1日,…`).
fn after_credit(text: &str) -> &str {
    let t = text.trim_start();
    let Some(inner) = t.strip_prefix(['(', '\u{ff08}']) else {
        return t;
    };
    match inner.find([')', '\u{ff09}']) {
        Some(close) if CREDIT_WORDS.iter().any(|w| inner[..close].contains(w)) => {
            let rest = &inner[close..];
            rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start()
        }
        _ => t,
    }
}

/// Whether a text opens as a news item: with a day of a month and no year, perhaps after
/// the reporter's credit (`(记者 某某)3月20日上午,…`).
pub fn opens_as_news(text: &str) -> bool {
    opens_with_month_day(after_credit(text))
}

/// Whether a text opens with a day of a month and no year (`11月1日,…`).
fn opens_with_month_day(text: &str) -> bool {
    let t = after_credit(text);
    let month = t.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&month) || !t[month..].starts_with('月') {
        return false;
    }
    let rest = &t[month + '月'.len_utf8()..];
    let day = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&day) && rest[day..].starts_with('日')
}

/// A subtitle naming a people's congress session (`在仙桃市第八届人民代表大会第五次会议上`),
/// where a government delivers its work report; its standing committee hears other
/// reports.
pub fn is_congress(subtitle: &str) -> bool {
    ["人民代表大会", "人民代表大會"]
        .iter()
        .any(|w| subtitle.contains(w))
        && !["常务委员会", "常務委員會", "常委会", "常委會"]
            .iter()
            .any(|w| subtitle.contains(w))
}

/// An opening that reports the government's work to the congress
/// (`现在,我代表市人民政府,向大会报告政府工作`).
pub fn reports_government_work(opening: &str) -> bool {
    // `…县长某某作政府工作报告`: news of the delivery tells it of someone else; the report
    // itself speaks for the government (`我代表…作政府工作报告`).
    let delivered = ["作政府工作报告", "作政府工作報告"]
        .iter()
        .any(|w| opening.contains(w))
        && opening.contains("我代表");
    delivered
        || [
            "报告政府工作",
            "報告政府工作",
            "向大会报告工作",
            "向大會報告工作",
            "向大会作工作报告",
            "向大會作工作報告",
        ]
        .iter()
        .any(|w| opening.contains(w))
}

/// Words in the first headings that only a genre's reports use.
const HEADING_WORDS: &[(Genre, &[&str])] = &[
    (
        Genre::FazhiAnnual,
        &[
            "法治政府建设",
            "法治政府建設",
            "法治建设第一责任人",
            "法治建設第一責任人",
            // The first part of the 2015 纲要 (法治政府建设实施纲要), which the
            // annual reports since follow; the 2004 依法行政 纲要 has no such part.
            "依法全面履行政府职能",
            "依法全面履行政府職能",
        ],
    ),
    (Genre::YifaXingzheng, &["依法行政"]),
];

/// The genre the first headings of a report name, if they name one.
pub fn from_headings<'a>(titles: impl Iterator<Item = &'a str>) -> Option<Genre> {
    let titles: Vec<&str> = titles.collect();
    HEADING_WORDS
        .iter()
        .find(|(_, words)| titles.iter().any(|t| words.iter().any(|w| t.contains(w))))
        .map(|(g, _)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_their_genre() {
        let cases = [
            ("襄城区2020年法治政府建设年度报告", Some(Genre::FazhiAnnual)),
            (
                "寶山區羅店鎮2020年度法治政府建設情況報告",
                Some(Genre::FazhiAnnual),
            ),
            (
                "深圳市龙岗区人民政府2016年度依法行政(法治政府建设)工作报告",
                Some(Genre::FazhiAnnual),
            ),
            ("政 府 工 作 报 告", Some(Genre::WorkReport)),
            ("2013年依法行政工作情况报告", Some(Genre::YifaXingzheng)),
            ("中山市司法局2020年工作总结", Some(Genre::WorkSummary)),
            ("关于开展安全生产检查的通知", None),
            ("某某县2022年度法治政府建设工作安排", None),
            ("某某省法治政府建设指标体系(试行)", None),
            ("某市法治政府建设实施方案(2021—2025年)", None),
            (
                "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报",
                None,
            ),
            (
                "关于印发某县2021年法治政府建设年度报告的通知",
                Some(Genre::FazhiAnnual),
            ),
            ("某某縣依法行政報告制度", None),
            ("某市法治政府建设年度报告办法(试行)", None),
            ("某县法治建设工作规则", None),
        ];
        for (title, want) in cases {
            assert_eq!(from_title(title), want, "{title}");
        }
    }

    #[test]
    fn work_named_outside_document_titles() {
        assert!(names_fazhi_as_work(
            "2022年,某部坚持以…为指导,扎实推进法治政府建设,各项工作取得进展。"
        ));
        assert!(!names_fazhi_as_work(
            "2021年,某部深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,推动工作。"
        ));
    }

    #[test]
    fn congresses_openings_and_headings() {
        assert!(is_congress(
            "——2015年2月4日在仙桃市第八届人民代表大会第五次会议上"
        ));
        assert!(!is_congress(
            "——在市第十五届人民代表大会常务委员会第九次会议上"
        ));
        assert!(reports_government_work(
            "现在,我代表市人民政府,向大会报告政府工作,请予审议。"
        ));
        assert!(reports_government_work(
            "现在,我代表镇人民政府,向大会报告工作,请予审议。"
        ));
        assert_eq!(
            from_headings(["2021年度推进法治政府建设的主要举措和成效"].into_iter()),
            Some(Genre::FazhiAnnual)
        );
        assert_eq!(
            from_headings(["2013年依法行政工作成效"].into_iter()),
            Some(Genre::YifaXingzheng)
        );
        assert_eq!(from_headings(["2020年工作情况"].into_iter()), None);
        assert_eq!(
            from_headings(["2020年工作情况", "依法全面履行政府职能"].into_iter()),
            Some(Genre::FazhiAnnual)
        );
    }
}
