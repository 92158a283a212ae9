//! Unit tests for `numbers`: each number form, multiplier, qualifier and exclusion.

use super::*;

fn one(line: &str) -> Lexeme {
    let mut all = scan(line);
    assert_eq!(all.len(), 1, "{line}: {all:?}");
    all.remove(0)
}

fn raw<'a>(line: &'a str, lx: &Lexeme) -> &'a str {
    &line[lx.raw.clone()]
}

fn none(line: &str) {
    assert!(scan(line).is_empty(), "{line}: {:?}", scan(line));
}

#[test]
fn plain_count_with_measure_word() {
    let s = "受理案件220件,";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.unit, lx.class),
        (220.0, "件", UnitClass::Count)
    );
    assert_eq!(raw(s, &lx), "220件");
}

#[test]
fn decimals() {
    let lx = one("合格率达到98.04%");
    assert_eq!(
        (lx.value, lx.unit, lx.class),
        (98.04, "%", UnitClass::Percent)
    );
}

#[test]
fn thousands_separators_ascii_and_full_width() {
    assert_eq!(one("发放1,234份").value, 1234.0);
    assert_eq!(one("发放1\u{ff0c}234份").value, 1234.0);
    assert_eq!(one("发放12,345,678份").value, 12_345_678.0);
    // A comma between two figures is not a separator.
    let two = scan("调解6336件,调解成功6299件");
    assert_eq!(
        two.iter().map(|l| l.value).collect::<Vec<_>>(),
        [6336.0, 6299.0]
    );
}

#[test]
fn full_width_digits() {
    assert_eq!(one("办理１２３件").value, 123.0);
}

#[test]
fn multipliers() {
    let s = "推送信息1.06万余条";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.unit, lx.qualifier),
        (10600.0, "条", Some(Qualifier::Yu))
    );
    assert_eq!(raw(s, &lx), "1.06万余条");
    assert_eq!(one("服务3千人次").value, 3000.0);
    assert_eq!(one("惠及2亿人").value, 2e8);
    assert_eq!(one("惠及1.2萬人").value, 12000.0);
    // 千米 is a unit, not 千 + 米.
    let lx = one("修建5千米");
    assert_eq!((lx.value, lx.unit), (5.0, "千米"));
}

#[test]
fn money_is_normalised_to_yuan() {
    let s = "投入160余万元,";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.unit, lx.class),
        (1_600_000.0, "元", UnitClass::Money)
    );
    assert_eq!(lx.qualifier, Some(Qualifier::Yu));
    assert_eq!(raw(s, &lx), "160余万元");
    assert_eq!(one("审减16亿元以上").value, 1.6e9);
    assert_eq!(one("支付500元").value, 500.0);
}

#[test]
fn percentages_in_all_forms() {
    assert_eq!(one("覆盖率100%").value, 100.0);
    assert_eq!(one("覆盖率100\u{ff05}").unit, "%");
    let s = "普及率达到百分之九十五以上";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.class, lx.qualifier),
        (95.0, UnitClass::Percent, Some(Qualifier::YiShang))
    );
    assert_eq!(raw(s, &lx), "百分之九十五");
    assert!((one("百分之九十五点五").value - 95.5).abs() < 1e-9);
    assert_eq!(one("百分之百").value, 100.0);
    assert_eq!(one("百分之80").value, 80.0);
}

#[test]
fn percentage_points() {
    let lx = one("提高3个百分点");
    assert_eq!(
        (lx.value, lx.unit, lx.class),
        (3.0, "个百分点", UnitClass::Points)
    );
}

#[test]
fn qualifiers() {
    let q = |s: &str| one(s).qualifier;
    assert_eq!(q("活动200余场次"), Some(Qualifier::Yu));
    assert_eq!(q("活动100多场"), Some(Qualifier::Duo));
    assert_eq!(q("近1.5万名干部"), Some(Qualifier::Jin));
    assert_eq!(q("约300人"), Some(Qualifier::Yue));
    assert_eq!(q("300人左右"), Some(Qualifier::Yue));
    assert_eq!(q("超过300人"), Some(Qualifier::Chao));
    assert_eq!(q("超300人"), Some(Qualifier::Chao));
    assert_eq!(q("逾300人"), Some(Qualifier::Chao));
    assert_eq!(q("压缩50%以上"), Some(Qualifier::YiShang));
    assert_eq!(q("300人以下"), Some(Qualifier::YiXia));
    assert_eq!(q("控制在3%以内"), Some(Qualifier::YiNei));
    assert_eq!(q("不足300人"), Some(Qualifier::BuZu));
    // Traditional script.
    assert_eq!(q("超過300人"), Some(Qualifier::Chao));
    assert_eq!(q("約300人"), Some(Qualifier::Yue));
    assert_eq!(q("1.5萬餘人"), Some(Qualifier::Yu));
    assert_eq!(q("共300人"), None);
    // The raw text keeps embedded 余 but not a leading 近 or a trailing 以上.
    let s = "近1.5万名";
    assert_eq!(raw(s, &one(s)), "1.5万名");
    let s = "50%以上";
    assert_eq!(raw(s, &one(s)), "50%");
}

#[test]
fn measure_words() {
    for (s, unit) in [
        ("500余人次", "人次"),
        ("50余批次", "批次"),
        ("100余件次", "件次"),
        ("339场", "场"),
        ("16個", "個"),
        ("102項", "項"),
        ("1428户", "户"),
        ("400余篇", "篇"),
        ("5起", "起"),
        ("2部", "部"),
        ("400米", "米"),
        ("3400余台辆", "台辆"),
    ] {
        assert_eq!(one(s).unit, unit, "{s}");
    }
}

#[test]
fn years_dates_and_durations_are_not_figures() {
    none("2021年是开局之年");
    none("2021年8月至年底");
    none("2023年12月31日");
    none("2020—2025年");
    none("2021-2025年规划");
    none("6个月内");
    none("3个工作日办结");
    none("24小时");
    none("8:30开始");
}

#[test]
fn ordinals_are_not_figures() {
    none("第3批");
    none("第12次会议");
}

#[test]
fn names_slogans_and_codes_are_not_figures() {
    none("“6+4”工作机制");
    none("“1+N”");
    none("京ICP备05060933号-1");
    none("索引号:11A000-0101-2021-00012");
    none("Covid-19");
    none("分辨率1366*768");
    none("IE10.0");
    none("bt365体育");
    none("拨打12345热线");
    // Chinese-numeral counts are names or set phrases, not read.
    none("三项制度");
    none("三个区");
}

#[test]
fn numbers_inside_document_titles_are_not_figures() {
    none("印发《2021年推进法治政府建设100项工作要点》");
    let s = "印发《关于3个区的意见》,开展培训5次";
    let lx = one(s);
    assert_eq!(raw(s, &lx), "5次");
}

#[test]
fn list_numbering_is_not_a_figure() {
    none("1.加强组织领导");
    none("(2)完善制度");
}

#[test]
fn multiplied_values_are_exact() {
    assert_eq!(one("粮食产量5.31亿吨").value, 531_000_000.0);
    assert_eq!(one("投入552.3亿元").value, 55_230_000_000.0);
}

#[test]
fn compounds_of_wan_and_qian() {
    // Regression: `1万6千多户` was read as 6000 (the 1万 dropped).
    let s = "帮扶困难群众1万6千多户";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.unit, lx.qualifier),
        (16000.0, "户", Some(Qualifier::Duo))
    );
    assert_eq!(raw(s, &lx), "1万6千多户");
    assert_eq!(one("投入3亿5000万元").value, 3.5e8);
    assert_eq!(one("服务1千5百人次").value, 1500.0);
    // A smaller place only: 1万2 is not a compound without its multiplier.
    assert_eq!(one("发放2万份").value, 20000.0);
}

#[test]
fn ranges_are_one_figure_with_an_upper_end() {
    // Regression: `6.5%－7%` was dropped as a code.
    let s = "经济增长目标6.5%－7%";
    let lx = one(s);
    assert_eq!((lx.value, lx.upper, lx.unit), (6.5, Some(7.0), "%"));
    assert_eq!(raw(s, &lx), "6.5%－7%");
    let lx = one("配备5—6人");
    assert_eq!((lx.value, lx.upper, lx.unit), (5.0, Some(6.0), "人"));
    let lx = one("补贴3-5万元");
    assert_eq!(
        (lx.value, lx.upper, lx.unit),
        (30000.0, Some(50000.0), "元")
    );
    let lx = one("最低收购价每50公斤提高5到7元");
    assert_eq!((lx.value, lx.upper, lx.unit), (5.0, Some(7.0), "元"));
    // From one level to another is two figures, not a range.
    let two = scan("纠错率从15%到10%");
    assert_eq!(two.len(), 2);
    assert!(two.iter().all(|l| l.upper.is_none()));
    let two = scan("覆盖率由85%提高到95%");
    assert_eq!((two[0].value, two[1].value), (85.0, 95.0));
    // Year ranges and codes stay out.
    none("2021-2025年");
    none("电话0371-12345678");
}

#[test]
fn other_currencies_keep_their_unit() {
    let s = "外贸出口总额5.2亿美元";
    let lx = one(s);
    assert_eq!(
        (lx.value, lx.unit, lx.class),
        (5.2e8, "美元", UnitClass::Money)
    );
    assert_eq!(raw(s, &lx), "5.2亿美元");
    assert_eq!(one("实际利用外资8971万美元").value, 8.971e7);
    assert_eq!(one("港资1000万港元").unit, "港元");
}

#[test]
fn slogans_and_hotlines_are_not_figures() {
    // Regression: `511集中放权` was read as 511集.
    none("扎实开展“511集中放权”行动");
    none("畅通12345热线");
    none("12348公共法律服务热线");
    none("“1310”工作法");
    none("“3.15”消费者权益日");
}
