//! The focused field stays in sight on a phone: when a control takes focus,
//! and again when the on-screen keyboard resizes the visual viewport, a
//! field (with its label and message) that lies under the summary bar or
//! below the keyboard's edge is scrolled to the upper third of what is left.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, EventTarget};
use yew::prelude::*;

/// The single-column layout of styles/main.css, where the summary bar shows.
const NARROW: &str = "(max-width: 900px)";
/// Room kept between the field and the bar or the keyboard, in CSS px.
const MARGIN: f64 = 8.0;

/// `window.visualViewport` (read through JS: web-sys gates its binding
/// behind unstable APIs).
fn visual_viewport() -> Option<JsValue> {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("visualViewport"))
        .ok()
        .filter(|v| v.is_object())
}

fn number(v: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .and_then(|n| n.as_f64())
}

fn narrow() -> bool {
    gloo::utils::window()
        .match_media(NARROW)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The control, if the element is one a user types into or picks from.
fn as_control(e: Element) -> Option<Element> {
    matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA").then_some(e)
}

fn bring_into_view(control: &Element) {
    if !narrow() {
        return;
    }
    let window = gloo::utils::window();
    let inner = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    // The keyboard shrinks the visual viewport, not the layout one.
    let (v_top, v_height) = visual_viewport()
        .and_then(|v| Some((number(&v, "offsetTop")?, number(&v, "height")?)))
        .unwrap_or((0.0, inner));
    let bar_bottom = gloo::utils::document()
        .query_selector(".phone-bar")
        .ok()
        .flatten()
        .map(|b| b.get_bounding_client_rect().bottom())
        .unwrap_or(0.0)
        .max(0.0);
    let top = v_top.max(bar_bottom) + MARGIN;
    let bottom = v_top + v_height - MARGIN;
    // The field's block (label, control, message) when it fits, else the control.
    let field = control
        .closest(".field, .cell-field, .achievement")
        .ok()
        .flatten()
        .map(|f| f.get_bounding_client_rect())
        .filter(|r| r.height() <= bottom - top);
    let rect = field.unwrap_or_else(|| control.get_bounding_client_rect());
    if rect.top() < top || rect.bottom() > bottom {
        let room = (bottom - top - rect.height()).max(0.0);
        window.scroll_by_with_x_and_y(0.0, rect.top() - (top + room / 3.0));
    }
}

fn active_control() -> Option<Element> {
    gloo::utils::document()
        .active_element()
        .and_then(as_control)
}

/// Installs the listeners for the app's lifetime (call once, at the root).
#[hook]
pub fn use_focused_field_in_view() {
    use_effect_with((), |_| {
        let focus = EventListener::new(&gloo::utils::document(), "focusin", |e| {
            let Some(control) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(as_control)
            else {
                return;
            };
            // After the browser's own scrolling, and once more after the
            // keyboard has slid in (when the visual viewport reports no resize).
            bring_into_view(&control);
            Timeout::new(400, move || {
                if active_control().as_ref() == Some(&control) {
                    bring_into_view(&control)
                }
            })
            .forget();
        });
        let resize = visual_viewport().map(|v| {
            EventListener::new(v.unchecked_ref::<EventTarget>(), "resize", |_| {
                if let Some(c) = active_control() {
                    bring_into_view(&c)
                }
            })
        });
        move || drop((focus, resize))
    });
}
