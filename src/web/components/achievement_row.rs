//! One achievement row of the form: a kind, its attributes, a count.
//!
//! A row gets only its own achievement and sends only its own edit
//! ([`AchievementEdit`]), so typing in one row renders that row alone and
//! no row holds a copy of the list (issue 18 item 2).

use crate::incentives::catalog::{is_complete, kind_info, vocabulary};
use crate::profile::{Achievement, AchievementEdit, RowChange};
use crate::web::i18n::use_lang;
use crate::web::marked_choice::use_marked_choices;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub index: usize,
    /// This row only: a row re-renders only when its own achievement changes.
    pub row: Achievement,
    /// Shared by every row (one callback, never rebuilt per row).
    pub on_edit: Callback<AchievementEdit>,
}

#[function_component]
pub fn AchievementRow(props: &RowProps) -> Html {
    let l = use_lang();
    let root = use_node_ref();
    use_marked_choices(root.clone());
    let (i, a) = (props.index, &props.row);
    let send = {
        let cb = props.on_edit.clone();
        move |change: RowChange| cb.emit(AchievementEdit::Row { index: i, change })
    };
    let set_kind = {
        let send = send.clone();
        Callback::from(move |ev: Event| {
            send(RowChange::Kind(
                ev.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let set_count = {
        let send = send.clone();
        Callback::from(move |ev: InputEvent| {
            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(n) = v.trim().parse::<u32>() {
                send(RowChange::Count(n));
            }
        })
    };
    let set_series = {
        let send = send.clone();
        Callback::from(move |ev: Event| {
            send(RowChange::Series(
                ev.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let remove = {
        let send = send.clone();
        Callback::from(move |_| send(RowChange::Remove))
    };
    let kid = format!("ach-{i}-kind");
    let info = kind_info(&a.kind);
    html! {
        <li class="achievement" ref={root}>
            <div class="field">
                <label for={kid.clone()}>{ l.t("成果类型", "Kind") }</label>
                <select id={kid} name={format!("achievements[{i}].kind")} onchange={set_kind}>
                    <option value="" selected={a.kind.is_empty()}>{ l.t("请选择", "Choose…") }</option>
                    { for vocabulary().iter().map(|info| html! {
                        <option value={info.kind.as_str()} selected={info.kind == a.kind}>{ if l.is_en() { &info.label_en } else { &info.label_zh } }</option>
                    }) }
                </select>
            </div>
            { for info.into_iter().flat_map(|info| info.attributes.iter()).map(|attr_info| {
                let (attr, values) = (attr_info.name.as_str(), &attr_info.values);
                let unset = if attr_info.required { l.t("请选择", "Choose…") } else { l.t("— 未填写 —", "— not given —") };
                let set_attr = {
                    let send = send.clone();
                    Callback::from(move |ev: Event| {
                        let v = ev.target_unchecked_into::<HtmlSelectElement>().value();
                        send(RowChange::Attribute { name: attr.to_string(), value: Some(v) })
                    })
                };
                let aid = format!("ach-{i}-{attr}");
                let current = a.attribute(attr).unwrap_or_default();
                html! {
                    <div class="field">
                        <label for={aid.clone()}>{ attribute_label(attr, l.is_en()) }</label>
                        <select id={aid} name={format!("achievements[{i}].{attr}")} onchange={set_attr}>
                            <option value="" selected={current.is_empty()}>{ unset }</option>
                            { for values.iter().map(|(v, zh, en)| html! {
                                <option value={v.as_str()} selected={v == current}>{ if l.is_en() && !en.is_empty() { en } else if !zh.is_empty() { zh } else { v } }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
            <div class="field count">
                <label for={format!("ach-{i}-count")}>{ l.t("数量", "Count") }</label>
                <input id={format!("ach-{i}-count")} name={format!("achievements[{i}].count")} type="text" inputmode="numeric" value={a.count.to_string()} oninput={set_count} />
            </div>
            if a.kind == "standard" {
                <div class="check">
                    <input type="checkbox" id={format!("ach-{i}-series")} checked={a.series} onchange={set_series} />
                    <label for={format!("ach-{i}-series")}>{ l.t("为同一第一起草单位的系列标准", "A series with the same first drafter") }</label>
                </div>
            }
            if !is_complete(a) {
                <p class="help row-status">{ l.t("未选完（请选择），不计入激励。", "Not complete (Choose…): counts for nothing yet.") }</p>
            }
            <button type="button" class="remove" onclick={remove} aria-label={format!("{} {}", l.t("删除成果", "Remove achievement"), i + 1)}>{ l.t("删除", "Remove") }</button>
        </li>
    }
}

fn attribute_label(attr: &str, en: bool) -> String {
    let (zh, e) = match attr {
        "level" => ("级别", "Level"),
        "role" => ("角色", "Role"),
        "action" => ("制定/修订", "Draft or revise"),
        "scope" => ("范围", "Scope"),
        "body" => ("机构", "Body"),
        "grade" => ("等级", "Grade"),
        "type" => ("类别", "Type"),
        "joint" => ("区域协同标准", "Regional joint standard"),
        "pilot" => ("试点项目", "Pilot project"),
        "program" => ("培优计划", "Excellence programme"),
        // Never the attribute's code on the page (issue 13 item 6).
        _ => ("其他条件", "Further condition"),
    };
    if en {
        e.to_string()
    } else {
        zh.to_string()
    }
}
