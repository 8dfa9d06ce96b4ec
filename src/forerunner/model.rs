//! The 领跑者 data as types (`data/forerunner_*.toml`,
//! `data/grain_oil_forerunners.toml`): what build.rs fills from the TOML
//! and encodes (postcard) into the page's data asset, and the crate decodes
//! ([`crate::data_asset`]). Included by build.rs, so it names nothing of
//! the crate but the date.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// Where a seed table is damaged and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repair {
    pub seed_line: u32,
    pub found: String,
    pub read_as: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyAreaList {
    pub year: u32,
    pub title_zh: String,
    pub seed_line: u32,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyArea {
    pub year: u32,
    pub no: u32,
    /// 产业类别, filled down where the table left it blank.
    pub industry_zh: String,
    pub area_zh: String,
    pub seed_line: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub n: u32,
    pub title_zh: String,
    pub title_en: String,
    pub text_zh: String,
    pub text_en: String,
    pub seed: String,
    pub seed_line: u32,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrainOilList {
    pub title_zh: String,
    pub seed_line: u32,
    pub date: Date,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrainOilEntry {
    pub category_zh: String,
    pub no: u32,
    pub company_zh: String,
    pub standard_no: String,
    pub standard_name_zh: String,
    pub assessor_zh: String,
    pub seed_line: u32,
}

/// Everything the 领跑者 page shows but the local rewards: the key-area
/// lists (2021, 2022) with their repairs, the path, the grain-and-oil list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forerunner {
    pub key_area_lists: Vec<KeyAreaList>,
    pub key_areas: Vec<KeyArea>,
    pub key_area_repairs: Vec<Repair>,
    pub path: Vec<Step>,
    pub grain_oil_list: GrainOilList,
    pub grain_oil: Vec<GrainOilEntry>,
}
