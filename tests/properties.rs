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
use sme_calc::{assess, Date};
mod strategies;
use strategies::*;

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
