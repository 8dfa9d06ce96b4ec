//! Golden cases kept as data: `tests/golden/*.toml`, one file per rule
//! family. Each case starts from a base profile (`tests/golden/bases/`),
//! sets or clears fields by their `sme-profile/1` path, assesses it on the
//! file's date and checks values of the `sme-assessment/1` document by
//! path. The expected values were derived from the seed text (each case
//! names its seed line), not from the engine's tables.
//!
//! Path syntax: dotted keys; `name[id]` picks the element of array `name`
//! whose `id` is `id`; `name[3]` picks by index.
//!
//! `packs = ["x.json", …]` adds policy packs (`tests/golden/packs/`) to the
//! built-in catalog for the case's incentives; `expect_pack_errors` lists
//! the error paths a refused pack must report.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use sme_calc::incentives::catalog::{builtin, Catalog};
use sme_calc::incentives::incentives_with;
use sme_calc::incentives::pack::parse_pack;
use sme_calc::report::report;
use sme_calc::{assess, parse_profile, Date};
use std::path::Path;

fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) if s == "null" => Value::Null,
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
        }
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
    }
}

fn set_path(doc: &mut Value, path: &str, value: Option<Value>) {
    let parts: Vec<&str> = path.split('.').collect();
    let mut node = doc;
    for part in &parts[..parts.len() - 1] {
        if !node.get(*part).is_some_and(Value::is_object) {
            node[*part] = Value::Object(Default::default());
        }
        node = node.get_mut(*part).unwrap();
    }
    let last = parts[parts.len() - 1];
    match value {
        Some(v) => node[last] = v,
        None => {
            if let Some(obj) = node.as_object_mut() {
                obj.remove(last);
            }
        }
    }
}

/// Reads a value of the assessment by path.
fn get_path<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    let mut node = doc;
    for part in path.split('.') {
        if let Some((name, sel)) = part.strip_suffix(']').and_then(|p| p.split_once('[')) {
            let arr = node.get(name)?.as_array()?;
            node = match sel.parse::<usize>() {
                Ok(i) => arr.get(i)?,
                Err(_) => arr
                    .iter()
                    .find(|e| e.get("id").and_then(Value::as_str) == Some(sel))?,
            };
        } else {
            node = node.get(part)?;
        }
    }
    Some(node)
}

fn same(expected: &Value, actual: Option<&Value>) -> bool {
    match (expected, actual) {
        (Value::Null, None) => true,
        (e, Some(a)) if e == a => true,
        // Decimal strings compare by value ("5.00" = "5").
        (Value::String(e), Some(Value::String(a))) => {
            match (
                e.parse::<rust_decimal::Decimal>(),
                a.parse::<rust_decimal::Decimal>(),
            ) {
                (Ok(x), Ok(y)) => x == y,
                _ => false,
            }
        }
        (Value::Number(e), Some(Value::Number(a))) => e.to_string() == a.to_string(),
        _ => false,
    }
}

/// The built-in catalog with the named packs, or every error path.
fn with_packs(dir: &Path, names: &[&str]) -> Result<Catalog, Vec<String>> {
    let mut packs = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(dir.join("packs").join(name)).unwrap();
        let paths = |ps: Vec<sme_calc::incentives::check::Problem>| -> Vec<String> {
            ps.into_iter().map(|p| p.path).collect()
        };
        packs.push(parse_pack(&text).map_err(paths)?);
    }
    builtin()
        .with_packs(&packs)
        .map_err(|ps| ps.into_iter().map(|p| p.path).collect())
}

#[test]
fn golden_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no golden files in {}", dir.display());
    let (mut cases, mut failures) = (0, Vec::new());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let fname = file.file_name().unwrap().to_string_lossy().to_string();
        let file_base = doc
            .get("base")
            .and_then(|v| v.as_str())
            .unwrap_or("strong")
            .to_string();
        let file_date = doc
            .get("date")
            .and_then(|v| v.as_str())
            .unwrap_or("2025-06-30")
            .to_string();
        for case in doc
            .get("case")
            .and_then(|c| c.as_array())
            .into_iter()
            .flatten()
        {
            cases += 1;
            let name = case.get("name").and_then(|v| v.as_str()).unwrap_or("?");
            let base = case
                .get("base")
                .and_then(|v| v.as_str())
                .unwrap_or(&file_base);
            let date: Date = case
                .get("date")
                .and_then(|v| v.as_str())
                .unwrap_or(&file_date)
                .parse()
                .unwrap();
            let base_text =
                std::fs::read_to_string(dir.join("bases").join(format!("{base}.json"))).unwrap();
            let mut profile_json: Value = serde_json::from_str(&base_text).unwrap();
            if let Some(sets) = case.get("set").and_then(|v| v.as_table()) {
                for (path, v) in sets {
                    set_path(&mut profile_json, path, Some(toml_to_json(v)));
                }
            }
            for path in case
                .get("unset")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
            {
                set_path(&mut profile_json, path.as_str().unwrap(), None);
            }
            let parsed = parse_profile(&profile_json.to_string());
            if let Some(err_path) = case.get("expect_error").and_then(|v| v.as_str()) {
                match parsed {
                    Err(e) if e.paths().contains(&err_path) => {}
                    other => failures.push(format!(
                        "{fname} / {name}: expected an error at {err_path}, got {:?}",
                        other.err()
                    )),
                }
                continue;
            }
            let profile = match parsed {
                Ok(p) => p,
                Err(e) => {
                    failures.push(format!("{fname} / {name}: profile refused: {e}"));
                    continue;
                }
            };
            let mut doc = report(&assess(&profile, date));
            let packs: Vec<&str> = case
                .get("packs")
                .and_then(|v| v.as_array())
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str())
                .collect();
            if !packs.is_empty() {
                match with_packs(&dir, &packs) {
                    Ok(cat) => {
                        doc.incentives =
                            std::rc::Rc::new((&incentives_with(&cat, &profile, date)).into());
                    }
                    Err(paths) => {
                        let wanted: Vec<&str> = case
                            .get("expect_pack_errors")
                            .and_then(|v| v.as_array())
                            .into_iter()
                            .flatten()
                            .filter_map(|v| v.as_str())
                            .collect();
                        if wanted.is_empty() || wanted.iter().any(|w| !paths.iter().any(|p| p == w))
                        {
                            failures.push(format!("{fname} / {name}: pack refused at {paths:?}, expected errors at {wanted:?}"));
                        }
                        continue;
                    }
                }
                if case.get("expect_pack_errors").is_some() {
                    failures.push(format!("{fname} / {name}: the pack was accepted"));
                    continue;
                }
            }
            let out = serde_json::to_value(doc).unwrap();
            for (path, expected) in case
                .get("expect")
                .and_then(|v| v.as_table())
                .into_iter()
                .flatten()
            {
                let expected = toml_to_json(expected);
                let actual = get_path(&out, path);
                if !same(&expected, actual) {
                    failures.push(format!(
                        "{fname} / {name}: {path} expected {expected}, got {}",
                        actual.map_or("nothing".into(), |a| a.to_string())
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} golden cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!("{cases} golden cases passed");
}
