//! Local incentives: which money items of the local policies a company's
//! achievements earn, with the policies' caps and stacking rules applied.
//! The procedure is written down in `docs/incentive-rules.md`; the catalog
//! it reads is data (`data/incentives/`).

pub mod catalog;
pub mod view;

use crate::date::Date;
use crate::profile::{Achievement, Company, Profile};
use catalog::{Amount, Item, Per, Policy, PolicyFile, Rule, RuleKind, CATALOG};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::Serialize;

/// Why an item adds nothing to the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotCounted {
    Expired,
    NotYetInForce,
    Dropped,
    Unstated,
}

/// One catalog item the company's achievements match.
#[derive(Debug, Clone)]
pub struct ItemResult {
    pub file: &'static PolicyFile,
    pub item: &'static Item,
    /// The amount of each unit paid, dearest first (an upgrade pays only
    /// the difference, so units may differ).
    pub unit_amounts: Vec<Decimal>,
    pub unit_wan: Option<Decimal>,
    pub raw_wan: Decimal,
    pub capped_wan: Decimal,
    pub fixed: bool,
    pub not_counted: Option<NotCounted>,
    pub capped_by: Vec<&'static Rule>,
    pub dropped_by: Option<&'static Rule>,
}

impl ItemResult {
    pub fn counted(&self) -> bool {
        self.not_counted.is_none()
    }

    pub fn units(&self) -> u32 {
        self.unit_amounts.len() as u32
    }

    pub fn policy(&self) -> &'static Policy {
        &self.file.policy
    }
}

/// A policy covering the company's region.
#[derive(Debug, Clone)]
pub struct PolicyResult {
    pub file: &'static PolicyFile,
    pub in_force: bool,
}

/// Everything the company can claim, and what it cannot compute.
#[derive(Debug, Clone, Default)]
pub struct Incentives {
    pub total_wan: Decimal,
    /// Some counted amount is a ceiling ("不高于"), not a sum.
    pub total_is_upper_bound: bool,
    pub items: Vec<ItemResult>,
    pub policies: Vec<PolicyResult>,
    /// Rules that changed an amount.
    pub applied: Vec<&'static Rule>,
    /// Limits the profile cannot settle (actual costs, other funding, the
    /// same subject), for policies with matched items.
    pub caveats: Vec<&'static Rule>,
}

fn matches(item: &Item, a: &Achievement) -> bool {
    item.matches.iter().all(|(k, v)| {
        if *k == "kind" {
            a.kind == *v
        } else {
            a.attribute(k) == Some(*v)
        }
    })
}

/// An item's amount per unit, and whether it is a definite sum.
pub fn unit_amount(file: &'static PolicyFile, item: &Item, depth: u32) -> (Option<Decimal>, bool) {
    match &item.amount {
        Amount::Fixed { wan } => (Some(*wan), true),
        Amount::UpTo { wan, .. } => (Some(*wan), false),
        Amount::PercentOfCost { cap_wan, .. } => (*cap_wan, false),
        Amount::Unstated => (None, false),
        Amount::PercentOf { base, percent } => {
            if depth > 8 {
                return (None, false);
            }
            let base_item = file
                .item
                .iter()
                .find(|i| &i.id == base)
                .or_else(|| catalog::find_item(base).map(|(_, i)| i));
            match base_item {
                Some(b) => {
                    let (amount, fixed) = unit_amount(file, b, depth + 1);
                    (amount.map(|a| a * percent / dec!(100)), fixed)
                }
                None => (None, false),
            }
        }
    }
}

fn rules_of(file: &'static PolicyFile, kind: RuleKind) -> impl Iterator<Item = &'static Rule> {
    file.rule.iter().filter(move |r| r.kind == kind)
}

/// The item an upgrade started from: selected by the same rule, with the
/// same `match` but for one attribute whose value is `from`.
fn upgrade_base(
    file: &'static PolicyFile,
    rule: &Rule,
    item: &Item,
    from: &str,
) -> Option<&'static Item> {
    file.item.iter().find(|other| {
        other.id != item.id
            && rule.applies_to.selects(other)
            && other.matches.len() == item.matches.len()
            && {
                let diffs: Vec<_> = item
                    .matches
                    .iter()
                    .filter(|(k, v)| other.attribute(k) != Some(*v))
                    .collect();
                diffs.len() == 1 && other.attribute(diffs[0].0) == Some(from)
            }
    })
}

/// The policies of the company's district, city and province.
pub fn policies_for(c: &Company) -> impl Iterator<Item = &'static PolicyFile> + '_ {
    CATALOG.iter().filter(|f| {
        f.policy.region.covers(
            c.province.as_deref(),
            c.city.as_deref(),
            c.district.as_deref(),
        )
    })
}

/// The incentives for a profile on a date.
pub fn incentives(profile: &Profile, date: Date) -> Incentives {
    let mut out = Incentives::default();
    for file in policies_for(&profile.company) {
        let in_force = file.policy.in_force_on(date);
        out.policies.push(PolicyResult { file, in_force });
        let not_in_force = if in_force {
            None
        } else if date < file.policy.valid_from {
            Some(NotCounted::NotYetInForce)
        } else {
            Some(NotCounted::Expired)
        };
        let mut items = policy_items(file, &profile.achievements, not_in_force);
        if items.is_empty() {
            continue;
        }
        apply_rules(file, &mut items, &mut out.applied);
        out.caveats.extend(file.rule.iter().filter(|r| {
            matches!(r.kind, RuleKind::Info | RuleKind::OncePerUnit)
                || (r.kind == RuleKind::HighestOnly
                    && r.same_subject
                    && items
                        .iter()
                        .filter(|i| r.applies_to.selects(i.item))
                        .count()
                        > 1)
        }));
        out.items.extend(items);
    }
    out.total_wan = out
        .items
        .iter()
        .filter(|i| i.counted())
        .map(|i| i.capped_wan)
        .sum();
    out.total_is_upper_bound = out.items.iter().any(|i| i.counted() && !i.fixed);
    out
}

fn policy_items(
    file: &'static PolicyFile,
    achievements: &[Achievement],
    not_in_force: Option<NotCounted>,
) -> Vec<ItemResult> {
    let mut items = Vec::new();
    for item in file.item {
        let mut matched = achievements.iter().filter(|a| matches(item, a)).peekable();
        if matched.peek().is_none() {
            continue;
        }
        let (unit, fixed) = unit_amount(file, item, 0);
        let series_as_one =
            rules_of(file, RuleKind::SeriesAsOne).any(|r| r.applies_to.selects(item));
        let mut unit_amounts = Vec::new();
        for a in matched {
            let n = match item.per {
                Per::Once => 1,
                Per::Unit if a.series && series_as_one => 1,
                Per::Unit => a.count.min(10_000),
            };
            // An upgrade is paid the difference with the level already rewarded.
            let mut each = unit.unwrap_or_default();
            if let Some(from) = &a.upgraded_from {
                if let Some(base) = rules_of(file, RuleKind::UpgradeDifference)
                    .filter(|r| r.applies_to.selects(item))
                    .find_map(|r| upgrade_base(file, r, item, from))
                {
                    let base_amount = unit_amount(file, base, 0).0.unwrap_or_default();
                    each = (each - base_amount).max(Decimal::ZERO);
                }
            }
            unit_amounts.extend(std::iter::repeat_n(each, n as usize));
        }
        // Highest first; an item paid once keeps only its best.
        unit_amounts.sort_by(|a, b| b.cmp(a));
        if item.per == Per::Once {
            unit_amounts.truncate(1);
        }
        if unit_amounts.is_empty() {
            continue;
        }
        let raw: Decimal = unit_amounts.iter().sum();
        let not_counted = not_in_force.or(if unit.is_none() {
            Some(NotCounted::Unstated)
        } else {
            None
        });
        items.push(ItemResult {
            file,
            item,
            unit_amounts,
            unit_wan: unit,
            raw_wan: raw,
            capped_wan: raw,
            fixed,
            not_counted,
            capped_by: vec![],
            dropped_by: None,
        });
    }
    items
}

fn recompute(i: &mut ItemResult) {
    i.raw_wan = i.unit_amounts.iter().sum();
    i.capped_wan = i.raw_wan;
}

fn apply_rules(
    file: &'static PolicyFile,
    items: &mut [ItemResult],
    applied: &mut Vec<&'static Rule>,
) {
    // max_count: keep the dearest units.
    for rule in rules_of(file, RuleKind::MaxCount) {
        let max = rule.max.unwrap_or(u32::MAX) as usize;
        let selected: Vec<usize> = (0..items.len())
            .filter(|&k| rule.applies_to.selects(items[k].item))
            .collect();
        let mut changed = false;
        if rule.per_item {
            for &k in &selected {
                if items[k].unit_amounts.len() > max {
                    items[k].unit_amounts.truncate(max);
                    recompute(&mut items[k]);
                    items[k].capped_by.push(rule);
                    changed = true;
                }
            }
        } else {
            let mut all: Vec<(Decimal, usize)> = selected
                .iter()
                .flat_map(|&k| items[k].unit_amounts.iter().map(move |a| (*a, k)))
                .collect();
            if all.len() > max {
                all.sort_by_key(|a| std::cmp::Reverse(a.0));
                for &k in &selected {
                    items[k].unit_amounts.clear();
                }
                for (a, k) in all.into_iter().take(max) {
                    items[k].unit_amounts.push(a);
                }
                for &k in &selected {
                    recompute(&mut items[k]);
                    items[k].capped_by.push(rule);
                }
                changed = true;
            }
        }
        if changed {
            applied.push(rule);
        }
    }

    // highest_only across the company's year: keep the item worth most.
    for rule in rules_of(file, RuleKind::HighestOnly).filter(|r| !r.same_subject) {
        let mut selected: Vec<usize> = (0..items.len())
            .filter(|&k| items[k].counted() && rule.applies_to.selects(items[k].item))
            .collect();
        if selected.len() > 1 {
            selected.sort_by(|&a, &b| items[b].raw_wan.cmp(&items[a].raw_wan));
            for &k in &selected[1..] {
                items[k].not_counted = Some(NotCounted::Dropped);
                items[k].dropped_by = Some(rule);
            }
            applied.push(rule);
        }
    }

    // max_categories: the combination of groups worth most after the caps.
    for rule in rules_of(file, RuleKind::MaxCategories) {
        let max = rule.max.unwrap_or(u32::MAX) as usize;
        let group_of = |item: &Item| -> Option<String> {
            if !rule.applies_to.selects(item) {
                return None;
            }
            match &rule.groups {
                Some(groups) => groups
                    .iter()
                    .position(|g| g.contains(&item.id))
                    .map(|p| p.to_string()),
                None => Some(item.category.to_string()),
            }
        };
        let mut groups: Vec<String> = items
            .iter()
            .filter(|i| i.counted())
            .filter_map(|i| group_of(i.item))
            .collect();
        groups.sort();
        groups.dedup();
        if groups.len() <= max {
            continue;
        }
        let mut best: Option<(Decimal, Vec<String>)> = None;
        for combo in combinations(&groups, max) {
            let mut trial: Vec<ItemResult> = items.to_vec();
            for i in trial.iter_mut() {
                if group_of(i.item).is_some_and(|g| !combo.contains(&g)) && i.counted() {
                    i.not_counted = Some(NotCounted::Dropped);
                }
            }
            apply_caps(file, &mut trial, &mut Vec::new());
            let total: Decimal = trial
                .iter()
                .filter(|i| i.counted())
                .map(|i| i.capped_wan)
                .sum();
            if best.as_ref().is_none_or(|(t, _)| total > *t) {
                best = Some((total, combo));
            }
        }
        if let Some((_, keep)) = best {
            for i in items.iter_mut() {
                if i.counted() && group_of(i.item).is_some_and(|g| !keep.contains(&g)) {
                    i.not_counted = Some(NotCounted::Dropped);
                    i.dropped_by = Some(rule);
                }
            }
            applied.push(rule);
        }
    }

    apply_caps(file, items, applied);
}

/// Annual caps, narrowest first; each shares its cap out to the dearest
/// items first.
fn apply_caps(
    file: &'static PolicyFile,
    items: &mut [ItemResult],
    applied: &mut Vec<&'static Rule>,
) {
    let mut caps: Vec<&'static Rule> = rules_of(file, RuleKind::AnnualCap).collect();
    caps.sort_by_key(|r| file.item.iter().filter(|i| r.applies_to.selects(i)).count());
    for rule in caps {
        let Some(mut cap) = rule.cap_wan else {
            continue;
        };
        if let Some(raised) = &rule.raised_cap {
            if items
                .iter()
                .any(|i| i.counted() && raised.when_items.contains(&i.item.id))
            {
                cap = raised.cap_wan;
            }
        }
        let mut selected: Vec<usize> = (0..items.len())
            .filter(|&k| items[k].counted() && rule.applies_to.selects(items[k].item))
            .collect();
        let sum: Decimal = selected.iter().map(|&k| items[k].capped_wan).sum();
        if sum <= cap {
            continue;
        }
        selected.sort_by(|&a, &b| items[b].capped_wan.cmp(&items[a].capped_wan));
        let mut left = cap;
        for k in selected {
            let keep = items[k].capped_wan.min(left);
            if keep < items[k].capped_wan {
                items[k].capped_wan = keep;
                items[k].capped_by.push(rule);
            }
            left -= keep;
        }
        applied.push(rule);
    }
}

fn combinations(items: &[String], k: usize) -> Vec<Vec<String>> {
    if k == 0 {
        return vec![vec![]];
    }
    if items.len() < k {
        return vec![];
    }
    let mut out = Vec::new();
    for (i, first) in items.iter().enumerate() {
        for mut rest in combinations(&items[i + 1..], k - 1) {
            rest.insert(0, first.clone());
            out.push(rest);
        }
    }
    out
}
