//! Ratios and growth rates of the profile's figures, with exact decimals: a
//! ratio whose inputs are missing (or whose denominator is zero) is `None`,
//! never zero.

use super::pct::Pct;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

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
