//! The client pack's comparison (issue 15 item 2): the chosen profiles or
//! scenarios side by side on paper, the same table as the 对比 page
//! (`SideBySideTable`) with every input listed, so the client sees what
//! each plan assumes and what it changes. Paper has no colour to rely on:
//! what differs is marked "≠" and set in bold (styles/print.css), and the
//! legend says so. Hidden on screen, like the report it sits in.

use super::side_by_side::SideBySideTable;
use crate::side_by_side::SideBySide;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// None (nothing printed) when fewer than two columns were chosen.
    pub table: Option<Shared<SideBySide>>,
}

#[function_component]
pub fn PrintScenarios(p: &Props) -> Html {
    let l = use_lang();
    // Its incentives row counts the local policies, fetched after the first
    // score: until they are there, the paper says so.
    let loaded = crate::web::catalog::use_catalog().loaded();
    let Some(table) = p.table.clone().filter(|t| t.0.names.len() >= 2) else {
        return html! {};
    };
    let cols = table.0.names.len();
    html! {
        <section class={classes!("print-scenarios", format!("print-cols-{cols}"))} data-print-scenarios={cols.to_string()}>
            <h2>{ l.t("方案对比", "Scenarios side by side") }</h2>
            <p class="help">
                { l.t("各列为所选档案或方案，在同一评估日期、同一规则下评估。标有“≠”并加粗的行，各列数值不同。",
                    "Each column is a chosen profile or scenario, assessed on the same date under the same rulebook. Rows marked “≠” in bold differ between the columns.") }
            </p>
            if !loaded {
                <p><crate::web::catalog::CatalogPending /></p>
            }
            <SideBySideTable {table} only_differing={false} />
        </section>
    }
}
