//! The path to 企业标准“领跑者”: the steps the rules set out (self-declare
//! the enterprise standard, be in a key area, assessment by a 评估机构, the
//! published list, the local reward), the key-area lookup, the rewards of
//! this company's region at the end of the path, and the 2022 grain-and-oil
//! forerunner list.

use crate::forerunner::{data, local_rewards, search_grain_oil, search_key_areas};
use crate::incentives::catalog::Amount;
use crate::web::catalog::CatalogPending;
use crate::web::i18n::use_lang;
use crate::web::state::Store;
use crate::web::util::today;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
}

#[function_component]
pub fn ForerunnerPage(p: &Props) -> Html {
    let l = use_lang();
    let area_q = use_state(String::new);
    let grain_q = use_state(String::new);
    let profile = p.store.active().profile.clone();
    let date = profile.assessment_date.unwrap_or_else(today);
    // The rewards, the lists and the path come in the data asset, fetched
    // after the first score: rendered again when it arrives.
    let catalog = crate::web::catalog::use_catalog();
    let lists = data();
    let pending = html! { <p><CatalogPending what={("“领跑者”名单", "forerunner lists")} /></p> };
    let rewards = local_rewards(&profile, date);
    let areas = search_key_areas(&area_q);
    let grain = search_grain_oil(&grain_q);
    let on_area = {
        let q = area_q.clone();
        Callback::from(move |e: InputEvent| {
            q.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_grain = {
        let q = grain_q.clone();
        Callback::from(move |e: InputEvent| {
            q.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let region = format!(
        "{}{}{}",
        profile.company.province.clone().unwrap_or_default(),
        profile.company.city.clone().unwrap_or_default(),
        profile.company.district.clone().unwrap_or_default()
    );
    html! {
        <div class="rules-page forerunner-page">
            <h1>{ l.t("成为企业标准“领跑者”", "Becoming an enterprise-standard forerunner") }</h1>
            if lists.is_none() { { pending.clone() } }
            <ol class="path">
                { for lists.iter().flat_map(|d| &d.path).map(|s| html! {
                    <li>
                        <h2>{ if l.is_en() { &s.title_en } else { &s.title_zh } }</h2>
                        <p>{ if l.is_en() { &s.text_en } else { &s.text_zh } }</p>
                        <details><summary>{ l.t("原文", "The text") }</summary>
                            <figure class="citation"><blockquote lang="zh-CN">{ &s.quote }</blockquote>
                            <figcaption>{ format!("{} {} {}", l.t("原文位于所附政策文本第", "The quote is at line"), s.seed_line, l.t("行", "of the bundled policy text")) }</figcaption></figure>
                        </details>
                    </li>
                }) }
            </ol>

            <section aria-labelledby="areas-title">
                <h2 id="areas-title">{ l.t("重点领域查询", "Is my product in a key area?") }</h2>
                if let Some(d) = lists {
                    <p class="help">{ format!("{} {}", l.t("收录", "Lists:"), d.key_area_lists.iter().map(|x| format!("{} ({} {})", x.year, x.count, l.t("个领域", "areas"))).collect::<Vec<_>>().join("，")) }</p>
                }
                <label for="area-search">{ l.t("产品或行业关键词（可输入多个词，以空格分隔）", "Product or industry words (several, separated by spaces)") }</label>
                <input id="area-search" type="search" value={(*area_q).clone()} oninput={on_area} autocomplete="off" />
                if lists.is_none() && !area_q.trim().is_empty() {
                    { pending.clone() }
                } else if !area_q.trim().is_empty() {
                    <p role="status" class="search-result">{
                        if areas.is_empty() { l.t("未找到匹配的重点领域：产品不在已公布的重点领域时，无法参加“领跑者”评估。", "No matching key area: a product outside the published key areas cannot be assessed as a forerunner.").to_string() }
                        else { format!("{} {} {}", l.t("找到", "Found"), areas.len(), l.t("个匹配的重点领域", "matching key areas")) }
                    }</p>
                    if !areas.is_empty() {
                        <table class="catalog-items"><thead><tr><th>{ l.t("年度", "Year") }</th><th>{ "#" }</th><th>{ l.t("产业类别", "Industry") }</th><th>{ l.t("领域", "Area") }</th></tr></thead>
                        <tbody>{ for areas.iter().take(60).map(|a| html! { <tr data-key-area={format!("{}-{}", a.year, a.no)}><td>{ a.year }</td><td>{ a.no }</td><td>{ &a.industry_zh }</td><td>{ &a.area_zh }</td></tr> }) }</tbody></table>
                    }
                }
            </section>

            <section aria-labelledby="rewards-title">
                <h2 id="rewards-title">{ l.t("路径终点：本地区的“领跑者”奖励", "At the end of the path: local rewards") }</h2>
                if region.is_empty() {
                    <p class="help">{ l.t("在自评页填写企业所在省市后，这里显示当地对“领跑者”的奖励。", "Fill in the company's province and city on the assessment page to see local rewards.") }</p>
                } else if !catalog.loaded() {
                    <p><crate::web::catalog::CatalogPending /></p>
                } else if rewards.is_empty() {
                    <p>{ format!("{}{}", region, l.t("：种子资料中没有对“领跑者”给予金额奖励的当地政策。", ": the source documents hold no local money reward for forerunners here.")) }</p>
                } else {
                    <table class="catalog-items">
                        <thead><tr><th>{ l.t("政策", "Policy") }</th><th>{ l.t("项目", "Item") }</th><th>{ l.t("金额（万元）", "Amount (万元)") }</th><th>{ l.t("状态", "Status") }</th></tr></thead>
                        <tbody>{ for rewards.iter().map(|(pol, i, in_force)| html! {
                            <tr data-reward={i.id.as_str()}>
                                <td>{ format!("《{}》{}", pol.title_zh, i.article) }</td>
                                <td>{ if l.is_en() { &i.title_en } else { &i.title_zh } }</td>
                                <td class="num">{ match &i.amount { Amount::Fixed { wan } => wan.to_string(), Amount::UpTo { wan, min_wan: Some(m) } => format!("{m}–{wan}"), Amount::UpTo { wan, .. } => format!("≤{wan}"), Amount::PercentOf { percent, .. } => format!("{percent}%"), Amount::PercentOfCost { cap_wan, .. } => cap_wan.map(|c| format!("≤{c}")).unwrap_or_default(), Amount::Unstated => l.t("未写明", "unstated").into() } }</td>
                                <td>{ if *in_force { l.t("有效", "in force") } else { l.t("不在有效期内", "not in force") } }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                }
            </section>

            <section aria-labelledby="grain-title">
                <h2 id="grain-title">{ l.t("2022 年粮油产品企业标准“领跑者”名单查询", "2022 grain and oil forerunner list") }</h2>
                <label for="grain-search">{ l.t("企业名称、产品或标准编号", "Company, product or standard number") }</label>
                <input id="grain-search" type="search" value={(*grain_q).clone()} oninput={on_grain} autocomplete="off" />
                if lists.is_none() && !grain_q.trim().is_empty() {
                    { pending }
                } else if !grain_q.trim().is_empty() {
                    <p role="status" class="search-result">{ format!("{} {} {}", l.t("找到", "Found"), grain.len(), l.t("条", "entries")) }</p>
                    if !grain.is_empty() {
                        <table class="catalog-items"><thead><tr><th>{ l.t("产品类别", "Product") }</th><th>{ l.t("企业", "Company") }</th><th>{ l.t("标准编号", "Standard") }</th><th>{ l.t("标准名称", "Standard name") }</th><th>{ l.t("评估机构", "Assessor") }</th></tr></thead>
                        <tbody>{ for grain.iter().map(|e| html! { <tr><td>{ &e.category_zh }</td><td>{ &e.company_zh }</td><td>{ &e.standard_no }</td><td>{ &e.standard_name_zh }</td><td>{ &e.assessor_zh }</td></tr> }) }</tbody></table>
                    }
                }
            </section>
        </div>
    }
}
