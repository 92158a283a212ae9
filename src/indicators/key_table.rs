//! The table of canonical metric keys: the common indicators of 法治政府建设 annual
//! reports, as data. `baogao indicators --keys` prints it; `keys` applies it.
//!
//! Each entry: the id, the Chinese name, the canonical unit and every unit that counts
//! the same thing (a key never lines up cases with people, or counts with rates), the
//! kind of figure, a definition, and the rules that recognise it. A rule needs one word
//! of every `subject` group in the figure's subject, one word of every `clause` group in
//! the clause around the figure (its subject included), one of every `sentence` group in
//! the sentence; no `none` word in the subject, no `clause_none` word in the clause; and,
//! where `head` is given, a subject that ends with one of its words (what is counted).
//! Entries are tried in order and the first match wins, so narrower ones come first. All
//! words are in simplified script (traditional text is folded before matching).
//!
//! The rule is: no key rather than a wrong key. A figure that only may be the metric
//! (a subset, a screened count, a count in other units) gets none.

use super::categories::Category as C;
use super::keys::{KeyDef, Rule};
use super::Kind::{Count, Percent};

/// Units of cases and matters handled one by one.
const CASES: &[&str] = &["件", "起", "宗", "例"];
/// Units of requests and applications (收到依申请公开17条).
const REQUESTS: &[&str] = &["件", "起", "宗", "例", "条", "條"];
/// Units of items on a list (matters, decisions).
const ITEMS: &[&str] = &["件", "项", "項", "个", "個"];
/// Units of documents.
const DOCS: &[&str] = &["件", "份", "部", "个", "個"];
/// Units of persons.
const PEOPLE: &[&str] = &["人", "名", "位"];
/// Person-times: attendances, consultations.
const PERSON_TIMES: &[&str] = &["人次"];
/// Units of events.
const EVENTS: &[&str] = &["场", "場", "场次", "場次", "次", "期"];
/// Appearances in court: the cases or times a head appeared (person-times count
/// something else: several heads in one hearing).
const APPEARANCES: &[&str] = &["件", "次", "起", "宗"];
/// Bodies and organisations.
const BODIES: &[&str] = &["个", "個", "家"];
/// A percentage.
const RATE: &[&str] = &["%"];

/// A rule on the subject alone.
const fn subject(all: &'static [&'static [&'static str]], none: &'static [&'static str]) -> Rule {
    Rule {
        subject: all,
        clause: &[],
        sentence: &[],
        none,
        clause_none: &[],
        head: &[],
    }
}

/// Outcomes that make a reconsideration count something other than cases received.
const RECON_OUTCOMES: &[&str] = &[
    "审结",
    "办结",
    "结案",
    "纠错",
    "撤销",
    "变更",
    "维持",
    "驳回",
    "确认违法",
    "终止",
    "不予受理",
    "率",
    "诉讼",
    "应诉",
    "出庭",
    "调解",
    "和解",
    // Applications withdrawn, settled before acceptance or carried over are no intake.
    "撤回",
    "化解",
    "结转",
    // A field, a kind of applicant or a respondent names a part of the intake: 涉企行政复议
    // 案件, 涉及民生领域…, 以区政府为被申请人的复议案件.
    "涉及",
    "涉企",
    "领域",
    "被申请人",
];

/// Stage words that say, alone, what a reconsideration count is (受理, 立案受理); the
/// topic then comes from the sentence.
const RECEIVED_STAGES: &[&str] = &["受理", "立案", "收案"];

/// Words that make a count of concluded cases something other than reconsideration
/// cases concluded, when the subject names only the stage (办结案件) and the sentence
/// names 复议.
const NOT_RECON_CLOSED: &[&str] = &[
    "率", "纠错", "诉讼", "应诉", "调解", "和解", "援助", "信访", "诉求", "工单", "议案",
];

/// Words that make a mediation count something other than disputes taken up.
const MEDIATION_NOT_CASES: &[&str] = &[
    "成功",
    "化解",
    "率",
    "行政调解",
    "司法确认",
    "履行",
    "委员会",
    "调委会",
    "工作室",
    "复议",
    "诉讼",
    // 以调解、和解等方式结案: reconsideration cases closed one way.
    "和解",
    "方式",
];

/// Words that make a publicity count something other than events.
const NOT_EVENTS: &[&str] = &[
    // 宣传单, not 单位 (司法所等单位开展“法治进校园”活动9次).
    "资料",
    "手册",
    "宣传单",
    "传单",
    "读本",
    "册",
    "培训",
    "学法",
    "学习",
    "考试",
    "平台",
    "率",
];

/// Heads of administrative bodies, who appear in court in person.
const HEADS: &[&str] = &[
    "负责人",
    "区长",
    "县长",
    "市长",
    "镇长",
    "乡长",
    "局长",
    "主任",
    "主要领导",
    "领导",
    "首长",
];

/// Words that make a count of people a count of participants, passers or holders.
const NOT_STAFF: &[&str] = &[
    "培训", "考试", "参训", "通过", "参加", "学习", "轮训", "持证", "申领", "换发", "新办", "考核",
];

#[rustfmt::skip]
pub const KEYS: &[KeyDef] = &[
    // ----- 行政复议 -----
    KeyDef { id: "reconsideration_closed", name: "行政复议审结", unit: "件", units: CASES, kind: Count, category: C::Reconsideration,
        definition: "Administrative reconsideration cases concluded (审结/办结/结案).",
        rules: &[
            // 通过调解、和解方式结案3.7万件: a part, closed one way.
            subject(&[&["复议"], &["审结", "办结", "结案"]], &["率", "纠错", "调解", "和解"]),
            // 其中2024年已办结案件135件, in a sentence on 复议.
            Rule { subject: &[&["审结", "办结", "结案"]], clause: &[], sentence: &[&["复议"]], none: NOT_RECON_CLOSED, clause_none: &[], head: &[] },
        ] },
    KeyDef { id: "reconsideration_corrected", name: "行政复议纠错", unit: "件", units: CASES, kind: Count, category: C::Reconsideration,
        definition: "Reconsideration cases in which the decision was corrected: revoked, changed, confirmed unlawful or ordered to act (纠错).",
        rules: &[
            subject(&[&["复议"], &["纠错", "撤销", "变更", "确认违法", "责令履行"]], &["率"]),
            // 作出…等纠错决定2.73万件, 直接纠错236件, in a sentence on 复议.
            Rule { subject: &[&["纠错"]], clause: &[], sentence: &[&["复议"]], none: &["率", "案卷", "评查", "备案"], clause_none: &[], head: &[] },
            // 维持900件…;撤销、变更、确认违法的有107件: the corrective decisions listed, in a
            // sentence on 复议; a court's judgment (判决撤销) is no reconsideration.
            Rule { subject: &[&["撤销"], &["变更", "确认违法", "责令履行"]], clause: &[], sentence: &[&["复议"]],
                none: &["率", "判决", "诉讼", "许可", "维持"], clause_none: &["判决", "诉讼"], head: &[] },
        ] },
    KeyDef { id: "reconsideration_correction_rate", name: "行政复议纠错率", unit: "%", units: RATE, kind: Percent, category: C::Reconsideration,
        definition: "Share of concluded reconsideration cases in which the decision was corrected (纠错率).",
        // The kind says it is a rate: 纠错率约为24% can be read with the subject 纠错.
        rules: &[Rule { subject: &[&["纠错"]], clause: &[], sentence: &[&["复议"]], none: &["案卷", "评查", "备案"], clause_none: &[], head: &[] }] },
    KeyDef { id: "reconsideration_received", name: "行政复议收案", unit: "件", units: CASES, kind: Count, category: C::Reconsideration,
        definition: "Applications for administrative reconsideration received or cases accepted, whatever the verb (收到申请/受理/收案/立案/办理).",
        rules: &[
            subject(&[&["复议"]], RECON_OUTCOMES),
            // 收到行政复议申请16件,立案受理15件: the stage alone, the topic in the sentence.
            Rule { subject: &[RECEIVED_STAGES], clause: &[], sentence: &[&["复议"]], none: RECON_OUTCOMES, clause_none: &[], head: RECEIVED_STAGES },
        ] },
    // ----- 行政应诉 -----
    KeyDef { id: "head_appearance_rate", name: "行政机关负责人出庭应诉率", unit: "%", units: RATE, kind: Percent, category: C::Litigation,
        definition: "Share of court hearings of administrative cases attended in person by the head of the defendant body (出庭应诉率).",
        rules: &[subject(&[&["出庭"], &["率"]], &[])] },
    KeyDef { id: "head_appearances", name: "行政机关负责人出庭应诉", unit: "件", units: APPEARANCES, kind: Count, category: C::Litigation,
        definition: "Court appearances by the head of an administrative body (负责人/区长/局长… 出庭应诉), in cases or times.",
        rules: &[subject(&[&["出庭"], HEADS], &["率"])] },
    KeyDef { id: "court_appearances", name: "出庭应诉次数", unit: "次", units: &["次"], kind: Count, category: C::Litigation,
        definition: "Appearances in court to answer administrative suits, by whoever (出庭应诉…次), when the report does not say they were heads.",
        rules: &[subject(&[&["出庭应诉"]], &["负责人", "区长", "县长", "市长", "镇长", "局长", "领导", "率"])] },
    KeyDef { id: "litigation_loss_rate", name: "行政诉讼败诉率", unit: "%", units: RATE, kind: Percent, category: C::Litigation,
        definition: "Share of concluded administrative suits the government side lost (败诉率).",
        rules: &[subject(&[&["败诉率"]], &[])] },
    KeyDef { id: "litigation_lost", name: "行政诉讼败诉", unit: "件", units: CASES, kind: Count, category: C::Litigation,
        definition: "Administrative suits the government side lost (败诉).",
        // 败诉风险: suits at risk of being lost are not lost.
        rules: &[
            subject(&[&["败诉"]], &["率", "风险"]),
            // 行政判决中行政机关败诉的案件共87宗: the subject stops at 案件, the clause says
            // which.
            Rule { subject: &[&["案件"]], clause: &[&["败诉的案件"]], sentence: &[], none: &["率", "风险"], clause_none: &["风险", "胜诉"], head: &["案件"] },
        ] },
    KeyDef { id: "litigation_cases", name: "行政诉讼案件", unit: "件", units: CASES, kind: Count, category: C::Litigation,
        definition: "Administrative suits against the government or its bodies (行政诉讼/行政应诉/被诉 cases), received or handled.",
        rules: &[
            // 两级法院共新收各类行政案件2531宗: what a court takes in as administrative cases
            // are suits, with or without 一审.
            Rule { subject: &[&["行政案件"], &["新收", "收案", "受理"]], clause: &[], sentence: &[&["法院"]],
                none: &["败诉", "胜诉", "审结", "结案", "率", "复议", "非诉", "执行", "负责人", "出庭"], clause_none: &[], head: &["行政案件"] },
            // 法院新收一审行政案件240件: a court's administrative cases are suits.
            subject(&[&["行政诉讼", "行政应诉", "应诉案件", "诉讼案件", "被诉", "被告", "一审行政案件", "二审行政案件"]],
                &["出庭", "负责人", "败诉", "胜诉", "审结", "结案", "率", "复议", "非诉", "民事", "刑事", "代理", "律师"]),
            // 代理市政府行政诉讼案件8起: the government's own suits, handled by its agent.
            subject(&[&["行政诉讼", "行政应诉"], &["政府"]],
                &["出庭", "负责人", "败诉", "胜诉", "审结", "结案", "率", "复议", "非诉", "民事", "刑事", "律师"]),
        ] },
    // ----- 规范性文件, 合法性审查, 重大决策 -----
    KeyDef { id: "normative_documents_filing_rate", name: "规范性文件报备率", unit: "%", units: RATE, kind: Percent, category: C::NormativeDocuments,
        definition: "Share of normative documents filed with the higher authority as required (报备率/备案率).",
        rules: &[subject(&[&["报备率", "备案率"]], &["通过"])] },
    KeyDef { id: "normative_documents_filing_pass_rate", name: "规范性文件备案通过率", unit: "%", units: RATE, kind: Percent, category: C::NormativeDocuments,
        definition: "Share of filed normative documents that passed the filing review (备案通过率/备案合格率).",
        rules: &[subject(&[&["备案", "报备"], &["通过率", "合格率"]], &[])] },
    KeyDef { id: "normative_documents_filed", name: "规范性文件备案", unit: "件", units: DOCS, kind: Count, category: C::NormativeDocuments,
        definition: "Normative documents filed (备案/报备) with the higher authority or the people's congress.",
        rules: &[subject(&[&["备案", "报备"], &["文件"]], &["率"])] },
    KeyDef { id: "documents_cleaned", name: "文件清理", unit: "件", units: DOCS, kind: Count, category: C::NormativeDocuments,
        definition: "Normative documents and rules reviewed in a clean-up (清理), whatever the outcome.",
        rules: &[
            subject(&[&["清理"], &["文件", "规章", "规范性"]], &["率", "任务", "废止", "修改", "失效", "继续有效"]),
            // 清理总数达到61件, 此次清理工作共梳理文件136件: the clean-up named in the
            // subject, the documents in its sentence.
            Rule { subject: &[&["清理", "梳理"]], clause: &[], sentence: &[&["清理"], &["规范性文件", "规章"]], none: &["率", "任务", "废止", "修改", "失效", "继续有效", "保留", "问题"], clause_none: &[], head: &["总数", "文件"] },
        ] },
    KeyDef { id: "major_decisions", name: "重大行政决策", unit: "件", units: ITEMS, kind: Count, category: C::Decisions,
        definition: "Major administrative decisions made or listed in the year's catalogue (重大行政决策事项).",
        // 对60件重大行政决策事项草案进行合法性审核: the count is of reviews.
        // 审查重大行政决策7件 counts reviews too.
        rules: &[Rule { subject: &[&["重大行政决策", "重大决策"]], clause: &[], sentence: &[], none: &["率", "程序", "制度", "审查", "审核"], clause_none: &["合法性审查", "合法性审核"], head: &[] }] },
    KeyDef { id: "legality_reviews", name: "合法性审查", unit: "件", units: &["件", "份", "项", "項"], kind: Count, category: C::LegalityReview,
        definition: "Documents, decisions and contracts given a legality review (合法性审查/审核).",
        rules: &[
            // 完成合法性审查共387件、提出意见建议700余条: the review named as the thing
            // counted, whatever follows it in the clause.
            subject(&[&["合法性审查", "合法性审核"]], &["率", "意见", "建议", "会议"]),
            Rule { subject: &[], clause: &[&["合法性审查", "合法性审核"]], sentence: &[], none: &["率", "意见", "建议", "会议"], clause_none: &["意见", "建议"], head: &[] },
            // 审核区政府及部门规范性文件37件: reviewing drafts before they are issued.
            subject(&[&["审核", "审查"], &["规范性文件", "文件草案", "合同", "协议", "重大行政决策", "重大决策"]], &["备案", "报备", "清理", "率", "意见", "建议"]),
        ] },
    // ----- 行政执法 -----
    KeyDef { id: "enforcement_certified_rate", name: "行政执法人员持证率", unit: "%", units: RATE, kind: Percent, category: C::Enforcement,
        definition: "Share of enforcement staff holding an enforcement certificate (持证率/持证上岗率).",
        rules: &[subject(&[&["持证率", "持证上岗率"]], &[])] },
    KeyDef { id: "enforcement_certified", name: "持证行政执法人员", unit: "人", units: PEOPLE, kind: Count, category: C::Enforcement,
        definition: "Enforcement staff holding or newly issued an enforcement certificate (执法证).",
        rules: &[subject(&[&["执法证", "持证", "执法资格证"]], &["率", "考试", "培训"])] },
    KeyDef { id: "enforcement_staff", name: "行政执法人员", unit: "人", units: PEOPLE, kind: Count, category: C::Enforcement,
        definition: "Administrative enforcement staff (执法人员), not counting those trained, examined or certified in the year.",
        rules: &[Rule { subject: &[&["执法人员", "执法队员"]], clause: &[], sentence: &[], none: &["率"], clause_none: NOT_STAFF, head: &[] }] },
    KeyDef { id: "enforcement_files_reviewed", name: "行政执法案卷评查", unit: "件", units: &["件", "卷", "份", "宗", "本"], kind: Count, category: C::Enforcement,
        definition: "Enforcement case files examined in a file review (案卷评查).",
        // 本年度形成的案卷: the files produced, of which some were examined.
        rules: &[subject(&[&["案卷"]], &["率", "会议", "调度", "形成"])] },
    KeyDef { id: "enforcement_cases", name: "行政执法案件", unit: "件", units: CASES, kind: Count, category: C::Enforcement,
        definition: "Administrative enforcement and penalty cases handled (执法案件/行政处罚案件, 查处…案件).",
        rules: &[
            subject(&[&["执法案件", "处罚案件"]], &["案卷", "率", "复议", "诉讼", "评查", "记录", "审核", "公示", "抽查"]),
            subject(&[&["查处"], &["案件"]], &["率", "复议", "诉讼"]),
            // 实施行政处罚总数为293宗: penalties imposed, one a case. Penalties waived or
            // lightened (不予行政处罚) are a part.
            Rule { subject: &[&["行政处罚"]], clause: &[], sentence: &[], none: &["率", "复议", "诉讼", "案卷", "评查", "不予", "免予", "减轻", "从轻", "裁量", "事项", "权"], clause_none: &[], head: &["行政处罚", "处罚决定"] },
        ] },
    KeyDef { id: "enforcement_bodies", name: "行政执法主体", unit: "个", units: BODIES, kind: Count, category: C::Enforcement,
        definition: "Bodies with administrative enforcement powers (执法主体/执法单位/执法部门).",
        // The bodies must be what is counted: 区委办、人大办及行政执法部门等40个单位 are
        // units of all kinds; 9家行政执法部门业务骨干 counts the staff's departments.
        rules: &[Rule { subject: &[&["执法主体", "执法单位", "执法部门", "执法机关"]], clause: &[], sentence: &[], none: &["率", "事项"], clause_none: &["排名", "报备", "培训", "考试"], head: &["执法主体", "执法单位", "执法部门", "执法机关"] }] },
    // ----- 政务公开 -----
    KeyDef { id: "disclosure_proactive", name: "主动公开政府信息", unit: "条", units: &["条", "條", "件"], kind: Count, category: C::Disclosure,
        definition: "Government information items disclosed on the government's own initiative (主动公开).",
        rules: &[subject(&[&["主动公开"]], &["率"])] },
    KeyDef { id: "disclosure_requests", name: "政府信息公开申请", unit: "件", units: REQUESTS, kind: Count, category: C::Disclosure,
        definition: "Requests for disclosure of government information received or handled (依申请公开).",
        // 收到依申请公开17条: requests are counted in items too.
        rules: &[subject(&[&["信息公开", "依申请公开", "公开申请"], &["申请"]], &["率", "复议", "诉讼"])] },
    // ----- 调解 -----
    KeyDef { id: "admin_mediation_cases", name: "行政调解案件", unit: "件", units: CASES, kind: Count, category: C::Mediation,
        definition: "Disputes handled by administrative mediation (行政调解).",
        rules: &[subject(&[&["行政调解"]], &["成功", "率"])] },
    KeyDef { id: "mediation_success_rate", name: "调解成功率", unit: "%", units: RATE, kind: Percent, category: C::Mediation,
        definition: "Share of mediated disputes settled (调解成功率/化解率).",
        rules: &[Rule { subject: &[&["成功率", "化解率"]], clause: &[], sentence: &[&["调解", "调处", "纠纷"]], none: &["履行", "验收", "复议", "诉讼", "综合"], clause_none: &[], head: &[] }] },
    KeyDef { id: "mediation_success", name: "调解成功", unit: "件", units: CASES, kind: Count, category: C::Mediation,
        definition: "Disputes settled by people's mediation (调解成功/成功调处/化解).",
        // Disputes settled through a docking channel (诉调对接, 三调对接) are a part, and not
        // people's mediation alone.
        rules: &[Rule { subject: &[&["调解", "调处", "纠纷"], &["成功", "化解"]], clause: &[], sentence: &[], none: &["率", "行政调解", "复议", "诉讼"], clause_none: &["对接"], head: &[] }] },
    KeyDef { id: "mediation_cases", name: "人民调解案件", unit: "件", units: CASES, kind: Count, category: C::Mediation,
        definition: "Disputes taken up by people's mediation (调解/调处矛盾纠纷), received or mediated.",
        rules: &[
            subject(&[&["调解", "调处"]], MEDIATION_NOT_CASES),
            // 排查矛盾纠纷300件 were screened, not mediated.
            subject(&[&["纠纷"]], &["排查", "预防", "成功", "化解", "率", "行政调解", "司法确认", "履行", "委员会", "调委会", "工作室", "复议", "诉讼"]),
        ] },
    KeyDef { id: "mediation_committees", name: "人民调解组织", unit: "个", units: BODIES, kind: Count, category: C::Mediation,
        definition: "People's mediation committees and rooms (调委会/调解委员会/调解组织/调解工作室).",
        // 532个调委会达到了…要求: those that reached a standard are a part.
        rules: &[Rule { subject: &[&["调委会", "调解委员会", "调解组织", "调解工作室", "调解室"]], clause: &[], sentence: &[], none: &["率"], clause_none: &["达到"], head: &[] }] },
    // ----- 法律服务 -----
    KeyDef { id: "legal_aid_cases", name: "法律援助案件", unit: "件", units: CASES, kind: Count, category: C::LegalAid,
        definition: "Legal aid cases taken on or handled (法律援助案件).",
        // 民事/刑事法律援助案件 are parts of the cases taken on.
        // 办结1726件 after 受理…案件4074件 is a stage of the same cases.
        rules: &[subject(&[&["法律援助", "援助案件"]], &["率", "站", "中心", "咨询", "经费", "律师", "民事", "刑事", "行政法律援助", "办结", "结案", "审结"])] },
    KeyDef { id: "legal_consultations", name: "法律咨询", unit: "人次", units: PERSON_TIMES, kind: Count, category: C::LegalService,
        definition: "Legal questions answered for the public (解答法律咨询), in person-times.",
        rules: &[subject(&[&["咨询"]], &["率", "论证", "专家", "委员会"])] },
    KeyDef { id: "legal_counsels", name: "法律顾问", unit: "人", units: PEOPLE, kind: Count, category: C::LegalCounsel,
        definition: "Legal advisers and government lawyers engaged (法律顾问/公职律师).",
        rules: &[
            // 评选出10位优秀政府法律顾问: the best of them are a part.
            subject(&[&["法律顾问", "公职律师"]], &["率", "优秀"]),
            // 选定16名律师为政府法律顾问: the people counted are named before their role.
            // 聘请8名法律专家和资深律师为区政府法律顾问.
            Rule { subject: &[&["律师", "法律专家", "法学专家"]], clause: &[&["法律顾问"]], sentence: &[], none: &["率", "优秀", "事务所"], clause_none: &["解聘"], head: &[] },
        ] },
    KeyDef { id: "legal_opinions", name: "法律意见", unit: "件", units: &["件", "份", "条", "條"], kind: Count, category: C::LegalityReview,
        definition: "Legal opinions given by legal advisers or the legal affairs office (出具法律意见).",
        rules: &[subject(&[&["法律意见"]], &["率"])] },
    // ----- 普法 -----
    KeyDef { id: "publicity_coverage_rate", name: "法治宣传教育普及率", unit: "%", units: RATE, kind: Percent, category: C::Publicity,
        definition: "Share of the population reached by rule-of-law publicity, or aware of it (普及率/知晓率).",
        rules: &[subject(&[&["普及率", "知晓率"]], &[])] },
    KeyDef { id: "publicity_materials", name: "普法宣传资料", unit: "份", units: &["份", "册", "冊", "本", "张", "張"], kind: Count, category: C::Publicity,
        definition: "Copies of publicity material handed out (宣传资料/宣传单/手册/读本).",
        rules: &[
            subject(&[&["宣传资料", "普法资料", "宣传单", "宣传册", "手册", "读本", "宣传品", "宣传材料", "法律书籍",
                "宣传书籍", "宣传彩页", "宣传画册", "宣传页", "宣传折页", "明白纸", "宣传挂图", "普法读物", "法治读物",
                "折页"]], &["率"]),
            // 发放资料300余份: material handed out is publicity material.
            Rule { subject: &[&["资料"]], clause: &[&["发放", "派发", "散发", "分发"]], sentence: &[], none: &["率"], clause_none: &[], head: &[] },
        ] },
    KeyDef { id: "publicity_events", name: "普法宣传活动", unit: "场", units: EVENTS, kind: Count, category: C::Publicity,
        definition: "Rule-of-law publicity events held: campaigns, lectures, visits (普法/法治宣传/宪法宣传活动).",
        rules: &[
            // “法律进村”“法治进校园”: the campaigns that carry the law somewhere.
            subject(&[&["普法", "法治宣传", "宪法宣传", "法律宣传", "法治讲座", "法治大讲堂", "送法", "法律进", "法治进"]], NOT_EVENTS),
            // “宪法进万家”宣传活动52场: a campaign named in quotes.
            Rule { subject: &[&["宣传活动", "宣讲活动"]], clause: &[], sentence: &[&["法治", "宪法", "普法", "法律", "民法典"]], none: NOT_EVENTS, clause_none: &[], head: &[] },
        ] },
    KeyDef { id: "publicity_reach", name: "普法受众", unit: "人次", units: PERSON_TIMES, kind: Count, category: C::Publicity,
        definition: "People reached by publicity events (受众/参与群众), in person-times.",
        rules: &[
            Rule { subject: &[&["受众", "群众"]], clause: &[], sentence: &[&["普法", "法治宣传", "宣传", "宣讲", "法律进", "法治进"]], none: &["咨询", "走访", "接待", "培训", "服务", "来访"], clause_none: &[], head: &[] },
            // 农村院线普法覆盖410万余人次: the reach of publicity, not of a training.
            subject(&[&["普法", "法治宣传", "宪法宣传"], &["覆盖", "惠及"]], &["率", "培训", "咨询"]),
        ] },
    // ----- 学法培训 -----
    KeyDef { id: "exam_pass_rate", name: "学法考试合格率", unit: "%", units: RATE, kind: Percent, category: C::Training,
        definition: "Share of examinees who passed a law examination (合格率/通过率 of 考试).",
        rules: &[Rule { subject: &[&["合格率", "通过率"]], clause: &[], sentence: &[&["考试", "考核", "学法"]], none: &["备案", "调解", "验收", "抽检", "质量"], clause_none: &[], head: &[] }] },
    KeyDef { id: "training_participants", name: "参训人数", unit: "人", units: PEOPLE, kind: Count, category: C::Training,
        definition: "People who took part in law training or examinations (参加培训/考试/学法), in persons.",
        rules: &[
            // 获表彰的30名先进…观看学习: people honoured are no trainees.
            Rule { subject: &[], clause: &[&["培训", "参训", "考试", "参考", "学法", "轮训", "学习", "讲堂"]], sentence: &[], none: &["率"], clause_none: &["通过", "合格", "持证", "表彰"], head: &[] },
            // 开展法治培训,覆盖镇村干部200余人: the reach of the training named before.
            Rule { subject: &[&["覆盖", "惠及"]], clause: &[], sentence: &[&["培训", "轮训"]], none: &["率", "咨询", "群众"], clause_none: &[], head: &[] },
        ] },
    KeyDef { id: "training_person_times", name: "参训人次", unit: "人次", units: PERSON_TIMES, kind: Count, category: C::Training,
        definition: "Attendances at law training (培训/参训/学法), in person-times.",
        rules: &[
            Rule { subject: &[], clause: &[&["培训", "参训", "学法", "轮训"]], sentence: &[], none: &["率", "咨询"], clause_none: &["通过", "合格"], head: &[] },
            // 开展法治培训10场次,覆盖500余人次: the reach of the training named before.
            Rule { subject: &[&["覆盖", "惠及"]], clause: &[], sentence: &[&["培训", "轮训"]], none: &["率", "咨询", "群众"], clause_none: &[], head: &["覆盖", "惠及"] },
        ] },
    // ----- 政务服务 -----
    KeyDef { id: "one_visit_rate", name: "“最多跑一次”事项比例", unit: "%", units: RATE, kind: Percent, category: C::GovServices,
        definition: "Share of services that need at most one visit (最多跑一次/跑一趟).",
        rules: &[subject(&[&["跑一次", "跑一趟"]], &[])] },
    KeyDef { id: "online_service_rate", name: "政务服务网上可办率", unit: "%", units: RATE, kind: Percent, category: C::GovServices,
        definition: "Share of government services that can be done online (网上可办/全程网办率).",
        rules: &[subject(&[&["网上可办", "全程网办", "网办率", "网上办理", "一网通办", "全程网上"]], &["跑一次", "授权"])] },
    KeyDef { id: "commitment_items", name: "告知承诺制事项", unit: "项", units: ITEMS, kind: Count, category: C::GovServices,
        definition: "Matters handled by notification and commitment instead of proof (告知承诺制).",
        rules: &[Rule { subject: &[], clause: &[&["告知承诺"]], sentence: &[], none: &["率"], clause_none: &[], head: &[] }] },
    KeyDef { id: "certification_items", name: "证明事项", unit: "项", units: ITEMS, kind: Count, category: C::GovServices,
        definition: "Certificates and proofs required from citizens that were listed or cut (证明事项).",
        rules: &[subject(&[&["证明事项"]], &["告知承诺", "率"])] },
    KeyDef { id: "service_items", name: "政务服务事项", unit: "项", units: ITEMS, kind: Count, category: C::GovServices,
        definition: "Government service and approval matters listed (政务服务事项/审批事项/许可事项).",
        rules: &[Rule {
            subject: &[&["政务服务事项", "审批事项", "许可事项", "服务事项", "办事事项"]], clause: &[], sentence: &[],
            // Applications handled (受理…事项5.2万件) and legal services are other counts.
            none: &["率", "证明", "告知", "受理", "办理", "办件", "法律服务"],
            // Items cut, handed down or moved, and those that reached a goal (实现一网通办),
            // are a change or a part of the list.
            // 办理各类便民服务事项1500余件 counts applications handled, not the list.
            clause_none: &["取消", "下放", "精简", "削减", "承接", "划转", "划入", "调整", "实现", "纳入", "进驻", "入驻", "通办", "网办", "可办", "一站式", "办理", "办件", "办结"],
            // The count is of the matters themselves, not of their lists, windows or licences.
            head: &["事项"] }] },
    // ----- 监督 -----
    KeyDef { id: "npc_suggestions", name: "人大代表建议", unit: "件", units: &["件"], kind: Count, category: C::Supervision,
        definition: "Suggestions of people's congress deputies handled (人大代表建议).",
        rules: &[subject(&[&["人大代表建议", "代表建议"]], &["率", "政协"])] },
    KeyDef { id: "cppcc_proposals", name: "政协提案", unit: "件", units: &["件"], kind: Count, category: C::Supervision,
        definition: "Proposals of CPPCC members handled (政协提案).",
        rules: &[subject(&[&["提案"]], &["率", "建议"])] },
    KeyDef { id: "legislative_contact_points", name: "基层立法联系点", unit: "个", units: &["个", "個"], kind: Count, category: C::Legislation,
        definition: "Grassroots legislative contact points set up or in use (基层立法联系点).",
        rules: &[subject(&[&["联系点"], &["立法"]], &[])] },
];
