//! The numbers and yes/no facts the rules test, read from a profile through
//! the vocabulary's declarations (`rules::vocabulary`). Each metric is
//! derived on first use and kept for the rest of the assessment. Ratios are
//! percentages computed with exact decimals; a ratio whose inputs are
//! missing (or whose denominator is zero) is `None` (unknown), never zero.

pub use crate::number::{cagr_2y, growth, percent, Edge, Pct, PCT_SCALE};

use crate::date::Date;
use crate::profile::Profile;
use crate::rules::model::{Flag, Metric, TitleKind};
use crate::rules::vocabulary::METRIC_COUNT;
use rust_decimal::Decimal;
use std::cell::Cell;

/// Everything the rules read: the profile, its derived metrics and the date.
#[derive(Debug, Clone)]
pub struct Facts<'p> {
    pub profile: &'p Profile,
    pub date: Date,
    /// Metrics measured so far, by [`Metric::index`]: each is derived on
    /// first use (the page redoes hundreds of comparisons per keystroke).
    measured: [Cell<Option<Measured>>; METRIC_COUNT],
}

/// A metric once derived: its value, or why it has none. Kept so that a
/// metric without a value is not looked into again on every comparison.
#[derive(Debug, Clone, Copy)]
enum Measured {
    Value(Pct),
    /// An input is blank: it may be filled in.
    Unknown,
    /// Every input is entered and this divisor is 0 (see [`Facts::undefined`]).
    Undefined(&'static str),
}

impl<'p> Facts<'p> {
    pub fn new(profile: &'p Profile, date: Date) -> Facts<'p> {
        Facts {
            profile,
            date,
            measured: std::array::from_fn(|_| Cell::new(None)),
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
    #[inline]
    pub fn at_least(&self, m: Metric, t: Edge) -> Option<bool> {
        match self.measured(m) {
            // The common case, inline: a value, one integer comparison.
            Measured::Value(p) if !m.has_exact_at_least() => Some(p.at_least(t)),
            measured => self.at_least_otherwise(m, t, measured),
        }
    }

    #[inline(never)]
    fn at_least_otherwise(&self, m: Metric, t: Edge, measured: Measured) -> Option<bool> {
        if let Measured::Undefined(_) = measured {
            return Some(false);
        }
        if let Some(exact) = m.def().at_least {
            return exact(self.profile, t.value());
        }
        match measured {
            Measured::Value(p) => Some(p.at_least(t)),
            Measured::Unknown | Measured::Undefined(_) => match self.bounds(m) {
                (Some(lo), _) if lo >= t.value() => Some(true),
                (_, Some(hi)) if hi < t.value() => Some(false),
                _ => None,
            },
        }
    }

    /// Is the metric ≤ t?
    #[inline]
    pub fn at_most(&self, m: Metric, t: Edge) -> Option<bool> {
        match self.measured(m) {
            Measured::Value(p) => Some(p.at_most(t)),
            measured => self.at_most_otherwise(m, t, measured),
        }
    }

    #[inline(never)]
    fn at_most_otherwise(&self, m: Metric, t: Edge, measured: Measured) -> Option<bool> {
        match measured {
            Measured::Undefined(_) => Some(false),
            Measured::Value(p) => Some(p.at_most(t)),
            Measured::Unknown => match self.bounds(m) {
                (_, Some(hi)) if hi <= t.value() => Some(true),
                (Some(lo), _) if lo > t.value() => Some(false),
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
        self.reading(m).err()
    }

    /// A metric's value (`Ok(Some)`), unknown (`Ok(None)`), or the zero
    /// divisor it does not exist by (`Err`, see [`Facts::undefined`]): one
    /// read where both are asked, as a band table does.
    #[inline]
    pub fn reading(&self, m: Metric) -> Result<Option<Pct>, &'static str> {
        match self.measured(m) {
            Measured::Value(v) => Ok(Some(v)),
            Measured::Unknown => Ok(None),
            Measured::Undefined(path) => Err(path),
        }
    }

    /// The zero divisor of a metric that has no value (see [`Facts::undefined`]).
    fn zero_divisor(&self, m: Metric) -> Option<&'static str> {
        use crate::profile::fields::{field, Value};
        let read = |path: &str| field(path).map(|f| (f.get)(self.profile));
        let inputs = m.def().inputs;
        if inputs.len() < 2
            || inputs
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

    /// What an unknown metric is known to lie within, from the limits a
    /// valid profile keeps (money ≥ 0, 主营业务收入 ≤ 营业收入, two years'
    /// equity ≤ three years'). E.g. with last year's R&D of 2000 and the year
    /// before unknown, the two-year average is at least 1000.
    pub fn bounds(&self, m: Metric) -> (Option<Decimal>, Option<Decimal>) {
        (m.def().bounds)(self.profile)
    }

    /// A metric with its exactness.
    #[inline]
    pub fn measure(&self, m: Metric) -> Option<Pct> {
        self.reading(m).ok().flatten()
    }

    /// A metric derived on first use, then kept. Inlined: after the first
    /// use it is one load, on every comparison.
    #[inline]
    fn measured(&self, m: Metric) -> Measured {
        match self.measured[m.index()].get() {
            Some(known) => known,
            None => self.derive(m),
        }
    }

    /// A metric's first use: derive it and keep it.
    #[inline(never)]
    fn derive(&self, m: Metric) -> Measured {
        let cell = &self.measured[m.index()];
        let known = match (m.def().derive)(self.profile) {
            Some(v) => Measured::Value(v),
            None => match self.zero_divisor(m) {
                Some(path) => Measured::Undefined(path),
                None => Measured::Unknown,
            },
        };
        cell.set(Some(known));
        known
    }

    /// A yes/no fact, `None` if the user has not said.
    #[inline]
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
