//! `data/incentives/SCHEMA.md` is checked against the catalog's types:
//! its generated key table must be what the types give. A full sample
//! of every type is serialised (adding a field to a type breaks this
//! sample until it is filled in), each key is removed in turn to see
//! whether the types require it, and the table is compared with the
//! document. Run `UPDATE_SCHEMA=1 cargo test --test catalog_schema` to
//! rewrite the table.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use sme_calc::incentives::catalog::*;
use sme_calc::incentives::pack::Pack;
use sme_calc::Date;
use std::collections::BTreeMap;

const BEGIN: &str =
    "<!-- keys: generated from src/incentives/model.rs by tests/catalog_schema.rs; do not edit -->";
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
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/incentives/SCHEMA.md");
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
            panic!("SCHEMA.md's key table differs from the types; run UPDATE_SCHEMA=1 cargo test --test catalog_schema\n--- wanted ---\n{wanted}");
        }
    }
    // The sample is itself a valid catalog entry and a valid pack.
    let pack =
        serde_json::json!({ "format": "sme-policy-pack/1", "title": "t", "policies": [sample()] });
    let parsed: Pack = serde_json::from_value(pack).unwrap();
    assert_eq!(parsed.policies[0], sample());
}
