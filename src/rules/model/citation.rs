//! Where a rule comes from: the document, the article, the quoted words,
//! and how sure we are of the value they support.

use crate::text::Text;

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub document: &'static Document,
    /// Article, annex and clause, as the text numbers them, e.g. "附件1 二（一）2".
    pub article: &'static str,
    /// 1-based line in the document's seed file, when the seeds hold it.
    pub seed_line: Option<u32>,
    /// The words of the law, quoted from that line (exact substring), or
    /// for a document not in the seeds, from the project's spec.
    pub quote: &'static str,
    /// How sure we are of the value this citation supports.
    pub confidence: Confidence,
}

impl Citation {
    /// A document not in the seeds, quoted from the project's spec or its
    /// public source.
    pub const fn public(
        document: &'static Document,
        article: &'static str,
        quote: &'static str,
        confidence: Confidence,
    ) -> Citation {
        Citation {
            document,
            article,
            seed_line: None,
            quote,
            confidence,
        }
    }
}

/// A legal document the rules cite.
#[derive(Debug, PartialEq, Eq)]
pub struct Document {
    pub id: &'static str,
    pub title: Text,
    /// 文号, e.g. 工信部企业〔2022〕63号.
    pub number: &'static str,
    /// The seed file holding its text (`seeds/…`), if any.
    pub seed_file: Option<&'static str>,
    /// Where the text comes from when it is not in the seeds.
    pub source_note: Option<Text>,
}

/// How sure we are of a value. The 2022 rules are quoted from the official
/// text; the 2026 rules come from secondary reporting, each value with the
/// confidence the spec gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// One secondary source only.
    MediumLow,
    Medium,
    MediumHigh,
    High,
    /// Quoted from the official text in the seeds.
    Official,
}

impl Confidence {
    /// The confidence as `sme-assessment/1` spells it.
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Official => "official",
            Confidence::High => "high",
            Confidence::MediumHigh => "medium_high",
            Confidence::Medium => "medium",
            Confidence::MediumLow => "medium_low",
        }
    }
}
