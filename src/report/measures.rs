//! The non-monetary measures a company qualifies for, as the assessment
//! lists them (`data/measures.toml`).

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureView {
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub gives_zh: &'static str,
    pub gives_en: &'static str,
    pub document_zh: &'static str,
    pub document_en: &'static str,
    pub clause: &'static str,
    /// Which titles it is limited to (empty: any company).
    pub tiers: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_zh: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_en: Option<&'static str>,
    pub seed_file: String,
    pub seed_line: u32,
    pub quote: &'static str,
}

impl From<&'static crate::measures::Measure> for MeasureView {
    fn from(m: &'static crate::measures::Measure) -> Self {
        MeasureView {
            id: &m.id,
            title_zh: &m.title_zh,
            title_en: &m.title_en,
            gives_zh: &m.gives_zh,
            gives_en: &m.gives_en,
            document_zh: &m.document_zh,
            document_en: &m.document_en,
            clause: &m.clause,
            tiers: m.tiers.iter().map(String::as_str).collect(),
            province: m.province.as_deref(),
            achievements: m.achievements.iter().map(String::as_str).collect(),
            apply_zh: m.apply_zh.as_deref(),
            apply_en: m.apply_en.as_deref(),
            seed_file: crate::measures::seed_file(&m.seed).to_string(),
            seed_line: m.seed_line,
            quote: &m.quote,
        }
    }
}
