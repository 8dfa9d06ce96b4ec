//! 附件3 专精特新“小巨人”企业认定标准: six dimensions (专、精、特、新、链、品),
//! all of which must hold. No score.

use super::cite;
use crate::edge;
use crate::profile::{AwardLevel, MakerChina, RdInstitution};
use crate::rules::model::*;
use crate::t;

static SPECIALIZATION: [Condition; 3] = [
    Condition {
        id: "annex3_spec_years",
        text: t!(
            "截至上年末从事特定细分市场时间达到 3 年以上",
            "At least 3 years in the niche market by the end of last year"
        ),
        test: Test::AtLeast(Metric::YEARS_IN_NICHE, edge!(3)),
        citation: cite(
            "附件3 一",
            2231,
            "截至上年末，企业从事特定细分市场时间达到 3 年以上",
        ),
    },
    Condition {
        id: "annex3_spec_share",
        text: t!(
            "主营业务收入总额占营业收入总额比重不低于 70%",
            "Main-business revenue at least 70% of operating revenue"
        ),
        test: Test::AtLeast(Metric::MAIN_BUSINESS_SHARE, edge!(70)),
        citation: cite(
            "附件3 一",
            2231,
            "主营业务收入总额占营业收入总额比重不低于 70%",
        ),
    },
    Condition {
        id: "annex3_spec_growth",
        text: t!(
            "近 2 年主营业务收入平均增长率不低于 5%",
            "Average main-business revenue growth over 2 years at least 5%"
        ),
        test: Test::AtLeast(Metric::MAIN_BUSINESS_GROWTH_AVG_2Y, edge!(5)),
        citation: cite("附件3 一", 2231, "近 2 年主营业务收入平均增长率不低于 5%"),
    },
];

static REFINEMENT: [Condition; 3] = [
    Condition { id: "annex3_refine_info_system", text: t!("至少 1 项核心业务采用信息系统支撑", "At least one core business process runs on an information system"),
        test: Test::Is(Flag::CORE_BUSINESS_INFO_SYSTEM),
        citation: cite("附件3 二", 2235, "至少 1 项核心业务采用信息系统支撑") },
    Condition { id: "annex3_refine_certification", text: t!("取得相关管理体系认证，或产品通过发达国家和地区产品认证", "A management-system certification, or product certification in developed countries and regions"),
        test: Test::Is(Flag::MANAGEMENT_SYSTEM_CERT),
        citation: cite("附件3 二", 2235, "取得相关管理体系认证，或产品通过发达国家和地区产品认证（国际标准协会行业认证）") },
    Condition { id: "annex3_refine_debt", text: t!("截至上年末资产负债率不高于 70%", "Debt-to-asset ratio at most 70% at the end of last year"),
        test: Test::AtMost(Metric::DEBT_RATIO, edge!(70)),
        citation: cite("附件3 二", 2235, "截至上年末，企业资产负债率不高于 70%") },
];

static DISTINCTIVENESS: [Condition; 2] = [
    Condition {
        id: "annex3_dist_market_share",
        text: t!(
            "主导产品在全国细分市场占有率达到 10%以上",
            "Main product's national niche market share of 10% or more"
        ),
        test: Test::AtLeast(Metric::MARKET_SHARE, edge!(10)),
        citation: cite("附件3 三", 2239, "主导产品在全国细分市场占有率达到 10%以上"),
    },
    Condition {
        id: "annex3_dist_own_brand",
        text: t!(
            "拥有直接面向市场并具有竞争优势的自主品牌",
            "An own brand that faces the market with a competitive edge"
        ),
        test: Test::Is(Flag::OWN_BRAND),
        citation: cite("附件3 三", 2239, "拥有直接面向市场并具有竞争优势的自主品牌"),
    },
];

/// 附件3 四（一）1, by last year's revenue. On the edges (exactly 1亿 or
/// 5000万) two bands' wording both apply ("以上"/"以下" include the bound,
/// 附件4 十三); the company passes if it meets either, as the edge rule
/// favours the company. "研发费用总额 3000 万元以上" gives no period, so it is
/// last year's (附件4 一: "如对期限无特殊说明, 一般使用企业近 1 年的年度数据").
static RD_BY_REVENUE: [Test; 3] = [
    Test::All(&[
        Test::AtLeast(Metric::OPERATING_REVENUE_Y1, edge!(10000)),
        Test::AtLeast(Metric::RD_RATIO_Y1, edge!(3)),
        Test::AtLeast(Metric::RD_RATIO_Y2, edge!(3)),
    ]),
    Test::All(&[
        Test::AtLeast(Metric::OPERATING_REVENUE_Y1, edge!(5000)),
        Test::AtMost(Metric::OPERATING_REVENUE_Y1, edge!(10000)),
        Test::AtLeast(Metric::RD_RATIO_Y1, edge!(6)),
        Test::AtLeast(Metric::RD_RATIO_Y2, edge!(6)),
    ]),
    Test::All(&[
        Test::AtMost(Metric::OPERATING_REVENUE_Y1, edge!(5000)),
        Test::AtLeast(Metric::EQUITY_FINANCING_2Y, edge!(8000)),
        Test::AtLeast(Metric::RD_EXPENSE_Y1, edge!(3000)),
        Test::AtLeast(Metric::RD_STAFF_SHARE, edge!(50)),
    ]),
];

static INNOVATION_GENERAL: [Condition; 3] = [
    Condition { id: "annex3_innov_rd_by_revenue",
        text: t!("按上年度营业收入分档的研发投入：1 亿元以上，近 2 年研发费用占比均不低于 3%；5000 万元—1 亿元，均不低于 6%；5000 万元以下，近 2 年股权融资 8000 万元以上且研发费用 3000 万元以上、研发人员占比 50%以上",
            "R&D by revenue band: revenue ≥ 100 million CNY, R&D ≥ 3% of revenue in each of the last 2 years; 50-100 million, ≥ 6% in each; below 50 million, equity financing ≥ 80 million over 2 years, R&D ≥ 30 million and R&D staff ≥ 50%"),
        test: Test::Any(&RD_BY_REVENUE),
        citation: cite("附件3 四（一）1", 2247, "1. 上年度营业收入总额在 1 亿元以上的企业，近 2 年研发费用总额占营业收入总额比重均不低于 3%；上年度营业收入总额在 5000 万元—1 亿元的企业，近 2 年研发费用总额占营业收入总额比重均不低于 6%") },
    Condition { id: "annex3_innov_rd_institution", text: t!("自建或与高等院校、科研机构联合建立研发机构", "Its own R&D institution, or one built with universities or research institutes"),
        test: Test::InstitutionAtLeast(RdInstitution::BelowMunicipal),
        citation: cite("附件3 四（一）2", 2249, "2. 自建或与高等院校、科研机构联合建立研发机构") },
    Condition { id: "annex3_innov_ip_applied", text: t!("拥有 2 项以上与主导产品相关的Ⅰ类知识产权，且实际应用并已产生经济效益", "2+ class I IP related to the main product, applied with economic benefit"),
        test: Test::AtLeast(Metric::IP_CLASS1_APPLIED, edge!(2)),
        citation: cite("附件3 四（一）3", 2251, "3. 拥有 2 项以上与主导产品相关的 I 类知识产权，且实际应用并已产生经") },
];

static INNOVATION_DIRECT: [Condition; 2] = [
    Condition {
        id: "annex3_innov_direct_award",
        text: t!(
            "近三年获得国家级科技奖励，并在获奖单位中排名前三",
            "A national S&T award in the last three years, ranked top 3 among awarded units"
        ),
        test: Test::AwardAtLeast {
            level: AwardLevel::National,
            max_rank: Some(3),
        },
        citation: cite(
            "附件3 四（二）1",
            2257,
            "1. 近三年获得国家级科技奖励，并在获奖单位中排名前三。",
        ),
    },
    Condition {
        id: "annex3_innov_direct_maker",
        text: t!(
            "近三年进入“创客中国”中小企业创新创业大赛全国 50 强企业组名单",
            "In the national top 50 of the 'Maker in China' SME contest in the last three years"
        ),
        test: Test::MakerChinaAtLeast(MakerChina::Top50),
        citation: cite(
            "附件3 四（二）2",
            2258,
            "2. 近三年进入“创客中国”中小企业创新创业大赛全国50强企业组名单。",
        ),
    },
];

static CHAIN: [Condition; 1] = [Condition { id: "annex3_chain_gap_filling",
    text: t!("位于产业链关键环节，发挥“补短板”“锻长板”“填空白”重要作用", "At a key link of the industrial chain, filling gaps and strengthening key links"),
    test: Test::Is(Flag::CHAIN_GAP_FILLING),
    citation: cite("附件3 五", 2262, "位于产业链关键环节，围绕重点产业链实现关键基础技术和产品的产业化应用，发挥“补短板”“锻长板”“填空白”重要作用。") }];

static FIELD: [Condition; 1] = [Condition { id: "annex3_field_key_field",
    text: t!("主导产品属于制造业核心基础零部件、元器件、关键软件、先进基础工艺、关键基础材料、产业技术基础，或制造强国十大重点产业领域，或网络强国相关领域", "Main product in the core industrial basics, the ten key manufacturing fields, or the key cyber fields"),
    test: Test::Is(Flag::KEY_FIELD),
    citation: cite("附件3 六", 2266, "主导产品原则上属于以下重点领域") }];

static REQUIREMENTS: [Requirement; 6] = [
    Requirement {
        id: "annex3_specialization",
        name: t!("专业化指标", "Specialization"),
        all_of: &SPECIALIZATION,
        score_route: false,
        any_of: &[],
        citation: cite("附件3 一", 2229, "一、专业化指标"),
    },
    Requirement {
        id: "annex3_refinement",
        name: t!("精细化指标", "Refinement"),
        all_of: &REFINEMENT,
        score_route: false,
        any_of: &[],
        citation: cite("附件3 二", 2233, "二、精细化指标"),
    },
    Requirement {
        id: "annex3_distinctiveness",
        name: t!("特色化指标", "Distinctiveness"),
        all_of: &DISTINCTIVENESS,
        score_route: false,
        any_of: &[],
        citation: cite("附件3 三", 2237, "三、特色化指标"),
    },
    Requirement {
        id: "annex3_innovation",
        name: t!("创新能力指标", "Innovation capability"),
        all_of: &INNOVATION_GENERAL,
        score_route: false,
        any_of: &INNOVATION_DIRECT,
        citation: cite("附件3 四", 2243, "满足一般性条件或创新直通条件。"),
    },
    Requirement {
        id: "annex3_chain",
        name: t!("产业链配套指标", "Industrial-chain support"),
        all_of: &CHAIN,
        score_route: false,
        any_of: &[],
        citation: cite("附件3 五", 2260, "五、产业链配套指标"),
    },
    Requirement {
        id: "annex3_field",
        name: t!("主导产品所属领域指标", "Field of the main product"),
        all_of: &FIELD,
        score_route: false,
        any_of: &[],
        citation: cite("附件3 六", 2264, "六、主导产品所属领域指标"),
    },
];

pub static LITTLE_GIANT: Tier = Tier {
    id: TierId::LittleGiant,
    name: t!("专精特新“小巨人”企业", "SRDI 'Little Giant' enterprise"),
    prerequisite: Some(Prerequisite {
        any_of: &[TierId::Srdi],
        or_titles: &[],
        text: t!("须为专精特新中小企业", "Must be an SRDI SME"),
        citation: cite(
            "第十二条",
            1942,
            "专精特新“小巨人”企业认定，由专精特新中小企业按属地原则自愿提出申请",
        ),
    }),
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: None,
    citation: cite(
        "附件3",
        2227,
        "专精特新“小巨人”企业认定需同时满足专、精、特、新、链、品六个方面指标。",
    ),
    confidence: Confidence::Official,
    caveat: None,
    warnings: &[],
};
