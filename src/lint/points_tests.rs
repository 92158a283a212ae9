//! Tests of the point-run rules (`lint::points`).

use super::*;
use crate::lint::testutil::{rules, run_family};

fn run(text: &str) -> Vec<Diagnostic> {
    run_family(check, text)
}

#[test]
fn a_paragraph_between_two_points_lost_its_numeral() {
    let text =
        "(七)提高能力\n一是领导重视,带头学法。\n突出重点,开展学法普法。\n三是创新机制,推动落实。\n";
    let found = run(text);
    assert_eq!(rules(&found), [(3, MISSING_NUMERAL.id)]);
    assert_eq!(found[0].expected.as_deref(), Some("二是"));
}

#[test]
fn a_point_that_kept_only_its_shi() {
    let found = run("(三)推进决策\n一是建立法律顾问制度。\n是积极推进信息公开。\n(四)坚持执法\n");
    assert_eq!(rules(&found), [(3, MISSING_NUMERAL.id)]);
    assert!(found[0]
        .suggestion
        .as_deref()
        .unwrap()
        .starts_with("二是积极"));
}

#[test]
fn the_last_paragraph_before_a_heading_shaped_like_the_points() {
    let text = "二、存在问题\n一是部分干部运用法治思维的能力不强,需要提高。\n二是行政执法人员不足,难以适应。\n法制机构建设不够完善,机构尚不完善。\n三、下步工作计划\n";
    let found = run(text);
    assert_eq!(rules(&found), [(4, MISSING_NUMERAL.id)]);
    assert_eq!(found[0].expected.as_deref(), Some("三是"));
}

#[test]
fn a_closing_remark_after_a_run_is_not_a_point() {
    // gwr-2007: the run's leads end with 。; the remark opens with 我们 and a comma.
    let text = "一、回顾\n一是经济结构矛盾突出。比例不合理。\n二是经济增长方式粗放。能耗高。\n三是政府自身建设存在问题。效率低。\n我们必须以高度负责的精神，切实解决这些问题。\n二、今年的任务\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // gwr-2009: a new topic paragraph after a run, more paragraphs following.
    let text = "一、任务\n一是推进教育改革。要解放思想。\n二是促进义务教育均衡发展。布局。\n大力发展科学技术。要认真贯彻自主创新方针。\n前瞻部署生物、纳米技术。\n二、其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_new_list_style_ends_a_run() {
    // cpc-14: 一是…四是, then 第二，with body paragraphs under it.
    let text = "一、改革\n一是深化改革。内容。\n二是加快转变。内容。\n第二，进一步扩大对外开放。\n对外开放的地域要扩大。\n利用外资的领域要拓宽。\n第三，调整和优化产业结构。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // 一要…五要 after a topic sentence.
    let text = "一、任务\n五是加快发展服务业。内容。\n大力推进科技创新。科技创新要与扩内需结合。\n一要加快实施规划纲要，攻克技术。\n二要深化科技体制改革。\n三要做强装备制造业。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn inline_points_after_a_comma_and_across_paragraphs() {
    let text = "一、任务\n毫不松懈地加强节能减排。一是落实责任，二是发展循环经济。\n三是健全政策。四是开展全民行动。\n五是强化污染防治。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_repeated_point_is_found() {
    // gwr-2010: 三是…。四是… then the 四是 paragraph once more.
    let text = "一、任务\n一是保持信贷合理。内容。\n二是优化信贷结构。内容。\n三是扩大直接融资。内容。四是加强风险管理。内容。\n四是加强风险管理。内容。\n";
    assert_eq!(rules(&run(text)), [(5, DUPLICATE.id)]);
}

#[test]
fn a_lead_paragraph_with_its_body_below_is_not_a_lost_point() {
    // gwr-1999: 第一，…。 / body / 第二，…。 / body … 第五，…。 / body, then a heading.
    let text = "三、农业\n第一，调整和优化农业结构。\n要适应市场需求。\n第二，加强农业基本建设。\n要加强水利建设。\n第三，推进粮食流通体制改革，搞活流通。\n要按照原则。\n第四，调整乡镇企业结构，推进小城镇建设。\n要引导乡镇企业。\n第五，减轻农民负担，维护农村稳定。\n当务之急是要狠刹乱收费等不正之风，坚决取消收费。\n四、国有企业改革\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // A skipped number among such points is still a gap.
    let text = "三、农业\n第一，调整农业结构。\n要适应需求。\n第二，加强基本建设。\n要加强水利。\n第四，推进改革。\n要按照原则。\n四、改革\n";
    assert_eq!(rules(&run(text)), [(6, GAP.id)]);
}

#[test]
fn a_point_may_open_with_bu() {
    // r00004 of the synthetic corpus: `四是不断…` was taken for a paragraph without
    // its numeral.
    let text = "一、工作\n一是加强领导。内容。\n二是不断完善制度。内容。\n三是持续推进。内容。\n二、其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_point_may_open_with_a_number() {
    // gwr-1997: 二是１９８９年以后… (full-width digits).
    let text = "一、任务\n措施如下。一是转为资本金；二是１９８９年以后的贷款；三是选择企业。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_skipped_point_is_a_gap() {
    let text = "一、任务\n一是甲。\n二是乙。\n四是丁。\n";
    let found = run(text);
    assert_eq!(rules(&found), [(4, GAP.id)]);
    assert_eq!(found[0].expected.as_deref(), Some("三是"));
}

#[test]
fn a_point_glued_to_the_sentence_before() {
    let text =
        "一、不足\n一是少数干部的能力还有待提升二是依法决策程序有待完善;三是监督需要加强。\n";
    let found = run(text);
    assert_eq!(rules(&found), [(2, MISSING_SEPARATOR.id)]);
    assert!(found[0].message.contains("二是"));
}

#[test]
fn a_lead_phrase_run_into_its_body_is_found() {
    // puyang-2019: the other points close a short lead with 。.
    let text = "(六)依法有效保障社会稳定\n一是全力保障信访稳定。在重大活动期间做好工作。\n二是深入推进扫黑除恶专项斗争,取得成效。\n三是持续加强安全生产监管紧盯高温汛期、传统节假日等关键时间节点,开展检查。\n四是全力抓好大气污染防治。制定方案。\n(七)其他\n";
    let found = run(text);
    assert_eq!(rules(&found), [(4, LEAD_RUN_IN.id)]);
    assert!(
        found[0].message.contains("持续加强安全生产监管紧盯"),
        "{}",
        found[0].message
    );
    let text = "(四)坚持规范公正文明执法\n一是理顺执法权限清理行政执法依据是推行行政执法责任制和推进依法行政的最重要的基础性工作。要全面梳理。\n二是规范执法行为。结合职能。\n(五)强化监督\n";
    assert_eq!(rules(&run(text)), [(2, LEAD_RUN_IN.id)]);
}

#[test]
fn long_leads_that_close_themselves_are_not_run_in() {
    // gwr-2011: a long lead that is a whole sentence.
    let text = "一、经验\n一是必须坚持科学发展。内容。\n二是必须坚持政府调控与市场机制有机统一。内容。\n三是必须坚持统筹国内国际两个大局。内容。\n四是必须坚持把改革开放作为经济社会发展的根本动力。内容。\n二、其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // A long lead opening with an idiom (`认真贯彻/i 实行…`, gwr-1990s wording).
    let text = "(一)深化改革\n一是优化信贷结构。内容。\n二是繁荣发展社会主义文艺。内容。\n三是整顿财政纪律,严肃纪律。\n四是认真贯彻实行计划生育和加强环境保护这两项基本国策,深化政务公开制度建设。\n五、其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // houma-2023: a long name of an activity, closed by its mark.
    let text = "(五)化解矛盾\n一是加强行政复议工作。内容。\n二是提高行政应诉水平。内容。\n三是开展免费法律咨询和特殊群体法律援助惠民工程提质增效年活动。内容。\n四是深入开展普法与依法治理。内容。\n(六)其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // A subject, not a lead (`长期制约我国经济健康发展的体制性矛盾依然存在`).
    let text = "二、问题\n一是优化信贷结构。内容。\n二是长期制约我国经济健康发展的体制性、结构性矛盾依然存在,有的还很突出。\n三是整顿财政纪律。内容。\n三、其他\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // Points that are whole sentences (a shortcomings part) have no lead phrase.
    let text = "二、存在问题\n一是部分干部职工运用法治思维、法治手段解决问题的意识和能力还不够强,需要提高。\n二是行政执法人员不足,难以适应发展需要。\n三、下步计划\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn words_that_contain_numerals_are_not_points() {
    let text = "一、工作\n统一是基础，唯一是方向，是否合法要审查，一是一、二是二，说一是不是一。\n其一是加强学习，其二是完善制度。\n一是加强学习；第二是落实制度。\n坚持统一要求，第一次会议，安全第一，首先是人。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_run_ends_where_its_paragraph_ends() {
    // An inline run, then ordinary paragraphs: nothing is missing.
    let text = "一、工作\n主要做法：一是加强领导；二是完善制度。\n全年办理案件100件。\n群众满意度提升。\n二、问题\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_numeral_alone_on_its_line_is_read_with_its_point() {
    let text = "一、任务\n要抓好以下几个方面。\n\n一是\n加快基础设施建设。\n\n二是\n加快发展。\n\n三是\n发展特色产业。\n\n四是\n大力发展科技。五是扩大开放。\n";
    assert!(run(text).is_empty(), "{:?}", run(text));
}
