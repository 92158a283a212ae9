//! Measure words (量词): what turns a bare number into a counted figure.
//!
//! Reports count cases (件 起 宗 例), events (次 场 场次 期 轮), people (人 名 人次 位),
//! bodies (个 家 所 支), documents (份 条 篇 部 本 册 批), places and things (台 辆 处 户 座
//! 套 块 张 间 地 米 公里 亩 吨), and so on. A number followed by none of these is not
//! taken as a figure: that is what keeps heading numbers, hotlines and codes out.
//!
//! Durations (年 月 日 天 小时 个月 个工作日 …) are recognised separately and rejected:
//! they state deadlines and periods, not amounts of work, and `2021年` is a year.
//! Traditional forms (個 項 場 條 臺 輛 …) are listed next to the simplified ones so a
//! report in traditional script keeps its unit as written.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Measure words, longest forms first within a family so the longest match wins.
/// Compound forms (人次, 件次, 场次, 批次, 台次, 台辆) are listed whole.
pub const MEASURE_WORDS: &[&str] = &[
    // compound counts of occurrences
    "人次",
    "件次",
    "场次",
    "批次",
    "台次",
    "户次",
    "家次",
    "条次",
    "篇次",
    "起次",
    "台辆",
    "台套",
    "場次",
    "臺次",
    "戶次",
    "條次",
    // length and area first, so 公里 is not read as 公 + 里
    "平方米",
    "平方公里",
    "公里",
    "千米",
    "米",
    "亩",
    "公顷",
    "吨",
    "畝",
    "噸",
    // people
    "人",
    "名",
    "位",
    // cases and matters
    "件",
    "起",
    "宗",
    "例",
    "项",
    "項",
    "笔",
    "筆",
    // occurrences and events
    "次",
    "场",
    "場",
    "期",
    "轮",
    "輪",
    "届",
    "屆",
    "堂",
    "节",
    "節",
    "课",
    "課",
    // bodies and places
    "个",
    "個",
    "家",
    "所",
    "支",
    "处",
    "處",
    "户",
    "戶",
    "座",
    "地",
    "村",
    "类",
    "類",
    // documents
    "份",
    "条",
    "條",
    "篇",
    "部",
    "本",
    "册",
    "冊",
    "批",
    "套",
    "张",
    "張",
    "幅",
    "集",
    "封",
    "卷",
    "首",
    // machines and vehicles
    "台",
    "臺",
    "辆",
    "輛",
    "艘",
    "块",
    "塊",
    "间",
    "間",
    "棵",
    "株",
    // ratios
    "倍",
];

/// Period and date words: a number followed by one of these is a duration or a date.
pub const DURATIONS: &[&str] = &[
    "个工作日",
    "個工作日",
    "工作日",
    "个月",
    "個月",
    "个小时",
    "個小時",
    "小时",
    "小時",
    "分钟",
    "分鐘",
    "年",
    "月",
    "日",
    "天",
    "周",
    "週",
    "号",
    "號",
    "时",
    "時",
    "季度",
    "学时",
    "學時",
    "课时",
    "課時",
    "秒",
    "岁",
    "歲",
];

/// Words that begin with a measure word but are not one: after a number they make it a
/// name or a slogan (`511集中放权`, `3部署`), not a count.
pub const NOT_MEASURE_WORDS: &[&str] = &[
    "集中", "集團", "集团", "集体", "集體", "集聚", "集成", "集约", "集約", "部署", "条例", "條例",
    "条件", "條件", "条款", "條款", "名单", "名單", "名称", "名稱", "名录", "名錄", "期间", "期間",
    "期限", "批准", "批复", "批復", "处理", "處理", "处置", "處置", "台账", "臺賬", "台阶", "臺階",
    "场所", "場所", "支持", "支付", "节约", "節約", "节能", "節能", "课题", "課題", "首次", "首批",
    "座谈", "座談", "户籍", "戶籍",
];

/// Words of a list indexed by their first character, so a lookup compares only the
/// few that can match (this runs for every number of every report).
fn by_first_char(words: &'static [&'static str]) -> HashMap<char, Vec<&'static str>> {
    let mut index: HashMap<char, Vec<&'static str>> = HashMap::new();
    for w in words {
        if let Some(c) = w.chars().next() {
            index.entry(c).or_default().push(w);
        }
    }
    index
}

/// The words of `index` that `rest` starts with.
fn starting<'a>(
    index: &'a HashMap<char, Vec<&'static str>>,
    rest: &'a str,
) -> impl Iterator<Item = &'static str> + 'a {
    rest.chars()
        .next()
        .and_then(|c| index.get(&c))
        .into_iter()
        .flatten()
        .copied()
        .filter(move |w| rest.starts_with(w))
}

/// Whether a duration or date word starts `rest`.
pub fn duration_at(rest: &str) -> bool {
    static INDEX: OnceLock<HashMap<char, Vec<&'static str>>> = OnceLock::new();
    starting(INDEX.get_or_init(|| by_first_char(DURATIONS)), rest)
        .next()
        .is_some()
}

/// The measure word `rest` starts with, longest first. `个月`/`个小时` are durations,
/// not counts, and `个百分点` is handled by the caller as a percentage-point unit.
pub fn measure_word_at(rest: &str) -> Option<&'static str> {
    static NOT: OnceLock<HashMap<char, Vec<&'static str>>> = OnceLock::new();
    static WORDS: OnceLock<HashMap<char, Vec<&'static str>>> = OnceLock::new();
    let not = NOT.get_or_init(|| by_first_char(NOT_MEASURE_WORDS));
    if duration_at(rest) || starting(not, rest).next().is_some() {
        return None;
    }
    starting(WORDS.get_or_init(|| by_first_char(MEASURE_WORDS)), rest).max_by_key(|w| w.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_measure_word_wins() {
        assert_eq!(measure_word_at("人次,"), Some("人次"));
        assert_eq!(measure_word_at("场次"), Some("场次"));
        assert_eq!(measure_word_at("人参加"), Some("人"));
        assert_eq!(measure_word_at("公里道路"), Some("公里"));
        assert_eq!(measure_word_at("個部門"), Some("個"));
    }

    #[test]
    fn durations_are_not_measure_words() {
        for s in ["个月", "年度", "个工作日", "小时", "日起", "天内"] {
            assert_eq!(measure_word_at(s), None, "{s}");
            assert!(duration_at(s), "{s}");
        }
    }

    #[test]
    fn plain_words_are_not_measure_words() {
        assert_eq!(measure_word_at("热线"), None);
        assert_eq!(measure_word_at("元"), None);
    }

    #[test]
    fn words_starting_with_a_measure_word_are_not_one() {
        for s in ["集中放权", "部署", "条例", "名单", "期间", "处理"] {
            assert_eq!(measure_word_at(s), None, "{s}");
        }
        assert_eq!(measure_word_at("集,"), Some("集"));
        assert_eq!(measure_word_at("部法规"), Some("部"));
    }
}
