//! A policy's stacking rules and caps applied to the items a company
//! matched, in the order `docs/incentive-rules.md` §4 gives.

use super::catalog::{Item, PolicyFile, Rule, RuleKind};
use super::result::{ItemResult, NotCounted, Unit};
use rust_decimal::Decimal;

pub(super) fn rules_of(file: &PolicyFile, kind: RuleKind) -> impl Iterator<Item = &Rule> {
    file.rule.iter().filter(move |r| r.kind == kind)
}

/// The item an upgrade started from: selected by the same rule, with the
/// same `match` but for one attribute whose value is `from`.
pub(super) fn upgrade_base<'c>(
    file: &'c PolicyFile,
    rule: &Rule,
    item: &Item,
    from: &str,
) -> Option<&'c Item> {
    file.item.iter().find(|other| {
        other.id != item.id
            && rule.applies_to.selects(other)
            && other.matches.len() == item.matches.len()
            && {
                let diffs: Vec<_> = item
                    .matches
                    .iter()
                    .filter(|(k, v)| other.attribute(k) != Some(v.as_str()))
                    .collect();
                diffs.len() == 1 && other.attribute(diffs[0].0) == Some(from)
            }
    })
}

/// A sum of amounts that never panics: amounts within
/// [`crate::limits::MAX_WAN`] (the pack door refuses larger ones) times the
/// units a profile can claim stay far inside `Decimal`; beyond it the sum
/// stops at `Decimal`'s largest value instead of overflowing.
pub(super) fn sum_wan(amounts: impl Iterator<Item = Decimal>) -> Decimal {
    amounts.fold(Decimal::ZERO, Decimal::saturating_add)
}

/// Sums the units again after some were removed.
pub(super) fn recompute(i: &mut ItemResult) {
    i.raw_wan = sum_wan(i.units.iter().map(|u| u.wan));
    i.capped_wan = i.raw_wan;
    i.min_wan = sum_wan(i.units.iter().map(|u| u.min_wan));
}

pub(super) fn apply_rules<'c>(
    file: &'c PolicyFile,
    items: &mut [ItemResult<'c>],
    applied: &mut Vec<&'c Rule>,
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
                if items[k].units.len() > max {
                    items[k].units.truncate(max);
                    recompute(&mut items[k]);
                    items[k].capped_by.push(rule);
                    changed = true;
                }
            }
        } else {
            let mut all: Vec<(Unit, usize)> = selected
                .iter()
                .flat_map(|&k| items[k].units.iter().map(move |u| (*u, k)))
                .collect();
            if all.len() > max {
                all.sort_by_key(|a| std::cmp::Reverse(a.0.wan));
                for &k in &selected {
                    items[k].units.clear();
                }
                for (u, k) in all.into_iter().take(max) {
                    items[k].units.push(u);
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
                None => Some(item.category.clone()),
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
            let total = sum_wan(trial.iter().filter(|i| i.counted()).map(|i| i.capped_wan));
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
/// items first. An item's least amount never exceeds what the cap left it.
fn apply_caps<'c>(file: &'c PolicyFile, items: &mut [ItemResult<'c>], applied: &mut Vec<&'c Rule>) {
    let mut caps: Vec<&'c Rule> = rules_of(file, RuleKind::AnnualCap).collect();
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
        let sum = sum_wan(selected.iter().map(|&k| items[k].capped_wan));
        if sum <= cap {
            continue;
        }
        selected.sort_by(|&a, &b| items[b].capped_wan.cmp(&items[a].capped_wan));
        let mut left = cap;
        let mut min_left = cap;
        for k in selected {
            let keep = items[k].capped_wan.min(left);
            if keep < items[k].capped_wan {
                items[k].capped_wan = keep;
                items[k].capped_by.push(rule);
            }
            left = left.saturating_sub(keep);
            // The least amounts share the same cap.
            let min_keep = items[k].min_wan.min(min_left).min(keep);
            items[k].min_wan = min_keep;
            min_left = min_left.saturating_sub(min_keep);
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
