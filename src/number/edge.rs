//! A threshold or band edge of the rules, converted to [`Pct`](super::Pct)
//! units once, when the rulebook is compiled, rather than on every
//! comparison (the page redoes hundreds of comparisons per keystroke).

use rust_decimal::Decimal;
use std::fmt;

/// Decimals kept in a derived ratio: every edge of the rules, and every
/// [`Pct`](super::Pct), is an integer number of 10^-12.
pub const PCT_SCALE: u32 = 12;

pub(super) const POW10: [i128; 39] = {
    let mut t = [1i128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// `d` in units of 10^-12, if it has at most 12 decimals and fits. Const,
/// so the rules' edges are converted when the rulebook is compiled
/// ([`Edge::new`]); derived ratios use it at run time.
#[inline]
pub(super) const fn units_of(d: Decimal) -> Option<i128> {
    let scale = d.scale();
    if scale > PCT_SCALE {
        return None;
    }
    let (m, p) = (d.mantissa(), POW10[(PCT_SCALE - scale) as usize]);
    // A mantissa under 2^64 times at most 10^12 fits: no overflow check.
    if m.unsigned_abs() >> 64 == 0 {
        Some(m * p)
    } else {
        m.checked_mul(p)
    }
}

/// A threshold as the rules write it (`edge!(5)` for "5%" or "5 项") and
/// the same value in units of 10^-12, so comparing a metric with it is one
/// integer comparison, exact (see [`Pct`](super::Pct)).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    value: Decimal,
    units: i128,
}

impl Edge {
    pub const ZERO: Edge = Edge::new(Decimal::ZERO);

    /// Panics (at compile time, where the rules declare their edges) on a
    /// value with more than 12 decimals or beyond `i128` units: the rules'
    /// thresholds have at most 2 decimals.
    pub const fn new(value: Decimal) -> Edge {
        match units_of(value) {
            Some(units) => Edge { value, units },
            None => panic!("a threshold of the rules has at most 12 decimals"),
        }
    }

    /// The threshold as written.
    pub const fn value(self) -> Decimal {
        self.value
    }

    pub(super) const fn units(self) -> i128 {
        self.units
    }
}

/// `edge!(5)`: a threshold, written as `dec!` writes a decimal.
#[macro_export]
macro_rules! edge {
    ($($t:tt)*) => {
        $crate::number::Edge::new(::rust_decimal_macros::dec!($($t)*))
    };
}

impl fmt::Debug for Edge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.value, f)
    }
}

impl fmt::Display for Edge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.value, f)
    }
}
