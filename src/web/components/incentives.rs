//! What the company can claim locally: the total after every cap (a range
//! where amounts are graded on review) with why it is what it is, each
//! item as raw amount → capped amount with the rule that capped it, the
//! limits the profile cannot settle, and the policies of its region with
//! their status on the assessment date.

use crate::incentives::view::{unit_words, IncentivesView, ItemView, PolicyView, RuleView};
use crate::incentives::NotCounted;
use crate::web::catalog::{use_catalog, CatalogPending};
use crate::web::i18n::{use_lang, LangContext};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub incentives: std::rc::Rc<IncentivesView>,
    pub measures: Vec<crate::report::MeasureView>,
    pub region_known: bool,
}

/// The document, article and quote behind an item; public sources linked.
fn item_citation(l: &LangContext, i: &ItemView) -> Html {
    let c = &i.citation;
    html! {
        <figure class="citation">
            if !c.quote.is_empty() { <blockquote lang="zh-CN">{ &c.quote }</blockquote> }
            <figcaption>
                { format!("《{}》{}{}", c.document_zh, c.document_number.as_ref().map(|n| format!("（{n}）")).unwrap_or_default(), c.article) }
                { for c.urls.iter().map(|u| html! { <>{ " · " }<a href={u.clone()} rel="noopener noreferrer" target="_blank">{ l.t("来源", "source") }</a></> }) }
            </figcaption>
        </figure>
    }
}

fn rule_line(l: &LangContext, r: &RuleView) -> Html {
    html! { <li>{ format!("{}（{}）", if l.is_en() { &r.title_en } else { &r.title_zh }, r.article) }</li> }
}

fn reason(l: &LangContext, i: &ItemView, policies: &[PolicyView]) -> String {
    let status = || {
        policies
            .iter()
            .find(|p| p.id == i.policy)
            .map(|p| {
                if l.is_en() {
                    p.status_en.clone()
                } else {
                    p.status_zh.clone()
                }
            })
            .unwrap_or_default()
    };
    match i.not_counted {
        Some(NotCounted::Expired | NotCounted::Superseded | NotCounted::NotYetInForce) => {
            format!("{}{}", l.t("政策", "policy "), status())
        }
        Some(NotCounted::Dropped) => format!(
            "{}{}",
            l.t("按规则不叠加：", "not combined: "),
            i.dropped_by_name
                .as_ref()
                .map(|w| if l.is_en() {
                    w.en.clone()
                } else {
                    w.zh.clone()
                })
                .unwrap_or_default()
        ),
        Some(NotCounted::Unstated) => l.t("原文未写明金额", "the text states no amount").into(),
        None => String::new(),
    }
}

fn policy_entry(l: &LangContext, pol: &PolicyView) -> Html {
    let source: Vec<String> = pol.source.document.iter().cloned().collect();
    html! {
        <li data-policy={pol.id.clone()}>
            <details>
                <summary>
                    { format!("《{}》（{}）", pol.title_zh, pol.region) }
                    <span class={classes!("badge", if pol.in_force { "in-force" } else { "expired" })}>
                        { if pol.in_force { l.t("有效", "in force") } else { l.t("不计入", "not counted") } }
                    </span>
                    if let Some(pack) = &pol.imported_from {
                        <span class="badge imported" title={pack.clone()}>{ l.t("用户导入", "imported") }</span>
                    }
                </summary>
                <p>{ if l.is_en() { &pol.summary_en } else { &pol.summary_zh } }</p>
                <p class="muted">{ format!("{}{}", l.t("状态：", "Status: "), if l.is_en() { &pol.status_en } else { &pol.status_zh }) }</p>
                if pol.has_amounts && !pol.amounts_recorded {
                    <p class="help">{ l.t("该政策设有资金支持，但本工具尚未收录其金额，未计入合计。", "This policy pays money, but its amounts are not recorded here and are not in the total.") }</p>
                }
                <p class="muted">
                    { format!("{}{}", l.t("核对日期：", "Checked on: "), pol.checked_on) }
                    if !source.is_empty() { { format!("{}{}", l.t("；文号：", "; document: "), source.join("、")) } }
                    if let Some(pack) = &pol.imported_from { { format!("{}{pack}", l.t("；政策包：", "; pack: ")) } }
                    { for pol.source.urls.iter().map(|u| html! { <>{ " · " }<a href={u.clone()} rel="noopener noreferrer" target="_blank">{ l.t("来源", "source") }</a></> }) }
                </p>
                if !pol.offers.is_empty() {
                    <ul>{ for pol.offers.iter().map(|o| html! { <li>{ if l.is_en() { &o.text_en } else { &o.text_zh } }</li> }) }</ul>
                }
            </details>
        </li>
    }
}

#[function_component]
pub fn IncentivesPanel(p: &Props) -> Html {
    let l = use_lang();
    if !use_catalog().loaded() {
        return html! {
            <div class="incentives">
                <p class="total"><CatalogPending /></p>
            </div>
        };
    }
    let inc = &p.incentives;
    let counted: Vec<_> = inc.items.iter().filter(|i| i.counted).collect();
    let not_counted: Vec<_> = inc.items.iter().filter(|i| !i.counted).collect();
    html! {
        <div class="incentives">
            <p class="total">
                <span>{ l.t("可申请地方激励合计：", "Local incentives, total: ") }</span>
                <strong data-incentives-min={inc.total_min_wan.clone()}>{ if l.is_en() { inc.total_en() } else { inc.total_zh() } }</strong>
                if inc.total_is_upper_bound { <span class="muted">{ l.t("（含“不高于”上限，实际以审批为准）", " (includes ceilings: the actual award may be lower)") }</span> }
            </p>
            if !inc.notes.is_empty() {
                <ul class="incentive-notes" aria-label={l.t("合计说明", "About the total")}>
                    { for inc.notes.iter().map(|n| html! { <li>{ if l.is_en() { &n.en } else { &n.zh } }</li> }) }
                </ul>
            }
            if !p.region_known {
                <p class="help">{ l.t("请先填写企业所在省份和城市（企业基本信息），以匹配地方政策。", "Fill in the province and city (Company) to match local policies.") }</p>
            } else if inc.policies.is_empty() {
                <p class="help">{ l.t("政策目录中没有该地区的地方激励政策；如知道当地政策，可导入政策包。", "The catalog holds no local policy for this region; if you know one, import a policy pack.") }</p>
            }
            if !counted.is_empty() {
                <table class="incentive-table">
                    <caption>{ l.t("可申请的激励项目（万元）", "Items the company can claim (万元)") }</caption>
                    <thead><tr>
                        <th scope="col">{ l.t("项目", "Item") }</th><th scope="col">{ l.t("数量", "Units") }</th>
                        <th scope="col">{ l.t("单项", "Each") }</th><th scope="col">{ l.t("合计→封顶后", "Raw → capped") }</th>
                    </tr></thead>
                    <tbody>
                        { for counted.iter().map(|i| html! {
                            <tr data-incentive={i.id.clone()}>
                                <th scope="row">
                                    <details>
                                        <summary>{ if l.is_en() { &i.title_en } else { &i.title_zh } }<span class="region">{ format!(" · {}", i.region) }</span></summary>
                                        if let Some(c) = if l.is_en() { &i.conditions_en } else { &i.conditions_zh } { <p class="help">{ c }</p> }
                                        { for i.flags.iter().map(|f| html! { <p class="flag">{ format!("⚑ {}", if l.is_en() { &f.note_en } else { &f.note_zh }) }</p> }) }
                                        { item_citation(&l, i) }
                                    </details>
                                </th>
                                <td class="num">{ i.units }</td>
                                <td class="num">{ unit_words(i) }</td>
                                <td class="num">
                                    if i.raw_wan != i.capped_wan {
                                        <s>{ &i.raw_wan }</s>{ " → " }<strong>{ &i.capped_wan }</strong>
                                        <span class="capped-by">{ format!("（{}{}）", l.t("封顶：", "capped by "), i.capped_by_names.iter().map(|w| if l.is_en() { w.en.as_str() } else { w.zh.as_str() }).collect::<Vec<_>>().join("、")) }</span>
                                    } else if i.min_wan != i.capped_wan && i.min_wan != "0" {
                                        <strong>{ format!("{}–{}", i.min_wan, i.capped_wan) }</strong>
                                    } else {
                                        <strong>{ &i.capped_wan }</strong>
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if !inc.rules.is_empty() {
                <h4>{ l.t("已适用的封顶与叠加规则", "Caps and stacking rules applied") }</h4>
                <ul>{ for inc.rules.iter().map(|r| rule_line(&l, r)) }</ul>
            }
            if !not_counted.is_empty() {
                <h4>{ l.t("匹配但不计入合计的项目", "Matched but not counted") }</h4>
                <ul class="not-counted">{ for not_counted.iter().map(|i| html! {
                    <li data-incentive={i.id.clone()}>{ format!("{} · {} — {}", if l.is_en() { &i.title_en } else { &i.title_zh }, i.region, reason(&l, i, &inc.policies)) }</li>
                }) }</ul>
            }
            if !inc.caveats.is_empty() {
                <details class="caveats">
                    <summary>{ format!("{}（{}）", l.t("申请时还需注意的限制", "Limits to check when applying"), inc.caveats.len()) }</summary>
                    <ul>{ for inc.caveats.iter().map(|r| rule_line(&l, r)) }</ul>
                </details>
            }
            <h4>{ format!("{}（{}）", l.t("可利用的非资金支持措施", "Non-monetary support the company can use"), p.measures.len()) }</h4>
            if p.measures.is_empty() {
                <p class="help">{ l.t("达到相应层级或取得相应成果后，这里会列出可利用的支持措施。", "Support measures appear here once the company reaches a tier or holds an achievement they require.") }</p>
            } else {
                <ul class="measures">
                    { for p.measures.iter().map(|m| html! {
                        <li data-measure={m.id}>
                            <details>
                                <summary>{ if l.is_en() { m.title_en } else { m.title_zh } }</summary>
                                <p>{ if l.is_en() { m.gives_en } else { m.gives_zh } }</p>
                                if let Some(a) = if l.is_en() { m.apply_en } else { m.apply_zh } { <p class="help">{ format!("{}{a}", l.t("申请：", "Apply: ")) }</p> }
                                <figure class="citation">
                                    <blockquote lang="zh-CN">{ m.quote }</blockquote>
                                    <figcaption>{ format!("《{}》{}", m.document_zh, m.clause) }</figcaption>
                                </figure>
                            </details>
                        </li>
                    }) }
                </ul>
            }
            if !inc.policies.is_empty() {
                <h4>{ l.t("本地区的相关政策", "Policies of this region") }</h4>
                <ul class="policies">{ for inc.policies.iter().map(|pol| policy_entry(&l, pol)) }</ul>
            }
        </div>
    }
}
