//! 专精特新中小企业, 2026 (附件1 of the 2026 办法; confidence medium-high, four
//! sources agree): all conditions must hold; there is no score any more.

use super::cite;
use crate::edge;
use crate::profile::{AwardLevel, RdInstitution};
use crate::rules::model::*;
use crate::t;

const C: Confidence = Confidence::MediumHigh;

static NICHE: [Condition; 1] = [Condition {
    id: "r2026_srdi_years",
    text: t!(
        "截至上年末从事特定细分市场 3 年以上",
        "At least 3 years in the niche market by the end of last year"
    ),
    test: Test::AtLeast(Metric::YEARS_IN_NICHE, edge!(3)),
    citation: cite(
        "附件1",
        "≥ 3 years in the niche market as at the end of last year",
        C,
    ),
}];

static REVENUE: [Condition; 1] = [Condition {
    id: "r2026_srdi_revenue", text: t!("上年度营业收入 1500 万元以上，或近 2 年新增股权融资 2000 万元以上", "Revenue last year of 15 million CNY or more, or new equity of 20 million CNY or more over 2 years"),
    test: Test::Any(&[Test::AtLeast(Metric::OPERATING_REVENUE_Y1, edge!(1500)), Test::AtLeast(Metric::EQUITY_FINANCING_2Y, edge!(2000))]),
    citation: cite("附件1", "last year's 营业收入 ≥ 1500万元, or, below that, new qualified equity over the last 2 years ≥ 2000万元", C) }];

static FOCUS: [Condition; 2] = [
    Condition {
        id: "r2026_srdi_share",
        text: t!(
            "主营业务收入占营业收入比重不低于 80%",
            "Main-business revenue at least 80% of operating revenue"
        ),
        test: Test::AtLeast(Metric::MAIN_BUSINESS_SHARE, edge!(80)),
        citation: cite("附件1", "主营业务收入 / 营业收入 ≥ 80%", C),
    },
    Condition {
        id: "r2026_srdi_debt",
        text: t!(
            "上年末资产负债率不高于 80%",
            "Debt-to-asset ratio at most 80% at last year end"
        ),
        test: Test::AtMost(Metric::DEBT_RATIO, edge!(80)),
        citation: cite("附件1", "资产负债率 at last year end ≤ 80%", C),
    },
];

static RD: [Condition; 4] = [
    Condition {
        id: "r2026_srdi_rd_y1",
        text: t!(
            "上年度研发费用不低于 100 万元",
            "R&D last year at least 1,000,000 CNY"
        ),
        test: Test::AtLeast(Metric::RD_EXPENSE_Y1, edge!(100)),
        citation: cite(
            "附件1",
            "R&D in each of the last 2 years ≥ 100万元 and ≥ 3% of 营业收入",
            C,
        ),
    },
    Condition {
        id: "r2026_srdi_rd_ratio_y1",
        text: t!(
            "上年度研发费用占营业收入比重不低于 3%",
            "R&D last year at least 3% of revenue"
        ),
        test: Test::AtLeast(Metric::RD_RATIO_Y1, edge!(3)),
        citation: cite(
            "附件1",
            "R&D in each of the last 2 years ≥ 100万元 and ≥ 3% of 营业收入",
            C,
        ),
    },
    Condition {
        id: "r2026_srdi_rd_y2",
        text: t!(
            "上上年度研发费用不低于 100 万元",
            "R&D the year before at least 1,000,000 CNY"
        ),
        test: Test::AtLeast(Metric::RD_EXPENSE_Y2, edge!(100)),
        citation: cite(
            "附件1",
            "R&D in each of the last 2 years ≥ 100万元 and ≥ 3% of 营业收入",
            C,
        ),
    },
    Condition {
        id: "r2026_srdi_rd_ratio_y2",
        text: t!(
            "上上年度研发费用占营业收入比重不低于 3%",
            "R&D the year before at least 3% of revenue"
        ),
        test: Test::AtLeast(Metric::RD_RATIO_Y2, edge!(3)),
        citation: cite(
            "附件1",
            "R&D in each of the last 2 years ≥ 100万元 and ≥ 3% of 营业收入",
            C,
        ),
    },
];

/// Class I IP: at least one tied to the main product, applied with economic
/// benefit, not transferred in (2026 change). The profile counts applied IP
/// and transferred-in IP separately; when they may overlap the answer is
/// unknown rather than assumed.
static IP: [Condition; 2] = [Condition {
    id: "r2026_srdi_ip",
    text: t!("拥有 1 项以上与主导产品相关、已应用并产生经济效益的Ⅰ类知识产权（受让取得的不计）；获省部级以上科技奖励（排名前三）或拥有省部级以上研发机构的可豁免",
        "1+ class I IP tied to the main product, applied with economic benefit (IP transferred in does not count); exempt with a provincial-or-higher S&T award (top three) or R&D institution"),
    test: Test::Any(&[
        Test::AtLeast(Metric::IP_CLASS1_APPLIED_NOT_TRANSFERRED, edge!(1)),
        Test::AwardAtLeast { level: AwardLevel::Provincial, max_rank: Some(3) },
        Test::InstitutionAtLeast(RdInstitution::Provincial),
    ]),
    citation: cite("附件1", "≥ 1 Ⅰ类 IP tied to the main product, applied with economic benefit; exempt with a 省部级 or higher science & technology award (top three among awarded units, last 3 years) or a recognised 省部级 or higher R&D institution; IP transferred in does not count (2026 change)", C),
}, SELF_APPLIED_TOP3];

/// December 2026 correction (two further sources, medium): the Ⅰ类 IP must
/// be the company's own application with the company ranked 1–3. The
/// exemptions of the IP requirement still apply.
const SELF_APPLIED_TOP3: Condition = Condition {
    id: "r2026_srdi_ip_self_top3",
    text: t!("上述Ⅰ类知识产权应为企业自主申请，且企业在权利人中排名前三（获省部级以上科技奖励排名前三或拥有省部级以上研发机构的可豁免）",
        "That class I IP must be the company's own application, with the company ranked 1–3 among the holders (same exemptions: provincial-or-higher S&T award, top three, or R&D institution)"),
    test: Test::Any(&[
        Test::AtLeast(Metric::IP_CLASS1_APPLIED_SELF_TOP3, edge!(1)),
        Test::AwardAtLeast { level: AwardLevel::Provincial, max_rank: Some(3) },
        Test::InstitutionAtLeast(RdInstitution::Provincial),
    ]),
    citation: cite("附件1（2026 年 12 月更正）", "Ⅰ类知识产权应为企业自主申请，且排名前三", Confidence::Medium),
};

static MARKET: [Condition; 1] = [Condition {
    id: "r2026_srdi_niche_share",
    text: t!(
        "主导产品细分市场占有率“较为靠前”（由企业自行判断）",
        "Main product's niche market share 'relatively leading' (the company's own judgement)"
    ),
    test: Test::Is(Flag::NICHE_SHARE_LEADING),
    citation: cite(
        "附件1",
        "main product's niche market share \"较为靠前\" (no number: a yes/no the user asserts)",
        C,
    ),
}];

static PLATFORM: [Condition; 1] = [Condition {
    id: "r2026_srdi_platform", text: t!("培育平台发展质量评价得分不低于 50 分（由官方平台计算）", "Platform development-quality score at least 50 (computed by the official platform)"),
    test: Test::AtLeast(Metric::PLATFORM_QUALITY_SCORE, edge!(50)),
    citation: cite("附件1；工信厅企业〔2024〕75号", "platform 发展质量评价得分 ≥ 50 (工信厅企业〔2024〕75号; computed only by the official platform: take it as a user input, never estimate it)", C) }];

static REQUIREMENTS: [Requirement; 7] = [
    Requirement {
        id: "r2026_srdi_niche",
        name: t!("细分市场年限", "Years in the niche"),
        all_of: &NICHE,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件1",
            "≥ 3 years in the niche market as at the end of last year",
            C,
        ),
    },
    Requirement {
        id: "r2026_srdi_scale",
        name: t!("营业收入或股权融资", "Revenue or equity"),
        all_of: &REVENUE,
        score_route: false,
        any_of: &[],
        citation: cite("附件1", "last year's 营业收入 ≥ 1500万元", C),
    },
    Requirement {
        id: "r2026_srdi_focus",
        name: t!("专业化与财务稳健", "Focus and financial soundness"),
        all_of: &FOCUS,
        score_route: false,
        any_of: &[],
        citation: cite("附件1", "主营业务收入 / 营业收入 ≥ 80%", C),
    },
    Requirement {
        id: "r2026_srdi_rd",
        name: t!("研发投入（近 2 年每年）", "R&D (each of the last 2 years)"),
        all_of: &RD,
        score_route: false,
        any_of: &[],
        citation: cite(
            "附件1",
            "R&D in each of the last 2 years ≥ 100万元 and ≥ 3% of 营业收入",
            C,
        ),
    },
    Requirement {
        id: "r2026_srdi_ip_req",
        name: t!("知识产权", "Intellectual property"),
        all_of: &IP,
        score_route: false,
        any_of: &[],
        citation: cite("附件1", "≥ 1 Ⅰ类 IP tied to the main product", C),
    },
    Requirement {
        id: "r2026_srdi_market",
        name: t!("市场地位", "Market position"),
        all_of: &MARKET,
        score_route: false,
        any_of: &[],
        citation: cite("附件1", "main product's niche market share \"较为靠前\"", C),
    },
    Requirement {
        id: "r2026_srdi_quality",
        name: t!("发展质量评价", "Development-quality score"),
        all_of: &PLATFORM,
        score_route: false,
        any_of: &[],
        citation: cite("附件1", "platform 发展质量评价得分 ≥ 50", C),
    },
];

pub static SRDI: Tier = Tier {
    id: TierId::Srdi,
    name: t!(
        "专精特新中小企业",
        "Specialized, refined, distinctive and innovative (SRDI) SME"
    ),
    prerequisite: Some(Prerequisite {
        any_of: &[TierId::TechSme, TierId::Innovative],
        or_titles: &[TitleKind::TechSme, TitleKind::Innovative],
        text: t!(
            "须为有效期内的科技和创新型中小企业（科技型中小企业或创新型中小企业）",
            "Must hold a valid technology-based or innovative SME title"
        ),
        citation: cite("附件1", "holds a valid 科技和创新型中小企业 title", C),
    }),
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: None,
    citation: cite(
        "附件1",
        "专精特新中小企业, 2026 (附件1; confidence medium-high, 4 sources agree)",
        C,
    ),
    confidence: C,
    caveat: Some(super::CAVEAT),
    warnings: &[],
};
