//! Profiles or scenarios in columns: each tier's verdict and score, the
//! local incentives, the next steps, and the inputs, what differs marked
//! by a sign and words as well as colour. Names wrap; none is cut.

use super::tier_card::verdict_words;
use crate::side_by_side::SideBySide;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub table: Shared<SideBySide>,
    /// Show only the inputs that differ.
    pub only_differing: bool,
}

/// A cell marked as differing: "≠" and words for screen readers.
fn mark(l: &crate::web::i18n::LangContext, differs: bool) -> Html {
    if differs {
        html! { <><span class="diff-sign" aria-hidden="true">{ "≠ " }</span><span class="visually-hidden">{ l.t("（各列不同）", "(differs) ") }</span></> }
    } else {
        html! {}
    }
}

#[function_component]
pub fn SideBySideTable(p: &Props) -> Html {
    let l = use_lang();
    let s = &p.table.0;
    let cols = s.names.len();
    let section = |title: &str| {
        html! {
            <tr class="sbs-section"><th scope="colgroup" colspan={(cols + 1).to_string()}>{ title.to_string() }</th></tr>
        }
    };
    html! {
        <div class="table-scroll">
            <table class="side-by-side" data-side-by-side={cols.to_string()}>
                <thead><tr>
                    <th scope="col"><span class="visually-hidden">{ l.t("项目", "Item") }</span></th>
                    { for s.names.iter().map(|n| html! { <th scope="col" class="col-name" title={n.clone()}>{ n.clone() }</th> }) }
                </tr></thead>
                <tbody>
                    { section(l.t("评估结论", "Verdicts")) }
                    { for s.tiers.iter().map(|t| html! {
                        <tr class={classes!(t.differs.then_some("differs"))} data-sbs-tier={t.key} data-differs={t.differs.to_string()}>
                            <th scope="row">{ mark(&l, t.differs) }{ l.term(t.name) }</th>
                            { for t.cells.iter().map(|(v, score)| match v {
                                None => html! { <td class="muted">{ "—" }</td> },
                                Some(v) => {
                                    let (icon, word) = verdict_words(*v, l.is_en());
                                    html! { <td class={classes!("verdict-chip", format!("verdict-{}", v.key()))} data-verdict={v.key()}><span aria-hidden="true">{ icon }</span>{ format!(" {word} {score}") }</td> }
                                }
                            }) }
                        </tr>
                    }) }
                    <tr class={classes!(s.incentives_differ.then_some("differs"))} data-sbs-incentives="true" data-differs={s.incentives_differ.to_string()}>
                        <th scope="row">{ mark(&l, s.incentives_differ) }{ l.t("地方激励合计", "Local incentives") }</th>
                        { for s.incentives.iter().map(|m| html! { <td>{ l.msg(m) }</td> }) }
                    </tr>
                    if !s.next_steps.is_empty() {
                        <tr data-sbs-next="true">
                            <th scope="row">{ l.t("下一步", "Next steps") }</th>
                            { for s.next_steps.iter().map(|steps| html! {
                                <td>if steps.is_empty() { <span class="muted">{ l.t("无", "None") }</span> } else { <ul class="sbs-steps">{ for steps.iter().map(|m| html! { <li>{ l.msg(m) }</li> }) }</ul> }</td>
                            }) }
                        </tr>
                    }
                    { section(l.t("企业数据", "Inputs")) }
                    { for s.inputs.iter().filter(|r| r.differs || !p.only_differing).map(|r| {
                        let unit = r.unit.map(|u| format!("，{}", l.text(u))).unwrap_or_default();
                        html! {
                            <tr class={classes!(r.differs.then_some("differs"))} data-sbs-input={r.label.zh} data-differs={r.differs.to_string()}>
                                <th scope="row">{ mark(&l, r.differs) }{ l.msg(&r.heading()).to_string() }<span class="muted">{ unit }</span></th>
                                { for r.values.iter().map(|v| html! { <td class="num">{ if v.is_empty() { "—".to_string() } else { v.clone() } }</td> }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
