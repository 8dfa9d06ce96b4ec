//! What a metric is: a number derived from the profile that rules compare
//! against, and what its declaration holds.

use super::lever::Reach;
use crate::number::Pct;
use crate::profile::Profile;
use crate::rules::model::Citation;
use crate::text::Text;
use rust_decimal::Decimal;

/// A number derived from the profile that rules compare against. Each is
/// declared once, in `metrics.rs`, as a constant such as
/// `Metric::DEBT_RATIO`; [`Metric::def`] gives its declaration.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Metric(pub(super) u8);

impl Metric {
    /// Its place in [`super::METRICS`] (and in any per-metric table).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

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

/// Whether a metric is listed in `metrics` of `sme-assessment/1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Hidden,
    /// Always listed (`null` when unknown).
    Always,
    /// Listed only when known.
    WhenKnown,
}

/// One metric's declaration.
pub struct MetricDef {
    /// Its id: the key in `sme-assessment/1`'s `metrics` when reported.
    pub key: &'static str,
    pub name: Text,
    pub unit: Unit,
    /// The profile fields it is computed from (dotted `sme-profile/1` paths),
    /// for a ratio or rate the numerator first, then what it divides by
    /// (`Facts::undefined` reads a 0 there as "no value", not "unknown").
    pub inputs: &'static [&'static str],
    /// Its value, in percent for ratios; `None` when unknown (an input
    /// missing, a zero denominator), never zero.
    pub derive: fn(&Profile) -> Option<Pct>,
    /// What an unknown value is known to lie within, from the limits a
    /// valid profile keeps (money ≥ 0, 主营业务收入 ≤ 营业收入, …).
    pub bounds: fn(&Profile) -> (Option<Decimal>, Option<Decimal>),
    /// "≥ t" decided without rounding, where `derive` rounds (a square root).
    pub at_least: Option<fn(&Profile, Decimal) -> Option<bool>>,
    /// Listed in the assessment's `metrics`?
    pub report: Report,
    /// Shown in the form beside the inputs of this row (a profile path, or
    /// `company` for the company section), under this short label; metrics
    /// of one row with the same label share it ("增长率 5% / 3%").
    pub beside: Option<(&'static str, Text)>,
    /// How a company can move it (advice).
    pub reach: Option<Reach>,
    /// Where the rules define it, when they do.
    pub citation: Option<Citation>,
}

/// The defaults every declaration starts from.
pub(super) const BASE: MetricDef = MetricDef {
    key: "",
    name: crate::t!("", ""),
    unit: Unit::Percent,
    inputs: &[],
    derive: |_| None,
    bounds: |_| (None, None),
    at_least: None,
    report: Report::Hidden,
    beside: None,
    reach: None,
    citation: None,
};
