//! The same company under two rulebooks (the newest and the one it
//! replaced), side by side: each
//! tier's verdict under both, and, for every rule that changed, what it was,
//! what it is, and how this company fares under each.

use super::tier_card::verdict_words;
use crate::report::{Report, RulebookView, TierView};
use crate::rules::miit2026::CHANGES;
use crate::web::i18n::use_lang;
use crate::web::props::{Shared, TIER_ORDER};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub before: Shared<Report>,
    pub after: Shared<Report>,
}

/// How a rule (by id) came out in a report: met / not met / unknown, or
/// the points of an indicator.
fn status(tiers: &std::collections::BTreeMap<&'static str, TierView>, id: &str) -> Option<String> {
    for t in tiers.values() {
        if let Some(i) = t.indicators.iter().find(|i| i.id == id) {
            return Some(format!("{}/{}", i.points, i.max));
        }
        for r in &t.conditions {
            if r.id == id {
                return Some(mark(r.met).into());
            }
            if let Some(c) = r.all_of.iter().chain(&r.any_of).find(|c| c.id == id) {
                return Some(mark(c.met).into());
            }
        }
    }
    None
}

fn mark(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "✔",
        Some(false) => "✘",
        None => "?",
    }
}

fn verdict(l: &crate::web::i18n::LangContext, t: Option<&TierView>) -> Html {
    match t {
        None => html! { <span class="muted">{ l.t("（无此层级）", "(no such tier)") }</span> },
        Some(t) => {
            let (icon, word) = verdict_words(t.verdict, l.is_en());
            let score = t
                .score_range
                .map(|[a, b]| {
                    if a == b {
                        format!(" {a}")
                    } else {
                        format!(" {a}–{b}")
                    }
                })
                .unwrap_or_default();
            html! { <span class={classes!("verdict-chip", format!("verdict-{}", t.verdict.key()))}><span aria-hidden="true">{ icon }</span>{ format!(" {word}{score}") }</span> }
        }
    }
}

/// The year a rulebook came into force.
fn year(r: &RulebookView) -> &str {
    r.effective_from.get(..4).unwrap_or_default()
}

/// "2022", or "2026（暂定）" for a provisional rulebook.
fn year_label(r: &RulebookView, l: &crate::web::i18n::LangContext) -> String {
    if r.provisional {
        format!("{}{}", year(r), l.t("（暂定）", " (provisional)"))
    } else {
        year(r).to_string()
    }
}

#[function_component]
pub fn Compare(p: &Props) -> Html {
    let l = use_lang();
    let (a, b) = (&p.before.0, &p.after.0);
    let (ya, yb) = (year(&a.rulebook), year(&b.rulebook));
    html! {
        <section class="compare" aria-labelledby="compare-title" data-compare="true">
            <h2 id="compare-title">{ if l.is_en() { format!("{ya} and {yb} rules side by side") } else { format!("{ya} 与 {yb} 规则对比") } }</h2>
            if b.rulebook.provisional {
                <p class="provisional">{ if l.is_en() { format!("The {yb} rules come from secondary reporting and are provisional; verify against the official text.") } else { format!("{yb} 年规则依据公开二手资料整理，暂定；请以官方文本为准。") } }</p>
            }
            <table class="compare-verdicts">
                <thead><tr><th scope="col">{ l.t("层级", "Tier") }</th><th scope="col">{ l.text(a.rulebook.name) }</th><th scope="col">{ l.text(b.rulebook.name) }</th></tr></thead>
                <tbody>
                    { for TIER_ORDER.iter().filter(|k| a.tiers.contains_key(*k) || b.tiers.contains_key(*k)).map(|k| {
                        let (ta, tb) = (a.tiers.get(k), b.tiers.get(k));
                        let differs = ta.map(|t| t.verdict) != tb.map(|t| t.verdict);
                        let name = ta.or(tb).map(|t| l.term(t.name)).unwrap_or_default();
                        html! {
                            <tr class={classes!(differs.then_some("differs"))} data-compare-tier={*k} data-verdict-before={ta.map(|t| t.verdict.key())} data-verdict-after={tb.map(|t| t.verdict.key())}>
                                <th scope="row">{ name }if differs { <span class="diff-mark">{ l.t("（结论不同）", " (differs)") }</span> }</th>
                                <td>{ verdict(&l, ta) }</td>
                                <td>{ verdict(&l, tb) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <h3>{ l.t("变化的规则及本企业的情况", "What changed, and how this company fares") }</h3>
            <table class="compare-changes">
                <thead><tr><th scope="col">{ l.t("事项", "Topic") }</th><th scope="col">{ year_label(&a.rulebook, &l) }</th><th scope="col">{ year_label(&b.rulebook, &l) }</th></tr></thead>
                <tbody>
                    { for CHANGES.iter().map(|c| {
                        let s22: Vec<String> = c.ids_2022.iter().filter_map(|id| status(&a.tiers, id)).collect();
                        let s26: Vec<String> = c.ids_2026.iter().filter_map(|id| status(&b.tiers, id)).collect();
                        html! { <tr>
                            <th scope="row">{ l.text(c.topic) }</th>
                            <td>{ l.text(c.before) }<span class="status">{ format!(" {}", s22.join(" ")) }</span></td>
                            <td>{ l.text(c.after) }<span class="status">{ format!(" {}", s26.join(" ")) }</span></td>
                        </tr> }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
