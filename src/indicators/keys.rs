//! Canonical metric keys: one name for one metric across reports, whatever the phrasing
//! (受理行政复议1055件, 行政复议案件立案220件, 收到行政复议申请68件 →
//! `reconsideration_cases`), so `compare` can line them up.
//!
//! A rule names the key, its topic, the kinds of figure it applies to, groups of words
//! of which one from each must appear in the subject, and words that rule it out (an
//! outcome such as 审结 makes a case count a different metric). Subjects are matched in
//! simplified script; traditional text is folded first. Rules are tried in order and the
//! first match wins, so narrower rules come before broader ones.

use super::categories::Category;
use super::Kind;

struct KeyRule {
    key: &'static str,
    category: Category,
    kinds: &'static [Kind],
    /// Units the figure must have (people for a count of participants); empty: any.
    units: &'static [&'static str],
    all: &'static [&'static [&'static str]],
    none: &'static [&'static str],
}

const COUNT: &[Kind] = &[Kind::Count];
const RATE: &[Kind] = &[Kind::Percent];

/// Units that count people.
const PEOPLE: &[&str] = &["人", "名", "人次", "位"];
/// Units that count cases and matters.
const CASES: &[&str] = &[
    "件", "起", "宗", "例", "件次", "項", "项", "个", "個", "份", "条", "條",
];
/// Units that count events.
const EVENTS: &[&str] = &[
    "次", "场", "場", "场次", "場次", "期", "轮", "輪", "堂", "节", "節",
];

/// Outcomes that make a case figure something other than "cases received".
const OUTCOMES: &[&str] = &[
    "审结", "办结", "结案", "纠错", "撤销", "维持", "败诉", "胜诉", "出庭", "成功", "率", "调解",
];

use Category as C;

/// The table, one rule a line.
#[rustfmt::skip]
const KEYS: &[KeyRule] = &[
    KeyRule { key: "reconsideration_closed", category: C::Reconsideration, kinds: COUNT, units: CASES, all: &[&["复议"], &["审结", "办结", "结案"]], none: &[] },
    KeyRule { key: "reconsideration_cases", category: C::Reconsideration, kinds: COUNT, units: CASES, all: &[&["行政复议", "复议案件", "复议申请"]], none: OUTCOMES },
    KeyRule { key: "head_appearance_rate", category: C::Litigation, kinds: RATE, units: &[], all: &[&["出庭"], &["负责人"]], none: &[] },
    KeyRule { key: "head_appearances", category: C::Litigation, kinds: COUNT, units: PEOPLE, all: &[&["出庭"], &["负责人"]], none: &[] },
    KeyRule { key: "litigation_appearances", category: C::Litigation, kinds: COUNT, units: &[], all: &[&["出庭应诉"]], none: &[] },
    KeyRule { key: "litigation_cases", category: C::Litigation, kinds: COUNT, units: CASES, all: &[&["行政应诉", "行政诉讼", "应诉案件", "诉讼案件", "被诉"]], none: &["审结", "败诉", "胜诉", "率"] },
    KeyRule { key: "mediation_success_rate", category: C::Mediation, kinds: RATE, units: &[], all: &[&["调解成功率", "调处成功率", "化解率"]], none: &[] },
    KeyRule { key: "mediation_success", category: C::Mediation, kinds: COUNT, units: CASES, all: &[&["调解", "纠纷", "调处"], &["成功", "化解"]], none: &["率"] },
    KeyRule { key: "mediation_disputes", category: C::Mediation, kinds: COUNT, units: CASES, all: &[&["调解", "纠纷", "调处"]], none: &["成功", "率", "委员会", "调委会", "工作室", "人民调解员", "组织"] },
    KeyRule { key: "legal_aid_cases", category: C::LegalAid, kinds: COUNT, units: CASES, all: &[&["法律援助"]], none: &["率", "站", "中心", "工作站"] },
    KeyRule { key: "legal_consultations", category: C::LegalService, kinds: COUNT, units: PEOPLE, all: &[&["咨询"]], none: &["率"] },
    KeyRule { key: "publicity_events", category: C::Publicity, kinds: COUNT, units: EVENTS, all: &[&["宣传", "普法", "讲座", "大讲堂"], &["活动", "讲座", "场", "大讲堂"]], none: &["单", "资料", "手册", "份"] },
    KeyRule { key: "publicity_materials", category: C::Publicity, kinds: COUNT, units: &[], all: &[&["宣传单", "宣传资料", "宣传册", "普法资料", "手册", "宣传品"]], none: &[] },
    KeyRule { key: "legality_reviews", category: C::LegalityReview, kinds: COUNT, units: CASES, all: &[&["合法性审查", "合法性审核", "审查文件", "审核文件", "审查合同", "合同审查"]], none: &["率", "意见", "建议"] },
    KeyRule { key: "normative_documents_filed", category: C::NormativeDocuments, kinds: COUNT, units: &[], all: &[&["规范性文件"], &["备案", "报备"]], none: &["率"] },
    KeyRule { key: "filing_pass_rate", category: C::NormativeDocuments, kinds: RATE, units: &[], all: &[&["备案"], &["率"]], none: &[] },
    KeyRule { key: "documents_cleaned", category: C::NormativeDocuments, kinds: COUNT, units: &[], all: &[&["清理"], &["文件"]], none: &[] },
    KeyRule { key: "major_decisions", category: C::Decisions, kinds: COUNT, units: &[], all: &[&["重大行政决策", "重大决策"]], none: &["率"] },
    KeyRule { key: "enforcement_pass_rate", category: C::Training, kinds: RATE, units: &[], all: &[&["合格率", "通过率", "参考率"]], none: &["备案", "调解"] },
    KeyRule { key: "enforcement_staff", category: C::Enforcement, kinds: COUNT, units: PEOPLE, all: &[&["执法人员"]], none: &["培训", "考试"] },
    KeyRule { key: "training_participants", category: C::Training, kinds: COUNT, units: PEOPLE, all: &[&["培训", "考试", "参训"]], none: &["率", "次", "期"] },
    KeyRule { key: "enforcement_cases", category: C::Enforcement, kinds: COUNT, units: CASES, all: &[&["执法案件", "行政处罚案件", "处罚案件", "办理案件"]], none: &["案卷", "率"] },
    KeyRule { key: "enforcement_files_reviewed", category: C::Enforcement, kinds: COUNT, units: &[], all: &[&["案卷"]], none: &[] },
    KeyRule { key: "enforcement_bodies", category: C::Enforcement, kinds: COUNT, units: &[], all: &[&["执法单位", "执法部门", "执法主体", "执法机关"]], none: &[] },
    KeyRule { key: "certification_items", category: C::GovServices, kinds: COUNT, units: &[], all: &[&["证明事项", "告知承诺"]], none: &[] },
    KeyRule { key: "online_service_rate", category: C::GovServices, kinds: RATE, units: &[], all: &[&["网上可办", "全程网办", "网办率", "一网通办", "跑一次", "电子化", "通办率"]], none: &[] },
    KeyRule { key: "service_items", category: C::GovServices, kinds: COUNT, units: &[], all: &[&["政务服务事项", "审批事项", "服务事项", "许可事项"]], none: &[] },
    KeyRule { key: "disclosure_requests", category: C::Disclosure, kinds: COUNT, units: CASES, all: &[&["信息公开"], &["申请"]], none: &[] },
    KeyRule { key: "mediation_committees", category: C::Mediation, kinds: COUNT, units: &[], all: &[&["调委会", "调解委员会", "调解工作室", "调解组织"]], none: &[] },
    KeyRule { key: "legal_counsels", category: C::LegalCounsel, kinds: COUNT, units: PEOPLE, all: &[&["法律顾问", "公职律师"]], none: &[] },
    KeyRule { key: "publicity_coverage_rate", category: C::Publicity, kinds: RATE, units: &[], all: &[&["普及率", "知晓率"]], none: &[] },
];

/// The canonical key for a subject (already in simplified script) and kind.
pub fn key_for(subject: &str, kind: Kind, unit: &str) -> Option<(&'static str, Category)> {
    KEYS.iter()
        .find(|r| {
            r.kinds.contains(&kind)
                && (r.units.is_empty() || r.units.contains(&unit))
                && r.all
                    .iter()
                    .all(|group| group.iter().any(|w| subject.contains(w)))
                && !r.none.iter().any(|w| subject.contains(w))
        })
        .map(|r| (r.key, r.category))
}

/// Every canonical key with its category, for documentation and the TUI.
pub fn keys() -> impl Iterator<Item = (&'static str, Category)> {
    KEYS.iter().map(|r| (r.key, r.category))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::categories::fold;

    fn key(s: &str, kind: Kind) -> Option<&'static str> {
        let unit = if kind == Kind::Count { "件" } else { "%" };
        key_for(s, kind, unit).map(|k| k.0)
    }

    #[test]
    fn phrasings_of_reconsideration_share_a_key() {
        for s in [
            "受理行政复议",
            "行政复议案件立案",
            "收到行政复议申请",
            "行政复议案件",
        ] {
            assert_eq!(key(s, Kind::Count), Some("reconsideration_cases"), "{s}");
        }
        assert_eq!(
            key("行政复议案件审结", Kind::Count),
            Some("reconsideration_closed")
        );
    }

    #[test]
    fn traditional_folds_to_the_same_key() {
        assert_eq!(
            key(&fold("受理行政復議"), Kind::Count),
            Some("reconsideration_cases")
        );
    }

    #[test]
    fn kind_matters() {
        assert_eq!(
            key("调解成功率", Kind::Percent),
            Some("mediation_success_rate")
        );
        assert_eq!(
            key("矛盾纠纷调解成功", Kind::Count),
            Some("mediation_success")
        );
        assert_eq!(key("调解矛盾纠纷", Kind::Count), Some("mediation_disputes"));
        assert_eq!(key("行政复议", Kind::Growth), None);
    }

    #[test]
    fn people_keys_need_people_units() {
        assert_eq!(
            key_for("执法人员培训", Kind::Count, "人").map(|k| k.0),
            Some("training_participants")
        );
        assert_eq!(key_for("执法人员培训", Kind::Count, "期"), None);
    }

    #[test]
    fn keys_are_unique() {
        let mut all: Vec<&str> = keys().map(|k| k.0).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
