//! The local incentive catalog (`data/incentives/*.toml`, format in
//! `data/incentives/SCHEMA.md`): policies, their money items, the rules
//! that cap and combine them, and the offers of policies without amounts.
//! Declared once, as data; `build.rs` turns it into the statics below, so
//! the engine and the page read the same values and nothing is parsed at
//! run time.

use crate::date::Date;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

#[derive(Debug)]
pub struct PolicyFile {
    pub policy: Policy,
    pub item: &'static [Item],
    pub rule: &'static [Rule],
    pub offer: &'static [Offer],
    pub repair: &'static [Repair],
}

#[derive(Debug)]
pub struct Policy {
    pub id: &'static str,
    /// Its number in part 二 of seed 002.
    pub number: u32,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub issuer_zh: Option<&'static str>,
    pub region: Region,
    /// The heading line in seed 002.
    pub seed_line: u32,
    pub published: Date,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    pub has_amounts: bool,
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
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
            r.city.unwrap_or(""),
            r.district.unwrap_or("")
        )
    }
}

#[derive(Debug)]
pub struct Region {
    pub province: &'static str,
    pub city: Option<&'static str>,
    pub district: Option<&'static str>,
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
        let same = |want: Option<&str>, have: Option<&str>| match want {
            None => true,
            Some(w) => have.is_some_and(|h| place_key(h) == place_key(w)),
        };
        province.is_some_and(|p| place_key(p) == place_key(self.province))
            && same(self.city, city)
            && same(self.district, district)
    }
}

#[derive(Debug)]
pub struct Item {
    pub id: &'static str,
    pub article: &'static str,
    pub seed_line: u32,
    pub quote: &'static str,
    pub category: &'static str,
    /// `kind` first, then the attributes an achievement must have.
    pub matches: &'static [(&'static str, &'static str)],
    pub amount: Amount,
    pub per: Per,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub conditions_zh: Option<&'static str>,
    pub conditions_en: Option<&'static str>,
    pub tags: &'static [&'static str],
    pub flags: &'static [ItemFlag],
}

impl Item {
    pub fn kind(&self) -> &'static str {
        self.matches
            .iter()
            .find(|(k, _)| *k == "kind")
            .map_or("", |(_, v)| v)
    }

    pub fn attribute(&self, key: &str) -> Option<&'static str> {
        self.matches
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Fixed {
        wan: Decimal,
    },
    UpTo {
        wan: Decimal,
        min_wan: Option<Decimal>,
    },
    PercentOf {
        base: &'static str,
        percent: Decimal,
    },
    PercentOfCost {
        percent: Decimal,
        cap_wan: Option<Decimal>,
    },
    Unstated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Unit,
    Once,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFlag {
    pub kind: &'static str,
    pub note_zh: &'static str,
    pub note_en: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug)]
pub struct Selector {
    pub all: bool,
    pub categories: &'static [&'static str],
    pub items: &'static [&'static str],
    pub tags: &'static [&'static str],
}

impl Selector {
    pub fn selects(&self, item: &Item) -> bool {
        self.all
            || self.categories.contains(&item.category)
            || self.items.contains(&item.id)
            || item.tags.iter().any(|t| self.tags.contains(t))
    }
}

#[derive(Debug)]
pub struct RaisedCap {
    pub when_items: &'static [&'static str],
    pub cap_wan: Decimal,
}

#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub kind: RuleKind,
    pub article: &'static str,
    pub seed_line: u32,
    pub quote: &'static str,
    pub applies_to: Selector,
    pub cap_wan: Option<Decimal>,
    pub raised_cap: Option<RaisedCap>,
    pub max: Option<u32>,
    pub per_item: bool,
    pub groups: Option<&'static [&'static [&'static str]]>,
    pub same_subject: bool,
    pub title_zh: &'static str,
    pub title_en: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offer {
    pub kind: &'static str,
    pub seed_line: u32,
    pub quote: &'static str,
    pub text_zh: &'static str,
    pub text_en: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Repair {
    pub seed_line: u32,
    pub found: &'static str,
    pub read_as: &'static str,
    pub why: &'static str,
}

/// An achievement kind, its labels and the values of its attributes,
/// merged across the base vocabulary and every policy.
#[derive(Debug)]
pub struct KindInfo {
    pub kind: &'static str,
    pub label_zh: &'static str,
    pub label_en: &'static str,
    pub attributes: &'static [AttrInfo],
}

#[derive(Debug)]
pub struct AttrInfo {
    pub name: &'static str,
    /// (value, label zh, label en)
    pub values: &'static [(&'static str, &'static str, &'static str)],
}

pub fn kind_info(kind: &str) -> Option<&'static KindInfo> {
    VOCABULARY.iter().find(|k| k.kind == kind)
}

/// An item by id, with its policy.
pub fn find_item(id: &str) -> Option<(&'static PolicyFile, &'static Item)> {
    CATALOG
        .iter()
        .find_map(|f| f.item.iter().find(|i| i.id == id).map(|i| (f, i)))
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
