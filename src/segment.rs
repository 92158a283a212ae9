//! Chinese word segmentation: one shared jieba-rs instance with the vocabulary of
//! rule-of-law reports added.
//!
//! Loading jieba's dictionary takes a noticeable fraction of a second, so it is built
//! once, on first use, and `warm_up` lets a UI start that work on a background thread
//! before anyone needs it. Indicators (subjects of figures) and search (word-start
//! bonuses) both use this instance.

use std::sync::OnceLock;
use std::thread;

use jieba_rs::Jieba;

/// Terms of the trade that jieba's general dictionary splits wrongly, with a part of
/// speech so the indicator extractor can treat them as nouns. Frequencies are set high
/// enough that jieba keeps them whole.
pub const DOMAIN_WORDS: &[&str] = &[
    "法治政府",
    "法治政府建设",
    "依法行政",
    "依法治国",
    "依法治市",
    "依法治区",
    "依法治县",
    "行政复议",
    // 新收复议案件: without them jieba reads 收复/议案 (a carried subject became 议案).
    "复议",
    "复议案件",
    "行政应诉",
    "行政诉讼",
    "行政执法",
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政检查",
    "行政裁决",
    "行政调解",
    "行政规范性文件",
    "规范性文件",
    "合法性审查",
    "合法性审核",
    "公平竞争审查",
    "重大行政决策",
    "告知承诺制",
    "证明事项",
    "双随机、一公开",
    "双随机一公开",
    "放管服",
    "一网通办",
    "跨省通办",
    "互联网+监管",
    "互联网+政务服务",
    "包容审慎监管",
    "信用监管",
    "人民调解",
    "人民调解员",
    "矛盾纠纷",
    "诉源治理",
    "法律援助",
    "法律顾问",
    "公职律师",
    "公共法律服务",
    "普法宣传",
    "法治宣传",
    "宪法宣传",
    "宪法宣传周",
    "法律明白人",
    "民主法治示范村",
    "法治督察",
    "示范创建",
    "第一责任人",
    "出庭应诉",
    "负责人出庭应诉",
    "执法证件",
    "三项制度",
    "执法公示",
    "执法全过程记录",
    "重大执法决定法制审核",
    "政务公开",
    "政府信息公开",
    "营商环境",
    "扫黑除恶",
    "信访",
    "述法",
    "学法",
];

static JIEBA: OnceLock<Jieba> = OnceLock::new();

fn build() -> Jieba {
    let mut jieba = Jieba::new();
    for word in DOMAIN_WORDS {
        // A frequency well above the words these terms are split into keeps them whole.
        jieba.add_word(word, Some(50_000), Some("n"));
    }
    jieba
}

/// The shared segmenter, built on first use.
pub fn jieba() -> &'static Jieba {
    JIEBA.get_or_init(build)
}

/// Whether the segmenter is already built (so using it will not block).
pub fn is_ready() -> bool {
    JIEBA.get().is_some()
}

/// Start building the segmenter on a background thread, so the first use does not
/// block a UI.
pub fn warm_up() {
    if !is_ready() {
        thread::spawn(|| {
            jieba();
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_words_stay_whole() {
        let words: Vec<&str> = jieba()
            .cut("开展行政复议和合法性审查,推行告知承诺制", false)
            .into_iter()
            .map(|t| t.word)
            .collect();
        for w in ["行政复议", "合法性审查", "告知承诺制"] {
            assert!(words.contains(&w), "{w} split: {words:?}");
        }
    }

    #[test]
    fn warm_up_builds_it_once() {
        warm_up();
        let a = jieba() as *const Jieba;
        let b = jieba() as *const Jieba;
        assert_eq!(a, b);
        assert!(is_ready());
    }
}
