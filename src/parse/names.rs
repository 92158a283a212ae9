//! Reading the name of a body where a report states its issuer: `深圳市龙岗区人民政府`,
//! `中共黎侯镇委员会 黎侯镇人民政府`, `丰都县栗子乡人民政府`, `浙江省卫生健康委`, `国务院`,
//! a place alone (`有庆镇`, `常德市石门县`), a body that leaves its place to the reader
//! (`县人民政府`, `区司法局`, `省公安厅`) or refers to itself (`我局`).
//!
//! A name is a place (known divisions from `places`, then a town or a development zone by
//! its suffix) followed by a body (`人民政府`, `司法局`, `委`…). Where the position is
//! strong (a title's head, a disclosure field, a signature) a county or city missing from
//! the table (renamed, or masked as `某某县`) is still read by its suffix.

use super::markers::{is_han, is_space};
use super::places::{self, Level};

/// Last words of a body's name, longest first.
const BODY_SUFFIXES: &[&str] = &[
    "人民政府",
    "委员会",
    "委員會",
    "常委会",
    "常委會",
    "办公室",
    "辦公室",
    "办事处",
    "辦事處",
    "政府",
    "中心",
    "局",
    "厅",
    "廳",
    "委",
    "办",
    "辦",
    "院",
    "部",
    "署",
    "处",
    "處",
    "所",
];

/// Characters that end a body's name in running text: the verb or preposition after the
/// subject (`淄博市政府在省委…`, `区司法局坚持…`), or function words.
const STOPS: &[char] = &[
    '在', '以', '把', '将', '將', '按', '坚', '堅', '始', '深', '认', '認', '全', '紧', '緊', '聚',
    '围', '圍', '严', '嚴', '积', '積', '不', '切', '进', '進', '高', '努', '扎', '紮', '牢', '着',
    '著', '立', '持', '对', '對', '向', '从', '從', '于', '於', '和', '与', '與', '及', '的', '是',
    '为', '為', '等', '领', '領', '主', '召', '成', '组', '組', '牵', '牽', '印', '制', '出', '开',
    '開', '落', '推', '加', '强', '強', '完', '健', '贯', '貫', '学', '學', '先', '关', '關', '年',
    '始', '一', '要', '长', '長', '书', '書', '党', '黨', '根', '按', '结', '結', '抓', '把', '进',
    '全', '牢', '精', '带', '帶', '统', '統', '扛', '树', '樹', '紧', '今', '去', '現', '现', '特',
    '还', '還', '已', '正', '也', '都', '又', '均',
];

/// Last characters of administrative units read by suffix.
const UNIT_SUFFIXES: &[char] = &['省', '市', '县', '縣', '区', '區', '旗', '州', '盟'];

/// Town-level suffixes, longest first.
const TOWN_SUFFIXES: &[&str] = &["街道", "苏木", "蘇木", "镇", "鎮", "乡", "鄉", "街"];

/// Development zones and the like after a city or county (`濮阳市城乡一体化示范区`).
const ZONE_SUFFIXES: &[&str] = &[
    "示范区",
    "示範區",
    "开发区",
    "開發區",
    "高新区",
    "高新區",
    "管理区",
    "管理區",
    "试验区",
    "試驗區",
    "实验区",
    "保税区",
    "合作区",
    "新区",
    "新區",
    "园区",
    "園區",
];

/// First characters that make a run a phrase rather than a place (`全镇`, `我市`).
const NOT_PLACE_STARTS: &[char] = &[
    '全', '我', '本', '该', '該', '各', '在', '对', '對', '为', '為', '把', '将', '將', '从', '從',
    '向', '由', '其', '此', '这', '這', '每', '是', '和', '与', '與', '及', '省', '市', '区', '區',
    '县', '縣', '镇', '鎮', '乡', '鄉', '城', '村', '街', '外', '下', '上', '两', '兩', '多',
];

/// First characters that may open a town's name though they open phrases elsewhere
/// (`城关镇`, `多宝街道`, `上街镇`, `两河镇`): a town still needs its suffix and a
/// boundary after it.
const TOWN_NAME_STARTS: &[char] = &['城', '多', '上', '下', '两', '兩', '外'];

/// Words ending like a town that are not towns.
const NOT_TOWNS: &[&str] = &[
    "城乡",
    "城鄉",
    "城镇",
    "城鎮",
    "乡镇",
    "鄉鎮",
    "村镇",
    "村鎮",
    "集镇",
    "集鎮",
    "重镇",
    "古镇",
    "家乡",
    "家鄉",
    "下乡",
    "下鄉",
    "老街",
    "大街",
    "商业街",
    "步行街",
];

/// The level a bare level character leaves to the reader (`县人民政府` → a county).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elided {
    Province,
    /// `市`: a prefecture or a county-level city.
    City,
    County,
    /// `区`: a district (county level).
    District,
    Town,
}

impl Elided {
    pub fn from_char(c: char) -> Option<Elided> {
        Some(match c {
            '省' => Elided::Province,
            '市' => Elided::City,
            '县' | '縣' | '旗' => Elided::County,
            '区' | '區' => Elided::District,
            '镇' | '鎮' | '乡' | '鄉' => Elided::Town,
            _ => return None,
        })
    }

    /// Whether a division of the table fits the level.
    pub fn fits(self, index: usize) -> bool {
        let d = places::division(index);
        match self {
            Elided::Province => d.level == Level::Province && d.name.ends_with('省'),
            // A municipality under the state (`天津市`) is the city of its `市人社局`.
            Elided::City => d.name.ends_with('市'),
            Elided::County => d.level == Level::County && d.name.ends_with(['县', '旗']),
            Elided::District => d.level == Level::County && d.name.ends_with('区'),
            Elided::Town => false,
        }
    }

    /// The character a region of this level ends with.
    pub fn suffix(self) -> &'static [char] {
        match self {
            Elided::Province => &['省'],
            Elided::City => &['市'],
            Elided::County => &['县', '縣', '旗'],
            Elided::District => &['区', '區'],
            Elided::Town => &['镇', '鎮', '乡', '鄉'],
        }
    }
}

/// A name read at some position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name as written (`深圳市龙岗区人民政府`, `中共黎侯镇委员会 黎侯镇人民政府`).
    pub text: String,
    /// The place it names, as written (`深圳市龙岗区`, `黎侯镇`), if any.
    pub place: Option<String>,
    /// Whether a body is named, not just a place.
    pub body: bool,
    /// The place is left to the reader: `县人民政府`, `省公安厅`.
    pub elided: Option<Elided>,
    /// A body that refers to itself (`我局`): the last character of its kind.
    pub self_ref: Option<char>,
    /// A national body (`国务院`, `环境保护部`).
    pub national: bool,
}

/// How much a position is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// A title's head, a disclosure field, a signature: units missing from the table are
    /// read by their suffix.
    Strong,
    /// The subject of the opening sentence: only known units, and towns by suffix.
    Subject,
}

fn han_prefix_len(s: &str, max_chars: usize) -> usize {
    s.char_indices()
        .take(max_chars)
        .take_while(|&(_, c)| is_han(c))
        .last()
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

/// Byte length of a town at the start of `s` (`栗子乡人民政府` → `栗子乡`): one to six Han
/// characters and a town suffix, followed by a boundary (a body word, a stop, a digit,
/// a space or the end).
fn town_at(s: &str, min_chars: usize) -> Option<usize> {
    let first = s.chars().next()?;
    if (NOT_PLACE_STARTS.contains(&first) && !TOWN_NAME_STARTS.contains(&first)) || !is_han(first) {
        return None;
    }
    for (i, _) in s.char_indices().skip(1).take(6) {
        let Some(suffix) = TOWN_SUFFIXES.iter().find(|t| s[i..].starts_with(*t)) else {
            continue;
        };
        let mut end = i + suffix.len();
        // `鹤龙街道` is one town; `…街` must not be the start of `街道`.
        if *suffix == "街" && s[end..].starts_with('道') {
            continue;
        }
        // `北城街街道`: a street's name with the subdistrict after it.
        if *suffix == "街" && s[end..].starts_with("街道") {
            end += "街道".len();
        }
        let word = &s[..end];
        let rest = &s[end..];
        // `人民政府东城街道`: the government a subdistrict office belongs to is no part of
        // the subdistrict's name.
        if word.chars().count() < min_chars
            || NOT_TOWNS.iter().any(|w| word.ends_with(w))
            || word.contains("政府")
        {
            return None;
        }
        let boundary = rest.chars().next().is_none_or(|c| {
            !is_han(c) || STOPS.contains(&c) || BODY_SUFFIXES.iter().any(|b| rest.starts_with(b))
        }) || rest.starts_with("人民政府")
            // `中村乡法治政府建设工作在…`: the topic after the subject.
            || rest.starts_with("法治")
            || rest.starts_with("党委")
            || rest.starts_with("委员会")
            || rest.starts_with("司法所");
        return boundary.then_some(end);
    }
    None
}

/// Characters after which a town's name starts in running text: punctuation or the
/// function words before a place (`在某镇落地`, `列入某镇委党校`).
const TOWN_ANCHORS: &[char] = &[
    '在', '入', '对', '對', '于', '於', '了', '将', '將', '把', '为', '為', '是',
];

/// Characters that end a date and so never start a town's name (`2023年下洋镇` is
/// `下洋镇`).
const DATE_ENDS: &[char] = &['年', '月', '日', '号', '號', '度'];

/// Characters a town's name never holds: the words that make `我镇`, `全镇`, `各乡`.
const NOT_IN_TOWN_NAMES: &[char] = &[
    '我', '全', '各', '本', '该', '該', '每', '其', '此', '这', '這',
];

/// The towns named in running text, in order, each where it stands after punctuation
/// or a function word (`…在下太镇落地生根` → `下太镇`): a town's name is not in the
/// division table, so only a clear start is trusted.
pub fn towns_named(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let anchored = prev.is_none_or(|p| !is_han(p) || TOWN_ANCHORS.contains(&p));
        prev = Some(c);
        if !anchored || DATE_ENDS.contains(&c) {
            continue;
        }
        if let Some(len) = town_at(&text[i..], 3) {
            let name = &text[i..i + len];
            // `现就我镇`, `部署安排全镇`, `下一步,我镇`: a phrase ending in a town word;
            // `公开镇长热线`: a town's head (`镇长`, `乡长`), no town.
            let post = text[i + len..].starts_with(['长', '長']);
            if name.chars().all(is_han) && !name.contains(NOT_IN_TOWN_NAMES) && !post {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// Byte length of a development zone at the start of `s`.
fn zone_at(s: &str) -> Option<usize> {
    let run = han_prefix_len(s, 12);
    let run_text = &s[..run];
    ZONE_SUFFIXES
        .iter()
        .filter_map(|z| run_text.rfind(z).map(|i| i + z.len()))
        .max()
        .filter(|&end| s[..end].chars().count() >= 3)
}

/// Byte length of a county or city read by its suffix (`某某县人民政府` → `某某县`).
fn unit_by_suffix(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if NOT_PLACE_STARTS.contains(&first) || !is_han(first) {
        return None;
    }
    for (i, c) in s.char_indices().skip(1).take(6) {
        if !is_han(c) {
            return None;
        }
        if UNIT_SUFFIXES.contains(&c) {
            let end = i + c.len_utf8();
            let rest = &s[end..];
            let body_follows = body_at(rest).is_some()
                || rest.starts_with("人民")
                || rest.is_empty()
                || rest.starts_with(is_space)
                || rest.starts_with(|c: char| c.is_ascii_digit());
            return body_follows.then_some(end);
        }
    }
    None
}

/// The place at the start of `s`: known divisions, then a town or a zone.
fn place_at(s: &str, position: Position) -> usize {
    let mut len = places::chain_at(s).map(|c| c.len).unwrap_or(0);
    if position == Position::Strong {
        // A unit the table lacks, alone or under a known one (`山东省某某区`).
        len += unit_by_suffix(&s[len..]).unwrap_or(0);
    }
    let rest = &s[len..];
    let min_town = if len > 0 { 2 } else { 3 };
    if let Some(t) = town_at(rest, min_town) {
        len += t;
    } else if len > 0 {
        if let Some(z) = zone_at(rest) {
            len += z;
        }
    }
    len
}

/// Byte length of a body's name at the start of `s` (`司法局坚持…` → `司法局`): the first
/// place within sixteen Han characters where a body word ends and a boundary follows (a
/// verb or preposition, punctuation, the end); failing that, the first body word's end.
/// Department names hold common characters (`卫生健康委员会`, `住房和城乡建设局`), so the
/// name is never cut short at them, only at the boundary after a body word.
fn body_at(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    // `党委` opens a body (`乡党委`); other stops cannot.
    if !is_han(first) || (STOPS.contains(&first) && !matches!(first, '党' | '黨')) {
        return None;
    }
    let run = han_prefix_len(s, 16);
    let run_text = &s[..run];
    let ends: Vec<usize> = run_text
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&end| {
            let body = &run_text[..end];
            // `政府` names a body only as the place's own government (`人民政府办公室`);
            // `法治政府`, `数字政府` are goals, not bodies.
            let government_ok = ["政府", "政務", "政务"]
                .iter()
                .filter_map(|g| body.find(g))
                .all(|p| p == 0 || &body[..p] == "人民");
            government_ok && BODY_SUFFIXES.iter().any(|b| body.ends_with(b))
        })
        .collect();
    let boundary = |end: usize| {
        s[end..]
            .chars()
            .next()
            .is_none_or(|c| !is_han(c) || STOPS.contains(&c))
    };
    // With no word boundary after any end, a committee's whole name (`人大常委会` run into
    // `调研…`) beats its first character's reading (`人大常委`).
    let committee = |end: &usize| {
        ["委员会", "委員會", "常委会", "常委會"]
            .iter()
            .any(|w| run_text[..*end].ends_with(w))
    };
    ends.iter()
        .copied()
        .find(|&end| boundary(end))
        .or_else(|| ends.iter().copied().rev().find(committee))
        .or_else(|| ends.first().copied())
}

/// Posts a person holds in a body (`市委副书记`, `县政府副县长`, `市政协委员`): a body's
/// name right before one of these names the person's post, not an issuer.
const POSTS: &[&str] = &[
    "书记",
    "副书记",
    "書記",
    "副書記",
    "常委",
    "委员",
    "委員",
    "主任",
    "副主任",
    "秘书长",
    "副秘书长",
    "秘書長",
    "主席",
    "副主席",
    "省长",
    "副省长",
    "省長",
    "市长",
    "副市长",
    "市長",
    "县长",
    "副县长",
    "縣長",
    "區長",
    "区长",
    "副区长",
    "镇长",
    "副镇长",
    "鎮長",
    "乡长",
    "副乡长",
    "鄉長",
    "局长",
    "副局长",
    "局長",
    "厅长",
    "副厅长",
    "廳長",
    "部长",
    "副部长",
    "部長",
    "院长",
    "副院长",
    "院長",
];

/// Bodies whose names open with a post's word (`常委会`, `委员会`): not a post.
const POST_LIKE_BODIES: &[&str] = &["常委会", "常委會", "委员会", "委員會"];

/// Whether `rest`, the text right after a body's name, opens with a person's post.
fn opens_with_post(rest: &str) -> bool {
    POSTS.iter().any(|p| rest.starts_with(p))
        && !POST_LIKE_BODIES.iter().any(|b| rest.starts_with(b))
}

/// National prefixes: the state itself (`中华人民共和国国务院` → `国务院`).
const STATE: &[&str] = &["中华人民共和国", "中華人民共和國"];

/// Read one name (no spaces inside) at the start of `s`.
fn read_one(s: &str, position: Position) -> Option<Name> {
    let s = s.trim_start_matches(is_space);
    // `原环境保护部`: the former name of a body.
    let s = s
        .strip_prefix('原')
        .filter(|r| body_at(r).is_some())
        .unwrap_or(s);
    let (party, unprefixed) = match s.strip_prefix("中共") {
        Some(rest) => ("中共", rest),
        None => ("", s),
    };
    // Self-reference: `我局`, `我委`.
    if let Some(rest) = unprefixed.strip_prefix('我') {
        let c = rest.chars().next()?;
        let body = BODY_SUFFIXES.iter().any(|b| b.starts_with(c));
        let place = Elided::from_char(c).is_some();
        return (body || place).then(|| Name {
            text: format!("我{c}"),
            place: None,
            body,
            elided: None,
            self_ref: Some(c),
            national: false,
        });
    }
    let place_len = place_at(unprefixed, position);
    if place_len > 0 {
        let mut place = unprefixed[..place_len].to_string();
        let mut end = place_len;
        // `某区人民政府东城街道办事处`: a subdistrict office under the district government;
        // its area is the subdistrict.
        let after = &unprefixed[place_len..];
        if let Some(rest) = after.strip_prefix("人民政府") {
            if let Some(t) = town_at(rest, 2) {
                place.push_str(&rest[..t]);
                end += "人民政府".len() + t;
            }
        }
        let body_len = body_at(&unprefixed[end..]).unwrap_or(0);
        let end = end + body_len;
        if body_len > 0 && opens_with_post(&unprefixed[end..]) {
            return None;
        }
        return Some(Name {
            text: format!("{party}{}", &unprefixed[..end]),
            place: Some(place),
            body: body_len > 0,
            elided: None,
            self_ref: None,
            national: false,
        });
    }
    // `县人民政府`, `省公安厅`, `市卫生健康委`: the level alone.
    let first = unprefixed.chars().next()?;
    if let Some(level) = Elided::from_char(first) {
        let rest = &unprefixed[first.len_utf8()..];
        let body_len = body_at(rest)?;
        if opens_with_post(&rest[body_len..]) {
            return None;
        }
        return Some(Name {
            text: format!("{party}{first}{}", &rest[..body_len]),
            place: None,
            body: true,
            elided: Some(level),
            self_ref: None,
            national: false,
        });
    }
    // A national body: `国务院`, `(中华人民共和国)生态环境部`, `国家统计局`.
    let stateless = STATE
        .iter()
        .find_map(|p| unprefixed.strip_prefix(p))
        .unwrap_or(unprefixed);
    let body_len = body_at(stateless)?;
    if opens_with_post(&stateless[body_len..]) {
        return None;
    }
    let body = &stateless[..body_len];
    let national = body.starts_with("国务院")
        || body.starts_with("國務院")
        || body.starts_with("国家")
        || body.starts_with("國家")
        || body.starts_with("中央")
        || (body.chars().count() >= 3 && (body.ends_with('部') || body.ends_with('署')));
    national.then(|| Name {
        text: body.to_string(),
        place: None,
        body: true,
        elided: None,
        self_ref: None,
        national: true,
    })
}

/// Read the name of the issuer at the start of `s`. Two bodies side by side
/// (`中共黎侯镇委员会 黎侯镇人民政府`, `中共侯马市委 侯马市人民政府`) are one joint issuer.
pub fn read(s: &str, position: Position) -> Option<Name> {
    let s = s.trim_matches(is_space);
    let mut first = read_one(s, position)?;
    let consumed = s.find(&first.text).map(|i| i + first.text.len());
    if let (Some(end), true) = (consumed, first.body) {
        let rest = &s[end..];
        let gap = rest.len() - rest.trim_start_matches(is_space).len();
        if gap > 0 {
            if let Some(second) = read_one(rest, position).filter(|n| n.body && n.place.is_some()) {
                let second_end = rest.find(&second.text).map(|i| i + second.text.len());
                if second_end.is_some() {
                    first.text = format!("{} {}", first.text, second.text);
                    if first.place.is_none() {
                        first.place = second.place;
                    }
                }
            }
        }
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strong(s: &str) -> Option<(String, Option<String>, bool)> {
        read(s, Position::Strong).map(|n| (n.text, n.place, n.body))
    }

    fn owned(a: &str, b: Option<&str>, body: bool) -> Option<(String, Option<String>, bool)> {
        Some((a.to_string(), b.map(str::to_string), body))
    }

    #[test]
    fn a_body_before_a_post_names_a_person() {
        // `市委副书记市长在…上的讲话`: the speaker's posts, not an issuer.
        for s in [
            "市委副书记市长在全市某某工作会议上的讲话",
            "县政府副县长王某某",
            "中共某某县委书记在会上强调",
            "區政府區長在會上指出",
        ] {
            assert_eq!(strong(s), None, "{s}");
        }
        // A body whose name opens like a post is still a body.
        assert_eq!(
            strong("县委常委会"),
            owned("县委常委会", None, true).map(|(t, _, b)| (t, None, b))
        );
        assert_eq!(strong("区司法局"), owned("区司法局", None, true));
        // A committee run into the verb after it keeps its whole name.
        assert_eq!(
            strong("某某县人大常委会调研指导某某工作").map(|(t, _, _)| t),
            Some("某某县人大常委会".to_string())
        );
    }

    #[test]
    fn bodies_with_their_places() {
        assert_eq!(
            strong("深圳市龙岗区人民政府"),
            owned("深圳市龙岗区人民政府", Some("深圳市龙岗区"), true)
        );
        assert_eq!(
            strong("丰都县栗子乡人民政府"),
            owned("丰都县栗子乡人民政府", Some("丰都县栗子乡"), true)
        );
        assert_eq!(
            strong("中共黎侯镇委员会 黎侯镇人民政府"),
            owned("中共黎侯镇委员会 黎侯镇人民政府", Some("黎侯镇"), true)
        );
        assert_eq!(
            strong("中共侯马市委 侯马市人民政府"),
            owned("中共侯马市委 侯马市人民政府", Some("侯马市"), true)
        );
        assert_eq!(
            strong("濮阳市城乡一体化示范区"),
            owned(
                "濮阳市城乡一体化示范区",
                Some("濮阳市城乡一体化示范区"),
                false
            )
        );
        assert_eq!(
            strong("浚县人民政府"),
            owned("浚县人民政府", Some("浚县"), true)
        );
        assert_eq!(
            strong("寶山區羅店鎮"),
            owned("寶山區羅店鎮", Some("寶山區羅店鎮"), false)
        );
        assert_eq!(
            strong("某某县人民政府"),
            owned("某某县人民政府", Some("某某县"), true)
        );
        assert_eq!(
            strong("山东省某某区人民政府"),
            owned("山东省某某区人民政府", Some("山东省某某区"), true)
        );
    }

    #[test]
    fn subjects_of_opening_sentences() {
        let subject = |s: &str| read(s, Position::Subject).map(|n| n.text);
        assert_eq!(subject("淄博市政府在省委").as_deref(), Some("淄博市政府"));
        assert_eq!(
            subject("中山市司法局坚持以").as_deref(),
            Some("中山市司法局")
        );
        assert_eq!(
            subject("武定县人民政府办公室坚持以").as_deref(),
            Some("武定县人民政府办公室")
        );
        assert_eq!(subject("鹤龙街坚持以").as_deref(), Some("鹤龙街"));
        assert_eq!(subject("浦沿街道深入贯彻").as_deref(), Some("浦沿街道"));
        assert_eq!(subject("黎侯镇始终坚持").as_deref(), Some("黎侯镇"));
        assert_eq!(
            subject("汉源县法治政府建设工作以").as_deref(),
            Some("汉源县")
        );
        // Not places.
        assert_eq!(subject("根据省全面推进依法行政"), None);
        assert_eq!(subject("认真落实市委"), None);
        assert_eq!(subject("全镇上下"), None);
        assert_eq!(subject("城乡一体化"), None);
    }

    #[test]
    fn elided_self_and_national() {
        let n = read("县人民政府2022年", Position::Subject).unwrap();
        assert_eq!(
            (n.text.as_str(), n.elided),
            ("县人民政府", Some(Elided::County))
        );
        let n = read("区司法局坚持", Position::Subject).unwrap();
        assert_eq!(
            (n.text.as_str(), n.elided),
            ("区司法局", Some(Elided::District))
        );
        let n = read("我局2019年度", Position::Subject).unwrap();
        assert_eq!(n.self_ref, Some('局'));
        let n = read("原环境保护部深入学习", Position::Subject).unwrap();
        assert_eq!((n.text.as_str(), n.national), ("环境保护部", true));
        let n = read("中华人民共和国国务院", Position::Strong).unwrap();
        assert_eq!((n.text.as_str(), n.national), ("国务院", true));
        assert_eq!(read("教育系统", Position::Strong), None);
    }
}
