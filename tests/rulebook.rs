//! Checks on the rule declarations themselves: every quote is on its seed
//! line, band tables cover the number line and are declared best first,
//! maxima add up, and the engine's inline bounds hold.

#![cfg(not(target_arch = "wasm32"))]

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use sme_calc::engine;
use sme_calc::facts::Pct;
use sme_calc::rules::model::*;
use sme_calc::rules::{rulebook_for, sme_size, RULEBOOKS};
use sme_calc::Date;
use std::path::Path;

fn seed_line(file: &str, line: u32) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
    text.lines()
        .nth(line as usize - 1)
        .unwrap_or_default()
        .to_string()
}

fn all_citations() -> Vec<(String, Citation)> {
    let mut out = Vec::new();
    for rb in RULEBOOKS {
        for c in rb.preconditions {
            out.push((c.id.to_string(), c.citation));
        }
        for tier in rb.tiers {
            out.push((format!("{:?}", tier.id), tier.citation));
            if let Some(pre) = &tier.prerequisite {
                out.push((format!("{:?} prerequisite", tier.id), pre.citation));
            }
            for r in tier.requirements {
                out.push((r.id.to_string(), r.citation));
                for c in r.all_of.iter().chain(r.any_of) {
                    out.push((c.id.to_string(), c.citation));
                }
            }
            if let Some(card) = &tier.scorecard {
                out.push((format!("{:?} scorecard", tier.id), card.citation));
                for c in card.categories {
                    out.push((format!("{}/{}", tier.id.key(), c.id), c.citation));
                }
                for i in card.indicators {
                    out.push((i.id.to_string(), i.citation));
                }
            }
        }
    }
    out.push(("edge rule".into(), sme_calc::rules::miit2022::EDGE_RULE));
    out.push(("growth rule".into(), sme_calc::rules::miit2022::GROWTH_RULE));
    out.push(("effective".into(), sme_calc::rules::miit2022::EFFECTIVE));
    for row in &sme_size::SIZE_TABLE {
        out.push((format!("size {:?}", row.industry), row.citation));
    }
    out
}

#[test]
fn every_quote_is_on_its_seed_line() {
    let mut checked = 0;
    for (id, c) in all_citations() {
        assert!(!c.quote.is_empty(), "{id}: empty quote");
        match (c.document.seed_file, c.seed_line) {
            (Some(file), Some(line)) => {
                let text = seed_line(file, line);
                assert!(
                    text.contains(c.quote),
                    "{id}: quote not on {file}:{line}\n  quote: {}\n  line:  {}",
                    c.quote,
                    text
                );
                checked += 1;
            }
            (None, None) => assert!(
                c.document.source_note.is_some(),
                "{id}: no seed and no source note"
            ),
            other => panic!("{id}: seed file and line must come together, got {other:?}"),
        }
    }
    assert!(checked >= 70, "only {checked} quotes checked");
}

fn tables() -> Vec<(&'static str, &'static [Band])> {
    let mut out = Vec::new();
    for rb in RULEBOOKS {
        for tier in rb.tiers {
            for ind in tier.scorecard.iter().flat_map(|c| c.indicators) {
                match &ind.scoring {
                    Scoring::Bands { bands, .. } => out.push((ind.id, *bands)),
                    Scoring::BestOf(ts) => out.extend(ts.iter().map(|(_, b)| (ind.id, *b))),
                    _ => {}
                }
            }
        }
    }
    out
}

#[test]
fn band_tables_are_best_first_and_cover_the_line() {
    for (id, bands) in tables() {
        for w in bands.windows(2) {
            assert!(
                w[0].points >= w[1].points,
                "{id}: {} before {} breaks best-first order",
                w[0].label,
                w[1].label
            );
        }
        let mut probes = vec![dec!(-1000000), dec!(0), dec!(1000000000)];
        for b in bands {
            for edge in [b.min, b.max].into_iter().flatten().map(|e| e.value()) {
                probes.extend([edge - dec!(0.01), edge, edge + dec!(0.01)]);
            }
        }
        for v in probes {
            let pct = Pct::from_decimal(v);
            assert!(
                best_band(bands, pct).is_some(),
                "{id}: {v} falls in no band"
            );
            // The chosen band is the best of all that contain the value.
            let best = bands
                .iter()
                .filter(|b| b.contains(pct))
                .map(|b| b.points)
                .max();
            assert_eq!(best_band(bands, pct).map(|b| b.points), best, "{id} at {v}");
        }
    }
}

#[test]
fn maxima_add_up() {
    for rb in RULEBOOKS {
        for tier in rb.tiers {
            let Some(card) = &tier.scorecard else {
                continue;
            };
            let mut per_category = vec![0; card.categories.len()];
            for ind in card.indicators {
                let top = match &ind.scoring {
                    Scoring::Bands { bands, .. } => bands.iter().map(|b| b.points).max().unwrap(),
                    Scoring::BestOf(ts) => ts
                        .iter()
                        .flat_map(|(_, b)| b.iter().map(|x| x.points))
                        .max()
                        .unwrap(),
                    Scoring::Ladder(rungs) => {
                        assert!(
                            matches!(rungs.last().unwrap().test, Test::Always),
                            "{}: a ladder ends with a floor rung",
                            ind.id
                        );
                        for w in rungs.windows(2) {
                            assert!(w[0].points >= w[1].points, "{}: rungs best first", ind.id);
                        }
                        rungs[0].points
                    }
                    Scoring::PerItem { .. } | Scoring::PerStep { .. } | Scoring::Entered { .. } => {
                        ind.max_points
                    }
                };
                assert_eq!(top, ind.max_points, "{}: top band vs maximum", ind.id);
                per_category[ind.category] += ind.max_points;
            }
            for (c, sum) in card.categories.iter().zip(&per_category) {
                assert_eq!(c.max_points, *sum, "{}: category maximum", c.id);
            }
            assert_eq!(
                card.categories.iter().map(|c| c.max_points).sum::<u32>(),
                card.max_points,
                "{:?}",
                tier.id
            );
        }
    }
}

#[test]
fn inline_bounds_hold() {
    for rb in RULEBOOKS {
        assert!(rb.tiers.len() <= engine::MAX_TIERS);
        assert!(rb.preconditions.len() <= engine::MAX_CONDITIONS);
        for tier in rb.tiers {
            assert!(
                tier.requirements.len() <= engine::MAX_REQUIREMENTS,
                "{:?}",
                tier.id
            );
            for r in tier.requirements {
                assert!(
                    r.all_of.len() <= engine::MAX_CONDITIONS
                        && r.any_of.len() <= engine::MAX_CONDITIONS,
                    "{}",
                    r.id
                );
            }
            if let Some(card) = &tier.scorecard {
                assert!(card.indicators.len() <= engine::MAX_INDICATORS);
                assert!(card.categories.len() <= engine::MAX_CATEGORIES);
                // The engine adds each indicator's points to its category.
                for ind in card.indicators {
                    assert!(ind.category < card.categories.len(), "{}", ind.id);
                }
            }
        }
    }
}

#[test]
fn ids_are_unique_within_a_rulebook() {
    // The 2026 rulebook reuses the 2022 附件1 declarations for 创新型, so an id
    // may appear in two rulebooks; within one it names one thing.
    for rb in RULEBOOKS {
        let mut seen = std::collections::HashSet::new();
        let mut check =
            |id: &str| assert!(seen.insert(id.to_string()), "{}: duplicate id {id}", rb.id);
        for c in rb.preconditions {
            check(c.id);
        }
        for tier in rb.tiers {
            for r in tier.requirements {
                check(r.id);
                for c in r.all_of.iter().chain(r.any_of) {
                    check(c.id);
                }
            }
            for i in tier.scorecard.iter().flat_map(|c| c.indicators) {
                check(i.id);
            }
        }
    }
}

#[test]
fn the_2026_rulebook_switches_on_2026_04_01() {
    assert_eq!(rulebook_for(Date::ymd(2026, 3, 31)).id, "miit-2022");
    assert_eq!(rulebook_for(Date::ymd(2026, 4, 1)).id, "miit-2026");
    assert_eq!(rulebook_for(Date::ymd(2030, 1, 1)).id, "miit-2026");
    assert!(
        sme_calc::rules::rulebook_by_id("miit-2026")
            .unwrap()
            .provisional
    );
}

#[test]
fn every_2026_value_says_how_sure_it_is() {
    let rb = sme_calc::rules::rulebook_by_id("miit-2026").unwrap();
    for tier in rb.tiers {
        // 创新型 is still the official 2022 附件1; everything else is
        // secondary reporting and must say so.
        if tier.id != TierId::Innovative {
            assert_ne!(tier.confidence, Confidence::Official, "{:?}", tier.id);
            assert!(
                tier.caveat.is_some(),
                "{:?}: a 2026 tier needs its caveat",
                tier.id
            );
        }
        for r in tier.requirements {
            for c in r.all_of.iter().chain(r.any_of) {
                if tier.id != TierId::Innovative {
                    assert!(
                        c.citation.seed_line.is_none()
                            && c.citation.confidence != Confidence::Official,
                        "{}",
                        c.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_2022_rulebook_applies_from_2022_08_01() {
    assert_eq!(rulebook_for(Date::ymd(2022, 8, 1)).id, "miit-2022");
    assert_eq!(rulebook_for(Date::ymd(2025, 12, 31)).id, "miit-2022");
    let _: Decimal = dec!(0);
}
