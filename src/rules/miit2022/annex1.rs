//! 附件1 创新型中小企业评价标准: six indicators in three categories, a pass
//! mark of 60 with category minimums, or one of four direct conditions.

use super::cite;
use crate::edge;
use crate::profile::{AwardLevel, RdInstitution};
use crate::rules::model::*;
use crate::t;

const INNOVATION: usize = 0;
const GROWTH: usize = 1;
const SPECIALIZATION: usize = 2;

static CATEGORIES: [Category; 3] = [
    Category {
        id: "innovation",
        name: t!("创新能力", "Innovation capability"),
        max_points: 40,
        minimum: Some(20),
        citation: cite("附件1 二（一）", 1999, "（一）创新能力指标（满分 40 分）"),
    },
    Category {
        id: "growth",
        name: t!("成长性", "Growth"),
        max_points: 30,
        minimum: Some(15),
        citation: cite("附件1 二（二）", 2025, "（二）成长性指标（满分 30 分）"),
    },
    Category {
        id: "specialization",
        name: t!("专业化", "Specialization"),
        max_points: 30,
        minimum: Some(15),
        citation: cite("附件1 二（三）", 2047, "(三) 专业化指标 (满分30分)"),
    },
];

/// 附件1 ind. 1: the IP ladder.
static IND1_IP: [Rung; 5] = [
    Rung {
        label: "A",
        test: Test::AtLeast(Metric::IP_CLASS1_HIGH_VALUE, edge!(1)),
        points: 20,
        text: t!("Ⅰ类高价值知识产权 1 项以上", "1+ high-value class I IP"),
    },
    Rung {
        label: "B",
        test: Test::AtLeast(Metric::IP_CLASS1_SELF_DEVELOPED, edge!(1)),
        points: 15,
        text: t!(
            "自主研发的Ⅰ类知识产权 1 项以上",
            "1+ self-developed class I IP"
        ),
    },
    Rung {
        label: "C",
        test: Test::AtLeast(Metric::IP_CLASS1, edge!(1)),
        points: 10,
        text: t!("Ⅰ类知识产权 1 项以上", "1+ class I IP"),
    },
    Rung {
        label: "D",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(1)),
        points: 5,
        text: t!("Ⅱ类知识产权 1 项以上", "1+ class II IP"),
    },
    Rung {
        label: "E",
        test: Test::Always,
        points: 0,
        text: t!("无", "None"),
    },
];

/// 附件1 ind. 2: R&D expense / operating revenue, last year.
static IND2_RD_RATIO: [Band; 5] = [
    Band {
        label: "A",
        min: Some(edge!(5)),
        max: None,
        points: 20,
        text: t!("5%以上", "5% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(3)),
        max: Some(edge!(5)),
        points: 15,
        text: t!("3%-5%", "3%-5%"),
    },
    Band {
        label: "C",
        min: Some(edge!(2)),
        max: Some(edge!(3)),
        points: 10,
        text: t!("2%-3%", "2%-3%"),
    },
    Band {
        label: "D",
        min: Some(edge!(1)),
        max: Some(edge!(2)),
        points: 5,
        text: t!("1%-2%", "1%-2%"),
    },
    Band {
        label: "E",
        min: None,
        max: Some(edge!(1)),
        points: 0,
        text: t!("1%以下", "1% or less"),
    },
];

/// 附件1 ind. 3: main-business revenue growth, last year.
static IND3_GROWTH: [Band; 5] = [
    Band {
        label: "A",
        min: Some(edge!(15)),
        max: None,
        points: 20,
        text: t!("15%以上", "15% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(10)),
        max: Some(edge!(15)),
        points: 15,
        text: t!("10%-15%", "10%-15%"),
    },
    Band {
        label: "C",
        min: Some(edge!(5)),
        max: Some(edge!(10)),
        points: 10,
        text: t!("5%-10%", "5%-10%"),
    },
    Band {
        label: "D",
        min: Some(edge!(0)),
        max: Some(edge!(5)),
        points: 5,
        text: t!("0%-5%", "0%-5%"),
    },
    Band {
        label: "E",
        min: None,
        max: Some(edge!(0)),
        points: 0,
        text: t!("0%以下", "0% or less"),
    },
];

/// 附件1 ind. 4: debt ratio, last year. The text letters the last band "D"
/// (there is no "C"); we keep the text's letters.
static IND4_DEBT: [Band; 3] = [
    Band {
        label: "A",
        min: None,
        max: Some(edge!(55)),
        points: 10,
        text: t!("55%以下", "55% or less"),
    },
    Band {
        label: "B",
        min: Some(edge!(55)),
        max: Some(edge!(75)),
        points: 5,
        text: t!("55%-75%", "55%-75%"),
    },
    Band {
        label: "D",
        min: Some(edge!(75)),
        max: None,
        points: 0,
        text: t!("75%以上", "75% or more"),
    },
];

/// 附件1 ind. 5: field of the main product.
static IND5_FIELD: [Rung; 2] = [
    Rung {
        label: "A",
        test: Test::Is(Flag::STRATEGIC_EMERGING_INDUSTRY),
        points: 10,
        text: t!(
            "属于《战略性新兴产业分类》",
            "In the Strategic Emerging Industries Classification"
        ),
    },
    Rung {
        label: "B",
        test: Test::Always,
        points: 5,
        text: t!("属于其他领域", "Other fields"),
    },
];

/// 附件1 ind. 6: main-business share of operating revenue, last year.
static IND6_SHARE: [Band; 5] = [
    Band {
        label: "A",
        min: Some(edge!(70)),
        max: None,
        points: 20,
        text: t!("70%以上", "70% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(60)),
        max: Some(edge!(70)),
        points: 15,
        text: t!("60%-70%", "60%-70%"),
    },
    Band {
        label: "C",
        min: Some(edge!(55)),
        max: Some(edge!(60)),
        points: 10,
        text: t!("55%-60%", "55%-60%"),
    },
    Band {
        label: "D",
        min: Some(edge!(50)),
        max: Some(edge!(55)),
        points: 5,
        text: t!("50%-55%", "50%-55%"),
    },
    Band {
        label: "E",
        min: None,
        max: Some(edge!(50)),
        points: 0,
        text: t!("50%以下", "50% or less"),
    },
];

pub(crate) const IP_HELP: crate::text::Text = t!(
    "Ⅰ类知识产权：发明专利（含国防专利）、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权（均不含转让未满1年的）。Ⅰ类高价值：海外有同族专利、维持超过10年、较高质押融资或获国家科学技术奖、中国专利奖。Ⅱ类：与主导产品相关的软件著作权、授权后维持超过2年的实用新型或外观设计专利（附件4 三至五）。",
    "Class I IP (Ⅰ类): invention patents (incl. defence), plant varieties, national crop varieties, national new drugs, first-grade protected TCM, IC layout designs (none transferred in less than a year ago). High-value class I: foreign family patent, maintained over 10 years, large pledge financing, or a national S&T or China Patent award. Class II (Ⅱ类): software copyright tied to the main product, utility or design patents maintained over 2 years after grant (附件4 三-五)."
);

static INDICATORS: [Indicator; 6] = [
    Indicator {
        id: "annex1_ind1_ip",
        number: 1,
        name: t!("与企业主导产品相关的有效知识产权数量", "Valid IP related to the main product"),
        category: INNOVATION,
        max_points: 20,
        scoring: Scoring::Ladder(&IND1_IP),
        citation: cite("附件1 二（一）1", 2001, "1. 与企业主导产品相关的有效知识产权数量（满分 20 分）"),
        help: Some(IP_HELP),
    },
    Indicator {
        id: "annex1_ind2_rd_ratio",
        number: 2,
        name: t!("上年度研发费用总额占营业收入总额比重", "R&D expense / operating revenue, last year"),
        category: INNOVATION,
        max_points: 20,
        scoring: Scoring::Bands { metric: Metric::RD_RATIO_Y1, bands: &IND2_RD_RATIO },
        citation: cite("附件1 二（一）2", 2013, "2. 上年度研发费用总额占营业收入总额比重（满分 20 分）"),
        help: None,
    },
    Indicator {
        id: "annex1_ind3_main_business_growth",
        number: 3,
        name: t!("上年度主营业务收入增长率", "Main-business revenue growth, last year"),
        category: GROWTH,
        max_points: 20,
        scoring: Scoring::Bands { metric: Metric::MAIN_BUSINESS_GROWTH_Y1, bands: &IND3_GROWTH },
        citation: cite("附件1 二（二）3", 2027, "3. 上年度主营业务收入增长率（满分 20 分）"),
        help: Some(t!(
            "增长率 =（上年度主营业务收入 − 上上年度主营业务收入）/ 上上年度主营业务收入 × 100%（附件4 十四）",
            "Growth = (main-business revenue last year − the year before) / the year before × 100% (附件4 十四)"
        )),
    },
    Indicator {
        id: "annex1_ind4_debt_ratio",
        number: 4,
        name: t!("上年度资产负债率", "Debt-to-asset ratio, last year"),
        category: GROWTH,
        max_points: 10,
        scoring: Scoring::Bands { metric: Metric::DEBT_RATIO, bands: &IND4_DEBT },
        citation: cite("附件1 二（二）4", 2039, "4. 上年度资产负债率 (满分10分)"),
        help: None,
    },
    Indicator {
        id: "annex1_ind5_field",
        number: 5,
        name: t!("主导产品所属领域情况", "Field of the main product"),
        category: SPECIALIZATION,
        max_points: 10,
        scoring: Scoring::Ladder(&IND5_FIELD),
        citation: cite("附件1 二（三）5", 2049, "5. 主导产品所属领域情况 (满分10分)"),
        help: Some(t!(
            "主导产品：企业核心技术在产品中发挥重要作用，且产品收入之和占企业同期营业收入比重超过 50%（附件4 十）",
            "Main product: core technology plays an important role in it and its revenue exceeds 50% of operating revenue (附件4 十)"
        )),
    },
    Indicator {
        id: "annex1_ind6_main_business_share",
        number: 6,
        name: t!("上年度主营业务收入总额占营业收入总额比重", "Main-business revenue / operating revenue, last year"),
        category: SPECIALIZATION,
        max_points: 20,
        scoring: Scoring::Bands { metric: Metric::MAIN_BUSINESS_SHARE, bands: &IND6_SHARE },
        citation: cite("附件1 二（三）6", 2055, "6. 上年度主营业务收入总额占营业收入总额比重 (满分20分)"),
        help: None,
    },
];

static DIRECT: [Condition; 4] = [
    Condition {
        id: "annex1_direct1_sci_tech_award",
        text: t!("近三年内获得过国家级、省级科技奖励", "A national or provincial science and technology award in the last three years"),
        test: Test::AwardAtLeast { level: AwardLevel::Provincial, max_rank: None },
        citation: cite("附件1 一（一）", 1987, "（一）近三年内获得过国家级、省级科技奖励。"),
    },
    Condition {
        id: "annex1_direct2_honors",
        text: t!("获得高新技术企业、国家级技术创新示范企业、知识产权优势企业或知识产权示范企业等荣誉（有效期内）", "A valid title of high-tech enterprise, national technology innovation demonstration enterprise, IP advantage or IP demonstration enterprise"),
        test: Test::HasListedHonor,
        citation: cite("附件1 一（二）", 1989, "（二）获得高新技术企业、国家级技术创新示范企业、知识产权优势企业和知识产权示范企业等荣誉（均为有效期内）。"),
    },
    Condition {
        id: "annex1_direct3_rd_institution",
        text: t!("拥有经认定的省部级以上研发机构", "A recognised R&D institution at provincial (ministerial) level or above"),
        test: Test::InstitutionAtLeast(RdInstitution::Provincial),
        citation: cite("附件1 一（三）", 1991, "（三）拥有经认定的省部级以上研发机构。"),
    },
    Condition {
        id: "annex1_direct4_equity_financing",
        text: t!("近三年新增股权融资总额（合格机构投资者的实缴额）500 万元以上", "New equity financing (paid in by qualified institutional investors) of 5 million CNY or more over three years"),
        test: Test::AtLeast(Metric::EQUITY_FINANCING_3Y, edge!(500)),
        citation: cite("附件1 一（四）", 1993, "（四）近三年新增股权融资总额（合格机构投资者的实缴额）500 万元以上。"),
    },
];

pub(crate) static REQUIREMENTS: [Requirement; 1] = [Requirement {
    id: "annex1_announcement",
    name: t!("公告条件", "Conditions for announcement"),
    all_of: &[],
    score_route: true,
    any_of: &DIRECT,
    citation: cite("附件1 一", 1985, "评价得分达到 60 分以上（其中创新能力指标得分不低于 20 分、成长性指标及专业化指标得分均不低于 15 分），或满足下列条件之一："),
}];

/// The 附件1 scorecard (the 2026 rulebook scores 创新型 with it too).
pub(crate) const SCORECARD: Scorecard = Scorecard {
    pass_mark: 60,
    max_points: 100,
    categories: &CATEGORIES,
    indicators: &INDICATORS,
    citation: cite(
        "附件1 二",
        1997,
        "包括创新能力、成长性、专业化三类六个指标，评价结果依分值计算，满分为 100 分。",
    ),
};

pub static INNOVATIVE: Tier = Tier {
    id: TierId::Innovative,
    name: t!("创新型中小企业", "Innovative SME"),
    prerequisite: None,
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: Some(SCORECARD),
    citation: cite(
        "第十条",
        1938,
        "创新型中小企业评价，由企业按属地原则自愿登录培育平台参与自评",
    ),
    confidence: Confidence::Official,
    caveat: None,
    warnings: &[],
};
