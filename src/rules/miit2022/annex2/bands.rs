//! 附件2's band tables and ladders, each quoted with the text's letters:
//! what a value or a fact scores on each of the thirteen indicators.

use crate::edge;
use crate::profile::RdInstitution;
use crate::rules::model::*;
use crate::t;

pub(super) static IND1_SHARE: [Band; 4] = [
    Band {
        label: "A",
        min: Some(edge!(80)),
        max: None,
        points: 5,
        text: t!("80%以上", "80% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(70)),
        max: Some(edge!(80)),
        points: 3,
        text: t!("70%-80%", "70%-80%"),
    },
    Band {
        label: "C",
        min: Some(edge!(60)),
        max: Some(edge!(70)),
        points: 1,
        text: t!("60%-70%", "60%-70%"),
    },
    Band {
        label: "D",
        min: None,
        max: Some(edge!(60)),
        points: 0,
        text: t!("60%以下", "60% or less"),
    },
];

pub(super) static IND2_GROWTH_AVG: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(10)),
        max: None,
        points: 10,
        text: t!("10%以上", "10% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(8)),
        max: Some(edge!(10)),
        points: 8,
        text: t!("8%-10%", "8%-10%"),
    },
    Band {
        label: "C",
        min: Some(edge!(6)),
        max: Some(edge!(8)),
        points: 6,
        text: t!("6%-8%", "6%-8%"),
    },
    Band {
        label: "D",
        min: Some(edge!(4)),
        max: Some(edge!(6)),
        points: 4,
        text: t!("4%-6%", "4%-6%"),
    },
    Band {
        label: "E",
        min: Some(edge!(0)),
        max: Some(edge!(4)),
        points: 2,
        text: t!("0%-4%", "0%-4%"),
    },
    Band {
        label: "F",
        min: None,
        max: Some(edge!(0)),
        points: 0,
        text: t!("0%以下", "0% or less"),
    },
];

pub(super) static IND4_FIELD: [Rung; 3] = [
    Rung { label: "A", test: Test::Is(Flag::CHAIN_GAP_FILLING), points: 5,
        text: t!("在产业链供应链关键环节及关键领域“补短板”“锻长板”“填空白”取得实际成效", "Real results in filling gaps or strengthening key links of industrial and supply chains") },
    Rung { label: "B", test: Test::Is(Flag::SIX_BASICS_OR_KEY_CHAIN), points: 3,
        text: t!("属于工业“六基”领域、中华老字号名录或企业主导产品服务关键产业链重点龙头企业", "In the industrial 'six basics', a China Time-honoured Brand, or serving a key chain's leading enterprise") },
    Rung { label: "C", test: Test::Always, points: 0, text: t!("不属于以上情况", "None of the above") },
];

/// 附件2 ind. 5. The text has levels 一级 (0), 二级 (3), 三级以上 (5); a
/// company that has not done the platform self-test (level 0) scores as 一级.
/// Levels are whole numbers; the bands are written gap-free (declared best
/// first, so level 2 takes B and level 3 takes A).
pub(super) static IND5_DIGITAL: [Band; 3] = [
    Band {
        label: "A",
        min: Some(edge!(3)),
        max: None,
        points: 5,
        text: t!("三级以上", "Level 3 or above"),
    },
    Band {
        label: "B",
        min: Some(edge!(2)),
        max: None,
        points: 3,
        text: t!("二级", "Level 2"),
    },
    Band {
        label: "C",
        min: None,
        max: Some(edge!(2)),
        points: 0,
        text: t!("一级", "Level 1"),
    },
];

pub(super) static IND6_QUALITY: [Rung; 4] = [
    Rung {
        label: "A",
        test: Test::Is(Flag::PROVINCIAL_QUALITY_AWARD),
        points: 3,
        text: t!(
            "获得省级以上质量奖荣誉",
            "A provincial or higher quality award"
        ),
    },
    Rung {
        label: "B",
        test: Test::Is(Flag::QUALITY_SYSTEM_CERT),
        points: 3,
        text: t!(
            "建立质量管理体系，获得 ISO9001 等质量管理体系认证证书",
            "A certified quality management system (ISO 9001 or similar)"
        ),
    },
    Rung {
        label: "C",
        test: Test::Is(Flag::OWN_BRAND),
        points: 3,
        text: t!("拥有自主品牌", "An own brand"),
    },
    Rung {
        label: "D",
        test: Test::Is(Flag::STANDARD_SETTING),
        points: 3,
        text: t!(
            "参与制修订标准",
            "Took part in drafting or revising standards"
        ),
    },
];

pub(super) static IND7_NET_MARGIN: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(10)),
        max: None,
        points: 10,
        text: t!("10%以上", "10% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(8)),
        max: Some(edge!(10)),
        points: 8,
        text: t!("8%-10%", "8%-10%"),
    },
    Band {
        label: "C",
        min: Some(edge!(6)),
        max: Some(edge!(8)),
        points: 6,
        text: t!("6%-8%", "6%-8%"),
    },
    Band {
        label: "D",
        min: Some(edge!(4)),
        max: Some(edge!(6)),
        points: 4,
        text: t!("4%-6%", "4%-6%"),
    },
    Band {
        label: "E",
        min: Some(edge!(2)),
        max: Some(edge!(4)),
        points: 2,
        text: t!("2%-4%", "2%-4%"),
    },
    Band {
        label: "F",
        min: None,
        max: Some(edge!(2)),
        points: 0,
        text: t!("2%以下", "2% or less"),
    },
];

pub(super) static IND8_DEBT: [Band; 4] = [
    Band {
        label: "A",
        min: None,
        max: Some(edge!(50)),
        points: 5,
        text: t!("50%以下", "50% or less"),
    },
    Band {
        label: "B",
        min: Some(edge!(50)),
        max: Some(edge!(60)),
        points: 3,
        text: t!("50%-60%", "50%-60%"),
    },
    Band {
        label: "C",
        min: Some(edge!(60)),
        max: Some(edge!(70)),
        points: 1,
        text: t!("60%-70%", "60%-70%"),
    },
    Band {
        label: "D",
        min: Some(edge!(70)),
        max: None,
        points: 0,
        text: t!("70%以上", "70% or more"),
    },
];

pub(super) static IND10_IP: [Rung; 5] = [
    Rung {
        label: "A",
        test: Test::AtLeast(Metric::IP_CLASS1_HIGH_VALUE, edge!(1)),
        points: 10,
        text: t!("Ⅰ类高价值知识产权 1 项以上", "1+ high-value class I IP"),
    },
    Rung {
        label: "B",
        test: Test::AtLeast(Metric::IP_CLASS1_SELF_DEVELOPED, edge!(1)),
        points: 8,
        text: t!(
            "自主研发Ⅰ类知识产权 1 项以上",
            "1+ self-developed class I IP"
        ),
    },
    Rung {
        label: "C",
        test: Test::AtLeast(Metric::IP_CLASS1, edge!(1)),
        points: 6,
        text: t!("Ⅰ类知识产权 1 项以上", "1+ class I IP"),
    },
    Rung {
        label: "D",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(1)),
        points: 2,
        text: t!("Ⅱ类知识产权 1 项以上", "1+ class II IP"),
    },
    Rung {
        label: "E",
        test: Test::Always,
        points: 0,
        text: t!("无", "None"),
    },
];

/// 附件2 ind. 11, by amount. "不属于以上情况" (F) is the floor.
pub(super) static IND11_RD_AMOUNT: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(500)),
        max: None,
        points: 10,
        text: t!(
            "研发费用总额 500 万元以上",
            "R&D expense 5,000,000 CNY or more"
        ),
    },
    Band {
        label: "B",
        min: Some(edge!(400)),
        max: Some(edge!(500)),
        points: 8,
        text: t!("研发费用总额 400-500 万元", "R&D expense 4-5 million CNY"),
    },
    Band {
        label: "C",
        min: Some(edge!(300)),
        max: Some(edge!(400)),
        points: 6,
        text: t!("研发费用总额 300-400 万元", "R&D expense 3-4 million CNY"),
    },
    Band {
        label: "D",
        min: Some(edge!(200)),
        max: Some(edge!(300)),
        points: 4,
        text: t!("研发费用总额 200-300 万元", "R&D expense 2-3 million CNY"),
    },
    Band {
        label: "E",
        min: Some(edge!(100)),
        max: Some(edge!(200)),
        points: 2,
        text: t!("研发费用总额 100-200 万元", "R&D expense 1-2 million CNY"),
    },
    Band {
        label: "F",
        min: None,
        max: None,
        points: 0,
        text: t!("不属于以上情况", "None of the above"),
    },
];

/// 附件2 ind. 11, by ratio.
pub(super) static IND11_RD_RATIO: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(10)),
        max: None,
        points: 10,
        text: t!(
            "占营业收入总额比重在 10%以上",
            "10% or more of operating revenue"
        ),
    },
    Band {
        label: "B",
        min: Some(edge!(8)),
        max: Some(edge!(10)),
        points: 8,
        text: t!("占比 8%-10%", "8%-10% of revenue"),
    },
    Band {
        label: "C",
        min: Some(edge!(6)),
        max: Some(edge!(8)),
        points: 6,
        text: t!("占比 6%-8%", "6%-8% of revenue"),
    },
    Band {
        label: "D",
        min: Some(edge!(4)),
        max: Some(edge!(6)),
        points: 4,
        text: t!("占比 4%-6%", "4%-6% of revenue"),
    },
    Band {
        label: "E",
        min: Some(edge!(3)),
        max: Some(edge!(4)),
        points: 2,
        text: t!("占比 3%-4%", "3%-4% of revenue"),
    },
    Band {
        label: "F",
        min: None,
        max: None,
        points: 0,
        text: t!("不属于以上情况", "None of the above"),
    },
];

pub(super) static IND12_RD_STAFF: [Band; 4] = [
    Band {
        label: "A",
        min: Some(edge!(20)),
        max: None,
        points: 5,
        text: t!("20%以上", "20% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(10)),
        max: Some(edge!(20)),
        points: 3,
        text: t!("10%-20%", "10%-20%"),
    },
    Band {
        label: "C",
        min: Some(edge!(5)),
        max: Some(edge!(10)),
        points: 1,
        text: t!("5%-10%", "5%-10%"),
    },
    Band {
        label: "D",
        min: None,
        max: Some(edge!(5)),
        points: 0,
        text: t!("5%以下", "5% or less"),
    },
];

pub(super) static IND13_INSTITUTION: [Rung; 5] = [
    Rung {
        label: "A",
        test: Test::InstitutionAtLeast(RdInstitution::National),
        points: 10,
        text: t!("国家级", "National"),
    },
    Rung {
        label: "B",
        test: Test::InstitutionAtLeast(RdInstitution::Provincial),
        points: 8,
        text: t!("省级", "Provincial"),
    },
    Rung {
        label: "C",
        test: Test::InstitutionAtLeast(RdInstitution::Municipal),
        points: 4,
        text: t!("市级", "Municipal"),
    },
    Rung {
        label: "D",
        test: Test::InstitutionAtLeast(RdInstitution::BelowMunicipal),
        points: 2,
        text: t!("市级以下", "Below municipal"),
    },
    Rung {
        label: "E",
        test: Test::Always,
        points: 0,
        text: t!("未建立研发机构", "No R&D institution"),
    },
];
