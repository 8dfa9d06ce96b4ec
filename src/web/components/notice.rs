//! Notices: storage trouble (one typed error, one message) and the undo of
//! a deleted profile.

use crate::web::i18n::use_lang;
use crate::web::state::storage::{self, StorageError};
use crate::web::state::sync::Conflict;
use crate::web::util::{download, now_ms};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub storage: Option<StorageError>,
    pub on_dismiss_storage: Callback<()>,
    /// Lets saving overwrite saved data that could not be read or backed up.
    pub on_discard_unreadable: Callback<()>,
    /// The name of the profile just deleted, while it can be brought back.
    pub undone: Option<AttrValue>,
    pub on_undo: Callback<()>,
    /// Profiles another tab changed while this one had its own edits.
    pub conflicts: Vec<Conflict>,
    /// (entry id, keep mine).
    pub on_resolve: Callback<(String, bool)>,
}

/// Offers the saved text this build could not read as a file.
fn download_unreadable() {
    if let Some(raw) = storage::raw() {
        let name = format!("sme-calc-unreadable-{}.json", now_ms() as u64);
        let _ = download(&name, "application/json", raw.as_bytes());
    }
}

#[function_component]
pub fn Notices(props: &Props) -> Html {
    let l = use_lang();
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let dismiss = props.on_dismiss_storage.reform(|_: MouseEvent| ());
    html! {
        <div class="notices no-print">
            if let Some(err) = &props.storage {
                <div class="notice notice-warning" role="alert" data-storage-error="true">
                    <p>{ l.msg(&err.message()) }</p>
                    if matches!(err, StorageError::Corrupt { backup_key: None }) {
                        // No dismiss here: saving stays off until the user
                        // has taken the old data or let it go.
                        <button type="button" onclick={Callback::from(|_| download_unreadable())}>{ l.t("下载原数据", "Download the old data") }</button>
                        <button type="button" class="dismiss" onclick={props.on_discard_unreadable.reform(|_: MouseEvent| ())}>{ l.t("放弃原数据，开始保存", "Discard it and start saving") }</button>
                    } else {
                        <button type="button" class="dismiss" onclick={dismiss}>{ l.t("知道了", "Dismiss") }</button>
                    }
                </div>
            }
            { for props.conflicts.iter().map(|c| {
                let choose = |keep_mine: bool| {
                    let id = c.id.clone();
                    props.on_resolve.reform(move |_: MouseEvent| (id.clone(), keep_mine))
                };
                html! {
                    <div class="notice notice-warning" role="alert" data-tab-conflict={c.id.clone()}>
                        <p>{ format!("{}{}{}", l.t("另一窗口已修改此档案“", "Another window changed the profile \""), c.name, l.t("”：载入它的版本，或保留我的修改（写回存储）。", "\": load its version, or keep mine (saved over it).")) }</p>
                        <button type="button" data-load-theirs="true" onclick={choose(false)}>{ l.t("载入", "Load theirs") }</button>
                        <button type="button" data-keep-mine="true" onclick={choose(true)}>{ l.t("保留我的", "Keep mine") }</button>
                    </div>
                }
            }) }
            if let Some(gone) = &props.undone {
                <div class="notice notice-info" role="status">
                    <p>{ format!("{}{}", l.t("已删除档案：", "Deleted profile: "), gone) }</p>
                    <button type="button" onclick={undo}>{ l.t("撤销", "Undo") }</button>
                </div>
            }
        </div>
    }
}
