//! The shape of the local incentive catalog, declared once. These types
//! are the schema: `build.rs` reads `data/incentives/*.toml` into them (it
//! includes this very file), a policy pack (`sme-policy-pack/1` JSON)
//! deserialises into them, and `data/incentives/SCHEMA.md` is checked
//! against them by a test (`tests/catalog_schema.rs`).
//!
//! Every type also round-trips through a compact binary form (postcard),
//! which is how the built-in catalog is embedded: no internally tagged or
//! untagged enums, no `flatten`, no skipped `None`s.
//!
//! Only `crate::date` and outside crates may be used here, so that the
//! build script can compile this file on its own.

pub use super::amount::Amount;
use crate::date::{Date, MonthDay, Validity};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The policies and the achievement vocabulary the form offers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub policies: Vec<PolicyFile>,
    pub vocabulary: Vec<KindInfo>,
}

/// One policy with its money items, stacking rules, offers and repairs: a
/// file of `data/incentives/`, or one entry of a pack's `policies`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyFile {
    pub policy: Policy,
    #[serde(default)]
    pub item: Vec<Item>,
    #[serde(default)]
    pub rule: Vec<Rule>,
    #[serde(default)]
    pub offer: Vec<Offer>,
    #[serde(default)]
    pub repair: Vec<Repair>,
    /// Built in, or imported from a pack (set on loading, never read).
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a policy entry comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    #[default]
    BuiltIn,
    /// A user's policy pack, by its title.
    Pack { title: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// kebab-case, unique; a pack policy with a built-in id replaces it.
    pub id: String,
    /// Its number in part 二 of seed 002, for the seed's policies.
    #[serde(default)]
    pub number: Option<u32>,
    pub title_zh: String,
    pub title_en: String,
    #[serde(default)]
    pub issuer_zh: Option<String>,
    pub region: Region,
    pub source: Source,
    /// 发布 date as the source states it.
    pub published: Date,
    /// 施行 date if stated, else the published date.
    pub valid_from: Date,
    /// The last day in force (inclusive) if the text states an end.
    #[serde(default)]
    pub valid_until: Option<Date>,
    /// A later document that replaced it, and from when.
    #[serde(default)]
    pub superseded: Option<Supersession>,
    /// When this entry was last compared with its source.
    pub checked_on: Date,
    /// False for policies that offer no money.
    pub has_amounts: bool,
    /// False for a policy known to pay money whose amounts are not in the
    /// catalog yet: listed, never counted.
    #[serde(default = "yes")]
    pub amounts_recorded: bool,
    pub summary_zh: String,
    pub summary_en: String,
}

fn yes() -> bool {
    true
}

impl Policy {
    /// First and last day in force (both inclusive), as the text states.
    pub fn validity(&self) -> Validity {
        Validity::new(self.valid_from, self.valid_until)
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

/// Where an entry was read: a line of seed 002, or a public document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The heading line of the policy in seed 002.
    #[serde(default)]
    pub seed_line: Option<u32>,
    /// The document number (文号), e.g. 京市监发〔2024〕52号.
    #[serde(default)]
    pub document: Option<String>,
    /// Public pages quoting or publishing the text.
    #[serde(default)]
    pub urls: Vec<String>,
}

/// The later document that replaced a policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Supersession {
    /// Its document number or title, as shown to the user.
    pub by: String,
    /// The first day the old policy no longer applies.
    pub from: Date,
    /// The successor's id, when the catalog holds it.
    #[serde(default)]
    pub policy: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
        let same = |want: Option<&str>, have: Option<&str>| match want {
            None => true,
            Some(w) => have.is_some_and(|h| place_key(h) == place_key(w)),
        };
        province.is_some_and(|p| place_key(p) == place_key(&self.province))
            && same(self.city.as_deref(), city)
            && same(self.district.as_deref(), district)
    }
}

/// One money amount a policy states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// `<place>-<article>-<what>`, unique across the catalog.
    pub id: String,
    pub article: String,
    #[serde(default)]
    pub seed_line: Option<u32>,
    /// The words on `seed_line` that carry the amount (empty for items read
    /// from a public document).
    #[serde(default)]
    pub quote: String,
    pub category: String,
    /// `kind` and the attributes an achievement must have.
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

impl Item {
    pub fn kind(&self) -> &str {
        self.attribute("kind").unwrap_or("")
    }

    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.matches.get(key).map(String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// Paid per counted achievement (count × amount).
    Unit,
    /// Once per company a year whatever the count.
    Once,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFlag {
    /// `ambiguous`, `omitted_amount`, `suspicious`, `graded`.
    pub kind: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// The items a rule applies to: any item named, in a category listed or
/// carrying a tag listed (or all).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RaisedCap {
    pub when_items: Vec<String>,
    #[serde(with = "super::amount::wan")]
    pub cap_wan: Decimal,
}

/// A stacking rule or cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub kind: RuleKind,
    pub article: String,
    #[serde(default)]
    pub seed_line: Option<u32>,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub applies_to: Selector,
    #[serde(default, with = "super::amount::wan_opt")]
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
    /// The yearly window in which applications are received, when the text
    /// states one (for the filing calendar).
    #[serde(default)]
    pub window: Option<AnnualWindow>,
    pub title_zh: String,
    pub title_en: String,
}

/// Days of each year, `MM-DD`: from (if stated) to the last day, inclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnualWindow {
    #[serde(default)]
    pub from: Option<MonthDay>,
    pub until: MonthDay,
}

/// What a policy without amounts offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// priority, publicity, procedure, finance, procurement, recognition,
    /// training, other.
    pub kind: String,
    #[serde(default)]
    pub seed_line: Option<u32>,
    #[serde(default)]
    pub quote: String,
    pub text_zh: String,
    pub text_en: String,
}

/// Where the seed text was damaged and how it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repair {
    pub seed_line: u32,
    pub found: String,
    pub read_as: String,
    pub why: String,
}

/// An achievement kind, its labels and the values of its attributes,
/// merged across the base vocabulary and every policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KindInfo {
    pub kind: String,
    pub label_zh: String,
    pub label_en: String,
    pub attributes: Vec<AttrInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttrInfo {
    pub name: String,
    /// A row of this kind counts only once this is chosen: the profile
    /// format declares it for the kind, or every item of the kind needs it.
    pub required: bool,
    /// (value, label zh, label en)
    pub values: Vec<(String, String, String)>,
}
