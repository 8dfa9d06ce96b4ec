//! The answer first: the tier verdicts (always visible), announced politely
//! to screen readers when they change; then the details, the advice and the
//! local incentives as tabs.

use super::advice::AdvicePanel;
use super::incentives::IncentivesPanel;
use super::indicators::TierDetails;
use super::tier_card::{verdict_words, TierCard};
use crate::engine::advice::{Change, TierAdvice};
use crate::report::Report;
use crate::web::catalog::{use_catalog, CatalogPending};
use crate::web::i18n::use_lang;
use crate::web::props::{Shared, TierOf, TIER_ORDER};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub report: Shared<Report>,
    /// The report whose materials the cards list under 需准备的材料 (a
    /// closed disclosure), when not `report`: the calculator's trails the
    /// score by one task, as its details panel does, so that a keystroke
    /// that makes a tier applicable or not does not build or drop its list
    /// of some thirty materials before the score is on screen.
    #[prop_or_default]
    pub materials: Option<Shared<Report>>,
}

/// The verdict cards and the live announcement.
#[function_component]
pub fn Summary(p: &SummaryProps) -> Html {
    let l = use_lang();
    let catalog = use_catalog();
    let r = &p.report.0;
    let announce: Vec<String> = TIER_ORDER
        .iter()
        .filter_map(|k| r.tiers.get(k).map(|t| (k, t)))
        .map(|(_, t)| {
            let (_, word) = verdict_words(t.verdict, l.is_en());
            match t.score_range {
                Some([a, b]) if a == b => format!("{} {word} {a}", l.text(t.name)),
                Some([a, b]) => format!("{} {word} {a}–{b}", l.text(t.name)),
                None => format!("{} {word}", l.text(t.name)),
            }
        })
        .collect();
    html! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="visually-hidden">{ l.t("评估结论", "Verdicts") }</h2>
            <p class="rulebook-line">
                // One provisional mark: the 2026 rulebook's name already says 暂定.
                { format!("{} {} · {}", l.t("评估日期", "Assessed on"), r.assessment_date, crate::basis::rulebook_words(r.rulebook.name, r.rulebook.provisional, l.lang)) }
                if r.rulebook.provisional { <span class="provisional">{ l.t(" · 依据二手资料", " · from secondary sources") }</span> }
            </p>
            <div class="tier-cards">
                { for TIER_ORDER.iter().filter(|k| r.tiers.contains_key(*k)).map(|&key| html! {
                    <TierCard {key} tier={TierOf { report: p.report.clone(), key }}
                        materials={TierOf { report: p.materials.clone().unwrap_or_else(|| p.report.clone()), key }} />
                }) }
            </div>
            <p class="incentive-line">
                { l.t("可申请地方激励合计：", "Local incentives: ") }
                if !catalog.loaded() {
                    <CatalogPending />
                } else {
                <strong data-incentives-total={r.incentives.total_wan.clone()}>{ if l.is_en() { r.incentives.total_en() } else { r.incentives.total_zh() } }</strong>
                if r.incentives.total_is_upper_bound { <span class="muted">{ l.t("（含上限）", " (ceilings)") }</span> }
                if !r.incentives.notes.is_empty() { <span class="muted">{ l.t("（见“地方激励”中的说明）", " (see the notes under local incentives)") }</span> }
                }
                if r.company.province.is_none() { <span class="muted">{ l.t("（请填写所在地区）", " (fill in the region)") }</span> }
            </p>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true">{ announce.join("；") }</div>
        </section>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Details,
    Advice,
    Incentives,
}

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub report: Shared<Report>,
    pub advice: Option<Shared<BTreeMap<&'static str, TierAdvice>>>,
    pub on_try: Callback<(Vec<Change>, String)>,
}

#[function_component]
pub fn Details(p: &DetailProps) -> Html {
    let l = use_lang();
    let tab = use_state(|| Tab::Details);
    let refs = [use_node_ref(), use_node_ref(), use_node_ref()];
    let r = &p.report.0;
    let tabs = [
        (Tab::Details, l.t("评分明细", "Score details")),
        (Tab::Advice, l.t("提升建议", "How to improve")),
        (Tab::Incentives, l.t("地方激励", "Local incentives")),
    ];
    let onkeydown = {
        let tab = tab.clone();
        let refs = refs.clone();
        Callback::from(move |e: KeyboardEvent| {
            let i = tabs_index(*tab);
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % 3,
                "ArrowLeft" => (i + 2) % 3,
                "Home" => 0,
                "End" => 2,
                _ => return,
            };
            e.prevent_default();
            tab.set([Tab::Details, Tab::Advice, Tab::Incentives][next]);
            if let Some(el) = refs[next].cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let tier_names: Vec<(&'static str, String)> = TIER_ORDER
        .iter()
        .filter_map(|k| r.tiers.get(k).map(|t| (*k, l.term(t.name))))
        .collect();
    html! {
        <section class="details" aria-label={l.t("详细结果", "Detailed results")}>
            <div class="tabs" role="tablist" aria-label={l.t("详细结果", "Detailed results")} {onkeydown}>
                { for tabs.iter().enumerate().map(|(i, (t, label))| {
                    let tab_c = tab.clone();
                    let t = *t;
                    html! {
                        <button type="button" role="tab" id={format!("tab-{i}")} ref={refs[i].clone()} aria-selected={(*tab == t).to_string()}
                            aria-controls={format!("panel-{i}")} tabindex={if *tab == t { "0" } else { "-1" }}
                            onclick={Callback::from(move |_| tab_c.set(t))}>{ *label }</button>
                    }
                }) }
            </div>
            <div class="tab-panel" role="tabpanel" id={format!("panel-{}", tabs_index(*tab))} aria-labelledby={format!("tab-{}", tabs_index(*tab))} tabindex="0">
                { match *tab {
                    Tab::Details => html! {
                        <>
                            { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k).map(|t| (*k, t))).map(|(k, t)| html! {
                                <TierDetails key={k} tier_key={k} tier={t.clone()} rulebook={r.rulebook.id} date={r.assessment_date.parse::<crate::Date>().ok()} />
                            }) }
                            <SizeAndPreconditions report={p.report.clone()} />
                        </>
                    },
                    Tab::Advice => html! {
                        <AdvicePanel advice={p.advice.clone()} tier_names={tier_names} on_try={p.on_try.clone()}
                            missing={TIER_ORDER.iter().filter_map(|k| r.tiers.get(k).map(|t| (*k, t.missing_groups.clone()))).collect::<Vec<_>>()} />
                    },
                    Tab::Incentives => html! {
                        <IncentivesPanel incentives={r.incentives.clone()} measures={r.measures.clone()} region_known={r.company.province.is_some()} />
                    },
                } }
            </div>
        </section>
    }
}

fn tabs_index(t: Tab) -> usize {
    match t {
        Tab::Details => 0,
        Tab::Advice => 1,
        Tab::Incentives => 2,
    }
}

#[derive(Properties, PartialEq)]
struct SizeProps {
    report: Shared<Report>,
}

/// 第三条: the preconditions and the SME size class.
#[function_component]
fn SizeAndPreconditions(p: &SizeProps) -> Html {
    let l = use_lang();
    let r = &p.report.0;
    let class = match r.size.class {
        Some(crate::engine::SizeClass::Medium) => l.t("中型企业", "medium-sized"),
        Some(crate::engine::SizeClass::Small) => l.t("小型企业", "small"),
        Some(crate::engine::SizeClass::Micro) => l.t("微型企业", "micro"),
        Some(crate::engine::SizeClass::Large) => {
            l.t("大型企业（不属于中小企业）", "large (not an SME)")
        }
        None => l.t(
            "待定（请填写行业、人数、营业收入或资产）",
            "undecided (fill in industry, staff, revenue or assets)",
        ),
    };
    html! {
        <section class="tier-details">
            <h3>{ l.t("参评前提（第三条）", "Preconditions (Article 3)") }</h3>
            <p data-size-class={r.size.class.map(|c| format!("{c:?}").to_lowercase())}>{ format!("{}{}", l.t("企业规模：", "Size: "), class) }</p>
            <ul class="requirements">
                { for r.preconditions.iter().map(|c| html! {
                    <li class={classes!("condition", match c.met { Some(true) => "met", Some(false) => "unmet", None => "unknown" })}>
                        <span aria-hidden="true">{ match c.met { Some(true) => "✔", Some(false) => "✘", None => "?" } }</span>{ " " }{ l.text(c.text) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
