//! Unit tests for `subject`: single windows, and whole sentences from real reports
//! (../shared/corpus, devset and samples) through `extract`.

use super::*;
use crate::indicators::extract;

fn window<'a>(left: &'a str, right: &'a str) -> Window<'a> {
    Window {
        left,
        right,
        before: "",
        growth: false,
        new_sentence: true,
        clause_final: true,
        unit: "件",
        listed: false,
        adjacent: false,
        bracketed: false,
    }
}

fn one(left: &str, right: &str) -> String {
    subjects(&[window(left, right)], false).remove(0)
}

/// (raw, subject) of every figure in a one-line report.
fn figures(line: &str) -> Vec<(String, String)> {
    let text = format!("一、总体情况\n{line}\n");
    let report = crate::parse_report("s.txt".into(), text.as_str());
    extract(&report)
        .into_iter()
        .map(|f| (f.raw, f.subject))
        .collect()
}

fn subject_of(line: &str, raw: &str) -> String {
    figures(line)
        .into_iter()
        .find(|(r, _)| r == raw)
        .unwrap_or_else(|| panic!("{raw} not read in {line}"))
        .1
}

#[test]
fn noun_before_the_number() {
    assert_eq!(one("开展宪法宣传活动", ""), "宪法宣传活动");
    assert_eq!(one("合格率达到", ""), "合格率");
    assert!(one("全年共受理行政复议案件", "").contains("行政复议案件"));
}

#[test]
fn noun_after_the_number() {
    assert_eq!(one("全市深入", "乡镇、街道、社区"), "乡镇、街道、社区");
    assert_eq!(one("", "参加培训"), "参加培训");
    assert_eq!(one("其中", "实行告知承诺制"), "实行告知承诺制");
}

#[test]
fn subject_carries_over_in_a_sentence() {
    let ws = [
        window("共调解矛盾纠纷", ""),
        Window {
            new_sentence: false,
            ..window("调解成功", "")
        },
        Window {
            new_sentence: false,
            growth: true,
            unit: "%",
            ..window("比上一年增长", "")
        },
    ];
    let s = subjects(&ws, false);
    assert!(s[0].ends_with("矛盾纠纷"), "{s:?}");
    assert_eq!(s[1], "矛盾纠纷调解成功");
    assert_eq!(s[2], "矛盾纠纷调解成功比上一年增长");
}

#[test]
fn level_reached_drops_the_verb() {
    assert_eq!(one("纠错率下降到", ""), "纠错率");
    assert_eq!(one("发生率控制在", ""), "发生率");
}

#[test]
fn growth_words() {
    assert!(growth_before("同比增长"));
    assert!(growth_before("审批时限压缩了"));
    assert!(growth_before("分别下降 "));
    assert!(!growth_before("提高到"));
    assert!(!growth_before("合格率达到"));
}

#[test]
fn a_change_names_what_changed_and_how() {
    // devset d02: the rate is the growth of the figure before it.
    let line =
        "2014年,全市实现地区生产总值552.3亿元,较上年增长9.7%;全社会固定资产投资374.7亿元,增长22.1%";
    assert_eq!(subject_of(line, "9.7%"), "地区生产总值较上年增长");
    assert_eq!(subject_of(line, "22.1%"), "全社会固定资产投资增长");
    // devset d11: what grew is the left side, not the 台阶 it reached.
    let line = "地方一般公共预算收入迈上10亿元台阶,增长14.2%,排名全市第1";
    assert_eq!(subject_of(line, "14.2%"), "地方一般公共预算收入增长");
}

#[test]
fn from_and_to_name_the_measure_not_the_start() {
    // corpus gwr: 由…的X提高到Y.
    let line = "西部地区“两基”人口覆盖率由2003年的77%提高到96%。";
    assert_eq!(subject_of(line, "77%"), "西部地区“两基”人口覆盖率");
    assert_eq!(subject_of(line, "96%"), "西部地区“两基”人口覆盖率");
    let line = "国务院组成部门从40个减少到29个。";
    assert_eq!(subject_of(line, "40个"), "国务院组成部门");
    assert_eq!(subject_of(line, "29个"), "国务院组成部门");
}

#[test]
fn lists_hand_out_their_items() {
    // corpus gwr-2010 and devset d02.
    let line = "非金融类对外直接投资和对外工程承包营业额分别达433亿美元和777亿美元。";
    assert_eq!(subject_of(line, "433亿美元"), "非金融类对外直接投资");
    assert_eq!(subject_of(line, "777亿美元"), "对外工程承包营业额");
    let line = "财政总收入和地方公共财政预算收入分别达到36.5亿元、24.2亿元,增长13.4%、16.5%,收入质量继续保持高位运行";
    assert_eq!(subject_of(line, "24.2亿元"), "地方公共财政预算收入");
    assert_eq!(subject_of(line, "13.4%"), "财政总收入增长");
    assert_eq!(subject_of(line, "16.5%"), "地方公共财政预算收入增长");
    let line = "单位国内生产总值能耗下降14.38%,化学需氧量、二氧化硫排放量分别下降 9.66%和13.14%。";
    assert_eq!(subject_of(line, "9.66%"), "化学需氧量下降");
    assert_eq!(subject_of(line, "13.14%"), "二氧化硫排放量下降");
    // Items sharing a tail: 受理、审结行政复议案件.
    let line = "受理、审结行政复议案件分别为30件、28件。";
    assert_eq!(subject_of(line, "30件"), "受理行政复议案件");
    assert_eq!(subject_of(line, "28件"), "审结行政复议案件");
}

#[test]
fn the_number_before_a_noun_counts_it() {
    // devset d28, samples dandong-2021, devset d25.
    assert_eq!(
        subject_of(
            "结合常态化扫黑除恶工作,指导全县80所中小学完善学校章程及配套制度。",
            "80所"
        ),
        "中小学"
    );
    assert_eq!(
        subject_of("重点启用了市政府7个立法基层联系点。", "7个"),
        "立法基层联系点"
    );
    let line = "对巡察反馈的13个问题,开展专项监督4次,完成整改12个,以干部作风转变带动";
    assert_eq!(subject_of(line, "13个"), "巡察反馈的问题");
    // 次 counts the action before it, not the phrase after it (devset d22).
    assert_eq!(
        subject_of(
            "组织召开县政府常务会议3次专题研究部署法治政府建设工作",
            "3次"
        ),
        "县政府常务会议"
    );
    // 完成整改12个: carried from the figure counted in the same units, not from 4次.
    assert_eq!(subject_of(line, "12个"), "问题完成整改");
}

#[test]
fn people_counted_after_the_verb_that_gathered_them() {
    // devset d01.
    assert_eq!(
        subject_of(
            "省人力资源社会保障厅全年组织2800多人(次)参加法律知识培训班。",
            "2800多人"
        ),
        "参加法律知识培训班"
    );
    // samples houma-2023: after a noun phrase of their own, they are that phrase.
    assert_eq!(
        subject_of(
            "组织各单位执法人员共2200余人参加省司法厅“执法大讲堂”学习",
            "2200余人"
        ),
        "各单位执法人员"
    );
}

#[test]
fn a_bare_figure_takes_the_clause_before() {
    // devset d07.
    let line = "企业开办平均用时压缩至2.12天,全省市场主体总量突破千万户,达1042.8万户,日均新设市场主体5044户";
    assert!(subject_of(line, "1042.8万户").contains("市场主体"));
}

#[test]
fn examples_with_deng_and_short_modifiers_with_de() {
    // samples houma-2023 and xiangcheng-2020.
    assert_eq!(
        subject_of(
            "共抽查市交通运输局、市公安局交警大队等16个单位127件行政执法案卷",
            "16个"
        ),
        "抽查市交通运输局、市公安局交警大队等单位"
    );
    let line = "全年共办理行政复议案件4件,区政府为被诉机关的行政诉讼案件50件,区直行政机关为被诉机关的行政诉讼案件13件。";
    assert_eq!(subject_of(line, "50件"), "区政府为被诉机关的行政诉讼案件");
    assert_eq!(
        subject_of(line, "13件"),
        "区直行政机关为被诉机关的行政诉讼案件"
    );
}

#[test]
fn titles_keep_their_brackets() {
    // devset d16.
    let line = "工作举措和成效7次、《善平先生普法笔记》(全集共25集)被《学习强国》采用。";
    assert!(subject_of(line, "25集").contains("《善平先生普法笔记》"));
}

#[test]
fn a_level_reached_at_a_time_and_an_average_change() {
    // corpus gwr-2013.
    let line = "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右。";
    assert_eq!(subject_of(line, "1.5%"), "财政赤字占国内生产总值的比重");
    let line = "全国财政用于“三农”的支出累计4.47万亿元,年均增长23.5%。";
    assert_eq!(subject_of(line, "23.5%"), "支出年均增长");
}

#[test]
fn a_list_of_changes_pairs_with_the_figures_before_it() {
    // corpus gwr-2005.
    let line = "城镇居民人均可支配收入9422元,农村居民人均纯收入2936元,扣除价格因素,分别实际增长7.7%和6.8%。";
    assert_eq!(subject_of(line, "7.7%"), "城镇居民人均可支配收入实际增长");
    assert_eq!(subject_of(line, "6.8%"), "农村居民人均纯收入实际增长");
}

#[test]
fn who_received_stays_when_the_rest_names_nothing() {
    // The tagger reads 收到复议申请 as verbs: dropping the body before 共 would leave the
    // count nothing of its own, and it must not borrow the neighbour's body.
    let line =
        "市政府收到复议申请310件,占收到申请总数的21.5%;区县政府共收到复议申请520件,占36.1%。";
    assert_eq!(subject_of(line, "310件"), "市政府收到复议申请");
    assert_eq!(subject_of(line, "520件"), "区县政府收到复议申请");
    // Who did it still goes when what follows names what was counted.
    assert_eq!(
        subject_of("各级人民调解委员会共调解矛盾纠纷1520件。", "1520件"),
        "调解矛盾纠纷"
    );
}

#[test]
fn a_bracketed_note_is_neither_the_subject_nor_hides_it() {
    // After the figure: a note on it, not what it counts.
    assert_eq!(
        subject_of(
            "全年共办结行政复议申请212件(含上年度结转),同比增长12%。",
            "212件"
        ),
        "办结行政复议申请"
    );
    // Between the subject and the figure: the subject stands before the note.
    assert!(subject_of(
        "规范性文件备案审查纠错率(指制定机关自行改正的比例)为4.1%。",
        "4.1%"
    )
    .contains("纠错率"));
    // A short bracket is part of a name.
    assert_eq!(
        subject_of("其中乡镇(街道)120项,村(社区)48项。", "48项"),
        "村(社区)"
    );
}

#[test]
fn a_reconsideration_count_carries_its_whole_noun() {
    // 新收复议案件: jieba alone reads 复/议案/件, and 办结 carried 议案.
    let s = subject_of("全年新收复议案件12万件,同比增长30%,办结10万件。", "10万件");
    assert!(s.contains("复议案件"), "{s}");
}

#[test]
fn a_total_after_a_verb_stays_in_the_subject() {
    // 占受理总数的: the share of the total received; 受援人数: the people aided.
    assert_eq!(
        subject_of("街道政府9件,占受理总数的6.5%。", "6.5%"),
        "占受理总数"
    );
    assert_eq!(
        subject_of("办理法律援助案件520件,受援人数达610人次。", "610人次"),
        "受援人数"
    );
    // After a noun the noun says it alone, as before.
    assert_eq!(subject_of("申请人总数812人。", "812人"), "申请人");
}

#[test]
fn a_change_named_by_an_action_is_that_action() {
    // 进京上访下降: not the topic of the change before it again.
    assert_eq!(
        subject_of("来信总量下降5.2%,网上投诉下降3.1%。", "3.1%"),
        "网上投诉下降"
    );
}

#[test]
fn the_base_of_a_comparison_is_the_same_measure() {
    // 较2021年的216件: last year's level of what was counted before it.
    assert_eq!(
        subject_of(
            "共收到行政复议申请398件,较2021年的216件增加了182件。",
            "216件"
        ),
        "收到行政复议申请"
    );
    assert_eq!(
        subject_of("全年直接纠错41件,较去年19件增长明显。", "19件"),
        subject_of("全年直接纠错41件,较去年19件增长明显。", "41件")
    );
}

#[test]
fn a_share_after_a_count_is_the_share_of_what_was_counted() {
    let line = "实现“最多跑一次”事项1450项,占比96%。";
    let subject = subject_of(line, "96%");
    assert!(subject.contains("最多跑一次"), "{subject}");
    let line = "全市共有调解组织320个,占比达到85%。";
    let subject = subject_of(line, "85%");
    assert!(subject.contains("调解组织"), "{subject}");
}

#[test]
fn a_figure_right_after_another_measures_the_same_thing() {
    // 制止群众集体上访88件1630人: the people of those cases, not the mediators counted
    // before.
    let line = "全市有调解人员8200名,调解纠纷15000件,制止群众集体上访88件1630人。";
    assert_eq!(subject_of(line, "1630人"), subject_of(line, "88件"));
    let line = "本月,群众到市走访90批1200人次,其中到市集访40批1100人次。";
    assert_eq!(subject_of(line, "1100人次"), subject_of(line, "40批"));
}

#[test]
fn a_breakdown_in_brackets_is_not_carried_over() {
    // The stage after the brackets is a stage of the total, not of its last item.
    let line = "全年共收到依申请公开21件(其中信件申请15件,网络申请6件),已办结19件。";
    let closed = subject_of(line, "19件");
    assert!(!closed.contains("网络"), "{closed}");
}

#[test]
fn the_rest_of_a_date_is_no_subject() {
    let line = "二、2021年度我局实施行政处罚总数为187宗,罚没收入320万元。";
    let s = subject_of(line, "187宗");
    assert!(!s.starts_with("年度"), "{s}");
}
