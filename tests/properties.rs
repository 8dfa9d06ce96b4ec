//! Invariants of the engine over generated profiles: points stay within
//! their bounds, more R&D or more IP never lowers a score, no profile makes
//! the engine panic, and a range reported for unknown inputs always holds
//! the score of the completed profile.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use sme_calc::engine::advice::{a_year_later, advise, apply_changes, Change};
use sme_calc::engine::assess_with;
use sme_calc::logic::Tri;
use sme_calc::profile::*;
use sme_calc::report::report;
use sme_calc::{assess, Date, Profile};

fn money() -> impl Strategy<Value = Option<Decimal>> + Clone {
    prop_oneof![
        1 => Just(None),
        // Most values near the rules' thresholds (tens to thousands of 万元).
        4 => (0i64..300_000, 0u32..3).prop_map(|(n, s)| Some(Decimal::new(n, s))),
        2 => (0i64..200_000, 0u32..1).prop_map(|(n, s)| Some(Decimal::new(n, s))),
        1 => Just(Some(Decimal::ZERO)),
    ]
}

fn signed_money() -> impl Strategy<Value = Option<Decimal>> + Clone {
    prop_oneof![1 => Just(None), 6 => (-200_000i64..2_000_000, 0u32..3).prop_map(|(n, s)| Some(Decimal::new(n, s)))]
}

fn count(max: u32) -> impl Strategy<Value = Option<u32>> {
    prop_oneof![1 => Just(None), 6 => (0..=max).prop_map(Some)]
}

fn flag() -> impl Strategy<Value = Option<bool>> {
    prop_oneof![Just(None), Just(Some(true)), Just(Some(false))]
}

fn years(m: impl Strategy<Value = Option<Decimal>> + Clone) -> impl Strategy<Value = Years> {
    (m.clone(), m.clone(), m).prop_map(|(y1, y2, y3)| Years { y1, y2, y3 })
}

/// Any profile the types allow, including ones validation would refuse:
/// the engine must not panic on them either.
fn any_profile() -> impl Strategy<Value = Profile> {
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
fn valid_profile() -> impl Strategy<Value = Profile> {
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

fn path_honors(paths: &[String]) -> bool {
    paths.iter().any(|p| p == "qualifications.honors")
}

fn date() -> Date {
    Date::ymd(2025, 6, 30)
}

/// (tier key, min, max) of every scored tier.
fn scores(p: &Profile) -> Vec<(&'static str, u32, u32)> {
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn points_stay_within_bounds(p in any_profile()) {
        let a = assess(&p, date());
        for t in &a.tiers {
            if let (Some(card), Some(s)) = (&t.tier.scorecard, &t.score) {
                for (ind, sc) in card.indicators.iter().zip(&s.indicators) {
                    prop_assert!(sc.points.min <= sc.points.max, "{}", ind.id);
                    prop_assert!(sc.points.max <= ind.max_points, "{}: {:?} > {}", ind.id, sc.points, ind.max_points);
                }
                for (c, pts) in card.categories.iter().zip(&s.categories) {
                    prop_assert!(pts.max <= c.max_points, "{}", c.id);
                }
                prop_assert!(s.total.max <= card.max_points);
            }
        }
    }

    #[test]
    fn more_rd_spend_never_lowers_a_score(p in any_profile(), extra in 1i64..500_000) {
        let before = scores(&p);
        let mut q = p.clone();
        q.financials.rd_expense.y1 = q.financials.rd_expense.y1.map(|x| x + Decimal::new(extra, 1));
        for ((k, lo, hi), (_, lo2, hi2)) in before.iter().zip(scores(&q)) {
            prop_assert!(lo2 >= *lo && hi2 >= *hi, "{k}: [{lo},{hi}] -> [{lo2},{hi2}]");
        }
    }

    #[test]
    fn more_ip_never_lowers_a_score(p in any_profile(), which in 0usize..4, n in 1u32..5) {
        let before = scores(&p);
        let mut q = p.clone();
        let ip = &mut q.ip;
        match which {
            0 => ip.class1 = ip.class1.map(|x| x + n),
            1 => { ip.class1 = ip.class1.map(|x| x + n); ip.class1_self_developed = ip.class1_self_developed.map(|x| x + n); }
            2 => { ip.class1 = ip.class1.map(|x| x + n); ip.class1_high_value = ip.class1_high_value.map(|x| x + n); }
            _ => ip.class2 = ip.class2.map(|x| x + n),
        }
        for ((k, lo, hi), (_, lo2, hi2)) in before.iter().zip(scores(&q)) {
            prop_assert!(lo2 >= *lo && hi2 >= *hi, "{k}: [{lo},{hi}] -> [{lo2},{hi2}]");
        }
    }

    #[test]
    fn a_range_holds_the_completed_score(p in valid_profile(), hide in 0usize..12) {
        // Forget one input: the range reported must contain the true score.
        // (The engine reasons from the limits of a valid profile.)
        prop_assume!(validate(&p).is_empty());
        let full = scores(&p);
        let mut q = p.clone();
        match hide {
            0 => q.financials.rd_expense.y1 = None,
            1 => q.financials.operating_revenue.y1 = None,
            8 => q.financials.rd_expense.y2 = None,
            9 => q.financials.equity_financing_2y = None,
            10 => q.financials.equity_financing_3y = None,
            11 => q.company.industry = None,
            2 => q.ip.class1 = None,
            3 => q.qualifications.quality.own_brand = None,
            4 => q.company.rd_employees = None,
            5 => q.financials.main_business_revenue.y2 = None,
            6 => q.qualifications.rd_institution = None,
            7 => q.qualifications.local_distinctive_score = None,
            _ => {}
        }
        for ((k, lo, hi), (_, lo2, hi2)) in full.iter().zip(scores(&q)) {
            prop_assert!(lo2 <= *lo && *hi <= hi2, "{k}: full [{lo},{hi}] not within [{lo2},{hi2}]");
        }
        // Whatever the partial profile settles (a verdict, a condition) the
        // full profile must agree with.
        let (a, b) = (assess(&p, date()), assess(&q, date()));
        prop_assert!(b.size.is_sme == sme_calc::logic::Tri::Unknown || b.size.is_sme == a.size.is_sme);
        for (tf, tp) in a.tiers.iter().zip(&b.tiers) {
            if tp.verdict != sme_calc::logic::Tri::Unknown {
                prop_assert_eq!(tp.verdict, tf.verdict, "{} verdict", tf.tier.id.key());
            }
            for (rf, rp) in tf.requirements.iter().zip(&tp.requirements) {
                for (cf, cp) in rf.all_of.iter().chain(&rf.any_of).zip(rp.all_of.iter().chain(&rp.any_of)) {
                    if *cp != sme_calc::logic::Tri::Unknown {
                        prop_assert_eq!(cp, cf, "{}", rf.requirement.id);
                    }
                }
            }
        }
    }

    /// The fields a 待定 names are the whole story: hide some answers of a
    /// valid profile, and answering just the fields listed as missing (with
    /// the hidden answers, where the profile has them all) gives the verdict
    /// the whole profile has.
    #[test]
    fn the_missing_fields_settle_the_verdict(p in valid_profile(), hide in proptest::collection::vec(0usize..80, 1..10)) {
        prop_assume!(validate(&p).is_empty());
        let all: Vec<&'static fields::Field> = fields::all_fields().collect();
        let mut q = p.clone();
        for i in hide {
            let f = all[i % all.len()];
            (f.set)(&mut q, fields::Value::Empty);
        }
        let (full, part) = (assess(&p, date()), assess(&q, date()));
        for (tf, tp) in full.tiers.iter().zip(&part.tiers) {
            let m = sme_calc::engine::missing::missing(&part, tp);
            if tp.verdict != sme_calc::logic::Tri::Unknown {
                prop_assert!(m.paths.is_empty());
                continue;
            }
            prop_assert!(m.needed <= m.paths.len());
            let mut filled = q.clone();
            for path in m.paths.iter().filter(|p| *p != "qualifications.honors") {
                let f = fields::field(path).expect("a field path");
                prop_assert!((f.get)(&q).is_empty(), "{} is not empty", path);
                (f.set)(&mut filled, (f.get)(&p));
            }
            if path_honors(&m.paths) {
                filled.qualifications.honors = p.qualifications.honors.clone();
            }
            // Only where the whole profile answers every field listed.
            let answered = m.paths.iter().all(|path| match fields::field(path) {
                Some(f) => !(f.get)(&p).is_empty(),
                None => p.qualifications.honors.is_some(),
            });
            if answered && tf.verdict != sme_calc::logic::Tri::Unknown {
                let after = assess(&filled, date());
                prop_assert_eq!(after.tier(tf.tier.id).unwrap().verdict, tf.verdict, "{} {:?}", tf.tier.id.key(), m);
            }
        }
    }

    #[test]
    fn no_profile_makes_the_engine_panic(p in any_profile()) {
        let a = assess(&p, date());
        let _ = serde_json::to_string(&report(&a)).unwrap();
    }

    /// The engine combines answers as it records them (one pass); each
    /// combination equals the definition over the recorded parts.
    #[test]
    fn every_combined_answer_is_its_parts_combined(p in any_profile()) {
        for d in [date(), Date::ymd(2026, 12, 6)] {
            let a = assess(&p, d);
            prop_assert_eq!(a.preconditions_met, Tri::all(a.preconditions.iter().copied()));
            for t in &a.tiers {
                let passes = t.score.as_ref().map_or(Tri::No, |s| s.passes);
                for r in &t.requirements {
                    let (decl, all) = (r.requirement, Tri::all(r.all_of.iter().copied()));
                    let general = match (decl.all_of.is_empty(), decl.score_route) {
                        (true, false) => Tri::No,
                        (_, true) => all.and(passes),
                        (false, false) => all,
                    };
                    prop_assert_eq!((r.general, r.direct), (general, Tri::any(r.any_of.iter().copied())));
                    prop_assert_eq!(r.met, r.general.or(r.direct));
                }
                let rest = [t.preconditions, t.prerequisite.unwrap_or(Tri::Yes)];
                prop_assert_eq!(t.verdict, Tri::all(t.requirements.iter().map(|r| r.met).chain(rest)));
                let (Some(s), Some(card)) = (&t.score, &t.tier.scorecard) else { continue };
                let mut sums = vec![sme_calc::logic::Points::ZERO; card.categories.len()];
                for (i, x) in card.indicators.iter().zip(&s.indicators) {
                    sums[i.category] = sums[i.category] + x.points;
                }
                prop_assert_eq!(&sums[..], &s.categories[..]);
                prop_assert_eq!(s.total, sums.iter().copied().sum());
                let minimums = Tri::all(card.categories.iter().zip(&sums).map(|(c, p)| c.minimum.map_or(Tri::Yes, |m| p.reaches(m))));
                prop_assert_eq!(s.passes, s.total.reaches(card.pass_mark).and(minimums));
            }
        }
    }
}

proptest! {
    // Advice re-runs the engine many times; fewer cases keep the suite fast.
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn advice_never_panics_and_every_change_helps(p in any_profile()) {
        let a = assess(&p, date());
        for adv in advise(&a) {
            for c in &adv.changes {
                if let (Some(b), Some(after)) = (c.score_before, c.score_after) {
                    prop_assert!(after >= b, "{}: {} -> {}", c.zh, b, after);
                }
            }
        }
    }

    /// A change that claims to make a tier qualify does, applied to the
    /// profile as it stands in the first application year it names (this
    /// year's R&D counts next year, when it is 上年度); a reachable plan
    /// reaches the tier in its year; no change touches an audited year of
    /// this year's profile; a blocked tier suggests nothing.
    #[test]
    fn a_change_applied_where_it_counts_flips_the_verdict_it_claims(p in any_profile()) {
        let a = assess(&p, date());
        let verdict_in = |changes: &[Change], year: i32, id: &str| {
            let q = apply_changes(&p, date(), year, changes);
            let d = if year > date().year() { a_year_later(date()) } else { date() };
            let after = assess_with(&q, d, a.rulebook);
            after.tiers.iter().find(|t| t.id().key() == id).map(|t| t.verdict)
        };
        for adv in advise(&a) {
            if !adv.blocked_by.is_empty() {
                prop_assert!(adv.changes.is_empty() && adv.plan.is_empty(), "{}", adv.tier);
            }
            for c in adv.changes.iter().filter(|c| c.flips_verdict) {
                prop_assert!(c.first_year == date().year() || c.first_year == date().year() + 1);
                prop_assert_eq!(verdict_in(std::slice::from_ref(c), c.first_year, adv.tier), Some(Tri::Yes), "{}: {}", adv.tier, c.zh);
            }
            if let (true, Some(year)) = (adv.reachable, adv.plan_year) {
                prop_assert_eq!(verdict_in(&adv.plan, year, adv.tier), Some(Tri::Yes), "{} plan {} {:?}", adv.tier, year, adv.plan.iter().map(|c| &c.zh).collect::<Vec<_>>());
            }
            for c in adv.changes.iter().filter(|c| c.first_year == date().year()) {
                let mut q = p.clone();
                let _ = c.step.unwrap().apply(&mut q);
                let years = |f: &Financials| [f.operating_revenue, f.main_business_revenue, f.rd_expense, f.net_profit, f.total_assets, f.total_liabilities, f.cost_expense_total];
                prop_assert_eq!(years(&q.financials), years(&p.financials), "{} changes an audited year", c.zh);
            }
        }
    }
}

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
