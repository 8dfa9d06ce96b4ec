//! The achievements local incentives pay for, as rows: a kind, its
//! attributes, a count.

use crate::incentives::catalog::{is_complete, kind_info, vocabulary};
use crate::profile::Achievement;
use crate::web::i18n::use_lang;
use crate::web::marked_choice::use_marked_choices;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AchievementsProps {
    pub list: Vec<Achievement>,
    pub on_change: Callback<Vec<Achievement>>,
}

/// Achievements as rows: a kind, its attributes, a count.
#[function_component]
pub fn Achievements(props: &AchievementsProps) -> Html {
    let l = use_lang();
    let root = use_node_ref();
    use_marked_choices(root.clone());
    let list = props.list.clone();
    let emit = {
        let cb = props.on_change.clone();
        move |list: Vec<Achievement>| cb.emit(list)
    };
    let add = {
        let list = list.clone();
        let emit = emit.clone();
        Callback::from(move |_| {
            let mut next = list.clone();
            // Nothing pre-chosen: the row reads 请选择 and counts for nothing
            // until the user says what it is.
            next.push(Achievement::blank());
            emit(next);
        })
    };
    html! {
        <div class="achievements" ref={root}>
            if list.is_empty() {
                <p class="help">{ l.t("尚未添加成果。地方激励按成果测算，例如主导制定的标准、企业标准“领跑者”、技术委员会秘书处、质量奖等。",
                    "No achievements yet. Local incentives pay for achievements such as standards led, enterprise-standard forerunner titles, committee secretariats, quality awards.") }</p>
            }
            <ol class="achievement-list">
                { for list.iter().enumerate().map(|(i, a)| {
                    let info = kind_info(&a.kind);
                    let set_kind = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: Event| {
                            let kind = ev.target_unchecked_into::<HtmlSelectElement>().value();
                            let mut next = list.clone();
                            // A new kind starts with nothing chosen (no value is invented).
                            next[i] = Achievement { kind, count: next[i].count, ..Achievement::default() };
                            emit(next);
                        })
                    };
                    let set_count = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: InputEvent| {
                            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
                            if let Ok(n) = v.trim().parse::<u32>() {
                                let mut next = list.clone();
                                next[i].count = n.min(10_000);
                                emit(next);
                            }
                        })
                    };
                    let remove = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |_| {
                            let mut next = list.clone();
                            next.remove(i);
                            emit(next);
                        })
                    };
                    let set_series = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: Event| {
                            let mut next = list.clone();
                            next[i].series = ev.target_unchecked_into::<HtmlInputElement>().checked();
                            emit(next);
                        })
                    };
                    let kid = format!("ach-{i}-kind");
                    html! {
                        <li key={i} class="achievement">
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
                                    let list = list.clone();
                                    let emit = emit.clone();
                                    Callback::from(move |ev: Event| {
                                        let v = ev.target_unchecked_into::<HtmlSelectElement>().value();
                                        let mut next = list.clone();
                                        if v.is_empty() { next[i].attributes.remove(attr); } else { next[i].attributes.insert(attr.to_string(), v); }
                                        emit(next);
                                    })
                                };
                                let aid = format!("ach-{i}-{attr}");
                                let current = a.attribute(attr).unwrap_or_default().to_string();
                                html! {
                                    <div class="field">
                                        <label for={aid.clone()}>{ attribute_label(attr, l.is_en()) }</label>
                                        <select id={aid} name={format!("achievements[{i}].{attr}")} onchange={set_attr}>
                                            <option value="" selected={current.is_empty()}>{ unset }</option>
                                            { for values.iter().map(|(v, zh, en)| html! {
                                                <option value={v.as_str()} selected={*v == current}>{ if l.is_en() && !en.is_empty() { en } else if !zh.is_empty() { zh } else { v } }</option>
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
                }) }
            </ol>
            <button type="button" onclick={add}>{ l.t("＋ 添加成果", "+ Add an achievement") }</button>
        </div>
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
