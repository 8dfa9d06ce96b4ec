//! Regenerates the seeds that come from the library itself: share-link
//! fragments of the example profiles, the CSV template, and the libFuzzer
//! dictionaries (fuzz/dict/<target>.dict: JSON keys and enum values, CSV
//! headers and cell words) that scripts/fuzz.sh passes with `-dict=`.
//!
//!     cargo run --manifest-path fuzz/Cargo.toml --example gen_seeds
//!
//! (Writes into fuzz/corpus/ and fuzz/dict/.)

use sme_calc::parse_profile;
use sme_calc::portfolio::template_csv;
use sme_calc::profile::fields::{all_fields, Kind, HONOR_LABELS};
use sme_calc::share::{fragment, summary};
use std::collections::BTreeSet;
use std::fs;

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let examples = [
        "linyi-precision",
        "edge-innovative",
        "edge-srdi",
        "edge-little-giant",
    ];
    for (i, name) in examples.iter().enumerate() {
        let text = fs::read_to_string(format!("{root}/examples/{name}.json")).unwrap();
        let p = parse_profile(&text).unwrap();
        let s = summary(&p, &[("创新", true), ("专精", i % 2 == 0), ("巨人", false)]);
        let f = fragment(&p, &s);
        // Round trip: the seed must open.
        assert_eq!(sme_calc::share::from_fragment(&f).unwrap().unwrap(), p);
        fs::write(format!("{corpus}/share_link/valid-{name}.txt"), &f).unwrap();
        if i == 0 {
            fs::write(
                format!("{corpus}/share_link/valid-hash-{name}.txt"),
                format!("#{f}"),
            )
            .unwrap();
            // The payload alone (the target also tries it after "share/x/").
            let payload = f.rsplit('/').next().unwrap();
            fs::write(format!("{corpus}/share_link/payload-{name}.txt"), payload).unwrap();
            fs::write(
                format!("{corpus}/csv_import/template-{name}.csv"),
                template_csv(&p),
            )
            .unwrap();
        }
    }
    let empty = parse_profile(r#"{ "format": "sme-profile/1" }"#).unwrap();
    fs::write(
        format!("{corpus}/share_link/valid-empty.txt"),
        fragment(&empty, "企业·"),
    )
    .unwrap();
    fs::write(
        format!("{corpus}/csv_import/template-empty.csv"),
        template_csv(&empty),
    )
    .unwrap();
    stored_states(root, corpus);
    dictionaries(root);
}

/// Saved states as the page writes them to localStorage: the examples as
/// profiles, one with a revenue beyond `Decimal`'s comfort (7.9e28), a
/// draft, a scenario, and one entry that cannot be read.
fn stored_states(root: &str, corpus: &str) {
    use sme_calc::web::state::{Entry, State};
    let dir = format!("{corpus}/stored_state");
    fs::create_dir_all(&dir).unwrap();
    let mut entries = Vec::new();
    for name in ["linyi-precision", "edge-innovative", "edge-srdi", "edge-little-giant"] {
        let text = fs::read_to_string(format!("{root}/examples/{name}.json")).unwrap();
        entries.push(Entry::new(name.into(), name.into(), parse_profile(&text).unwrap()));
    }
    let mut state = State::with_entry(entries[0].clone(), sme_calc::text::Lang::Zh);
    state.entries = entries.clone();
    let json = |s: &State| serde_json::to_string_pretty(s).unwrap();
    fs::write(format!("{dir}/valid-examples.json"), json(&state)).unwrap();
    let mut huge = serde_json::to_value(&state).unwrap();
    huge["entries"][0]["profile"]["financials"]["operating_revenue"]["y1"] =
        "79228162514264337593543950335".into();
    huge["entries"][1]["drafts"] = serde_json::json!({ "company.employees": "1e5" });
    huge["entries"][2]["parent"] = "linyi-precision".into();
    huge["entries"][3]["profile"] = serde_json::json!([]);
    fs::write(format!("{dir}/huge-revenue.json"), serde_json::to_string_pretty(&huge).unwrap()).unwrap();
}

/// A libFuzzer dictionary line: printable ASCII as is, every other byte
/// (UTF-8 of Chinese text included) as `\xNN`.
fn dict_line(token: &str) -> String {
    let mut out = String::from("\"");
    for b in token.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02X}")),
        }
    }
    out.push('"');
    out
}

fn json_words(v: &serde_json::Value, out: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                out.insert(format!("\"{k}\":"));
                json_words(v, out);
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| json_words(v, out)),
        serde_json::Value::String(s) if s.len() <= 32 => {
            out.insert(format!("\"{s}\""));
        }
        _ => {}
    }
}

fn dictionaries(root: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/dict");
    fs::create_dir_all(dir).unwrap();

    // profile_json: every key and short string value of the example and
    // golden profiles, every path component, every choice and honour key.
    let mut json = BTreeSet::new();
    for sub in ["examples", "tests/golden/bases"] {
        for e in fs::read_dir(format!("{root}/{sub}")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "json") {
                let v: serde_json::Value =
                    serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
                json_words(&v, &mut json);
            }
        }
    }
    for f in all_fields() {
        for part in f.path.split('.') {
            json.insert(format!("\"{part}\":"));
        }
        if let Kind::Choice(options) = f.kind {
            for (key, _) in options {
                json.insert(format!("\"{key}\""));
            }
        }
    }
    for (h, _) in HONOR_LABELS {
        json.insert(serde_json::to_string(&h).unwrap());
    }
    json.insert("\"sme-profile/1\"".into());
    let places = place_names(root);
    json.extend(places.iter().map(|p| format!("\"{p}\"")));
    write_dict(&format!("{dir}/profile_json.dict"), &json);
    // stored_state: the same, and the saved state's own keys.
    for k in ["entries", "active", "lang", "rulebook", "compare", "id", "name", "profile", "drafts", "parent", "quick", "rev", "pinned", "auto"] {
        json.insert(format!("\"{k}\":"));
        json.insert(format!("\"{k}\""));
    }
    write_dict(&format!("{dir}/stored_state.dict"), &json);

    // csv_import: every header the importer accepts (path, Chinese header,
    // English label), every choice key and label, yes/no words, honours.
    let mut csv = BTreeSet::new();
    for f in all_fields() {
        csv.insert(f.path.to_string());
        csv.insert(sme_calc::portfolio::header_of(f));
        csv.insert(f.label.en.to_string());
        if let Kind::Choice(options) = f.kind {
            for (key, label) in options {
                csv.insert(key.to_string());
                csv.insert(label.zh.to_string());
            }
        }
    }
    for (h, label) in HONOR_LABELS {
        csv.insert(label.zh.to_string());
        csv.insert(
            serde_json::to_string(&h)
                .unwrap()
                .trim_matches('"')
                .to_string(),
        );
    }
    for w in [
        "是",
        "否",
        "无",
        "none",
        "true",
        "false",
        "有效期内的荣誉",
        "标准化与质量成果",
        "qualifications.honors",
        "achievements",
        "（上年度）",
        "（上上年度）",
        "（前年度）",
        "\u{feff}",
        "\r\n",
        "\"\"",
        "2026-12-31",
        "１２３",
        "1,234.5",
    ] {
        csv.insert(w.to_string());
    }
    csv.extend(places);
    csv.retain(|w| !w.is_empty());
    write_dict(&format!("{dir}/csv_import.dict"), &csv);
}

/// The provinces, cities and districts the incentive catalog names
/// (`region = { province = "…", city = "…" }` in data/incentives/*.toml).
fn place_names(root: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in fs::read_dir(format!("{root}/data/incentives")).unwrap() {
        let path = e.unwrap().path();
        if !path.extension().is_some_and(|x| x == "toml") {
            continue;
        }
        for line in fs::read_to_string(&path).unwrap().lines() {
            let Some(region) = line.trim().strip_prefix("region = {") else {
                continue;
            };
            for key in ["province", "city", "district"] {
                if let Some(rest) = region.split(&format!("{key} = \"")).nth(1) {
                    let name = rest.split('"').next().unwrap();
                    out.insert(name.to_string());
                    // Also the bare stem (山东 for 山东省), which matches too.
                    out.insert(sme_calc::incentives::catalog::place_key(name).to_string());
                }
            }
        }
    }
    out
}

fn write_dict(path: &str, words: &BTreeSet<String>) {
    let mut text = String::from("# Generated by fuzz/examples/gen_seeds.rs; do not edit.\n");
    for w in words {
        text.push_str(&dict_line(w));
        text.push('\n');
    }
    fs::write(path, text).unwrap();
}
