//! Above the portfolio's table: how many companies each tier's verdict
//! covers (each count a button that filters to it), where they are, the
//! incentives in all, and the conditions most often unmet.

use super::tier_card::verdict_words;
use crate::engine::Verdict;
use crate::portfolio::Summary;
use crate::rules::model::TierId;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub summary: Shared<Summary>,
    /// The summary covers the filtered rows, not all.
    pub filtered: bool,
    /// A tier's verdict, to filter the table to it.
    pub on_pick: Callback<(TierId, Verdict)>,
}

/// The verdicts in the order the summary counts them.
pub const VERDICT_COLUMNS: [Verdict; 3] =
    [Verdict::Qualified, Verdict::Depends, Verdict::NotQualified];

/// How many regions are named before "and N more".
const REGIONS_SHOWN: usize = 12;

#[function_component]
pub fn PortfolioSummary(p: &Props) -> Html {
    let l = use_lang();
    let s = &p.summary.0;
    let pick = |key: (TierId, Verdict)| {
        let cb = p.on_pick.clone();
        Callback::from(move |_: MouseEvent| cb.emit(key))
    };
    let scope = if p.filtered {
        l.t("（筛选结果）", " (filtered rows)")
    } else {
        ""
    };
    html! {
        <section class="portfolio-summary" aria-labelledby="portfolio-summary-title" data-portfolio-summary="true">
            <h2 id="portfolio-summary-title">{ format!("{}{scope}", l.t("概况", "Summary")) }</h2>
            <div class="summary-grid">
                <div class="summary-card">
                    <h3>{ l.t("各层级结论（家）", "Verdicts by tier (companies)") }</h3>
                    <table class="summary-verdicts">
                        <thead><tr><th scope="col">{ l.t("层级", "Tier") }</th>
                            { for VERDICT_COLUMNS.iter().map(|v| { let (icon, word) = verdict_words(*v, l.is_en()); html! { <th scope="col">{ format!("{icon} {word}") }</th> } }) }
                        </tr></thead>
                        <tbody>
                            { for s.verdicts.iter().map(|(tier, yes, maybe, no)| html! {
                                <tr data-summary-tier={tier.key()}>
                                    <th scope="row">{ l.text(tier.short_name()) }</th>
                                    { for VERDICT_COLUMNS.into_iter().zip([*yes, *maybe, *no]).map(|(v, n)| html! {
                                        <td class="num" data-summary-verdict={v.key()} data-count={n.to_string()}>
                                            <button type="button" class="linklike" onclick={pick((*tier, v))}
                                                aria-label={format!("{} {} {}：{n}", l.t("只看", "Show only"), l.text(tier.short_name()), verdict_words(v, l.is_en()).1)}>{ n }</button>
                                        </td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="summary-card">
                    <h3>{ l.t("地区（家）", "Regions (companies)") }</h3>
                    <ul class="summary-regions">
                        { for s.regions.iter().take(REGIONS_SHOWN).map(|(r, n)| html! {
                            <li>{ format!("{}：{n}", if r.is_empty() { l.t("未填地区", "no region") } else { r }) }</li>
                        }) }
                        if s.regions.len() > REGIONS_SHOWN {
                            <li class="muted">{ format!("{} {} {}", l.t("另有", "and"), s.regions.len() - REGIONS_SHOWN, l.t("个地区", "more regions")) }</li>
                        }
                    </ul>
                    <p data-summary-incentives={s.incentives_total_wan.normalize().to_string()}>
                        <strong>{ l.t("地方激励合计：", "Local incentives in all: ") }</strong>
                        { format!("{} {}", s.incentives_total_wan.normalize(), l.t("万元", "万元")) }
                    </p>
                    if s.with_errors > 0 {
                        <p class="notice-inline">{ format!("{} {} {}", l.t("其中数据有误的行：", "Rows with data errors: "), s.with_errors, l.t("行（按可读部分评分）", "(scored on what they say)")) }</p>
                    }
                </div>
                <div class="summary-card summary-unmet">
                    <h3>{ l.t("最常见的未满足条件", "Conditions most often unmet") }</h3>
                    if s.unmet.is_empty() {
                        <p class="muted">{ l.t("无", "None") }</p>
                    } else {
                        <ol>
                            { for s.unmet.iter().map(|(tier, words, n)| html! {
                                <li>{ format!("{}：{}（{n} {}）", l.text(tier.short_name()), l.text(*words), l.t("家", "companies")) }</li>
                            }) }
                        </ol>
                    }
                </div>
            </div>
        </section>
    }
}
