//! The numbers and yes/no facts the rules test, derived once from a
//! profile. Ratios are percentages computed with exact decimals; a ratio
//! whose inputs are missing (or whose denominator is zero) is `None`
//! (unknown), never zero.

mod derive;

pub use crate::number::{Pct, PCT_SCALE};
pub use derive::{cagr_2y, growth, percent, Metrics};

use crate::date::Date;
use crate::profile::{Honor, Profile, Year};
use crate::rules::model::{Flag, IpCount, Metric, TitleKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Everything the rules read: the profile, its derived metrics and the date.
#[derive(Debug, Clone)]
pub struct Facts<'p> {
    pub profile: &'p Profile,
    pub metrics: Metrics,
    pub date: Date,
    /// Metrics measured so far (see [`slot`]): each is computed on first use.
    measured: [std::cell::Cell<Option<Option<Pct>>>; SLOTS],
}

/// Metrics measured on demand rather than up front (costly and read by few
/// rules): they have no slot.
const SLOTS: usize = 30;

/// The cache slot of a metric.
fn slot(m: Metric) -> Option<usize> {
    use Metric::*;
    Some(match m {
        RdRatio(Year::Y1) => 0,
        RdRatio(Year::Y2) => 1,
        RdExpense(Year::Y1) => 2,
        RdExpense(Year::Y2) => 3,
        RdExpense(Year::Y3) => 4,
        RdExpenseAvg2y => 5,
        RdExpenseTotal2y => 6,
        RdToCostRatio => 7,
        OperatingRevenue(Year::Y1) => 8,
        OperatingRevenue(Year::Y2) => 9,
        OperatingRevenue(Year::Y3) => 10,
        MainBusinessShare => 11,
        MainBusinessGrowth(Year::Y1) => 12,
        MainBusinessGrowth(Year::Y2) => 13,
        MainBusinessGrowthAvg2y => 14,
        NetMargin => 15,
        DebtRatio => 16,
        RdStaffShare => 17,
        SciTechStaffShare => 18,
        Employees => 19,
        TotalAssets => 20,
        YearsInNiche => 21,
        EquityFinancing2y => 22,
        EquityFinancing3y => 23,
        MarketSharePct => 24,
        DigitalLevel => 25,
        LocalDistinctiveScore => 26,
        PlatformQualityScore => 27,
        Ip(IpCount::Class1) => 28,
        Ip(IpCount::Class2) => 29,
        RdRatio(Year::Y3) | MainBusinessGrowth(Year::Y3) | RevenueCagr2y | Ip(_) => return None,
    })
}

impl<'p> Facts<'p> {
    pub fn new(profile: &'p Profile, date: Date) -> Facts<'p> {
        Facts {
            profile,
            metrics: Metrics::derive(profile),
            date,
            measured: Default::default(),
        }
    }

    /// A metric's value, `None` if unknown. Ratios are given to
    /// [`PCT_SCALE`] decimals, rounded down: compare them with
    /// [`Facts::at_least`] / [`Facts::at_most`], which stay exact.
    pub fn metric(&self, m: Metric) -> Option<Decimal> {
        self.measure(m).map(Pct::value)
    }

    /// Is the metric ≥ t? Unknown when the metric is, unless what is known
    /// already settles it (see [`Facts::bounds`]).
    pub fn at_least(&self, m: Metric, t: Decimal) -> Option<bool> {
        if m == Metric::RevenueCagr2y {
            return self.cagr_at_least(t);
        }
        match self.measure(m) {
            Some(p) => Some(p.at_least(t)),
            None => match self.bounds(m) {
                (Some(lo), _) if lo >= t => Some(true),
                (_, Some(hi)) if hi < t => Some(false),
                _ => None,
            },
        }
    }

    /// Is the metric ≤ t?
    pub fn at_most(&self, m: Metric, t: Decimal) -> Option<bool> {
        match self.measure(m) {
            Some(p) => Some(p.at_most(t)),
            None => match self.bounds(m) {
                (_, Some(hi)) if hi <= t => Some(true),
                (Some(lo), _) if lo > t => Some(false),
                _ => None,
            },
        }
    }

    /// What an unknown metric is known to lie within, from the limits a
    /// valid profile keeps (money ≥ 0, 主营业务收入 ≤ 营业收入, two years'
    /// equity ≤ three years'). E.g. with last year's R&D of 2000 and the year
    /// before unknown, the two-year average is at least 1000.
    pub fn bounds(&self, m: Metric) -> (Option<Decimal>, Option<Decimal>) {
        let f = &self.profile.financials;
        let half = |d: Decimal| d.checked_mul(dec!(0.5));
        match m {
            Metric::RdExpenseAvg2y => (f.rd_expense.y1.or(f.rd_expense.y2).and_then(half), None),
            Metric::RdExpenseTotal2y => (f.rd_expense.y1.or(f.rd_expense.y2), None),
            Metric::OperatingRevenue(y) => (f.main_business_revenue.get(y), None),
            Metric::EquityFinancing2y => (None, f.equity_financing_3y),
            Metric::EquityFinancing3y => (f.equity_financing_2y, None),
            Metric::Ip(IpCount::Class1AppliedNotTransferred) => {
                let (lo, hi) = self.applied_not_transferred();
                (lo.map(Decimal::from), hi.map(Decimal::from))
            }
            _ => (None, None),
        }
    }

    /// CAGR ≥ t% ⇔ y1 ≥ y3 × (1 + t/100)², compared without a square root.
    fn cagr_at_least(&self, t: Decimal) -> Option<bool> {
        let rev = &self.profile.financials.operating_revenue;
        let (y1, y3) = (rev.y1?, rev.y3?);
        if y3 <= Decimal::ZERO {
            return None;
        }
        let factor = Decimal::ONE + t / dec!(100);
        Some(y1 >= y3.checked_mul(factor.checked_mul(factor)?)?)
    }

    /// A metric with its exactness.
    pub fn measure(&self, m: Metric) -> Option<Pct> {
        match slot(m) {
            Some(i) => match self.measured[i].get() {
                Some(known) => known,
                None => {
                    let v = self.compute(m);
                    self.measured[i].set(Some(v));
                    v
                }
            },
            None => self.compute(m),
        }
    }

    fn compute(&self, m: Metric) -> Option<Pct> {
        let exact = |d: Option<Decimal>| d.map(Pct::from_decimal);
        let p = self.profile;
        let f = &p.financials;
        let m_ = &self.metrics;
        let value = match m {
            Metric::RdRatio(Year::Y3) => return percent(f.rd_expense.y3, f.operating_revenue.y3),
            Metric::RdRatio(y) => return m_.rd_ratio[y as usize],
            Metric::RdToCostRatio => return m_.rd_to_cost_ratio_y1,
            Metric::MainBusinessShare => return m_.main_business_share_y1,
            Metric::MainBusinessGrowth(Year::Y1) => return m_.main_business_growth[0],
            Metric::MainBusinessGrowth(Year::Y2) => return m_.main_business_growth[1],
            Metric::MainBusinessGrowth(Year::Y3) => return None,
            Metric::MainBusinessGrowthAvg2y => return m_.main_business_growth_avg_2y,
            Metric::RevenueCagr2y => {
                return cagr_2y(f.operating_revenue.y1, f.operating_revenue.y3)
                    .map(Pct::from_decimal)
            }
            Metric::NetMargin => return m_.net_margin_y1,
            Metric::DebtRatio => return m_.debt_ratio_y1,
            Metric::RdStaffShare => return m_.rd_staff_share,
            Metric::SciTechStaffShare => return m_.sci_tech_staff_share,
            _ => self.plain(m),
        };
        exact(value)
    }

    /// Metrics read straight from the profile (no division).
    fn plain(&self, m: Metric) -> Option<Decimal> {
        let p = self.profile;
        let f = &p.financials;
        match m {
            Metric::RdExpense(y) => f.rd_expense.get(y),
            Metric::RdExpenseAvg2y => {
                let (a, b) = (f.rd_expense.y1?, f.rd_expense.y2?);
                a.checked_add(b)?.checked_mul(dec!(0.5))
            }
            Metric::RdExpenseTotal2y => f.rd_expense.y1?.checked_add(f.rd_expense.y2?),
            Metric::OperatingRevenue(y) => f.operating_revenue.get(y),
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
            Metric::PlatformQualityScore => p
                .qualifications
                .platform_quality_score
                .and_then(|s| s.score),
            Metric::Ip(c) => self.ip_count(c).map(Decimal::from),
            // Ratios are handled by `measure`.
            _ => None,
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
            IpCount::Class1AppliedNotTransferred => match self.applied_not_transferred() {
                (Some(lo), Some(hi)) if lo == hi => Some(lo),
                _ => None,
            },
        }
    }

    /// The least and most Ⅰ类 IP that can be both applied to the main
    /// product and not transferred in: at least applied − transferred, at
    /// most the smaller of applied and (Ⅰ类 − transferred).
    fn applied_not_transferred(&self) -> (Option<u32>, Option<u32>) {
        let ip = &self.profile.ip;
        let applied = self.ip_count(IpCount::Class1AppliedToMainProduct);
        let own = self.ip_count(IpCount::Class1NotTransferred);
        let transferred =
            ip.class1_transferred_in
                .or(if ip.class1 == Some(0) { Some(0) } else { None });
        let lo = match (applied, transferred) {
            (Some(a), Some(t)) => Some(a.saturating_sub(t)),
            _ => Some(0),
        };
        let hi = match (applied, own) {
            (Some(a), Some(o)) => Some(a.min(o)),
            (Some(a), None) => Some(a),
            (None, Some(o)) => Some(o),
            (None, None) => ip.class1,
        };
        (lo, hi)
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
            // A standard led last year (an achievement) is within 5 years.
            Flag::LedMajorStandard5y => {
                let led_last_year = self.profile.achievements.iter().any(|a| {
                    a.kind == "standard"
                        && a.attribute("role") == Some("lead")
                        && matches!(
                            a.attribute("level"),
                            Some("international" | "national" | "industry")
                        )
                });
                if led_last_year {
                    Some(true)
                } else {
                    q.led_major_standard_5y
                }
            }
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_distinct() {
        use crate::rules::model::IpCount;
        let all = [
            Metric::RdRatio(Year::Y1),
            Metric::RdRatio(Year::Y2),
            Metric::RdExpense(Year::Y1),
            Metric::RdExpense(Year::Y2),
            Metric::RdExpense(Year::Y3),
            Metric::RdExpenseAvg2y,
            Metric::RdExpenseTotal2y,
            Metric::RdToCostRatio,
            Metric::OperatingRevenue(Year::Y1),
            Metric::OperatingRevenue(Year::Y2),
            Metric::OperatingRevenue(Year::Y3),
            Metric::MainBusinessShare,
            Metric::MainBusinessGrowth(Year::Y1),
            Metric::MainBusinessGrowth(Year::Y2),
            Metric::MainBusinessGrowthAvg2y,
            Metric::NetMargin,
            Metric::DebtRatio,
            Metric::RdStaffShare,
            Metric::SciTechStaffShare,
            Metric::Employees,
            Metric::TotalAssets,
            Metric::YearsInNiche,
            Metric::EquityFinancing2y,
            Metric::EquityFinancing3y,
            Metric::MarketSharePct,
            Metric::DigitalLevel,
            Metric::LocalDistinctiveScore,
            Metric::PlatformQualityScore,
            Metric::Ip(IpCount::Class1),
            Metric::Ip(IpCount::Class2),
        ];
        let mut seen = [false; SLOTS];
        for m in all {
            let i = slot(m).unwrap();
            assert!(!seen[i], "{m:?} shares slot {i}");
            seen[i] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }
}
