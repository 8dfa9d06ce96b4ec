//! The generated profiles the property tests draw from: any profile the
//! types allow, a valid one, and the amounts and counts they are made of.
//! Shared by `properties.rs` and `extremes.rs`; each suite uses only some
//! of them, hence `dead_code` is allowed here.

#![allow(dead_code)]

use proptest::prelude::*;
use rust_decimal::Decimal;
use sme_calc::profile::*;
use sme_calc::{assess, Date, Profile};

pub fn money() -> impl Strategy<Value = Option<Decimal>> + Clone {
    prop_oneof![
        1 => Just(None),
        // Most values near the rules' thresholds (tens to thousands of 万元).
        4 => (0i64..300_000, 0u32..3).prop_map(|(n, s)| Some(Decimal::new(n, s))),
        2 => (0i64..200_000, 0u32..1).prop_map(|(n, s)| Some(Decimal::new(n, s))),
        1 => Just(Some(Decimal::ZERO)),
    ]
}

pub fn signed_money() -> impl Strategy<Value = Option<Decimal>> + Clone {
    prop_oneof![1 => Just(None), 6 => (-200_000i64..2_000_000, 0u32..3).prop_map(|(n, s)| Some(Decimal::new(n, s)))]
}

pub fn count(max: u32) -> impl Strategy<Value = Option<u32>> {
    prop_oneof![1 => Just(None), 6 => (0..=max).prop_map(Some)]
}

pub fn flag() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

pub fn years(m: impl Strategy<Value = Option<Decimal>> + Clone) -> impl Strategy<Value = Years> {
    (m.clone(), m.clone(), m).prop_map(|(y1, y2, y3)| Years { y1, y2, y3 })
}

/// Any profile the types allow, including ones validation would refuse:
/// the engine must not panic on them either.
pub fn any_profile() -> impl Strategy<Value = Profile> {
    let company = (
        proptest::sample::select(Industry::ALL.to_vec()).prop_map(Some),
        count(3000),
        count(3000),
        count(40),
        count(3000),
    )
        .prop_map(
            |(industry, employees, rd_employees, years_in_niche, sci)| Company {
                industry,
                employees,
                rd_employees,
                years_in_niche,
                sci_tech_staff: sci,
                tax_by_audit: Some(employees.is_some_and(|e| e % 2 == 0)),
                ..Company::default()
            },
        );
    let fin = (
        years(money()),
        years(money()),
        years(money()),
        years(signed_money()),
        years(money()),
        years(money()),
        money(),
        money(),
        years(money()),
    )
        .prop_map(|(rev, main, rd, np, ta, tl, e2, e3, cost)| Financials {
            operating_revenue: rev,
            main_business_revenue: main,
            rd_expense: rd,
            net_profit: np,
            total_assets: ta,
            total_liabilities: tl,
            equity_financing_2y: e2,
            equity_financing_3y: e3,
            cost_expense_total: cost,
        });
    let ip = (
        count(20),
        count(20),
        count(20),
        count(40),
        count(20),
        count(5),
        count(20),
    )
        .prop_map(|(a, b, c, d, e, f, g)| Ip {
            class1: a,
            class1_self_developed: b,
            class1_high_value: c,
            class2: d,
            class1_applied_to_main_product: e,
            class1_transferred_in: f,
            class1_self_applied_top3: g,
        });
    let quals = (
        (
            flag(),
            flag(),
            flag(),
            count(5),
            flag(),
            flag(),
            flag(),
            flag(),
        ),
        (
            proptest::option::of(proptest::sample::select(vec![
                RdInstitution::None,
                RdInstitution::BelowMunicipal,
                RdInstitution::Municipal,
                RdInstitution::Provincial,
                RdInstitution::National,
            ])),
            count(20),
            proptest::option::of((
                proptest::sample::select(vec![
                    AwardLevel::None,
                    AwardLevel::Provincial,
                    AwardLevel::National,
                ]),
                proptest::option::of(0u32..10),
            )),
            proptest::option::of(proptest::sample::subsequence(Honor::ALL.to_vec(), 0..=4)),
            proptest::option::of(proptest::sample::select(vec![
                MakerChina::None,
                MakerChina::Top500,
                MakerChina::Top50,
            ])),
            proptest::option::of((0i64..12_000, 0u32..3).prop_map(|(n, s)| Decimal::new(n, s))),
            (flag(), flag(), flag()),
        ),
    )
        .prop_map(
            |(
                (sei, chain, six, digital, qa, qc, ob, ss),
                (inst, local, award, honors, maker, share, (info, cert, key)),
            )| Qualifications {
                strategic_emerging_industry: sei,
                chain_gap_filling: chain,
                six_basics_or_key_chain: six,
                digital_level: digital,
                quality: Quality {
                    provincial_quality_award: qa,
                    quality_system_cert: qc,
                    own_brand: ob,
                    standard_setting: ss,
                },
                rd_institution: inst,
                local_distinctive_score: local,
                sci_tech_award: award.map(|(level, rank)| SciTechAward { level, rank }),
                honors,
                maker_china: maker,
                market_share_pct: share,
                core_business_info_system: info,
                management_system_cert: cert,
                key_field: key,
                ..Qualifications::default()
            },
        );
    let compliance = (flag(), flag(), flag(), flag()).prop_map(|(a, b, c, d)| Compliance {
        registered_independent_legal_person: a,
        abnormal_or_dishonest_listed: b,
        prohibited_products: c,
        major_incident_3y: d,
    });
    (company, fin, ip, quals, compliance).prop_map(
        |(company, financials, ip, qualifications, compliance)| Profile {
            company,
            financials,
            ip,
            qualifications,
            compliance,
            ..Profile::empty()
        },
    )
}

/// A generated profile made valid by clearing (making unknown) every
/// field validation objects to.
pub fn valid_profile() -> impl Strategy<Value = Profile> {
    any_profile().prop_map(|mut p| {
        for _ in 0..6 {
            let errors = validate(&p);
            if errors.is_empty() {
                break;
            }
            for e in errors {
                if let Some(f) = fields::field(&e.path) {
                    (f.set)(&mut p, fields::Value::Empty);
                }
            }
        }
        p
    })
}

pub fn path_honors(paths: &[String]) -> bool {
    paths.iter().any(|p| p == "qualifications.honors")
}

pub fn date() -> Date {
    Date::ymd(2025, 6, 30)
}

/// (tier key, min, max) of every scored tier.
pub fn scores(p: &Profile) -> Vec<(&'static str, u32, u32)> {
    assess(p, date())
        .tiers
        .iter()
        .filter_map(|t| {
            t.score
                .as_ref()
                .map(|s| (t.tier.id.key(), s.total.min, s.total.max))
        })
        .collect()
}
