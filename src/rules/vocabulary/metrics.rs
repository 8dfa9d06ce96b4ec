//! Every metric, declared once: id, name, unit, inputs, derivation, bounds,
//! where it is shown, how the advice moves it, and where 附件4 defines it.
//! The order is the order of `metrics` in `sme-assessment/1` and of the
//! form's derived figures.

use super::derive::{
    cagr_at_least, count, hires, ip_subset, more_ip, rd_for, rd_more, value, ANNUAL,
    AVERAGE_GROWTH, CLASS1, CLASS2, DIGITAL, EQUITY, GROWTH, HIGH_VALUE, MAIN_PRODUCT,
    MARKET_SHARE,
};
use super::lever::{IpKind, Lever, Reach};
use super::metric::{Metric, MetricDef, Report, Unit, BASE};
use super::metrics_2026 as m2026;
use crate::number::{average_growth, cagr_2y, count_percent, growth_pct, mean, percent, sum};
use crate::t;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use std::fmt;

macro_rules! metrics {
    ($($(#[$doc:meta])* $name:ident = $def:expr;)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u8)]
        enum Index { $($name),* }

        impl Metric {
            $($(#[$doc])* pub const $name: Metric = Metric(Index::$name as u8);)*
        }

        /// Every metric, in report and form order; `Metric::X.def()` is
        /// `METRICS[X]`.
        pub static METRICS: [MetricDef; METRIC_COUNT] = [$($def),*];

        /// How many metrics there are.
        pub const METRIC_COUNT: usize = [$(stringify!($name)),*].len();

        /// Bit i set when metric i declares an exact `at_least` (its
        /// value is rounded): read from the same declarations, at compile
        /// time, so the facts' inline comparison needs no look into them.
        const _: () = assert!(METRIC_COUNT <= 64, "EXACT_AT_LEAST is one u64");
        const EXACT_AT_LEAST: u64 = {
            let mut bits = 0u64;
            $(if ($def).at_least.is_some() {
                bits |= 1 << (Index::$name as u8);
            })*
            bits
        };
    };
}

impl Metric {
    /// Its declaration.
    pub fn def(self) -> &'static MetricDef {
        &METRICS[self.0 as usize]
    }

    /// Does its declaration decide "≥ t" itself (`MetricDef::at_least`)?
    #[inline(always)]
    pub fn has_exact_at_least(self) -> bool {
        (EXACT_AT_LEAST >> self.0) & 1 == 1
    }

    /// Every metric, in declaration order.
    pub fn all() -> impl Iterator<Item = Metric> {
        (0..METRIC_COUNT as u8).map(Metric)
    }
}

impl fmt::Debug for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.def().key)
    }
}

metrics! {
    /// 研发费用 / 营业收入 × 100, last year.
    RD_RATIO_Y1 = MetricDef {
        key: "rd_ratio_y1",
        name: t!("上年度研发费用占营业收入比重", "R&D / revenue (last year)"),
        inputs: &["financials.rd_expense.y1", "financials.operating_revenue.y1"],
        derive: |p| percent(p.financials.rd_expense.y1, p.financials.operating_revenue.y1),
        report: Report::Always,
        beside: Some(("financials.rd_expense", t!("占营业收入", "of revenue"))),
        reach: Some(Reach {
            lever: Lever::RdExpense,
            amount: |p, t| rd_for(p.financials.operating_revenue.y1, p, t),
        }),
        citation: ANNUAL,
        ..BASE
    };
    /// 研发费用 / 营业收入 × 100, the year before.
    RD_RATIO_Y2 = MetricDef {
        key: "rd_ratio_y2",
        name: t!("上上年度研发费用占营业收入比重", "R&D / revenue (the year before)"),
        inputs: &["financials.rd_expense.y2", "financials.operating_revenue.y2"],
        derive: |p| percent(p.financials.rd_expense.y2, p.financials.operating_revenue.y2),
        report: Report::Always,
        beside: Some(("financials.rd_expense", t!("占营业收入", "of revenue"))),
        ..BASE
    };
    /// 主营业务收入 / 营业收入 × 100, last year.
    MAIN_BUSINESS_SHARE = MetricDef {
        key: "main_business_share_y1",
        name: t!("主营业务收入占营业收入比重", "Main-business share of revenue"),
        inputs: &["financials.main_business_revenue.y1", "financials.operating_revenue.y1"],
        derive: |p| {
            percent(p.financials.main_business_revenue.y1, p.financials.operating_revenue.y1)
        },
        report: Report::Always,
        beside: Some(("financials.main_business_revenue", t!("占比", "share"))),
        citation: MAIN_PRODUCT,
        ..BASE
    };
    /// 主营业务收入增长率 of last year, 附件4 (十四).
    MAIN_BUSINESS_GROWTH_Y1 = MetricDef {
        key: "main_business_growth_y1",
        name: t!("上年度主营业务收入增长率", "Main-business growth (last year)"),
        inputs: &["financials.main_business_revenue.y1", "financials.main_business_revenue.y2"],
        derive: |p| {
            let m = &p.financials.main_business_revenue;
            growth_pct(m.y1, m.y2)
        },
        report: Report::Always,
        beside: Some(("financials.main_business_revenue", t!("增长率", "growth"))),
        citation: GROWTH,
        ..BASE
    };
    /// 主营业务收入增长率 of the year before.
    MAIN_BUSINESS_GROWTH_Y2 = MetricDef {
        key: "main_business_growth_y2",
        name: t!("上上年度主营业务收入增长率", "Main-business growth (the year before)"),
        inputs: &["financials.main_business_revenue.y2", "financials.main_business_revenue.y3"],
        derive: |p| {
            let m = &p.financials.main_business_revenue;
            growth_pct(m.y2, m.y3)
        },
        report: Report::Always,
        beside: Some(("financials.main_business_revenue", t!("增长率", "growth"))),
        citation: GROWTH,
        ..BASE
    };
    /// 近2年主营业务收入平均增长率, 附件4 (十四).
    MAIN_BUSINESS_GROWTH_AVG_2Y = MetricDef {
        key: "main_business_growth_avg_2y",
        name: t!("近2年主营业务收入平均增长率", "Average main-business growth, 2 years"),
        inputs: &[
            "financials.main_business_revenue.y1",
            "financials.main_business_revenue.y2",
            "financials.main_business_revenue.y3",
        ],
        derive: |p| {
            let m = &p.financials.main_business_revenue;
            average_growth(m.y1, m.y2, m.y3)
        },
        report: Report::Always,
        beside: Some(("financials.main_business_revenue", t!("近2年平均", "2-yr avg"))),
        citation: AVERAGE_GROWTH,
        ..BASE
    };
    /// 净利润 / 营业收入 × 100, last year.
    NET_MARGIN = MetricDef {
        key: "net_margin_y1",
        name: t!("上年度净利润率", "Net margin, last year"),
        inputs: &["financials.net_profit.y1", "financials.operating_revenue.y1"],
        derive: |p| percent(p.financials.net_profit.y1, p.financials.operating_revenue.y1),
        report: Report::Always,
        beside: Some(("financials.net_profit", t!("净利润率", "net margin"))),
        citation: ANNUAL,
        ..BASE
    };
    /// 负债总额 / 资产总额 × 100, last year.
    DEBT_RATIO = MetricDef {
        key: "debt_ratio_y1",
        name: t!("上年度资产负债率", "Debt-to-asset ratio, last year"),
        inputs: &["financials.total_liabilities.y1", "financials.total_assets.y1"],
        derive: |p| percent(p.financials.total_liabilities.y1, p.financials.total_assets.y1),
        report: Report::Always,
        beside: Some(("financials.total_liabilities", t!("资产负债率", "debt ratio"))),
        citation: ANNUAL,
        ..BASE
    };
    /// 研发人员 / 职工总数 × 100.
    RD_STAFF_SHARE = MetricDef {
        key: "rd_staff_share",
        name: t!("研发人员占职工总数比重", "R&D staff share"),
        inputs: &["company.rd_employees", "company.employees"],
        derive: |p| count_percent(p.company.rd_employees, p.company.employees),
        report: Report::Always,
        beside: Some(("company", t!("研发人员占比", "R&D staff share"))),
        reach: Some(Reach {
            lever: Lever::HireRdStaff,
            amount: |p, t| hires(p.company.rd_employees, p.company.employees, t),
        }),
        ..BASE
    };
    /// 科技人员 / 职工总数 × 100 (科技型中小企业).
    SCI_TECH_STAFF_SHARE = MetricDef {
        key: "sci_tech_staff_share",
        name: t!("科技人员占职工总数比重", "S&T staff share"),
        inputs: &["company.sci_tech_staff", "company.employees"],
        derive: |p| count_percent(p.company.sci_tech_staff, p.company.employees),
        report: Report::WhenKnown,
        reach: Some(Reach {
            lever: Lever::HireSciTechStaff,
            amount: |p, t| hires(p.company.sci_tech_staff, p.company.employees, t),
        }),
        ..BASE
    };
    /// 研发费用 / 成本费用支出总额 × 100, last year (科技型中小企业).
    RD_TO_COST_RATIO = MetricDef {
        key: "rd_to_cost_ratio_y1",
        name: t!("研发费用占成本费用支出总额比重", "R&D / total costs and expenses"),
        inputs: &["financials.rd_expense.y1", "financials.cost_expense_total.y1"],
        derive: |p| percent(p.financials.rd_expense.y1, p.financials.cost_expense_total.y1),
        report: Report::WhenKnown,
        beside: Some(("financials.cost_expense_total", t!("研发费用占比", "R&D share"))),
        reach: Some(Reach {
            lever: Lever::RdExpense,
            amount: |p, t| rd_for(p.financials.cost_expense_total.y1, p, t),
        }),
        ..BASE
    };
    /// 近两年营业收入复合增长率 (2026): (y1 / y3)^(1/2) − 1, × 100.
    REVENUE_CAGR_2Y = MetricDef {
        key: "revenue_cagr_2y",
        name: t!("近两年营业收入复合增长率", "Revenue CAGR, last 2 years"),
        inputs: &["financials.operating_revenue.y1", "financials.operating_revenue.y3"],
        derive: |p| {
            let r = &p.financials.operating_revenue;
            value(cagr_2y(r.y1, r.y3))
        },
        at_least: Some(cagr_at_least),
        report: Report::WhenKnown,
        ..BASE
    };
    /// 研发费用总额 (万元), last year.
    RD_EXPENSE_Y1 = MetricDef {
        key: "rd_expense_y1",
        name: t!("上年度研发费用总额", "R&D expense (last year)"),
        unit: Unit::Wan,
        inputs: &["financials.rd_expense.y1"],
        derive: |p| value(p.financials.rd_expense.y1),
        reach: Some(Reach {
            lever: Lever::RdExpense,
            amount: |p, t| t.checked_sub(p.financials.rd_expense.y1?),
        }),
        citation: ANNUAL,
        ..BASE
    };
    /// 研发费用总额 (万元), the year before.
    RD_EXPENSE_Y2 = MetricDef {
        key: "rd_expense_y2",
        name: t!("上上年度研发费用总额", "R&D expense (the year before)"),
        unit: Unit::Wan,
        inputs: &["financials.rd_expense.y2"],
        derive: |p| value(p.financials.rd_expense.y2),
        ..BASE
    };
    /// (研发费用 y1 + y2) / 2 (万元).
    RD_EXPENSE_AVG_2Y = MetricDef {
        key: "rd_expense_avg_2y",
        name: t!("近两年研发费用总额均值", "Average R&D expense, last 2 years"),
        unit: Unit::Wan,
        inputs: &["financials.rd_expense.y1", "financials.rd_expense.y2"],
        derive: |p| {
            let r = &p.financials.rd_expense;
            mean(r.y1, r.y2)
        },
        // One year known: the average is at least half of it.
        bounds: |p| {
            let r = &p.financials.rd_expense;
            (r.y1.or(r.y2).and_then(|d| d.checked_mul(dec!(0.5))), None)
        },
        reach: Some(Reach {
            lever: Lever::RdExpense,
            amount: |p, t| rd_more(p, t.checked_mul(dec!(2))?),
        }),
        ..BASE
    };
    /// 研发费用 y1 + y2 (万元).
    RD_EXPENSE_TOTAL_2Y = MetricDef {
        key: "rd_expense_total_2y",
        name: t!("近两年研发费用合计", "Total R&D expense, last 2 years"),
        unit: Unit::Wan,
        inputs: &["financials.rd_expense.y1", "financials.rd_expense.y2"],
        derive: |p| {
            let r = &p.financials.rd_expense;
            sum(r.y1, r.y2)
        },
        bounds: |p| {
            let r = &p.financials.rd_expense;
            (r.y1.or(r.y2), None)
        },
        reach: Some(Reach {
            lever: Lever::RdExpense,
            amount: |p, t| rd_more(p, t),
        }),
        ..BASE
    };
    /// 营业收入总额 (万元), last year.
    OPERATING_REVENUE_Y1 = MetricDef {
        key: "operating_revenue_y1",
        name: t!("上年度营业收入总额", "Operating revenue (last year)"),
        unit: Unit::Wan,
        inputs: &["financials.operating_revenue.y1"],
        derive: |p| value(p.financials.operating_revenue.y1),
        // 主营业务收入 ≤ 营业收入.
        bounds: |p| (p.financials.main_business_revenue.y1, None),
        citation: ANNUAL,
        ..BASE
    };
    /// 职工总数.
    EMPLOYEES = MetricDef {
        key: "employees",
        name: t!("职工总数", "Employees"),
        unit: Unit::Persons,
        inputs: &["company.employees"],
        derive: |p| count(p.company.employees),
        ..BASE
    };
    /// 资产总额 (万元), last year.
    TOTAL_ASSETS = MetricDef {
        key: "total_assets_y1",
        name: t!("资产总额", "Total assets"),
        unit: Unit::Wan,
        inputs: &["financials.total_assets.y1"],
        derive: |p| value(p.financials.total_assets.y1),
        ..BASE
    };
    YEARS_IN_NICHE = MetricDef {
        key: "years_in_niche",
        name: t!("从事特定细分市场年限", "Years in the niche"),
        unit: Unit::Years,
        inputs: &["company.years_in_niche"],
        derive: |p| count(p.company.years_in_niche),
        ..BASE
    };
    EQUITY_FINANCING_2Y = MetricDef {
        key: "equity_financing_2y",
        name: t!("近2年新增股权融资总额", "New equity financing, 2 years"),
        unit: Unit::Wan,
        inputs: &["financials.equity_financing_2y"],
        derive: |p| value(p.financials.equity_financing_2y),
        // Two years' equity is part of three years'.
        bounds: |p| (None, p.financials.equity_financing_3y),
        reach: Some(Reach {
            lever: Lever::Equity,
            amount: |p, t| t.checked_sub(p.financials.equity_financing_2y?),
        }),
        citation: EQUITY,
        ..BASE
    };
    EQUITY_FINANCING_3Y = MetricDef {
        key: "equity_financing_3y",
        name: t!("近3年新增股权融资总额", "New equity financing, 3 years"),
        unit: Unit::Wan,
        inputs: &["financials.equity_financing_3y"],
        derive: |p| value(p.financials.equity_financing_3y),
        bounds: |p| (p.financials.equity_financing_2y, None),
        reach: Some(Reach {
            lever: Lever::Equity,
            // Equity is added to both periods, so both must be known.
            amount: |p, t| {
                p.financials.equity_financing_2y.and(t.checked_sub(p.financials.equity_financing_3y?))
            },
        }),
        citation: EQUITY,
        ..BASE
    };
    MARKET_SHARE = MetricDef {
        key: "market_share_pct",
        name: t!("全国细分市场占有率", "National niche market share"),
        inputs: &["qualifications.market_share_pct"],
        derive: |p| value(p.qualifications.market_share_pct),
        citation: MARKET_SHARE,
        ..BASE
    };
    DIGITAL_LEVEL = MetricDef {
        key: "digital_level",
        name: t!("数字化水平等级", "Digitalisation level"),
        unit: Unit::Level,
        inputs: &["qualifications.digital_level"],
        derive: |p| count(p.qualifications.digital_level),
        // A level is reached as a whole, from below.
        reach: Some(Reach {
            lever: Lever::Digital,
            amount: |p, t| {
                let below = p.qualifications.digital_level.is_some_and(|l| Decimal::from(l) < t);
                (t.fract().is_zero() && below).then_some(t)
            },
        }),
        citation: DIGITAL,
        ..BASE
    };
    LOCAL_DISTINCTIVE_SCORE = MetricDef {
        key: "local_distinctive_score",
        name: t!("地方特色化指标得分", "Local distinctive score"),
        unit: Unit::Points,
        inputs: &["qualifications.local_distinctive_score"],
        derive: |p| count(p.qualifications.local_distinctive_score),
        ..BASE
    };
    PLATFORM_QUALITY_SCORE = m2026::PLATFORM_QUALITY_SCORE;
    /// Ⅰ类知识产权 (附件4 三).
    IP_CLASS1 = MetricDef {
        key: "ip_class1",
        name: t!("Ⅰ类知识产权", "Class I IP"),
        unit: Unit::Items,
        inputs: &["ip.class1"],
        derive: |p| count(p.ip.class1),
        reach: Some(Reach {
            lever: Lever::AddIp(IpKind::Class1),
            amount: |p, t| more_ip(p.ip.class1, t),
        }),
        citation: CLASS1,
        ..BASE
    };
    IP_CLASS1_SELF_DEVELOPED = MetricDef {
        key: "ip_class1_self_developed",
        name: t!("自主研发的Ⅰ类知识产权", "Self-developed class I IP"),
        unit: Unit::Items,
        inputs: &["ip.class1_self_developed", "ip.class1"],
        derive: |p| count(ip_subset(p, p.ip.class1_self_developed)),
        reach: Some(Reach {
            lever: Lever::AddIp(IpKind::Class1SelfDeveloped),
            amount: |p, t| more_ip(ip_subset(p, p.ip.class1_self_developed), t),
        }),
        citation: CLASS1,
        ..BASE
    };
    /// Ⅰ类高价值知识产权 (附件4 四).
    IP_CLASS1_HIGH_VALUE = MetricDef {
        key: "ip_class1_high_value",
        name: t!("Ⅰ类高价值知识产权", "High-value class I IP"),
        unit: Unit::Items,
        inputs: &["ip.class1_high_value", "ip.class1"],
        derive: |p| count(ip_subset(p, p.ip.class1_high_value)),
        reach: Some(Reach {
            lever: Lever::AddIp(IpKind::Class1HighValue),
            amount: |p, t| more_ip(ip_subset(p, p.ip.class1_high_value), t),
        }),
        citation: HIGH_VALUE,
        ..BASE
    };
    /// Ⅱ类知识产权 (附件4 五).
    IP_CLASS2 = MetricDef {
        key: "ip_class2",
        name: t!("Ⅱ类知识产权", "Class II IP"),
        unit: Unit::Items,
        inputs: &["ip.class2"],
        derive: |p| count(p.ip.class2),
        reach: Some(Reach {
            lever: Lever::AddIp(IpKind::Class2),
            amount: |p, t| more_ip(p.ip.class2, t),
        }),
        citation: CLASS2,
        ..BASE
    };
    IP_CLASS1_APPLIED = MetricDef {
        key: "ip_class1_applied",
        name: t!("应用于主导产品的Ⅰ类知识产权", "Class I IP applied to the main product"),
        unit: Unit::Items,
        inputs: &["ip.class1_applied_to_main_product", "ip.class1"],
        derive: |p| count(ip_subset(p, p.ip.class1_applied_to_main_product)),
        reach: Some(Reach {
            lever: Lever::AddIp(IpKind::Class1Applied),
            amount: |p, t| more_ip(ip_subset(p, p.ip.class1_applied_to_main_product), t),
        }),
        citation: CLASS1,
        ..BASE
    };
    IP_CLASS1_APPLIED_NOT_TRANSFERRED = m2026::IP_CLASS1_APPLIED_NOT_TRANSFERRED;
    /// Ⅰ类 the company applied for itself, ranked 1–3 (2026 corrections).
    IP_CLASS1_SELF_TOP3 = m2026::IP_CLASS1_SELF_TOP3;
    /// …and applied to the main product (2026 专精特新).
    IP_CLASS1_APPLIED_SELF_TOP3 = m2026::IP_CLASS1_APPLIED_SELF_TOP3;
    PLATFORM_QUALITY_SCORE_PREV = m2026::PLATFORM_QUALITY_SCORE_PREV;
}
