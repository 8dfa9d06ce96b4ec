//! `sme-catalog/1`: every policy and money item of a catalog, optionally
//! for one place and with each policy's status on a date. What
//! `assess catalog` prints.

use super::catalog::{Catalog, Per, Region, Source, Supersession};
use super::status::Status;
use super::unit_amount;
use super::view::{amount_type, imported_from};
use crate::date::Date;
use serde::Serialize;

pub const CATALOG_FORMAT: &str = "sme-catalog/1";

#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub format: &'static str,
    /// The date the statuses are for; absent: no status given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    pub policies: Vec<PolicyEntry>,
    pub items: Vec<ItemEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PolicyEntry {
    pub id: String,
    pub title_zh: String,
    pub title_en: String,
    pub region: Region,
    pub source: Source,
    pub published: Date,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    pub superseded: Option<Supersession>,
    pub checked_on: Date,
    pub has_amounts: bool,
    pub amounts_recorded: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemEntry {
    pub id: String,
    pub policy: String,
    pub region: Region,
    pub title_zh: String,
    pub title_en: String,
    pub category: String,
    pub article: String,
    pub amount_type: &'static str,
    /// The fixed sum or the ceiling per unit; absent when unstated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_wan: Option<String>,
    /// The least per unit (lowest grade; 0 for a plain ceiling).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_wan: Option<String>,
    pub per: Per,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// A place as `省/市/区` (city and district optional), e.g. `广东省/深圳市`.
pub fn parse_place(s: &str) -> (Option<String>, Option<String>, Option<String>) {
    let mut parts = s
        .split('/')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from);
    (parts.next(), parts.next(), parts.next())
}

/// The catalog's policies and items; with a place, only those covering a
/// company there; with a date, each with its policy's status then.
pub fn listing(cat: &Catalog, date: Option<Date>, place: Option<&str>) -> Listing {
    let (province, city, district) = place.map(parse_place).unwrap_or_default();
    let files = cat.policies.iter().filter(|f| {
        place.is_none()
            || f.policy
                .region
                .covers(province.as_deref(), city.as_deref(), district.as_deref())
    });
    let mut out = Listing {
        format: CATALOG_FORMAT,
        date,
        policies: vec![],
        items: vec![],
    };
    for f in files {
        let p = &f.policy;
        let status = date.map(|d| Status::of(p, d));
        out.policies.push(PolicyEntry {
            id: p.id.clone(),
            title_zh: p.title_zh.clone(),
            title_en: p.title_en.clone(),
            region: p.region.clone(),
            source: p.source.clone(),
            published: p.published,
            valid_from: p.valid_from,
            valid_until: p.valid_until,
            superseded: p.superseded.clone(),
            checked_on: p.checked_on,
            has_amounts: p.has_amounts,
            amounts_recorded: p.amounts_recorded,
            status: status.clone(),
            imported_from: imported_from(f),
        });
        for i in &f.item {
            let unit = unit_amount(cat, f, i, 0).0;
            out.items.push(ItemEntry {
                id: i.id.clone(),
                policy: p.id.clone(),
                region: p.region.clone(),
                title_zh: i.title_zh.clone(),
                title_en: i.title_en.clone(),
                category: i.category.clone(),
                article: i.article.clone(),
                amount_type: amount_type(&i.amount),
                amount_wan: unit.map(|u| u.wan.normalize().to_string()),
                min_wan: unit.map(|u| u.min_wan.normalize().to_string()),
                per: i.per,
                status: status.clone(),
            });
        }
    }
    out
}
