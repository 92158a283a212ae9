//! Who wrote the report (`issuer`, as written) and the administrative area it governs
//! (`region`, the place part only; a national body, which governs no one place, stands
//! as its own region — `国务院`, `环境保护部` — as the labelled reports have it, so that
//! lists and the matrix tell two ministries apart).
//!
//! The issuer is read from where reports state it, strongest first: the title's head,
//! the disclosure fields (发布机构/发文机关), other title lines above the text, the
//! byline, the signature, the congress a work report was delivered to and its speaker,
//! the source field, the cover sentence (`现将县人民政府…报告如下`) and the subject of
//! the opening sentence (`2021年,区司法局坚持…`), then of the first paragraph under the
//! first heading. A body named with its place wins over a place alone,
//! and both over a body that leaves its place to the reader (`县人民政府`, `我局`).
//!
//! A place left to the reader is taken from the text: for `我局`, the first `…局` named
//! in the opening lines (`中山市生态环境局`); for `县人民政府`, the first county named
//! (`《岳阳县人民政府常务会会前学法制度》`); for `省人民政府`, the first province (`湖北`).
//! With no issuer at all, several places named that all lie in one division (the cities
//! of a province's report) give that division.

use super::clutter::{Field, ISSUER_FIELDS, OWNER_FIELDS, SOURCE_FIELDS};
use super::markers::is_space;
use super::names::{self, Elided, Name, Position};
use super::places::{self, Form};

/// How much of the text is searched for a place left to the reader.
const SEARCH_BYTES: usize = 8 * 1024;

/// How much of the text is searched for places that share a division.
const SHARED_BYTES: usize = 4 * 1024;

/// How much of the text is searched for the body behind `我局`.
const SELF_REF_BYTES: usize = 3 * 1024;

/// Distinct places it takes to infer the area they share.
const MIN_SHARED_PLACES: usize = 3;

/// Where the reader found the names.
#[derive(Debug, Default)]
pub struct Sources<'a> {
    pub title: Option<&'a str>,
    /// Other lines above the text that name a report (a page's or dataset's own title).
    pub header_titles: Vec<String>,
    pub fields: &'a [Field<'a>],
    /// The byline above the text (`某县人民政府 2024年01月08日` → `某县人民政府`).
    pub byline: Option<&'a str>,
    pub signed_by: Option<&'a str>,
    /// A speech's subtitle (`——…在仙桃市第八届人民代表大会第五次会议上`).
    pub subtitle: Option<String>,
    /// A speech's speaker line (`市人民政府市长周文霞`).
    pub speaker: Option<String>,
    /// The cover sentence after its verb (`县人民政府2022年法治政府建设工作情况报告`).
    pub cover: Option<&'a str>,
    /// The opening paragraph.
    pub opening: Option<&'a str>,
    /// The first paragraph under the first heading, when the opening names no subject.
    pub first_paragraph: Option<&'a str>,
    /// The report text, for places left to the reader.
    pub text: &'a str,
    /// The text is in traditional characters.
    pub traditional: bool,
}

/// The issuer and its area.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Issuer {
    pub issuer: Option<String>,
    pub region: Option<String>,
}

/// Words that end a title's head (`…人民政府关于`, `…2020年度`, `…政府工作报告`).
const HEAD_ENDS: &[&str] = &[
    "关于",
    "關於",
    "政府工作报告",
    "政府工作報告",
    "法治政府",
    "法治建设",
    "法治建設",
    "依法行政",
    "工作报告",
    "工作報告",
    "工作总结",
    "工作總結",
    "工作汇报",
    "年度",
];

/// The head of a title, where the issuer stands: `深圳市龙岗区人民政府2016年度…` →
/// `深圳市龙岗区人民政府`; a leading year is skipped (`2020年常德市石门县政府工作报告`).
pub fn title_head(title: &str) -> &str {
    let t = title.trim_matches(is_space);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let t = if digits == 4 {
        t[4..]
            .trim_start_matches('年')
            .trim_start_matches('度')
            .trim_start_matches(is_space)
    } else {
        t
    };
    let year = t
        .char_indices()
        .find(|&(i, c)| c.is_ascii_digit() && t[i..].chars().take(4).all(|d| d.is_ascii_digit()))
        .map(|(i, _)| i);
    let word = HEAD_ENDS.iter().filter_map(|w| t.find(w)).min();
    let end = [year, word].into_iter().flatten().min().unwrap_or(t.len());
    t[..end].trim_matches(is_space).trim_end_matches('的')
}

/// Where a title names its issuer. A speech's title names its speaker before `在`
/// (`某某县人民政府在…会议上的讲话`) and otherwise only the meeting
/// (`區政府工作會議的講話`, whose head is the meeting's host, not the speaker). A news
/// headline on an event (`某区召开…推进会`, `某县…推进会召开`) names who acted, not who
/// wrote the page.
fn speaker_head(title: &str) -> Option<&str> {
    if super::genre::is_event_headline(title) {
        return None;
    }
    if !super::genre::is_speech_title(title) {
        return Some(title_head(title));
    }
    let at = title.find('在')?;
    Some(title_head(&title[..at]))
}

/// The place of the congress a work report was delivered to: `在仙桃市第八届人民代表大会`
/// → a name for `仙桃市人民政府`; `全国人民代表大会` → `国务院`.
fn congress(subtitle: &str) -> Option<Name> {
    let at = ["人民代表大会", "人民代表大會"]
        .iter()
        .find_map(|w| subtitle.find(w))?;
    let before = &subtitle[..at];
    if before.ends_with("全国") || before.ends_with("全國") || before.contains("全国") {
        return names::read("国务院", Position::Strong);
    }
    let start = before.rfind('在').map(|i| i + '在'.len_utf8()).unwrap_or(0);
    let head = &before[start..];
    let chain = places::chain_at(head)?;
    let place = &head[..chain.len];
    Some(Name {
        text: format!("{place}人民政府"),
        place: Some(place.to_string()),
        body: true,
        elided: None,
        self_ref: None,
        national: false,
    })
}

/// Clauses the opening sentence starts with before its subject.
const ADVERBIAL_STARTS: &[&str] = &[
    "在",
    "按照",
    "根据",
    "根據",
    "为",
    "為",
    "围绕",
    "圍繞",
    "面对",
    "面對",
    "随着",
    "隨著",
    "通过",
    "通過",
    "自",
    "从",
    "從",
    "过去",
    "過去",
    "一年来",
    "今年",
    "去年",
    "近年来",
    "全年",
    "本年度",
    "对照",
    "對照",
    "结合",
    "結合",
    "是",
    "也是",
    "现将",
    "現將",
    "现在",
    "現在",
    "以来",
    "以來",
];

/// Words that open a body's name with an adverbial's first character: `自然资源部`,
/// `自治区人民政府` are subjects, not `自…以来`.
const NAMES_OPENING_LIKE_ADVERBIALS: &[&str] = &["自然", "自治"];

/// Whether a clause that starts like an adverbial starts a name instead.
fn opens_a_name(clause: &str) -> bool {
    NAMES_OPENING_LIKE_ADVERBIALS
        .iter()
        .any(|w| clause.starts_with(w))
}

/// Sentences of the opening paragraph searched for its subject: a paragraph may open with
/// a sentence about the year (`2024年是…的关键之年。`) and name its subject in the next.
const OPENING_SENTENCES: usize = 3;

/// The subjects of the opening paragraph's first sentences, in order (see
/// `opening_subject`).
pub fn opening_subjects(paragraph: &str) -> impl Iterator<Item = &str> {
    opening_clauses(paragraph).map(first_of_list)
}

/// The subject clauses of the opening paragraph's first sentences, whole.
fn opening_clauses(paragraph: &str) -> impl Iterator<Item = &str> {
    paragraph
        .split(['。', ';', '\u{ff1b}'])
        .take(OPENING_SENTENCES)
        .filter_map(subject_clause)
}

/// The first item of a list (`侯马市委、市政府坚持…` → `侯马市委`).
fn first_of_list(clause: &str) -> &str {
    clause.split('、').next().unwrap_or(clause)
}

/// Words that join a clause to the one before it (`根据…,以及…的部署,某街道…`): it
/// plays the same part in the sentence.
const JOINING_STARTS: &[&str] = &["以及", "及", "和", "与", "與"];

/// The subject of a sentence: the first comma clause that is not a date or an
/// adverbial, up to its first 、 (`侯马市委、市政府坚持…` → `侯马市委`); a speaker's
/// `我代表` (`我代表南开区人民政府,向大会…`) gives the body spoken for.
pub fn opening_subject(paragraph: &str) -> Option<&str> {
    subject_clause(paragraph).map(first_of_list)
}

/// The subject clause of a sentence, whole (see `opening_subject`).
fn subject_clause(paragraph: &str) -> Option<&str> {
    let sentence = paragraph.split(['。', ';', '\u{ff1b}']).next()?;
    let mut after_adverbial = false;
    for clause in sentence.split([',', '\u{ff0c}']) {
        let mut c = clause.trim_matches(is_space);
        // `2021年`, `2021年以来`, `2021年度`.
        let digits = c.chars().take_while(char::is_ascii_digit).count();
        if digits == 4 && c[4..].starts_with('年') {
            c = c[4 + '年'.len_utf8()..].trim_start_matches('度');
        }
        if c.is_empty() {
            continue;
        }
        let adverbial = ADVERBIAL_STARTS.iter().any(|a| c.starts_with(a)) && !opens_a_name(c)
            || after_adverbial && JOINING_STARTS.iter().any(|j| c.starts_with(j));
        if adverbial {
            after_adverbial = true;
            continue;
        }
        return Some(c.strip_prefix("我代表").unwrap_or(c));
    }
    None
}

/// The year clause that stands right before the subject of the opening sentence
/// (`根据…,以及…部署,2023年,某街道以…` → 2023): the year the report is on, wherever the
/// adverbials put it.
pub fn year_before_subject(paragraph: &str) -> Option<i32> {
    let sentence = paragraph.split(['。', ';', '\u{ff1b}']).next()?;
    let subject = subject_clause(sentence)?;
    let before = &sentence[..sentence.find(subject)?];
    let last = before
        .trim_end_matches(is_space)
        .trim_end_matches([',', '\u{ff0c}'])
        .rsplit([',', '\u{ff0c}'])
        .next()?
        .trim_matches(is_space);
    let digits = last.chars().take_while(char::is_ascii_digit).count();
    let rest = last.get(digits..)?;
    let year_only = ["年", "年度", "年以来", "年以來"].contains(&rest);
    (digits == 4 && year_only)
        .then(|| last[..4].parse().ok())
        .flatten()
}

/// A party committee named with its government, as the text writes the pair
/// (`云南省委、省政府坚持…`, `县委、县人民政府高度重视…`): the report is theirs jointly,
/// and the issuer is written as the text writes them.
fn with_its_government(name: Name, clause: &str) -> Name {
    let Some(level) = name
        .text
        .strip_suffix('委')
        .and_then(|t| t.chars().last())
        .filter(|&c| Elided::from_char(c).is_some())
    else {
        return name;
    };
    let Some(rest) = clause
        .strip_prefix(name.text.as_str())
        .and_then(|r| r.strip_prefix('、'))
    else {
        return name;
    };
    let government = ["人民政府", "政府"]
        .iter()
        .map(|g| format!("{level}{g}"))
        .find(|g| rest.starts_with(g.as_str()));
    match government {
        Some(g) => Name {
            text: format!("{}、{g}", name.text),
            ..name
        },
        None => name,
    }
}

/// Whether a title names a government work report (`…政府工作报告`).
fn is_work_report_title(title: &str) -> bool {
    ["政府工作报告", "政府工作報告"]
        .iter()
        .any(|w| title.contains(w))
}

/// A government work report is delivered by the people's government: a title whose head
/// stops at the place (`2022年某县人民政府工作报告`, `某县政府工作报告`) names the place's
/// people's government.
fn government_of_work_report(name: Name, title: &str) -> Name {
    if name.body || name.national || !is_work_report_title(title) {
        return name;
    }
    let Some(place) = name.place.clone() else {
        return name;
    };
    Name {
        text: format!("{place}人民政府"),
        body: true,
        ..name
    }
}

/// Read the issuer and region.
pub fn read(src: &Sources<'_>) -> Issuer {
    let field = |keys: &[&str]| -> Vec<&str> {
        keys.iter()
            .flat_map(|k| src.fields.iter().filter(move |f| f.key == *k))
            .map(|f| f.value)
            .filter(|v| !v.is_empty())
            .collect()
    };
    // The places the issuer may be named, strongest first; each is read only when the
    // ones before it named no body with its place.
    type Reading<'s> = Box<dyn Fn() -> Option<Name> + 's>;
    let mut readings: Vec<Reading<'_>> = Vec::new();
    readings.push(Box::new(|| {
        src.title.and_then(|t| {
            names::read(speaker_head(t)?, Position::Strong).map(|n| government_of_work_report(n, t))
        })
    }));
    for v in field(ISSUER_FIELDS) {
        readings.push(Box::new(move || names::read(v, Position::Strong)));
    }
    for t in &src.header_titles {
        readings.push(Box::new(move || {
            names::read(speaker_head(t)?, Position::Strong).map(|n| government_of_work_report(n, t))
        }));
    }
    readings.push(Box::new(|| {
        src.byline.and_then(|s| names::read(s, Position::Strong))
    }));
    readings.push(Box::new(|| {
        src.signed_by.and_then(|s| names::read(s, Position::Strong))
    }));
    readings.push(Box::new(|| src.subtitle.as_deref().and_then(congress)));
    readings.push(Box::new(|| {
        src.speaker
            .as_deref()
            .and_then(|s| names::read(super::doclines::speaker_body(s), Position::Strong))
    }));
    // The source field names who put the page up; a government's general office posts
    // every report of the place (`来源:某区人民政府办公室` over `某区2023年度…报告`), so
    // it names the author only when it is not that office.
    // A website (`来源:某县政府网`) is no body.
    for v in field(SOURCE_FIELDS)
        .into_iter()
        .filter(|v| !super::clutter::is_site_name(&super::title::clean_line(v)))
    {
        readings.push(Box::new(move || {
            names::read(v, Position::Strong).filter(|n| n.body && !is_general_office(&n.text))
        }));
    }
    readings.push(Box::new(|| {
        src.cover.and_then(|c| names::read(c, Position::Subject))
    }));
    // A news item's lead names who acted, not who wrote it (`(记者 某某)3月20日,某县…`).
    let news = src.opening.is_some_and(super::genre::opens_as_news);
    for paragraph in [src.opening, src.first_paragraph]
        .into_iter()
        .flatten()
        .filter(|_| !news)
    {
        readings.push(Box::new(move || {
            opening_clauses(paragraph).find_map(|c| {
                names::read(first_of_list(c), Position::Subject).map(|n| with_its_government(n, c))
            })
        }));
    }
    for v in field(OWNER_FIELDS) {
        readings.push(Box::new(move || names::read(v, Position::Strong)));
    }
    let is_full = |n: &Name| n.body && (n.place.is_some() || n.national);
    let mut names: Vec<Name> = Vec::new();
    for reading in &readings {
        if let Some(n) = reading() {
            let full = is_full(&n);
            names.push(n);
            if full {
                break;
            }
        }
    }

    let full = names
        .iter()
        .find(|n| is_full(n))
        .or_else(|| names.iter().find(|n| n.place.is_some()));
    if let Some(n) = full {
        return Issuer {
            issuer: Some(n.text.clone()),
            region: if n.national {
                Some(n.text.clone())
            } else {
                n.place.clone()
            },
        };
    }
    for n in &names {
        let resolved = match n.self_ref {
            // `我镇`, `我县`: the text speaks as its place.
            Some(c) if !n.body => Elided::from_char(c)
                .and_then(|level| own_place(src.text, level, src.traditional))
                .map(|place| Name {
                    text: place.clone(),
                    place: Some(place),
                    body: false,
                    elided: None,
                    self_ref: None,
                    national: false,
                }),
            Some(c) => self_reference(src.text, c, src.traditional),
            None => Some(n.clone()),
        };
        let Some(r) = resolved else { continue };
        if r.place.is_some() || r.national {
            return Issuer {
                region: if r.national {
                    Some(r.text.clone())
                } else {
                    r.place.clone()
                },
                issuer: Some(r.text),
            };
        }
        if let Some(level) = r.elided {
            let region = place_of_level(src.text, level, src.traditional);
            let issuer = match &region {
                Some(place) if place.ends_with(level.suffix()) => {
                    let rest: String = r.text.chars().skip(1).collect();
                    format!("{place}{rest}")
                }
                _ => r.text.clone(),
            };
            return Issuer {
                issuer: Some(issuer),
                region,
            };
        }
    }
    Issuer {
        issuer: None,
        region: shared_place(src.text, src.traditional)
            .or_else(|| province_of_document_numbers(src.text)),
    }
}

/// Whether a body is a government's general office (`某区人民政府办公室`, `省政府办公厅`),
/// which runs the government's website.
fn is_general_office(body: &str) -> bool {
    [
        "政府办公室",
        "政府辦公室",
        "政府办公厅",
        "政府辦公廳",
        "政府办",
        "政府辦",
    ]
    .iter()
    .any(|w| body.ends_with(w))
}

/// Provinces by the one-character abbreviation that opens their documents' numbers
/// (`苏依法办〔2019〕5号`, `粤府〔2020〕1号`), simplified and traditional.
const PROVINCE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("京", "北京市"),
    ("津", "天津市"),
    ("沪滬", "上海市"),
    ("渝", "重庆市"),
    ("冀", "河北省"),
    ("晋晉", "山西省"),
    ("辽遼", "辽宁省"),
    ("吉", "吉林省"),
    ("黑", "黑龙江省"),
    ("苏蘇", "江苏省"),
    ("浙", "浙江省"),
    ("皖", "安徽省"),
    ("闽閩", "福建省"),
    ("赣贛", "江西省"),
    ("鲁魯", "山东省"),
    ("豫", "河南省"),
    ("鄂", "湖北省"),
    ("湘", "湖南省"),
    ("粤粵", "广东省"),
    ("琼瓊", "海南省"),
    ("川", "四川省"),
    ("黔", "贵州省"),
    ("滇云雲", "云南省"),
    ("陕陝", "陕西省"),
    ("甘", "甘肃省"),
    ("青", "青海省"),
    ("桂", "广西壮族自治区"),
    ("藏", "西藏自治区"),
    ("宁寧", "宁夏回族自治区"),
    ("新", "新疆维吾尔自治区"),
    ("内內", "内蒙古自治区"),
];

/// The province of a provincial body that never names itself (`我局…全省…我省`): the
/// province whose abbreviation opens the document numbers it cites (`(苏依法办〔2019〕5号)`),
/// when one province's numbers are the most cited. Only for a text that speaks as a
/// province (`我省`) and not as a smaller place (`我市`, `我区`, `我县`): a city's report
/// cites its province's documents too, and the province is not its region.
fn province_of_document_numbers(text: &str) -> Option<String> {
    let text = head(text, SEARCH_BYTES);
    let speaks_as = |w: &[&str]| w.iter().any(|w| text.contains(w));
    if !speaks_as(&["我省"]) || speaks_as(&["我市", "我区", "我區", "我县", "我縣"]) {
        return None;
    }
    let mut counts = vec![0usize; PROVINCE_ABBREVIATIONS.len()];
    for (at, _) in text.match_indices(['〔', '[']) {
        // The number's prefix: the run of Han characters before the bracket, opened by
        // punctuation (`(苏依法办〔`), not a word inside a sentence.
        let before: Vec<char> = text[..at].chars().rev().take(9).collect();
        let run = before
            .iter()
            .take_while(|&&c| super::markers::is_han(c))
            .count();
        let opened = before
            .get(run)
            .is_none_or(|c| "(（《》、，,:： ".contains(*c));
        if !(2..=8).contains(&run) || !opened {
            continue;
        }
        let first = before[run - 1];
        if let Some(i) = PROVINCE_ABBREVIATIONS
            .iter()
            .position(|(abbrs, _)| abbrs.contains(first))
        {
            counts[i] += 1;
        }
    }
    let best = counts.iter().copied().max().filter(|&n| n > 0)?;
    let mut leaders = counts.iter().enumerate().filter(|(_, &n)| n == best);
    let (i, _) = leaders.next()?;
    leaders
        .next()
        .is_none()
        .then(|| PROVINCE_ABBREVIATIONS[i].1.to_string())
}

/// The head of the text, cut at a char boundary.
fn head(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The body behind `我局`: the first body named in the opening lines whose name ends
/// with the same character, with its place or with its level (`省公安厅`).
fn self_reference(text: &str, kind: char, traditional: bool) -> Option<Name> {
    let text = head(text, SELF_REF_BYTES);
    // `市委`, `县委` are the party committees a report thanks for their leadership (`在
    // 市委、市政府的领导下`), never the commission that calls itself `我委`.
    let party = |n: &Name| {
        let t = n.text.trim_start_matches("中共");
        t.chars().count() == 2 && t.ends_with('委')
            || n.place
                .as_deref()
                .is_some_and(|p| t.strip_prefix(p) == Some("委"))
    };
    let ends_right = |n: &Name| n.body && n.text.ends_with(kind) && !party(n);
    let mut best: Option<(usize, Name)> = None;
    for m in places::mentions(text, traditional) {
        if let Some(n) = names::read(&text[m.range.start..], Position::Subject) {
            if ends_right(&n) {
                best = Some((m.range.start, n));
                break;
            }
        }
    }
    // `省公安厅`, `市生态环境局` standing after punctuation or a joining word.
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if best.as_ref().is_some_and(|(at, _)| i >= *at) {
            break;
        }
        let after_boundary =
            prev.is_none_or(|p| !super::markers::is_han(p) || "、和与及".contains(p));
        prev = Some(c);
        if !after_boundary || !"省市县区縣區".contains(c) {
            continue;
        }
        if let Some(n) = names::read(&text[i..], Position::Subject) {
            if n.elided.is_some() && ends_right(&n) {
                best = Some((i, n));
                break;
            }
        }
    }
    best.map(|(_, n)| n)
}

/// The first place of a level named in the text: `岳阳县`, `罗湖区`, or a province by its
/// bare name (`湖北` → `湖北省`).
fn place_of_level(text: &str, level: Elided, traditional: bool) -> Option<String> {
    let text = head(text, SEARCH_BYTES);
    places::mentions(text, traditional)
        .into_iter()
        .filter(|m| !is_destination(&text[..m.range.start]))
        .find_map(|m| {
            let fit = m.divisions.iter().copied().find(|&d| level.fits(d))?;
            Some(match m.form {
                Form::Bare => places::division(fit).name.to_string(),
                _ => text[m.range.clone()].to_string(),
            })
        })
}

/// The place a text calls its own (`我镇`, `我县`, `我市`): the first place of that level
/// it names (not one it goes to), when that place is named more than once or (a county or
/// city, which the division table knows) is the only one of its level. A text that names several places of the level once each leaves the
/// reader to guess, and gets none.
fn own_place(text: &str, level: Elided, traditional: bool) -> Option<String> {
    let text = head(text, SEARCH_BYTES);
    let named: Vec<String> = if level == Elided::Town {
        names::towns_named(text)
    } else {
        places::mentions(text, traditional)
            .into_iter()
            .filter(|m| !is_destination(&text[..m.range.start]))
            .filter_map(|m| {
                let fit = m.divisions.iter().copied().find(|&d| level.fits(d))?;
                Some(match m.form {
                    Form::Bare => places::division(fit).name.to_string(),
                    _ => text[m.range.clone()].to_string(),
                })
            })
            .collect()
    };
    let first = named.first()?;
    let again = named.iter().filter(|p| *p == first).count() >= 2;
    // A town's name is read by its suffix alone: one mention is too weak to stand on.
    let only = level != Elided::Town && named.iter().all(|p| p == first);
    (again || only).then(|| first.clone())
}

/// Words before a place the text goes to, not the text's own (`带队到永川区学习`,
/// `赴某县考察`).
const TO_PLACE: &[&str] = &["到", "赴", "前往", "去往", "来到", "來到"];

/// Whether the text before a place mention ends with a word of going there.
fn is_destination(before: &str) -> bool {
    TO_PLACE.iter().any(|w| before.ends_with(w))
}

/// The division that holds every place named in the text, when at least three distinct
/// places are named and they share one.
fn shared_place(text: &str, traditional: bool) -> Option<String> {
    let text = head(text, SHARED_BYTES);
    let mut distinct: Vec<Vec<usize>> = Vec::new();
    for m in places::mentions(text, traditional) {
        if m.form == Form::Bare {
            continue;
        }
        if !distinct.iter().any(|d| d == &m.divisions) {
            distinct.push(m.divisions);
        }
    }
    if distinct.len() < MIN_SHARED_PLACES {
        return None;
    }
    places::common_unit(&distinct).map(|d| places::division(d).name.to_string())
}

#[cfg(test)]
#[path = "issuer_tests.rs"]
mod tests;
