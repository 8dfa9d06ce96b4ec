//! Esc closes every open panel: each disclosure (`<details open>`) and each
//! button that has opened something (`aria-expanded="true"`, pressed again
//! so its component closes it). Focus goes back to the control that
//! opened a panel when the focus was inside it, so a keyboard user is not
//! left in a closed one.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// Listens on the document for as long as the returned listener lives.
pub fn close_panels_on_escape() -> EventListener {
    EventListener::new(&gloo::utils::document(), "keydown", |e| {
        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if e.key() != "Escape" {
            return;
        }
        let doc = gloo::utils::document();
        let all = |selector: &str| {
            doc.query_selector_all(selector)
                .map(|list| {
                    (0..list.length())
                        .filter_map(|i| list.item(i))
                        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        // A keyboard user inside a panel that closes goes back to what opened it.
        let active = doc.active_element();
        let holds_focus = |el: &web_sys::Element| el.contains(active.as_ref().map(|a| a.as_ref()));
        let mut refocus = None;
        for button in all("button[aria-expanded=\"true\"]") {
            let panel = button
                .get_attribute("aria-controls")
                .and_then(|id| doc.get_element_by_id(&id));
            if panel.as_ref().is_some_and(holds_focus) {
                refocus = Some(button.clone());
            }
            button.click();
        }
        for details in all("details[open]") {
            if holds_focus(&details) {
                refocus = details
                    .query_selector("summary")
                    .ok()
                    .flatten()
                    .and_then(|s| s.dyn_into::<HtmlElement>().ok());
            }
            let _ = details.remove_attribute("open");
        }
        if let Some(el) = refocus {
            let _ = el.focus();
        }
    })
}
