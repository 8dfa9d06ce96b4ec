//! 附件2 专精特新中小企业认定标准: four conditions, the fourth being a
//! score of 60 over thirteen indicators or one of four direct conditions.

mod bands;

use super::annex1::IP_HELP;
use super::cite;
use crate::edge;
use crate::profile::{AwardLevel, MakerChina};
use crate::rules::model::*;
use crate::t;
use bands::{
    IND10_IP, IND11_RD_AMOUNT, IND11_RD_RATIO, IND12_RD_STAFF, IND13_INSTITUTION, IND1_SHARE,
    IND2_GROWTH_AVG, IND4_FIELD, IND5_DIGITAL, IND6_QUALITY, IND7_NET_MARGIN, IND8_DEBT,
};
use rust_decimal_macros::dec;

const SPECIALIZATION: usize = 0;
const REFINEMENT: usize = 1;
const DISTINCTIVENESS: usize = 2;
const INNOVATION: usize = 3;

static CATEGORIES: [Category; 4] = [
    Category {
        id: "specialization",
        name: t!("专业化", "Specialization"),
        max_points: 25,
        minimum: None,
        citation: cite("附件2 二（一）", 2095, "（一）专业化指标（满分 25 分）"),
    },
    Category {
        id: "refinement",
        name: t!("精细化", "Refinement"),
        max_points: 25,
        minimum: None,
        citation: cite("附件2 二（二）", 2133, "(二) 精细化指标 (满分 25 分)"),
    },
    Category {
        id: "distinctiveness",
        name: t!("特色化", "Distinctiveness"),
        max_points: 15,
        minimum: None,
        citation: cite("附件2 二（三）", 2174, "(三) 特色化指标 (满分 15 分)"),
    },
    Category {
        id: "innovation",
        name: t!("创新能力", "Innovation capability"),
        max_points: 35,
        minimum: None,
        citation: cite("附件2 二（四）", 2178, "(四) 创新能力指标 (满分 35 分)"),
    },
];

static INDICATORS: [Indicator; 13] = [
    Indicator { id: "annex2_ind1_main_business_share", number: 1, category: SPECIALIZATION, max_points: 5,
        name: t!("上年度主营业务收入总额占营业收入总额比重", "Main-business revenue / operating revenue, last year"),
        scoring: Scoring::Bands { metric: Metric::MAIN_BUSINESS_SHARE, bands: &IND1_SHARE },
        citation: cite("附件2 二（一）1", 2097, "1. 上年度主营业务收入总额占营业收入总额比重（满分 5 分）"), help: None },
    Indicator { id: "annex2_ind2_main_business_growth_avg", number: 2, category: SPECIALIZATION, max_points: 10,
        name: t!("近 2 年主营业务收入平均增长率", "Average main-business revenue growth over 2 years"),
        scoring: Scoring::Bands { metric: Metric::MAIN_BUSINESS_GROWTH_AVG_2Y, bands: &IND2_GROWTH_AVG },
        citation: cite("附件2 二（一）2", 2107, "2. 近 2 年主营业务收入平均增长率（满分 10 分）"),
        help: Some(t!("近2年平均增长率 =（上年度增长率 + 上上年度增长率）/ 2（附件4 十四），需要三个年度的主营业务收入",
            "2-year average growth = (last year's growth + the year before's) / 2 (附件4 十四); needs three years of main-business revenue")) },
    Indicator { id: "annex2_ind3_years_in_niche", number: 3, category: SPECIALIZATION, max_points: 5,
        name: t!("从事特定细分市场年限", "Years in the niche market"),
        scoring: Scoring::PerStep { metric: Metric::YEARS_IN_NICHE, step: dec!(2), points_each: 1 },
        citation: cite("附件2 二（一）3", 2123, "每满 2 年得 1 分, 最高不超过 5 分。"), help: None },
    Indicator { id: "annex2_ind4_field", number: 4, category: SPECIALIZATION, max_points: 5,
        name: t!("主导产品所属领域情况", "Field of the main product"),
        scoring: Scoring::Ladder(&IND4_FIELD),
        citation: cite("附件2 二（一）4", 2125, "4. 主导产品所属领域情况 (满分 5 分)"), help: None },
    Indicator { id: "annex2_ind5_digital_level", number: 5, category: REFINEMENT, max_points: 5,
        name: t!("数字化水平", "Digitalisation level"),
        scoring: Scoring::Bands { metric: Metric::DIGITAL_LEVEL, bands: &IND5_DIGITAL },
        citation: cite("附件2 二（二）5", 2135, "5. 数字化水平 (满分 5 分)"),
        help: Some(t!("在优质中小企业梯度培育平台完成数字化水平免费自测得到的等级（附件4 六）；未自测按一级计",
            "The level from the free self-test on the cultivation platform (附件4 六); not tested counts as level 1")) },
    Indicator { id: "annex2_ind6_quality", number: 6, category: REFINEMENT, max_points: 5,
        name: t!("质量管理水平", "Quality management"),
        scoring: Scoring::PerItem { items: &IND6_QUALITY, points_each: 3 },
        citation: cite("附件2 二（二）6", 2143, "6. 质量管理水平 (每满足一项加 3 分, 最高不超过 5 分)"),
        help: Some(t!("自主品牌：主营业务产品或服务具有自主知识产权，且品牌已经商标局正式注册或产品已实现收入（附件4 二）",
            "Own brand: the main products have own IP and the brand is registered or the products have earned revenue (附件4 二)")) },
    Indicator { id: "annex2_ind7_net_margin", number: 7, category: REFINEMENT, max_points: 10,
        name: t!("上年度净利润率", "Net profit margin, last year"),
        scoring: Scoring::Bands { metric: Metric::NET_MARGIN, bands: &IND7_NET_MARGIN },
        citation: cite("附件2 二（二）7", 2153, "7. 上年度净利润率 (满分 10 分)"), help: None },
    Indicator { id: "annex2_ind8_debt_ratio", number: 8, category: REFINEMENT, max_points: 5,
        name: t!("上年度资产负债率", "Debt-to-asset ratio, last year"),
        scoring: Scoring::Bands { metric: Metric::DEBT_RATIO, bands: &IND8_DEBT },
        citation: cite("附件2 二（二）8", 2167, "8. 上年度资产负债率 (满分 5 分)"), help: None },
    Indicator { id: "annex2_ind9_local_distinctive", number: 9, category: DISTINCTIVENESS, max_points: 15,
        name: t!("地方特色指标", "Local distinctive indicator"),
        scoring: Scoring::Entered { metric: Metric::LOCAL_DISTINCTIVE_SCORE },
        citation: cite("附件2 二（三）9", 2176, "9. 地方特色指标。由省级中小企业主管部门结合本地产业状况和中小企业发展实际自主设定 1-3 个指标进行评价 (满分 15 分)"),
        help: Some(t!("由省级中小企业主管部门自主设定，请按本省细则自评后填入 0-15 分", "Set by each province: score it under your province's rules and enter 0-15")) },
    Indicator { id: "annex2_ind10_ip", number: 10, category: INNOVATION, max_points: 10,
        name: t!("与企业主导产品相关的有效知识产权数量", "Valid IP related to the main product"),
        scoring: Scoring::Ladder(&IND10_IP),
        citation: cite("附件2 二（四）10", 2180, "10. 与企业主导产品相关的有效知识产权数量 (满分 10 分)"), help: Some(IP_HELP) },
    Indicator { id: "annex2_ind11_rd_input", number: 11, category: INNOVATION, max_points: 10,
        name: t!("上年度研发费用投入", "R&D input, last year"),
        scoring: Scoring::BestOf(&[(Metric::RD_EXPENSE_Y1, &IND11_RD_AMOUNT), (Metric::RD_RATIO_Y1, &IND11_RD_RATIO)]),
        citation: cite("附件2 二（四）11", 2188, "11. 上年度研发费用投入 (满分 10 分)"),
        help: Some(t!("按研发费用总额或占营业收入比重，取较高档", "By R&D amount or by its share of revenue, whichever band is higher")) },
    Indicator { id: "annex2_ind12_rd_staff_share", number: 12, category: INNOVATION, max_points: 5,
        name: t!("上年度研发人员占比", "R&D staff share, last year"),
        scoring: Scoring::Bands { metric: Metric::RD_STAFF_SHARE, bands: &IND12_RD_STAFF },
        citation: cite("附件2 二（四）12", 2202, "12. 上年度研发人员占比 (满分 5 分)"), help: None },
    Indicator { id: "annex2_ind13_rd_institution", number: 13, category: INNOVATION, max_points: 10,
        name: t!("建立研发机构级别", "Level of the R&D institution"),
        scoring: Scoring::Ladder(&IND13_INSTITUTION),
        citation: cite("附件2 二（四）13", 2211, "13. 建立研发机构级别 (满分 10 分)"), help: None },
];

static CONDITION1: [Condition; 1] = [Condition {
    id: "annex2_cond1_years_in_niche",
    text: t!(
        "从事特定细分市场时间达到 2 年以上",
        "At least 2 years in the niche market"
    ),
    test: Test::AtLeast(Metric::YEARS_IN_NICHE, edge!(2)),
    citation: cite(
        "附件2 一（一）",
        2075,
        "（一）从事特定细分市场时间达到 2 年以上。",
    ),
}];

static CONDITION2: [Condition; 2] = [
    Condition {
        id: "annex2_cond2_rd_amount",
        text: t!(
            "上年度研发费用总额不低于 100 万元",
            "R&D expense last year of at least 1,000,000 CNY"
        ),
        test: Test::AtLeast(Metric::RD_EXPENSE_Y1, edge!(100)),
        citation: cite("附件2 一（二）", 2077, "上年度研发费用总额不低于 100 万元"),
    },
    Condition {
        id: "annex2_cond2_rd_ratio",
        text: t!(
            "上年度研发费用占营业收入总额比重不低于 3%",
            "R&D expense last year at least 3% of operating revenue"
        ),
        test: Test::AtLeast(Metric::RD_RATIO_Y1, edge!(3)),
        citation: cite("附件2 一（二）", 2077, "且占营业收入总额比重不低于 3%"),
    },
];

/// 附件2 一（三）. The text reads "营业收入 1000 万元以上，或 1000 万元以下但
/// 近2年股权融资 2000 万元以上": since the two revenue ranges cover every
/// value, this is "revenue ≥ 1000 or equity ≥ 2000", which also stays
/// decidable when revenue is unknown but the equity alone settles it.
static CONDITION3: [Condition; 1] = [Condition {
    id: "annex2_cond3_revenue_or_equity",
    text: t!("上年度营业收入总额 1000 万元以上，或近 2 年新增股权融资总额 2000 万元以上", "Operating revenue last year of 10 million CNY or more, or new equity financing of 20 million CNY or more over 2 years"),
    test: Test::Any(&[
        Test::AtLeast(Metric::OPERATING_REVENUE_Y1, edge!(1000)),
        Test::AtLeast(Metric::EQUITY_FINANCING_2Y, edge!(2000)),
    ]),
    citation: cite("附件2 一（三）", 2079, "（三）上年度营业收入总额在 1000 万元以上，或上年度营业收入总额在 1000 万元以下，但近 2 年新增股权融资总额（合格机构投资者的实缴额）达到 2000 万元以上。"),
}];

static DIRECT: [Condition; 4] = [
    Condition {
        id: "annex2_direct1_sci_tech_award",
        text: t!("近三年获得省级科技奖励并在获奖单位中排名前三，或国家级科技奖励并排名前五", "In the last three years, a provincial S&T award ranked top 3 among awarded units, or a national one ranked top 5"),
        test: Test::Any(&[
            Test::AwardAtLeast { level: AwardLevel::Provincial, max_rank: Some(3) },
            Test::AwardAtLeast { level: AwardLevel::National, max_rank: Some(5) },
        ]),
        citation: cite("附件2 一（四）1", 2083, "1. 近三年获得过省级科技奖励，并在获奖单位中排名前三；或获得国家级科技奖励，并在获奖单位中排名前五。"),
    },
    Condition {
        id: "annex2_direct2_rd_avg",
        text: t!("近两年研发费用总额均值在 1000 万元以上", "Average R&D expense over the last two years of 10 million CNY or more"),
        test: Test::AtLeast(Metric::RD_EXPENSE_AVG_2Y, edge!(1000)),
        citation: cite("附件2 一（四）2", 2085, "2. 近两年研发费用总额均值在 1000 万元以上。"),
    },
    Condition {
        id: "annex2_direct3_equity_financing",
        text: t!("近两年新增股权融资总额 6000 万元以上", "New equity financing of 60 million CNY or more over two years"),
        test: Test::AtLeast(Metric::EQUITY_FINANCING_2Y, edge!(6000)),
        citation: cite("附件2 一（四）3", 2087, "3. 近两年新增股权融资总额（合格机构投资者的实缴额）6000 万元以上。"),
    },
    Condition {
        id: "annex2_direct4_maker_china",
        text: t!("近三年进入“创客中国”中小企业创新创业大赛全国 500 强企业组名单", "In the national top 500 of the 'Maker in China' SME contest in the last three years"),
        test: Test::MakerChinaAtLeast(MakerChina::Top500),
        citation: cite("附件2 一（四）4", 2089, "4. 近三年进入“创客中国”中小企业创新创业大赛全国 500 强企业组名单。"),
    },
];

static REQUIREMENTS: [Requirement; 4] = [
    Requirement {
        id: "annex2_cond1",
        name: t!("条件一：细分市场年限", "Condition 1: years in the niche"),
        all_of: &CONDITION1,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件2 一（一）",
            2075,
            "（一）从事特定细分市场时间达到 2 年以上。",
        ),
    },
    Requirement {
        id: "annex2_cond2",
        name: t!("条件二：研发投入", "Condition 2: R&D input"),
        all_of: &CONDITION2,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件2 一（二）",
            2077,
            "（二）上年度研发费用总额不低于 100 万元，且占营业收入总额比重不低于 3%。",
        ),
    },
    Requirement {
        id: "annex2_cond3",
        name: t!(
            "条件三：营业收入或股权融资",
            "Condition 3: revenue or equity financing"
        ),
        all_of: &CONDITION3,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件2 一（三）",
            2079,
            "（三）上年度营业收入总额在 1000 万元以上",
        ),
    },
    Requirement {
        id: "annex2_cond4",
        name: t!(
            "条件四：评价得分或直通条件",
            "Condition 4: score or a direct condition"
        ),
        all_of: &[],
        score_route: true,
        any_of: &DIRECT,
        citation: cite(
            "附件2 一（四）",
            2081,
            "（四）评价得分达到 60 分以上或满足下列条件之一：",
        ),
    },
];

pub static SRDI: Tier = Tier {
    id: TierId::Srdi,
    name: t!("专精特新中小企业", "Specialized, refined, distinctive and innovative (SRDI) SME"),
    prerequisite: Some(Prerequisite {
        any_of: &[TierId::Innovative],
        or_titles: &[],
        text: t!("须为创新型中小企业", "Must be an innovative SME"),
        citation: cite("第十一条", 1940, "专精特新中小企业认定，由创新型中小企业按属地原则自愿提出申请"),
    }),
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: Some(Scorecard {
        pass_mark: 60,
        max_points: 100,
        categories: &CATEGORIES,
        indicators: &INDICATORS,
        citation: cite("附件2 二", 2093, "包括专业化、精细化、特色化和创新能力四类十三个指标，评价结果依分值计算，满分为 100 分。"),
    }),
    citation: cite("附件2 一", 2073, "同时满足以下四项条件即视为满足认定条件："),
    confidence: Confidence::Official,
    caveat: None,
    warnings: &[],
};
