//! Hostile input never panics: JSON the parser must refuse, and profiles
//! with extreme magnitudes (issue 18 item 7) through the assessment, the
//! report, the incentives and the side-by-side view.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use sme_calc::profile::*;
use sme_calc::report::report;
use sme_calc::{assess, Date, Profile};

mod strategies;
use strategies::*;

#[test]
fn hostile_json_is_refused_without_panicking() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    for doc in ["", "null", "[]", "{", "{\"format\":\"sme-profile/1\",\"financials\":{\"rd_expense\":{\"y1\":1e999}}}", &deep, "{\"format\":\"sme-profile/1\",\"company\":{\"employees\":-1}}", "{\"format\":\"sme-profile/1\",\"financials\":{\"operating_revenue\":{\"y1\":\"79228162514264337593543950336\"}}}"] {
        assert!(parse_profile(doc).is_err(), "{doc:.60}");
    }
}

/// Any amount a `Decimal` holds, weighted to its edges: the largest and
/// smallest values, the tiniest fractions, the limit of a valid profile and
/// values of every scale. A stored or hand-edited profile may hold any of
/// them; nothing the engine does with them may panic.
fn extreme_money() -> impl Strategy<Value = Option<Decimal>> + Clone {
    prop_oneof![
        1 => Just(None),
        2 => Just(Some(Decimal::MAX)),
        1 => Just(Some(Decimal::MIN)),
        1 => Just(Some(Decimal::new(1, 28))),
        1 => Just(Some(Decimal::new(-1, 28))),
        1 => Just(Some(sme_calc::limits::MAX_WAN)),
        1 => Just(Some(Decimal::ZERO)),
        3 => (any::<i64>(), any::<i64>(), 0u32..=28).prop_map(|(hi, lo, scale)| {
            let m = ((hi as i128) << 32) ^ (lo as i128);
            Decimal::try_from_i128_with_scale(m % 79_228_162_514_264_337_593_543_950_335, scale).ok()
        }),
    ]
}

/// A generated profile with extreme amounts everywhere, extreme counts and
/// the worked example's achievements (so the incentives pay) at any count.
fn extreme_profile() -> impl Strategy<Value = Profile> {
    let m = extreme_money;
    (
        any_profile(),
        (years(m()), years(m()), years(m()), years(m())),
        (years(m()), years(m()), years(m()), m(), m(), m()),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()),
    )
        .prop_map(
            |(mut p, (rev, main, rd, np), (ta, tl, cost, e2, e3, share), (a, b, c, d))| {
                let f = &mut p.financials;
                (
                    f.operating_revenue,
                    f.main_business_revenue,
                    f.rd_expense,
                    f.net_profit,
                ) = (rev, main, rd, np);
                (f.total_assets, f.total_liabilities, f.cost_expense_total) = (ta, tl, cost);
                (f.equity_financing_2y, f.equity_financing_3y) = (e2, e3);
                p.qualifications.market_share_pct = share;
                p.company.employees = Some(a);
                p.company.rd_employees = Some(b.min(a));
                p.ip.class1 = Some(c);
                p.ip.class2 = Some(d);
                p.company.province = Some("山东省".into());
                p.company.city = Some("临沂市".into());
                p.achievements = vec![
                    Achievement::new(
                        "standard",
                        &[("level", "national"), ("role", "lead"), ("action", "draft")],
                        a,
                    ),
                    Achievement::new("forerunner", &[("level", "provincial")], b),
                ]
                .into();
                p
            },
        )
}

proptest! {
    // Advice re-runs the engine many times; fewer cases keep the suite fast.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Arithmetic never panics (issue 18 item 7): any magnitude, through
    /// the assessment, the report with its advice, the incentives and the
    /// side-by-side view.
    #[test]
    fn extreme_magnitudes_never_panic(p in extreme_profile()) {
        for d in [date(), Date::ymd(2026, 12, 6)] {
            let a = assess(&p, d);
            let _ = serde_json::to_string(&report(&a)).unwrap();
            let _ = sme_calc::incentives::incentives(&p, d);
        }
        let rb = sme_calc::rules::RULEBOOKS[0];
        let _ = sme_calc::side_by_side::side_by_side(&[("a", &p), ("b", &Profile::empty())], date(), rb, true);
    }
}
