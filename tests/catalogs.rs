//! Integrity of the data catalogs: every quote is on its seed line, ids are
//! unique, references resolve, amounts are not negative, dates make sense.

#![cfg(not(target_arch = "wasm32"))]

use sme_calc::incentives::catalog::{Amount, RuleKind, CATALOG, VOCABULARY};
use std::collections::HashSet;
use std::path::Path;

fn seed(name: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(name))
        .unwrap()
        .path();
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn incentive_catalog_is_consistent() {
    let lines = seed("002");
    let on_line = |line: u32, quote: &str| {
        lines
            .get(line as usize - 1)
            .is_some_and(|l| l.contains(quote))
    };
    let mut item_ids = HashSet::new();
    let mut rule_ids = HashSet::new();
    let mut policy_ids = HashSet::new();
    assert_eq!(CATALOG.len(), 22, "part 二 has 22 policies");
    for f in CATALOG.iter() {
        let p = &f.policy;
        assert!(policy_ids.insert(p.id.clone()), "duplicate policy {}", p.id);
        assert!(
            lines[p.seed_line as usize - 1].starts_with(&format!("{}. ", p.number)),
            "{}: heading line",
            p.id
        );
        assert!(
            p.valid_from >= p.published || p.valid_from == p.published,
            "{}: in force before published",
            p.id
        );
        if let Some(until) = p.valid_until {
            assert!(until > p.valid_from, "{}", p.id);
        }
        assert_eq!(
            p.has_amounts,
            !f.item.is_empty(),
            "{}: has_amounts vs items",
            p.id
        );
        for i in &f.item {
            assert!(item_ids.insert(i.id.clone()), "duplicate item {}", i.id);
            assert!(
                on_line(i.seed_line, &i.quote),
                "{}: quote not on line {}",
                i.id,
                i.seed_line
            );
            assert!(
                i.matches.contains_key("kind"),
                "{}: match without kind",
                i.id
            );
            match &i.amount {
                Amount::Fixed { wan } | Amount::UpTo { wan, .. } => {
                    assert!(!wan.is_sign_negative(), "{}", i.id)
                }
                Amount::PercentOf { base, percent } => {
                    assert!(
                        f.item.iter().any(|b| &b.id == base),
                        "{}: base {base} missing",
                        i.id
                    );
                    assert!(
                        !percent.is_sign_negative()
                            && *percent <= rust_decimal::Decimal::ONE_HUNDRED,
                        "{}",
                        i.id
                    );
                }
                Amount::PercentOfCost { percent, .. } => {
                    assert!(!percent.is_sign_negative(), "{}", i.id)
                }
                Amount::Unstated => assert!(
                    i.flags.iter().any(|fl| fl.kind == "omitted_amount"),
                    "{}: unstated without a flag",
                    i.id
                ),
            }
            assert!(!i.title_zh.is_empty() && !i.title_en.is_empty(), "{}", i.id);
        }
        for r in &f.rule {
            assert!(rule_ids.insert(r.id.clone()), "duplicate rule {}", r.id);
            assert!(
                on_line(r.seed_line, &r.quote),
                "{}: quote not on line {}",
                r.id,
                r.seed_line
            );
            for id in &r.applies_to.items {
                assert!(
                    f.item.iter().any(|i| &i.id == id),
                    "{}: selects unknown item {id}",
                    r.id
                );
            }
            if r.kind != RuleKind::Info && r.kind != RuleKind::OncePerUnit {
                assert!(
                    f.item.iter().any(|i| r.applies_to.selects(i)),
                    "{}: selects nothing",
                    r.id
                );
            }
            match r.kind {
                RuleKind::AnnualCap => assert!(r.cap_wan.is_some(), "{}", r.id),
                RuleKind::MaxCount | RuleKind::MaxCategories => {
                    assert!(r.max.is_some(), "{}", r.id)
                }
                _ => {}
            }
        }
        for o in &f.offer {
            assert!(
                on_line(o.seed_line, &o.quote),
                "{}: offer quote not on line {}",
                p.id,
                o.seed_line
            );
        }
        for rep in &f.repair {
            assert!(
                on_line(rep.seed_line, &rep.found),
                "{}: repair not on line {}",
                p.id,
                rep.seed_line
            );
        }
    }
    assert!(item_ids.len() > 400, "{} items", item_ids.len());
    // Every kind and value an item pays for can be offered in the form, in
    // Chinese and English.
    for (kind, info) in VOCABULARY.iter() {
        assert!(
            !info.label_zh.is_empty() && !info.label_en.is_empty(),
            "kind {kind} has no label"
        );
        for (attr, values) in &info.attributes {
            for (v, (zh, en)) in values {
                assert!(
                    !zh.is_empty() && !en.is_empty(),
                    "{kind}.{attr} = {v} has no label"
                );
            }
        }
    }
}
