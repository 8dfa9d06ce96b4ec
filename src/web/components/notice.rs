//! Notices: storage trouble (one typed error, one message) and the undo of
//! a deleted profile.

use crate::web::app::Store;
use crate::web::i18n::use_lang;
use crate::web::state::storage::StorageError;
use crate::web::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub storage: Option<StorageError>,
    pub on_dismiss_storage: Callback<()>,
    pub store: Store,
}

#[function_component]
pub fn Notices(props: &Props) -> Html {
    let l = use_lang();
    let undo = {
        let store = props.store.clone();
        Callback::from(move |_| store.dispatch(Action::Undo))
    };
    let dismiss = props.on_dismiss_storage.reform(|_: MouseEvent| ());
    html! {
        <div class="notices no-print">
            if let Some(err) = &props.storage {
                <div class="notice notice-warning" role="alert" data-storage-error="true">
                    <p>{ l.msg(&err.message()) }</p>
                    <button type="button" class="dismiss" onclick={dismiss}>{ l.t("知道了", "Dismiss") }</button>
                </div>
            }
            if let Some((_, gone)) = &props.store.undo {
                <div class="notice notice-info" role="status">
                    <p>{ format!("{}{}", l.t("已删除档案：", "Deleted profile: "), gone.name) }</p>
                    <button type="button" onclick={undo}>{ l.t("撤销", "Undo") }</button>
                </div>
            }
        </div>
    }
}
