//! A tier's details: each indicator as input → band → points, opening (by
//! click or keyboard) the band table with the chosen band marked, the help
//! text and the article quoted from the seed; then every condition with
//! whether it is met, and the reasons for what is not.

use crate::engine::explain::CitationView;
use crate::report::{ConditionView, IndicatorView, RequirementView, TierView};
use crate::rules::model::{Indicator, Scoring, TierId};
use crate::rules::rulebook_by_id;
use crate::web::i18n::{use_lang, LangContext};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tier_key: AttrValue,
    pub tier: TierView,
    pub rulebook: AttrValue,
    /// The assessment date: names a yearly figure by its calendar year.
    pub date: Option<crate::Date>,
}

fn tier_id(key: &str) -> Option<TierId> {
    [
        TierId::TechSme,
        TierId::Innovative,
        TierId::Srdi,
        TierId::LittleGiant,
    ]
    .into_iter()
    .find(|t| t.key() == key)
}

fn declaration(rulebook: &str, tier: &str, id: &str) -> Option<&'static Indicator> {
    let t = rulebook_by_id(rulebook)?.tier(tier_id(tier)?)?;
    t.scorecard.as_ref()?.indicators.iter().find(|i| i.id == id)
}

/// An undecided indicator's value cell: the inputs it still needs, by
/// name (an answered input is never called missing).
fn still_missing(l: &LangContext, paths: &[String]) -> String {
    let names: Vec<String> = paths
        .iter()
        .map(|path| match crate::profile::fields::field(path) {
            Some(f) => {
                let name = l.term(f.label);
                name.strip_prefix("其中：")
                    .map(str::to_string)
                    .unwrap_or(name)
            }
            None if path == "qualifications.honors" => {
                l.t("有效期内的荣誉", "honours held").to_string()
            }
            None => l.t("其他信息", "other details").to_string(),
        })
        .collect();
    if names.is_empty() {
        return l.t("待定", "to be settled").to_string();
    }
    format!(
        "{}{}",
        l.t("待填：", "still needed: "),
        names.join(l.t("、", ", "))
    )
}

/// The article, quoted, with its source.
pub fn citation(l: &LangContext, c: &CitationView) -> Html {
    html! {
        <figure class="citation">
            <blockquote lang="zh-CN">{ c.quote }</blockquote>
            <figcaption>
                { format!("《{}》（{}）{}", c.document_zh, c.document_number, c.article) }
            </figcaption>
            // The source text's line, for whoever checks the tool against
            // it: closed, and without the file name (that is in the JSON).
            if let Some(line) = c.seed_line.filter(|_| c.seed_file.is_some()) {
                <details class="tech-details">
                    <summary>{ l.t("技术细节", "Technical detail") }</summary>
                    <p class="cite">{ format!("{} {line} {}", l.t("原文位于所附政策文本第", "The quote is at line"), l.t("行", "of the bundled policy text")) }</p>
                </details>
            }
        </figure>
    }
}

fn band_table(l: &LangContext, decl: &Indicator, chosen: Option<&str>) -> Html {
    let row = |label: &str, text: &str, points: u32| {
        let on = chosen == Some(label);
        html! {
            <tr class={classes!(on.then_some("chosen"))} aria-current={on.then_some("true")}>
                <td>{ label.to_string() }</td><td>{ text.to_string() }</td><td class="num">{ points }</td>
                <td>if on { <span class="chosen-mark">{ l.t("◀ 当前", "◀ here") }</span> }</td>
            </tr>
        }
    };
    let rows: Html = match &decl.scoring {
        Scoring::Bands { bands, .. } => bands
            .iter()
            .map(|b| row(b.label, l.text(b.text), b.points))
            .collect(),
        Scoring::BestOf(tables) => tables
            .iter()
            .flat_map(|(_, bands)| bands.iter())
            .map(|b| row(b.label, l.text(b.text), b.points))
            .collect(),
        Scoring::Ladder(rungs) => rungs
            .iter()
            .map(|r| row(r.label, l.text(r.text), r.points))
            .collect(),
        Scoring::PerItem { items, points_each } => html! {
            <>
                { for items.iter().map(|r| row(r.label, l.text(r.text), *points_each)) }
                <tr><td></td><td colspan="3">{ format!("{} {}", l.t("每项得分，最高", "each; at most"), decl.max_points) }</td></tr>
            </>
        },
        Scoring::PerStep {
            step, points_each, ..
        } => html! {
            <tr><td></td><td>{ format!("{} {} {} {} {}", l.t("每满", "per full"), step, l.t("年得", "years:"), points_each, l.t("分", "pt")) }</td><td class="num">{ decl.max_points }</td><td></td></tr>
        },
        Scoring::Entered { .. } => html! {
            <tr><td></td><td>{ l.t("由省级主管部门设定，填入本省自评得分", "Set by the province: enter your score under its rules") }</td><td class="num">{ decl.max_points }</td><td></td></tr>
        },
    };
    html! {
        <table class="band-table">
            <thead><tr><th scope="col">{ l.t("档", "Band") }</th><th scope="col">{ l.t("区间", "Range") }</th><th scope="col">{ l.t("分值", "Points") }</th><th></th></tr></thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    ind: IndicatorView,
    tier_key: AttrValue,
    rulebook: AttrValue,
    date: Option<crate::Date>,
}

#[function_component]
fn IndicatorRow(p: &RowProps) -> Html {
    let l = use_lang();
    let open = use_state(|| false);
    let i = &p.ind;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let detail_id = format!("why-{}", i.id);
    let decl = declaration(&p.rulebook, &p.tier_key, i.id);
    let points = if i.known {
        format!("{}", i.points)
    } else {
        format!("{}–{}", i.points_range[0], i.points_range[1])
    };
    html! {
        <>
            <tr class={classes!("ind-row", (!i.known).then_some("unknown"))} data-indicator={i.id}>
                <td class="num">{ i.number }</td>
                <th scope="row">
                    <button type="button" class="linklike" aria-expanded={open.to_string()} aria-controls={detail_id.clone()} onclick={toggle}>
                        { match p.date {
                            // "2025 年研发费用总额…（上年度）", as print and the reasons say it.
                            Some(d) if !l.is_en() => l.msg(&crate::engine::explain::dated(&i.name.into(), d)).to_string(),
                            _ => l.term(i.name),
                        } }
                    </button>
                </th>
                <td>{ i.value_text.clone().or_else(|| i.value.clone()).unwrap_or_else(|| if i.known { "—".into() } else { still_missing(&l, &i.missing) }) }</td>
                <td>{ i.band_text.map(|t| format!("{} {}", i.band.unwrap_or(""), l.text(t))).unwrap_or_else(|| i.band.unwrap_or("—").to_string()) }</td>
                <td class="num points">{ format!("{points} / {}", i.max) }</td>
            </tr>
            // The band table and the article are built only when opened: a
            // keystroke re-renders the rows whose score moved, and a closed
            // row should cost nothing.
            <tr id={detail_id} class="why" hidden={!*open}>
                <td colspan="5">
                if *open {
                    if !i.missing.is_empty() {
                        <p class="missing">{ format!("{}{}", l.t("待补充：", "Missing: "), i.missing.iter().map(|m| crate::profile::fields::field(m).map(|f| l.text(f.label).to_string()).unwrap_or_else(|| m.clone())).collect::<Vec<_>>().join("、")) }</p>
                    }
                    if let Some(d) = decl {
                        { band_table(&l, d, i.band) }
                        if let Some(h) = d.help { <p class="help">{ l.text(h) }</p> }
                    }
                    { citation(&l, &i.citation) }
                }
                </td>
            </tr>
        </>
    }
}

fn condition_item(l: &LangContext, c: &ConditionView) -> Html {
    let (icon, state) = match c.met {
        Some(true) => ("✔", l.t("满足", "met")),
        Some(false) => ("✘", l.t("不满足", "not met")),
        None => ("?", l.t("待确认", "to confirm")),
    };
    html! {
        <li class={classes!("condition", match c.met { Some(true) => "met", Some(false) => "unmet", None => "unknown" })} data-condition={c.id}>
            <details>
                <summary><span aria-hidden="true">{ icon }</span>{ " " }{ l.text(c.text) }<span class="state">{ format!("（{state}）") }</span></summary>
                { citation(l, &c.citation) }
            </details>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct RequirementProps {
    requirement: RequirementView,
}

/// One condition of a tier with its parts; a component so that a keystroke
/// which leaves it unchanged does not rebuild its quoted articles.
#[function_component]
fn Requirement(p: &RequirementProps) -> Html {
    let l = use_lang();
    let r = &p.requirement;
    html! {
        <li class={classes!("requirement", match r.met { Some(true) => "met", Some(false) => "unmet", None => "unknown" })}>
            <strong>{ l.text(r.name) }</strong>
            <ul>
                if r.score_route { <li class="condition">{ l.t("评价得分达到及格线（见上表）", "Score at or above the pass mark (table above)") }</li> }
                { for r.all_of.iter().map(|c| condition_item(&l, c)) }
            </ul>
            if !r.any_of.is_empty() {
                <p class="or">{ l.t("或满足下列直通条件之一：", "or any one of these direct conditions:") }</p>
                <ul>{ for r.any_of.iter().map(|c| condition_item(&l, c)) }</ul>
            }
        </li>
    }
}

#[function_component]
pub fn TierDetails(p: &Props) -> Html {
    let l = use_lang();
    let t = &p.tier;
    html! {
        <section class="tier-details" aria-labelledby={format!("det-{}", p.tier_key)}>
            <h3 id={format!("det-{}", p.tier_key)}>{ l.term(t.name) }</h3>
            if let Some(c) = t.caveat { <p class="provisional">{ l.text(c) }</p> }
            if !t.indicators.is_empty() {
                <table class="indicator-table">
                    <caption>{ l.t("评价指标（点击指标名称查看评分档次与条文）", "Indicators (open a name for its bands and article)") }</caption>
                    <thead><tr>
                        <th scope="col">{ "#" }</th><th scope="col">{ l.t("指标", "Indicator") }</th>
                        <th scope="col">{ l.t("数值", "Value") }</th><th scope="col">{ l.t("档次", "Band") }</th><th scope="col">{ l.t("得分", "Points") }</th>
                    </tr></thead>
                    <tbody>
                        { for t.indicators.iter().map(|i| html! { <IndicatorRow key={i.id} ind={i.clone()} tier_key={p.tier_key.clone()} rulebook={p.rulebook.clone()} date={p.date} /> }) }
                    </tbody>
                </table>
            }
            <h4>{ l.t("条件", "Conditions") }</h4>
            <ul class="requirements">
                { for t.conditions.iter().map(|r| html! { <Requirement key={r.id} requirement={r.clone()} /> }) }
            </ul>
            if !t.reasons.is_empty() {
                <h4>{ l.t("未满足或待确认", "Not met or to confirm") }</h4>
                <ul class="reasons">
                    { for t.reasons.iter().map(|r| html! {
                        <li class={classes!("reason", r.status.key())}>
                            { if l.is_en() { r.en.clone() } else { r.zh.clone() } }
                            <span class="cite">{ format!(" — {}", r.citation.article) }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
