//! Exact percentages: the one number type the rules compare ratios in.

use super::edge::{units_of, Edge, PCT_SCALE, POW10};
use super::wide;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A derived ratio in percent, as fixed-point units of 10^-12 rounded down,
/// with a note of whether the rounding dropped anything. Every threshold in
/// the rules has at most 2 decimals, so comparisons stay exact:
/// x ≥ t ⇔ ⌊x⌋ ≥ t, and x ≤ t ⇔ ⌊x⌋ ≤ t when exact, ⌊x⌋ < t otherwise.
/// Integer units make each comparison one `i128` compare; the page redoes
/// hundreds of them on every keystroke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pct {
    units: i128,
    pub exact: bool,
}

/// 10^i when it fits 64 bits (i ≤ 19), from the one table of powers.
#[inline]
fn pow10_u64(i: u32) -> Option<u64> {
    (i < 20).then(|| POW10[i as usize] as u64)
}

/// [`Pct::ratio`] for the usual figures: non-negative, mantissas under
/// 2^64, few decimals. Widening 64-bit multiplications cannot overflow, so
/// nothing is checked but the bounds the general path has (n and d within
/// `i128`): the same n and d, the same quotient and remainder.
#[inline]
fn ratio_u64(nm: i128, ns: u32, dm: i128, ds: u32) -> Option<Pct> {
    let (nm, dm) = (u64::try_from(nm).ok()?, u64::try_from(dm).ok()?);
    let pn = pow10_u64(ds + PCT_SCALE + 2)?;
    let pd = pow10_u64(ns)?;
    let (n, d) = (
        u128::from(nm) * u128::from(pn),
        u128::from(dm) * u128::from(pd),
    );
    if d == 0 || n > i128::MAX as u128 || d > i128::MAX as u128 {
        return None;
    }
    // Both within 64 bits (a small figure over a whole one): one machine
    // division gives quotient and remainder, where u128 takes a call into
    // the runtime's software division.
    let (q, exact) = match (u64::try_from(n), u64::try_from(d)) {
        (Ok(n), Ok(d)) => (u128::from(n / d), n % d == 0),
        _ => {
            let q = n / d;
            (q, n - q * d == 0)
        }
    };
    Some(Pct {
        units: q as i128,
        exact,
    })
}

impl Pct {
    /// An exact decimal value as a `Pct` (rounded down to 12 decimals).
    /// Inline for the usual figure (a 64-bit mantissa, at most 12
    /// decimals: one multiplication); anything else out of line.
    #[inline]
    pub fn from_decimal(q: Decimal) -> Pct {
        let scale = q.scale();
        if scale <= PCT_SCALE {
            if let Ok(m) = i64::try_from(q.mantissa()) {
                // |m| < 2^63 and 10^12 < 2^40: the product fits.
                return Pct {
                    units: wide::mul_pow10(m, PCT_SCALE - scale),
                    exact: true,
                };
            }
        }
        Pct::from_decimal_otherwise(q)
    }

    #[inline(never)]
    fn from_decimal_otherwise(q: Decimal) -> Pct {
        match units_of(q) {
            Some(units) => Pct { units, exact: true },
            None => {
                let floor = q.round_dp_with_strategy(
                    PCT_SCALE,
                    rust_decimal::RoundingStrategy::ToNegativeInfinity,
                );
                Pct {
                    units: units_of(floor).unwrap_or(if q.is_sign_negative() {
                        i128::MIN / 2
                    } else {
                        i128::MAX / 2
                    }),
                    exact: floor == q,
                }
            }
        }
    }

    #[cfg(test)]
    pub(super) fn from_decimal_otherwise_for_test(q: Decimal) -> Pct {
        Pct::from_decimal_otherwise(q)
    }

    /// A whole count (persons, items, a level, points): exact, and no
    /// decimal is built for it.
    #[inline]
    pub fn count(n: u32) -> Pct {
        Pct {
            units: wide::mul_pow10(i64::from(n), PCT_SCALE),
            exact: true,
        }
    }

    /// `units` of 10^-12 exactly, or rounded down from more (`exact`).
    #[inline]
    pub(super) fn from_units(units: i128, exact: bool) -> Pct {
        Pct { units, exact }
    }

    /// `n / d × 100` for two integers at one scale (it cancels), rounded
    /// down to 10^-12 as [`Pct::ratio`] is: the same exact quotient, without
    /// building decimals. `None` when `d` is 0 or `n × 10^14` overflows
    /// (the caller then takes the decimal path).
    #[inline]
    pub(crate) fn quotient(n: i128, d: i128) -> Option<Pct> {
        if let Some(p) = Pct::quotient_steps(n, d) {
            return Some(p);
        }
        let n = n.checked_mul(POW10[(PCT_SCALE + 2) as usize])?;
        let (n, d) = if d < 0 {
            (n.checked_neg()?, d.checked_neg()?)
        } else {
            (n, d)
        };
        if d == 0 {
            return None;
        }
        // d > 0. One machine division when both fit 64 bits; else, for
        // n ≥ 0, one unsigned division and the remainder by multiplication.
        let (q, r) = match (u64::try_from(n), u64::try_from(d)) {
            (Ok(n), Ok(d)) => (i128::from(n / d), i128::from(n % d)),
            _ if n >= 0 => {
                let (n, d) = (n.unsigned_abs(), d.unsigned_abs());
                let q = n / d;
                (q as i128, (n - q * d) as i128)
            }
            _ => (n.div_euclid(d), n.rem_euclid(d)),
        };
        Some(Pct {
            units: q,
            exact: r == 0,
        })
    }

    /// [`Pct::quotient`] in 64-bit steps (wasm, see `wide`), for |n| and
    /// d > 0 within 64 bits: there n × 10^14 cannot overflow, so the
    /// general path would give this same floor.
    #[inline(always)]
    fn quotient_steps(n: i128, d: i128) -> Option<Pct> {
        if !wide::STEPS {
            return None;
        }
        Pct::quotient_in_steps(n, d)
    }

    #[inline(always)]
    fn quotient_in_steps(n: i128, d: i128) -> Option<Pct> {
        let (m, d) = (
            u64::try_from(n.unsigned_abs()).ok()?,
            u64::try_from(d).ok()?,
        );
        let (q, exact) = wide::scaled_div(m, PCT_SCALE + 2, d)?;
        let q = i128::from(q);
        // A negative n rounds down: −⌈|n|·10^14/d⌉.
        let units = match (n < 0, exact) {
            (false, _) => q,
            (true, true) => -q,
            (true, false) => -q - 1,
        };
        Some(Pct { units, exact })
    }

    /// [`Pct::ratio`] in 64-bit steps (wasm, see `wide`) for non-negative
    /// mantissas under 2^63 and a numerator's scale up to 10^19: the
    /// scaled numerator is then under 2^127 and the denominator under
    /// 2^64, within the general path's bounds, which gives this same floor.
    #[inline(always)]
    fn ratio_steps(nm: i128, ns: u32, dm: i128, ds: u32) -> Option<Pct> {
        if !wide::STEPS {
            return None;
        }
        Pct::ratio_in_steps(nm, ns, dm, ds)
    }

    #[inline(always)]
    fn ratio_in_steps(nm: i128, ns: u32, dm: i128, ds: u32) -> Option<Pct> {
        let (nm, dm) = (u64::try_from(nm).ok()?, u64::try_from(dm).ok()?);
        if nm > i64::MAX as u64 || ds + PCT_SCALE + 2 > 19 {
            return None;
        }
        let d = wide::mul_pow10_u64(dm, ns)?;
        let (q, exact) = wide::scaled_div(nm, ds + PCT_SCALE + 2, d)?;
        Some(Pct {
            units: i128::from(q),
            exact,
        })
    }

    /// `num / den × 100`. `None` when `den` is zero.
    pub fn ratio(num: Decimal, den: Decimal) -> Option<Pct> {
        if den.is_zero() {
            return None;
        }
        // num/den × 100 × 10^12 = (nm · 10^(ds+14)) / (dm · 10^ns)
        let (nm, ns, dm, ds) = (num.mantissa(), num.scale(), den.mantissa(), den.scale());
        if let Some(p) = Pct::ratio_steps(nm, ns, dm, ds) {
            return Some(p);
        }
        if let Some(p) = ratio_u64(nm, ns, dm, ds) {
            return Some(p);
        }
        let fast = (|| {
            let n = nm.checked_mul(*POW10.get((ds + PCT_SCALE + 2) as usize)?)?;
            let d = dm.checked_mul(POW10[ns as usize])?;
            let (n, d) = if d < 0 {
                (n.checked_neg()?, d.checked_neg()?)
            } else {
                (n, d)
            };
            // d > 0 here. Most figures fit 64 bits: one machine division
            // gives quotient and remainder, where i128 takes two calls.
            // Else, n ≥ 0 (all figures but a negative growth): one unsigned
            // division, the remainder by multiplication.
            let (q, r) = match (u64::try_from(n), u64::try_from(d)) {
                (Ok(n), Ok(d)) => (i128::from(n / d), i128::from(n % d)),
                _ if n >= 0 => {
                    let (n, d) = (n.unsigned_abs(), d.unsigned_abs());
                    let q = n / d;
                    (q as i128, (n - q * d) as i128)
                }
                _ => (n.div_euclid(d), n.rem_euclid(d)),
            };
            Some(Pct {
                units: q,
                exact: r == 0,
            })
        })();
        fast.or_else(|| {
            num.checked_mul(dec!(100))?
                .checked_div(den)
                .map(Pct::from_decimal)
        })
    }

    /// The value, to 12 decimals (rounded down).
    pub fn value(self) -> Decimal {
        Decimal::try_from_i128_with_scale(self.units, PCT_SCALE).unwrap_or(if self.units < 0 {
            Decimal::MIN
        } else {
            Decimal::MAX
        })
    }

    /// The whole part, truncated toward zero, as the rules' entered points
    /// are read; 0 when negative or beyond `u32` (`value().trunc()`'s
    /// `to_u32().unwrap_or(0)`, without building the decimal).
    pub fn whole(self) -> u32 {
        // In 64 bits when the units fit (a 128-bit division is a call).
        match i64::try_from(self.units) {
            Ok(u) => u32::try_from(u / POW10[PCT_SCALE as usize] as i64),
            Err(_) => u32::try_from(self.units / POW10[PCT_SCALE as usize]),
        }
        .unwrap_or(0)
    }

    /// How many whole `step`s fit in a non-negative value (saturating at
    /// `u32::MAX`), for a step of 0 < step < 1000 with at most 12
    /// decimals: an integer division, equal to ⌊value / step⌋ in decimals
    /// (their rounding only reaches an integer far beyond `u32`). `None`
    /// otherwise: the caller divides in decimals.
    pub fn whole_steps(self, step: Decimal) -> Option<u32> {
        let su = units_of(step).filter(|&u| 0 < u && u < POW10[PCT_SCALE as usize + 3])?;
        if self.units < 0 {
            return None;
        }
        // In 64 bits when the units fit (a 128-bit division is a call).
        let steps = match u64::try_from(self.units) {
            Ok(u) => u128::from(u / su as u64),
            Err(_) => (self.units / su) as u128,
        };
        Some(u32::try_from(steps).unwrap_or(u32::MAX))
    }

    /// Is the ratio ≥ t? One integer comparison: the edge is converted
    /// once, and ⌊x⌋ ≥ t ⇔ x ≥ t.
    #[inline]
    pub fn at_least(self, t: Edge) -> bool {
        self.units >= t.units()
    }

    /// Is the ratio ≤ t? When rounding dropped something, x > ⌊x⌋, so
    /// x ≤ t ⇔ ⌊x⌋ < t.
    #[inline]
    pub fn at_most(self, t: Edge) -> bool {
        if self.exact {
            self.units <= t.units()
        } else {
            self.units < t.units()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_64_bit_ratio_is_the_general_one() {
        let figures = [
            dec!(0),
            dec!(1),
            dec!(3),
            dec!(7300),
            dec!(8200.5),
            dec!(0.0001),
            dec!(49999.99),
            dec!(18446744073709551615),
        ];
        for num in figures {
            for den in figures.iter().filter(|d| !d.is_zero()) {
                let (nm, ns, dm, ds) = (num.mantissa(), num.scale(), den.mantissa(), den.scale());
                let Some(fast) = ratio_u64(nm, ns, dm, ds) else {
                    continue;
                };
                let n = nm * POW10[(ds + PCT_SCALE + 2) as usize];
                let d = dm * POW10[ns as usize];
                assert_eq!(fast.units, n.div_euclid(d), "{num} / {den}");
                assert_eq!(fast.exact, n.rem_euclid(d) == 0, "{num} / {den}");
            }
        }
    }

    /// The wasm paths (`wide`'s 64-bit steps), run natively, give what
    /// the general ones give wherever they answer.
    #[test]
    fn steps_are_the_general_quotients() {
        let figures = [
            dec!(0),
            dec!(1),
            dec!(-3),
            dec!(3),
            dec!(7300),
            dec!(8200.5),
            dec!(0.0001),
            dec!(49999.99),
            dec!(1234567.891),
            dec!(0.000001),
            dec!(9223372036854775807),
            dec!(18446744073709551615),
        ];
        let mut answered = 0;
        for num in figures {
            for den in figures {
                let (nm, ns, dm, ds) = (num.mantissa(), num.scale(), den.mantissa(), den.scale());
                if let Some(p) = Pct::ratio_in_steps(nm, ns, dm, ds) {
                    assert_eq!(Some(p), Pct::ratio(num, den), "{num} / {den}");
                    answered += 1;
                }
                for (n, d) in [(nm, dm), (nm * 7 - 1, dm + 3), (-nm, dm)] {
                    if let Some(p) = Pct::quotient_in_steps(n, d) {
                        assert_eq!(Some(p), Pct::quotient(n, d), "{n} / {d}");
                        answered += 1;
                    }
                }
            }
        }
        assert!(answered > 200, "{answered}");
    }

    #[test]
    fn whole_parts_are_the_decimal_ones() {
        use rust_decimal::prelude::ToPrimitive;
        let values = [
            dec!(0),
            dec!(7),
            dec!(7.999999999999),
            dec!(-0.5),
            dec!(-3),
            dec!(4294967295),
            dec!(4294967296),
            dec!(123456789012345),
        ];
        for v in values {
            let p = Pct::from_decimal(v);
            assert_eq!(p.whole(), v.trunc().to_u32().unwrap_or(0), "{v}");
            for step in [dec!(1), dec!(2), dec!(0.5), dec!(3.33), dec!(999)] {
                if let Some(n) = p.whole_steps(step) {
                    let d = (v / step).floor().to_u32().unwrap_or(u32::MAX);
                    assert_eq!(n, d, "{v} / {step}");
                }
            }
        }
    }

    #[test]
    fn pct_compares_exactly_at_edges() {
        let third = Pct::ratio(dec!(1), dec!(3)).unwrap(); // 33.333…%
        assert!(!third.exact);
        assert!(third.at_least(crate::edge!(33.33)) && !third.at_least(crate::edge!(33.34)));
        assert!(third.at_most(crate::edge!(33.34)) && !third.at_most(crate::edge!(33.33)));
        let five = Pct::ratio(dec!(50), dec!(1000)).unwrap();
        assert!(five.exact && five.at_least(crate::edge!(5)) && five.at_most(crate::edge!(5)));
        // Just under 5%: 4.99999999999999…
        let under = Pct::ratio(dec!(49.99999999999999), dec!(1000)).unwrap();
        assert!(!under.at_least(crate::edge!(5)) && under.at_most(crate::edge!(5)));
        let neg = Pct::ratio(dec!(-1), dec!(3)).unwrap();
        assert!(
            neg.at_most(crate::edge!(0))
                && !neg.at_least(crate::edge!(-33.33))
                && neg.at_least(crate::edge!(-33.34))
        );
        assert_eq!(
            Pct::ratio(dec!(480), dec!(9000))
                .unwrap()
                .value()
                .round_dp(2),
            dec!(5.33)
        );
    }
}
