//! A non-monetary measure as data (`data/measures.toml`): the type build.rs
//! fills from the TOML and encodes (postcard) into the page's data asset,
//! and the crate decodes ([`crate::data_asset`]). Included by build.rs, so
//! it names nothing of the crate but the date.

use crate::date::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub id: String,
    pub document_zh: String,
    pub document_en: String,
    pub issuer_zh: Option<String>,
    pub date: Date,
    /// Seed file prefix ("002").
    pub seed: String,
    pub seed_line: u32,
    pub clause: String,
    pub quote: String,
    pub title_zh: String,
    pub title_en: String,
    pub gives_zh: String,
    pub gives_en: String,
    /// The titles the text limits it to (any one), by key (`srdi`); build.rs
    /// rejects an unknown key. Empty: any company.
    pub tiers: Vec<String>,
    pub tiers_note: Option<String>,
    /// An achievement kind it requires (e.g. `forerunner`).
    pub achievements: Vec<String>,
    /// A province it is limited to.
    pub province: Option<String>,
    pub apply_zh: Option<String>,
    pub apply_en: Option<String>,
}
