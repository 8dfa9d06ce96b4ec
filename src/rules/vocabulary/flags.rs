//! Every yes/no fact the rules ask, declared once: the profile field it
//! reads and whether the company can make it true by its own effort. The
//! changeable ones are declared in the order the advice tries them.

use super::flag::{Flag, FlagDef};
use crate::profile::{Honor, Profile};
use std::fmt;

macro_rules! flags {
    ($($(#[$doc:meta])* $name:ident = $def:expr;)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u8)]
        enum Index { $($name),* }

        impl Flag {
            $($(#[$doc])* pub const $name: Flag = Flag(Index::$name as u8);)*
        }

        /// Every flag; `Flag::X.def()` is `FLAGS[X]`.
        pub static FLAGS: [FlagDef; [$(stringify!($name)),*].len()] = [$($def),*];
    };
}

impl Flag {
    /// Its declaration.
    pub fn def(self) -> &'static FlagDef {
        &FLAGS[self.0 as usize]
    }

    /// Every flag, in declaration order.
    pub fn all() -> impl Iterator<Item = Flag> {
        (0..FLAGS.len() as u8).map(Flag)
    }
}

impl fmt::Debug for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.def().key)
    }
}

/// A flag read straight from a profile field.
macro_rules! field_flag {
    ($key:literal, $path:literal, $changeable:literal, |$p:ident| $read:expr) => {
        FlagDef {
            key: $key,
            path: $path,
            read: |$p: &Profile| $read,
            changeable: $changeable,
        }
    };
}

flags! {
    QUALITY_SYSTEM_CERT = field_flag!("quality_system_cert",
        "qualifications.quality.quality_system_cert", true,
        |p| p.qualifications.quality.quality_system_cert);
    OWN_BRAND = field_flag!("own_brand", "qualifications.quality.own_brand", true,
        |p| p.qualifications.quality.own_brand);
    STANDARD_SETTING = field_flag!("standard_setting",
        "qualifications.quality.standard_setting", true,
        |p| p.qualifications.quality.standard_setting);
    CORE_BUSINESS_INFO_SYSTEM = field_flag!("core_business_info_system",
        "qualifications.core_business_info_system", true,
        |p| p.qualifications.core_business_info_system);
    MANAGEMENT_SYSTEM_CERT = field_flag!("management_system_cert",
        "qualifications.management_system_cert", true,
        |p| p.qualifications.management_system_cert);
    PROVINCIAL_QUALITY_AWARD = field_flag!("provincial_quality_award",
        "qualifications.quality.provincial_quality_award", true,
        |p| p.qualifications.quality.provincial_quality_award);
    STRATEGIC_EMERGING_INDUSTRY = field_flag!("strategic_emerging_industry",
        "qualifications.strategic_emerging_industry", false,
        |p| p.qualifications.strategic_emerging_industry);
    CHAIN_GAP_FILLING = field_flag!("chain_gap_filling",
        "qualifications.chain_gap_filling", false,
        |p| p.qualifications.chain_gap_filling);
    SIX_BASICS_OR_KEY_CHAIN = field_flag!("six_basics_or_key_chain",
        "qualifications.six_basics_or_key_chain", false,
        |p| p.qualifications.six_basics_or_key_chain);
    KEY_FIELD = field_flag!("key_field", "qualifications.key_field", false,
        |p| p.qualifications.key_field);
    REGISTERED_INDEPENDENT_LEGAL_PERSON = field_flag!("registered_independent_legal_person",
        "compliance.registered_independent_legal_person", false,
        |p| p.compliance.registered_independent_legal_person);
    ABNORMAL_OR_DISHONEST_LISTED = field_flag!("abnormal_or_dishonest_listed",
        "compliance.abnormal_or_dishonest_listed", false,
        |p| p.compliance.abnormal_or_dishonest_listed);
    PROHIBITED_PRODUCTS = field_flag!("prohibited_products",
        "compliance.prohibited_products", false,
        |p| p.compliance.prohibited_products);
    MAJOR_INCIDENT_3Y = field_flag!("major_incident_3y", "compliance.major_incident_3y", false,
        |p| p.compliance.major_incident_3y);
    NICHE_SHARE_LEADING = field_flag!("niche_share_leading",
        "qualifications.niche_share_leading", false,
        |p| p.qualifications.niche_share_leading);
    NICHE_TOP3_DOMESTIC = field_flag!("niche_top3_domestic",
        "qualifications.niche_top3_domestic", false,
        |p| p.qualifications.niche_top3_domestic);
    KEY_CHAIN_2026 = field_flag!("key_chain_2026", "qualifications.key_chain_2026", false,
        |p| p.qualifications.key_chain_2026);
    /// 会计核算健全、实行查账征收并能够准确归集研发费用 (科技型 basic condition).
    TAX_BY_AUDIT = field_flag!("tax_by_audit", "company.tax_by_audit", false,
        |p| p.company.tax_by_audit);
    /// A review (复核) of the company's current 小巨人 title (2026).
    LITTLE_GIANT_REVIEW = field_flag!("little_giant_review",
        "qualifications.little_giant_review", false,
        |p| p.qualifications.little_giant_review);
    /// The company has held a 科技型中小企业 title (its end date is given):
    /// not a first-time applicant. A title not mentioned was never held.
    TECH_SME_TITLE_RECORDED = field_flag!("tech_sme_title_recorded",
        "qualifications.titles.tech_sme_until", false,
        |p| Some(p.qualifications.titles.tech_sme_until.is_some()));
    /// 高新技术企业, one of the honours.
    HIGH_TECH_ENTERPRISE = field_flag!("high_tech_enterprise", "qualifications.honors", false,
        |p| p.qualifications.honors.as_ref().map(|h| h.contains(&Honor::HighTechEnterprise)));
    /// Led drafting of an international, national or industry standard in
    /// the last 5 years (科技型中小企业 direct confirmation). A standard led
    /// last year (an achievement) is within 5 years.
    LED_MAJOR_STANDARD_5Y = field_flag!("led_major_standard_5y",
        "qualifications.led_major_standard_5y", false,
        |p| {
            let led_last_year = p.achievements.iter().any(|a| {
                a.kind == "standard"
                    && a.attribute("role") == Some("lead")
                    && matches!(
                        a.attribute("level"),
                        Some("international" | "national" | "industry")
                    )
            });
            if led_last_year {
                Some(true)
            } else {
                p.qualifications.led_major_standard_5y
            }
        });
}
