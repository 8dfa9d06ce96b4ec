#![cfg(all(target_arch = "wasm32", feature = "web"))]
//! Component tests for issue 13's guidance, in a real browser
//! (wasm-bindgen-test, headless Chromium):
//!
//!   CHROMEDRIVER=/usr/bin/chromedriver \
//!     cargo test --target wasm32-unknown-unknown --features web --test dom_guided
//!
//! What settles a 待定 (buttons that take the user to the field), a pasted
//! row filling a year line, and typed numbers never rewritten.

use sme_calc::web::app::App;
use sme_calc::web::state::storage::KEY;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

async fn eventually(check: impl Fn() -> bool) -> bool {
    for _ in 0..500 {
        if check() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    check()
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn bubbling(
    kind: &str,
    constructor: &str,
    extra: &[(&str, wasm_bindgen::JsValue)],
) -> web_sys::Event {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    for (k, v) in extra {
        js_sys::Reflect::set(&init, &(*k).into(), v).unwrap();
    }
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &constructor.into())
        .unwrap()
        .unchecked_into();
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&kind.into(), &init))
        .unwrap()
        .unchecked_into()
}

fn input(root: &Element, path: &str) -> HtmlInputElement {
    q(root, &format!("[name=\"{path}\"]")).unchecked_into()
}

async fn type_into(root: &Element, path: &str, text: &str) {
    let i = input(root, path);
    i.set_value(text);
    i.dispatch_event(&bubbling("input", "InputEvent", &[]))
        .unwrap();
    settle().await;
}

async fn set_date(root: &Element, date: &str) {
    let i: HtmlInputElement = q(root, "#assessment-date").unchecked_into();
    i.set_value(date);
    i.dispatch_event(&bubbling("change", "Event", &[])).unwrap();
    settle().await;
}

async fn mount_app() -> (Element, yew::AppHandle<App>) {
    install_catalog();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(KEY).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    // A new profile opens on the quick check: go on to the full form.
    if let Some(full) = root.query_selector("[data-full-form]").unwrap() {
        full.unchecked_into::<HtmlElement>().click();
        settle().await;
    }
    (root, handle)
}

fn unmount(root: Element, handle: yew::AppHandle<App>) {
    handle.destroy();
    root.remove();
}

/// A new profile leaves the compliance answers open: every 待定 card says
/// what settles it, each button leads to a control that exists, and
/// pressing the first focuses that control.
#[wasm_bindgen_test]
async fn depends_cards_name_their_missing_fields_and_lead_to_them() {
    let (root, handle) = mount_app().await;
    for date in ["2025-06-30", "2026-06-30"] {
        set_date(&root, date).await;
        eventually(|| !all(&root, "[data-verdict=\"depends\"] [data-missing-field]").is_empty())
            .await;
        let cards = all(&root, "[data-verdict=\"depends\"]");
        assert!(!cards.is_empty(), "{date}: an empty profile is 待定");
        for card in &cards {
            let buttons = all(card, "[data-missing-field]");
            assert!(!buttons.is_empty(), "{date}: a 待定 card without buttons");
            assert!(q(card, ".missing-note")
                .text_content()
                .unwrap()
                .contains("待确认："));
            for b in buttons {
                let path = b.get_attribute("data-missing-field").unwrap();
                assert!(
                    root.query_selector(&format!("[name=\"{path}\"]"))
                        .unwrap()
                        .is_some(),
                    "{date}: no control for {path}"
                );
            }
        }
        // Decided cards name nothing.
        for card in all(
            &root,
            "[data-verdict=\"qualified\"], [data-verdict=\"not_qualified\"]",
        ) {
            assert!(all(&card, "[data-missing-field]").is_empty());
        }
    }
    let first = q(&root, "[data-verdict=\"depends\"] [data-missing-field]");
    let path = first.get_attribute("data-missing-field").unwrap();
    first.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.get_attribute("name").as_deref(), Some(path.as_str()));
    unmount(root, handle);
}

/// Answering the compliance questions removes them from the cards.
#[wasm_bindgen_test]
async fn answered_fields_leave_the_list() {
    let (root, handle) = mount_app().await;
    set_date(&root, "2025-06-30").await;
    let compliance = "compliance.major_incident_3y";
    let listed = |root: &Element| {
        root.query_selector(&format!(
            "[data-missing-field=\"{compliance}\"], [data-missing-field^=\"compliance.\"]"
        ))
        .unwrap()
        .is_some()
    };
    eventually(|| listed(&root)).await;
    assert!(
        listed(&root),
        "an empty profile lacks the compliance answers"
    );
    for (path, v) in [
        ("compliance.registered_independent_legal_person", "true"),
        ("compliance.abnormal_or_dishonest_listed", "false"),
        ("compliance.prohibited_products", "false"),
        ("compliance.major_incident_3y", "false"),
    ] {
        let s: web_sys::HtmlSelectElement =
            q(&root, &format!("[name=\"{path}\"]")).unchecked_into();
        s.set_value(v);
        s.dispatch_event(&bubbling("change", "Event", &[])).unwrap();
        settle().await;
    }
    eventually(|| !listed(&root)).await;
    assert!(!listed(&root), "answered compliance still listed");
    unmount(root, handle);
}

/// A row copied from a spreadsheet fills the line's three years; one
/// number pastes as usual.
#[wasm_bindgen_test]
async fn pasting_a_row_fills_the_years() {
    let (root, handle) = mount_app().await;
    set_date(&root, "2025-06-30").await;
    let rev = |y: &str| format!("financials.operating_revenue.{y}");
    let paste = |path: &str, text: &str| {
        let dt = web_sys::DataTransfer::new().unwrap();
        dt.set_data("text/plain", text).unwrap();
        let e = bubbling("paste", "ClipboardEvent", &[("clipboardData", dt.into())]);
        input(&root, path).dispatch_event(&e).unwrap();
    };
    paste(&rev("y1"), "3,200\t2,800\t2,500\n");
    settle().await;
    eventually(|| input(&root, &rev("y3")).value() == "2,500").await;
    assert_eq!(input(&root, &rev("y1")).value(), "3,200");
    assert_eq!(input(&root, &rev("y2")).value(), "2,800");
    assert_eq!(input(&root, &rev("y3")).value(), "2,500");
    unmount(root, handle);
}

/// What the user typed stays: a valid spelling is not rewritten, and an
/// exponent or a fifth decimal gets a message while the score stays.
#[wasm_bindgen_test]
async fn typed_numbers_are_never_rewritten() {
    let (root, handle) = mount_app().await;
    set_date(&root, "2025-06-30").await;
    let rev = "financials.operating_revenue.y1";
    type_into(&root, rev, "10,000").await;
    type_into(&root, "financials.rd_expense.y1", "300").await;
    assert_eq!(input(&root, rev).value(), "10,000");
    let score = || q(&root, "[data-tier=\"innovative\"]").get_attribute("data-score");
    let before = score();
    for bad in ["1e40", "1e5", "1.23456"] {
        type_into(&root, rev, bad).await;
        eventually(|| root.query_selector(".field-error").unwrap().is_some()).await;
        assert_eq!(input(&root, rev).value(), bad);
        assert_eq!(
            input(&root, rev).get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{bad}"
        );
        assert_eq!(score(), before, "{bad}: the last valid result stays");
    }
    unmount(root, handle);
}

/// Advice a company can follow (issue 13 item 3): R&D advice is this
/// year's spend counted in next year's application, never last year's
/// audited figure; each change says the year, its size and its effort; a
/// 待定 tier's missing answers are the cards' buttons and lead to the field.
#[wasm_bindgen_test]
async fn advice_names_the_year_a_move_counts_and_the_missing_answers() {
    let (root, handle) = mount_app().await;
    set_date(&root, "2026-03-01").await;
    type_into(&root, "financials.operating_revenue.y1", "10000").await;
    type_into(&root, "financials.operating_revenue.y2", "9000").await;
    type_into(&root, "financials.rd_expense.y1", "50").await;
    type_into(&root, "financials.rd_expense.y2", "40").await;
    let tab = all(&root, "[role=\"tab\"]")
        .into_iter()
        .find(|t| t.text_content().unwrap_or_default().contains("提升建议"))
        .expect("an advice tab");
    tab.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let rd_2027 = |root: &Element| {
        all(root, ".advice .changes li[data-first-year=\"2027\"]")
            .into_iter()
            .any(|li| {
                let text = li.text_content().unwrap_or_default();
                text.contains("本年度（2026 年）研发投入达到")
                    && text.contains("可计入 2027 年申报")
            })
    };
    eventually(|| rd_2027(&root)).await;
    assert!(rd_2027(&root), "R&D advice names 2026 spend for 2027");
    let text = q(&root, ".advice").text_content().unwrap();
    assert!(!text.contains("研发费用增加"), "never last year's R&D");
    for li in all(&root, ".advice .changes li") {
        let facts = q(&li, ".facts").text_content().unwrap();
        assert!(facts.contains("投入："), "an effort rank: {facts}");
    }
    let button = q(&root, ".advice [data-missing-field]");
    let path = button.get_attribute("data-missing-field").unwrap();
    button.unchecked_ref::<HtmlElement>().click();
    settle().await;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.get_attribute("name").as_deref(), Some(path.as_str()));
    unmount(root, handle);
}

/// Each tier the company may apply for carries a closed 需准备的材料 with
/// the materials named by article, also in the print; the 科技型 field
/// checks show as warnings on its card.
#[wasm_bindgen_test]
async fn materials_and_field_checks_under_each_tier() {
    let (root, handle) = mount_app().await;
    set_date(&root, "2025-06-30").await;
    eventually(|| !all(&root, "[data-tier] details[data-materials]").is_empty()).await;
    let details = all(&root, "[data-tier] details[data-materials]");
    assert!(!details.is_empty(), "no materials under the tier cards");
    for d in &details {
        assert!(!d.has_attribute("open"), "materials open by default");
        assert_eq!(q(d, "summary").text_content().unwrap(), "需准备的材料");
    }
    let item_at = "[data-tier=\"innovative\"] details[data-materials] [data-material=\"platform_self_assessment\"]";
    eventually(|| root.query_selector(item_at).unwrap().is_some()).await;
    let item = q(&root, item_at);
    assert!(
        item.text_content().unwrap().contains("第十条"),
        "the article is named"
    );
    // The print report follows the first render (a moment after typing pauses).
    eventually(|| {
        root.query_selector(".print-report .print-materials")
            .unwrap()
            .is_some()
    })
    .await;
    let print = q(&root, ".print-report .print-materials");
    assert!(print.text_content().unwrap().contains("需准备的材料"));

    set_date(&root, "2026-06-30").await;
    type_into(&root, "company.employees", "3").await;
    eventually(|| {
        root.query_selector("[data-tier=\"tech_sme\"] [data-warning=\"tech_sme_check_staff\"]")
            .unwrap()
            .is_some()
    })
    .await;
    let warning = q(
        &root,
        "[data-tier=\"tech_sme\"] [data-warning=\"tech_sme_check_staff\"]",
    );
    assert!(warning.text_content().unwrap().contains("实地核查"));
    // The lists follow the score by one task (the calculator's settled
    // report): a slow render may land the card before its list.
    let listed = || {
        root.query_selector("[data-tier=\"tech_sme\"] details[data-materials]")
            .unwrap()
            .and_then(|d| d.text_content())
            .is_some_and(|t| t.contains("科技型中小企业服务平台"))
    };
    assert!(eventually(listed).await, "the 科技型 materials are listed");
    unmount(root, handle);
}

/// The page fetches the policies after its first score; tests start with them.
fn install_catalog() {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/asset.bin"));
    sme_calc::data_asset::install(bytes).expect("the data asset decodes");
}
