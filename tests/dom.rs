#![cfg(all(target_arch = "wasm32", feature = "web"))]
//! Component tests in a real browser (wasm-bindgen-test, headless Chromium):
//!
//!   CHROMEDRIVER=/usr/bin/chromedriver \
//!     cargo test --target wasm32-unknown-unknown --features web --test dom
//!
//! Each test mounts into its own `<div>`, queries only inside it and
//! unmounts at the end. Typing is a bubbling `InputEvent` on the control
//! (Yew delegates listeners to the root, so events must bubble).

use sme_calc::report::{report_without_advice, Report, TierView};
use sme_calc::text::Lang;
use sme_calc::web::app::App;
use sme_calc::web::components::score_bar::ScoreBar;
use sme_calc::web::components::tier_card::TierCard;
use sme_calc::web::i18n::LangContext;
use sme_calc::web::props::{Shared, TierOf};
use sme_calc::web::state::storage::KEY;
use sme_calc::{assess, parse_profile, Date, Profile};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const STRONG: &str = include_str!("golden/bases/strong.json");
const ANNEX1_LOW: &str = include_str!("golden/bases/annex1_low.json");
/// The date of the golden cases on these bases.
const GOLDEN_DATE: Date = Date::ymd(2025, 6, 30);

// ---------------------------------------------------------------- helpers

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn clear_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(KEY).unwrap();
}

/// A fresh mount point in `<body>`.
fn mount_point() -> Element {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to 5 s: a debug build on a loaded CI core is slow) for
/// `check` to hold; Yew renders and runs its
/// effects on its own scheduler.
async fn eventually(check: impl Fn() -> bool) -> bool {
    for _ in 0..500 {
        if check() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    check()
}

fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn q_opt(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    q(root, selector).get_attribute(name)
}

fn score(root: &Element, tier: &str) -> Option<String> {
    attr(root, &format!("[data-tier=\"{tier}\"]"), "data-score")
}

/// A DOM event built by the page's own constructor (`InputEvent`, `Event`),
/// bubbling.
fn event(constructor: &str, kind: &str) -> web_sys::Event {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &constructor.into())
        .unwrap()
        .unchecked_into();
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&kind.into(), &init))
        .unwrap()
        .unchecked_into()
}

/// Types `text` into the control named `path`: sets the value and fires a
/// bubbling `input` event, as a keystroke would.
async fn type_into(root: &Element, path: &str, text: &str) {
    let input: HtmlInputElement = q(root, &format!("[name=\"{path}\"]")).unchecked_into();
    input.set_value(text);
    input.dispatch_event(&event("InputEvent", "input")).unwrap();
    settle().await;
}

/// Sets an input whose listener is `onchange` (the assessment date).
async fn change(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = q(root, selector).unchecked_into();
    input.set_value(value);
    input.dispatch_event(&event("Event", "change")).unwrap();
    settle().await;
}

fn button(root: &Element, text: &str) -> HtmlElement {
    let list = root.query_selector_all("button").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
}

/// Mounts the whole app on a clean slate, on the full form (a new profile
/// opens on the quick check: `mount_quick`).
async fn mount_app() -> (Element, yew::AppHandle<App>) {
    let (root, handle) = mount_quick().await;
    if let Some(full) = q_opt(&root, "[data-full-form]") {
        full.unchecked_into::<HtmlElement>().click();
        settle().await;
    }
    (root, handle)
}

/// Mounts the whole app on a clean slate, as a new user sees it.
async fn mount_quick() -> (Element, yew::AppHandle<App>) {
    install_catalog();
    clear_storage();
    let root = mount_point();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    (root, handle)
}

fn unmount<C: BaseComponent>(root: Element, handle: yew::AppHandle<C>) {
    handle.destroy();
    root.remove();
}

// ------------------------------------------------------------------ tests

#[wasm_bindgen_test]
async fn app_renders_three_tier_cards() {
    let (root, handle) = mount_app().await;
    let tiers = |root: &Element| -> Vec<String> {
        let cards = root.query_selector_all("[data-tier]").unwrap();
        (0..cards.length())
            .filter_map(|i| cards.item(i))
            .filter_map(|n| n.unchecked_into::<Element>().get_attribute("data-tier"))
            .collect()
    };
    // Today's rulebook may add a tier (2026: 科技型中小企业); the three of
    // the 2022 rules are always there, in the order a company climbs them.
    eventually(|| tiers(&root).len() >= 3).await;
    let today: Vec<String> = tiers(&root)
        .into_iter()
        .filter(|t| ["innovative", "srdi", "little_giant"].contains(&t.as_str()))
        .collect();
    assert_eq!(today, ["innovative", "srdi", "little_giant"]);
    // Under the 2022 rules: exactly these three cards.
    change(&root, "#assessment-date", "2025-06-30").await;
    eventually(|| tiers(&root).len() == 3).await;
    assert_eq!(tiers(&root), ["innovative", "srdi", "little_giant"]);
    for t in tiers(&root) {
        let q = attr(&root, &format!("[data-tier=\"{t}\"]"), "data-qualified");
        assert!(
            matches!(q.as_deref(), Some("true") | Some("false")),
            "{t}: data-qualified {q:?}"
        );
    }
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn typing_rd_expense_changes_the_score() {
    let (root, handle) = mount_app().await;
    change(&root, "#assessment-date", "2025-06-30").await;
    type_into(&root, "financials.operating_revenue.y1", "10000").await;
    // 附件1 ind. 2 on revenue 10000: 30 → 0.3% (band E, 0), 300 → 3% (band B, 15).
    type_into(&root, "financials.rd_expense.y1", "30").await;
    let low: u32 = score(&root, "innovative").unwrap().parse().unwrap();
    type_into(&root, "financials.rd_expense.y1", "300").await;
    let num = |root: &Element| {
        score(root, "innovative")
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(0)
    };
    eventually(|| num(&root) == low + 15).await;
    let high = num(&root);
    assert_eq!(high, low + 15, "crossing 3% adds band B's 15 points");
    type_into(&root, "financials.rd_expense.y1", "700").await;
    eventually(|| num(&root) == low + 20).await;
    let top = num(&root);
    assert_eq!(top, low + 20, "7% is band A, 20 points");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn invalid_value_shows_a_field_error_and_keeps_the_score() {
    let (root, handle) = mount_app().await;
    change(&root, "#assessment-date", "2025-06-30").await;
    type_into(&root, "financials.operating_revenue.y1", "10000").await;
    type_into(&root, "financials.rd_expense.y1", "300").await;
    let valid = score(&root, "innovative");
    assert!(q_opt(&root, ".field-error").is_none());

    type_into(&root, "financials.rd_expense.y1", "300abc").await;
    eventually(|| q_opt(&root, "#f-financials-rd_expense-y1-err").is_some()).await;
    let input = q(&root, "[name=\"financials.rd_expense.y1\"]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let err = q(&root, "#f-financials-rd_expense-y1-err");
    assert_eq!(err.class_name(), "field-error");
    let cell = input
        .closest(".cell-field")
        .unwrap()
        .expect("in a table cell");
    assert!(
        cell.contains(Some(&err)),
        "the message sits beside the control"
    );
    assert_eq!(
        score(&root, "innovative"),
        valid,
        "the last valid value still drives the score"
    );
    assert_eq!(
        input.unchecked_ref::<HtmlInputElement>().value(),
        "300abc",
        "what was typed is kept"
    );

    // A cross-field rule: more R&D staff than employees.
    type_into(&root, "company.employees", "100").await;
    type_into(&root, "company.rd_employees", "20").await;
    let srdi = score(&root, "srdi");
    type_into(&root, "company.rd_employees", "200").await;
    eventually(|| q_opt(&root, "#f-company-rd_employees-err").is_some()).await;
    let err = q(&root, "#f-company-rd_employees-err");
    assert!(err
        .text_content()
        .unwrap()
        .contains("研发人员不能多于职工总数"));
    assert_eq!(
        attr(&root, "[name=\"company.rd_employees\"]", "aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(score(&root, "srdi"), srdi);
    unmount(root, handle);
}

/// The control a user is typing into must survive its message appearing:
/// if it is replaced, the focus (and every further keystroke) is lost.
#[wasm_bindgen_test]
async fn the_control_survives_its_error_message_appearing() {
    let (root, handle) = mount_app().await;
    type_into(&root, "company.employees", "300").await;
    let before = q(&root, "[name=\"company.employees\"]");
    before.unchecked_ref::<HtmlElement>().focus().unwrap();
    type_into(&root, "company.employees", "300a").await;
    eventually(|| q_opt(&root, "#f-company-employees-err").is_some()).await;
    assert!(
        q_opt(&root, "#f-company-employees-err").is_some(),
        "the message shows"
    );
    let after = q(&root, "[name=\"company.employees\"]");
    let same = before.is_same_node(Some(&after));
    let focused = document()
        .active_element()
        .and_then(|a| a.get_attribute("name"))
        .unwrap_or_default();
    unmount(root, handle);
    assert!(
        same,
        "the <input> was replaced by a new element when its .field-error appeared"
    );
    assert_eq!(focused, "company.employees", "focus left the field");
}

#[wasm_bindgen_test]
async fn language_switch_changes_labels() {
    let (root, handle) = mount_app().await;
    let label = |root: &Element| {
        q(root, "label[for=\"f-company-employees\"]")
            .text_content()
            .unwrap()
    };
    assert_eq!(label(&root), "职工总数");
    button(&root, "English").click();
    // A legal term in English keeps the official Chinese beside it.
    eventually(|| label(&root) == "Employees (职工总数)").await;
    assert_eq!(label(&root), "Employees (职工总数)");
    eventually(|| html_lang().as_deref() == Some("en")).await;
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert_eq!(
        attr(&root, ".lang-switch button[lang=\"en\"]", "aria-pressed").as_deref(),
        Some("true")
    );
    button(&root, "中文").click();
    eventually(|| label(&root) == "职工总数").await;
    assert_eq!(label(&root), "职工总数");
    eventually(|| html_lang().as_deref() == Some("zh-CN")).await;
    assert_eq!(html_lang().as_deref(), Some("zh-CN"));
    unmount(root, handle);
}

#[path = "dom_parts/cards.rs"]
mod cards;

#[path = "dom_parts/phone.rs"]
mod phone;

#[path = "dom_parts/quick.rs"]
mod quick;

#[path = "dom_parts/achievements.rs"]
mod achievements;

/// The page fetches the policies after its first score; tests start with them.
fn install_catalog() {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/asset.bin"));
    sme_calc::data_asset::install(bytes).expect("the data asset decodes");
}
