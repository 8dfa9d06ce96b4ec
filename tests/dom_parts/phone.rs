//! Component tests of issue 12 (phone-first): an achievement row counts for
//! nothing until chosen; year fields are labelled with calendar years.
//! Included by `tests/dom.rs` (one test binary), so the helpers there serve.

use super::*;

fn select_value(root: &Element, selector: &str) -> String {
    q(root, selector)
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

fn total(root: &Element) -> Option<String> {
    attr(root, "[data-incentives-total]", "data-incentives-total")
}

#[wasm_bindgen_test]
async fn a_new_achievement_reads_choose_and_counts_nothing() {
    let (root, handle) = mount_app().await;
    type_into(&root, "company.province", "北京市").await;
    type_into(&root, "company.city", "北京市").await;
    let before = total(&root);
    assert_eq!(before.as_deref(), Some("0"));
    button(&root, "＋ 添加成果").click();
    assert!(eventually(|| q_opt(&root, "[name=\"achievements[0].kind\"]").is_some()).await);
    assert_eq!(select_value(&root, "[name=\"achievements[0].kind\"]"), "");
    let shown = q(&root, "[name=\"achievements[0].kind\"] option:checked")
        .text_content()
        .unwrap_or_default();
    assert_eq!(shown, "请选择");
    settle().await;
    assert_eq!(total(&root), before, "an empty row adds nothing");

    // A kind chosen, its level, role and action not: still nothing, and
    // nothing pre-chosen for them.
    change_select(&root, "[name=\"achievements[0].kind\"]", "standard").await;
    assert!(eventually(|| q_opt(&root, "[name=\"achievements[0].level\"]").is_some()).await);
    assert_eq!(select_value(&root, "[name=\"achievements[0].level\"]"), "");
    assert_eq!(total(&root), before, "a kind alone adds nothing");
    change_select(&root, "[name=\"achievements[0].level\"]", "national").await;
    change_select(&root, "[name=\"achievements[0].role\"]", "lead").await;
    assert_eq!(total(&root), before, "still incomplete: no action");
    change_select(&root, "[name=\"achievements[0].action\"]", "draft").await;
    // Complete: now it counts (a 北京 national standard led and drafted).
    assert!(
        eventually(|| total(&root) != before).await,
        "{:?}",
        total(&root)
    );
    // Changed to another kind and left incomplete: back to nothing.
    change_select(&root, "[name=\"achievements[0].kind\"]", "forerunner").await;
    assert!(eventually(|| total(&root) == before).await);
    assert_eq!(select_value(&root, "[name=\"achievements[0].level\"]"), "");
    unmount(root, handle);
}

async fn change_select(root: &Element, selector: &str, value: &str) {
    let s: web_sys::HtmlSelectElement = q(root, selector).unchecked_into();
    s.set_value(value);
    s.dispatch_event(&event("Event", "change")).unwrap();
    settle().await;
}
