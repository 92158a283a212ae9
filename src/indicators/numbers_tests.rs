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
    assert_eq!(q("300人以下"), None);
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
