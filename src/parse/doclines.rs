//! The short lines a document has around its title that are neither the title nor page
//! clutter: the subtitle of a speech (`——2015年2月4日在…会议上`), the speaker
//! (`市人民政府市长周文霞`), the salutation (`各位代表:`), the addressee (`区委、区政府:`),
//! the document number (`浙卫〔2024〕3号`) and a date line. The title reader skips them and
//! the header pass never takes them for clutter.

use super::dates::{find_date, parse_date};
use super::markers::{is_han, is_space};

/// Sentence punctuation: a line with any is a sentence, not a label.
pub const SENTENCE_MARKS: [char; 9] = [
    '。', ',', '\u{ff0c}', ';', '\u{ff1b}', '!', '\u{ff01}', '?', '\u{ff1f}',
];

/// Dashes that open a subtitle.
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '－' | '─' | '━' | '―')
}

/// `——2015年2月4日在仙桃市第八届人民代表大会第五次会议上`, `——在中国共产党第二十次全国代表
/// 大会上的报告`, `1957年6月26日在第一届全国人民代表大会第四次会议上`.
pub fn is_subtitle(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    if s.chars().count() > 90 {
        return false;
    }
    let undashed = s.trim_start_matches(is_dash);
    // A dash opens a subtitle; a single ASCII hyphen may be a list bullet.
    if undashed.len() < s.len() && (!s.starts_with('-') || s.starts_with("--")) {
        return undashed.chars().any(is_han);
    }
    let at_meeting = |t: &str| {
        t.contains('在')
            && (t.ends_with('上')
                || t.ends_with("上的报告")
                || t.ends_with("上的讲话")
                || t.ends_with("上的講話")
                || t.ends_with("上的報告"))
            && ["会议", "大会", "會議", "大會", "会上", "會上"]
                .iter()
                .any(|w| t.contains(w))
    };
    // `在…会议上的讲话` alone is a speech's title; in brackets, or after a date, it is the
    // subtitle under one.
    let unbracketed = s.trim_matches(['(', ')', '\u{ff08}', '\u{ff09}']);
    let bracketed = unbracketed.len() < s.len();
    match find_date(unbracketed) {
        Some((_, r)) if r.start == 0 => at_meeting(&unbracketed[r.end..]),
        _ => bracketed && unbracketed.starts_with('在') && at_meeting(unbracketed),
    }
}

/// Posts a speaker line names (`市长`, `總理`).
const POSTS: &[&str] = &[
    "省长",
    "市长",
    "县长",
    "区长",
    "州长",
    "镇长",
    "乡长",
    "旗长",
    "盟长",
    "总理",
    "主席",
    "主任",
    "书记",
    "局长",
    "厅长",
    "部长",
    "院长",
    "署长",
    "检察长",
    "省長",
    "市長",
    "縣長",
    "區長",
    "鎮長",
    "鄉長",
    "總理",
    "書記",
    "局長",
    "廳長",
    "部長",
    "院長",
    "署長",
    "檢察長",
];

/// The body a speaker speaks for, without the post and the name after it:
/// `某区发展和改革局局长 张三` → `某区发展和改革局`, `市人民政府市长周文霞` → `市人民政府`.
pub fn speaker_body(s: &str) -> &str {
    POSTS
        .iter()
        .filter_map(|p| s.rfind(p))
        .max()
        .map(|at| s[..at].trim_end_matches(is_space))
        .filter(|b| !b.is_empty())
        .unwrap_or(s)
}

/// The speaker of a speech: `市人民政府市长周文霞`, `市長 魏堯`, or, right under a subtitle,
/// a bare name (`周恩来`, `习　近　平`).
pub fn is_speaker(s: &str, after_subtitle: bool) -> bool {
    let s = s.trim_matches(is_space);
    let n = s.chars().count();
    if n == 0 || n > 30 || s.contains(SENTENCE_MARKS) || s.contains([':', '\u{ff1a}']) {
        return false;
    }
    let compact: String = s.chars().filter(|&c| !is_space(c)).collect();
    // `市长在全市某某工作会议上的讲话` names the speech, not its speaker.
    let names_speech = ["报告", "報告", "讲话", "講話", "汇报", "匯報"]
        .iter()
        .any(|w| compact.contains(w));
    if POSTS.iter().any(|p| compact.contains(p)) && !names_speech {
        // `市长` must be followed by a name, or be the line's end: `市长周文霞`.
        return compact.chars().count() <= 20;
    }
    after_subtitle && (2..=4).contains(&compact.chars().count()) && compact.chars().all(is_han)
}

/// `各位代表:`, `各位代表!`, `同志们:`.
pub fn is_salutation(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    s.chars().count() <= 20
        && ["各位", "同志们", "同志們", "尊敬的"]
            .iter()
            .any(|w| s.starts_with(w))
        && s.ends_with([':', '\u{ff1a}', '!', '\u{ff01}', ',', '\u{ff0c}'])
}

/// `市政府:`, `区委、区政府:`, `中共武定县委、县人民政府:`: the body a report is sent to.
pub fn is_addressee(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    let Some(head) = s.strip_suffix(':').or_else(|| s.strip_suffix('\u{ff1a}')) else {
        return false;
    };
    let n = head.chars().count();
    (2..=40).contains(&n)
        && head
            .chars()
            .all(|c| is_han(c) || c == '、' || c == '，' || is_space(c))
        && !head.contains(SENTENCE_MARKS)
}

/// A document number: `浙卫〔2024〕3号`, `京政发[2021]5号`.
pub fn has_doc_number(s: &str) -> bool {
    for (open, close) in [
        ('〔', '〕'),
        ('[', ']'),
        ('［', '］'),
        ('(', ')'),
        ('（', '）'),
    ] {
        let mut rest = s;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + open.len_utf8()..];
            let digits = after.chars().take_while(char::is_ascii_digit).count();
            if digits == 4 && after[4..].starts_with(close) {
                let tail = &after[4 + close.len_utf8()..];
                let n = tail.chars().take_while(char::is_ascii_digit).count();
                if n > 0 && tail[n..].starts_with(['号', '號']) {
                    return true;
                }
            }
            rest = after;
        }
    }
    false
}

/// A line that is only a date, perhaps in brackets or with the place it was written
/// or delivered at: `2024年3月8日`, `(2023年3月10日)`, `2020年8月10日于北京市`.
pub fn is_date_line(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    let s = s.trim_matches(['(', ')', '\u{ff08}', '\u{ff09}']);
    if parse_date(s).is_some() {
        return true;
    }
    // `…日于北京市`, `…日在北京`: a short place name after the date.
    let Some((_, r)) = find_date(s) else {
        return false;
    };
    let place = s[r.end..].trim_matches(is_space);
    r.start == 0
        && ["于", "於", "在"]
            .iter()
            .find_map(|w| place.strip_prefix(w))
            .is_some_and(|p| (1..=8).contains(&p.chars().count()) && p.chars().all(is_han))
}

/// Longest name a byline puts before its date, in characters.
const MAX_BYLINE_CHARS: usize = 20;

/// A byline: the body that issued or posted the text and the date, on one line with a
/// space between (`某县人民政府 2024年01月08日`). Returns the name.
pub fn byline(s: &str) -> Option<&str> {
    let s = s.trim_matches(is_space);
    if s.contains(SENTENCE_MARKS) {
        return None;
    }
    let (name, date) = s.rsplit_once(is_space)?;
    let name = name.trim_matches(is_space);
    (parse_date(date).is_some()
        && (2..=MAX_BYLINE_CHARS).contains(&name.chars().count())
        && name.chars().all(is_han))
    .then_some(name)
}

/// Marks a draft or an internal document carries above its title (`内部资料`, `注意保存`,
/// `(征求意见稿)`), perhaps after the page number a PDF copy leaves (`1 内部资料`).
const DOCUMENT_MARKS: &[&str] = &[
    "内部资料",
    "內部資料",
    "注意保存",
    "征求意见稿",
    "徵求意見稿",
    "讨论稿",
    "討論稿",
    "送审稿",
    "送審稿",
    "审议稿",
    "審議稿",
];

/// Whether a line is only a document's marks (`1 内部资料`, `(征求意见稿)`).
pub fn is_document_mark(s: &str) -> bool {
    let mut rest: String = s
        .trim_start_matches(|c: char| c.is_ascii_digit() || is_space(c))
        .chars()
        .filter(|&c| !is_space(c) && !matches!(c, '(' | ')' | '\u{ff08}' | '\u{ff09}'))
        .collect();
    if rest.is_empty() {
        return false;
    }
    while let Some(m) = DOCUMENT_MARKS.iter().find(|m| rest.starts_with(*m)) {
        rest = rest[m.len()..].to_string();
    }
    rest.is_empty()
}

/// The line naming who signed the document off (`签发人:某某`).
pub fn is_signer(s: &str) -> bool {
    let s = s.trim_start_matches(is_space);
    ["签发人", "簽發人"].iter().any(|w| {
        s.strip_prefix(w).is_some_and(|r| {
            r.trim_start_matches(is_space)
                .starts_with([':', '\u{ff1a}'])
        })
    })
}

/// Words a meeting's subtitle ends with (`…会议上`).
const MEETING_ENDS: &[&str] = &["会议上", "會議上", "大会上", "大會上"];

/// A subtitle printed in brackets after the title on the same line (`政府工作报告 ( 2021 年
/// xx 月 xx 日在某区第二届人民代表大会第六次会议上)`): the byte offset of its bracket and
/// its text without spaces. The date may be masked or spaced; the bracket must hold the
/// meeting (`…在…会议上`).
pub fn bracketed_subtitle(s: &str) -> Option<(usize, String)> {
    let open = s.find(['(', '\u{ff08}'])?;
    let inner = &s[open..];
    let inner = inner[inner.chars().next()?.len_utf8()..]
        .split([')', '\u{ff09}'])
        .next()?;
    let compact: String = inner.chars().filter(|&c| !is_space(c)).collect();
    let at = compact.find('在')?;
    let date = &compact[..at];
    let dated = date.is_empty()
        || (date.chars().take(4).all(|c| c.is_ascii_digit()) && date.contains('年'));
    (dated && MEETING_ENDS.iter().any(|e| compact.ends_with(e))).then_some((open, compact))
}

/// Whether a line is one of the document lines above.
pub fn is_document_line(s: &str, after_subtitle: bool) -> bool {
    is_document_mark(s)
        || is_signer(s)
        || is_subtitle(s)
        || is_speaker(s, after_subtitle)
        || is_salutation(s)
        || is_addressee(s)
        || has_doc_number(s)
        || is_date_line(s)
        || byline(s).is_some()
}

/// A notice that passes a document on (`关于印发…的通知`, `转发…的通知`): the report it
/// carries follows it and has a title of its own.
pub fn is_notice_title(s: &str) -> bool {
    let s = s.trim_end_matches(is_space);
    (s.ends_with("通知") || s.ends_with("通報") || s.ends_with("通报"))
        && ["印发", "转发", "印發", "轉發", "报送", "呈报", "报请"]
            .iter()
            .any(|w| s.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtitles() {
        for s in [
            "——2015年2月4日在仙桃市第八届人民代表大会第五次会议上",
            "——2016年1月6日在馬鞍山市第十五屆人民代表大會第五次會議上",
            "——在中国共产党第二十次全国代表大会上的报告",
            "1957年6月26日在第一届全国人民代表大会第四次会議上",
            "(2021年1月20日在区第十七届人民代表大会第六次会议上)",
        ] {
            assert!(is_subtitle(s), "{s}");
        }
        for s in [
            "2020年,在区委的领导下,我局召开会议。",
            "政府工作报告",
            "在全县法治政府建设工作推进",
            "在中国共产党第九次全国代表大会上的报告",
        ] {
            assert!(!is_subtitle(s), "{s}");
        }
    }

    #[test]
    fn marks_signers_and_bracketed_subtitles() {
        assert!(is_document_mark("1 内部资料"));
        assert!(is_document_mark("注意保存"));
        assert!(is_document_mark("(征求意见稿)"));
        assert!(is_document_mark("内部资料 注意保存"));
        assert!(!is_document_mark("内部资料管理办法"));
        assert!(is_signer("签发人:王某"));
        assert!(!is_signer("签发人员培训"));
        let s = "政府工作报告 ( 2021 年 xx 月 xx 日在某市某区第二届人民代表大会第六次会议上)";
        let (at, sub) = bracketed_subtitle(s).unwrap();
        assert_eq!(s[..at].trim(), "政府工作报告");
        assert_eq!(
            sub,
            "2021年xx月xx日在某市某区第二届人民代表大会第六次会议上"
        );
        assert!(bracketed_subtitle("某局工作总结(2023年)").is_none());
    }

    #[test]
    fn speakers() {
        assert!(is_speaker("市人民政府市长周文霞", false));
        assert!(is_speaker("市長 魏堯", false));
        assert!(is_speaker("周恩来", true));
        assert!(is_speaker("习　近　平", true));
        assert!(!is_speaker("周恩来", false));
        assert!(!is_speaker("有庆镇2020年度法治政府建设工作情况报告", true));
        // A line naming the speaker's report (`汇报`) is the speech's title.
        assert!(!is_speaker("镇长在代表会上工作汇报", false));
        assert!(!is_speaker("鎮長在代表會上工作匯報", false));
        assert!(!is_speaker("县长办公会议审议通过。", false));
        assert!(is_speaker("国务委员、某某部部长张三", false));
        assert_eq!(
            speaker_body("某区发展和改革局局长 张三"),
            "某区发展和改革局"
        );
        assert_eq!(speaker_body("市人民政府市长周文霞"), "市人民政府");
        assert_eq!(speaker_body("周恩来"), "周恩来");
    }

    #[test]
    fn salutations_and_addressees() {
        assert!(is_salutation("各位代表:"));
        assert!(is_salutation("各位代表！"));
        assert!(is_salutation("同志们："));
        assert!(is_addressee("市政府:"));
        assert!(is_addressee("区委、区政府:"));
        assert!(is_addressee("中共武定县委、县人民政府:"));
        assert!(!is_addressee("意见建议:一是加强"));
        assert!(!is_addressee("2020年,主要做法如下:"));
    }

    #[test]
    fn document_numbers_and_dates() {
        assert!(has_doc_number("浙卫〔2024〕3号"));
        assert!(has_doc_number(
            "浙卫〔2024〕3号《浙江省卫生健康委关于2023年度的报告》"
        ));
        assert!(has_doc_number("京政发[2021]15号"));
        assert!(!has_doc_number("《法治政府建设实施纲要(2015-2020年)》"));
        assert!(!has_doc_number("2024年度"));
        assert!(is_date_line("2024年3月8日"));
        assert!(is_date_line("(2023年3月10日)"));
        assert!(is_date_line("2020年8月10日于北京市"));
        assert!(!is_date_line(
            "2020年8月10日在县政府召开会议,研究部署工作。"
        ));
        assert!(!is_date_line("2024年工作要点"));
        assert_eq!(byline("某县人民政府 2024年01月08日"), Some("某县人民政府"));
        assert_eq!(byline("市政府办公室 2023-03-20"), Some("市政府办公室"));
        assert_eq!(byline("2024年1月,县政府召开会议 2024年01月08日"), None);
        assert_eq!(byline("某县人民政府2024年01月08日"), None);
    }

    #[test]
    fn notices() {
        assert!(is_notice_title(
            "某某县人民政府办公室关于印发某某县2021年法治政府建设年度报告的通知"
        ));
        assert!(!is_notice_title("关于2021年法治政府建设情况的报告"));
        assert!(!is_notice_title("关于开展安全检查的通知"));
    }
}
