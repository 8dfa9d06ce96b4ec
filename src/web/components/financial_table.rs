//! The financial figures by year (万元), with the ratios derived from them
//! beside each row. The columns are headed by the calendar year each covers
//! (from the assessment date); on a narrow screen (styles/phone.css) each
//! row becomes a group of fields labelled "2025 年 营业收入", one per line,
//! with its ratios under the group.

use super::field::Field;
use super::field_group::FieldState;
use crate::date::Date;
use crate::profile::fields::YEAR_ROWS;
use crate::profile::Year;
use crate::report::MetricsView;
use crate::rules::vocabulary::Metric;
use crate::text::Text;
use crate::web::i18n::{use_lang, LangContext};
use yew::prelude::*;

/// Which years of a financial row the rules read.
fn years_used(name: &str) -> &'static [Year] {
    match name {
        "operating_revenue" | "main_business_revenue" => &[Year::Y1, Year::Y2, Year::Y3],
        "rd_expense" => &[Year::Y1, Year::Y2],
        _ => &[Year::Y1],
    }
}

/// A derived ratio as shown beside its inputs: "12.5%" (the exact figure
/// written as people write it, never rounded onto a bound), or "—".
fn pct(v: Option<&str>) -> String {
    v.map_or_else(
        || "—".into(),
        |x| match x.parse::<rust_decimal::Decimal>() {
            Ok(d) => format!("{}%", crate::engine::explain::fmt_decimal(d)),
            Err(_) => format!("{x}%"),
        },
    )
}

/// The ratios the vocabulary shows beside `row` (a profile path such as
/// `financials.rd_expense`, or `company`), in its order; those sharing a
/// label share it: "占比 5% · 增长率 3% / 2%". `None` when there are none.
pub fn derived_line(m: &MetricsView, row: &str, l: &LangContext) -> Option<String> {
    line_of(beside(m, row).iter().map(|(k, v)| (*k, v.as_deref())), l)
}

/// The metrics the vocabulary shows beside `row`, with their values.
fn beside(m: &MetricsView, row: &str) -> Vec<(Metric, Option<String>)> {
    m.iter()
        .filter(|(metric, _)| metric.def().beside.is_some_and(|(at, _)| at == row))
        .map(|(metric, v)| (metric, v.map(str::to_string)))
        .collect()
}

fn line_of<'a>(
    values: impl Iterator<Item = (Metric, Option<&'a str>)>,
    l: &LangContext,
) -> Option<String> {
    let mut groups: Vec<(Text, Vec<String>)> = Vec::new();
    for (metric, v) in values {
        let Some((_, label)) = metric.def().beside else {
            continue;
        };
        match groups.last_mut() {
            Some((last, values)) if *last == label => values.push(pct(v)),
            _ => groups.push((label, vec![pct(v)])),
        }
    }
    (!groups.is_empty()).then(|| {
        groups
            .iter()
            .map(|(label, values)| format!("{} {}", l.text(*label), values.join(" / ")))
            .collect::<Vec<_>>()
            .join(" · ")
    })
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The cells of `YEAR_ROWS`, row by row.
    pub fields: Vec<FieldState>,
    pub metrics: MetricsView,
    pub on_change: Callback<(String, String)>,
    /// The assessment date: it decides which calendar year each column is.
    pub assessed: Date,
}

/// The financial figures by year, with the ratios derived from them.
#[function_component]
pub fn FinancialTable(props: &TableProps) -> Html {
    let l = use_lang();
    let year_name = |y: Year| match y {
        Year::Y1 => l.t("上年度", "last year"),
        Year::Y2 => l.t("上上年度", "year before"),
        Year::Y3 => l.t("前年度", "two years before"),
    };
    let calendar = |y: Year| y.calendar_year(props.assessed);
    html! {
        <div class="table-scroll fin">
            <table class="fin-table">
                <caption class="visually-hidden">{ l.t("财务数据（万元）", "Financial figures (10k CNY)") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ l.t("项目（万元）", "Item (万元)") }</th>
                        { for Year::ALL.iter().map(|&y| html! {
                            <th scope="col">
                                <span class="year">{ if l.is_en() { calendar(y).to_string() } else { format!("{} 年", calendar(y)) } }</span>
                                <span class="year-name">{ year_name(y) }</span>
                            </th>
                        }) }
                        <th scope="col">{ l.t("由此计算", "Derived") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for YEAR_ROWS.iter().zip(props.fields.chunks(3)).enumerate().map(|(row, (def, cells))| {
                        let name = def[0].path.split('.').nth(1).unwrap_or_default();
                        html! {
                            <FinRow key={name} {row} cells={cells.to_vec()} derived={beside(&props.metrics, &format!("financials.{name}"))}
                                on_change={props.on_change.clone()} assessed={props.assessed} />
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    /// The row's index in `YEAR_ROWS`.
    row: usize,
    /// Its cells, one a year.
    cells: Vec<FieldState>,
    /// The ratios shown beside it, with their values.
    derived: Vec<(Metric, Option<String>)>,
    on_change: Callback<(String, String)>,
    assessed: Date,
}

/// One financial row with its ratios: a component of its own, so that a
/// keystroke redraws only the rows whose cells or ratios it changed (the
/// table's other rows compare equal and are left as they are).
#[function_component]
fn FinRow(p: &RowProps) -> Html {
    let l = use_lang();
    let def = &YEAR_ROWS[p.row];
    let name = def[0].path.split('.').nth(1).unwrap_or_default();
    let used = years_used(name);
    let label = l.term(def[0].label);
    // "2025 年 营业收入" / "Revenue, 2025": the field's own label.
    let cell_label = |y: Year| {
        let calendar = y.calendar_year(p.assessed);
        if l.is_en() {
            format!("{label}, {calendar}")
        } else {
            format!("{calendar} 年 {label}")
        }
    };
    let line = line_of(p.derived.iter().map(|(k, v)| (*k, v.as_deref())), &l);
    html! {
        <tr>
            <th scope="row">
                { label.clone() }
                if let Some(h) = def[0].help { <span class="row-help">{ l.text(h) }</span> }
            </th>
            { for p.cells.iter().zip(Year::ALL).map(|(f, y)| html! {
                <td class={(!used.contains(&y)).then_some("na-cell")}>
                    if used.contains(&y) {
                        <Field path={f.path} text={f.text.clone()} problem={f.problem.clone()} on_change={p.on_change.clone()} in_table=true
                            label={cell_label(y)} />
                    } else {
                        <span class="na" aria-label={l.t("不需要", "not needed")}>{ "—" }</span>
                    }
                </td>
            }) }
            <td class="derived"><output>{ line.unwrap_or_default() }</output></td>
        </tr>
    }
}
