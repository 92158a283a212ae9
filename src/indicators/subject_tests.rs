//! Unit tests for `subject`.

use super::*;

fn one(left: &str, right: &str) -> String {
    subjects(
        &[Window {
            left,
            right,
            growth: false,
            new_sentence: true,
            clause_final: true,
        }],
        false,
    )
    .remove(0)
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
        Window {
            left: "共调解矛盾纠纷",
            right: "",
            growth: false,
            new_sentence: true,
            clause_final: true,
        },
        Window {
            left: "调解成功",
            right: "",
            growth: false,
            new_sentence: false,
            clause_final: true,
        },
        Window {
            left: "比上一年增长",
            right: "",
            growth: true,
            new_sentence: false,
            clause_final: true,
        },
    ];
    let s = subjects(&ws, false);
    assert!(s[0].ends_with("矛盾纠纷"), "{s:?}");
    assert_eq!(s[1], "矛盾纠纷调解成功");
    assert_eq!(s[2], "矛盾纠纷调解成功");
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
    assert!(!growth_before("提高到"));
    assert!(!growth_before("合格率达到"));
}
