//! The local incentive catalog (`data/incentives/*.toml`, format in
//! `data/incentives/SCHEMA.md`): policies, their money items, the rules
//! that cap and combine them, and the offers of policies without amounts.
//! Declared once; the engine and the page read the same values.

use crate::date::Date;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Deserialize)]
pub struct PolicyFile {
    pub policy: Policy,
    #[serde(default)]
    pub item: Vec<Item>,
    #[serde(default)]
    pub rule: Vec<Rule>,
    #[serde(default)]
    pub offer: Vec<Offer>,
    #[serde(default)]
    pub vocabulary: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub repair: Vec<Repair>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Policy {
    pub id: String,
    pub number: u32,
    pub title_zh: String,
    pub title_en: String,
    #[serde(default)]
    pub issuer_zh: Option<String>,
    pub region: Region,
    pub seed_line: u32,
    pub published: Date,
    pub valid_from: Date,
    #[serde(default)]
    pub valid_until: Option<Date>,
    pub has_amounts: bool,
    pub summary_zh: String,
    pub summary_en: String,
}

impl Policy {
    pub fn in_force_on(&self, date: Date) -> bool {
        self.valid_from <= date && self.valid_until.is_none_or(|u| date <= u)
    }

    /// "山东省临沂市" etc.
    pub fn region_name(&self) -> String {
        let r = &self.region;
        format!(
            "{}{}{}",
            r.province,
            r.city.as_deref().unwrap_or(""),
            r.district.as_deref().unwrap_or("")
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    pub province: String,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub district: Option<String>,
}

/// A place name without its administrative suffix, so that 临沂 = 临沂市 and
/// 山东 = 山东省.
pub fn place_key(name: &str) -> &str {
    let name = name.trim();
    for suffix in [
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "特别行政区",
        "省",
        "市",
        "区",
        "县",
        "自治州",
        "盟",
        "地区",
    ] {
        if let Some(stem) = name.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    name
}

impl Region {
    /// Does a company in this place fall under the policy's region?
    pub fn covers(
        &self,
        province: Option<&str>,
        city: Option<&str>,
        district: Option<&str>,
    ) -> bool {
        let same = |want: &Option<String>, have: Option<&str>| match want {
            None => true,
            Some(w) => have.is_some_and(|h| place_key(h) == place_key(w)),
        };
        province.is_some_and(|p| place_key(p) == place_key(&self.province))
            && same(&self.city, city)
            && same(&self.district, district)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub id: String,
    pub article: String,
    pub seed_line: u32,
    pub quote: String,
    pub category: String,
    #[serde(rename = "match")]
    pub matches: BTreeMap<String, String>,
    pub amount: Amount,
    pub per: Per,
    pub title_zh: String,
    pub title_en: String,
    #[serde(default)]
    pub conditions_zh: Option<String>,
    #[serde(default)]
    pub conditions_en: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub flags: Vec<ItemFlag>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Amount {
    Fixed {
        wan: Decimal,
    },
    UpTo {
        wan: Decimal,
        #[serde(default)]
        min_wan: Option<Decimal>,
    },
    PercentOf {
        base: String,
        percent: Decimal,
    },
    PercentOfCost {
        percent: Decimal,
        #[serde(default)]
        cap_wan: Option<Decimal>,
    },
    Unstated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Unit,
    Once,
}

#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct ItemFlag {
    pub kind: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    AnnualCap,
    MaxCount,
    MaxCategories,
    HighestOnly,
    UpgradeDifference,
    SeriesAsOne,
    OncePerUnit,
    Info,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Selector {
    #[serde(default)]
    pub all: bool,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Selector {
    pub fn selects(&self, item: &Item) -> bool {
        self.all
            || self.categories.contains(&item.category)
            || self.items.contains(&item.id)
            || item.tags.iter().any(|t| self.tags.contains(t))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct RaisedCap {
    pub when_items: Vec<String>,
    pub cap_wan: Decimal,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Rule {
    pub id: String,
    pub kind: RuleKind,
    pub article: String,
    pub seed_line: u32,
    pub quote: String,
    #[serde(default)]
    pub applies_to: Selector,
    #[serde(default)]
    pub cap_wan: Option<Decimal>,
    #[serde(default)]
    pub raised_cap: Option<RaisedCap>,
    #[serde(default)]
    pub max: Option<u32>,
    #[serde(default)]
    pub per_item: bool,
    #[serde(default)]
    pub groups: Option<Vec<Vec<String>>>,
    #[serde(default)]
    pub same_subject: bool,
    pub title_zh: String,
    pub title_en: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct Offer {
    pub kind: String,
    pub seed_line: u32,
    pub quote: String,
    pub text_zh: String,
    pub text_en: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct Repair {
    pub seed_line: u32,
    pub found: String,
    pub read_as: String,
    pub why: String,
}

/// The whole catalog, parsed once from the embedded JSON.
pub static CATALOG: LazyLock<Vec<PolicyFile>> = LazyLock::new(|| {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/incentives.json")))
        .expect("the incentive catalog is checked by its tests")
});

/// The vocabulary of achievement kinds and attribute values, merged across
/// policies: kind → (label zh, label en, attribute → value → (zh, en)).
#[derive(Debug, Clone, Default)]
pub struct KindInfo {
    pub label_zh: String,
    pub label_en: String,
    pub attributes: BTreeMap<String, BTreeMap<String, (String, String)>>,
}

#[derive(Deserialize)]
struct BaseVocabulary {
    vocabulary: BTreeMap<String, BTreeMap<String, serde_json::Value>>,
}

pub static VOCABULARY: LazyLock<BTreeMap<String, KindInfo>> = LazyLock::new(|| {
    let base: BaseVocabulary = serde_json::from_str(include_str!(concat!(
        env!("OUT_DIR"),
        "/achievement_kinds.json"
    )))
    .expect("data/achievement_kinds.toml is checked by its tests");
    let mut out: BTreeMap<String, KindInfo> = BTreeMap::new();
    for (kind, table) in std::iter::once(&base.vocabulary)
        .chain(CATALOG.iter().map(|f| &f.vocabulary))
        .flatten()
    {
        {
            let info = out.entry(kind.clone()).or_default();
            for (key, value) in table {
                match (key.as_str(), value) {
                    ("label_zh", serde_json::Value::String(s)) if info.label_zh.is_empty() => {
                        info.label_zh = s.clone()
                    }
                    ("label_en", serde_json::Value::String(s)) if info.label_en.is_empty() => {
                        info.label_en = s.clone()
                    }
                    (attr, serde_json::Value::Object(map)) => {
                        let (attr, english) = match attr.strip_suffix("_en") {
                            Some(a) => (a, true),
                            None => (attr, false),
                        };
                        let values = info.attributes.entry(attr.to_string()).or_default();
                        for (v, label) in map {
                            let label = label.as_str().unwrap_or_default().to_string();
                            let slot = values.entry(v.clone()).or_default();
                            if english {
                                if slot.1.is_empty() {
                                    slot.1 = label;
                                }
                            } else if slot.0.is_empty() {
                                slot.0 = label;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // Kinds used by items but declared nowhere (the base vocabulary of the
    // profile format) still get an entry, from the items' own values.
    for file in CATALOG.iter() {
        for item in &file.item {
            let Some(kind) = item.matches.get("kind") else {
                continue;
            };
            let info = out.entry(kind.clone()).or_default();
            for (k, v) in &item.matches {
                if k != "kind" {
                    info.attributes
                        .entry(k.clone())
                        .or_default()
                        .entry(v.clone())
                        .or_default();
                }
            }
        }
    }
    out
});

/// An item by id, with its policy.
pub fn find_item(id: &str) -> Option<(&'static PolicyFile, &'static Item)> {
    CATALOG
        .iter()
        .find_map(|f| f.item.iter().find(|i| i.id == id).map(|i| (f, i)))
}
