//! The numbers and yes/no facts the rules test, read from a profile through
//! the vocabulary's declarations (`rules::vocabulary`). Each metric is
//! derived on first use and kept for the rest of the assessment. Ratios are
//! percentages computed with exact decimals; a ratio whose inputs are
//! missing (or whose denominator is zero) is `None` (unknown), never zero.

pub use crate::number::{cagr_2y, growth, percent, Pct, PCT_SCALE};

use crate::date::Date;
use crate::profile::Profile;
use crate::rules::model::{Flag, Metric, TitleKind};
use crate::rules::vocabulary::METRIC_COUNT;
use rust_decimal::Decimal;
use std::cell::{Cell, OnceCell};

/// Everything the rules read: the profile, its derived metrics and the date.
#[derive(Debug, Clone)]
pub struct Facts<'p> {
    pub profile: &'p Profile,
    pub date: Date,
    /// Metrics measured so far, by [`Metric::index`]: each is derived on
    /// first use (the page redoes hundreds of comparisons per keystroke).
    measured: [Cell<Option<Option<Pct>>>; METRIC_COUNT],
    /// Whether a yearly figure is 0 (`Facts::undefined`), found on first use.
    zero_figure: OnceCell<bool>,
}

impl<'p> Facts<'p> {
    pub fn new(profile: &'p Profile, date: Date) -> Facts<'p> {
        Facts {
            profile,
            date,
            measured: std::array::from_fn(|_| Cell::new(None)),
            zero_figure: OnceCell::new(),
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
        if self.undefined(m).is_some() {
            return Some(false);
        }
        if let Some(exact) = m.def().at_least {
            return exact(self.profile, t);
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
        if self.undefined(m).is_some() {
            return Some(false);
        }
        match self.measure(m) {
            Some(p) => Some(p.at_most(t)),
            None => match self.bounds(m) {
                (_, Some(hi)) if hi <= t => Some(true),
                (Some(lo), _) if lo > t => Some(false),
                _ => None,
            },
        }
    }

    /// The input (profile path) that is 0 where the metric divides by it
    /// (a metric's inputs list the numerator first, then the divisors): the
    /// metric then does not exist, which is not "unknown".
    ///
    /// Our reading of 附件4 (十四) (seed 002, line 2312: "企业上一年度主营业务收入
    /// 增长率=（…上一年度…-…上上年度…）/企业上上年度主营业务收入总额*100%"),
    /// and of every ratio the rules define by a quotient: with a base of 0
    /// there is no rate, so no scoring band (A–E) and no "不低于 X%" is
    /// reached by it. An indicator on it scores 0 (as the lowest band) and a
    /// condition on it is not met ("≥ t" and "≤ t" both false); the tiers
    /// that do not read it are decided as usual. A base left blank stays
    /// unknown (it may be filled in).
    pub fn undefined(&self, m: Metric) -> Option<&'static str> {
        use crate::profile::fields::{field, Value};
        let inputs = m.def().inputs;
        // Cheap first: only a known metric, or a profile with no yearly
        // figure of 0, ends here (the common case, per keystroke).
        if inputs.len() < 2 || !self.has_zero_figure() || self.measure(m).is_some() {
            return None;
        }
        let read = |path: &str| field(path).map(|f| (f.get)(self.profile));
        if inputs
            .iter()
            .any(|p| matches!(read(p), None | Some(Value::Empty)))
        {
            return None;
        }
        // Every input is entered yet there is no value: a divisor is 0.
        inputs[1..]
            .iter()
            .copied()
            .find(|p| matches!(read(p), Some(Value::Decimal(d)) if d.is_zero()))
    }

    /// Does any yearly figure read 0? (Kept for the assessment.)
    fn has_zero_figure(&self) -> bool {
        *self.zero_figure.get_or_init(|| {
            let f = &self.profile.financials;
            [
                f.operating_revenue,
                f.main_business_revenue,
                f.rd_expense,
                f.net_profit,
                f.total_assets,
                f.total_liabilities,
                f.cost_expense_total,
            ]
            .iter()
            .flat_map(|y| [y.y1, y.y2, y.y3])
            .any(|v| v.is_some_and(|d| d.is_zero()))
        })
    }

    /// What an unknown metric is known to lie within, from the limits a
    /// valid profile keeps (money ≥ 0, 主营业务收入 ≤ 营业收入, two years'
    /// equity ≤ three years'). E.g. with last year's R&D of 2000 and the year
    /// before unknown, the two-year average is at least 1000.
    pub fn bounds(&self, m: Metric) -> (Option<Decimal>, Option<Decimal>) {
        (m.def().bounds)(self.profile)
    }

    /// A metric with its exactness.
    pub fn measure(&self, m: Metric) -> Option<Pct> {
        let cell = &self.measured[m.index()];
        match cell.get() {
            Some(known) => known,
            None => {
                let v = (m.def().derive)(self.profile);
                cell.set(Some(v));
                v
            }
        }
    }

    /// A yes/no fact, `None` if the user has not said.
    pub fn flag(&self, flag: Flag) -> Option<bool> {
        (flag.def().read)(self.profile)
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
