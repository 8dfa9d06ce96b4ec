//! Local incentives: which money items of the local policies a company's
//! achievements earn on the assessment date, with the policies' caps and
//! stacking rules applied, and why the total is what it is. The procedure
//! is written down in `docs/incentive-rules.md`; the catalog it reads is
//! data (`data/incentives/`, plus any policy packs).

pub mod amount;
pub mod catalog;
pub mod check;
pub mod listing;
pub mod model;
mod notes;
pub mod pack;
pub mod result;
mod stacking;
pub mod status;
pub mod view;

use crate::date::Date;
use crate::profile::{Achievement, Profile};
use catalog::{builtin, Amount, Catalog, Item, Per, PolicyFile, RuleKind};
pub use result::{Incentives, ItemResult, NotCounted, Note, NoteKind, PolicyResult, Unit};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use status::Status;

fn matches(item: &Item, a: &Achievement) -> bool {
    item.matches.iter().all(|(k, v)| {
        if k == "kind" {
            a.kind == *v
        } else {
            a.attribute(k) == Some(v.as_str())
        }
    })
}

/// An item's amount per unit (none when unstated), and whether it is a
/// definite sum.
pub fn unit_amount(
    cat: &Catalog,
    file: &PolicyFile,
    item: &Item,
    depth: u32,
) -> (Option<Unit>, bool) {
    let unit = |wan, min_wan| Some(Unit { wan, min_wan });
    match &item.amount {
        Amount::Fixed { wan } => (unit(*wan, *wan), true),
        Amount::UpTo { wan, min_wan } => (unit(*wan, min_wan.unwrap_or_default()), false),
        Amount::PercentOfCost { cap_wan, .. } => {
            (cap_wan.and_then(|c| unit(c, Decimal::ZERO)), false)
        }
        Amount::Unstated => (None, false),
        Amount::PercentOf { base, percent } => {
            if depth > 8 {
                return (None, false);
            }
            let base_item = file
                .item
                .iter()
                .find(|i| &i.id == base)
                .or_else(|| cat.find_item(base).map(|(_, i)| i));
            match base_item {
                Some(b) => {
                    let (u, fixed) = unit_amount(cat, file, b, depth + 1);
                    // A share beyond `Decimal` (a pack's percentage of a
                    // huge amount) is unknown, like an unstated amount.
                    let share = |d: Decimal| d.checked_mul(*percent)?.checked_div(dec!(100));
                    let u = u.and_then(|u| {
                        Some(Unit {
                            wan: share(u.wan)?,
                            min_wan: share(u.min_wan)?,
                        })
                    });
                    (u, fixed && u.is_some())
                }
                None => (None, false),
            }
        }
    }
}

/// The incentives for a profile on a date, from the built-in catalog.
pub fn incentives(profile: &Profile, date: Date) -> Incentives<'static> {
    incentives_with(builtin(), profile, date)
}

/// The incentives for a profile on a date, from a catalog (the built-in
/// one with packs added, say).
pub fn incentives_with<'c>(cat: &'c Catalog, profile: &Profile, date: Date) -> Incentives<'c> {
    let mut out = Incentives::default();
    // Only a complete row is matched: a half-filled one counts nothing.
    // Decided once per row, not once per row and catalog item.
    let complete: Vec<&Achievement> = profile
        .achievements
        .iter()
        .filter(|a| cat.is_complete(a))
        .collect();
    for file in cat.policies_for(&profile.company) {
        let status = Status::of(&file.policy, date);
        let not_in_force = match status {
            Status::Expired { .. } => Some(NotCounted::Expired),
            Status::Superseded { .. } => Some(NotCounted::Superseded),
            Status::NotYet { .. } => Some(NotCounted::NotYetInForce),
            Status::InForce { .. } | Status::NoEndDate { .. } => None,
        };
        out.policies.push(PolicyResult { file, status });
        let mut items = policy_items(cat, file, &complete, not_in_force);
        if items.is_empty() {
            continue;
        }
        stacking::apply_rules(file, &mut items, &mut out.applied);
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
    let counted = || out.items.iter().filter(|i| i.counted());
    out.total_wan = stacking::sum_wan(counted().map(|i| i.capped_wan));
    out.total_min_wan = stacking::sum_wan(counted().map(|i| i.min_wan));
    out.total_is_upper_bound = counted().any(|i| !i.fixed);
    out.notes = notes::notes(&out);
    out
}

fn policy_items<'c>(
    cat: &'c Catalog,
    file: &'c PolicyFile,
    complete: &[&Achievement],
    not_in_force: Option<NotCounted>,
) -> Vec<ItemResult<'c>> {
    let mut items = Vec::new();
    for item in &file.item {
        let mut matched = complete
            .iter()
            .copied()
            .filter(|a| matches(item, a))
            .peekable();
        if matched.peek().is_none() {
            continue;
        }
        let (unit, fixed) = unit_amount(cat, file, item, 0);
        let series_as_one =
            stacking::rules_of(file, RuleKind::SeriesAsOne).any(|r| r.applies_to.selects(item));
        let mut units = Vec::new();
        for a in matched {
            let n = match item.per {
                Per::Once => 1,
                Per::Unit if a.series && series_as_one => 1,
                Per::Unit => a.count.min(10_000),
            };
            // An upgrade is paid the difference with the level already rewarded.
            let mut each = unit.unwrap_or(Unit {
                wan: Decimal::ZERO,
                min_wan: Decimal::ZERO,
            });
            if let Some(from) = &a.upgraded_from {
                if let Some(base) = stacking::rules_of(file, RuleKind::UpgradeDifference)
                    .filter(|r| r.applies_to.selects(item))
                    .find_map(|r| stacking::upgrade_base(file, r, item, from))
                {
                    let paid = unit_amount(cat, file, base, 0).0;
                    let paid = paid.unwrap_or(Unit {
                        wan: Decimal::ZERO,
                        min_wan: Decimal::ZERO,
                    });
                    each.wan = each.wan.saturating_sub(paid.wan).max(Decimal::ZERO);
                    each.min_wan =
                        (each.min_wan.saturating_sub(paid.min_wan)).clamp(Decimal::ZERO, each.wan);
                }
            }
            units.extend(std::iter::repeat_n(each, n as usize));
        }
        // Highest first; an item paid once keeps only its best.
        units.sort_by_key(|u| std::cmp::Reverse(u.wan));
        if item.per == Per::Once {
            units.truncate(1);
        }
        if units.is_empty() {
            continue;
        }
        let not_counted = not_in_force.or(unit.is_none().then_some(NotCounted::Unstated));
        let mut r = ItemResult {
            file,
            item,
            units,
            unit,
            raw_wan: Decimal::ZERO,
            capped_wan: Decimal::ZERO,
            min_wan: Decimal::ZERO,
            fixed,
            not_counted,
            capped_by: vec![],
            dropped_by: None,
        };
        stacking::recompute(&mut r);
        items.push(r);
    }
    items
}
