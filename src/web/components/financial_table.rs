//! The financial figures by year (万元), with the ratios derived from them
//! beside each row.

use super::field::Field;
use super::field_group::FieldState;
use crate::profile::fields::YEAR_ROWS;
use crate::profile::Year;
use crate::report::MetricsView;
use crate::web::i18n::use_lang;
use yew::prelude::*;

/// Which years of a financial row the rules read.
fn years_used(name: &str) -> &'static [Year] {
    match name {
        "operating_revenue" | "main_business_revenue" => &[Year::Y1, Year::Y2, Year::Y3],
        "rd_expense" => &[Year::Y1, Year::Y2],
        _ => &[Year::Y1],
    }
}

/// A derived ratio as shown beside its inputs: "12.5%", or "—" when unknown.
pub fn pct(v: &Option<String>) -> String {
    v.as_ref()
        .map(|x| format!("{x}%"))
        .unwrap_or_else(|| "—".into())
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The cells of `YEAR_ROWS`, row by row.
    pub fields: Vec<FieldState>,
    pub metrics: MetricsView,
    pub on_change: Callback<(String, String)>,
}

/// The financial figures by year, with the ratios derived from them.
#[function_component]
pub fn FinancialTable(props: &TableProps) -> Html {
    let l = use_lang();
    let m = &props.metrics;
    let derived = |row: &str| -> Option<String> {
        Some(match row {
            "main_business_revenue" => format!(
                "{} {} · {} {} / {} · {} {}",
                l.t("占比", "share"),
                pct(&m.main_business_share_y1),
                l.t("增长率", "growth"),
                pct(&m.main_business_growth_y1),
                pct(&m.main_business_growth_y2),
                l.t("近2年平均", "2-yr avg"),
                pct(&m.main_business_growth_avg_2y)
            ),
            "rd_expense" => format!(
                "{} {} / {}",
                l.t("占营业收入", "of revenue"),
                pct(&m.rd_ratio_y1),
                pct(&m.rd_ratio_y2)
            ),
            "net_profit" => format!(
                "{} {}",
                l.t("净利润率", "net margin"),
                pct(&m.net_margin_y1)
            ),
            "total_liabilities" => format!(
                "{} {}",
                l.t("资产负债率", "debt ratio"),
                pct(&m.debt_ratio_y1)
            ),
            "cost_expense_total" => format!(
                "{} {}",
                l.t("研发费用占比", "R&D share"),
                pct(&m.rd_to_cost_ratio_y1)
            ),
            _ => return None,
        })
    };
    html! {
        <div class="table-scroll">
            <table class="fin-table">
                <caption class="visually-hidden">{ l.t("财务数据（万元）", "Financial figures (10k CNY)") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ l.t("项目（万元）", "Item (万元)") }</th>
                        <th scope="col">{ l.t("上年度", "Last year") }</th>
                        <th scope="col">{ l.t("上上年度", "Year before") }</th>
                        <th scope="col">{ l.t("前年度", "Two years before") }</th>
                        <th scope="col">{ l.t("由此计算", "Derived") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for YEAR_ROWS.iter().zip(props.fields.chunks(3)).map(|(row, cells)| {
                        let name = row[0].path.split('.').nth(1).unwrap_or_default();
                        let used = years_used(name);
                        let label = l.term(row[0].label);
                        html! {
                            <tr key={name.to_string()}>
                                <th scope="row">
                                    { label.clone() }
                                    if let Some(h) = row[0].help { <span class="row-help">{ l.text(h) }</span> }
                                </th>
                                { for cells.iter().zip(Year::ALL).map(|(f, y)| html! {
                                    <td>
                                        if used.contains(&y) {
                                            <Field path={f.path} text={f.text.clone()} problem={f.problem.clone()} on_change={props.on_change.clone()} in_table=true
                                                label={format!("{label} · {}", match y { Year::Y1 => l.t("上年度", "last year"), Year::Y2 => l.t("上上年度", "year before"), Year::Y3 => l.t("前年度", "two years before") })} />
                                        } else {
                                            <span class="na" aria-label={l.t("不需要", "not needed")}>{ "—" }</span>
                                        }
                                    </td>
                                }) }
                                <td class="derived"><output>{ derived(name).unwrap_or_default() }</output></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
