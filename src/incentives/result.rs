//! What the engine finds for a company: the items its achievements match
//! with their amounts before and after the caps, the policies of its region
//! with their status, and the notes that explain the total.

use super::catalog::{Item, Policy, PolicyFile, Rule};
use super::status::Status;
use rust_decimal::Decimal;
use serde::Serialize;

/// Why an item adds nothing to the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotCounted {
    Expired,
    Superseded,
    NotYetInForce,
    Dropped,
    Unstated,
}

/// One unit paid: its most and its least (a graded award decided on
/// review lies between them; a plain ceiling's least is 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub wan: Decimal,
    pub min_wan: Decimal,
}

/// One catalog item the company's achievements match.
#[derive(Debug, Clone)]
pub struct ItemResult<'c> {
    pub file: &'c PolicyFile,
    pub item: &'c Item,
    /// Each unit paid, dearest first (an upgrade pays only the
    /// difference, so units may differ).
    pub units: Vec<Unit>,
    pub unit: Option<Unit>,
    pub raw_wan: Decimal,
    pub capped_wan: Decimal,
    /// The least the capped amount may be.
    pub min_wan: Decimal,
    pub fixed: bool,
    pub not_counted: Option<NotCounted>,
    pub capped_by: Vec<&'c Rule>,
    pub dropped_by: Option<&'c Rule>,
}

impl<'c> ItemResult<'c> {
    pub fn counted(&self) -> bool {
        self.not_counted.is_none()
    }

    pub fn unit_count(&self) -> u32 {
        self.units.len() as u32
    }

    pub fn policy(&self) -> &'c Policy {
        &self.file.policy
    }
}

/// A policy covering the company's region, with its status on the date.
#[derive(Debug, Clone)]
pub struct PolicyResult<'c> {
    pub file: &'c PolicyFile,
    pub status: Status,
}

/// Everything the company can claim, and what it cannot compute.
#[derive(Debug, Clone, Default)]
pub struct Incentives<'c> {
    pub total_wan: Decimal,
    /// The least the counted items may pay together (graded awards at
    /// their lowest grade, ceilings at 0, fixed sums in full).
    pub total_min_wan: Decimal,
    /// Some counted amount is a ceiling ("不高于"), not a sum.
    pub total_is_upper_bound: bool,
    pub items: Vec<ItemResult<'c>>,
    pub policies: Vec<PolicyResult<'c>>,
    /// Rules that changed an amount.
    pub applied: Vec<&'c Rule>,
    /// Limits the profile cannot settle (actual costs, other funding, the
    /// same subject), for policies with matched items.
    pub caveats: Vec<&'c Rule>,
    /// Why the total is what it is.
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A policy with amounts that is expired, superseded or not yet in force.
    NotInForce,
    /// A counted policy whose text states no end date.
    NoEndDate,
    /// A policy in force whose amounts the catalog does not hold.
    AmountsNotRecorded,
    /// Some amounts are graded on review: the total is a range.
    Graded,
    /// A counted policy from a user's pack.
    Imported,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub kind: NoteKind,
    /// The policy it concerns.
    pub policy: Option<String>,
    pub zh: String,
    pub en: String,
}
