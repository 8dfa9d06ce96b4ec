//! What a catalog must satisfy beyond its types: unique ids, references
//! that resolve, dates in order, the keys each rule kind needs. The build
//! script runs it on `data/incentives/` (a failure stops the build) and a
//! policy pack is refused with the same messages, each with its path.
//!
//! Like `model.rs`, this file is compiled by the build script too: it uses
//! only its sibling `model` and `crate::date`.

use super::model::{Amount, PolicyFile, RuleKind};
use std::collections::HashMap;

/// One thing wrong, at a path such as `policies[0].item[2].amount.base`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub path: String,
    pub en: String,
    pub zh: String,
}

fn problem(out: &mut Vec<Problem>, path: String, en: String, zh: String) {
    out.push(Problem { path, en, zh });
}

/// Checks each policy (at its path prefix) and that ids are unique across
/// all of them.
pub fn check(files: &[(String, &PolicyFile)]) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (at, f) in files {
        let mut unique = |id: &str, path: String, out: &mut Vec<Problem>| {
            if id.trim().is_empty() {
                problem(out, path, "the id is empty".into(), "编号为空".into());
            } else if let Some(first) = seen.get(id) {
                problem(
                    out,
                    path,
                    format!("the id {id:?} is already used at {first}"),
                    format!("编号 {id:?} 已在 {first} 使用"),
                );
            } else {
                seen.insert(id.to_string(), path);
            }
        };
        unique(&f.policy.id, format!("{at}.policy.id"), &mut out);
        for (k, i) in f.item.iter().enumerate() {
            unique(&i.id, format!("{at}.item[{k}].id"), &mut out);
        }
        for (k, r) in f.rule.iter().enumerate() {
            unique(&r.id, format!("{at}.rule[{k}].id"), &mut out);
        }
        check_policy(at, f, &mut out);
    }
    out
}

fn check_policy(at: &str, f: &PolicyFile, out: &mut Vec<Problem>) {
    let p = &f.policy;
    let pp = format!("{at}.policy");
    if p.valid_from < p.published {
        problem(
            out,
            format!("{pp}.valid_from"),
            "in force before it was published".into(),
            "施行日期早于发布日期".into(),
        );
    }
    if p.valid_until.is_some_and(|u| u < p.valid_from) {
        problem(
            out,
            format!("{pp}.valid_until"),
            "ends before it starts".into(),
            "截止日期早于施行日期".into(),
        );
    }
    if p.superseded
        .as_ref()
        .is_some_and(|s| s.from <= p.valid_from)
    {
        problem(
            out,
            format!("{pp}.superseded.from"),
            "replaced before it came into force".into(),
            "被取代日期不晚于施行日期".into(),
        );
    }
    if p.checked_on < p.published {
        problem(
            out,
            format!("{pp}.checked_on"),
            "checked before it was published".into(),
            "核对日期早于发布日期".into(),
        );
    }
    if p.source.seed_line.is_none() && p.source.document.is_none() && p.source.urls.is_empty() {
        problem(
            out,
            format!("{pp}.source"),
            "names no source: give `document` or `urls`".into(),
            "未注明来源：请填写 document（文号）或 urls（网址）".into(),
        );
    }
    if p.region.province.trim().is_empty() {
        problem(
            out,
            format!("{pp}.region.province"),
            "the province is empty".into(),
            "省份为空".into(),
        );
    }
    let recorded = p.has_amounts && p.amounts_recorded;
    if recorded == f.item.is_empty() {
        let (en, zh) = if recorded {
            (
                "has_amounts is true but there is no item",
                "has_amounts 为 true，但没有金额项目",
            )
        } else {
            (
                "items are given but has_amounts or amounts_recorded is false",
                "给出了金额项目，但 has_amounts 或 amounts_recorded 为 false",
            )
        };
        problem(out, format!("{pp}.has_amounts"), en.into(), zh.into());
    }
    let has_item = |id: &str| f.item.iter().any(|i| i.id == id);
    for (k, i) in f.item.iter().enumerate() {
        let ip = format!("{at}.item[{k}]");
        if i.kind().is_empty() {
            problem(
                out,
                format!("{ip}.match"),
                "`match` has no `kind`".into(),
                "match 缺少 kind".into(),
            );
        }
        if i.title_zh.trim().is_empty() || i.title_en.trim().is_empty() {
            problem(
                out,
                format!("{ip}.title_zh"),
                "needs a Chinese and an English title".into(),
                "需要中文和英文名称".into(),
            );
        }
        if i.seed_line.is_some() && i.quote.is_empty() {
            problem(
                out,
                format!("{ip}.quote"),
                "a seed line needs its quote".into(),
                "注明种子行号时须给出原文摘录".into(),
            );
        }
        match &i.amount {
            Amount::PercentOf { base, percent } => {
                if !has_item(base) {
                    problem(
                        out,
                        format!("{ip}.amount.base"),
                        format!("no item {base:?} in this policy"),
                        format!("本政策中没有编号为 {base:?} 的项目"),
                    );
                }
                if *percent > rust_decimal::Decimal::ONE_HUNDRED {
                    problem(
                        out,
                        format!("{ip}.amount.percent"),
                        "above 100".into(),
                        "超过 100".into(),
                    );
                }
            }
            Amount::Unstated if !i.flags.iter().any(|fl| fl.kind == "omitted_amount") => {
                problem(
                    out,
                    format!("{ip}.flags"),
                    "an unstated amount needs an `omitted_amount` flag saying so".into(),
                    "金额未写明的项目须加 omitted_amount 标注说明".into(),
                );
            }
            _ => {}
        }
    }
    for (k, r) in f.rule.iter().enumerate() {
        let rp = format!("{at}.rule[{k}]");
        let named = r
            .applies_to
            .items
            .iter()
            .map(|id| (id, "applies_to.items"))
            .chain(
                r.raised_cap
                    .iter()
                    .flat_map(|c| c.when_items.iter().map(|id| (id, "raised_cap.when_items"))),
            )
            .chain(r.groups.iter().flatten().flatten().map(|id| (id, "groups")));
        for (id, key) in named {
            if !has_item(id) {
                problem(
                    out,
                    format!("{rp}.{key}"),
                    format!("no item {id:?} in this policy"),
                    format!("本政策中没有编号为 {id:?} 的项目"),
                );
            }
        }
        let needs = match r.kind {
            RuleKind::AnnualCap if r.cap_wan.is_none() => Some("cap_wan"),
            RuleKind::MaxCount | RuleKind::MaxCategories if r.max.is_none() => Some("max"),
            _ => None,
        };
        if let Some(key) = needs {
            problem(
                out,
                format!("{rp}.{key}"),
                format!("a rule of this kind needs `{key}`"),
                format!("此类规则须填写 {key}"),
            );
        }
        if !matches!(r.kind, RuleKind::Info | RuleKind::OncePerUnit)
            && !f.item.iter().any(|i| r.applies_to.selects(i))
        {
            problem(
                out,
                format!("{rp}.applies_to"),
                "selects no item".into(),
                "未选中任何项目".into(),
            );
        }
    }
}
