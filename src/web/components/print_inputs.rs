//! The client pack's input figures: every answer the assessment rests on,
//! a yearly figure with the calendar year it covers, so a client can check
//! what was assumed.

use crate::side_by_side::input_rows;
use crate::web::i18n::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub profile: std::rc::Rc<crate::profile::Profile>,
    pub date: crate::Date,
}

#[function_component]
pub fn PrintInputs(p: &Props) -> Html {
    let l = use_lang();
    let rows = input_rows(&[&p.profile], p.date);
    html! {
        <section class="print-inputs">
            <h2>{ l.t("企业填报数据", "Input figures") }</h2>
            <table>
                <thead><tr><th>{ l.t("项目", "Item") }</th><th>{ l.t("填报值", "Value") }</th><th>{ l.t("单位", "Unit") }</th></tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr data-print-input={r.label.zh}>
                        <td>{ l.msg(&r.heading()).to_string() }</td>
                        <td class="num">{ r.values[0].clone() }</td>
                        <td>{ r.unit.map(|u| l.text(u)).unwrap_or("") }</td>
                    </tr>
                }) }</tbody>
            </table>
        </section>
    }
}
