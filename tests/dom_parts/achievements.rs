//! Component tests of issue 18 item 2: an achievement row sends only its own
//! edit (index and change, never the list), and "＋ 添加成果" is disabled at
//! the limit with a message naming it. Included by `tests/dom.rs`.

use super::*;
use sme_calc::limits::MAX_ACHIEVEMENTS;
use sme_calc::profile::{Achievement, AchievementEdit, RowChange};
use sme_calc::web::components::achievements::Achievements;
use std::cell::RefCell;
use std::rc::Rc;

type Edits = Rc<RefCell<Vec<AchievementEdit>>>;

#[derive(Properties, PartialEq)]
struct ListHostProps {
    list: Vec<Achievement>,
    edits: Edits,
}

#[function_component]
fn ListHost(p: &ListHostProps) -> Html {
    let ctx = LangContext {
        lang: Lang::Zh,
        set: Callback::noop(),
    };
    let edits = p.edits.clone();
    let on_edit = Callback::from(move |e: AchievementEdit| edits.borrow_mut().push(e));
    html! {
        <ContextProvider<LangContext> context={ctx}>
            <Achievements list={p.list.clone()} {on_edit} />
        </ContextProvider<LangContext>>
    }
}

async fn mount_list(n: usize) -> (Element, yew::AppHandle<ListHost>, Edits) {
    let root = mount_point();
    let edits = Edits::default();
    let list = vec![Achievement::new("forerunner", &[("level", "national")], 1); n];
    let handle = yew::Renderer::<ListHost>::with_root_and_props(
        root.clone(),
        ListHostProps {
            list,
            edits: edits.clone(),
        },
    )
    .render();
    settle().await;
    (root, handle, edits)
}

#[wasm_bindgen_test]
async fn a_row_sends_its_own_edit() {
    let (root, handle, edits) = mount_list(3).await;
    type_into(&root, "achievements[2].count", "4").await;
    q(&root, "[aria-label=\"删除成果 2\"]")
        .unchecked_into::<HtmlElement>()
        .click();
    button(&root, "＋ 添加成果").click();
    assert_eq!(
        *edits.borrow(),
        [
            AchievementEdit::Row {
                index: 2,
                change: RowChange::Count(4)
            },
            AchievementEdit::Row {
                index: 1,
                change: RowChange::Remove
            },
            AchievementEdit::Add,
        ]
    );
    assert!(q_opt(&root, "[data-achievement-limit]").is_none());
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn add_is_disabled_at_the_limit_with_the_limit_named() {
    let (root, handle, edits) = mount_list(MAX_ACHIEVEMENTS).await;
    assert_eq!(
        root.query_selector_all(".achievement").unwrap().length() as usize,
        MAX_ACHIEVEMENTS
    );
    let add = button(&root, "＋ 添加成果");
    assert!(add.has_attribute("disabled"));
    let why = q(&root, "[data-achievement-limit]")
        .text_content()
        .unwrap_or_default();
    assert!(
        why.contains(&format!("最多 {MAX_ACHIEVEMENTS} 项")),
        "{why}"
    );
    assert_eq!(
        add.get_attribute("aria-describedby").as_deref(),
        Some("ach-full")
    );
    add.click();
    settle().await;
    assert!(edits.borrow().is_empty(), "a disabled button sends nothing");
    unmount(root, handle);
}
