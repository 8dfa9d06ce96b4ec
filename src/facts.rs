//! The numbers and yes/no facts the rules test, derived once from a
//! profile. Ratios are percentages computed with exact decimals; a ratio
//! whose inputs are missing (or whose denominator is zero) is `None`
//! (unknown), never zero.

use crate::date::Date;
use crate::profile::{AwardLevel, Honor, Profile, Year};
use crate::rules::model::{Flag, IpCount, Metric, TitleKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Derived metrics, in percent where they are ratios.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Metrics {
    /// 研发费用 / 营业收入 × 100, per year (y1, y2, y3).
    pub rd_ratio: [Option<Decimal>; 3],
    pub main_business_share_y1: Option<Decimal>,
    /// 主营业务收入增长率 of y1 and of y2 (附件4 十四).
    pub main_business_growth: [Option<Decimal>; 2],
    pub main_business_growth_avg_2y: Option<Decimal>,
    pub net_margin_y1: Option<Decimal>,
    pub debt_ratio_y1: Option<Decimal>,
    pub rd_staff_share: Option<Decimal>,
    pub sci_tech_staff_share: Option<Decimal>,
    pub rd_to_cost_ratio_y1: Option<Decimal>,
    /// 近两年营业收入复合增长率 (2026), percent.
    pub revenue_cagr_2y: Option<Decimal>,
}

/// `num / den × 100`, or `None` when unknown, zero-denominated or out of range.
pub fn percent(num: Option<Decimal>, den: Option<Decimal>) -> Option<Decimal> {
    let (num, den) = (num?, den?);
    if den.is_zero() {
        return None;
    }
    num.checked_mul(dec!(100))?.checked_div(den)
}

/// Growth of `now` over `before`, in percent (附件4 十四).
pub fn growth(now: Option<Decimal>, before: Option<Decimal>) -> Option<Decimal> {
    let (now, before) = (now?, before?);
    percent(now.checked_sub(before), Some(before))
}

impl Metrics {
    pub fn derive(p: &Profile) -> Metrics {
        let f = &p.financials;
        let rev = &f.operating_revenue;
        let main = &f.main_business_revenue;
        let rd_ratio = Year::ALL.map(|y| percent(f.rd_expense.get(y), rev.get(y)));
        let g1 = growth(main.y1, main.y2);
        let g2 = growth(main.y2, main.y3);
        let avg = match (g1, g2) {
            (Some(a), Some(b)) => a.checked_add(b).map(|s| s / dec!(2)),
            _ => None,
        };
        let employees = p.company.employees.map(Decimal::from);
        Metrics {
            rd_ratio,
            main_business_share_y1: percent(main.y1, rev.y1),
            main_business_growth: [g1, g2],
            main_business_growth_avg_2y: avg,
            net_margin_y1: percent(f.net_profit.y1, rev.y1),
            debt_ratio_y1: percent(f.total_liabilities.y1, f.total_assets.y1),
            rd_staff_share: percent(p.company.rd_employees.map(Decimal::from), employees),
            sci_tech_staff_share: percent(p.company.sci_tech_staff.map(Decimal::from), employees),
            rd_to_cost_ratio_y1: percent(f.rd_expense.y1, f.cost_expense_total.y1),
            revenue_cagr_2y: cagr_2y(rev.y1, rev.y3),
        }
    }
}

/// (y1 / y3)^(1/2) − 1, in percent. The square root is taken with Newton's
/// method on decimals (to 1e-12), so no float is involved.
fn cagr_2y(y1: Option<Decimal>, y3: Option<Decimal>) -> Option<Decimal> {
    let (y1, y3) = (y1?, y3?);
    if y3 <= Decimal::ZERO || y1.is_sign_negative() {
        return None;
    }
    let ratio = y1.checked_div(y3)?;
    let root = decimal_sqrt(ratio)?;
    (root - Decimal::ONE).checked_mul(dec!(100))
}

fn decimal_sqrt(x: Decimal) -> Option<Decimal> {
    if x.is_zero() {
        return Some(Decimal::ZERO);
    }
    let mut r = if x > Decimal::ONE { x / dec!(2) } else { Decimal::ONE };
    for _ in 0..100 {
        let next = (r + x.checked_div(r)?) / dec!(2);
        if (next - r).abs() < dec!(0.000000000001) {
            return Some(next);
        }
        r = next;
    }
    Some(r)
}

/// Everything the rules read: the profile, its derived metrics and the date.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'p> {
    pub profile: &'p Profile,
    pub metrics: Metrics,
    pub date: Date,
}

impl<'p> Facts<'p> {
    pub fn new(profile: &'p Profile, date: Date) -> Facts<'p> {
        Facts {
            profile,
            metrics: Metrics::derive(profile),
            date,
        }
    }

    /// A metric's value, `None` if unknown.
    pub fn metric(&self, m: Metric) -> Option<Decimal> {
        let p = self.profile;
        let f = &p.financials;
        let m_ = &self.metrics;
        match m {
            Metric::RdRatio(y) => m_.rd_ratio[y as usize],
            Metric::RdExpense(y) => f.rd_expense.get(y),
            Metric::RdExpenseAvg2y => {
                let (a, b) = (f.rd_expense.y1?, f.rd_expense.y2?);
                a.checked_add(b).map(|s| s / dec!(2))
            }
            Metric::RdExpenseTotal2y => f.rd_expense.y1?.checked_add(f.rd_expense.y2?),
            Metric::RdToCostRatio => m_.rd_to_cost_ratio_y1,
            Metric::OperatingRevenue(y) => f.operating_revenue.get(y),
            Metric::MainBusinessShare => m_.main_business_share_y1,
            Metric::MainBusinessGrowth(Year::Y1) => m_.main_business_growth[0],
            Metric::MainBusinessGrowth(Year::Y2) => m_.main_business_growth[1],
            Metric::MainBusinessGrowth(Year::Y3) => None,
            Metric::MainBusinessGrowthAvg2y => m_.main_business_growth_avg_2y,
            Metric::RevenueCagr2y => m_.revenue_cagr_2y,
            Metric::NetMargin => m_.net_margin_y1,
            Metric::DebtRatio => m_.debt_ratio_y1,
            Metric::RdStaffShare => m_.rd_staff_share,
            Metric::SciTechStaffShare => m_.sci_tech_staff_share,
            Metric::Employees => p.company.employees.map(Decimal::from),
            Metric::TotalAssets => f.total_assets.y1,
            Metric::YearsInNiche => p.company.years_in_niche.map(Decimal::from),
            Metric::EquityFinancing2y => f.equity_financing_2y,
            Metric::EquityFinancing3y => f.equity_financing_3y,
            Metric::MarketSharePct => p.qualifications.market_share_pct,
            Metric::DigitalLevel => p.qualifications.digital_level.map(Decimal::from),
            Metric::LocalDistinctiveScore => {
                p.qualifications.local_distinctive_score.map(Decimal::from)
            }
            Metric::PlatformQualityScore => p.qualifications.platform_quality_score.map(|s| s.score),
            Metric::Ip(c) => self.ip_count(c).map(Decimal::from),
        }
    }

    /// An IP count. A subset of class I is known to be 0 when class I is 0.
    pub fn ip_count(&self, c: IpCount) -> Option<u32> {
        let ip = &self.profile.ip;
        let subset = |v: Option<u32>| v.or(if ip.class1 == Some(0) { Some(0) } else { None });
        match c {
            IpCount::Class1 => ip.class1,
            IpCount::Class1SelfDeveloped => subset(ip.class1_self_developed),
            IpCount::Class1HighValue => subset(ip.class1_high_value),
            IpCount::Class2 => ip.class2,
            IpCount::Class1AppliedToMainProduct => subset(ip.class1_applied_to_main_product),
            IpCount::Class1NotTransferred => {
                Some(ip.class1?.saturating_sub(subset(ip.class1_transferred_in)?))
            }
        }
    }

    /// A yes/no fact, `None` if the user has not said.
    pub fn flag(&self, flag: Flag) -> Option<bool> {
        let q = &self.profile.qualifications;
        let c = &self.profile.compliance;
        match flag {
            Flag::StrategicEmergingIndustry => q.strategic_emerging_industry,
            Flag::ChainGapFilling => q.chain_gap_filling,
            Flag::SixBasicsOrKeyChain => q.six_basics_or_key_chain,
            Flag::ProvincialQualityAward => q.quality.provincial_quality_award,
            Flag::QualitySystemCert => q.quality.quality_system_cert,
            Flag::OwnBrand => q.quality.own_brand,
            Flag::StandardSetting => q.quality.standard_setting,
            Flag::CoreBusinessInfoSystem => q.core_business_info_system,
            Flag::ManagementSystemCert => q.management_system_cert,
            Flag::KeyField => q.key_field,
            Flag::RegisteredIndependentLegalPerson => c.registered_independent_legal_person,
            Flag::AbnormalOrDishonestListed => c.abnormal_or_dishonest_listed,
            Flag::ProhibitedProducts => c.prohibited_products,
            Flag::MajorIncident3y => c.major_incident_3y,
            Flag::NicheShareLeading => q.niche_share_leading,
            Flag::NicheTop3Domestic => q.niche_top3_domestic,
            Flag::KeyChain2026 => q.key_chain_2026,
            Flag::HighTechEnterprise => q
                .honors
                .as_ref()
                .map(|h| h.contains(&Honor::HighTechEnterprise)),
        }
    }

    /// The date until which a title is held, if the user gave it.
    pub fn title_until(&self, kind: TitleKind) -> Option<Date> {
        let t = &self.profile.qualifications.titles;
        match kind {
            TitleKind::Innovative => t.innovative_until,
            TitleKind::TechSme => t.tech_sme_until,
            TitleKind::Srdi => t.srdi_until,
        }
    }

    pub fn award_level(&self) -> Option<AwardLevel> {
        self.profile.qualifications.sci_tech_award.map(|a| a.level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_follows_annex4_14() {
        // (8200 − 7300) / 7300 × 100 = 12.3287…
        let g = growth(Some(dec!(8200)), Some(dec!(7300))).unwrap();
        assert_eq!(g.round_dp(2), dec!(12.33));
        assert_eq!(growth(Some(dec!(1)), Some(dec!(0))), None);
        assert_eq!(growth(None, Some(dec!(1))), None);
    }

    #[test]
    fn cagr_is_exact_enough() {
        // 110.25 / 100 → sqrt 1.05 → 5%.
        assert_eq!(cagr_2y(Some(dec!(110.25)), Some(dec!(100))).unwrap().round_dp(9), dec!(5));
        assert_eq!(cagr_2y(Some(dec!(100)), Some(dec!(0))), None);
    }
}
