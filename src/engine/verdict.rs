//! The engine's conclusions as types, each with its words in one place: a
//! tier's verdict and a reason's status. Compared as values, never as
//! strings; spelled as `sme-assessment/1` spells them when serialised.

use crate::logic::Tri;
use crate::t;
use crate::text::Text;
use serde::Serialize;

/// A tier's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Qualified,
    NotQualified,
    /// Unknown inputs leave it open.
    Depends,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Qualified, Verdict::NotQualified, Verdict::Depends];

    pub fn of(t: Tri) -> Verdict {
        match t {
            Tri::Yes => Verdict::Qualified,
            Tri::No => Verdict::NotQualified,
            Tri::Unknown => Verdict::Depends,
        }
    }

    /// As `sme-assessment/1` spells it.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Qualified => "qualified",
            Verdict::NotQualified => "not_qualified",
            Verdict::Depends => "depends",
        }
    }

    /// The verdict with this key.
    pub fn from_key(key: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The word a person reads.
    pub fn words(self) -> Text {
        match self {
            Verdict::Qualified => t!("符合", "Qualifies"),
            Verdict::NotQualified => t!("不符合", "Does not qualify"),
            Verdict::Depends => t!("待定", "Depends"),
        }
    }

    /// The icon shown with the word (never colour alone).
    pub fn icon(self) -> &'static str {
        match self {
            Verdict::Qualified => "✔",
            Verdict::NotQualified => "✘",
            Verdict::Depends => "?",
        }
    }
}

/// A document read back (or a test) compares by the format's word.
impl PartialEq<&str> for Verdict {
    fn eq(&self, other: &&str) -> bool {
        self.key() == *other
    }
}

/// Why a rule is not met: it fails, or inputs are missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotMet,
    Unknown,
}

impl Status {
    /// `Unknown` for an unknown test, `NotMet` otherwise.
    pub fn of(t: Tri) -> Status {
        if t == Tri::Unknown {
            Status::Unknown
        } else {
            Status::NotMet
        }
    }

    /// As `sme-assessment/1` spells it.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotMet => "not_met",
            Status::Unknown => "unknown",
        }
    }
}
