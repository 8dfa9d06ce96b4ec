//! Words for the engine's conclusions: what a metric is, what a test asks,
//! what the profile shows, which inputs are missing, and why a tier is not
//! (or not yet) reached. Composed only when shown, so scoring stays cheap.

use super::{Assessment, RequirementOutcome, TierOutcome};
use crate::facts::Facts;
use crate::logic::Tri;
use crate::profile::Year;
use crate::rules::model::{Citation, Condition, Flag, IpCount, Metric, Test, TitleKind};
use crate::t;
use crate::text::{Message, Text};
use rust_decimal::Decimal;
use serde::Serialize;

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

/// The profile fields a metric is computed from.
pub fn metric_inputs(m: Metric) -> Vec<String> {
    let fin = |name: &str, y: Year| format!("financials.{name}.{}", y.key());
    match m {
        Metric::RdRatio(y) => vec![fin("rd_expense", y), fin("operating_revenue", y)],
        Metric::RdExpense(y) => vec![fin("rd_expense", y)],
        Metric::RdExpenseAvg2y | Metric::RdExpenseTotal2y => {
            vec![fin("rd_expense", Year::Y1), fin("rd_expense", Year::Y2)]
        }
        Metric::RdToCostRatio => vec![
            fin("rd_expense", Year::Y1),
            fin("cost_expense_total", Year::Y1),
        ],
        Metric::OperatingRevenue(y) => vec![fin("operating_revenue", y)],
        Metric::MainBusinessShare => vec![
            fin("main_business_revenue", Year::Y1),
            fin("operating_revenue", Year::Y1),
        ],
        Metric::MainBusinessGrowth(y) => {
            let mut v = vec![fin("main_business_revenue", y)];
            if let Some(p) = y.previous() {
                v.push(fin("main_business_revenue", p));
            }
            v
        }
        Metric::MainBusinessGrowthAvg2y => Year::ALL
            .iter()
            .map(|y| fin("main_business_revenue", *y))
            .collect(),
        Metric::RevenueCagr2y => vec![
            fin("operating_revenue", Year::Y1),
            fin("operating_revenue", Year::Y3),
        ],
        Metric::NetMargin => vec![
            fin("net_profit", Year::Y1),
            fin("operating_revenue", Year::Y1),
        ],
        Metric::DebtRatio => vec![
            fin("total_liabilities", Year::Y1),
            fin("total_assets", Year::Y1),
        ],
        Metric::RdStaffShare => vec!["company.rd_employees".into(), "company.employees".into()],
        Metric::SciTechStaffShare => {
            vec!["company.sci_tech_staff".into(), "company.employees".into()]
        }
        Metric::Employees => vec!["company.employees".into()],
        Metric::TotalAssets => vec![fin("total_assets", Year::Y1)],
        Metric::YearsInNiche => vec!["company.years_in_niche".into()],
        Metric::EquityFinancing2y => vec!["financials.equity_financing_2y".into()],
        Metric::EquityFinancing3y => vec!["financials.equity_financing_3y".into()],
        Metric::MarketSharePct => vec!["qualifications.market_share_pct".into()],
        Metric::DigitalLevel => vec!["qualifications.digital_level".into()],
        Metric::LocalDistinctiveScore => vec!["qualifications.local_distinctive_score".into()],
        Metric::PlatformQualityScore => vec!["qualifications.platform_quality_score.score".into()],
        Metric::Ip(c) => {
            let own = match c {
                IpCount::Class1 => "ip.class1",
                IpCount::Class1SelfDeveloped => "ip.class1_self_developed",
                IpCount::Class1HighValue => "ip.class1_high_value",
                IpCount::Class2 => "ip.class2",
                IpCount::Class1AppliedToMainProduct => "ip.class1_applied_to_main_product",
                IpCount::Class1NotTransferred | IpCount::Class1AppliedNotTransferred => {
                    "ip.class1_transferred_in"
                }
            };
            if own == "ip.class1" || own == "ip.class2" {
                vec![own.into()]
            } else {
                vec![own.into(), "ip.class1".into()]
            }
        }
    }
}

fn flag_input(flag: Flag) -> &'static str {
    match flag {
        Flag::StrategicEmergingIndustry => "qualifications.strategic_emerging_industry",
        Flag::ChainGapFilling => "qualifications.chain_gap_filling",
        Flag::SixBasicsOrKeyChain => "qualifications.six_basics_or_key_chain",
        Flag::ProvincialQualityAward => "qualifications.quality.provincial_quality_award",
        Flag::QualitySystemCert => "qualifications.quality.quality_system_cert",
        Flag::OwnBrand => "qualifications.quality.own_brand",
        Flag::StandardSetting => "qualifications.quality.standard_setting",
        Flag::CoreBusinessInfoSystem => "qualifications.core_business_info_system",
        Flag::ManagementSystemCert => "qualifications.management_system_cert",
        Flag::KeyField => "qualifications.key_field",
        Flag::RegisteredIndependentLegalPerson => "compliance.registered_independent_legal_person",
        Flag::AbnormalOrDishonestListed => "compliance.abnormal_or_dishonest_listed",
        Flag::ProhibitedProducts => "compliance.prohibited_products",
        Flag::MajorIncident3y => "compliance.major_incident_3y",
        Flag::NicheShareLeading => "qualifications.niche_share_leading",
        Flag::NicheTop3Domestic => "qualifications.niche_top3_domestic",
        Flag::KeyChain2026 => "qualifications.key_chain_2026",
        Flag::HighTechEnterprise => "qualifications.honors",
        Flag::LedMajorStandard5y => "qualifications.led_major_standard_5y",
    }
}

/// The profile fields a test reads.
pub fn test_inputs(test: &Test) -> Vec<String> {
    let mut out = Vec::new();
    collect_inputs(test, &mut out);
    out
}

fn collect_inputs(test: &Test, out: &mut Vec<String>) {
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s)
        }
    };
    match test {
        Test::AtLeast(m, _) | Test::AtMost(m, _) | Test::Below(m, _) | Test::Above(m, _) => {
            metric_inputs(*m).into_iter().for_each(push)
        }
        Test::Is(f) | Test::IsNot(f) => push(flag_input(*f).into()),
        Test::InstitutionAtLeast(_) => push("qualifications.rd_institution".into()),
        Test::AwardAtLeast { max_rank, .. } => {
            push("qualifications.sci_tech_award.level".into());
            if max_rank.is_some() {
                push("qualifications.sci_tech_award.rank".into());
            }
        }
        Test::MakerChinaAtLeast(_) => push("qualifications.maker_china".into()),
        Test::HasListedHonor => push("qualifications.honors".into()),
        Test::IsSme => {
            push("company.industry".into());
            push("company.employees".into());
            push("financials.operating_revenue.y1".into());
            push("financials.total_assets.y1".into());
        }
        Test::HoldsTitle(k) => push(
            match k {
                TitleKind::Innovative => "qualifications.titles.innovative_until",
                TitleKind::TechSme => "qualifications.titles.tech_sme_until",
                TitleKind::Srdi => "qualifications.titles.srdi_until",
            }
            .into(),
        ),
        Test::Always => {}
        Test::All(ts) | Test::Any(ts) => ts.iter().for_each(|t| collect_inputs(t, out)),
    }
}

/// The inputs of a test that the profile leaves empty.
pub fn missing_inputs(test: &Test, f: &Facts) -> Vec<String> {
    test_inputs(test)
        .into_iter()
        .filter(|path| {
            crate::profile::fields::field(path).is_some_and(|fd| (fd.get)(f.profile).is_empty())
                || (path == "qualifications.honors" && f.profile.qualifications.honors.is_none())
        })
        .collect()
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

/// Why a tier is not (or not yet) reached.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The rule concerned (condition, requirement or tier id).
    pub id: String,
    /// `not_met` when it fails, `unknown` when inputs are missing.
    pub status: &'static str,
    pub zh: String,
    pub en: String,
    /// The profile fields to fill in to settle an unknown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    pub citation: CitationView,
}

/// A citation as it appears in output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitationView {
    pub document: &'static str,
    pub document_zh: &'static str,
    pub document_number: &'static str,
    pub article: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed_file: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed_line: Option<u32>,
    pub quote: &'static str,
    /// `official` (quoted from the seed), or how sure the secondary reading is.
    pub confidence: &'static str,
}

impl From<&Citation> for CitationView {
    fn from(c: &Citation) -> Self {
        CitationView {
            document: c.document.id,
            document_zh: c.document.title.zh,
            document_number: c.document.number,
            article: c.article,
            seed_file: c.document.seed_file,
            seed_line: c.seed_line,
            quote: c.quote,
            confidence: crate::report::confidence_key(c.confidence),
        }
    }
}

fn status(t: Tri) -> &'static str {
    if t == Tri::Unknown {
        "unknown"
    } else {
        "not_met"
    }
}

fn condition_reason(c: &Condition, met: Tri, f: &Facts) -> Reason {
    let seen = observed(&c.test, f);
    let (seen_zh, seen_en) = if seen.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(
                "（实际：{}）",
                seen.iter()
                    .map(|m| m.zh.as_str())
                    .collect::<Vec<_>>()
                    .join("，")
            ),
            format!(
                " (actual: {})",
                seen.iter()
                    .map(|m| m.en.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    };
    let missing = if met == Tri::Unknown {
        missing_inputs(&c.test, f)
    } else {
        vec![]
    };
    let (zh, en) = if met == Tri::Unknown {
        (
            format!("待确认：{}{}，需补充数据", c.text.zh, seen_zh),
            format!("To confirm: {}{}; data missing", c.text.en, seen_en),
        )
    } else {
        (
            format!("未满足：{}{}", c.text.zh, seen_zh),
            format!("Not met: {}{}", c.text.en, seen_en),
        )
    };
    Reason {
        id: c.id.into(),
        status: status(met),
        zh,
        en,
        missing,
        citation: (&c.citation).into(),
    }
}

/// Every reason a tier is not qualified (empty when it is).
pub fn tier_reasons(a: &Assessment, t: &TierOutcome) -> Vec<Reason> {
    let mut out = Vec::new();
    if t.verdict == Tri::Yes {
        return out;
    }
    let f = &a.facts;
    if t.tier.preconditions && t.preconditions != Tri::Yes {
        for (c, met) in a.rulebook.preconditions.iter().zip(&a.preconditions) {
            if *met != Tri::Yes {
                out.push(condition_reason(c, *met, f));
            }
        }
    }
    if let (Some(pre), Some(met)) = (&t.tier.prerequisite, t.prerequisite) {
        if met != Tri::Yes {
            out.push(Reason {
                id: format!("{}_prerequisite", t.tier.id.key()),
                status: status(met),
                zh: format!("{}（{}：逐级认定）", pre.text.zh, pre.citation.article),
                en: format!(
                    "{} ({}: tiers are granted one after another)",
                    pre.text.en, pre.citation.article
                ),
                missing: vec![],
                citation: (&pre.citation).into(),
            });
        }
    }
    for r in &t.requirements {
        if r.met != Tri::Yes {
            out.extend(requirement_reasons(a, t, r));
        }
    }
    out
}

fn requirement_reasons(a: &Assessment, t: &TierOutcome, r: &RequirementOutcome) -> Vec<Reason> {
    let f = &a.facts;
    let req = r.requirement;
    let mut out = Vec::new();
    if req.score_route {
        if let (Some(score), Some(card)) = (&t.score, &t.tier.scorecard) {
            if score.passes != Tri::Yes {
                let total = score.total;
                let range_zh = if total.is_exact() {
                    format!("{}", total.min)
                } else {
                    format!("{}–{}", total.min, total.max)
                };
                let mut zh = format!("评价得分 {} 分，需达到 {} 分", range_zh, card.pass_mark);
                let mut en = format!("Score {} points; {} needed", range_zh, card.pass_mark);
                for (c, p) in card.categories.iter().zip(&score.categories) {
                    if let Some(min) = c.minimum {
                        if p.reaches(min) != Tri::Yes {
                            zh.push_str(&format!(
                                "；{}得分 {} 分，需不低于 {} 分",
                                c.name.zh, p.min, min
                            ));
                            en.push_str(&format!(
                                "; {} {} points, at least {} needed",
                                c.name.en, p.min, min
                            ));
                        }
                    }
                }
                if !req.any_of.is_empty() {
                    zh.push_str("，且未满足直通条件");
                    en.push_str(", and no direct condition is met");
                }
                out.push(Reason {
                    id: format!("{}_score", req.id),
                    status: status(score.passes.and(r.direct.negate())),
                    zh,
                    en,
                    missing: vec![],
                    citation: (&req.citation).into(),
                });
            }
        }
    }
    for (c, met) in req.all_of.iter().zip(&r.all_of) {
        if *met != Tri::Yes {
            out.push(condition_reason(c, *met, f));
        }
    }
    // A failed direct route is worth naming only where it is the only
    // alternative left (the general route failed too).
    if r.general != Tri::Yes && !req.all_of.is_empty() && !req.any_of.is_empty() {
        out.push(Reason {
            id: format!("{}_direct", req.id),
            status: status(r.direct),
            zh: format!("{}：一般性条件未全部满足，也未满足直通条件", req.name.zh),
            en: format!(
                "{}: the general conditions are not all met, nor is a direct condition",
                req.name.en
            ),
            missing: vec![],
            citation: (&req.citation).into(),
        });
    }
    out
}
