//! What a metric is called and how its value is written: names in Chinese
//! and English, units, decimals as people write them, and what the profile
//! shows for the metrics a test reads.

use crate::facts::Facts;
use crate::profile::Year;
use crate::rules::model::{IpCount, Metric, Test};
use crate::t;
use crate::text::{Message, Text};
use rust_decimal::Decimal;

/// How a metric's value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Percent,
    Wan,
    Persons,
    Years,
    Items,
    Level,
    Points,
}

fn year_zh(y: Year) -> &'static str {
    match y {
        Year::Y1 => "上年度",
        Year::Y2 => "上上年度",
        Year::Y3 => "前年度",
    }
}

fn year_en(y: Year) -> &'static str {
    match y {
        Year::Y1 => "last year",
        Year::Y2 => "the year before",
        Year::Y3 => "two years before",
    }
}

/// A metric's name and unit.
pub fn metric_name(m: Metric) -> (Message, Unit) {
    let fixed = |t: Text, u| (Message::from(t), u);
    match m {
        Metric::RdRatio(y) => (
            Message::new(
                format!("{}研发费用占营业收入比重", year_zh(y)),
                format!("R&D / revenue ({})", year_en(y)),
            ),
            Unit::Percent,
        ),
        Metric::RdExpense(y) => (
            Message::new(
                format!("{}研发费用总额", year_zh(y)),
                format!("R&D expense ({})", year_en(y)),
            ),
            Unit::Wan,
        ),
        Metric::OperatingRevenue(y) => (
            Message::new(
                format!("{}营业收入总额", year_zh(y)),
                format!("Operating revenue ({})", year_en(y)),
            ),
            Unit::Wan,
        ),
        Metric::MainBusinessGrowth(y) => (
            Message::new(
                format!("{}主营业务收入增长率", year_zh(y)),
                format!("Main-business growth ({})", year_en(y)),
            ),
            Unit::Percent,
        ),
        Metric::RdExpenseAvg2y => fixed(
            t!(
                "近两年研发费用总额均值",
                "Average R&D expense, last 2 years"
            ),
            Unit::Wan,
        ),
        Metric::RdExpenseTotal2y => fixed(
            t!("近两年研发费用合计", "Total R&D expense, last 2 years"),
            Unit::Wan,
        ),
        Metric::RdToCostRatio => fixed(
            t!(
                "研发费用占成本费用支出总额比重",
                "R&D / total costs and expenses"
            ),
            Unit::Percent,
        ),
        Metric::MainBusinessShare => fixed(
            t!(
                "主营业务收入占营业收入比重",
                "Main-business share of revenue"
            ),
            Unit::Percent,
        ),
        Metric::MainBusinessGrowthAvg2y => fixed(
            t!(
                "近2年主营业务收入平均增长率",
                "Average main-business growth, 2 years"
            ),
            Unit::Percent,
        ),
        Metric::RevenueCagr2y => fixed(
            t!("近两年营业收入复合增长率", "Revenue CAGR, last 2 years"),
            Unit::Percent,
        ),
        Metric::NetMargin => fixed(t!("上年度净利润率", "Net margin, last year"), Unit::Percent),
        Metric::DebtRatio => fixed(
            t!("上年度资产负债率", "Debt-to-asset ratio, last year"),
            Unit::Percent,
        ),
        Metric::RdStaffShare => fixed(
            t!("研发人员占职工总数比重", "R&D staff share"),
            Unit::Percent,
        ),
        Metric::SciTechStaffShare => fixed(
            t!("科技人员占职工总数比重", "S&T staff share"),
            Unit::Percent,
        ),
        Metric::Employees => fixed(t!("职工总数", "Employees"), Unit::Persons),
        Metric::TotalAssets => fixed(t!("资产总额", "Total assets"), Unit::Wan),
        Metric::YearsInNiche => fixed(
            t!("从事特定细分市场年限", "Years in the niche"),
            Unit::Years,
        ),
        Metric::EquityFinancing2y => fixed(
            t!("近2年新增股权融资总额", "New equity financing, 2 years"),
            Unit::Wan,
        ),
        Metric::EquityFinancing3y => fixed(
            t!("近3年新增股权融资总额", "New equity financing, 3 years"),
            Unit::Wan,
        ),
        Metric::MarketSharePct => fixed(
            t!("全国细分市场占有率", "National niche market share"),
            Unit::Percent,
        ),
        Metric::DigitalLevel => fixed(t!("数字化水平等级", "Digitalisation level"), Unit::Level),
        Metric::LocalDistinctiveScore => fixed(
            t!("地方特色化指标得分", "Local distinctive score"),
            Unit::Points,
        ),
        Metric::PlatformQualityScore => fixed(
            t!(
                "培育平台发展质量评价得分",
                "Platform development-quality score"
            ),
            Unit::Points,
        ),
        Metric::Ip(c) => fixed(ip_name(c), Unit::Items),
    }
}

fn ip_name(c: IpCount) -> Text {
    match c {
        IpCount::Class1 => t!("Ⅰ类知识产权", "Class I IP"),
        IpCount::Class1SelfDeveloped => t!("自主研发的Ⅰ类知识产权", "Self-developed class I IP"),
        IpCount::Class1HighValue => t!("Ⅰ类高价值知识产权", "High-value class I IP"),
        IpCount::Class2 => t!("Ⅱ类知识产权", "Class II IP"),
        IpCount::Class1AppliedToMainProduct => t!(
            "应用于主导产品的Ⅰ类知识产权",
            "Class I IP applied to the main product"
        ),
        IpCount::Class1NotTransferred => t!("非受让的Ⅰ类知识产权", "Class I IP not transferred in"),
        IpCount::Class1AppliedNotTransferred => t!(
            "已应用于主导产品且非受让的Ⅰ类知识产权",
            "Class I IP applied to the main product, not transferred in"
        ),
    }
}

/// A decimal as people write it: at most 2 decimals, no trailing zeros.
pub fn fmt_decimal(d: Decimal) -> String {
    d.round_dp(2).normalize().to_string()
}

/// A value with its unit.
pub fn fmt_value(v: Decimal, unit: Unit) -> Message {
    let n = fmt_decimal(v);
    match unit {
        Unit::Percent => Message::new(format!("{n}%"), format!("{n}%")),
        Unit::Wan => Message::new(format!("{n} 万元"), format!("{n} 万元")),
        Unit::Persons => Message::new(format!("{n} 人"), format!("{n} persons")),
        Unit::Years => Message::new(format!("{n} 年"), format!("{n} years")),
        Unit::Items => Message::new(format!("{n} 项"), format!("{n} items")),
        Unit::Level => Message::new(format!("{n} 级"), format!("level {n}")),
        Unit::Points => Message::new(format!("{n} 分"), format!("{n} points")),
    }
}

/// What the profile shows for each metric a test reads ("研发费用占比 2.5%").
pub fn observed(test: &Test, f: &Facts) -> Vec<Message> {
    let mut metrics = Vec::new();
    collect_metrics(test, &mut metrics);
    metrics
        .into_iter()
        .filter_map(|m| {
            let (name, unit) = metric_name(m);
            f.metric(m).map(|v| {
                let val = fmt_value(v, unit);
                Message::new(
                    format!("{}为 {}", name.zh, val.zh),
                    format!("{} is {}", name.en, val.en),
                )
            })
        })
        .collect()
}

fn collect_metrics(test: &Test, out: &mut Vec<Metric>) {
    match test {
        Test::AtLeast(m, _) | Test::AtMost(m, _) | Test::Below(m, _) | Test::Above(m, _)
            if !out.contains(m) =>
        {
            out.push(*m)
        }
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| collect_metrics(t, out)),
        _ => {}
    }
}
