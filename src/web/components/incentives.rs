//! What the company can claim locally: the total after every cap, each
//! item as raw amount → capped amount with the rule that capped it, the
//! limits the profile cannot settle, and the policies of its region with
//! amounts and without.

use super::indicators::citation;
use crate::engine::explain::CitationView;
use crate::incentives::view::IncentivesView;
use crate::web::i18n::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub incentives: IncentivesView,
    pub measures: Vec<crate::report::MeasureView>,
    pub region_known: bool,
}

#[function_component]
pub fn IncentivesPanel(p: &Props) -> Html {
    let l = use_lang();
    let inc = &p.incentives;
    let counted: Vec<_> = inc.items.iter().filter(|i| i.counted).collect();
    let not_counted: Vec<_> = inc.items.iter().filter(|i| !i.counted).collect();
    let item_cite = |i: &crate::incentives::view::ItemView| CitationView {
        document: "",
        document_zh: i.citation.document_zh,
        document_number: "",
        article: i.citation.article,
        seed_file: Some(i.citation.seed_file),
        seed_line: Some(i.citation.seed_line),
        quote: i.citation.quote,
        confidence: "official",
    };
    // A stacking rule or caveat: its title and article.
    let rule_line = |r: &crate::incentives::view::RuleView| {
        html! { <li>{ format!("{}（{}）", if l.is_en() { r.title_en } else { r.title_zh }, r.article) }</li> }
    };
    let reason = |i: &crate::incentives::view::ItemView| -> String {
        use crate::incentives::NotCounted::*;
        match i.not_counted {
            Some(Expired) => l.t("政策已过有效期", "policy expired").into(),
            Some(NotYetInForce) => l.t("政策尚未生效", "policy not yet in force").into(),
            Some(Dropped) => format!(
                "{}{}",
                l.t("按规则不叠加：", "not combined: "),
                i.dropped_by.unwrap_or("")
            ),
            Some(Unstated) => l.t("原文未写明金额", "the text states no amount").into(),
            None => String::new(),
        }
    };
    html! {
        <div class="incentives">
            <p class="total">
                <span>{ l.t("可申请地方激励合计：", "Local incentives, total: ") }</span>
                <strong>{ format!("{} {}", inc.total_wan, l.t("万元", "万元")) }</strong>
                if inc.total_is_upper_bound { <span class="muted">{ l.t("（含“不高于”上限，实际以审批为准）", " (includes ceilings: the actual award may be lower)") }</span> }
            </p>
            if !p.region_known {
                <p class="help">{ l.t("请先填写企业所在省份和城市（企业基本信息），以匹配地方政策。", "Fill in the province and city (Company) to match local policies.") }</p>
            } else if inc.policies.is_empty() {
                <p class="help">{ l.t("种子资料中没有该地区的地方激励政策。", "The source documents hold no local policy for this region.") }</p>
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
                            <tr data-incentive={i.id}>
                                <th scope="row">
                                    <details>
                                        <summary>{ if l.is_en() { i.title_en } else { i.title_zh } }<span class="region">{ format!(" · {}", i.region) }</span></summary>
                                        if let Some(c) = if l.is_en() { i.conditions_en } else { i.conditions_zh } { <p class="help">{ c }</p> }
                                        { for i.flags.iter().map(|f| html! { <p class="flag">{ format!("⚑ {}", if l.is_en() { f.note_en } else { f.note_zh }) }</p> }) }
                                        { citation(&l, &item_cite(i)) }
                                    </details>
                                </th>
                                <td class="num">{ i.units }</td>
                                <td class="num">{ format!("{}{}", if i.fixed { "" } else { l.t("≤", "≤") }, i.unit_wan.clone().unwrap_or_default()) }</td>
                                <td class="num">
                                    if i.raw_wan != i.capped_wan {
                                        <s>{ &i.raw_wan }</s>{ " → " }<strong>{ &i.capped_wan }</strong>
                                        <span class="capped-by">{ format!("（{}{}）", l.t("封顶：", "capped by "), i.capped_by.join("、")) }</span>
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
                <ul>{ for inc.rules.iter().map(rule_line) }</ul>
            }
            if !not_counted.is_empty() {
                <h4>{ l.t("匹配但不计入合计的项目", "Matched but not counted") }</h4>
                <ul class="not-counted">{ for not_counted.iter().map(|i| html! {
                    <li data-incentive={i.id}>{ format!("{} · {} — {}", if l.is_en() { i.title_en } else { i.title_zh }, i.region, reason(i)) }</li>
                }) }</ul>
            }
            if !inc.caveats.is_empty() {
                <details class="caveats">
                    <summary>{ format!("{}（{}）", l.t("申请时还需注意的限制", "Limits to check when applying"), inc.caveats.len()) }</summary>
                    <ul>{ for inc.caveats.iter().map(rule_line) }</ul>
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
                                    <figcaption>{ format!("《{}》{} · {}:{}", m.document_zh, m.clause, m.seed_file, m.seed_line) }</figcaption>
                                </figure>
                            </details>
                        </li>
                    }) }
                </ul>
            }
            if !inc.policies.is_empty() {
                <h4>{ l.t("本地区的相关政策", "Policies of this region") }</h4>
                <ul class="policies">
                    { for inc.policies.iter().map(|pol| html! {
                        <li data-policy={pol.id}>
                            <details>
                                <summary>
                                    { format!("《{}》（{}）", pol.title_zh, pol.region) }
                                    <span class={classes!("badge", if pol.in_force { "in-force" } else { "expired" })}>
                                        { if pol.in_force { l.t("有效", "in force") } else { l.t("不在有效期内", "not in force") } }
                                    </span>
                                </summary>
                                <p>{ if l.is_en() { pol.summary_en } else { pol.summary_zh } }</p>
                                <p class="muted">{ format!("{} {}{}", l.t("有效期：", "Valid: "), pol.valid_from, pol.valid_until.as_ref().map(|u| format!(" — {u}")).unwrap_or_else(|| l.t(" 起（未写明截止）", " on (no end stated)").into())) }</p>
                                if !pol.offers.is_empty() {
                                    <ul>{ for pol.offers.iter().map(|o| html! { <li>{ if l.is_en() { o.text_en } else { o.text_zh } }</li> }) }</ul>
                                }
                            </details>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}
