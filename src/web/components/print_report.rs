//! The printed report, shaped like the official 自评表: the cover (company,
//! date, rulebook, 自评非认定; print_pack.rs); the input figures; the
//! verdicts; what each 待定 still needs; each indicator with its band and
//! points; the advice; the chosen scenarios side by side
//! (print_scenarios.rs); the incentives and the policies' status; the filing
//! calendar; the notice that this is a self-assessment. Hidden on screen.

use super::tier_card::verdict_words;
use crate::engine::advice::TierAdvice;
use crate::report::Report;
use crate::web::catalog::{use_catalog, CatalogPending};
use crate::web::i18n::use_lang;
use crate::web::props::{Shared, TIER_ORDER};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub advice: Option<Shared<BTreeMap<&'static str, TierAdvice>>>,
    /// The answers printed as the input figures.
    pub profile: std::rc::Rc<crate::profile::Profile>,
    pub date: crate::Date,
    /// The chosen profiles or scenarios side by side (client pack).
    #[prop_or_default]
    pub scenarios: Option<Shared<crate::side_by_side::SideBySide>>,
}

#[function_component]
pub fn PrintReport(p: &Props) -> Html {
    let l = use_lang();
    let loaded = use_catalog().loaded();
    let r = &p.report.0;
    html! {
        <article class="print-report" aria-hidden="true">
            <super::print_pack::PrintCover report={p.report.clone()} />
            <super::print_inputs::PrintInputs profile={p.profile.clone()} date={p.date} />
            <section>
                <h2>{ l.t("一、评估结论", "1. Verdicts") }</h2>
                <table class="verdicts">
                    <thead><tr><th>{ l.t("层级", "Tier") }</th><th>{ l.t("得分", "Score") }</th><th>{ l.t("结论", "Verdict") }</th></tr></thead>
                    <tbody>
                        { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).map(|t| {
                            let (icon, word) = verdict_words(t.verdict, l.is_en());
                            html! { <tr>
                                <td>{ l.term(t.name) }</td>
                                <td>{ match (t.score_range, t.max_score) { (Some([a, b]), Some(m)) if a == b => format!("{a}/{m}"), (Some([a, b]), Some(m)) => format!("{a}–{b}/{m}"), _ => "—".into() } }</td>
                                <td>{ format!("{icon} {word}") }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </section>
            if TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).any(|t| !t.warnings.is_empty()) {
                <section class="print-warnings">
                    <h2>{ l.t("核查提示（不影响结论）", "Checks the authorities may make (the verdict stands)") }</h2>
                    <ul>
                        { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).flat_map(|t| t.warnings.iter().map(move |w| (t, w))).map(|(t, w)| html! {
                            <li>{ format!("{}：{}（{}）", l.text(t.name), l.text(w.text), w.citation.document_number) }</li>
                        }) }
                    </ul>
                </section>
            }
            if TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).any(|t| t.missing_note.is_some()) {
                <section class="print-missing">
                    <h2>{ l.t("待定：尚需确认的信息", "To confirm before the verdict is final") }</h2>
                    <ul>
                        { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).filter_map(|t| t.missing_note.as_ref().map(|n| (t, n))).map(|(t, n)| {
                            let others: Vec<&str> = t.missing_groups.iter().filter(|g| !g.needed).map(|g| l.msg(&g.label)).collect();
                            html! { <li>
                                { format!("{}：{}", l.text(t.name), l.msg(n)) }
                                if !others.is_empty() { { format!("{}{}", l.t("；也可能影响结论：", "; may also matter: "), others.join(l.t("、", ", "))) } }
                            </li> }
                        }) }
                    </ul>
                </section>
            }
            { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).filter(|t| !t.indicators.is_empty()).enumerate().map(|(n, t)| html! {
                <section class="print-tier">
                    <h2>{ format!("{}、{}", ["二", "三", "四", "五"][n.min(3)], l.term(t.name)) }</h2>
                    <table>
                        <thead><tr><th>{ "#" }</th><th>{ l.t("指标", "Indicator") }</th><th>{ l.t("数值", "Value") }</th><th>{ l.t("档次", "Band") }</th><th>{ l.t("得分", "Points") }</th><th>{ l.t("依据", "Article") }</th></tr></thead>
                        <tbody>
                            { for t.indicators.iter().map(|i| html! { <tr>
                                <td>{ i.number }</td><td>{ l.msg(&crate::engine::explain::dated(&i.name.into(), p.date)).to_string() }</td>
                                <td>{ i.value_text.clone().unwrap_or_else(|| "—".into()) }</td>
                                <td>{ i.band_text.map(|b| format!("{} {}", i.band.unwrap_or(""), l.text(b))).unwrap_or_else(|| "—".into()) }</td>
                                <td>{ if i.known { format!("{}/{}", i.points, i.max) } else { format!("{}–{}/{}", i.points_range[0], i.points_range[1], i.max) } }</td>
                                <td class="cite">{ i.citation.article }</td>
                            </tr> }) }
                        </tbody>
                    </table>
                </section>
            }) }
            <section>
                <h2>{ l.t("未满足的条件", "Conditions not met") }</h2>
                <ul>
                    { for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).flat_map(|t| t.reasons.iter().map(move |x| (t, x))).map(|(t, x)| html! {
                        <li>{ format!("{}：{}（{}）", l.text(t.name), if l.is_en() { &x.en } else { &x.zh }, x.citation.article) }</li>
                    }) }
                </ul>
            </section>
            if TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).any(|t| t.materials.is_some()) {
                <section class="print-materials">
                    <h2>{ l.t("需准备的材料", "What to prepare") }</h2>
                    <ul>{ for TIER_ORDER.iter().filter_map(|k| r.tiers.get(k)).filter_map(|t| t.materials.as_ref().map(|m| (t, m))).map(|(t, m)| html! {
                        <li>{ format!("{}：{}", l.term(t.name), m.application.iter().map(|i| format!("{}{}", l.text(i.name), i.citation.as_ref().map(|c| format!("（{}）", c.article)).unwrap_or_default())).collect::<Vec<_>>().join(l.t("；", "; "))) }</li>
                    }) }</ul>
                    <p class="print-evidence">{ format!("{}{}", l.t("佐证材料：", "Evidence: "), evidence_union(r).iter().map(|(name, article)| format!("{}{}", l.text(*name), article.map(|a| format!("（{a}）")).unwrap_or_default())).collect::<Vec<_>>().join(l.t("；", "; "))) }</p>
                </section>
            }
            if let Some(advice) = &p.advice {
                <section class="print-advice">
                    <h2>{ l.t("提升建议", "Advice") }</h2>
                    <p class="help">{ l.t("只列企业还能做到的改变；本年度研发投入计入次年申报（届时为上年度）。", "Only changes a company can still make; this year's R&D counts in next year's application (then 上年度).") }</p>
                    <ul>
                        { for TIER_ORDER.iter().filter_map(|k| advice.0.get(k)).map(|a| {
                            let name = r.tiers.get(a.tier).map(|t| l.text(t.name)).unwrap_or(a.tier);
                            let line = if let Some(b) = a.blocked_by.first() {
                                format!("{}{}{}", l.t("短期内无法达到：", "not within reach soon: "), if l.is_en() { &b.en } else { &b.zh }, if a.blocked_by.len() > 1 { l.t(" 等", " and more") } else { "" })
                            } else if let Some(c) = a.flipping_change.clone().or_else(|| a.changes.first().cloned()) {
                                format!("{}（{}）", if l.is_en() { c.en.clone() } else { c.zh.clone() }, super::advice::change_facts(&l, &c))
                            } else if let (true, Some(y)) = (a.reachable, a.plan_year) {
                                format!("{} {} {}", l.t("按目前情况", "as it stands, the"), y, l.t("年申报即可达到", "application reaches it"))
                            } else {
                                return html! {};
                            };
                            html! { <li>{ format!("{name}：{line}") }</li> }
                        }) }
                    </ul>
                </section>
            }
            <super::print_scenarios::PrintScenarios table={p.scenarios.clone()} />
            <section>
                <h2>{ l.t("地方激励", "Local incentives") }</h2>
                if !loaded {
                    <p><CatalogPending /></p>
                } else {
                <p>{ format!("{}{}", l.t("合计：", "Total: "), if l.is_en() { r.incentives.total_en() } else { r.incentives.total_zh() }) }{ if r.incentives.total_is_upper_bound { l.t("（含上限金额）", " (includes ceilings)") } else { "" } }</p>
                if !r.incentives.notes.is_empty() {
                    <ul class="incentive-notes">{ for r.incentives.notes.iter().map(|n| html! { <li>{ if l.is_en() { &n.en } else { &n.zh } }</li> }) }</ul>
                }
                if r.incentives.items.iter().any(|i| i.counted) {
                    <table class="incentive-table">
                        <thead><tr><th>{ l.t("项目", "Item") }</th><th>{ l.t("政策", "Policy") }</th><th class="num">{ l.t("万元", "万元") }</th></tr></thead>
                        <tbody>{ for r.incentives.items.iter().filter(|i| i.counted).map(|i| html! {
                            <tr>
                                <td>{ if l.is_en() { &i.title_en } else { &i.title_zh } }</td>
                                <td>{ format!("《{}》{}", i.citation.document_zh, i.citation.article) }</td>
                                <td class="num">{ if i.min_wan != i.capped_wan && i.min_wan != "0" { format!("{}–{}", i.min_wan, i.capped_wan) } else if i.fixed { i.capped_wan.clone() } else { format!("≤{}", i.capped_wan) } }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                }
                }
            </section>
            <super::print_pack::PrintPolicies report={p.report.clone()} />
            <super::print_pack::PrintCalendar profile={p.profile.clone()} date={p.date} />
            <footer class="notice-print">{ l.text(r.notice) }</footer>
        </article>
    }
}

/// The evidence every tier asks for, once each, in declaration order.
fn evidence_union(r: &Report) -> Vec<(crate::text::Text, Option<&'static str>)> {
    let mut out: Vec<(&str, crate::text::Text, Option<&'static str>)> = Vec::new();
    for m in TIER_ORDER
        .iter()
        .filter_map(|k| r.tiers.get(k))
        .filter_map(|t| t.materials.as_ref())
    {
        for e in &m.evidence {
            if !out.iter().any(|(id, _, _)| *id == e.id) {
                out.push((e.id, e.name, e.citation.as_ref().map(|c| c.article)));
            }
        }
    }
    let order = |id: &str| {
        crate::rules::materials::EVIDENCE
            .iter()
            .position(|e| e.id == id)
    };
    out.sort_by_key(|(id, _, _)| order(id));
    out.into_iter().map(|(_, n, a)| (n, a)).collect()
}
