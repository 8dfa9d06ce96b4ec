//! Lists (`<select>`) show the choice the page marks.
//!
//! The page marks a list's choice with the `selected` attribute of its
//! `<option>`. A list follows that attribute only for options whose choice
//! was never changed: once the user (or, in Firefox, the list itself) has
//! changed it, the attribute no longer moves the choice. So after the page
//! changes a choice on its own (another profile, an example, an
//! achievement's new kind) the list could show a stale one, e.g. — 未填写 —
//! while the profile held 农、林、牧、渔业. After every render of the
//! component holding them, the lists under `root` are set to their mark.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

/// After every render, each list at or under `root` shows its marked option.
#[hook]
pub fn use_marked_choices(root: NodeRef) {
    use_effect(move || {
        if let Some(root) = root.cast::<Element>() {
            show_marked(&root);
        }
    });
}

/// Sets each list at or under `root` to the option marked `selected`.
pub fn show_marked(root: &Element) {
    if let Some(list) = root.dyn_ref::<HtmlSelectElement>() {
        show_mark(list);
    }
    let Ok(lists) = root.query_selector_all("select") else {
        return;
    };
    for i in 0..lists.length() {
        if let Some(list) = lists
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlSelectElement>().ok())
        {
            show_mark(&list);
        }
    }
}

fn show_mark(list: &HtmlSelectElement) {
    let marked = list
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .and_then(|o| o.get_attribute("value"));
    if let Some(value) = marked {
        if list.value() != value {
            list.set_value(&value);
        }
    }
}
