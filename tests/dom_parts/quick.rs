//! Component tests of issue 13 item 1 (快速自测): a new profile opens on at
//! most ten questions under the usual profile paths; the compliance
//! question sets the 第三条 fields or leaves them unknown; the full form
//! carries every answer over. Included by `tests/dom.rs` (one test binary),
//! so the helpers there serve.

use super::*;

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn value(root: &Element, path: &str) -> String {
    let el = q(root, &format!("[name=\"{path}\"]"));
    match el.dyn_ref::<web_sys::HtmlSelectElement>() {
        Some(s) => s.value(),
        None => el.unchecked_into::<HtmlInputElement>().value(),
    }
}

async fn click(root: &Element, selector: &str) {
    q(root, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

const COMPLIANCE: [(&str, &str); 4] = [
    ("compliance.registered_independent_legal_person", "true"),
    ("compliance.abnormal_or_dishonest_listed", "false"),
    ("compliance.prohibited_products", "false"),
    ("compliance.major_incident_3y", "false"),
];

#[wasm_bindgen_test]
async fn a_new_profile_opens_on_at_most_ten_questions_and_nothing_set() {
    let (root, handle) = mount_quick().await;
    assert!(q_opt(&root, "[data-quick-check]").is_some());
    assert!(
        q_opt(&root, ".profile-form").is_none(),
        "the full form waits"
    );
    let questions = count(&root, "[data-quick-check] [data-question]");
    assert!((1..=10).contains(&questions), "{questions} questions");
    // Every question has a control under a profile path, and none is
    // answered on the user's behalf.
    let controls = root
        .query_selector_all("[data-quick-check] input[name], [data-quick-check] select[name]")
        .unwrap();
    for i in 0..controls.length() {
        let el: Element = controls.item(i).unwrap().unchecked_into();
        let name = el.get_attribute("name").unwrap();
        let set = match el.dyn_ref::<HtmlInputElement>() {
            Some(input) if ["checkbox", "radio"].contains(&input.type_().as_str()) => {
                input.checked()
            }
            Some(input) => !input.value().is_empty(),
            None => !el
                .unchecked_ref::<web_sys::HtmlSelectElement>()
                .value()
                .is_empty(),
        };
        assert!(!set, "{name} is pre-set");
    }
    for (path, _) in COMPLIANCE {
        assert!(
            q_opt(&root, &format!("[name=\"{path}\"]")).is_none(),
            "{path}: asked once, as one question"
        );
    }
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_compliance_question_sets_the_preconditions_and_the_full_form_keeps_every_answer() {
    let (root, handle) = mount_quick().await;
    change(&root, "#assessment-date", "2024-06-30").await;
    type_into(&root, "financials.operating_revenue.y1", "9000").await;
    type_into(&root, "ip.class1", "5").await;
    click(&root, "#quick-compliance-true").await;
    // "否" asks which condition is not met, and sets nothing until told.
    click(&root, "#quick-compliance-false").await;
    assert!(eventually(|| q_opt(&root, "[name=\"compliance.major_incident_3y\"]").is_some()).await);
    for (path, _) in COMPLIANCE {
        assert_eq!(value(&root, path), "", "{path}: unknown after 否");
    }
    click(&root, "#quick-compliance-true").await;
    assert!(eventually(|| q_opt(&root, "[name=\"compliance.major_incident_3y\"]").is_none()).await);

    click(&root, "[data-full-form]").await;
    assert!(eventually(|| q_opt(&root, ".profile-form").is_some()).await);
    assert!(q_opt(&root, "[data-quick-check]").is_none());
    for (path, meets) in COMPLIANCE {
        assert_eq!(value(&root, path), meets, "{path}");
    }
    assert_eq!(value(&root, "financials.operating_revenue.y1"), "9000");
    assert_eq!(value(&root, "ip.class1"), "5");
    // And back: the quick check shows the same answers.
    click(&root, "[data-open-quick-check]").await;
    assert!(eventually(|| q_opt(&root, "[data-quick-check]").is_some()).await);
    assert_eq!(value(&root, "financials.operating_revenue.y1"), "9000");
    assert!(q(&root, "#quick-compliance-true")
        .unchecked_into::<HtmlInputElement>()
        .checked());
    unmount(root, handle);
}
