//! Advice a company can follow (issue 13, item 3), on a weak company
//! (tests/golden/bases/annex1_low.json: revenue 10000 万, R&D 50 万) assessed
//! on 2026-03-01: this year is 2026, last year's audited figures are 2025's.

use super::*;
use crate::date::Date;
use crate::engine::assess;
use crate::profile::parse_profile;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn advice() -> (Profile, Vec<TierAdvice>) {
    let p = parse_profile(include_str!("../../../tests/golden/bases/annex1_low.json")).unwrap();
    let a = assess(&p, Date::ymd(2026, 3, 1));
    let adv = advise(&a);
    (p, adv)
}

#[test]
fn r_and_d_is_this_years_spend_counted_next_year_never_last_years() {
    let (_, adv) = advice();
    let rd: Vec<&Change> = adv
        .iter()
        .flat_map(|a| &a.changes)
        .filter(|c| c.lever == "rd_expense")
        .collect();
    assert!(!rd.is_empty());
    for c in rd {
        assert_eq!(c.first_year, 2027, "{}", c.zh);
        assert!(
            c.zh.starts_with("本年度（2026 年）研发投入达到"),
            "{}",
            c.zh
        );
        assert!(c.zh.contains("计入 2027 年申报"), "{}", c.zh);
        assert!(c.size_zh.contains("= 营业收入的"), "{}", c.size_zh);
    }
    for c in adv
        .iter()
        .flat_map(|a| &a.changes)
        .filter(|c| c.lever != "rd_expense")
    {
        assert_eq!(c.first_year, 2026, "{}", c.zh);
    }
}

#[test]
fn moves_beyond_a_plausible_size_are_marked_and_ranked_last() {
    let (_, adv) = advice();
    let srdi = adv.iter().find(|a| a.tier == "srdi").unwrap();
    let hard: Vec<&Change> = srdi.changes.iter().filter(|c| c.hard).collect();
    assert!(!hard.is_empty(), "R&D of 17.55% of revenue is 难度大");
    let first_hard = srdi.changes.iter().position(|c| c.hard).unwrap();
    assert!(srdi.changes[first_hard..].iter().all(|c| c.hard));
    for c in hard.iter().filter(|c| c.lever == "rd_expense") {
        let pct: Decimal = c
            .size_zh
            .rsplit("占营业收入 ")
            .next()
            .unwrap()
            .trim_end_matches('%')
            .parse()
            .unwrap();
        assert!(pct > MAX_RD_SHARE_PCT, "{}", c.size_zh);
    }
    // The one change that flips it is a plausible one.
    assert!(!srdi.flipping_change.as_ref().unwrap().hard);
    assert_eq!(srdi.plan_year, Some(2027));
}

#[test]
fn a_tier_no_change_reaches_soon_says_so_and_suggests_nothing() {
    let (_, adv) = advice();
    let lg = adv.iter().find(|a| a.tier == "little_giant").unwrap();
    assert!(!lg.blocked_by.is_empty());
    assert!(lg.changes.is_empty() && lg.plan.is_empty() && lg.flipping_change.is_none());
    assert!(!lg.reachable);
}

#[test]
fn a_change_applied_in_its_year_flips_the_verdict() {
    let (p, adv) = advice();
    let d = Date::ymd(2026, 3, 1);
    let srdi = adv.iter().find(|a| a.tier == "srdi").unwrap();
    let c = srdi.flipping_change.clone().unwrap();
    let q = apply_changes(&p, d, c.first_year, std::slice::from_ref(&c));
    // Last year's audited R&D is untouched in the profile as it is today.
    assert_eq!(p.financials.rd_expense.y1, Some(dec!(50)));
    assert_eq!(
        q.financials.rd_expense.y2,
        Some(dec!(50)),
        "2025 becomes 上上年度"
    );
    let after = assess_with(&q, a_year_later(d), crate::rules::rulebook_for(d));
    let t = after.tiers.iter().find(|t| t.id().key() == "srdi").unwrap();
    assert_eq!(t.verdict, Tri::Yes);
}

#[test]
fn years_in_the_niche_block_until_they_are_reached_or_wait_a_year() {
    let mut p = parse_profile(include_str!("../../../tests/golden/bases/strong.json")).unwrap();
    p.company.years_in_niche = Some(1);
    let a = assess(&p, Date::ymd(2026, 3, 1));
    let adv = advise(&a);
    // 小巨人 needs 3 years by the end of the year before: 2028 at the earliest.
    let lg = adv.iter().find(|a| a.tier == "little_giant").unwrap();
    assert!(lg.changes.is_empty() && lg.plan.is_empty());
    assert!(
        lg.blocked_by[0].zh.contains("最早 2028 年申报可满足"),
        "{}",
        lg.blocked_by[0].zh
    );
    // 专精特新 needs 2: reached in 2027 with no change.
    let srdi = adv.iter().find(|a| a.tier == "srdi").unwrap();
    assert!(srdi.reachable && srdi.plan.is_empty());
    assert_eq!(srdi.plan_year, Some(2027));
}
