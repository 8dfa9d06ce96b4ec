//! "How is this scored": every tier, requirement, indicator and band table
//! rendered from the same declarations the engine reads, each with its
//! article; the SME size table; the local incentive catalog. No threshold
//! is written here.

use crate::incentives::catalog::{builtin, Amount};
use crate::rules::miit2022::{EDGE_RULE, GROWTH_RULE};
use crate::rules::model::{Condition, Rulebook, Scoring, Tier};
use crate::rules::{sme_size, RULEBOOKS};
use crate::web::components::indicators::citation;
use crate::web::i18n::{use_lang, LangContext};
use yew::prelude::*;

fn conditions(l: &LangContext, list: &'static [Condition]) -> Html {
    html! {
        <ul>
            { for list.iter().map(|c| html! {
                <li>
                    <details>
                        <summary>{ l.text(c.text) }</summary>
                        { citation(l, &(&c.citation).into()) }
                    </details>
                </li>
            }) }
        </ul>
    }
}

fn tier_section(l: &LangContext, t: &'static Tier) -> Html {
    html! {
        <section class="rules-tier" id={format!("rules-{}", t.id.key())}>
            <h3>{ l.term(t.name) }</h3>
            if let Some(c) = t.caveat { <p class="provisional">{ l.text(c) }</p> }
            if let Some(pre) = &t.prerequisite {
                <p>{ l.text(pre.text) }{ format!("（{}）", pre.citation.article) }</p>
            }
            { for t.requirements.iter().map(|r| html! {
                <div class="rules-req">
                    <h4>{ l.text(r.name) }<span class="cite">{ format!(" — {}", r.citation.article) }</span></h4>
                    if r.score_route {
                        if let Some(card) = &t.scorecard {
                            <p>{ format!("{} {} {}", l.t("评价得分达到", "A score of at least"), card.pass_mark, l.t("分", "points")) }
                            { for card.categories.iter().filter_map(|c| c.minimum.map(|m| (c, m))).map(|(c, m)| format!("；{} ≥ {m}", l.text(c.name))) }</p>
                        }
                    }
                    if !r.all_of.is_empty() { { conditions(l, r.all_of) } }
                    if !r.any_of.is_empty() {
                        <p class="or">{ if r.all_of.is_empty() && !r.score_route { l.t("满足下列之一：", "Any one of:") } else { l.t("或满足下列直通条件之一：", "or any one of these direct conditions:") } }</p>
                        { conditions(l, r.any_of) }
                    }
                </div>
            }) }
            if let Some(card) = &t.scorecard {
                <h4>{ format!("{}（{} {} {}）", l.t("评价指标", "Indicators"), l.t("满分", "out of"), card.max_points, l.t("分", "points")) }</h4>
                { for card.categories.iter().enumerate().map(|(ci, c)| html! {
                    <div class="rules-category">
                        <h5>{ format!("{}（{} {}{}）", l.text(c.name), l.t("满分", "max"), c.max_points, c.minimum.map(|m| format!("，{} {m}", l.t("不低于", "at least"))).unwrap_or_default()) }</h5>
                        { for card.indicators.iter().filter(|i| i.category == ci).map(|i| html! {
                            <details class="rules-indicator" id={i.id}>
                                <summary>{ format!("{}. {}（{} {}）", i.number, l.term(i.name), l.t("满分", "max"), i.max_points) }</summary>
                                <table class="band-table">
                                    <thead><tr><th>{ l.t("档", "Band") }</th><th>{ l.t("区间或条件", "Range or condition") }</th><th>{ l.t("分值", "Points") }</th></tr></thead>
                                    <tbody>
                                        { match &i.scoring {
                                            Scoring::Bands { bands, .. } => bands.iter().map(|b| html! { <tr><td>{ b.label }</td><td>{ l.text(b.text) }</td><td class="num">{ b.points }</td></tr> }).collect::<Html>(),
                                            Scoring::BestOf(tables) => tables.iter().flat_map(|(_, bs)| bs.iter()).map(|b| html! { <tr><td>{ b.label }</td><td>{ l.text(b.text) }</td><td class="num">{ b.points }</td></tr> }).collect::<Html>(),
                                            Scoring::Ladder(rungs) => rungs.iter().map(|r| html! { <tr><td>{ r.label }</td><td>{ l.text(r.text) }</td><td class="num">{ r.points }</td></tr> }).collect::<Html>(),
                                            Scoring::PerItem { items, points_each } => items.iter().map(|r| html! { <tr><td>{ r.label }</td><td>{ l.text(r.text) }</td><td class="num">{ format!("+{points_each}") }</td></tr> }).collect::<Html>(),
                                            Scoring::PerStep { step, points_each, .. } => html! { <tr><td></td><td>{ format!("{} {step} {} {points_each} {}", l.t("每满", "Each full"), l.t("年得", "years:"), l.t("分", "pt")) }</td><td class="num">{ i.max_points }</td></tr> },
                                            Scoring::Entered { .. } => html! { <tr><td></td><td>{ l.t("省级主管部门设定", "Set by the province") }</td><td class="num">{ i.max_points }</td></tr> },
                                        } }
                                    </tbody>
                                </table>
                                if let Some(h) = i.help { <p class="help">{ l.text(h) }</p> }
                                { citation(l, &(&i.citation).into()) }
                            </details>
                        }) }
                    </div>
                }) }
            }
        </section>
    }
}

fn rulebook_section(l: &LangContext, rb: &'static Rulebook) -> Html {
    html! {
        <section class="rulebook" id={rb.id}>
            <h2>{ l.text(rb.name) }</h2>
            <p class="muted">{ format!("{}{}{}", l.t("适用于评估日期 ", "Applies to assessment dates from "), rb.validity.from, rb.validity.until.map(|u| format!("{}{u}", l.t(" 至 ", " to "))).unwrap_or_else(|| l.t(" 起", " on").into())) }</p>
            if let Some(n) = rb.note { <p class="provisional">{ l.text(n) }</p> }
            if rb.document.seed_file.is_none() {
                if let Some(s) = rb.document.source_note { <p class="provisional">{ l.text(s) }</p> }
            }
            <h3>{ l.t("参评前提", "Preconditions") }</h3>
            { conditions(l, rb.preconditions) }
            { for rb.tiers.iter().map(|t| tier_section(l, t)) }
        </section>
    }
}

#[function_component]
pub fn RulesPage() -> Html {
    let l = use_lang();
    // The catalog's policies arrive after the first score (web::catalog).
    let catalog = crate::web::catalog::use_catalog();
    html! {
        <div class="rules-page">
            <h1>{ l.t("评分规则与依据", "How it is scored") }</h1>
            <p>{ l.t("本页由评分引擎所用的同一份规则数据生成：每个门槛、分档和金额只声明一次，并注明出处（文件、条款、种子文本行号）。",
                "This page is generated from the very rule data the engine uses: each threshold, band and amount is declared once, with its source (document, article, seed line).") }</p>
            <section>
                <h2>{ l.t("边界取值", "Band edges") }</h2>
                { citation(&l, &(&EDGE_RULE).into()) }
                { citation(&l, &(&GROWTH_RULE).into()) }
            </section>
            { for RULEBOOKS.iter().map(|rb| rulebook_section(&l, rb)) }
            <section class="size-table">
                <h2>{ l.t("中小企业划型标准（第三条）", "SME size classes (Article 3)") }</h2>
                <p class="muted">{ l.t("依据《中小企业划型标准规定》（工信部联企业〔2011〕300号）第四条；“以下”不含本数。", "From the 2011 SME classification regulation, art. 4; its “以下” excludes the bound.") }</p>
                <table>
                    <thead><tr><th>{ l.t("行业", "Industry") }</th><th>{ l.t("划分标准", "Thresholds") }</th></tr></thead>
                    <tbody>{ for sme_size::SIZE_TABLE.iter().map(|r| html! { <tr><td>{ l.term(r.name) }</td><td>{ r.citation.quote }</td></tr> }) }</tbody>
                </table>
            </section>
            <section class="catalog">
                <h2>{ l.t("地方激励政策目录", "Local incentive catalog") }</h2>
                <p>{ l.t("叠加与封顶规则的计算方法见项目文档 docs/incentive-rules.md；金额单位为万元，“≤”表示“不高于”。",
                    "How caps and stacking are applied is written in docs/incentive-rules.md; amounts in 万元, “≤” means a ceiling.") }</p>
                if !catalog.loaded() {
                    <p><crate::web::catalog::CatalogPending /></p>
                }
                { for builtin().policies.iter().map(|f| html! {
                    <details class="catalog-policy">
                        <summary>{ format!("{}《{}》 · {} · {}", f.policy.number.map(|n| format!("{n}. ")).unwrap_or_default(), f.policy.title_zh, f.policy.region_name(), if !f.item.is_empty() { format!("{} {}", f.item.len(), l.t("项金额", "amounts")) } else if f.policy.has_amounts { l.t("金额未收录", "amounts not recorded").into() } else { l.t("无金额", "no amounts").into() }) }</summary>
                        <p>{ if l.is_en() { &f.policy.summary_en } else { &f.policy.summary_zh } }</p>
                        <p class="muted">{ validity_line(&l, &f.policy) }</p>
                        if !f.item.is_empty() {
                            <table class="catalog-items">
                                <thead><tr><th>{ l.t("项目", "Item") }</th><th>{ l.t("金额", "Amount") }</th><th>{ l.t("条款", "Article") }</th></tr></thead>
                                <tbody>{ for f.item.iter().map(|i| html! { <tr>
                                    <td>{ if l.is_en() { &i.title_en } else { &i.title_zh } }
                                        { for i.flags.iter().map(|fl| html! { <span class="flag" title={if l.is_en() { fl.note_en.clone() } else { fl.note_zh.clone() }}>{ " ⚑" }</span> }) }</td>
                                    <td class="num">{ match &i.amount {
                                        Amount::Fixed { wan } => wan.to_string(),
                                        Amount::UpTo { wan, min_wan: Some(m) } => format!("{m}–{wan}"),
                                        Amount::UpTo { wan, .. } => format!("≤{wan}"),
                                        Amount::PercentOf { base, percent } => match f.item.iter().find(|b| &b.id == base) {
                                            Some(b) => format!("{percent}% × {}", if l.is_en() { &b.title_en } else { &b.title_zh }),
                                            None => format!("{percent}%"),
                                        },
                                        Amount::PercentOfCost { percent, cap_wan } => format!("{percent}%{}", cap_wan.map(|c| format!(", ≤{c}")).unwrap_or_default()),
                                        Amount::Unstated => l.t("未写明", "unstated").into(),
                                    } }</td>
                                    <td>{ &i.article }</td>
                                </tr> }) }</tbody>
                            </table>
                        }
                        if !f.rule.is_empty() {
                            <ul>{ for f.rule.iter().map(|r| html! { <li>{ format!("{}（{}）", if l.is_en() { &r.title_en } else { &r.title_zh }, r.article) }</li> }) }</ul>
                        }
                        if !f.offer.is_empty() {
                            <ul>{ for f.offer.iter().map(|o| html! { <li>{ if l.is_en() { &o.text_en } else { &o.text_zh } }</li> }) }</ul>
                        }
                    </details>
                }) }
            </section>
        </div>
    }
}

/// Validity, replacement and source of a catalog policy, in words.
fn validity_line(
    l: &crate::web::i18n::LangContext,
    p: &crate::incentives::catalog::Policy,
) -> String {
    let until = p.valid_until.map(|u| u.to_string());
    let mut s = match (l.is_en(), until) {
        (false, Some(u)) => format!("有效期 {} 至 {u}", p.valid_from),
        (false, None) => format!("{} 起施行，未写明截止日期", p.valid_from),
        (true, Some(u)) => format!("In force {} to {u}", p.valid_from),
        (true, None) => format!("In force from {}, no end date stated", p.valid_from),
    };
    if let Some(sup) = &p.superseded {
        s += &if l.is_en() {
            format!("; replaced by {} from {}", sup.by, sup.from)
        } else {
            format!("；{} 起被 {} 取代", sup.from, sup.by)
        };
    }
    if let Some(doc) = &p.source.document {
        s += &format!("{}{doc}", l.t("；文号 ", "; document "));
    }
    s += &format!("{}{}", l.t("；核对于 ", "; checked "), p.checked_on);
    s
}
