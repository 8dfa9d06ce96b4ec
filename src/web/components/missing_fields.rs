//! What settles a 待定, on its card: the one line ("已达分数线；待确认：合规
//! 4 项") and a button per missing answer of the smallest deciding set,
//! each `data-missing-field="<profile path>"`; pressing one takes the user
//! to that control (`util::reveal_field`).

use crate::engine::missing::MissingGroup;
use crate::text::Message;
use crate::web::i18n::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub note: Option<Message>,
    pub groups: Vec<MissingGroup>,
}

#[function_component]
pub fn MissingFields(p: &Props) -> Html {
    let l = use_lang();
    // The smallest set; when no single set could decide, every field.
    let mut shown: Vec<&MissingGroup> = p.groups.iter().filter(|g| g.needed).collect();
    if shown.is_empty() {
        shown = p.groups.iter().collect();
    }
    if shown.is_empty() {
        return html! {};
    }
    html! {
        <div class="missing" data-missing="">
            if let Some(n) = &p.note { <p class="missing-note">{ l.msg(n) }</p> }
            <ul class="missing-fields" aria-label={l.t("待填写的项目", "Answers still needed")}>
                { for shown.into_iter().map(|g| {
                    let path = g.path.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        crate::web::util::reveal_field(&path);
                    });
                    html! { <li><button type="button" class="missing-field" data-missing-field={g.path.clone()} {onclick}
                        title={l.t("转到此项", "Go to this field")}>{ l.msg(&g.label) }</button></li> }
                }) }
            </ul>
        </div>
    }
}
