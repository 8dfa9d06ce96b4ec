//! The `incentives` section of `sme-assessment/1`.

use super::catalog::{ItemFlag, Offer};
use super::{Incentives, NotCounted};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncentivesView {
    pub total_wan: String,
    pub total_is_upper_bound: bool,
    pub items: Vec<ItemView>,
    pub policies: Vec<PolicyView>,
    pub rules: Vec<RuleView>,
    pub caveats: Vec<RuleView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemView {
    pub id: &'static str,
    pub policy: &'static str,
    pub region: String,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub category: &'static str,
    pub units: u32,
    pub amount_type: &'static str,
    pub fixed: bool,
    pub unit_wan: Option<String>,
    pub raw_wan: String,
    pub capped_wan: String,
    pub counted: bool,
    pub not_counted: Option<NotCounted>,
    pub capped_by: Vec<&'static str>,
    pub dropped_by: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions_zh: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions_en: Option<&'static str>,
    pub flags: &'static [ItemFlag],
    pub citation: ItemCitation,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemCitation {
    pub document_zh: &'static str,
    pub article: &'static str,
    pub seed_file: &'static str,
    pub seed_line: u32,
    pub quote: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyView {
    pub id: &'static str,
    pub number: u32,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub region: String,
    pub in_force: bool,
    pub has_amounts: bool,
    pub valid_from: String,
    pub valid_until: Option<String>,
    pub summary_zh: &'static str,
    pub summary_en: &'static str,
    pub seed_line: u32,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub offers: &'static [Offer],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleView {
    pub id: &'static str,
    pub kind: &'static str,
    /// True when the rule changed an amount; false for a caveat.
    pub applied: bool,
    pub policy: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    pub article: &'static str,
    pub seed_line: u32,
    pub quote: &'static str,
}

fn fmt(d: rust_decimal::Decimal) -> String {
    d.normalize().to_string()
}

fn rule_view(r: &'static super::catalog::Rule, applied: bool) -> RuleView {
    let policy = super::catalog::CATALOG
        .iter()
        .find(|f| f.rule.iter().any(|x| std::ptr::eq(x, r)))
        .map_or("", |f| f.policy.id);
    RuleView {
        id: r.id,
        applied,
        kind: match r.kind {
            super::catalog::RuleKind::AnnualCap => "annual_cap",
            super::catalog::RuleKind::MaxCount => "max_count",
            super::catalog::RuleKind::MaxCategories => "max_categories",
            super::catalog::RuleKind::HighestOnly => "highest_only",
            super::catalog::RuleKind::UpgradeDifference => "upgrade_difference",
            super::catalog::RuleKind::SeriesAsOne => "series_as_one",
            super::catalog::RuleKind::OncePerUnit => "once_per_unit",
            super::catalog::RuleKind::Info => "info",
        },
        policy,
        title_zh: r.title_zh,
        title_en: r.title_en,
        article: r.article,
        seed_line: r.seed_line,
        quote: r.quote,
    }
}

impl From<&Incentives> for IncentivesView {
    fn from(inc: &Incentives) -> Self {
        IncentivesView {
            total_wan: fmt(inc.total_wan),
            total_is_upper_bound: inc.total_is_upper_bound,
            items: inc
                .items
                .iter()
                .map(|i| ItemView {
                    id: i.item.id,
                    policy: i.policy().id,
                    region: i.policy().region_name(),
                    title_zh: i.item.title_zh,
                    title_en: i.item.title_en,
                    category: i.item.category,
                    units: i.units(),
                    amount_type: match i.item.amount {
                        super::catalog::Amount::Fixed { .. } => "fixed",
                        super::catalog::Amount::UpTo { .. } => "up_to",
                        super::catalog::Amount::PercentOf { .. } => "percent_of",
                        super::catalog::Amount::PercentOfCost { .. } => "percent_of_cost",
                        super::catalog::Amount::Unstated => "unstated",
                    },
                    fixed: i.fixed,
                    unit_wan: i.unit_wan.map(fmt),
                    raw_wan: fmt(i.raw_wan),
                    capped_wan: fmt(if i.counted() {
                        i.capped_wan
                    } else {
                        rust_decimal::Decimal::ZERO
                    }),
                    counted: i.counted(),
                    not_counted: i.not_counted,
                    capped_by: i.capped_by.iter().map(|r| r.id).collect(),
                    dropped_by: i.dropped_by.map(|r| r.id),
                    conditions_zh: i.item.conditions_zh,
                    conditions_en: i.item.conditions_en,
                    flags: i.item.flags,
                    citation: ItemCitation {
                        document_zh: i.policy().title_zh,
                        article: i.item.article,
                        seed_file: crate::measures::seed_file("002"),
                        seed_line: i.item.seed_line,
                        quote: i.item.quote,
                    },
                })
                .collect(),
            policies: inc
                .policies
                .iter()
                .map(|p| {
                    let pol = &p.file.policy;
                    PolicyView {
                        id: pol.id,
                        number: pol.number,
                        title_zh: pol.title_zh,
                        title_en: pol.title_en,
                        region: pol.region_name(),
                        in_force: p.in_force,
                        has_amounts: pol.has_amounts,
                        valid_from: pol.valid_from.to_string(),
                        valid_until: pol.valid_until.map(|d| d.to_string()),
                        summary_zh: pol.summary_zh,
                        summary_en: pol.summary_en,
                        seed_line: pol.seed_line,
                        offers: p.file.offer,
                    }
                })
                .collect(),
            rules: inc.applied.iter().map(|r| rule_view(r, true)).collect(),
            caveats: inc.caveats.iter().map(|r| rule_view(r, false)).collect(),
        }
    }
}
