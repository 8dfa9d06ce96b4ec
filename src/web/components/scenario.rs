//! A scenario ("方案") beside the profile it varies: each tier's verdict and
//! score in both, every indicator whose points changed with the gain or
//! loss, the inputs that differ, and the change in local incentives.

use super::tier_card::verdict_words;
use crate::profile::fields::all_fields;
use crate::profile::Profile;
use crate::report::Report;
use crate::web::i18n::use_lang;
use crate::web::props::{Shared, TIER_ORDER};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub base: Shared<Report>,
    pub plan: Shared<Report>,
    pub base_profile: std::rc::Rc<Profile>,
    pub plan_profile: std::rc::Rc<Profile>,
    pub base_name: AttrValue,
    pub on_open_base: Callback<()>,
    /// Opened from a link: nothing to open or compare in this browser.
    #[prop_or_default]
    pub read_only: bool,
}

fn delta(d: i64) -> String {
    match d {
        0 => "±0".into(),
        d if d > 0 => format!("+{d}"),
        d => d.to_string(),
    }
}

#[function_component]
pub fn ScenarioCompare(p: &Props) -> Html {
    let l = use_lang();
    let loaded = crate::web::catalog::use_catalog().loaded();
    let (a, b) = (&p.base.0, &p.plan.0);
    let changed_inputs: Vec<(String, String, String)> = all_fields()
        .filter_map(|f| {
            let (x, y) = ((f.get)(&p.base_profile), (f.get)(&p.plan_profile));
            (x != y).then(|| (l.term(f.label), x.display(), y.display()))
        })
        .collect();
    let open_base = p.on_open_base.reform(|_: MouseEvent| ());
    let money = |r: &Report| {
        r.incentives
            .total_wan
            .parse::<rust_decimal::Decimal>()
            .unwrap_or_default()
    };
    let inc_delta = money(b).saturating_sub(money(a));
    html! {
        <section class="compare scenario" aria-labelledby="scenario-title" data-scenario="true">
            <h2 id="scenario-title" class="entry-name">{ format!("{}{}", l.t("方案对比：相对于 ", "Scenario against "), p.base_name) }</h2>
            if !p.read_only {<p>
                <button type="button" class="small" onclick={open_base}>{ l.t("打开原档案", "Open the base profile") }</button>
                { " " }<a class="button small" href="#/compare">{ l.t("并排对比多个方案", "Compare several scenarios side by side") }</a>
            </p>}
            <table class="compare-verdicts">
                <thead><tr>
                    <th scope="col">{ l.t("层级", "Tier") }</th><th scope="col">{ l.t("原档案", "Base") }</th>
                    <th scope="col">{ l.t("本方案", "This scenario") }</th><th scope="col">{ l.t("得分变化", "Points") }</th>
                </tr></thead>
                <tbody>
                    { for TIER_ORDER.iter().filter_map(|k| Some((*k, a.tiers.get(k)?, b.tiers.get(k)?))).map(|(k, ta, tb)| {
                        let (ia, wa) = verdict_words(ta.verdict, l.is_en());
                        let (ib, wb) = verdict_words(tb.verdict, l.is_en());
                        let d = match (ta.score, tb.score) { (Some(x), Some(y)) => delta(y as i64 - x as i64), _ => "—".into() };
                        html! { <tr class={classes!((ta.verdict != tb.verdict).then_some("differs"))} data-scenario-tier={k}
                                data-verdict-base={ta.verdict.key()} data-verdict-plan={tb.verdict.key()} data-delta={d.clone()}>
                            <th scope="row">{ l.term(ta.name) }</th>
                            <td>{ format!("{ia} {wa} {}", ta.score.map(|s| s.to_string()).unwrap_or_default()) }</td>
                            <td>{ format!("{ib} {wb} {}", tb.score.map(|s| s.to_string()).unwrap_or_default()) }</td>
                            <td class="num">{ d }</td>
                        </tr> }
                    }) }
                </tbody>
            </table>
            <h3>{ l.t("指标得分变化", "Indicators that changed") }</h3>
            <ul class="deltas">
                { for TIER_ORDER.iter().filter_map(|k| Some((a.tiers.get(k)?, b.tiers.get(k)?))).flat_map(|(ta, tb)| {
                    ta.indicators.iter().zip(&tb.indicators).filter(|(x, y)| x.points != y.points || x.points_range != y.points_range).map(move |(x, y)| (ta, x, y))
                }).map(|(t, x, y)| html! {
                    <li data-indicator-delta={x.id}>{ format!("{} · {}：{} → {}（{}）", l.text(t.name), l.text(x.name), x.points, y.points, delta(y.points as i64 - x.points as i64)) }</li>
                }) }
            </ul>
            <h3>{ l.t("改动的数据", "Inputs changed") }</h3>
            if changed_inputs.is_empty() && p.base_profile.achievements == p.plan_profile.achievements {
                <p class="muted">{ l.t("与原档案相同。修改本方案的数据即可看到差异。", "Same as the base. Edit this scenario to see the differences.") }</p>
            } else {
                <ul class="deltas">
                    { for changed_inputs.iter().map(|(label, x, y)| html! { <li>{ format!("{label}：{} → {}", if x.is_empty() { "—" } else { x }, if y.is_empty() { "—" } else { y }) }</li> }) }
                    if p.base_profile.achievements != p.plan_profile.achievements { <li>{ l.t("标准化与质量成果有改动", "Achievements changed") }</li> }
                </ul>
            }
            if loaded {
            <p>{ format!("{}{} → {} {}（{}）", l.t("地方激励合计：", "Local incentives: "), a.incentives.total_wan, b.incentives.total_wan, l.t("万元", "万元"), if inc_delta.is_sign_negative() { inc_delta.normalize().to_string() } else { format!("+{}", inc_delta.normalize()) }) }</p>
            } else {
                <p>{ l.t("地方激励合计：", "Local incentives: ") }<crate::web::catalog::CatalogPending /></p>
            }
        </section>
    }
}
