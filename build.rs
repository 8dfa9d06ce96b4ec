//! Turns the catalogs in `data/` (TOML, written for people) into what the
//! crate embeds, so a malformed catalog fails the build, not the page.
//!
//! The incentive catalog is read into the very types the engine uses
//! (`src/incentives/model.rs`, included below), checked by the same code
//! that checks a policy pack (`src/incentives/check.rs`), and written to
//! OUT_DIR as compact binaries (postcard): the vocabulary, embedded, and
//! the data asset — the policies, the non-monetary measures
//! (`src/measures/model.rs`) and the 领跑者 lists and path
//! (`src/forerunner/model.rs`) — embedded natively and fetched by the page
//! after its first score (`src/data_asset.rs`): data apart from code.

#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;

#[allow(dead_code)]
#[path = "src/incentives/amount.rs"]
mod amount;

#[allow(dead_code)]
#[path = "src/incentives/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "src/incentives/check.rs"]
mod check;

#[path = "src/measures/model.rs"]
mod measures_model;

#[path = "src/forerunner/model.rs"]
mod forerunner_model;

use forerunner_model::{
    Forerunner, GrainOilEntry, GrainOilList, KeyArea, KeyAreaList, Repair, Step,
};
use measures_model::Measure;
use model::{AttrInfo, Catalog, KindInfo, PolicyFile};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use toml::Value;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/incentives/model.rs");
    println!("cargo:rerun-if-changed=src/incentives/amount.rs");
    println!("cargo:rerun-if-changed=src/incentives/check.rs");
    println!("cargo:rerun-if-changed=src/date.rs");
    println!("cargo:rerun-if-changed=src/measures/model.rs");
    println!("cargo:rerun-if-changed=src/forerunner/model.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut files: Vec<PathBuf> = fs::read_dir("data/incentives")
        .expect("data/incentives")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();

    let base = read(Path::new("data/achievement_kinds.toml"));
    let sources: Vec<(PathBuf, Value)> = files.iter().map(|p| (p.clone(), read(p))).collect();
    let policies: Vec<PolicyFile> = sources.iter().map(|(p, v)| policy_file(p, v)).collect();
    let named: Vec<(String, &PolicyFile)> = files
        .iter()
        .zip(&policies)
        .map(|(p, f)| (p.display().to_string(), f))
        .collect();
    let problems = check::check(&named);
    if !problems.is_empty() {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", p.path, p.en))
            .collect();
        panic!("the incentive catalog has errors:\n{}", lines.join("\n"));
    }
    let catalog = Catalog {
        vocabulary: vocabulary(&base, &sources),
        policies,
    };
    // Two blobs: the vocabulary, small and needed by the first score, is
    // embedded; the policies are the page's data asset (fetched after the
    // first score, see scripts/post-build.mjs), embedded only natively.
    // The asset's name carries a hash of its bytes, so a cache never serves
    // a catalog this build's decoder was not built for.
    // The asset also carries the non-monetary measures and the 领跑者
    // lists (src/data_asset.rs).
    let vocabulary = postcard::to_allocvec(&catalog.vocabulary).expect("the vocabulary encodes");
    let asset = postcard::to_allocvec(&(&catalog.policies, measures(), forerunner()))
        .expect("the asset encodes");
    fs::write(out.join("vocabulary.bin"), vocabulary).unwrap();
    fs::write(
        out.join("asset.name"),
        format!("catalog-{:016x}.bin", fnv1a(&asset)),
    )
    .unwrap();
    fs::write(out.join("asset.bin"), asset).unwrap();
}

/// FNV-1a, 64 bits: a content hash for a file name (cache busting, not
/// security), stable across compilers, with no dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One policy file: everything but its `[vocabulary]`, read into the
/// model's types with the path of any error.
fn policy_file(path: &Path, v: &Value) -> PolicyFile {
    let mut table = v.as_table().cloned().unwrap_or_default();
    table.remove("vocabulary");
    serde_path_to_error::deserialize(Value::Table(table))
        .unwrap_or_else(|e| panic!("{}: {}: {}", path.display(), e.path(), e.inner()))
}

/// 企业标准"领跑者": the key areas (2021, 2022) with the repairs of the
/// seed's damaged rows, the path to it, the 2022 grain-and-oil list.
fn forerunner() -> Forerunner {
    let list = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let path = Path::new("data/forerunner_key_areas.toml");
    let ctx = Ctx::new(path);
    let areas = read(path);
    let key_area_lists = list(&areas, "list")
        .iter()
        .map(|l| KeyAreaList {
            year: ctx.u32(l, "year"),
            title_zh: ctx.string(l, "title_zh"),
            seed_line: ctx.u32(l, "seed_line"),
            count: ctx.u32(l, "count"),
        })
        .collect();
    let key_areas = list(&areas, "area")
        .iter()
        .map(|a| KeyArea {
            year: ctx.u32(a, "year"),
            no: ctx.u32(a, "no"),
            industry_zh: ctx.string(a, "industry_zh"),
            area_zh: ctx.string(a, "area_zh"),
            seed_line: ctx.u32(a, "seed_line"),
        })
        .collect();
    let key_area_repairs = list(&areas, "repair")
        .iter()
        .map(|r| Repair {
            seed_line: ctx.u32(r, "seed_line"),
            found: ctx.string(r, "found"),
            read_as: ctx.string(r, "read_as"),
            why: ctx.string(r, "why"),
        })
        .collect();

    let path = Path::new("data/forerunner_path.toml");
    let ctx = Ctx::new(path);
    let steps = read(path);
    let steps = list(&steps, "step")
        .iter()
        .map(|st| Step {
            n: ctx.u32(st, "n"),
            title_zh: ctx.string(st, "title_zh"),
            title_en: ctx.string(st, "title_en"),
            text_zh: ctx.string(st, "text_zh"),
            text_en: ctx.string(st, "text_en"),
            seed: ctx.string(st, "seed"),
            seed_line: ctx.u32(st, "seed_line"),
            quote: ctx.string(st, "quote"),
        })
        .collect();

    let path = Path::new("data/grain_oil_forerunners.toml");
    let ctx = Ctx::new(path);
    let grain = read(path);
    let head = grain
        .get("list")
        .unwrap_or_else(|| panic!("{}: no [list]", ctx.file));
    let grain_oil_list = GrainOilList {
        title_zh: ctx.string(head, "title_zh"),
        seed_line: ctx.u32(head, "seed_line"),
        date: ctx.date(head, "date"),
        count: ctx.u32(head, "count"),
    };
    let grain_oil = list(&grain, "entry")
        .iter()
        .map(|e| GrainOilEntry {
            category_zh: ctx.string(e, "category_zh"),
            no: ctx.u32(e, "no"),
            company_zh: ctx.string(e, "company_zh"),
            standard_no: ctx.string(e, "standard_no"),
            standard_name_zh: ctx.string(e, "standard_name_zh"),
            assessor_zh: ctx.string(e, "assessor_zh"),
            seed_line: ctx.u32(e, "seed_line"),
        })
        .collect();
    Forerunner {
        key_area_lists,
        key_areas,
        key_area_repairs,
        path: steps,
        grain_oil_list,
        grain_oil,
    }
}

/// Non-monetary measures (data/measures.toml), into the type the crate
/// decodes them as.
fn measures() -> Vec<Measure> {
    let path = Path::new("data/measures.toml");
    let ctx = Ctx::new(path);
    let doc = read(path);
    let text = |m: &Value, key: &str| ctx.str(m, key).to_string();
    let opt = |m: &Value, key: &str| m.get(key).and_then(Value::as_str).map(String::from);
    doc.get("measure")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|m| {
            let tiers = m
                .get("tiers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|t| match t.as_str() {
                    Some(k @ ("innovative" | "srdi" | "little_giant")) => k.to_string(),
                    other => ctx.fail(&format!("unknown tier {other:?}"), m),
                })
                .collect();
            let date = ctx.date(m, "date");
            Measure {
                id: text(m, "id"),
                document_zh: text(m, "document_zh"),
                document_en: text(m, "document_en"),
                issuer_zh: opt(m, "issuer_zh"),
                date,
                seed: text(m, "seed"),
                seed_line: ctx.u32(m, "seed_line"),
                clause: text(m, "clause"),
                quote: text(m, "quote"),
                title_zh: text(m, "title_zh"),
                title_en: text(m, "title_en"),
                gives_zh: text(m, "gives_zh"),
                gives_en: text(m, "gives_en"),
                tiers,
                tiers_note: opt(m, "tiers_note"),
                achievements: m
                    .get("achievements")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect(),
                province: m
                    .get("region")
                    .and_then(|r| r.get("province"))
                    .and_then(Value::as_str)
                    .map(String::from),
                apply_zh: opt(m, "apply_zh"),
                apply_en: opt(m, "apply_en"),
            }
        })
        .collect()
}

fn read(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Where we are, for error messages.
struct Ctx {
    file: String,
}

impl Ctx {
    fn new(p: &Path) -> Ctx {
        Ctx {
            file: p.display().to_string(),
        }
    }

    fn fail(&self, what: &str, entry: &Value) -> ! {
        let id = entry.get("id").and_then(Value::as_str).unwrap_or("?");
        panic!("{}: entry {id}: {what}", self.file)
    }

    fn str<'a>(&self, v: &'a Value, key: &str) -> &'a str {
        v.get(key)
            .and_then(Value::as_str)
            .unwrap_or_else(|| self.fail(&format!("missing text `{key}`"), v))
    }

    fn string(&self, v: &Value, key: &str) -> String {
        self.str(v, key).to_string()
    }

    fn u32(&self, v: &Value, key: &str) -> u32 {
        v.get(key)
            .and_then(Value::as_integer)
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or_else(|| self.fail(&format!("missing number `{key}` (0 or more)"), v))
    }

    fn date(&self, v: &Value, key: &str) -> date::Date {
        self.str(v, key)
            .parse()
            .unwrap_or_else(|_| self.fail(&format!("`{key}` is not a date YYYY-MM-DD"), v))
    }
}

/// kind → (labels, attribute → value → (zh, en)), merged: the base
/// vocabulary first, then each policy's; the first non-empty label wins.
/// Values that items use but nobody labelled are kept (with empty labels)
/// so a test can point them out.
fn vocabulary(base: &Value, policies: &[(PathBuf, Value)]) -> Vec<KindInfo> {
    type Attrs = BTreeMap<String, BTreeMap<String, (String, String)>>;
    let mut kinds: BTreeMap<String, (String, String, Attrs)> = BTreeMap::new();
    let sources = std::iter::once(base).chain(policies.iter().map(|(_, v)| v));
    for src in sources {
        for (kind, table) in src
            .get("vocabulary")
            .and_then(Value::as_table)
            .into_iter()
            .flatten()
        {
            let entry = kinds.entry(kind.clone()).or_default();
            for (key, value) in table.as_table().into_iter().flatten() {
                match (key.as_str(), value) {
                    ("label_zh", Value::String(s)) if entry.0.is_empty() => entry.0 = s.clone(),
                    ("label_en", Value::String(s)) if entry.1.is_empty() => entry.1 = s.clone(),
                    (attr, Value::Table(map)) => {
                        let (attr, english) = match attr.strip_suffix("_en") {
                            Some(a) => (a, true),
                            None => (attr, false),
                        };
                        let values = entry.2.entry(attr.to_string()).or_default();
                        for (v, label) in map {
                            let label = label.as_str().unwrap_or_default().to_string();
                            let slot = values.entry(v.clone()).or_default();
                            let target = if english { &mut slot.1 } else { &mut slot.0 };
                            if target.is_empty() {
                                *target = label;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // An attribute a row must have chosen before it counts: one the profile
    // format declares for its kind (the base vocabulary), or one every item
    // of the kind matches on (without it the row could match nothing).
    let mut required: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (kind, table) in base
        .get("vocabulary")
        .and_then(Value::as_table)
        .into_iter()
        .flatten()
    {
        let attrs = table.as_table().into_iter().flatten();
        required.entry(kind.clone()).or_default().extend(
            attrs
                .filter(|(k, v)| v.is_table() && !k.ends_with("_en"))
                .map(|(k, _)| k.clone()),
        );
    }
    let mut on_every_item: BTreeMap<String, Option<BTreeSet<String>>> = BTreeMap::new();
    for (_, v) in policies {
        for it in v
            .get("item")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(m) = it.get("match").and_then(Value::as_table) else {
                continue;
            };
            let Some(kind) = m.get("kind").and_then(Value::as_str) else {
                continue;
            };
            let keys: BTreeSet<String> = m.keys().filter(|k| *k != "kind").cloned().collect();
            let common = on_every_item.entry(kind.to_string()).or_default();
            *common = Some(match common.take() {
                None => keys,
                Some(c) => c.intersection(&keys).cloned().collect(),
            });
            let entry = kinds.entry(kind.to_string()).or_default();
            for (k, val) in m {
                if k != "kind" {
                    entry
                        .2
                        .entry(k.clone())
                        .or_default()
                        .entry(val.as_str().unwrap_or_default().to_string())
                        .or_default();
                }
            }
        }
    }
    for (kind, common) in on_every_item {
        required
            .entry(kind)
            .or_default()
            .extend(common.into_iter().flatten());
    }
    kinds
        .into_iter()
        .map(|(kind, (label_zh, label_en, attrs))| {
            let needed = required.get(&kind);
            KindInfo {
                attributes: attrs
                    .into_iter()
                    .map(|(name, values)| AttrInfo {
                        required: needed.is_some_and(|n| n.contains(&name)),
                        name,
                        values: values.into_iter().map(|(v, (z, e))| (v, z, e)).collect(),
                    })
                    .collect(),
                kind,
                label_zh,
                label_en,
            }
        })
        .collect()
}
