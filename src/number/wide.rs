//! 128-bit products and quotients in 64-bit steps, for wasm. Wasm has no
//! 64×64→128 multiply and no 128-bit division: each `i128` `*` or `/` is
//! a call into the compiler's runtime (`__multi3`, `__udivti3`, …) that
//! passes its operands through memory, ~15% of the engine's time in
//! Chromium. The figures the rules divide almost always fit 64 bits, so in
//! wasm these helpers take 64-bit instructions and leave the rest to the
//! `i128` path. Natively that path is one or two instructions, and
//! [`STEPS`] is false: the native code is the `i128` code. The step
//! versions are tested natively against it (below).

use super::edge::POW10;

/// Whether to take the 64-bit steps: in wasm only.
pub(super) const STEPS: bool = cfg!(target_arch = "wasm32");

/// 10^k for the k whose power fits `u64` (k ≤ 19).
const P: [u64; 20] = {
    let mut t = [0u64; 20];
    let mut i = 0;
    while i < 20 {
        t[i] = POW10[i] as u64;
        i += 1;
    }
    t
};

/// `u64::MAX / 10^k`: the largest x with x · 10^k in `u64`.
const FITS: [u64; 20] = {
    let mut t = [0u64; 20];
    let mut i = 0;
    while i < 20 {
        t[i] = u64::MAX / P[i];
        i += 1;
    }
    t
};

/// `i64::MAX / 10^k` (k ≤ 18): the largest |x| with x · 10^k in `i64`.
const FITS_I64: [u64; 19] = {
    let mut t = [0u64; 19];
    let mut i = 0;
    while i < 19 {
        t[i] = i64::MAX as u64 / P[i];
        i += 1;
    }
    t
};

/// `m × 10^k` (k ≤ 18), exact: |m| < 2^63 and 10^18 < 2^60.
#[inline(always)]
pub(super) fn mul_pow10(m: i64, k: u32) -> i128 {
    if STEPS && m.unsigned_abs() <= FITS_I64[k as usize] {
        i128::from(m * P[k as usize] as i64)
    } else {
        i128::from(m) * POW10[k as usize]
    }
}

/// `m × 10^k` (k ≤ 18) if it fits `i64`: `m.checked_mul(10^k)`.
#[inline(always)]
pub(super) fn checked_mul_pow10(m: i64, k: u32) -> Option<i64> {
    let p = P[k as usize] as i64;
    if !STEPS {
        return m.checked_mul(p);
    }
    if k == 0 {
        return Some(m);
    }
    // 10^k (k ≥ 1) does not divide 2^63, so |m| ≤ MAX / 10^k is exactly
    // "the product fits", negative or not.
    (m.unsigned_abs() <= FITS_I64[k as usize]).then(|| m * p)
}

/// `m × 10^k` if it fits `u64` (k ≤ 19).
#[inline(always)]
pub(super) fn mul_pow10_u64(m: u64, k: u32) -> Option<u64> {
    let k = k as usize;
    (k < P.len() && m <= FITS[k]).then(|| m * P[k])
}

/// ⌊n · 10^k / d⌋ and whether that is exact, by long division in 64-bit
/// steps: `None` when d is 0, the quotient passes `u64` or d ≥ 2^60.
/// Callers take it in wasm only (see [`STEPS`]).
#[inline(always)]
pub(super) fn scaled_div(n: u64, k: u32, d: u64) -> Option<(u64, bool)> {
    if d == 0 {
        return None;
    }
    // One division per step: V8 computes a remainder with a second
    // division, so it is taken back by a multiplication.
    let (mut q, mut r, mut k) = if n < d {
        (0, n, k)
    } else {
        let q = n / d;
        (q, n - q * d, k)
    };
    while k > 0 {
        if r == 0 {
            // Nothing left to divide: the rest is q · 10^k.
            let q = if q == 0 { 0 } else { mul_pow10_u64(q, k)? };
            return Some((q, true));
        }
        // A step of j digits, r · 10^j within u64: 10^j ≤ 2^(leading
        // zeros of r), as ⌊lz · log10 2⌋ = (lz · 1233) >> 12 for lz ≤ 64.
        let j = k.min((r.leading_zeros() * 1233) >> 12);
        if j == 0 {
            return None;
        }
        let t = r * P[j as usize];
        let step = t / d;
        q = mul_pow10_u64(q, j)?.checked_add(step)?;
        r = t - step * d;
        k -= j;
    }
    Some((q, r == 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIGURES: [u64; 14] = [
        0,
        1,
        3,
        7,
        10,
        730_000,
        820_050,
        999_999_999,
        1 << 31,
        123_456_789_012,
        1 << 40,
        (1 << 59) + 12345,
        i64::MAX as u64,
        u64::MAX,
    ];

    #[test]
    fn steps_are_the_128_bit_quotient() {
        for n in FIGURES {
            for d in FIGURES.iter().copied().filter(|&d| d > 0) {
                for k in 0..=21 {
                    let Some(wide) = u128::from(n).checked_mul(10u128.pow(k)) else {
                        continue;
                    };
                    let (q, r) = (wide / u128::from(d), wide % u128::from(d));
                    match scaled_div(n, k, d) {
                        Some((sq, exact)) => {
                            assert_eq!((u128::from(sq), exact), (q, r == 0), "{n}·10^{k}/{d}")
                        }
                        // Only a quotient beyond u64 or a divisor ≥ 2^60.
                        None => assert!(q > u128::from(u64::MAX) || d >= 1 << 60, "{n} {k} {d}"),
                    }
                }
            }
        }
    }

    #[test]
    fn products_are_the_128_bit_ones() {
        for m in FIGURES {
            for m in [m as i64, (m as i64).wrapping_neg(), i64::MIN] {
                for k in 0..=18u32 {
                    let p = 10i128.pow(k);
                    assert_eq!(mul_pow10(m, k), i128::from(m) * p);
                    let fits = i64::try_from(i128::from(m) * p).ok();
                    assert_eq!(checked_mul_pow10(m, k), fits, "{m}·10^{k}");
                    if !STEPS {
                        // The wasm branch, natively.
                        let steps = (k == 0 || m.unsigned_abs() <= FITS_I64[k as usize])
                            .then(|| m.wrapping_mul(p as i64));
                        assert_eq!(steps, fits, "{m}·10^{k}");
                    }
                }
            }
        }
        for m in FIGURES {
            for k in 0..=20u32 {
                let p = 10u128.checked_pow(k).filter(|_| k < 20);
                let fits = p.and_then(|p| u64::try_from(u128::from(m) * p).ok());
                assert_eq!(mul_pow10_u64(m, k), fits, "{m}·10^{k}");
            }
        }
    }
}
