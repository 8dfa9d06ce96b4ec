//! Integrity of the data catalogs: every quote is on its seed line, ids are
//! unique, references resolve, amounts are not negative, dates make sense,
//! every achievement value the form offers is labelled in both languages.

#![cfg(not(target_arch = "wasm32"))]

use sme_calc::incentives::catalog::{builtin, vocabulary};
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

/// What the build script's check cannot see: the seed text. Every quote
/// of a seed-sourced entry is on the line it names; every seed policy is
/// one of part 二's headings; entries read elsewhere name a document.
#[test]
fn incentive_catalog_quotes_its_sources() {
    let lines = seed("002");
    let on_line = |line: Option<u32>, quote: &str| {
        line.and_then(|l| lines.get(l as usize - 1))
            .is_some_and(|l| !quote.is_empty() && l.contains(quote))
    };
    let cat = builtin();
    let seed_policies: Vec<_> = cat
        .policies
        .iter()
        .filter(|f| f.policy.source.seed_line.is_some())
        .collect();
    assert_eq!(seed_policies.len(), 22, "part 二 has 22 policies");
    let mut ids = HashSet::new();
    for f in &cat.policies {
        let p = &f.policy;
        assert!(ids.insert(&p.id), "duplicate policy {}", p.id);
        match (p.source.seed_line, p.number) {
            (Some(line), Some(n)) => assert!(
                lines[line as usize - 1].starts_with(&format!("{n}. ")),
                "{}: heading line",
                p.id
            ),
            (None, None) => assert!(
                p.source.document.is_some(),
                "{}: a policy read outside the seed names its document",
                p.id
            ),
            _ => panic!("{}: a seed policy has both a number and a line", p.id),
        }
        for i in &f.item {
            assert!(
                i.seed_line.is_none() || on_line(i.seed_line, &i.quote),
                "{}: quote not on line {:?}",
                i.id,
                i.seed_line
            );
        }
        for r in &f.rule {
            assert!(
                r.seed_line.is_none() || on_line(r.seed_line, &r.quote),
                "{}: quote not on line {:?}",
                r.id,
                r.seed_line
            );
        }
        for o in &f.offer {
            assert!(
                o.seed_line.is_none() || on_line(o.seed_line, &o.quote),
                "{}: offer quote not on line {:?}",
                p.id,
                o.seed_line
            );
        }
        for rep in &f.repair {
            assert!(
                on_line(Some(rep.seed_line), &rep.found),
                "{}: repair not on line {}",
                p.id,
                rep.seed_line
            );
        }
    }
    for f in &cat.policies {
        if let Some(id) = f.policy.superseded.as_ref().and_then(|s| s.policy.as_ref()) {
            let next = cat
                .policy(id)
                .unwrap_or_else(|| panic!("{}: successor {id} not in the catalog", f.policy.id));
            assert_eq!(
                next.policy.valid_from,
                f.policy.superseded.as_ref().unwrap().from,
                "{}: replaced on the day its successor starts",
                f.policy.id
            );
        }
    }
    let seed_items: usize = seed_policies.iter().map(|f| f.item.len()).sum();
    assert!(seed_items > 400, "{seed_items} items");
}

#[test]
fn every_achievement_value_is_labelled() {
    for info in vocabulary() {
        let kind = &info.kind;
        assert!(
            !info.label_zh.is_empty() && !info.label_en.is_empty(),
            "kind {kind} has no label"
        );
        for attr in &info.attributes {
            for (v, zh, en) in &attr.values {
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
    use sme_calc::measures::{all, seed_file};
    let mut ids = HashSet::new();
    assert!(all().len() > 40);
    for m in all() {
        assert!(ids.insert(&m.id), "duplicate measure {}", m.id);
        let lines = seed_file_lines(seed_file(&m.seed));
        let line = lines
            .get(m.seed_line as usize - 1)
            .unwrap_or_else(|| panic!("{}: no line {}", m.id, m.seed_line));
        assert!(
            line.contains(&m.quote),
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
    let d = sme_calc::forerunner::data().expect("embedded natively");
    let lines = seed("002");
    let line = |n: u32| lines[n as usize - 1].as_str();
    for a in &d.key_areas {
        // A repaired row is on its line as the repair says it was found.
        let repaired = d
            .key_area_repairs
            .iter()
            .any(|r| r.seed_line == a.seed_line && line(r.seed_line).contains(&r.found));
        assert!(
            line(a.seed_line).contains(&a.area_zh) || repaired,
            "{} no. {}: {} not on line {}",
            a.year,
            a.no,
            a.area_zh,
            a.seed_line
        );
    }
    for r in &d.key_area_repairs {
        assert!(
            line(r.seed_line).contains(&r.found),
            "repair not on line {}",
            r.seed_line
        );
    }
    for e in &d.grain_oil {
        assert!(
            line(e.seed_line).contains(&e.company_zh)
                && line(e.seed_line).contains(&e.standard_name_zh),
            "grain-oil no. {} not on line {}",
            e.no,
            e.seed_line
        );
    }
    for s in &d.path {
        let lines = seed_file_lines(sme_calc::measures::seed_file(&s.seed));
        assert!(
            lines[s.seed_line as usize - 1].contains(&s.quote),
            "path step {} quote",
            s.n
        );
    }
}
