//! Ratios and growth rates of the profile's figures, with exact decimals: a
//! ratio whose inputs are missing (or whose denominator is zero) is `None`,
//! never zero.

use super::edge::PCT_SCALE;
use super::pct::Pct;
use super::wide;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Figures as integers at their common scale, when it is at most 12
/// decimals and each is under 2^62 in magnitude (every plausible figure:
/// 4.6 × 10^18 units of the last decimal). Sums, differences and products
/// of two of them are then exact in `i128`, so the rates below need no
/// decimal arithmetic; anything else takes the decimal path, which gives
/// the same value for these figures.
#[inline]
fn common_scale<const N: usize>(xs: [Decimal; N]) -> Option<([i128; N], u32)> {
    const LIMIT: i64 = 1 << 62;
    let scale = xs.iter().map(|x| x.scale()).max().unwrap_or(0);
    if scale > PCT_SCALE {
        return None;
    }
    let mut out = [0i128; N];
    for (o, x) in out.iter_mut().zip(xs) {
        let m = i64::try_from(x.mantissa()).ok()?;
        // 10^(scale − s) ≤ 10^12 fits i64.
        let m = wide::checked_mul_pow10(m, scale - x.scale())?;
        if !(-LIMIT < m && m < LIMIT) {
            return None;
        }
        *o = i128::from(m);
    }
    Some((out, scale))
}

/// `a + b` as a `Pct`, exact: the same as `Pct::from_decimal(a + b)`.
pub fn sum(a: Option<Decimal>, b: Option<Decimal>) -> Option<Pct> {
    let (a, b) = (a?, b?);
    match common_scale([a, b]) {
        // |x + y| < 2^63.
        Some(([x, y], s)) => Some(Pct::from_units(
            wide::mul_pow10((x + y) as i64, PCT_SCALE - s),
            true,
        )),
        None => a.checked_add(b).map(Pct::from_decimal),
    }
}

/// `(a + b) / 2` as a `Pct`, rounded down to 10^-12 as
/// `Pct::from_decimal((a + b) × 0.5)` is.
pub fn mean(a: Option<Decimal>, b: Option<Decimal>) -> Option<Pct> {
    let (a, b) = (a?, b?);
    match common_scale([a, b]) {
        Some(([x, y], s)) => {
            let twice = wide::mul_pow10((x + y) as i64, PCT_SCALE - s);
            // An arithmetic shift rounds down, as the decimal path does.
            Some(Pct::from_units(twice >> 1, twice & 1 == 0))
        }
        None => Some(Pct::from_decimal(a.checked_add(b)?.checked_mul(dec!(0.5))?)),
    }
}

/// `a / b × 100` of two counts (persons, items): `percent` of the same
/// numbers as decimals, without building them.
pub fn count_percent(a: Option<u32>, b: Option<u32>) -> Option<Pct> {
    Pct::quotient(i128::from(a?), i128::from(b?))
}

/// `num / den × 100`, or `None` when unknown or zero-denominated.
pub fn percent(num: Option<Decimal>, den: Option<Decimal>) -> Option<Pct> {
    Pct::ratio(num?, den?)
}

fn exact_percent(num: Option<Decimal>, den: Option<Decimal>) -> Option<Decimal> {
    let (num, den) = (num?, den?);
    if den.is_zero() {
        return None;
    }
    num.checked_mul(dec!(100))?.checked_div(den)
}

/// Growth of `now` over `before` as an exact percentage, `None` when either
/// is unknown or `before` is zero (附件4 十四).
pub fn growth_pct(now: Option<Decimal>, before: Option<Decimal>) -> Option<Pct> {
    let (now, before) = (now?, before?);
    if let Some(([a, b], _)) = common_scale([now, before]) {
        // |a − b| < 2^63: × 10^14 cannot overflow, so `None` is b = 0.
        return Pct::quotient(a - b, b);
    }
    Pct::ratio(now.checked_sub(before)?, before)
}

/// Growth of `now` over `before`, in percent (附件4 十四), exact.
pub fn growth(now: Option<Decimal>, before: Option<Decimal>) -> Option<Decimal> {
    let (now, before) = (now?, before?);
    exact_percent(now.checked_sub(before), Some(before))
}

/// 附件4 (十四): the average of two years' growth, as one exact fraction
/// ((a1−b1)·b2 + (a2−b2)·b1) / (2·b1·b2) so nothing is rounded twice.
pub fn average_growth(
    y1: Option<Decimal>,
    y2: Option<Decimal>,
    y3: Option<Decimal>,
) -> Option<Pct> {
    let (a1, b1, b2) = (y1?, y2?, y3?);
    if b1.is_zero() || b2.is_zero() {
        return None;
    }
    if let Some(([a1, b1, b2], _)) = common_scale([a1, b1, b2]) {
        // Each product < 2^125, their sum < 2^126: exact. The quotient is
        // `None` only if num × 10^14 overflows; then the decimal path.
        // In wasm, 64-bit products when each figure is under 2^30 (see
        // `wide`): then each product is under 2^61.
        const SMALL: i128 = 1 << 30;
        let small = |x: i128| -SMALL < x && x < SMALL;
        let (num, den) = if wide::STEPS && small(a1) && small(b1) && small(b2) {
            let (a1, b1, b2) = (a1 as i64, b1 as i64, b2 as i64);
            (
                i128::from((a1 - b1) * b2 + (b1 - b2) * b1),
                i128::from(2 * b1 * b2),
            )
        } else {
            ((a1 - b1) * b2 + (b1 - b2) * b1, 2 * b1 * b2)
        };
        if let Some(p) = Pct::quotient(num, den) {
            return Some(p);
        }
    }
    let fraction = (|| {
        let num = (a1.checked_sub(b1)?)
            .checked_mul(b2)?
            .checked_add((b1.checked_sub(b2)?).checked_mul(b1)?)?;
        let den = b1.checked_mul(b2)?.checked_mul(dec!(2))?;
        Pct::ratio(num, den)
    })();
    fraction.or_else(|| {
        let g = growth(Some(a1), Some(b1))?.checked_add(growth(Some(b1), Some(b2))?)?;
        Some(Pct::from_decimal(g.checked_mul(dec!(0.5))?))
    })
}

/// 近两年营业收入复合增长率 (2026): (y1 / y3)^(1/2) − 1, in percent. The square
/// root is taken with Newton's method on decimals (to 1e-12), so no float
/// is involved.
pub fn cagr_2y(y1: Option<Decimal>, y3: Option<Decimal>) -> Option<Decimal> {
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
    let mut r = if x > Decimal::ONE {
        x / dec!(2)
    } else {
        Decimal::ONE
    };
    for _ in 0..100 {
        let next = r.checked_add(x.checked_div(r)?)? / dec!(2);
        if (next - r).abs() < dec!(0.000000000001) {
            return Some(next);
        }
        r = next;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer paths give what the decimal ones give.
    #[test]
    fn integer_paths_are_the_decimal_ones() {
        let figures = [
            dec!(0),
            dec!(1),
            dec!(-3),
            dec!(7300),
            dec!(8200.5),
            dec!(0.0001),
            dec!(49999.99),
            dec!(0.000000000001),
            dec!(1234567.891),
            dec!(4000000000000000000),
        ];
        let pct = |d: Option<Decimal>| d.map(Pct::from_decimal);
        for a in figures {
            assert_eq!(
                Pct::from_decimal(a),
                Pct::from_decimal_otherwise_for_test(a)
            );
            for b in figures {
                let (sa, sb) = (Some(a), Some(b));
                assert_eq!(sum(sa, sb), pct(a.checked_add(b)), "{a} + {b}");
                assert_eq!(
                    mean(sa, sb),
                    pct(a.checked_add(b).and_then(|s| s.checked_mul(dec!(0.5)))),
                    "({a} + {b}) / 2"
                );
                let slow_growth = if b.is_zero() {
                    None
                } else {
                    Pct::ratio(a - b, b)
                };
                assert_eq!(growth_pct(sa, sb), slow_growth, "{a} over {b}");
                for c in figures {
                    if b.is_zero() || c.is_zero() {
                        assert_eq!(average_growth(sa, sb, Some(c)), None);
                        continue;
                    }
                    let num = (a - b)
                        .checked_mul(c)
                        .and_then(|x| x.checked_add((b - c).checked_mul(b)?));
                    let den = b.checked_mul(c).and_then(|x| x.checked_mul(dec!(2)));
                    // Beyond decimals' 96 bits the decimal path rounds.
                    if let (Some(num), Some(den)) = (num, den) {
                        let slow = Pct::ratio(num, den);
                        assert_eq!(average_growth(sa, sb, Some(c)), slow, "{a} {b} {c}");
                    }
                }
            }
        }
        for (a, b) in [
            (0, 1),
            (7, 3),
            (40, 900),
            (u32::MAX, 1),
            (1, u32::MAX),
            (5, 0),
        ] {
            assert_eq!(
                count_percent(Some(a), Some(b)),
                percent(Some(Decimal::from(a)), Some(Decimal::from(b))),
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn growth_follows_annex4_14() {
        // (8200 − 7300) / 7300 × 100 = 12.3287…
        let g = growth(Some(dec!(8200)), Some(dec!(7300))).unwrap();
        assert_eq!(g.round_dp(2), dec!(12.33));
        assert_eq!(growth(Some(dec!(1)), Some(dec!(0))), None);
        assert_eq!(growth(None, Some(dec!(1))), None);
    }

    #[test]
    fn average_growth_is_one_exact_fraction() {
        // (8200−7300)/7300 and (7300−6500)/6500: average 12.3182…%
        let avg = average_growth(Some(dec!(8200)), Some(dec!(7300)), Some(dec!(6500))).unwrap();
        assert_eq!(avg.value().round_dp(4), dec!(12.3182));
        // Exactly 5%: 105/100 and 100/100 → (5 + 0)/2 = 2.5; 110.25/105/100 → 5.
        let five = average_growth(Some(dec!(110.25)), Some(dec!(105)), Some(dec!(100))).unwrap();
        assert!(five.exact && five.at_least(crate::edge!(5)) && five.at_most(crate::edge!(5)));
    }

    #[test]
    fn cagr_is_exact_enough() {
        // 110.25 / 100 → sqrt 1.05 → 5%.
        assert_eq!(
            cagr_2y(Some(dec!(110.25)), Some(dec!(100)))
                .unwrap()
                .round_dp(9),
            dec!(5)
        );
        assert_eq!(cagr_2y(Some(dec!(100)), Some(dec!(0))), None);
    }
}
