//! 科技型中小企业 (《科技型中小企业评价办法》, 国科发政〔2017〕115号; confidence
//! high): size conditions, a score of 60 out of 100 with a non-zero 科技人员
//! score, or a direct confirmation. Lower bounds are inclusive (含).

use super::cite_tech;
use crate::edge;
use crate::profile::{AwardLevel, RdInstitution};
use crate::rules::documents::{TECH_SME_GUIDE_2022, TECH_SME_NOTICE_2024};
use crate::rules::model::*;
use crate::t;

static CATEGORIES: [Category; 3] = [
    Category {
        id: "sci_tech_staff",
        name: t!("科技人员", "S&T staff"),
        max_points: 20,
        minimum: None,
        citation: cite_tech("附件 评价指标（一）", "科技人员 / 职工总数 (max 20)"),
    },
    Category {
        id: "rd_input",
        name: t!("研发投入", "R&D input"),
        max_points: 50,
        minimum: None,
        citation: cite_tech(
            "附件 评价指标（二）",
            "研发投入 (max 50), the applicant chooses one measure",
        ),
    },
    Category {
        id: "results",
        name: t!("科技成果", "S&T results"),
        max_points: 30,
        minimum: None,
        citation: cite_tech("附件 评价指标（三）", "科技成果 (max 30)"),
    },
];

static STAFF: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(30)),
        max: None,
        points: 20,
        text: t!("30%（含）以上", "30% or more"),
    },
    Band {
        label: "B",
        min: Some(edge!(25)),
        max: None,
        points: 16,
        text: t!("25%（含）-30%", "25%-30%"),
    },
    Band {
        label: "C",
        min: Some(edge!(20)),
        max: None,
        points: 12,
        text: t!("20%（含）-25%", "20%-25%"),
    },
    Band {
        label: "D",
        min: Some(edge!(15)),
        max: None,
        points: 8,
        text: t!("15%（含）-20%", "15%-20%"),
    },
    Band {
        label: "E",
        min: Some(edge!(10)),
        max: None,
        points: 4,
        text: t!("10%（含）-15%", "10%-15%"),
    },
    Band {
        label: "F",
        min: None,
        max: None,
        points: 0,
        text: t!("10% 以下", "below 10%"),
    },
];

static RD_TO_REVENUE: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(6)),
        max: None,
        points: 50,
        text: t!("研发费用占销售收入 6%（含）以上", "R&D 6% or more of sales"),
    },
    Band {
        label: "B",
        min: Some(edge!(5)),
        max: None,
        points: 40,
        text: t!("5%（含）-6%", "5%-6% of sales"),
    },
    Band {
        label: "C",
        min: Some(edge!(4)),
        max: None,
        points: 30,
        text: t!("4%（含）-5%", "4%-5% of sales"),
    },
    Band {
        label: "D",
        min: Some(edge!(3)),
        max: None,
        points: 20,
        text: t!("3%（含）-4%", "3%-4% of sales"),
    },
    Band {
        label: "E",
        min: Some(edge!(2)),
        max: None,
        points: 10,
        text: t!("2%（含）-3%", "2%-3% of sales"),
    },
    Band {
        label: "F",
        min: None,
        max: None,
        points: 0,
        text: t!("2% 以下", "below 2% of sales"),
    },
];

static RD_TO_COST: [Band; 6] = [
    Band {
        label: "A",
        min: Some(edge!(30)),
        max: None,
        points: 50,
        text: t!(
            "研发费用占成本费用支出 30%（含）以上",
            "R&D 30% or more of total costs"
        ),
    },
    Band {
        label: "B",
        min: Some(edge!(25)),
        max: None,
        points: 40,
        text: t!("25%（含）-30%", "25%-30% of costs"),
    },
    Band {
        label: "C",
        min: Some(edge!(20)),
        max: None,
        points: 30,
        text: t!("20%（含）-25%", "20%-25% of costs"),
    },
    Band {
        label: "D",
        min: Some(edge!(15)),
        max: None,
        points: 20,
        text: t!("15%（含）-20%", "15%-20% of costs"),
    },
    Band {
        label: "E",
        min: Some(edge!(10)),
        max: None,
        points: 10,
        text: t!("10%（含）-15%", "10%-15% of costs"),
    },
    Band {
        label: "F",
        min: None,
        max: None,
        points: 0,
        text: t!("10% 以下", "below 10% of costs"),
    },
];

static RESULTS: [Rung; 6] = [
    Rung {
        label: "A",
        test: Test::AtLeast(Metric::IP_CLASS1, edge!(1)),
        points: 30,
        text: t!("拥有 1 项及以上Ⅰ类知识产权", "1+ class I IP"),
    },
    Rung {
        label: "B",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(4)),
        points: 24,
        text: t!("4 项及以上Ⅱ类知识产权", "4+ class II IP"),
    },
    Rung {
        label: "C",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(3)),
        points: 18,
        text: t!("3 项Ⅱ类知识产权", "3 class II IP"),
    },
    Rung {
        label: "D",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(2)),
        points: 12,
        text: t!("2 项Ⅱ类知识产权", "2 class II IP"),
    },
    Rung {
        label: "E",
        test: Test::AtLeast(Metric::IP_CLASS2, edge!(1)),
        points: 6,
        text: t!("1 项Ⅱ类知识产权", "1 class II IP"),
    },
    Rung {
        label: "F",
        test: Test::Always,
        points: 0,
        text: t!("没有知识产权", "None"),
    },
];

static INDICATORS: [Indicator; 3] = [
    Indicator { id: "tech_sme_staff_share", number: 1, category: 0, max_points: 20,
        name: t!("科技人员占职工总数比例", "S&T staff / employees"),
        scoring: Scoring::Bands { metric: Metric::SCI_TECH_STAFF_SHARE, bands: &STAFF },
        citation: cite_tech("附件 评价指标（一）", "科技人员 / 职工总数 (max 20): ≥30% 20; ≥25% 16; ≥20% 12; ≥15% 8; ≥10% 4; else 0."),
        help: Some(t!("科技人员：直接从事研发和相关技术创新活动及专门从事上述活动管理和提供直接服务的人员", "S&T staff: people in R&D and technical innovation, and those managing or directly serving it")) },
    Indicator { id: "tech_sme_rd_input", number: 2, category: 1, max_points: 50,
        name: t!("研发投入（两种口径取高者）", "R&D input (the better of two measures)"),
        scoring: Scoring::BestOf(&[(Metric::RD_RATIO_Y1, &RD_TO_REVENUE), (Metric::RD_TO_COST_RATIO, &RD_TO_COST)]),
        citation: cite_tech("附件 评价指标（二）", "研发费用 / 销售收入: ≥6% 50; ≥5% 40; ≥4% 30; ≥3% 20; ≥2% 10; else 0; or 研发费用 / 成本费用支出总额: ≥30% 50; ≥25% 40; ≥20% 30; ≥15% 20; ≥10% 10; else 0."),
        help: Some(t!("企业可任选一种口径；本工具两种都算并取较高者。成本费用支出总额请在财务数据中填写", "The applicant picks one measure; both are computed here and the better is used. Fill in total costs under Financials")) },
    Indicator { id: "tech_sme_results", number: 3, category: 2, max_points: 30,
        name: t!("科技成果", "S&T results"),
        scoring: Scoring::Ladder(&RESULTS),
        citation: cite_tech("附件 评价指标（三）", "科技成果 (max 30): ≥1 Ⅰ类 30; else Ⅱ类 count ≥4 24, 3 18, 2 12, 1 6; none 0."),
        help: Some(super::super::miit2022::annex1::IP_HELP) },
];

/// A citation of the 工作指引 or the 2024 notice (December 2026
/// corrections: two secondary sources, medium confidence).
const fn cite_torch(
    document: &'static Document,
    article: &'static str,
    quote: &'static str,
) -> Citation {
    Citation::public(document, article, quote, Confidence::Medium)
}

static SIZE: [Condition; 4] = [
    Condition {
        id: "tech_sme_employees",
        text: t!("职工总数不超过 500 人", "At most 500 employees"),
        test: Test::AtMost(Metric::EMPLOYEES, edge!(500)),
        citation: cite_tech("第六条", "职工总数 ≤ 500"),
    },
    Condition {
        id: "tech_sme_revenue",
        text: t!(
            "年销售收入不超过 2 亿元",
            "Annual sales at most 200 million CNY"
        ),
        test: Test::AtMost(Metric::OPERATING_REVENUE_Y1, edge!(20000)),
        citation: cite_tech("第六条", "年销售收入 ≤ 2亿元"),
    },
    Condition {
        id: "tech_sme_assets",
        text: t!(
            "资产总额不超过 2 亿元",
            "Total assets at most 200 million CNY"
        ),
        test: Test::AtMost(Metric::TOTAL_ASSETS, edge!(20000)),
        citation: cite_tech("第六条", "资产总额 ≤ 2亿元"),
    },
    Condition {
        id: "tech_sme_tax_by_audit",
        text: t!(
            "会计核算健全、实行查账征收并能够准确归集研发费用（核定征收的企业不符合）",
            "Sound accounts, taxed on audited accounts (查账征收) and R&D costs accurately collected (a company taxed on a deemed basis does not qualify)"
        ),
        test: Test::Is(Flag::TAX_BY_AUDIT),
        citation: cite_torch(
            &TECH_SME_GUIDE_2022,
            "工作指引 基本条件（2024、2025 年通知沿用）",
            "会计核算健全、实行查账征收并能够准确归集研发费用",
        ),
    },
];

/// The 2024 notice's field-check triggers: a company they fit is checked
/// on site; none of them fails the tier.
static FIELD_CHECKS: [Condition; 3] = [
    Condition {
        id: "tech_sme_check_staff",
        text: t!(
            "职工总数不超过 5 人：将被列为实地核查对象",
            "5 employees or fewer: the company will be checked on site"
        ),
        test: Test::AtMost(Metric::EMPLOYEES, edge!(5)),
        citation: cite_torch(&TECH_SME_NOTICE_2024, "实地核查情形", "≤ 5 staff"),
    },
    Condition {
        id: "tech_sme_check_no_ip",
        text: t!(
            "没有任何知识产权：将被列为实地核查对象",
            "No IP at all: the company will be checked on site"
        ),
        test: Test::All(&[
            Test::AtMost(Metric::IP_CLASS1, edge!(0)),
            Test::AtMost(Metric::IP_CLASS2, edge!(0)),
        ]),
        citation: cite_torch(&TECH_SME_NOTICE_2024, "实地核查情形", "no IP at all"),
    },
    Condition {
        id: "tech_sme_check_first_rd",
        text: t!(
            "首次申报且上年度研发费用低于 10 万元：将被列为实地核查对象（未填写科技型中小企业有效期的视为首次申报）",
            "First application with R&D below 100,000 CNY last year: the company will be checked on site (no technology-based SME title date given counts as a first application)"
        ),
        test: Test::All(&[
            Test::IsNot(Flag::TECH_SME_TITLE_RECORDED),
            Test::Below(Metric::RD_EXPENSE_Y1, edge!(10)),
        ]),
        citation: cite_torch(
            &TECH_SME_NOTICE_2024,
            "实地核查情形",
            "first-time applicant with R&D < 10万元",
        ),
    },
];

/// The pass rule's second half: 科技人员 must not score 0 (share ≥ 10%).
static STAFF_NONZERO: [Condition; 1] = [Condition {
    id: "tech_sme_staff_nonzero",
    text: t!(
        "科技人员指标得分不为 0（科技人员占比不低于 10%）",
        "The S&T staff score is not 0 (at least 10% S&T staff)"
    ),
    test: Test::AtLeast(Metric::SCI_TECH_STAFF_SHARE, edge!(10)),
    citation: cite_tech(
        "第七条",
        "Pass: total ≥ 60 and the 科技人员 score is not 0.",
    ),
}];

static DIRECT: [Condition; 4] = [
    Condition { id: "tech_sme_direct_high_tech", text: t!("拥有有效期内的高新技术企业资格证书", "A valid high-tech enterprise certificate"),
        test: Test::Is(Flag::HIGH_TECH_ENTERPRISE), citation: cite_tech("第八条（一）", "valid 高新技术企业") },
    Condition { id: "tech_sme_direct_award", text: t!("近五年内获得过国家级科技奖励，并在获奖单位中排名前三", "A national S&T award in the last five years, ranked top three"),
        test: Test::AwardAtLeast { level: AwardLevel::National, max_rank: Some(3) }, citation: cite_tech("第八条（二）", "national S&T award in the last 5 years, top three") },
    Condition { id: "tech_sme_direct_institution", text: t!("拥有经认定的省部级以上研发机构", "A recognised R&D institution at provincial (ministerial) level or above"),
        test: Test::InstitutionAtLeast(RdInstitution::Provincial), citation: cite_tech("第八条（三）", "recognised 省部级 or higher R&D institution") },
    Condition { id: "tech_sme_direct_standard", text: t!("近五年内主导制定过国际标准、国家标准或行业标准", "Led drafting of an international, national or industry standard in the last five years"),
        test: Test::Is(Flag::LED_MAJOR_STANDARD_5Y), citation: cite_tech("第八条（四）", "led drafting of an international, national or industry standard in the last 5 years") },
];

static REQUIREMENTS: [Requirement; 2] = [
    Requirement {
        id: "tech_sme_conditions",
        name: t!("基本条件", "Conditions"),
        all_of: &SIZE,
        score_route: false,
        any_of: &[],
        citation: cite_tech(
            "第六条",
            "职工总数 ≤ 500, 年销售收入 ≤ 2亿元, 资产总额 ≤ 2亿元",
        ),
    },
    Requirement {
        id: "tech_sme_score_or_direct",
        name: t!("评价得分或直接认定", "Score or direct confirmation"),
        all_of: &STAFF_NONZERO,
        score_route: true,
        any_of: &DIRECT,
        citation: cite_tech(
            "第七条、第八条",
            "Pass: total ≥ 60 and the 科技人员 score is not 0.",
        ),
    },
];

pub static TECH_SME: Tier = Tier {
    id: TierId::TechSme,
    name: t!("科技型中小企业", "Technology-based SME"),
    prerequisite: None,
    preconditions: true,
    requirements: &REQUIREMENTS,
    scorecard: Some(Scorecard {
        pass_mark: 60,
        max_points: 100,
        categories: &CATEGORIES,
        indicators: &INDICATORS,
        citation: cite_tech("附件", "科技人员 (20) + 研发投入 (50) + 科技成果 (30)"),
    }),
    citation: cite_tech("国科发政〔2017〕115号", "科技型中小企业 (国科发政〔2017〕115号; confidence high)"),
    confidence: Confidence::High,
    caveat: Some(t!("科技型中小企业评分依据项目规格整理（可信度高）；2026 年起与创新型中小企业并列为“科技和创新型中小企业”",
        "Technology-based SME scoring from the project spec (high confidence); from 2026 it stands beside the innovative SME as the bottom tier")),
    warnings: &FIELD_CHECKS,
};
