//! Checks on the declarations themselves.

use super::*;
use crate::profile::fields::field;
use std::collections::HashSet;

#[test]
fn ids_are_unique_and_constants_find_their_declaration() {
    let mut seen = HashSet::new();
    for m in Metric::all() {
        assert!(
            seen.insert(m.def().key),
            "metric {} declared twice",
            m.def().key
        );
        assert_eq!(METRICS[m.index()].key, m.def().key);
        assert!(
            !m.def().name.zh.is_empty() && !m.def().name.en.is_empty(),
            "{m:?}"
        );
    }
    assert_eq!(seen.len(), METRIC_COUNT);
    let mut seen = HashSet::new();
    for f in Flag::all() {
        assert!(
            seen.insert(f.def().key),
            "flag {} declared twice",
            f.def().key
        );
    }
    assert_eq!(seen.len(), FLAGS.len());
}

/// Every input a metric names, and every field a flag reads, is a field of
/// the profile (the honours are one set of tick boxes, not a field).
#[test]
fn inputs_are_profile_fields() {
    for m in Metric::all() {
        for path in m.def().inputs {
            assert!(
                field(path).is_some(),
                "{m:?}: {path} is not a profile field"
            );
        }
    }
    for f in Flag::all() {
        let path = f.def().path;
        assert!(
            field(path).is_some() || path == "qualifications.honors",
            "{f:?}: {path} is not a profile field"
        );
        // The advice sets a changeable flag through its field.
        assert!(!f.def().changeable || field(path).is_some(), "{f:?}");
    }
}

/// What the form shows beside its inputs is a percentage (it is written
/// "x%"), and reads those inputs.
#[test]
fn figures_beside_a_row_are_ratios_of_that_row() {
    for m in Metric::all() {
        if let Some((row, _)) = m.def().beside {
            assert_eq!(m.def().unit, Unit::Percent, "{m:?}");
            assert!(
                m.def().report != Report::Hidden,
                "{m:?} is shown but not reported"
            );
            assert!(
                row == "company" || m.def().inputs.iter().any(|p| p.starts_with(row)),
                "{m:?} is shown beside {row}, which it does not read"
            );
        }
    }
}

/// Every quoted definition is on its seed line.
#[test]
fn citations_quote_their_seed_line() {
    let mut checked = 0;
    for m in Metric::all() {
        let Some(c) = m.def().citation else { continue };
        let (Some(file), Some(line)) = (c.document.seed_file, c.seed_line) else {
            panic!("{m:?}: a definition without its seed line");
        };
        let text = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")))
            .expect("seed file");
        let on_line = text.lines().nth(line as usize - 1).unwrap_or_default();
        assert!(
            on_line.contains(c.quote),
            "{m:?}: quote not on {file}:{line}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} definitions checked");
}

#[test]
fn the_exact_at_least_bits_are_the_declarations() {
    for m in Metric::all() {
        assert_eq!(m.has_exact_at_least(), m.def().at_least.is_some(), "{m:?}");
    }
}
