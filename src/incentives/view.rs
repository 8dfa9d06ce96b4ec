//! The `incentives` section of `sme-assessment/1`. Fields are added, never
//! renamed (`docs/spec/profile-format.md`).

use super::catalog::{Amount, ItemFlag, Offer, Origin, PolicyFile, Rule, RuleKind, Source};
use super::result::{Incentives, NotCounted, Note};
use super::status::Status;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncentivesView {
    pub total_wan: String,
    /// The least the counted items pay together; equal to `total_wan`
    /// when every counted amount is a definite sum.
    pub total_min_wan: String,
    pub total_is_upper_bound: bool,
    /// Why the total is what it is (policies not counted, to check, ranges).
    pub notes: Vec<Note>,
    pub items: Vec<ItemView>,
    pub policies: Vec<PolicyView>,
    pub rules: Vec<RuleView>,
    pub caveats: Vec<RuleView>,
}

/// A rule or label in both languages.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Words {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemView {
    pub id: String,
    pub policy: String,
    pub region: String,
    pub title_zh: String,
    pub title_en: String,
    pub category: String,
    pub units: u32,
    pub amount_type: &'static str,
    pub fixed: bool,
    pub unit_wan: Option<String>,
    /// The least a unit pays (a graded award's lowest grade, 0 for a plain
    /// ceiling).
    pub unit_min_wan: Option<String>,
    pub raw_wan: String,
    pub capped_wan: String,
    /// The least the capped amount may be.
    pub min_wan: String,
    pub counted: bool,
    pub not_counted: Option<NotCounted>,
    pub capped_by: Vec<String>,
    /// The names of the rules in `capped_by`, as the page shows them.
    pub capped_by_names: Vec<Words>,
    pub dropped_by: Option<String>,
    pub dropped_by_name: Option<Words>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions_en: Option<String>,
    pub flags: Vec<ItemFlag>,
    pub citation: ItemCitation,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemCitation {
    pub document_zh: String,
    /// The document number (文号), for policies read from public sources.
    pub document_number: Option<String>,
    pub article: String,
    pub seed_file: Option<&'static str>,
    pub seed_line: Option<u32>,
    pub quote: String,
    pub urls: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyView {
    pub id: String,
    pub number: Option<u32>,
    pub title_zh: String,
    pub title_en: String,
    pub region: String,
    /// Its amounts count on the assessment date (in force, or no end
    /// date stated).
    pub in_force: bool,
    /// `in_force`, `expired`, `superseded`, `not_yet`, `no_end_date`, with
    /// the date or document it rests on.
    pub status: Status,
    pub status_zh: String,
    pub status_en: String,
    pub has_amounts: bool,
    pub amounts_recorded: bool,
    pub valid_from: String,
    pub valid_until: Option<String>,
    pub checked_on: String,
    pub source: Source,
    /// The title of the user's pack it came from (用户导入), if any.
    pub imported_from: Option<String>,
    pub summary_zh: String,
    pub summary_en: String,
    pub seed_line: Option<u32>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub offers: Vec<Offer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleView {
    pub id: String,
    pub kind: RuleKind,
    /// True when the rule changed an amount; false for a caveat.
    pub applied: bool,
    pub policy: String,
    pub title_zh: String,
    pub title_en: String,
    pub article: String,
    pub seed_line: Option<u32>,
    pub quote: String,
}

fn fmt(d: Decimal) -> String {
    d.normalize().to_string()
}

fn words(r: &Rule) -> Words {
    Words {
        zh: r.title_zh.clone(),
        en: r.title_en.clone(),
    }
}

fn rule_view(inc: &Incentives, r: &Rule, applied: bool) -> RuleView {
    let policy = inc
        .policies
        .iter()
        .find(|p| p.file.rule.iter().any(|x| std::ptr::eq(x, r)))
        .map_or(String::new(), |p| p.file.policy.id.clone());
    RuleView {
        id: r.id.clone(),
        applied,
        kind: r.kind,
        policy,
        title_zh: r.title_zh.clone(),
        title_en: r.title_en.clone(),
        article: r.article.clone(),
        seed_line: r.seed_line,
        quote: r.quote.clone(),
    }
}

pub fn amount_type(a: &Amount) -> &'static str {
    match a {
        Amount::Fixed { .. } => "fixed",
        Amount::UpTo { .. } => "up_to",
        Amount::PercentOf { .. } => "percent_of",
        Amount::PercentOfCost { .. } => "percent_of_cost",
        Amount::Unstated => "unstated",
    }
}

/// The pack a policy came from, if a user imported it.
pub fn imported_from(f: &PolicyFile) -> Option<String> {
    match &f.origin {
        Origin::BuiltIn => None,
        Origin::Pack { title } => Some(title.clone()),
    }
}

impl From<&Incentives<'_>> for IncentivesView {
    fn from(inc: &Incentives) -> Self {
        IncentivesView {
            total_wan: fmt(inc.total_wan),
            total_min_wan: fmt(inc.total_min_wan),
            total_is_upper_bound: inc.total_is_upper_bound,
            notes: inc.notes.clone(),
            items: inc
                .items
                .iter()
                .map(|i| {
                    let (item, pol) = (i.item, i.policy());
                    let zero_unless_counted =
                        |d: Decimal| fmt(if i.counted() { d } else { Decimal::ZERO });
                    ItemView {
                        id: item.id.clone(),
                        policy: pol.id.clone(),
                        region: pol.region_name(),
                        title_zh: item.title_zh.clone(),
                        title_en: item.title_en.clone(),
                        category: item.category.clone(),
                        units: i.unit_count(),
                        amount_type: amount_type(&item.amount),
                        fixed: i.fixed,
                        unit_wan: i.unit.map(|u| fmt(u.wan)),
                        unit_min_wan: i.unit.map(|u| fmt(u.min_wan)),
                        raw_wan: fmt(i.raw_wan),
                        capped_wan: zero_unless_counted(i.capped_wan),
                        min_wan: zero_unless_counted(i.min_wan),
                        counted: i.counted(),
                        not_counted: i.not_counted,
                        capped_by: i.capped_by.iter().map(|r| r.id.clone()).collect(),
                        capped_by_names: i.capped_by.iter().map(|r| words(r)).collect(),
                        dropped_by: i.dropped_by.map(|r| r.id.clone()),
                        dropped_by_name: i.dropped_by.map(words),
                        conditions_zh: item.conditions_zh.clone(),
                        conditions_en: item.conditions_en.clone(),
                        flags: item.flags.clone(),
                        citation: ItemCitation {
                            document_zh: pol.title_zh.clone(),
                            document_number: pol.source.document.clone(),
                            article: item.article.clone(),
                            seed_file: item.seed_line.map(|_| crate::measures::seed_file("002")),
                            seed_line: item.seed_line,
                            quote: item.quote.clone(),
                            urls: pol.source.urls.clone(),
                        },
                    }
                })
                .collect(),
            policies: inc
                .policies
                .iter()
                .map(|p| {
                    let pol = &p.file.policy;
                    PolicyView {
                        id: pol.id.clone(),
                        number: pol.number,
                        title_zh: pol.title_zh.clone(),
                        title_en: pol.title_en.clone(),
                        region: pol.region_name(),
                        in_force: p.status.counts(),
                        status_zh: p.status.words_zh(),
                        status_en: p.status.words_en(),
                        status: p.status.clone(),
                        has_amounts: pol.has_amounts,
                        amounts_recorded: pol.amounts_recorded,
                        valid_from: pol.valid_from.to_string(),
                        valid_until: pol.valid_until.map(|d| d.to_string()),
                        checked_on: pol.checked_on.to_string(),
                        source: pol.source.clone(),
                        imported_from: imported_from(p.file),
                        summary_zh: pol.summary_zh.clone(),
                        summary_en: pol.summary_en.clone(),
                        seed_line: pol.source.seed_line,
                        offers: p.file.offer.clone(),
                    }
                })
                .collect(),
            rules: inc
                .applied
                .iter()
                .map(|r| rule_view(inc, r, true))
                .collect(),
            caveats: inc
                .caveats
                .iter()
                .map(|r| rule_view(inc, r, false))
                .collect(),
        }
    }
}

impl IncentivesView {
    /// The total as the page and the print show it: "15–30 万元" for a
    /// graded range, "不高于 30 万元" when every uncertain amount is a plain
    /// ceiling, "30 万元" for definite sums.
    pub fn total_zh(&self) -> String {
        match self.range() {
            Range::Exact(t) => format!("{t} 万元"),
            Range::Between(lo, hi) => format!("{lo}–{hi} 万元"),
            Range::UpTo(hi) => format!("不高于 {hi} 万元"),
        }
    }

    pub fn total_en(&self) -> String {
        match self.range() {
            Range::Exact(t) => format!("{t} 万元"),
            Range::Between(lo, hi) => format!("{lo}–{hi} 万元"),
            Range::UpTo(hi) => format!("up to {hi} 万元"),
        }
    }

    fn range(&self) -> Range<'_> {
        if !self.total_is_upper_bound || self.total_min_wan == self.total_wan {
            Range::Exact(&self.total_wan)
        } else if self.total_min_wan == "0" {
            Range::UpTo(&self.total_wan)
        } else {
            Range::Between(&self.total_min_wan, &self.total_wan)
        }
    }
}

enum Range<'a> {
    Exact(&'a str),
    Between(&'a str, &'a str),
    UpTo(&'a str),
}

/// A unit amount in words: "15–30", "≤50", "20".
pub fn unit_words(i: &ItemView) -> String {
    match (&i.unit_wan, &i.unit_min_wan) {
        (Some(hi), _) if i.fixed => hi.clone(),
        (Some(hi), Some(lo)) if lo != "0" && lo != hi => format!("{lo}–{hi}"),
        (Some(hi), _) => format!("≤{hi}"),
        (None, _) => String::new(),
    }
}
