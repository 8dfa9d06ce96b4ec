//! A half-filled achievement row counts for nothing (issue 12 item 5): a
//! new row (no kind), and a row whose kind is chosen but not every
//! attribute its kind requires, match no incentive item in any region and
//! enable no measure; the same row, completed, does.

#![cfg(not(target_arch = "wasm32"))]

use sme_calc::incentives::catalog::{builtin, is_complete, vocabulary, KindInfo};
use sme_calc::incentives::incentives;
use sme_calc::profile::{Achievement, Profile};
use sme_calc::{assess, measures, Date};

const DATE: Date = Date::ymd(2026, 6, 1);

/// A profile in each region of the catalog, with these achievements.
fn in_every_region(rows: &[Achievement]) -> impl Iterator<Item = Profile> + '_ {
    builtin().policies.iter().map(move |f| {
        let r = &f.policy.region;
        let mut p = Profile::empty();
        p.company.province = Some(r.province.to_string());
        p.company.city = r.city.clone();
        p.company.district = r.district.clone();
        p.achievements = rows.to_vec().into();
        p
    })
}

/// Each kind with only its optional attributes chosen (first value), so no
/// value the catalog might need beyond the required ones is missing.
fn kind_without_required(k: &KindInfo) -> Achievement {
    let mut a = Achievement::blank();
    a.kind = k.kind.clone();
    for attr in k.attributes.iter().filter(|x| !x.required) {
        if let Some((v, _, _)) = attr.values.first() {
            a.attributes.insert(attr.name.clone(), v.clone());
        }
    }
    a
}

#[test]
fn a_new_row_counts_nothing_anywhere() {
    let blank = [Achievement {
        count: 3,
        ..Achievement::blank()
    }];
    assert!(!is_complete(&blank[0]));
    for p in in_every_region(&blank) {
        let inc = incentives(&p, DATE);
        assert!(inc.items.is_empty(), "{:?}", p.company.province);
        assert!(inc.total_wan.is_zero());
    }
}

#[test]
fn a_kind_without_its_required_choices_counts_nothing() {
    let mut checked = 0;
    for k in vocabulary()
        .iter()
        .filter(|k| k.attributes.iter().any(|a| a.required))
    {
        let row = [kind_without_required(k)];
        assert!(!is_complete(&row[0]), "{}", k.kind);
        for p in in_every_region(&row) {
            let inc = incentives(&p, DATE);
            assert!(inc.items.is_empty(), "{} in {:?}", k.kind, p.company.city);
        }
        checked += 1;
    }
    assert!(
        checked > 20,
        "only {checked} kinds have required attributes"
    );
}

#[test]
fn the_profile_formats_attributes_are_required() {
    let required = |kind: &str| -> Vec<&str> {
        let k = vocabulary().iter().find(|k| k.kind == kind).unwrap();
        k.attributes
            .iter()
            .filter(|a| a.required)
            .map(|a| a.name.as_str())
            .collect()
    };
    assert_eq!(required("standard"), ["action", "level", "role"]);
    assert_eq!(required("forerunner"), ["level"]);
    assert_eq!(required("tc_secretariat"), ["body", "scope"]);
    // A qualifier only some policies ask about is not required.
    let standard = vocabulary().iter().find(|k| k.kind == "standard").unwrap();
    assert!(standard
        .attributes
        .iter()
        .any(|a| a.name == "pilot" && !a.required));
}

#[test]
fn the_same_row_completed_counts() {
    let done = Achievement::new(
        "standard",
        &[("level", "national"), ("role", "lead"), ("action", "draft")],
        1,
    );
    assert!(is_complete(&done));
    let mut beijing = Profile::empty();
    beijing.company.province = Some("北京市".into());
    beijing.company.city = Some("北京市".into());
    beijing.achievements = vec![done.clone()].into();
    let full = incentives(&beijing, DATE).total_wan;
    assert!(full > rust_decimal::Decimal::ZERO);
    // Each required choice taken back leaves nothing.
    for attr in ["level", "role", "action"] {
        let mut half = done.clone();
        half.attributes.remove(attr);
        beijing.achievements = vec![half, Achievement::blank()].into();
        assert!(incentives(&beijing, DATE).total_wan.is_zero(), "{attr}");
    }
}

#[test]
fn a_forerunner_without_its_level_gives_no_forerunner_measure() {
    let mut p = Profile::empty();
    let forerunner_measures = |p: &Profile| {
        let a = assess(p, DATE);
        measures::applicable(&a)
            .filter(|m| m.achievements.iter().any(|k| k == "forerunner"))
            .count()
    };
    p.achievements = vec![Achievement::new("forerunner", &[], 1)].into();
    assert_eq!(forerunner_measures(&p), 0);
    p.achievements = vec![Achievement::new(
        "forerunner",
        &[("level", "provincial")],
        1,
    )]
    .into();
    assert!(forerunner_measures(&p) > 0);
}
