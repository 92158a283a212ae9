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
//! A canonical key names one metric across reports whatever the phrasing (受理行政复议
//! 1055件, 行政复议案件立案220件, 收到行政复议申请68件 → `reconsideration_cases`), so
//! `compare` can line them up. Keys are matched on the subject alone, with the kind of
//! figure. Traditional text is folded to simplified before matching.

use serde::Serialize;

use super::Kind;

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

/// A canonical metric: a key, its category, the kinds it applies to, words of which
/// one from each group must appear in the subject, and words that rule it out.
struct KeyRule {
    key: &'static str,
    category: Category,
    kinds: &'static [Kind],
    all: &'static [&'static [&'static str]],
    none: &'static [&'static str],
}

const COUNT: &[Kind] = &[Kind::Count];
const RATE: &[Kind] = &[Kind::Percent];

/// Outcomes that make a case figure something other than "cases received".
const OUTCOMES: &[&str] = &[
    "审结", "办结", "结案", "纠错", "撤销", "维持", "败诉", "胜诉", "出庭", "成功", "率", "调解",
];

/// Common metrics. First match wins, so narrower rules come before broader ones.
const KEYS: &[KeyRule] = &[
    KeyRule {
        key: "reconsideration_closed",
        category: Category::Reconsideration,
        kinds: COUNT,
        all: &[&["复议"], &["审结", "办结", "结案"]],
        none: &[],
    },
    KeyRule {
        key: "reconsideration_cases",
        category: Category::Reconsideration,
        kinds: COUNT,
        all: &[&["行政复议", "复议案件", "复议申请"]],
        none: OUTCOMES,
    },
    KeyRule {
        key: "head_appearance_rate",
        category: Category::Litigation,
        kinds: RATE,
        all: &[&["出庭"], &["负责人"]],
        none: &[],
    },
    KeyRule {
        key: "head_appearances",
        category: Category::Litigation,
        kinds: COUNT,
        all: &[&["出庭"], &["负责人"]],
        none: &[],
    },
    KeyRule {
        key: "litigation_appearances",
        category: Category::Litigation,
        kinds: COUNT,
        all: &[&["出庭应诉"]],
        none: &[],
    },
    KeyRule {
        key: "litigation_cases",
        category: Category::Litigation,
        kinds: COUNT,
        all: &[&["行政应诉", "行政诉讼", "应诉案件", "诉讼案件", "被诉"]],
        none: &["审结", "败诉", "胜诉", "率"],
    },
    KeyRule {
        key: "mediation_success_rate",
        category: Category::Mediation,
        kinds: RATE,
        all: &[&["调解成功率", "调处成功率", "化解率"]],
        none: &[],
    },
    KeyRule {
        key: "mediation_success",
        category: Category::Mediation,
        kinds: COUNT,
        all: &[&["调解", "纠纷", "调处"], &["成功", "化解"]],
        none: &["率"],
    },
    KeyRule {
        key: "mediation_disputes",
        category: Category::Mediation,
        kinds: COUNT,
        all: &[&["调解", "纠纷", "调处"]],
        none: &[
            "成功",
            "率",
            "委员会",
            "调委会",
            "工作室",
            "人民调解员",
            "组织",
        ],
    },
    KeyRule {
        key: "legal_aid_cases",
        category: Category::LegalAid,
        kinds: COUNT,
        all: &[&["法律援助"]],
        none: &["率", "站", "中心", "工作站"],
    },
    KeyRule {
        key: "legal_consultations",
        category: Category::LegalService,
        kinds: COUNT,
        all: &[&["咨询"]],
        none: &["率"],
    },
    KeyRule {
        key: "publicity_events",
        category: Category::Publicity,
        kinds: COUNT,
        all: &[
            &["宣传", "普法", "讲座", "大讲堂"],
            &["活动", "讲座", "场", "大讲堂"],
        ],
        none: &["单", "资料", "手册", "份"],
    },
    KeyRule {
        key: "publicity_materials",
        category: Category::Publicity,
        kinds: COUNT,
        all: &[&["宣传单", "宣传资料", "宣传册", "普法资料", "手册", "宣传品"]],
        none: &[],
    },
    KeyRule {
        key: "legality_reviews",
        category: Category::LegalityReview,
        kinds: COUNT,
        all: &[&[
            "合法性审查",
            "合法性审核",
            "审查文件",
            "审核文件",
            "审查合同",
            "合同审查",
        ]],
        none: &["率", "意见", "建议"],
    },
    KeyRule {
        key: "normative_documents_filed",
        category: Category::NormativeDocuments,
        kinds: COUNT,
        all: &[&["规范性文件"], &["备案", "报备"]],
        none: &["率"],
    },
    KeyRule {
        key: "filing_pass_rate",
        category: Category::NormativeDocuments,
        kinds: RATE,
        all: &[&["备案"], &["率"]],
        none: &[],
    },
    KeyRule {
        key: "documents_cleaned",
        category: Category::NormativeDocuments,
        kinds: COUNT,
        all: &[&["清理"], &["文件"]],
        none: &[],
    },
    KeyRule {
        key: "major_decisions",
        category: Category::Decisions,
        kinds: COUNT,
        all: &[&["重大行政决策", "重大决策"]],
        none: &["率"],
    },
    KeyRule {
        key: "enforcement_pass_rate",
        category: Category::Training,
        kinds: RATE,
        all: &[&["合格率", "通过率", "参考率"]],
        none: &["备案", "调解"],
    },
    KeyRule {
        key: "enforcement_staff",
        category: Category::Enforcement,
        kinds: COUNT,
        all: &[&["执法人员"]],
        none: &["培训", "考试"],
    },
    KeyRule {
        key: "training_participants",
        category: Category::Training,
        kinds: COUNT,
        all: &[&["培训", "考试", "参训"]],
        none: &["率", "次", "期"],
    },
    KeyRule {
        key: "enforcement_cases",
        category: Category::Enforcement,
        kinds: COUNT,
        all: &[&["执法案件", "行政处罚案件", "处罚案件", "办理案件"]],
        none: &["案卷", "率"],
    },
    KeyRule {
        key: "enforcement_files_reviewed",
        category: Category::Enforcement,
        kinds: COUNT,
        all: &[&["案卷"]],
        none: &[],
    },
    KeyRule {
        key: "enforcement_bodies",
        category: Category::Enforcement,
        kinds: COUNT,
        all: &[&["执法单位", "执法部门", "执法主体", "执法机关"]],
        none: &[],
    },
    KeyRule {
        key: "certification_items",
        category: Category::GovServices,
        kinds: COUNT,
        all: &[&["证明事项", "告知承诺"]],
        none: &[],
    },
    KeyRule {
        key: "online_service_rate",
        category: Category::GovServices,
        kinds: RATE,
        all: &[&[
            "网上可办",
            "全程网办",
            "网办率",
            "一网通办",
            "跑一次",
            "电子化",
            "通办率",
        ]],
        none: &[],
    },
    KeyRule {
        key: "service_items",
        category: Category::GovServices,
        kinds: COUNT,
        all: &[&["政务服务事项", "审批事项", "服务事项", "许可事项"]],
        none: &[],
    },
    KeyRule {
        key: "disclosure_requests",
        category: Category::Disclosure,
        kinds: COUNT,
        all: &[&["信息公开"], &["申请"]],
        none: &[],
    },
    KeyRule {
        key: "mediation_committees",
        category: Category::Mediation,
        kinds: COUNT,
        all: &[&["调委会", "调解委员会", "调解工作室", "调解组织"]],
        none: &[],
    },
    KeyRule {
        key: "legal_counsels",
        category: Category::LegalCounsel,
        kinds: COUNT,
        all: &[&["法律顾问", "公职律师"]],
        none: &[],
    },
    KeyRule {
        key: "publicity_coverage_rate",
        category: Category::Publicity,
        kinds: RATE,
        all: &[&["普及率", "知晓率"]],
        none: &[],
    },
];

/// Fold traditional characters to simplified, so both scripts share keywords and keys.
pub fn fold(text: &str) -> String {
    zhconv::zhconv(text, zhconv::Variant::ZhHans)
}

/// The canonical key for a subject (already in simplified script) and kind.
pub fn key_for(subject: &str, kind: Kind) -> Option<(&'static str, Category)> {
    KEYS.iter()
        .find(|r| {
            r.kinds.contains(&kind)
                && r.all
                    .iter()
                    .all(|group| group.iter().any(|w| subject.contains(w)))
                && !r.none.iter().any(|w| subject.contains(w))
        })
        .map(|r| (r.key, r.category))
}

/// The category a text (simplified script) speaks of, by the first category in table
/// order with a keyword in it.
pub fn category_of(text: &str) -> Option<Category> {
    Category::ALL
        .into_iter()
        .find(|c| c.keywords().iter().any(|w| text.contains(w)))
}

/// The category whose keyword stands nearest to byte offset `at` in `text`, within
/// `reach` characters: in a long sentence listing several kinds of work, the words next
/// to a figure say what it is about.
pub fn category_near(text: &str, at: usize, reach: usize) -> Option<Category> {
    let lo = text[..at.min(text.len())]
        .char_indices()
        .rev()
        .nth(reach)
        .map_or(0, |(i, _)| i);
    let hi = text[at.min(text.len())..]
        .char_indices()
        .nth(reach)
        .map_or(text.len(), |(i, _)| at + i);
    let window = &text[lo..hi];
    let at = at - lo;
    let mut best: Option<(usize, Category)> = None;
    for c in Category::ALL {
        for w in c.keywords() {
            for (i, _) in window.match_indices(w) {
                let d = if i + w.len() <= at {
                    at - (i + w.len())
                } else {
                    i.saturating_sub(at)
                };
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, c));
                }
            }
        }
    }
    best.map(|(_, c)| c)
}

/// Every canonical key with its category, for documentation and the TUI.
pub fn keys() -> impl Iterator<Item = (&'static str, Category)> {
    KEYS.iter().map(|r| (r.key, r.category))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrasings_of_reconsideration_share_a_key() {
        for s in [
            "受理行政复议",
            "行政复议案件立案",
            "收到行政复议申请",
            "行政复议案件",
        ] {
            assert_eq!(
                key_for(s, Kind::Count).map(|k| k.0),
                Some("reconsideration_cases"),
                "{s}"
            );
        }
        assert_eq!(
            key_for("行政复议案件审结", Kind::Count).map(|k| k.0),
            Some("reconsideration_closed")
        );
    }

    #[test]
    fn traditional_folds_to_the_same_key() {
        let s = fold("受理行政復議");
        assert_eq!(
            key_for(&s, Kind::Count).map(|k| k.0),
            Some("reconsideration_cases")
        );
    }

    #[test]
    fn kind_matters() {
        assert_eq!(
            key_for("调解成功率", Kind::Percent).map(|k| k.0),
            Some("mediation_success_rate")
        );
        assert_eq!(
            key_for("矛盾纠纷调解成功", Kind::Count).map(|k| k.0),
            Some("mediation_success")
        );
        assert_eq!(
            key_for("调解矛盾纠纷", Kind::Count).map(|k| k.0),
            Some("mediation_disputes")
        );
    }

    #[test]
    fn categories_by_keyword() {
        assert_eq!(category_of("宪法宣传活动"), Some(Category::Publicity));
        assert_eq!(category_of("行政复议案件"), Some(Category::Reconsideration));
        assert_eq!(category_of("红名单"), Some(Category::Credit));
        assert_eq!(category_of("天气"), None);
    }
}
