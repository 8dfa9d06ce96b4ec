//! Integrity of the data catalogs: every quote is on its seed line, ids are
//! unique, references resolve, amounts are not negative, dates make sense,
//! every achievement value the form offers is labelled in both languages.

#![cfg(not(target_arch = "wasm32"))]

use rust_decimal::Decimal;
use sme_calc::incentives::catalog::{Amount, RuleKind, CATALOG, VOCABULARY};
use std::collections::HashSet;
use std::path::Path;

fn seed(prefix: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
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
    let (mut items, mut rules, mut policies) = (HashSet::new(), HashSet::new(), HashSet::new());
    assert_eq!(CATALOG.len(), 22, "part 二 has 22 policies");
    for f in CATALOG {
        let p = &f.policy;
        assert!(policies.insert(p.id), "duplicate policy {}", p.id);
        assert!(
            lines[p.seed_line as usize - 1].starts_with(&format!("{}. ", p.number)),
            "{}: heading line",
            p.id
        );
        assert!(
            p.valid_from >= p.published,
            "{}: in force before it was published",
            p.id
        );
        assert!(
            p.valid_until.is_none_or(|u| u > p.valid_from),
            "{}: ends before it starts",
            p.id
        );
        assert_eq!(
            p.has_amounts,
            !f.item.is_empty(),
            "{}: has_amounts vs items",
            p.id
        );
        for i in f.item {
            assert!(items.insert(i.id), "duplicate item {}", i.id);
            assert!(
                on_line(i.seed_line, i.quote),
                "{}: quote not on line {}",
                i.id,
                i.seed_line
            );
            assert!(!i.kind().is_empty(), "{}: match without kind", i.id);
            assert!(!i.title_zh.is_empty() && !i.title_en.is_empty(), "{}", i.id);
            match i.amount {
                Amount::Fixed { wan } | Amount::UpTo { wan, .. } => {
                    assert!(!wan.is_sign_negative(), "{}", i.id)
                }
                Amount::PercentOf { base, percent } => {
                    assert!(
                        f.item.iter().any(|b| b.id == base),
                        "{}: base {base} missing",
                        i.id
                    );
                    assert!(
                        !percent.is_sign_negative() && percent <= Decimal::ONE_HUNDRED,
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
        }
        for r in f.rule {
            assert!(rules.insert(r.id), "duplicate rule {}", r.id);
            assert!(
                on_line(r.seed_line, r.quote),
                "{}: quote not on line {}",
                r.id,
                r.seed_line
            );
            let named = r
                .applies_to
                .items
                .iter()
                .chain(r.raised_cap.iter().flat_map(|c| c.when_items))
                .chain(r.groups.into_iter().flatten().flat_map(|g| g.iter()));
            for id in named {
                assert!(
                    f.item.iter().any(|i| i.id == *id),
                    "{}: names unknown item {id}",
                    r.id
                );
            }
            if !matches!(r.kind, RuleKind::Info | RuleKind::OncePerUnit) {
                assert!(
                    f.item.iter().any(|i| r.applies_to.selects(i)),
                    "{}: selects nothing",
                    r.id
                );
            }
            match r.kind {
                RuleKind::AnnualCap => assert!(r.cap_wan.is_some(), "{}: cap without amount", r.id),
                RuleKind::MaxCount | RuleKind::MaxCategories => {
                    assert!(r.max.is_some(), "{}: limit without max", r.id)
                }
                _ => {}
            }
        }
        for o in f.offer {
            assert!(
                on_line(o.seed_line, o.quote),
                "{}: offer quote not on line {}",
                p.id,
                o.seed_line
            );
        }
        for rep in f.repair {
            assert!(
                on_line(rep.seed_line, rep.found),
                "{}: repair not on line {}",
                p.id,
                rep.seed_line
            );
        }
    }
    assert!(items.len() > 400, "{} items", items.len());
}

#[test]
fn every_achievement_value_is_labelled() {
    for info in VOCABULARY {
        let kind = info.kind;
        assert!(
            !info.label_zh.is_empty() && !info.label_en.is_empty(),
            "kind {kind} has no label"
        );
        for attr in info.attributes {
            for (v, zh, en) in attr.values {
                assert!(
                    !zh.is_empty() && !en.is_empty(),
                    "{kind}.{} = {v} has no label",
                    attr.name
                );
            }
        }
    }
}

fn seed_file_lines(path: &str) -> Vec<String> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn every_measure_quote_is_on_its_seed_line() {
    use sme_calc::measures::{seed_file, MEASURES};
    let mut ids = HashSet::new();
    assert!(MEASURES.len() > 40);
    for m in MEASURES {
        assert!(ids.insert(m.id), "duplicate measure {}", m.id);
        let lines = seed_file_lines(seed_file(m.seed));
        let line = lines
            .get(m.seed_line as usize - 1)
            .unwrap_or_else(|| panic!("{}: no line {}", m.id, m.seed_line));
        assert!(
            line.contains(m.quote),
            "{}: quote not on {}:{}",
            m.id,
            m.seed,
            m.seed_line
        );
        assert!(!m.title_en.is_empty() && !m.gives_en.is_empty(), "{}", m.id);
    }
}

#[test]
fn forerunner_data_is_on_its_seed_lines() {
    use sme_calc::forerunner::{GRAIN_OIL, KEY_AREAS, KEY_AREA_REPAIRS, PATH};
    let lines = seed("002");
    let line = |n: u32| lines[n as usize - 1].as_str();
    for a in KEY_AREAS {
        // A repaired row is on its line as the repair says it was found.
        let repaired = KEY_AREA_REPAIRS
            .iter()
            .any(|r| r.seed_line == a.seed_line && line(r.seed_line).contains(r.found));
        assert!(
            line(a.seed_line).contains(a.area_zh) || repaired,
            "{} no. {}: {} not on line {}",
            a.year,
            a.no,
            a.area_zh,
            a.seed_line
        );
    }
    for r in KEY_AREA_REPAIRS {
        assert!(
            line(r.seed_line).contains(r.found),
            "repair not on line {}",
            r.seed_line
        );
    }
    for e in GRAIN_OIL {
        assert!(
            line(e.seed_line).contains(e.company_zh)
                && line(e.seed_line).contains(e.standard_name_zh),
            "grain-oil no. {} not on line {}",
            e.no,
            e.seed_line
        );
    }
    for s in PATH {
        let lines = seed_file_lines(sme_calc::measures::seed_file(s.seed));
        assert!(
            lines[s.seed_line as usize - 1].contains(s.quote),
            "path step {} quote",
            s.n
        );
    }
}
