//! Topics and canonical metric keys.
//!
//! The topics follow the areas of the 法治政府建设实施纲要(2021—2025年) — government
//! functions, the system of rules, decision-making, law enforcement, emergencies, dispute
//! resolution, supervision, technology, organisation — split into the metric families
//! annual reports actually count (行政复议, 人民调解, 普法宣传 …).
//!
//! A figure's topic is read from its subject first, then its sentence, then the titles
//! of the sections holding it: the first text that matches any keyword decides, and
//! within a text the table order decides (more specific families first).
//!
//! Canonical metric keys are in `keys`. Traditional text is folded to simplified before
//! matching.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

/// A topic, from the Outline (纲要) areas plus common metric families.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// 行政复议: applications, cases, corrections.
    Reconsideration,
    /// 行政应诉: administrative litigation, heads appearing in court.
    Litigation,
    /// 人民调解 and other mediation of disputes.
    Mediation,
    /// 法律援助.
    LegalAid,
    /// 公共法律服务: consultations, notaries, lawyers' hotlines.
    LegalService,
    /// 普法宣传: publicity events, materials, audiences.
    Publicity,
    /// 行政执法: cases, inspections, enforcement staff and certificates.
    Enforcement,
    /// 合法性审查: legality review of decisions, contracts, documents.
    LegalityReview,
    /// 规范性文件: filing, cleaning up normative documents.
    NormativeDocuments,
    /// 重大行政决策.
    Decisions,
    /// 立法: local rules, legislative contact points.
    Legislation,
    /// 政务服务 and 放管服: approvals, online services, permits.
    GovServices,
    /// 信用监管 and market supervision.
    Credit,
    /// 政务公开.
    Disclosure,
    /// 培训考试: study sessions, training, examinations.
    Training,
    /// 监督: supervision, petitions, NPC and CPPCC proposals, audit.
    Supervision,
    /// 法律顾问 and 公职律师.
    LegalCounsel,
    /// 社会治理: public security, safety, campaigns.
    Governance,
}

impl Category {
    /// Every category, in table order.
    pub const ALL: [Category; 18] = [
        Category::Reconsideration,
        Category::Litigation,
        Category::Mediation,
        Category::LegalAid,
        Category::LegalService,
        Category::Publicity,
        Category::Enforcement,
        Category::LegalityReview,
        Category::NormativeDocuments,
        Category::Decisions,
        Category::Legislation,
        Category::GovServices,
        Category::Credit,
        Category::Disclosure,
        Category::Training,
        Category::Supervision,
        Category::LegalCounsel,
        Category::Governance,
    ];

    /// The snake_case id used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Reconsideration => "reconsideration",
            Category::Litigation => "litigation",
            Category::Mediation => "mediation",
            Category::LegalAid => "legal_aid",
            Category::LegalService => "legal_service",
            Category::Publicity => "publicity",
            Category::Enforcement => "enforcement",
            Category::LegalityReview => "legality_review",
            Category::NormativeDocuments => "normative_documents",
            Category::Decisions => "decisions",
            Category::Legislation => "legislation",
            Category::GovServices => "gov_services",
            Category::Credit => "credit",
            Category::Disclosure => "disclosure",
            Category::Training => "training",
            Category::Supervision => "supervision",
            Category::LegalCounsel => "legal_counsel",
            Category::Governance => "governance",
        }
    }

    /// The Chinese name, for display.
    pub fn label(self) -> &'static str {
        match self {
            Category::Reconsideration => "行政复议",
            Category::Litigation => "行政应诉",
            Category::Mediation => "人民调解",
            Category::LegalAid => "法律援助",
            Category::LegalService => "法律服务",
            Category::Publicity => "普法宣传",
            Category::Enforcement => "行政执法",
            Category::LegalityReview => "合法性审查",
            Category::NormativeDocuments => "规范性文件",
            Category::Decisions => "重大决策",
            Category::Legislation => "立法",
            Category::GovServices => "政务服务",
            Category::Credit => "信用监管",
            Category::Disclosure => "政务公开",
            Category::Training => "培训考试",
            Category::Supervision => "监督",
            Category::LegalCounsel => "法律顾问",
            Category::Governance => "社会治理",
        }
    }

    /// Keywords that put a text in this category (simplified script).
    fn keywords(self) -> &'static [&'static str] {
        match self {
            Category::Reconsideration => &["行政复议", "复议"],
            Category::Litigation => &["行政应诉", "应诉", "行政诉讼", "出庭", "被诉", "诉讼案件"],
            Category::Mediation => &["调解", "矛盾纠纷", "调委会", "纠纷"],
            Category::LegalAid => &["法律援助"],
            Category::LegalService => &[
                "法律服务",
                "法律咨询",
                "公证",
                "律师",
                "律所",
                "法务",
                "咨询",
            ],
            Category::Publicity => &[
                "普法",
                "法治宣传",
                "宪法宣传",
                "宣传",
                "法治讲座",
                "法治文化",
                "大讲堂",
                "示范村",
                "法律明白人",
                "普及率",
                "讲座",
            ],
            Category::Enforcement => &[
                "行政执法",
                "执法",
                "行政处罚",
                "行政许可",
                "行政强制",
                "抽查",
                "检查",
                "案卷",
                "整治",
                "隐患",
            ],
            Category::LegalityReview => &[
                "合法性审查",
                "合法性审核",
                "审查合同",
                "合同审查",
                "审查文件",
                "法律意见",
                "修改意见",
            ],
            Category::NormativeDocuments => &["规范性文件", "备案", "清理文件", "文件清理"],
            Category::Decisions => &["重大行政决策", "决策", "常务会议", "议题"],
            Category::Legislation => &["立法", "地方性法规", "规章", "基层联系点"],
            Category::GovServices => &[
                "政务服务",
                "审批",
                "证明事项",
                "告知承诺",
                "一网通办",
                "通办",
                "网上可办",
                "跑一次",
                "办事",
                "行政职权",
                "权责清单",
                "事项",
                "营商环境",
                "一窗",
            ],
            Category::Credit => &[
                "信用",
                "红名单",
                "黑名单",
                "失信",
                "双公示",
                "监管",
                "联合惩戒",
            ],
            Category::Disclosure => &["政务公开", "信息公开", "政府信息", "公开", "解读"],
            Category::Training => &[
                "培训",
                "学法",
                "考试",
                "学习",
                "参训",
                "讲堂",
                "合格率",
                "参考率",
                "授课",
            ],
            Category::Supervision => &[
                "监督",
                "督察",
                "督查",
                "信访",
                "人大代表",
                "政协提案",
                "建议",
                "提案",
                "审计",
                "廉政",
                "述法",
            ],
            Category::LegalCounsel => &["法律顾问", "公职律师", "专家学者"],
            Category::Governance => &["扫黑", "恶势力", "犯罪", "安全", "治理", "刑拘", "网格"],
        }
    }
}

/// Fold traditional characters to simplified, so both scripts share keywords and keys.
pub fn fold(text: &str) -> String {
    zhconv::zhconv(text, zhconv::Variant::ZhHans)
}

/// Every topic keyword, indexed by its first character, so a text is scanned once
/// instead of searched once per keyword (this lookup dominated extraction time).
fn keyword_index() -> &'static HashMap<char, Vec<(&'static str, Category)>> {
    static INDEX: OnceLock<HashMap<char, Vec<(&'static str, Category)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<char, Vec<(&'static str, Category)>> = HashMap::new();
        for c in Category::ALL {
            for w in c.keywords() {
                if let Some(first) = w.chars().next() {
                    index.entry(first).or_default().push((w, c));
                }
            }
        }
        index
    })
}

/// Every topic keyword occurrence in `text`: (byte start, byte end, category).
fn keyword_hits(text: &str) -> impl Iterator<Item = (usize, usize, Category)> + '_ {
    let index = keyword_index();
    text.char_indices().flat_map(move |(i, c)| {
        index
            .get(&c)
            .into_iter()
            .flatten()
            .filter(move |(w, _)| text[i..].starts_with(w))
            .map(move |&(w, cat)| (i, i + w.len(), cat))
    })
}

/// The category a text (simplified script) speaks of: of the categories with a keyword
/// in it, the first in table order.
pub fn category_of(text: &str) -> Option<Category> {
    keyword_hits(text).map(|(_, _, c)| c).min()
}

/// The category whose keyword stands nearest to byte offset `at` in `text`, within
/// `reach` characters: in a long sentence listing several kinds of work, the words next
/// to a figure say what it is about. Ties go to the category first in table order.
pub fn category_near(text: &str, at: usize, reach: usize) -> Option<Category> {
    let at = at.min(text.len());
    let lo = text[..at]
        .char_indices()
        .rev()
        .nth(reach)
        .map_or(0, |(i, _)| i);
    let hi = text[at..]
        .char_indices()
        .nth(reach)
        .map_or(text.len(), |(i, _)| at + i);
    let at = at - lo;
    keyword_hits(&text[lo..hi])
        .map(|(start, end, c)| {
            let d = if end <= at {
                at - end
            } else {
                start.saturating_sub(at)
            };
            (d, c)
        })
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_by_keyword() {
        assert_eq!(category_of("宪法宣传活动"), Some(Category::Publicity));
        assert_eq!(category_of("行政复议案件"), Some(Category::Reconsideration));
        assert_eq!(category_of("红名单"), Some(Category::Credit));
        assert_eq!(category_of("天气"), None);
    }

    #[test]
    fn nearest_keyword_wins() {
        let s = "开展宪法宣传活动200场次,解答法律咨询500人次";
        let at = s.find("500").unwrap();
        assert_eq!(category_near(s, at, 30), Some(Category::LegalService));
        let at = s.find("200").unwrap();
        assert_eq!(category_near(s, at, 30), Some(Category::Publicity));
        assert_eq!(category_near(s, at, 1), None);
    }
}
