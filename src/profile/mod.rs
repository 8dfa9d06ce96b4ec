//! The company profile, format `sme-profile/1` (see `docs/spec/profile-format.md`).
//!
//! Every field is optional: a field left out means "not provided" and makes
//! what depends on it unknown, never zero. Money is in 万元 as an exact
//! [`Decimal`]; JSON may write it as a number or a string, and numbers are
//! read digit for digit (serde_json `arbitrary_precision`), never through
//! `f64`. Unknown JSON fields are ignored, for forward compatibility.

mod achievement;
mod achievement_edit;
mod bilingual;
mod bounds;
mod expected;
mod field_error;
pub mod fields;
mod file;
mod parse;
mod rows;
mod salvage;
mod validate;

pub use achievement::Achievement;
pub use achievement_edit::{can_add, full_message, AchievementEdit, Refused, RowChange};
pub use bounds::{grouped, too_large_wan, too_precise};
pub use field_error::FieldError;
pub use file::{is_spreadsheet, read_profile_file, FileError};
pub use parse::{parse_achievements, parse_profile, ParseError};
pub use rows::Rows;
pub use salvage::{salvage, Salvaged};
pub use validate::validate;

use crate::date::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The format tag a profile document must carry.
pub const PROFILE_FORMAT: &str = "sme-profile/1";

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub format: String,
    /// The date the assessment is made for (2026 rulebook field). The engine
    /// takes the date as an argument; this is the value the user saved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment_date: Option<Date>,
    pub company: Company,
    pub financials: Financials,
    pub ip: Ip,
    pub qualifications: Qualifications,
    pub compliance: Compliance,
    /// Shared between copies of the profile until edited ([`Rows`]).
    pub achievements: Rows,
}

impl Profile {
    /// An empty profile: every field unknown.
    pub fn empty() -> Profile {
        Profile {
            format: PROFILE_FORMAT.to_string(),
            ..Profile::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Company {
    pub name: Option<String>,
    pub province: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    pub industry: Option<Industry>,
    /// 职工总数 (persons).
    pub employees: Option<u32>,
    /// 研发人员 (persons).
    pub rd_employees: Option<u32>,
    /// 科技人员 (persons), for 科技型中小企业 (2026 rulebook field).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sci_tech_staff: Option<u32>,
    /// 会计核算健全、实行查账征收并能够准确归集研发费用 (科技型中小企业 basic
    /// condition, 国科火字〔2022〕67号 工作指引; 2026 rulebook field).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_by_audit: Option<bool>,
    /// 从事特定细分市场年限, whole years.
    pub years_in_niche: Option<u32>,
}

/// Industry rows of 《中小企业划型标准规定》 (工信部联企业〔2011〕300号).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    Agriculture,
    Industry,
    Construction,
    Wholesale,
    Retail,
    Transport,
    Warehousing,
    Postal,
    Accommodation,
    Catering,
    InformationTransmission,
    SoftwareIt,
    RealEstate,
    PropertyManagement,
    LeasingBusiness,
    Other,
}

impl Industry {
    pub const ALL: [Industry; 16] = [
        Industry::Agriculture,
        Industry::Industry,
        Industry::Construction,
        Industry::Wholesale,
        Industry::Retail,
        Industry::Transport,
        Industry::Warehousing,
        Industry::Postal,
        Industry::Accommodation,
        Industry::Catering,
        Industry::InformationTransmission,
        Industry::SoftwareIt,
        Industry::RealEstate,
        Industry::PropertyManagement,
        Industry::LeasingBusiness,
        Industry::Other,
    ];
}

/// A figure per fiscal year: `y1` = 上年度 (the last complete year),
/// `y2` = 上上年度, `y3` = the year before that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Years {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y1: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y2: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub y3: Option<Decimal>,
}

/// Which fiscal year a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Year {
    Y1,
    Y2,
    Y3,
}

impl Year {
    pub const ALL: [Year; 3] = [Year::Y1, Year::Y2, Year::Y3];

    pub fn key(self) -> &'static str {
        match self {
            Year::Y1 => "y1",
            Year::Y2 => "y2",
            Year::Y3 => "y3",
        }
    }

    /// The calendar year this figure covers for an assessment made on
    /// `assessed`: 上年度 is the year before the assessment date's year,
    /// 上上年度 the one before that, 前年度 the one before that. Labels in
    /// the form, print and CSV all read it from here.
    pub fn calendar_year(self, assessed: Date) -> i32 {
        let back = match self {
            Year::Y1 => 1,
            Year::Y2 => 2,
            Year::Y3 => 3,
        };
        assessed.year() - back
    }

    /// The year before this one, if the profile holds it.
    pub fn previous(self) -> Option<Year> {
        match self {
            Year::Y1 => Some(Year::Y2),
            Year::Y2 => Some(Year::Y3),
            Year::Y3 => None,
        }
    }
}

impl Years {
    pub fn get(&self, y: Year) -> Option<Decimal> {
        match y {
            Year::Y1 => self.y1,
            Year::Y2 => self.y2,
            Year::Y3 => self.y3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Financials {
    /// 营业收入总额.
    pub operating_revenue: Years,
    /// 主营业务收入.
    pub main_business_revenue: Years,
    /// 研发费用总额.
    pub rd_expense: Years,
    pub net_profit: Years,
    pub total_assets: Years,
    pub total_liabilities: Years,
    /// 成本费用支出总额, for 科技型中小企业 (2026 rulebook field).
    #[serde(skip_serializing_if = "is_default")]
    pub cost_expense_total: Years,
    /// 近2年新增股权融资总额 (合格机构投资者实缴额).
    pub equity_financing_2y: Option<Decimal>,
    /// 近3年新增股权融资总额.
    pub equity_financing_3y: Option<Decimal>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Ip {
    /// Ⅰ类知识产权 related to the main product (附件4 三).
    pub class1: Option<u32>,
    pub class1_self_developed: Option<u32>,
    /// Ⅰ类高价值知识产权 (附件4 四).
    pub class1_high_value: Option<u32>,
    /// Ⅱ类知识产权 (附件4 五).
    pub class2: Option<u32>,
    /// Ⅰ类 IP applied to the main product with economic benefit.
    pub class1_applied_to_main_product: Option<u32>,
    /// Ⅰ类 IP acquired by transfer (not counted in 2026).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class1_transferred_in: Option<u32>,
    /// Ⅰ类 IP the company applied for itself and holds as rights holder
    /// ranked 1–3 (2026: 专精特新 and 小巨人 count only these).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class1_self_applied_top3: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Qualifications {
    pub strategic_emerging_industry: Option<bool>,
    pub chain_gap_filling: Option<bool>,
    pub six_basics_or_key_chain: Option<bool>,
    /// 数字化水平 level from the platform self-test (0 = not done).
    pub digital_level: Option<u32>,
    pub quality: Quality,
    pub rd_institution: Option<RdInstitution>,
    /// 附件2 ind. 9, the province's 特色化 score, 0-15.
    pub local_distinctive_score: Option<u32>,
    pub sci_tech_award: Option<SciTechAward>,
    pub honors: Option<Vec<Honor>>,
    pub maker_china: Option<MakerChina>,
    /// National niche market share, percent.
    pub market_share_pct: Option<Decimal>,
    pub core_business_info_system: Option<bool>,
    pub management_system_cert: Option<bool>,
    pub key_field: Option<bool>,
    // 2026 rulebook fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_quality_score: Option<PlatformScore>,
    /// The previous year's platform score (a 小巨人 review may meet the
    /// 60 points in either of the last two years).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_quality_score_prev: Option<PlatformScore>,
    /// This is a review (复核) of the company's current 小巨人 title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub little_giant_review: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub niche_share_leading: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub niche_top3_domestic: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_chain_2026: Option<bool>,
    /// Led drafting of an international, national or industry standard in
    /// the last 5 years (科技型中小企业).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub led_major_standard_5y: Option<bool>,
    #[serde(skip_serializing_if = "is_default")]
    pub titles: Titles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Quality {
    pub provincial_quality_award: Option<bool>,
    pub quality_system_cert: Option<bool>,
    pub own_brand: Option<bool>,
    pub standard_setting: Option<bool>,
}

/// Recognised level of the company's R&D institution, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RdInstitution {
    None,
    BelowMunicipal,
    Municipal,
    Provincial,
    National,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SciTechAward {
    pub level: AwardLevel,
    /// Rank among the awarded units (1 = first).
    #[serde(default)]
    pub rank: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AwardLevel {
    None,
    Provincial,
    National,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Honor {
    HighTechEnterprise,
    TechInnovationDemo,
    IpAdvantage,
    IpDemo,
}

impl Honor {
    pub const ALL: [Honor; 4] = [
        Honor::HighTechEnterprise,
        Honor::TechInnovationDemo,
        Honor::IpAdvantage,
        Honor::IpDemo,
    ];
}

/// 创客中国 national ranking within 3 years; top50 is also top500.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MakerChina {
    None,
    Top500,
    Top50,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformScore {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u32>,
    /// The platform's figure; absent means "not provided" (never estimated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Decimal>,
}

/// Dates until which the company holds each title (2026 rulebook field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Titles {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub innovative_until: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tech_sme_until: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub srdi_until: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Compliance {
    pub registered_independent_legal_person: Option<bool>,
    pub abnormal_or_dishonest_listed: Option<bool>,
    pub prohibited_products: Option<bool>,
    pub major_incident_3y: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_columns_are_the_calendar_years_before_the_assessment() {
        let d = Date::ymd(2026, 1, 15);
        let years = Year::ALL.map(|y| y.calendar_year(d));
        assert_eq!(years, [2025, 2024, 2023]);
        assert_eq!(Year::Y1.calendar_year(Date::ymd(2025, 12, 31)), 2024);
    }
}
