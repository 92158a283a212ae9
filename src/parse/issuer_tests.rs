//! Tests of `issuer`: readings from titles, fields, openings and signatures, places of
//! bodies named by level, and national bodies.

use super::*;

#[test]
fn title_heads() {
    for (title, want) in [
        (
            "深圳市龙岗区人民政府2016年度依法行政(法治政府建设)工作报告",
            "深圳市龙岗区人民政府",
        ),
        (
            "重庆市荣昌区生态环境局 关于2023年法治政府建设情况的报告",
            "重庆市荣昌区生态环境局",
        ),
        ("2020年常德市石门县政府工作报告", "常德市石门县"),
        (
            "1954年中华人民共和国国务院政府工作报告",
            "中华人民共和国国务院",
        ),
        ("关于2021年法治政府建设情况的报告", ""),
        ("有庆镇2020年度法治政府建设工作情况报告", "有庆镇"),
    ] {
        assert_eq!(title_head(title), want, "{title}");
    }
}

#[test]
fn opening_subjects() {
    for (p, want) in [
        ("2023年,侯马市委、市政府坚持以习近平新时代中国特色社会主义思想为指导。", Some("侯马市委")),
        ("2021年以来,红谷滩区司法局在市司法局的指导下,全体干部职工铆足干劲。", Some("红谷滩区司法局在市司法局的指导下")),
        ("2020年是湖北历史上极不平凡的一年。", None),
        ("2021年,自然资源部坚持以新思想为指导,推动工作。", Some("自然资源部坚持以新思想为指导")),
        ("自2020年以来,某县坚持依法行政。", Some("某县坚持依法行政")),
        ("2021年是“十四五”开局之年,也是“八五”普法规划开局之年。", None),
        ("2022年,在县委、县政府的坚强领导下,在县司法局的有力指导下,武定县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导。", Some("武定县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导")),
    ] {
        assert_eq!(opening_subject(p), want, "{p}");
    }
}

fn issuer(src: Sources<'_>) -> (Option<String>, Option<String>) {
    let i = read(&src);
    (i.issuer, i.region)
}

fn some(a: &str, b: &str) -> (Option<String>, Option<String>) {
    (Some(a.into()), Some(b.into()))
}

#[test]
fn a_place_left_to_the_reader_is_found_in_the_text() {
    let text = "现将县人民政府2022年法治政府建设工作情况报告如下。\n制定了《岳阳县人民政府常务会会前学法制度》。";
    let got = issuer(Sources {
        cover: Some("县人民政府2022年法治政府建设工作情况报告"),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("岳阳县人民政府", "岳阳县"));
    let text = "2020年是湖北历史上极不平凡的一年。";
    let got = issuer(Sources {
        title: Some("省人民政府关于2020年度推进法治政府建设情况的报告"),
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("湖北省人民政府", "湖北省"));
}

#[test]
fn a_place_the_text_goes_to_is_not_its_own() {
    let text = "2022年,我局坚持依法行政。区司法局党委书记、局长亲自带队到永川区学习经验,拟定《荣昌区法治政府建设实施方案》。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("荣昌区司法局", "荣昌区"));
}

#[test]
fn a_body_that_names_itself_we() {
    let text = "2020年,在省委、省政府和公安部的坚强领导下,我厅深入学习。\n副省长、省公安厅党委书记、厅长同志认真贯彻。\n广东公安机关坚持。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("广东省公安厅", "广东省"));
    let text = "现将我局2019年度法治政府建设情况报告如下:";
    let got = issuer(Sources {
        cover: Some("我局2019年度法治政府建设情况报告"),
        text,
        ..Sources::default()
    });
    assert_eq!(got, (None, None));
}

#[test]
fn the_office_that_posts_the_page_is_not_the_author() {
    let fields = [Field {
        key: "来源",
        value: "静安区人民政府办公室",
    }];
    let got = issuer(Sources {
        title: Some("静安区2023年度法治政府建设情况报告"),
        fields: &fields,
        ..Sources::default()
    });
    assert_eq!(got, some("静安区", "静安区"));
    let fields = [Field {
        key: "来源",
        value: "静安区司法局",
    }];
    let got = issuer(Sources {
        title: Some("2023年度法治政府建设情况报告"),
        fields: &fields,
        ..Sources::default()
    });
    assert_eq!(got, some("静安区司法局", "静安区"));
}

#[test]
fn a_national_body_is_its_own_region() {
    let got = issuer(Sources {
        title: Some("1954年中华人民共和国国务院政府工作报告"),
        ..Sources::default()
    });
    assert_eq!(got, (Some("国务院".into()), Some("国务院".into())));
    let got = issuer(Sources {
        subtitle: Some("1957年6月26日在第一届全国人民代表大会第四次会议上".into()),
        ..Sources::default()
    });
    assert_eq!(got, (Some("国务院".into()), Some("国务院".into())));
}

#[test]
fn a_work_report_belongs_to_the_place_of_its_congress() {
    let got = issuer(Sources {
        title: Some("政府工作报告"),
        subtitle: Some("——2015年2月4日在仙桃市第八届人民代表大会第五次会议上".into()),
        speaker: Some("市人民政府市长周文霞".into()),
        ..Sources::default()
    });
    assert_eq!(got, some("仙桃市人民政府", "仙桃市"));
}

#[test]
fn a_provincial_body_is_placed_by_its_document_numbers() {
    let text = "现将我局2019年度法治政府建设情况报告如下:\n根据《关于规范报送的通知》(苏依法办〔2019〕5号)要求,全省市场主体总量突破千万户,我省率先落实改革。";
    let got = issuer(Sources {
        cover: Some("我局2019年度法治政府建设情况报告"),
        text,
        ..Sources::default()
    });
    assert_eq!(got, (None, Some("江苏省".into())));
    // A city's report cites its province's documents: not its region.
    let city = text.replace("我省率先", "我市率先");
    let got = issuer(Sources {
        cover: Some("我局2019年度法治政府建设情况报告"),
        text: &city,
        ..Sources::default()
    });
    assert_eq!(got, (None, None));
    // `国办发` is national, no province.
    assert_eq!(
        province_of_document_numbers("我省落实(国办发〔2019〕5号)"),
        None
    );
}

#[test]
fn a_text_that_speaks_as_its_place_gets_the_place_it_names() {
    // `我镇` and the one town the text names (after 在 / 列入).
    let text = "2023年,我镇坚持依法行政,现就我镇工作报告如下,推动法治精神在东阳镇落地见效。把普法列入东阳镇委党校课程。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("东阳镇", "东阳镇"));
    // `我市` and the city it names twice.
    let text = "2019年,我市坚持依法行政。梅州市政府常务会议审议通过梅州市规划。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("梅州市", "梅州市"));
    // A town's head is no town: `公开镇长热线`.
    let text = "2023年,我镇坚持依法行政,公开镇长热线,办理诉求。公开镇长信箱。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, (None, None));
    // Two towns named once each: no guess.
    let text = "2023年,我镇坚持依法行政,在东阳镇、在西岭镇开展普法。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, (None, None));
}

#[test]
fn a_party_committee_with_its_government_is_one_joint_issuer() {
    let text = "2024年,云南省委、省政府坚持依法行政。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("云南省委、省政府", "云南省"));
    let text =
        "2025年,县委、县人民政府坚持依法行政。制定《金寨县法治建设方案》《金寨县述法办法》。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("金寨县委、县人民政府", "金寨县"));
    // A committee alone stays alone.
    let text = "2024年,云南省委坚持依法行政。";
    let got = issuer(Sources {
        opening: Some(text),
        text,
        ..Sources::default()
    });
    assert_eq!(got, some("云南省委", "云南省"));
}

#[test]
fn a_work_report_is_its_places_peoples_government() {
    for title in ["2022年平安县人民政府工作报告", "平安县政府工作报告"] {
        let got = issuer(Sources {
            title: Some(title),
            ..Sources::default()
        });
        assert_eq!(got, some("平安县人民政府", "平安县"), "{title}");
    }
}

#[test]
fn a_clause_joined_to_an_adverbial_is_no_subject() {
    let p = "根据上级部署,以及市、区对法治建设工作的具体要求,2023年,清河街道坚持依法行政。";
    assert_eq!(opening_subject(p), Some("清河街道坚持依法行政"));
    assert_eq!(year_before_subject(p), Some(2023));
    assert_eq!(
        year_before_subject("按照(2021—2025年)要求,某街道坚持依法行政。"),
        None
    );
}

#[test]
fn places_that_share_a_province() {
    let text =
        "石家庄市把依法行政工作纳入目标。唐山市法制办成立中心。沧州市开通通道。辛集市邀请专家。";
    assert_eq!(
        issuer(Sources {
            text,
            ..Sources::default()
        }),
        (None, Some("河北省".into()))
    );
    let text = "丹东是全省唯一坚持每年一清理的城市。";
    assert_eq!(
        issuer(Sources {
            text,
            ..Sources::default()
        }),
        (None, None)
    );
}
