//! The portfolio's table: sortable columns, each row's verdicts and
//! scores, its incentives, and — for a row with data errors — the errors
//! in words beside it (row, column as the file writes it, what to write).
//! Shows the first rows of a long view, with a button for all.

use super::tier_card::verdict_words;
use crate::portfolio::{score_text, Row};
use crate::rules::model::TierId;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub rows: Shared<Vec<Row>>,
    /// Indices into `rows`, filtered and sorted.
    pub view: Shared<Vec<usize>>,
    pub tiers: Vec<TierId>,
    /// The column sorted on, and whether ascending.
    pub sort: (String, bool),
    pub on_sort: Callback<String>,
    pub on_open: Callback<u32>,
}

/// Rows shown before "show all".
pub const FIRST_ROWS: usize = 200;

#[function_component]
pub fn PortfolioTable(p: &Props) -> Html {
    let l = use_lang();
    let show_all = use_state(|| false);
    let rows = &p.rows.0;
    let view = &p.view.0;
    let shown = if *show_all {
        view.len()
    } else {
        view.len().min(FIRST_ROWS)
    };
    let sort_by = |key: &str| {
        let cb = p.on_sort.clone();
        let key = key.to_string();
        Callback::from(move |_| cb.emit(key.clone()))
    };
    let aria_sort = |key: &str| -> &'static str {
        match (p.sort.0 == key, p.sort.1) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    };
    let head = |key: &str, label: &str| {
        html! {
            <th scope="col" aria-sort={aria_sort(key)}><button type="button" class="linklike" onclick={sort_by(key)}>{ label.to_string() }</button></th>
        }
    };
    let open = |row: u32| {
        let cb = p.on_open.clone();
        Callback::from(move |_| cb.emit(row))
    };
    let toggle = {
        let s = show_all.clone();
        Callback::from(move |_| s.set(!*s))
    };
    html! {
        <>
            <div class="table-scroll">
                <table class="portfolio-table catalog-items">
                    <thead><tr>
                        { head("row", l.t("行", "Row")) }
                        { head("name", l.t("企业", "Company")) }
                        { head("region", l.t("地区", "Region")) }
                        { for p.tiers.iter().map(|k| head(k.key(), l.text(k.short_name()))) }
                        { head("incentives", l.t("地方激励（万元）", "Incentives (万元)")) }
                        <th scope="col"><span class="visually-hidden">{ l.t("操作", "Actions") }</span></th>
                    </tr></thead>
                    <tbody>
                        { for view[..shown].iter().map(|&i| {
                            let x = &rows[i];
                            let bad = !x.errors.is_empty();
                            html! {
                                <tr key={x.row.to_string()} data-portfolio-row={x.row.to_string()} class={classes!(bad.then_some("row-error"))} data-row-errors={x.errors.len().to_string()}>
                                    <td class="num">{ x.row }</td>
                                    <td>
                                        <span class="company-name">{ if x.name.is_empty() && bad { l.t("（未能读取）", "(unreadable)").to_string() } else { x.name.clone() } }</span>
                                        if bad {
                                            <ul class="row-errors" aria-label={l.t("数据问题", "Data problems")}>
                                                { for x.errors.iter().map(|e| html! {
                                                    <li data-error-row={e.row.to_string()}>
                                                        <span aria-hidden="true">{ "⚠ " }</span>
                                                        { if e.column.is_empty() {
                                                            format!("{} {} {}：{}", l.t("第", "Row"), e.row, l.t("行", ""), if l.is_en() { &e.en } else { &e.zh })
                                                        } else {
                                                            format!("{} {} {}“{}”{}{}", l.t("第", "Row"), e.row, l.t("行", ", column"), e.column, l.t("：", ": "), if l.is_en() { &e.en } else { &e.zh })
                                                        } }
                                                    </li>
                                                }) }
                                            </ul>
                                        }
                                    </td>
                                    <td>{ format!("{}{}", x.province, x.city) }</td>
                                    { for p.tiers.iter().map(|k| match x.tiers.iter().find(|t| t.0 == *k) {
                                        Some((k, v, lo, hi)) => {
                                            let (icon, word) = verdict_words(*v, l.is_en());
                                            let score = score_text(*lo, *hi);
                                            html! { <td class={classes!("verdict-chip", format!("verdict-{}", v.key()))} data-tier={k.key()} data-verdict={v.key()}><span aria-hidden="true">{ icon }</span>{ format!(" {word} {score}") }</td> }
                                        }
                                        None => html! { <td class="muted">{ l.t("未评分", "not scored") }</td> },
                                    }) }
                                    <td class="num">{ if x.tiers.is_empty() { String::new() } else { x.incentives_total_wan.normalize().to_string() } }</td>
                                    <td>if x.tiers.is_empty() { } else { <button type="button" class="small" onclick={open(x.row)}>{ l.t("打开", "Open") }</button> }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if view.len() > FIRST_ROWS {
                <button type="button" onclick={toggle}>{ if *show_all { l.t("只显示前 200 行", "Show the first 200") } else { l.t("显示全部", "Show all") } }</button>
            }
        </>
    }
}
