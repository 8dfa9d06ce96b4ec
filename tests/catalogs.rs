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

mod schema {
    //! `data/incentives/SCHEMA.md` is checked against the catalog's types:
    //! its generated key table must be what the types give. A full sample
    //! of every type is serialised (adding a field to a type breaks this
    //! sample until it is filled in), each key is removed in turn to see
    //! whether the types require it, and the table is compared with the
    //! document. Run `UPDATE_SCHEMA=1 cargo test --test catalogs` to
    //! rewrite the table.

    use serde_json::Value;
    use sme_calc::incentives::catalog::*;
    use sme_calc::incentives::pack::Pack;
    use sme_calc::Date;
    use std::collections::BTreeMap;

    const BEGIN: &str =
        "<!-- keys: generated from src/incentives/model.rs by tests/catalogs.rs; do not edit -->";
    const END: &str = "<!-- keys: end -->";

    fn dec(s: &str) -> rust_decimal::Decimal {
        s.parse().unwrap()
    }

    /// Every field filled, every list with one element.
    pub fn sample() -> PolicyFile {
        let d = Date::ymd(2024, 1, 1);
        PolicyFile {
            policy: Policy {
                id: "x".into(),
                number: Some(1),
                title_zh: "x".into(),
                title_en: "x".into(),
                issuer_zh: Some("x".into()),
                region: Region {
                    province: "x".into(),
                    city: Some("x".into()),
                    district: Some("x".into()),
                },
                source: Source {
                    seed_line: Some(1),
                    document: Some("x".into()),
                    urls: vec!["x".into()],
                },
                published: d,
                valid_from: d,
                valid_until: Some(Date::ymd(2025, 1, 1)),
                superseded: Some(Supersession {
                    by: "x".into(),
                    from: Date::ymd(2024, 6, 1),
                    policy: Some("x".into()),
                }),
                checked_on: d,
                has_amounts: true,
                amounts_recorded: true,
                summary_zh: "x".into(),
                summary_en: "x".into(),
            },
            item: vec![Item {
                id: "i".into(),
                article: "x".into(),
                seed_line: Some(1),
                quote: "x".into(),
                category: "x".into(),
                matches: BTreeMap::from([("kind".to_string(), "x".to_string())]),
                amount: Amount::UpTo {
                    wan: dec("1.5"),
                    min_wan: Some(dec("1.5")),
                },
                per: Per::Unit,
                title_zh: "x".into(),
                title_en: "x".into(),
                conditions_zh: Some("x".into()),
                conditions_en: Some("x".into()),
                tags: vec!["x".into()],
                flags: vec![ItemFlag {
                    kind: "x".into(),
                    note_zh: "x".into(),
                    note_en: "x".into(),
                }],
            }],
            rule: vec![Rule {
                id: "r".into(),
                kind: RuleKind::AnnualCap,
                article: "x".into(),
                seed_line: Some(1),
                quote: "x".into(),
                applies_to: Selector {
                    all: true,
                    categories: vec!["x".into()],
                    items: vec!["i".into()],
                    tags: vec!["x".into()],
                },
                cap_wan: Some(dec("1.5")),
                raised_cap: Some(RaisedCap {
                    when_items: vec!["i".into()],
                    cap_wan: dec("1.5"),
                }),
                max: Some(1),
                per_item: true,
                groups: Some(vec![vec!["i".into()]]),
                same_subject: true,
                window: Some(AnnualWindow {
                    from: Some("01-01".parse().unwrap()),
                    until: "03-31".parse().unwrap(),
                }),
                title_zh: "x".into(),
                title_en: "x".into(),
            }],
            offer: vec![Offer {
                kind: "x".into(),
                seed_line: Some(1),
                quote: "x".into(),
                text_zh: "x".into(),
                text_en: "x".into(),
            }],
            repair: vec![Repair {
                seed_line: 1,
                found: "x".into(),
                read_as: "x".into(),
                why: "x".into(),
            }],
            origin: Origin::BuiltIn,
        }
    }

    /// The words for a sampled value.
    fn kind_of(path: &str, v: &Value) -> String {
        let one_of = |vals: Vec<Value>| {
            let names: Vec<String> = vals
                .iter()
                .map(|v| format!("`{}`", v.as_str().unwrap()))
                .collect();
            format!("one of {}", names.join(", "))
        };
        match (path, v) {
            ("item[].per", _) => one_of(
                [Per::Unit, Per::Once]
                    .iter()
                    .map(|p| serde_json::to_value(p).unwrap())
                    .collect(),
            ),
            ("rule[].kind", _) => one_of(
                all_rule_kinds()
                    .iter()
                    .map(|k| serde_json::to_value(k).unwrap())
                    .collect(),
            ),
            ("item[].amount.type", _) => one_of(
                all_amounts()
                    .iter()
                    .map(|a| serde_json::to_value(a).unwrap()["type"].clone())
                    .collect(),
            ),
            ("item[].match", _) => "table: `kind` and attribute = value".into(),
            ("rule[].groups", _) => "list of lists of item ids".into(),
            ("item[].amount.base", _) => "text (an item id)".into(),
            (p, _) if p.ends_with("[]") => "list of tables".into(),
            (p, Value::Null) if p.starts_with("item[].amount.") => "decimal string".into(),
            (_, Value::String(s)) if s.parse::<Date>().is_ok() => "date `YYYY-MM-DD`".into(),
            (p, Value::String(_)) if p.starts_with("rule[].window.") => {
                "day of the year `MM-DD`".into()
            }
            (_, Value::String(s)) if s == "1.5" => "decimal string".into(),
            (_, Value::String(_)) => "text".into(),
            (_, Value::Number(_)) => "whole number".into(),
            (_, Value::Bool(_)) => "true / false".into(),
            (_, Value::Array(_)) => "list of text".into(),
            (_, Value::Object(_)) => "table".into(),
            (_, Value::Null) => "(empty)".into(),
        }
    }

    fn all_rule_kinds() -> Vec<RuleKind> {
        use RuleKind::*;
        let all = vec![
            AnnualCap,
            MaxCount,
            MaxCategories,
            HighestOnly,
            UpgradeDifference,
            SeriesAsOne,
            OncePerUnit,
            Info,
        ];
        // A new kind must be added above: this match stops compiling.
        for k in &all {
            match k {
                AnnualCap | MaxCount | MaxCategories | HighestOnly | UpgradeDifference
                | SeriesAsOne | OncePerUnit | Info => {}
            }
        }
        all
    }

    fn all_amounts() -> Vec<Amount> {
        let all = vec![
            Amount::Fixed { wan: dec("1") },
            Amount::UpTo {
                wan: dec("1"),
                min_wan: None,
            },
            Amount::PercentOf {
                base: "i".into(),
                percent: dec("1"),
            },
            Amount::PercentOfCost {
                percent: dec("1"),
                cap_wan: None,
            },
            Amount::Unstated,
        ];
        for a in &all {
            match a {
                Amount::Fixed { .. }
                | Amount::UpTo { .. }
                | Amount::PercentOf { .. }
                | Amount::PercentOfCost { .. }
                | Amount::Unstated => {}
            }
        }
        all
    }

    /// (path, value) for every key, depth first.
    fn keys(v: &Value, prefix: &str, out: &mut Vec<(String, Value)>) {
        if let Value::Object(map) = v {
            for (k, val) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                match val {
                    Value::Array(a) if a.first().is_some_and(Value::is_object) => {
                        out.push((format!("{path}[]"), Value::Array(vec![])));
                        keys(&a[0], &format!("{path}[]"), out);
                    }
                    Value::Object(_) if path != "item[].match" => {
                        out.push((path.clone(), val.clone()));
                        keys(val, &path, out);
                    }
                    _ => out.push((path, val.clone())),
                }
            }
        }
    }

    fn remove(v: &mut Value, path: &str) {
        let mut node = v;
        let parts: Vec<&str> = path.split('.').collect();
        for p in &parts[..parts.len() - 1] {
            node = match p.strip_suffix("[]") {
                Some(name) => &mut node[name][0],
                None => &mut node[*p],
            };
        }
        let last = parts[parts.len() - 1].trim_end_matches("[]");
        node.as_object_mut().unwrap().remove(last);
    }

    fn table() -> String {
        let full = serde_json::to_value(sample()).unwrap();
        let mut all = Vec::new();
        keys(&full, "", &mut all);
        all.sort_by(|a, b| a.0.cmp(&b.0));
        let mut s = format!("{BEGIN}\n\n| key | value | needed |\n|---|---|---|\n");
        for (path, v) in &all {
            let mut without = full.clone();
            remove(&mut without, path);
            let required = serde_json::from_value::<PolicyFile>(without).is_err();
            let needed = if path.starts_with("item[].amount.") && path != "item[].amount.type" {
                "by `type`"
            } else if required {
                "required"
            } else {
                "optional"
            };
            s += &format!("| `{path}` | {} | {needed} |\n", kind_of(path, v));
        }
        s + "\n" + END
    }

    #[test]
    fn the_schema_document_matches_the_types() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/incentives/SCHEMA.md");
        let doc = std::fs::read_to_string(&path).unwrap();
        let (Some(a), Some(b)) = (doc.find(BEGIN), doc.find(END)) else {
            panic!("SCHEMA.md has no generated key table (markers {BEGIN:?} … {END:?})");
        };
        let current = &doc[a..b + END.len()];
        let wanted = table();
        if current != wanted {
            if std::env::var_os("UPDATE_SCHEMA").is_some() {
                std::fs::write(&path, doc.replacen(current, &wanted, 1)).unwrap();
            } else {
                panic!("SCHEMA.md's key table differs from the types; run UPDATE_SCHEMA=1 cargo test --test catalogs\n--- wanted ---\n{wanted}");
            }
        }
        // The sample is itself a valid catalog entry and a valid pack.
        let pack = serde_json::json!({ "format": "sme-policy-pack/1", "title": "t", "policies": [sample()] });
        let parsed: Pack = serde_json::from_value(pack).unwrap();
        assert_eq!(parsed.policies[0], sample());
    }
}
