//! One form control for one profile field, driven by the field registry:
//! visible label tied to the control, unit, help text (from 附件4), and the
//! message at the field when what was typed is not accepted. `name` is the
//! field's path in `sme-profile/1` (a stable hook for tests and tools).

use crate::profile::fields::{field, Kind};
use crate::text::Message;
use crate::web::i18n::use_lang;
use crate::web::marked_choice::use_marked_choices;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub path: AttrValue,
    pub text: AttrValue,
    #[prop_or_default]
    pub problem: Option<Message>,
    pub on_change: Callback<(String, String)>,
    /// Inside the financial table: the row and column say what it is on a
    /// wide screen; the label shows when the table is stacked (phone.css).
    #[prop_or_default]
    pub in_table: bool,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

pub fn control_id(path: &str) -> String {
    format!("f-{}", path.replace('.', "-"))
}

/// Reports the value chosen in a `<select>` under the field's path.
fn on_select(on_change: &Callback<(String, String)>, path: &str) -> Callback<Event> {
    let (on_change, path) = (on_change.clone(), path.to_string());
    Callback::from(move |e: Event| {
        on_change.emit((
            path.clone(),
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    })
}

#[function_component]
pub fn Field(props: &Props) -> Html {
    let l = use_lang();
    let list = use_node_ref();
    use_marked_choices(list.clone());
    let Some(f) = field(&props.path) else {
        return html! {};
    };
    let id = control_id(&props.path);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-err");
    let label = props
        .label
        .clone()
        .map(|s| s.to_string())
        .unwrap_or_else(|| l.term(f.label));
    let invalid = props.problem.as_ref().is_some_and(|m| !m.zh.is_empty());
    let described = [
        (f.help.is_some() && !props.in_table).then(|| help_id.clone()),
        invalid.then(|| err_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let path = props.path.to_string();

    let control = match f.kind {
        Kind::Bool => {
            let onchange = on_select(&props.on_change, &path);
            let opt = |v: &str, text: &str| html! { <option value={v.to_string()} selected={props.text == v}>{ text.to_string() }</option> };
            html! {
                <select ref={list.clone()} id={id.clone()} name={path.clone()} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()}>
                    { opt("", l.t("— 未填写 —", "— not given —")) }
                    { opt("true", l.t("是", "Yes")) }
                    { opt("false", l.t("否", "No")) }
                </select>
            }
        }
        Kind::Choice(options) => {
            let onchange = on_select(&props.on_change, &path);
            html! {
                <select ref={list.clone()} id={id.clone()} name={path.clone()} {onchange} aria-invalid={invalid.to_string()} aria-describedby={described.clone()}>
                    <option value="" selected={props.text.is_empty()}>{ l.t("— 未填写 —", "— not given —") }</option>
                    { for options.iter().map(|(v, t)| html! {
                        <option value={*v} selected={props.text == *v}>{ l.term(*t) }</option>
                    }) }
                </select>
            }
        }
        _ => {
            let on_change = props.on_change.clone();
            let p = path.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                on_change.emit((
                    p.clone(),
                    e.target_unchecked_into::<HtmlInputElement>().value(),
                ))
            });
            let (ty, mode) = match f.kind {
                Kind::Date => ("date", None),
                Kind::Text => ("text", None),
                Kind::Count => ("text", Some("numeric")),
                _ => ("text", Some("decimal")),
            };
            html! {
                <input id={id.clone()} name={path.clone()} type={ty} inputmode={mode} value={props.text.clone()} {oninput}
                    autocomplete="off" spellcheck="false" aria-invalid={invalid.to_string()} aria-describedby={described.clone()} />
            }
        }
    };
    let unit = f
        .unit
        .map(|u| html! { <span class="unit" aria-hidden="true">{ l.text(u) }</span> });
    // Always one child in this slot (an empty node when valid): a changing
    // number of children would make Yew rebuild the input and drop focus.
    let message = invalid.then(|| {
        let m = props.problem.as_ref().map(|m| l.msg(m).to_string()).unwrap_or_default();
        html! { <p id={err_id.clone()} class="field-error" aria-live="polite">{ format!("⚠ {m}（{}）", l.t("结果仍按上一个有效值计算", "results still use the last valid value")) }</p> }
    });
    if props.in_table {
        return html! {
            <div class={if invalid { "cell-field invalid" } else { "cell-field" }}>
                <label for={id.clone()} class="cell-label">{ label }</label>
                <span class="input-with-unit">{ control }{ unit }</span>
                { message.clone().unwrap_or_default() }
            </div>
        };
    }
    html! {
        <div class={if invalid { "field invalid" } else { "field" }}>
            <label for={id.clone()}>{ label }</label>
            <span class="input-with-unit">{ control }{ unit }</span>
            if let Some(h) = f.help {
                <p id={help_id} class="help">{ l.text(h) }</p>
            }
            { message.clone().unwrap_or_default() }
        </div>
    }
}
