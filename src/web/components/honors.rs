//! The honours of 附件1 一（二）: a tick box each, and "none of these".

use crate::profile::fields::HONOR_LABELS;
use crate::profile::Honor;
use crate::web::i18n::use_lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HonorsProps {
    pub honors: Option<Vec<Honor>>,
    pub on_honor: Callback<(Honor, bool)>,
    pub on_known: Callback<bool>,
}

/// The honours of 附件1 一（二）: each a tick box, and "none of these" so
/// that "none" is an answer, not a blank.
#[function_component]
pub fn Honors(props: &HonorsProps) -> Html {
    let l = use_lang();
    let honors = props.honors.clone();
    let none_checked = honors.as_ref().is_some_and(|h| h.is_empty());
    let on_none = {
        let cb = props.on_known.clone();
        let on_honor = props.on_honor.clone();
        let current = honors.clone().unwrap_or_default();
        Callback::from(move |ev: Event| {
            let checked = ev.target_unchecked_into::<HtmlInputElement>().checked();
            for h in &current {
                on_honor.emit((*h, false));
            }
            cb.emit(checked);
        })
    };
    html! {
        <fieldset class="field honors">
            <legend>{ l.t("有效期内的荣誉（附件1 一（二））", "Valid honours (附件1 一（二）)") }</legend>
            { for HONOR_LABELS.iter().map(|(h, t)| {
                let checked = honors.as_ref().is_some_and(|v| v.contains(h));
                let cb = props.on_honor.clone();
                let h = *h;
                let id = format!("honor-{h:?}");
                html! {
                    <div class="check">
                        <input type="checkbox" id={id.clone()} name="qualifications.honors" value={format!("{h:?}")} {checked}
                            onchange={Callback::from(move |ev: Event| cb.emit((h, ev.target_unchecked_into::<HtmlInputElement>().checked())))} />
                        <label for={id}>{ l.term(*t) }</label>
                    </div>
                }
            }) }
            <div class="check">
                <input type="checkbox" id="honor-none" checked={none_checked} onchange={on_none} />
                <label for="honor-none">{ l.t("以上均无", "None of these") }</label>
            </div>
            if honors.is_none() {
                <p class="help">{ l.t("未填写：勾选拥有的荣誉，或勾选“以上均无”。", "Not given: tick the honours held, or “None of these”.") }</p>
            }
        </fieldset>
    }
}
