//! Canonical metric keys: one name for one metric across reports, whatever the phrasing
//! (受理行政复议1055件, 行政复议案件立案220件, 收到行政复议申请68件 →
//! `reconsideration_received`), so `compare` and `matrix` can line them up.
//!
//! The table itself is data, in `key_table`; this module applies it. A figure gets the
//! key of the first entry whose kind and units it has and one of whose rules matches its
//! subject, the clause around it and its sentence (all in simplified script). No key
//! rather than a wrong key: a figure whose subject, clause or unit leaves a doubt gets
//! none.

use serde::Serialize;

use super::categories::Category;
use super::key_table::KEYS;
use super::Kind;

/// One canonical metric.
#[derive(Debug, Serialize)]
pub struct KeyDef {
    pub id: &'static str,
    /// The Chinese name, as a report would say it.
    pub name: &'static str,
    /// The canonical unit, shown in tables.
    pub unit: &'static str,
    /// Every unit that counts the same thing (件, 起, 宗 for cases). A figure in any
    /// other unit does not get the key.
    pub units: &'static [&'static str],
    pub kind: Kind,
    #[serde(skip)]
    pub category: Category,
    pub definition: &'static str,
    #[serde(skip)]
    pub rules: &'static [Rule],
}

/// One way a report states the metric.
#[derive(Debug)]
pub struct Rule {
    /// Groups of words: one of each must be in the subject.
    pub subject: &'static [&'static [&'static str]],
    /// Groups of words: one of each must be in the figure's clause (or its subject).
    pub clause: &'static [&'static [&'static str]],
    /// Groups of words: one of each must be in the figure's sentence (or its subject).
    pub sentence: &'static [&'static [&'static str]],
    /// Words that rule the key out when in the subject.
    pub none: &'static [&'static str],
    /// Words that rule the key out when in the clause.
    pub clause_none: &'static [&'static str],
    /// Words one of which the subject must end with (its head noun: what is counted);
    /// empty for any.
    pub head: &'static [&'static str],
}

/// What a figure is matched on, every text in simplified script.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    pub subject: &'a str,
    /// The clause around the figure, from the previous clause mark (or figure) to the
    /// next.
    pub clause: &'a str,
    /// The figure's sentence (its bounded context).
    pub sentence: &'a str,
    /// The paragraph up to the end of the sentence (bounded): where a subject that names
    /// only a stage (受理, 纠错率) finds its topic when its sentence does not name it.
    pub paragraph: &'a str,
    pub kind: Kind,
    pub unit: &'a str,
}

fn any_in(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

fn all_groups(texts: &[&str], groups: &[&[&str]]) -> bool {
    groups.iter().all(|g| texts.iter().any(|t| any_in(t, g)))
}

impl Rule {
    fn matches(&self, s: &Said<'_>) -> bool {
        all_groups(&[s.subject], self.subject)
            && all_groups(&[s.subject, s.clause], self.clause)
            && all_groups(&[s.subject, s.sentence], self.sentence)
            && !any_in(s.subject, self.none)
            && !any_in(s.clause, self.clause_none)
            && (self.head.is_empty() || self.head.iter().any(|h| s.subject.ends_with(h)))
    }
}

impl KeyDef {
    /// Whether a figure is this metric.
    pub fn matches(&self, s: &Said<'_>) -> bool {
        self.kind == s.kind
            && self.units.contains(&s.unit)
            && self.rules.iter().any(|r| r.matches(s))
    }
}

/// Stages of handling a case that, alone, say what a count is once its topic is known.
const STAGES: &[&str] = &[
    "受理",
    "立案",
    "收案",
    "审结",
    "办结",
    "结案",
    "纠错",
    "纠错率",
];

/// Words around a stage that add nothing to what is counted (其中受理, 直接纠错).
const FILLERS: &[&str] = &[
    "其中", "全年", "共", "依法", "已", "直接", "决定", "作出", "案件", "申请", "约", "为",
];

/// Whether a subject names only a stage (`受理`, `直接纠错`, `纠错率`).
fn names_only_a_stage(subject: &str) -> bool {
    let mut rest = subject.to_string();
    for f in FILLERS {
        rest = rest.replace(f, "");
    }
    for st in STAGES.iter().rev() {
        rest = rest.replace(st, "");
    }
    rest.is_empty() && STAGES.iter().any(|st| subject.contains(st))
}

/// The canonical key for a figure, with its topic. A subject that lists areas of work
/// (`立法、普法、执法等工作`) counts none of them. A subject that names only a stage
/// takes its topic from the paragraph when its sentence names none
/// (`收到行政复议申请1113件…。受理1033件`).
pub fn key_for(s: &Said<'_>) -> Option<(&'static str, Category)> {
    if s.subject.contains("等工作") {
        return None;
    }
    let found = KEYS.iter().find(|k| k.matches(s));
    let found = found.or_else(|| {
        if !names_only_a_stage(s.subject) || s.paragraph.len() <= s.sentence.len() {
            return None;
        }
        let wide = Said {
            sentence: s.paragraph,
            ..*s
        };
        KEYS.iter().find(|k| k.matches(&wide))
    });
    let found = found.filter(|k| {
        !mediation_of_a_reconsideration(k.category, s) && !challenges_of_one_act(k.category, s)
    });
    found.map(|k| (k.id, k.category))
}

/// Kinds of enforcement act whose challenges an enforcement report counts apart.
const ACTS: &[&str] = &[
    "行政处罚",
    "行政许可",
    "行政强制",
    "行政征收",
    "行政确认",
    "行政给付",
    "行政裁决",
    "行政奖励",
    "执法行为",
];

/// Whether a reconsideration or suit figure counts the challenges of one kind of act
/// (行政处罚被申请行政复议9宗,复议决定撤销…2宗;行政处罚直接被提起行政诉讼5宗): the
/// enforcement report's breakdown, a part and not the government's cases.
fn challenges_of_one_act(category: Category, s: &Said<'_>) -> bool {
    if !matches!(category, Category::Reconsideration | Category::Litigation) {
        return false;
    }
    ACTS.iter().any(|act| {
        s.sentence.match_indices(act).any(|(i, _)| {
            let after = &s.sentence[i + act.len()..];
            ["被申请", "直接被提起", "被提起"]
                .iter()
                .any(|w| after.starts_with(w))
        })
    })
}

/// Whether a mediation figure is a reconsideration's (or a court's) own mediation: in a
/// sentence on 复议 or 诉讼 that names no people's mediation (维持900件…224件因调解成功,
/// 申请人撤回申请), it is how those cases ended, not people's mediation.
fn mediation_of_a_reconsideration(category: Category, s: &Said<'_>) -> bool {
    const PEOPLES: &[&str] = &["人民调解", "调委会", "调解委员会", "调解组织", "矛盾纠纷"];
    category == Category::Mediation
        && (s.sentence.contains("复议") || s.sentence.contains("行政诉讼"))
        && !any_in(s.subject, PEOPLES)
        && !any_in(s.clause, PEOPLES)
}

/// Every canonical key, in table order.
pub fn all() -> &'static [KeyDef] {
    KEYS
}

/// The key with this id.
pub fn get(id: &str) -> Option<&'static KeyDef> {
    KEYS.iter().find(|k| k.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::categories::fold;

    fn key(subject: &str, kind: Kind, unit: &str) -> Option<&'static str> {
        key_for(&Said {
            subject,
            clause: subject,
            sentence: subject,
            paragraph: subject,
            kind,
            unit,
        })
        .map(|k| k.0)
    }

    #[test]
    fn phrasings_of_reconsideration_share_a_key() {
        for s in [
            "受理行政复议",
            "行政复议案件立案",
            "收到行政复议申请",
            "行政复议案件",
        ] {
            assert_eq!(
                key(s, Kind::Count, "件"),
                Some("reconsideration_received"),
                "{s}"
            );
        }
        assert_eq!(
            key("行政复议案件审结", Kind::Count, "件"),
            Some("reconsideration_closed")
        );
    }

    #[test]
    fn traditional_folds_to_the_same_key() {
        assert_eq!(
            key(&fold("受理行政復議"), Kind::Count, "件"),
            Some("reconsideration_received")
        );
    }

    #[test]
    fn kind_and_unit_matter() {
        assert_eq!(
            key("调解成功率", Kind::Percent, "%"),
            Some("mediation_success_rate")
        );
        assert_eq!(key("行政复议", Kind::Growth, "%"), None);
        // A key never mixes units: cases are not people, events are not cases.
        assert_eq!(key("受理行政复议", Kind::Count, "人"), None);
        assert_eq!(key("清理文件", Kind::Count, "次"), None);
    }

    #[test]
    fn a_head_appearing_in_court_is_not_a_suit() {
        // Regression: 行政机关负责人出庭应诉83件 was keyed as a litigation count.
        assert_eq!(
            key("行政机关负责人出庭应诉", Kind::Count, "件"),
            Some("head_appearances")
        );
        assert_eq!(
            key("出庭应诉", Kind::Count, "次"),
            Some("court_appearances")
        );
        assert_eq!(key("出庭应诉", Kind::Count, "件"), None);
    }

    #[test]
    fn service_items_count_the_matters_on_the_list() {
        for s in ["保留的政务服务事项", "行政许可事项"] {
            assert_eq!(key(s, Kind::Count, "项"), Some("service_items"), "{s}");
        }
        // Their lists, a window, a licence, applications handled, legal services.
        for s in [
            "梳理各类政务服务事项清单",
            "设立政务服务事项“办不成事”反映窗口",
            "涉企行政许可事项证照",
            "受理行政审批事项",
            "法律服务事项",
        ] {
            assert_eq!(key(s, Kind::Count, "项"), None, "{s}");
        }
        // Matters cut or moved, and those that reached a goal, are no count of the list.
        for clause in ["区级取消政务服务事项", "政务服务事项实现“一网通办”"]
        {
            let said = Said {
                subject: "政务服务事项",
                clause,
                sentence: clause,
                paragraph: clause,
                kind: Kind::Count,
                unit: "项",
            };
            assert_eq!(key_for(&said), None, "{clause}");
        }
    }

    #[test]
    fn a_list_of_areas_of_work_is_no_metric() {
        assert_eq!(
            key("涉农立法、普法、执法、审批等工作先后", Kind::Count, "次"),
            None
        );
        assert_eq!(
            key("普法宣传活动", Kind::Count, "场"),
            Some("publicity_events")
        );
    }

    #[test]
    fn a_docking_channel_is_a_part() {
        let said = Said {
            subject: "化解矛盾纠纷",
            clause: "今年通过“诉调对接”累计化解矛盾纠纷",
            sentence: "今年通过“诉调对接”累计化解矛盾纠纷",
            paragraph: "今年通过“诉调对接”累计化解矛盾纠纷",
            kind: Kind::Count,
            unit: "件",
        };
        assert_eq!(key_for(&said), None);
    }

    #[test]
    fn a_bare_stage_takes_its_topic_from_the_paragraph() {
        for s in ["受理", "其中受理", "直接纠错", "纠错率", "依法立案受理"] {
            assert!(names_only_a_stage(s), "{s}");
        }
        for s in ["执法单位纠错", "受理法律援助案件", "群众诉求受理", "案件"]
        {
            assert!(!names_only_a_stage(s), "{s}");
        }
        let said = |subject, paragraph| Said {
            subject,
            clause: subject,
            sentence: subject,
            paragraph,
            kind: Kind::Count,
            unit: "件",
        };
        assert_eq!(
            key_for(&said("受理", "全县共收到行政复议申请412件。其中,受理")).map(|k| k.0),
            Some("reconsideration_received")
        );
        // A stage with no 复议 anywhere before it stays without a key.
        assert_eq!(key_for(&said("受理", "全年受理")), None);
    }

    #[test]
    fn mediation_that_ends_a_reconsideration_is_not_peoples_mediation() {
        let said = |subject, clause, sentence| Said {
            subject,
            clause,
            sentence,
            paragraph: sentence,
            kind: Kind::Count,
            unit: "件",
        };
        let recon = "全县共办理行政复议案件80件,维持结果40件;另有12件因调解成功,申请人撤回申请";
        assert_eq!(
            key_for(&said("因调解成功", "另有12件因调解成功", recon)),
            None
        );
        // People's mediation named in the same sentence keeps its key.
        let both = "行政复议案件80件,人民调解组织调解成功矛盾纠纷300件";
        assert_eq!(
            key_for(&said(
                "人民调解组织调解成功矛盾纠纷",
                "人民调解组织调解成功矛盾纠纷",
                both
            ))
            .map(|k| k.0),
            Some("mediation_success")
        );
        assert_eq!(
            key_for(&said("调解成功", "调解成功", "全镇调解成功")).map(|k| k.0),
            Some("mediation_success")
        );
    }

    #[test]
    fn challenges_of_one_kind_of_act_are_a_part() {
        let said = |subject, sentence| Said {
            subject,
            clause: subject,
            sentence,
            paragraph: sentence,
            kind: Kind::Count,
            unit: "宗",
        };
        let recon = "行政许可被申请行政复议4宗,复议决定撤销、变更或者确认违法1宗";
        assert_eq!(key_for(&said("行政许可被申请行政复议", recon)), None);
        assert_eq!(
            key_for(&said("复议决定撤销、变更或者确认违法", recon)),
            None
        );
        let suit = "行政征收直接被提起行政诉讼3宗,判决撤销0宗";
        assert_eq!(key_for(&said("行政征收直接被提起行政诉讼", suit)), None);
        // The government's own cases keep their keys.
        let own = "区政府被提起行政诉讼35宗";
        assert_eq!(
            key_for(&said("区政府被提起行政诉讼", own)).map(|k| k.0),
            Some("litigation_cases")
        );
        let recv = "全年收到行政复议申请120宗";
        assert_eq!(
            key_for(&said("收到行政复议申请", recv)).map(|k| k.0),
            Some("reconsideration_received")
        );
    }

    #[test]
    fn suits_at_risk_are_not_lost() {
        assert_eq!(
            key("行政诉讼败诉", Kind::Count, "件"),
            Some("litigation_lost")
        );
        assert_eq!(key("高败诉风险案件", Kind::Count, "件"), None);
    }

    #[test]
    fn ids_are_unique_and_every_key_is_documented() {
        let mut ids: Vec<&str> = all().iter().map(|k| k.id).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
        for k in all() {
            assert!(!k.name.is_empty() && !k.definition.is_empty(), "{}", k.id);
            assert!(
                k.units.contains(&k.unit),
                "{}: {} not in units",
                k.id,
                k.unit
            );
            assert!(!k.rules.is_empty(), "{}", k.id);
            assert!(k.id.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
        }
        assert!(get("head_appearances").is_some());
        assert!(get("nonsense").is_none());
    }
}
