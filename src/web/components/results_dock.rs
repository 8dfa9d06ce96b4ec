//! Where the results sit. On a wide screen: a sticky column beside the form
//! (the children, as they are). On a phone (the single-column layout of
//! styles/main.css): one line that stays in view at the top ("创新型 ✔ 75 ·
//! 专精特新 ? · 小巨人 ✘ · 激励 15–30 万", `data-summary`); a tap opens the
//! full results as a panel over the page, which a tap, Esc or the back
//! button closes. Focus moves into the panel and back to the line, and a
//! field focused behind it closes it: the panel never covers the field
//! being typed in.

use super::tier_card::verdict_words;
use crate::report::Report;
use crate::web::catalog::{use_catalog, CatalogState};
use crate::web::i18n::{use_lang, LangContext};
use crate::web::props::{Shared, TIER_ORDER};
use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The history entry the open panel pushes, so that "back" closes it.
const HISTORY_MARK: &str = "sme-results-open";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared<Report>,
    pub children: Html,
}

/// A tier's short name in the one-line summary.
fn short_name(key: &str, en: bool) -> &'static str {
    match (key, en) {
        ("tech_sme", false) => "科技型",
        ("tech_sme", true) => "Tech SME",
        ("innovative", false) => "创新型",
        ("innovative", true) => "Innovative",
        ("srdi", false) => "专精特新",
        ("srdi", true) => "SRDI",
        ("little_giant", false) => "小巨人",
        ("little_giant", true) => "Little giant",
        _ => "",
    }
}

/// The one line: each tier's short name, icon and score, then the
/// incentive total. Each part is kept whole when the line must wrap.
fn parts(r: &Report, l: &LangContext, catalog: CatalogState) -> Vec<String> {
    let en = l.is_en();
    let mut out: Vec<String> = TIER_ORDER
        .iter()
        .filter_map(|k| r.tiers.get(k).map(|t| (*k, t)))
        .map(|(k, t)| {
            let (icon, _) = verdict_words(t.verdict, en);
            let score = match t.score_range {
                Some([a, b]) if a == b => format!(" {a}"),
                Some([a, b]) => format!(" {a}–{b}"),
                None => String::new(),
            };
            format!("{} {icon}{score}", short_name(k, en))
        })
        .collect();
    // Until the policies have arrived the total is not known: say so.
    let total = match catalog {
        CatalogState::Loading => l.t("加载中…", "loading…").to_string(),
        CatalogState::Failed => l.t("未能加载", "not loaded").to_string(),
        CatalogState::Loaded if en => r.incentives.total_en(),
        CatalogState::Loaded => r.incentives.total_zh(),
    };
    out.push(format!(
        "{} {}",
        l.t("激励", "Incentives"),
        total.trim_end_matches('元')
    ));
    out
}

fn history() -> Option<web_sys::History> {
    gloo::utils::window().history().ok()
}

#[function_component]
pub fn ResultsDock(p: &Props) -> Html {
    let l = use_lang();
    let open = use_state(|| false);
    // Whether the open panel's history entry is still there to go back from.
    let pushed = use_mut_ref(|| false);
    // Whether closing returns focus to the line (not when the user moved
    // focus to a field behind the panel).
    let refocus = use_mut_ref(|| true);
    let bar_button = use_node_ref();
    let close_button = use_node_ref();
    let panel = use_node_ref();

    let close = {
        let (open, pushed, refocus) = (open.clone(), pushed.clone(), refocus.clone());
        Callback::from(move |focus_line: bool| {
            *refocus.borrow_mut() = focus_line;
            open.set(false);
            if std::mem::take(&mut *pushed.borrow_mut()) {
                if let Some(h) = history() {
                    let _ = h.back();
                }
            }
        })
    };
    let toggle = {
        let (open, close) = (open.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            if *open {
                close.emit(true)
            } else {
                open.set(true)
            }
        })
    };

    // While open: a history entry (back closes), Esc closes, focus moving
    // to a field behind the panel closes it; the page behind does not scroll.
    {
        let (open_now, open) = (*open, open.clone());
        let (pushed, close, refocus) = (pushed.clone(), close.clone(), refocus.clone());
        let (bar_button, close_button, panel) =
            (bar_button.clone(), close_button.clone(), panel.clone());
        use_effect_with(open_now, move |&is_open| {
            let root = gloo::utils::document_element();
            let mut listeners = Vec::new();
            if is_open {
                let _ = root.set_attribute("data-results-open", "");
                if let Some(h) = history() {
                    if h.push_state(&JsValue::from_str(HISTORY_MARK), "").is_ok() {
                        *pushed.borrow_mut() = true;
                    }
                }
                if let Some(b) = close_button.cast::<HtmlElement>() {
                    let _ = b.focus();
                }
                let doc = gloo::utils::document();
                let c = close.clone();
                listeners.push(EventListener::new(&doc, "keydown", move |e| {
                    let e: &KeyboardEvent = wasm_bindgen::JsCast::unchecked_ref(e);
                    if e.key() == "Escape" {
                        c.emit(true);
                    }
                }));
                let (c, panel2, bar2) = (close.clone(), panel.clone(), bar_button.clone());
                listeners.push(EventListener::new(&doc, "focusin", move |e| {
                    let target = e
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
                    let inside = |r: &NodeRef| r.get().is_some_and(|n| n.contains(target.as_ref()));
                    if !inside(&panel2) && !inside(&bar2) {
                        c.emit(false);
                    }
                }));
                let (open2, pushed2) = (open.clone(), pushed.clone());
                listeners.push(EventListener::new(
                    &gloo::utils::window(),
                    "popstate",
                    move |_| {
                        // Back: the entry is gone already.
                        *pushed2.borrow_mut() = false;
                        open2.set(false);
                    },
                ));
            } else {
                let _ = root.remove_attribute("data-results-open");
            }
            let was_open = is_open;
            move || {
                drop(listeners);
                if was_open && std::mem::replace(&mut *refocus.borrow_mut(), true) {
                    // Back on the line that opened it (focus is not left on
                    // a button that is gone).
                    if let Some(b) = bar_button.cast::<HtmlElement>() {
                        let _ = b.focus();
                    }
                }
            }
        });
    }

    let r = &p.report.0;
    let parts = parts(r, &l, use_catalog().state);
    let line = parts.join(" · ");
    let label = if *open {
        l.t("收起结果", "Hide the results")
    } else {
        l.t("展开完整结果", "Show the full results")
    };
    html! {
        <>
            <div class="phone-bar" data-summary={line.clone()}>
                <button type="button" ref={bar_button} class="phone-bar-button" aria-expanded={open.to_string()}
                    aria-controls="results-panel" onclick={toggle}>
                    <span class="phone-bar-line">
                        { for parts.iter().enumerate().map(|(i, s)| html! {
                            <>
                                if i > 0 { <span class="sep" aria-hidden="true">{ "·" }</span> }
                                <span class="part">{ s.clone() }</span>
                            </>
                        }) }
                    </span>
                    <span class="phone-bar-toggle" aria-hidden="true">{ if *open { "▲" } else { "▼" } }</span>
                    <span class="visually-hidden">{ format!("（{label}）") }</span>
                </button>
            </div>
            <aside id="results-panel" ref={panel} class={if *open { "side open" } else { "side" }}
                aria-label={l.t("评估结果", "Results")}
                role={open.then_some("dialog")} aria-modal={open.then_some("true")}>
                <div class="panel-head">
                    <span class="panel-title">{ l.t("评估结果", "Results") }</span>
                    <button type="button" ref={close_button} class="panel-close" onclick={close.reform(|_: MouseEvent| true)}>
                        { l.t("收起 ✕", "Close ✕") }
                    </button>
                </div>
                { p.children.clone() }
            </aside>
        </>
    }
}
