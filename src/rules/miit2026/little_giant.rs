//! 专精特新“小巨人”, 2026 (附件2 of the 2026 办法; confidence medium, three
//! sources agree): all conditions must hold.

use super::cite;
use crate::edge;
use crate::profile::AwardLevel;
use crate::rules::model::*;
use crate::t;

const C: Confidence = Confidence::Medium;

static SCALE: [Condition; 4] = [
    Condition { id: "r2026_lg_years", text: t!("从事特定细分市场 3 年以上", "At least 3 years in the niche"),
        test: Test::AtLeast(Metric::YEARS_IN_NICHE, edge!(3)), citation: cite("附件2", "≥ 3 years in the niche", C) },
    Condition { id: "r2026_lg_revenue", text: t!("上年度营业收入 5000 万元以上", "Revenue last year of 50 million CNY or more"),
        test: Test::AtLeast(Metric::OPERATING_REVENUE_Y1, edge!(5000)), citation: cite("附件2", "营业收入 ≥ 5000万元", C) },
    Condition { id: "r2026_lg_share", text: t!("主营业务收入占比不低于 90%", "Main-business share at least 90%"),
        test: Test::AtLeast(Metric::MAIN_BUSINESS_SHARE, edge!(90)), citation: cite("附件2", "主营业务收入 share ≥ 90%", C) },
    // The review waiver is a December 2026 correction (two sources).
    Condition { id: "r2026_lg_cagr", text: t!("近两年营业收入复合增长率不低于 5%（上年度 ≥ 前年度 × 1.1025）；复核企业不考查", "Revenue CAGR over 2 years at least 5% (last year ≥ 1.1025 × two years before); waived for a review"),
        test: Test::Any(&[Test::AtLeast(Metric::REVENUE_CAGR_2Y, edge!(5)), Test::Is(Flag::LITTLE_GIANT_REVIEW)]),
        citation: cite("附件2", "近两年营业收入复合增长率 ≥ 5%, computed as (营业收入 y1 / 营业收入 y3)^(1/2) − 1 (so y1 ≥ 1.1025 × y3); 复核企业不考查该项指标", C) },
];

static SOUNDNESS: [Condition; 1] = [Condition {
    id: "r2026_lg_debt",
    text: t!("资产负债率不高于 75%", "Debt-to-asset ratio at most 75%"),
    test: Test::AtMost(Metric::DEBT_RATIO, edge!(75)),
    citation: cite("附件2", "资产负债率 ≤ 75%", C),
}];

static RD: [Condition; 3] = [
    Condition {
        id: "r2026_lg_rd_total",
        text: t!(
            "近两年研发费用合计不低于 1200 万元",
            "R&D over the last 2 years at least 12 million CNY in total"
        ),
        test: Test::AtLeast(Metric::RD_EXPENSE_TOTAL_2Y, edge!(1200)),
        citation: cite(
            "附件2",
            "R&D over the last 2 years in total ≥ 1200万元, and ≥ 3% in each year",
            C,
        ),
    },
    Condition {
        id: "r2026_lg_rd_ratio_y1",
        text: t!(
            "上年度研发费用占营业收入比重不低于 3%",
            "R&D last year at least 3% of revenue"
        ),
        test: Test::AtLeast(Metric::RD_RATIO_Y1, edge!(3)),
        citation: cite(
            "附件2",
            "R&D over the last 2 years in total ≥ 1200万元, and ≥ 3% in each year",
            C,
        ),
    },
    Condition {
        id: "r2026_lg_rd_ratio_y2",
        text: t!(
            "上上年度研发费用占营业收入比重不低于 3%",
            "R&D the year before at least 3% of revenue"
        ),
        test: Test::AtLeast(Metric::RD_RATIO_Y2, edge!(3)),
        citation: cite(
            "附件2",
            "R&D over the last 2 years in total ≥ 1200万元, and ≥ 3% in each year",
            C,
        ),
    },
];

/// The spec states the transfer exclusion for 专精特新 only ("IP transferred
/// in does not count (2026 change)"); for 小巨人 it says "≥ 4 Ⅰ类 IP tied to
/// the main product", read literally.
static IP: [Condition; 2] = [Condition { id: "r2026_lg_ip",
    text: t!("拥有 4 项以上与主导产品相关的Ⅰ类知识产权；近三年获国家级科技奖励（排名前三）的可豁免", "4+ class I IP tied to the main product; exempt with a national S&T award in the last three years (top three)"),
    test: Test::Any(&[Test::AtLeast(Metric::IP_CLASS1, edge!(4)), Test::AwardAtLeast { level: AwardLevel::National, max_rank: Some(3) }]),
    citation: cite("附件2", "≥ 4 Ⅰ类 IP tied to the main product; exempt with a national science & technology award (top three, last 3 years)", C) },
    // December 2026 correction (two sources): only the company's own
    // applications, ranked 1–3, count.
    Condition { id: "r2026_lg_ip_self_top3",
    text: t!("上述Ⅰ类知识产权只计企业自主申请且排名前三的（近三年获国家级科技奖励排名前三的可豁免）", "Only class I IP the company applied for itself, ranked 1–3, counts (exempt with a national S&T award, top three)"),
    test: Test::Any(&[Test::AtLeast(Metric::IP_CLASS1_SELF_TOP3, edge!(4)), Test::AwardAtLeast { level: AwardLevel::National, max_rank: Some(3) }]),
    citation: cite("附件2（2026 年 12 月更正）", "Ⅰ类知识产权应为企业自主申请，且排名前三", C) }];

static MARKET: [Condition; 2] = [
    Condition {
        id: "r2026_lg_market",
        text: t!(
            "国内或国际细分市场占有率 10% 以上，或位居国内前三",
            "Niche market share of 10% or more, or top three in China"
        ),
        test: Test::Any(&[
            Test::AtLeast(Metric::MARKET_SHARE, edge!(10)),
            Test::Is(Flag::NICHE_TOP3_DOMESTIC),
        ]),
        citation: cite(
            "附件2",
            "domestic or international niche market share ≥ 10% or top three in China",
            C,
        ),
    },
    Condition {
        id: "r2026_lg_key_chain",
        text: t!(
            "主导产品属于制造业“六基”领域或位于重点产业链关键环节",
            "Main product in the manufacturing 'six basics' or at a key link of a key chain"
        ),
        test: Test::Is(Flag::KEY_CHAIN_2026),
        citation: cite(
            "附件2",
            "main product in the manufacturing \"六基\" or at a key link of a key chain",
            C,
        ),
    },
];

/// New applicants: 60 points this year; a review (复核): 60 in either of
/// the last two years. Two conditions so that each keeps its source's
/// confidence; together they ask: score ≥ 60, or a review with the year
/// before's score ≥ 60.
static PLATFORM: [Condition; 2] = [
    Condition {
        id: "r2026_lg_platform",
        text: t!(
            "培育平台发展质量评价得分不低于 60 分（由官方平台计算；复核企业见下条）",
            "Platform development-quality score at least 60 (computed by the official platform; for a review see below)"
        ),
        test: Test::Any(&[
            Test::AtLeast(Metric::PLATFORM_QUALITY_SCORE, edge!(60)),
            Test::Is(Flag::LITTLE_GIANT_REVIEW),
        ]),
        citation: cite("附件2", "platform 发展质量评价得分 ≥ 60 (user input)", C),
    },
    Condition {
        id: "r2026_lg_platform_review",
        text: t!(
            "复核企业：近两年任意一年发展质量评价得分达 60 分以上",
            "A review: a platform score of 60 or more in either of the last two years"
        ),
        // The scores first: what a company proves is the score it has.
        test: Test::Any(&[
            Test::AtLeast(Metric::PLATFORM_QUALITY_SCORE, edge!(60)),
            Test::AtLeast(Metric::PLATFORM_QUALITY_SCORE_PREV, edge!(60)),
            Test::IsNot(Flag::LITTLE_GIANT_REVIEW),
        ]),
        citation: cite(
            "附件2（2026 年 12 月更正，复核）",
            "近两年任意一年达60分以上",
            Confidence::MediumLow,
        ),
    },
];

static REQUIREMENTS: [Requirement; 6] = [
    Requirement {
        id: "r2026_lg_scale_req",
        name: t!("规模与成长", "Scale and growth"),
        all_of: &SCALE,
        score_route: false,
        any_of: &[],
        citation: cite("附件2", "营业收入 ≥ 5000万元; 主营业务收入 share ≥ 90%", C),
    },
    Requirement {
        id: "r2026_lg_soundness",
        name: t!("财务稳健", "Financial soundness"),
        all_of: &SOUNDNESS,
        score_route: false,
        any_of: &[],
        citation: cite("附件2", "资产负债率 ≤ 75%", C),
    },
    Requirement {
        id: "r2026_lg_rd_req",
        name: t!("研发投入", "R&D"),
        all_of: &RD,
        score_route: false,
        any_of: &[],
        citation: cite("附件2", "R&D over the last 2 years in total ≥ 1200万元", C),
    },
    Requirement {
        id: "r2026_lg_ip_req",
        name: t!("知识产权", "Intellectual property"),
        all_of: &IP,
        score_route: false,
        any_of: &[],
        citation: cite("附件2", "≥ 4 Ⅰ类 IP tied to the main product", C),
    },
    Requirement {
        id: "r2026_lg_market_req",
        name: t!("市场地位与产业链", "Market position and chain"),
        all_of: &MARKET,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件2",
            "domestic or international niche market share ≥ 10% or top three in China",
            C,
        ),
    },
    Requirement {
        id: "r2026_lg_quality",
        name: t!("发展质量评价", "Development-quality score"),
        all_of: &PLATFORM,
        score_route: false,
        any_of: &[],
        citation: cite("附件2", "platform 发展质量评价得分 ≥ 60 (user input)", C),
    },
];

pub static LITTLE_GIANT: Tier = Tier {
    id: TierId::LittleGiant,
    name: t!("专精特新“小巨人”企业", "SRDI 'Little Giant' enterprise"),
    prerequisite: Some(Prerequisite {
        any_of: &[TierId::Srdi],
        or_titles: &[TitleKind::Srdi],
        text: t!(
            "须为有效期内的专精特新中小企业",
            "Must hold a valid SRDI SME title"
        ),
        citation: cite("附件2", "holds a valid 专精特新中小企业 title", C),
    }),
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: None,
    citation: cite(
        "附件2",
        "专精特新\"小巨人\", 2026 (附件2; confidence medium, 3 sources agree)",
        C,
    ),
    confidence: C,
    caveat: Some(super::CAVEAT),
    warnings: &[],
};
