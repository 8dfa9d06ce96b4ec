//! Checks on the materials data: quotes on their seed lines, every field a
//! rule reads backed by exactly one kind of evidence, every tier covered.

use super::*;
use crate::engine::explain::test_inputs;
use crate::profile::fields::all_fields;
use crate::rules::RULEBOOKS;

fn citations() -> Vec<(String, Citation)> {
    let mut out: Vec<(String, Citation)> = MATERIALS
        .iter()
        .flat_map(|m| m.items.iter().map(|i| (i.id.to_string(), i.citation)))
        .collect();
    out.extend(
        EVIDENCE
            .iter()
            .filter_map(|e| e.citation.map(|c| (e.id.to_string(), c))),
    );
    out
}

#[test]
fn every_quote_is_on_its_seed_line() {
    let mut checked = 0;
    for (id, c) in citations() {
        assert!(!c.quote.is_empty(), "{id}");
        let (Some(file), Some(line)) = (c.document.seed_file, c.seed_line) else {
            assert_ne!(
                c.confidence,
                Confidence::Official,
                "{id}: official without a seed line"
            );
            continue;
        };
        let text =
            std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let on_line = text.lines().nth(line as usize - 1).unwrap_or_default();
        assert!(
            on_line.contains(c.quote),
            "{id}: quote not on {file}:{line}"
        );
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} quotes checked");
}

#[test]
fn every_field_a_rule_reads_is_backed_by_one_kind_of_evidence() {
    let mut paths = Vec::new();
    for rb in RULEBOOKS {
        let tests = rb.all_tests();
        for t in rb.preconditions.iter().map(|c| c.test).chain(tests) {
            paths.extend(test_inputs(&t));
        }
        for tier in rb.tiers {
            for ind in tier.scorecard.iter().flat_map(|c| c.indicators) {
                for t in ind.tests() {
                    paths.extend(test_inputs(&t));
                }
            }
        }
    }
    paths.sort();
    paths.dedup();
    assert!(paths.len() > 30, "{paths:?}");
    for p in &paths {
        let kinds: Vec<&str> = EVIDENCE
            .iter()
            .filter(|e| e.backs(p))
            .map(|e| e.id)
            .collect();
        assert_eq!(kinds.len(), 1, "{p}: backed by {kinds:?}");
    }
}

#[test]
fn evidence_names_profile_fields() {
    for e in &EVIDENCE {
        assert!(!e.backs.is_empty(), "{}", e.id);
        for b in e.backs {
            assert!(
                all_fields().any(|f| e.backs(f.path) && (f.path == *b || f.path.starts_with(b)))
                    || *b == "qualifications.honors",
                "{}: {b} is not a profile field",
                e.id
            );
        }
    }
}

#[test]
fn every_tier_of_every_rulebook_names_its_materials() {
    for rb in RULEBOOKS {
        for tier in rb.tiers {
            assert!(
                !for_tier(rb.id, tier.id).is_empty(),
                "{} {:?}",
                rb.id,
                tier.id
            );
        }
    }
}
