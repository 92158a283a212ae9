//! The rule registry: every rule's id, severity, one-line meaning and source, for
//! `baogao check --rules`, `--disable` and the README.
//!
//! Each rule family module declares its rules as `pub const` values and the findings it
//! makes take their id and severity from there, so the list printed by `--rules` is the
//! list the checker uses.

use crate::report::Severity;

/// One review rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id (`numbering-gap`), as printed and as `--disable` takes it.
    pub id: &'static str,
    /// The severity of its findings.
    pub severity: Severity,
    /// What it finds, in one line.
    pub meaning: &'static str,
    /// Where the requirement comes from.
    pub source: &'static str,
}

/// GB/T 9704-2012 党政机关公文格式 §7.3.3: heading numbers 一、（一）1.（1）in order.
pub const SRC_GBT9704: &str = "GB/T 9704-2012《党政机关公文格式》7.3.3 结构层次序数";
/// GB/T 15834-2011 标点符号用法.
pub const SRC_GBT15834: &str = "GB/T 15834-2011《标点符号用法》";
/// 法治政府建设与责任落实督察工作规定 (2019).
pub const SRC_DUCHA_25: &str = "《法治政府建设与责任落实督察工作规定》(2019) 第二十五条";
/// The same regulation's chapter on annual reports: made public before 1 April.
pub const SRC_DUCHA_PUBLISH: &str =
    "《法治政府建设与责任落实督察工作规定》(2019) 第五章:年度报告每年4月1日之前向社会公开";
/// The convention of numbered points inside a paragraph.
pub const SRC_POINTS: &str = "公文写作惯例: 一是、二是… 依次编号,要点以短语领起并加标点";
/// Integrity of a text copied from the web.
pub const SRC_INTEGRITY: &str = "文本完整性(网页转载)";

/// Every rule, in the order `--rules` prints them.
pub fn all() -> Vec<Rule> {
    [
        super::numbering::RULES,
        super::points::RULES,
        super::required_parts::RULES,
        super::injected::RULES,
        super::page_text::RULES,
        super::punctuation::RULES,
        super::final_punct::RULES,
        super::enumeration::RULES,
        super::formulations::RULES,
        super::dates::RULES,
        super::figures::RULES,
    ]
    .concat()
}

/// The rule with this id.
pub fn find(id: &str) -> Option<Rule> {
    all().into_iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let rules = all();
        let mut ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule ids");
        for r in &rules {
            assert!(
                r.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                r.id
            );
            assert!(!r.meaning.is_empty() && !r.source.is_empty(), "{}", r.id);
        }
        assert_eq!(find("numbering-gap").map(|r| r.id), Some("numbering-gap"));
        assert!(find("no-such-rule").is_none());
    }
}
