//! The profile's choice enums (industry, R&D institution level, award
//! level, 创客中国, honours) read in JSON from what people write, as the form
//! and the CSV import read them ([`super::choice`]): the format's code
//! (`provincial`), a label (`省级（省部级）`, `省级`) or an everyday word
//! (`制造业`). An unknown value is answered with the labels, never the codes.

use super::table::{
    AWARD_LEVEL_OPTIONS, HONOR_OPTIONS, INDUSTRY_OPTIONS, MAKER_CHINA_OPTIONS,
    RD_INSTITUTION_OPTIONS,
};
use crate::profile::bilingual::bilingual;
use crate::profile::{AwardLevel, Honor, Industry, MakerChina, RdInstitution};
use crate::text::{Message, Text};

/// "应为以下之一：国家级；省级（省部级）；…", for a value of the wrong type.
pub fn one_of(options: &[(&'static str, Text)]) -> Message {
    let zh: Vec<&str> = options.iter().map(|(_, l)| l.zh).collect();
    let en: Vec<&str> = options.iter().map(|(_, l)| l.en).collect();
    Message::new(
        format!("应为以下之一：{}", zh.join("；")),
        format!("expected one of: {}", en.join("; ")),
    )
}

/// A profile enum read from a choice's code or label.
pub trait Choice: Sized + Copy + serde::Serialize + 'static {
    const ALL: &'static [Self];
    /// The field the choice is read for (its other names are the field's).
    const PATH: &'static str;
    fn options() -> &'static [(&'static str, Text)];

    /// The format's code.
    fn code(self) -> &'static str {
        let value = serde_json::to_value(self).ok();
        let code = value.as_ref().and_then(|v| v.as_str()).unwrap_or_default();
        Self::options()
            .iter()
            .map(|(c, _)| *c)
            .find(|c| *c == code)
            .unwrap_or_default()
    }

    /// The value `input` names (code or label), or what is allowed.
    fn read(input: &str) -> Result<Self, Message> {
        super::choice::find(Self::PATH, Self::options(), input)
            .and_then(|code| Self::ALL.iter().copied().find(|v| v.code() == code))
            .ok_or_else(|| super::choice::unknown(Self::options(), input))
    }
}

impl Choice for Industry {
    const PATH: &'static str = "company.industry";
    const ALL: &'static [Self] = &Industry::ALL;
    fn options() -> &'static [(&'static str, Text)] {
        &INDUSTRY_OPTIONS
    }
}

impl Choice for RdInstitution {
    const PATH: &'static str = "qualifications.rd_institution";
    const ALL: &'static [Self] = &[
        RdInstitution::National,
        RdInstitution::Provincial,
        RdInstitution::Municipal,
        RdInstitution::BelowMunicipal,
        RdInstitution::None,
    ];
    fn options() -> &'static [(&'static str, Text)] {
        &RD_INSTITUTION_OPTIONS
    }
}

impl Choice for AwardLevel {
    const PATH: &'static str = "qualifications.sci_tech_award.level";
    const ALL: &'static [Self] = &[
        AwardLevel::None,
        AwardLevel::Provincial,
        AwardLevel::National,
    ];
    fn options() -> &'static [(&'static str, Text)] {
        &AWARD_LEVEL_OPTIONS
    }
}

impl Choice for MakerChina {
    const PATH: &'static str = "qualifications.maker_china";
    const ALL: &'static [Self] = &[MakerChina::None, MakerChina::Top500, MakerChina::Top50];
    fn options() -> &'static [(&'static str, Text)] {
        &MAKER_CHINA_OPTIONS
    }
}

impl Choice for Honor {
    const PATH: &'static str = "qualifications.honors";
    const ALL: &'static [Self] = &Honor::ALL;
    fn options() -> &'static [(&'static str, Text)] {
        &HONOR_OPTIONS
    }
}

/// The choices read their code or their label (`"省级"`, `"制造业"`): see
/// [`Choice`].
macro_rules! choice_deserialize {
    ($($ty:ty),*) => {$(
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                match <serde_json::Value as serde::Deserialize>::deserialize(d)? {
                    serde_json::Value::String(s) => {
                        <$ty>::read(&s).map_err(|m| bilingual(m.zh, m.en))
                    }
                    _ => {
                        let m = one_of(<$ty>::options());
                        Err(bilingual(m.zh, m.en))
                    }
                }
            }
        }
    )*};
}
choice_deserialize!(Industry, RdInstitution, AwardLevel, Honor, MakerChina);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_labels_and_other_names() {
        assert_eq!(
            RdInstitution::read("provincial"),
            Ok(RdInstitution::Provincial)
        );
        assert_eq!(RdInstitution::read("省级"), Ok(RdInstitution::Provincial));
        assert_eq!(
            RdInstitution::read("省级（省部级）"),
            Ok(RdInstitution::Provincial)
        );
        assert_eq!(RdInstitution::read("市级"), Ok(RdInstitution::Municipal));
        assert_eq!(RdInstitution::read("国家级"), Ok(RdInstitution::National));
        assert_eq!(AwardLevel::read("国家级"), Ok(AwardLevel::National));
        assert_eq!(AwardLevel::read("省级"), Ok(AwardLevel::Provincial));
        assert_eq!(Industry::read("制造业"), Ok(Industry::Industry));
        assert_eq!(Industry::read("工业"), Ok(Industry::Industry));
        assert_eq!(
            Industry::read("Software and IT services"),
            Ok(Industry::SoftwareIt)
        );
        assert_eq!(MakerChina::read("top50"), Ok(MakerChina::Top50));
        assert_eq!(Honor::read("高新技术企业"), Ok(Honor::HighTechEnterprise));
        assert!(MakerChina::read("全国").is_err(), "not a guess");
        for v in Industry::ALL {
            assert_eq!(Industry::read(v.code()), Ok(v));
        }
        for v in Honor::ALL {
            assert_eq!(Honor::read(v.code()), Ok(v));
        }
    }

    #[test]
    fn an_unknown_value_lists_the_labels_not_the_codes() {
        let m = RdInstitution::read("galactic").unwrap_err();
        assert!(m.zh.contains("国家级；省级（省部级）"), "{}", m.zh);
        assert!(
            !m.zh.contains("national") && !m.zh.contains("below_municipal"),
            "{}",
            m.zh
        );
        assert!(m.en.contains("National; Provincial"), "{}", m.en);
    }
}
