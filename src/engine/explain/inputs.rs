//! Which profile fields a metric, a flag or a test reads, and which of them
//! a profile leaves empty: the inputs that settle an unknown.

use crate::facts::Facts;
use crate::profile::Year;
use crate::rules::model::{Flag, IpCount, Metric, Test, TitleKind};

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
