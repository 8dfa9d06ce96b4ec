//! The root: loads the saved profiles once, saves every change (in an
//! effect, a moment after typing pauses, never in the reducer), provides the language and routes.

use super::components::header::Header;
use super::components::notice::Notices;
use super::i18n::LangContext;
use super::pages::calculator::CalculatorPage;
use super::pages::forerunner::ForerunnerPage;
use super::pages::portfolio::PortfolioPage;
use super::pages::rules::RulesPage;
use super::pages::shared::SharedPage;
use super::pages::side_by_side::SideBySidePage;
use super::route::{use_route, Route};
use super::state::storage::{self, StorageError};
use super::state::{Action, Entry, State, Store};
use crate::text::Lang;
use yew::prelude::*;

/// The saved state (or a fresh one), a notice about it, and whether it
/// was read from storage.
fn initial() -> (State, Option<StorageError>, bool) {
    let fresh = || {
        State::with_entry(
            Entry::blank(super::util::new_profile_id(), "我的企业".into()),
            Lang::Zh,
        )
    };
    match storage::load() {
        Ok(Some((s, notice))) => (s, notice, true),
        Ok(None) => (fresh(), None, false),
        Err(e) => (fresh(), Some(e), false),
    }
}

/// How long after the last change the profiles are saved.
const SAVE_DELAY_MS: u32 = 300;

/// Shows a failure to save once, and clears it when saving heals.
fn show_save_result(
    result: Result<(), StorageError>,
    shown: &UseStateHandle<Option<StorageError>>,
) {
    match result {
        Ok(()) => {
            if matches!(
                **shown,
                Some(StorageError::Full) | Some(StorageError::Other(_))
            ) {
                shown.set(None);
            }
        }
        // A corrupt-data notice from loading stays until dismissed.
        Err(e) => {
            if !matches!(**shown, Some(StorageError::Corrupt { .. })) && shown.as_ref() != Some(&e)
            {
                shown.set(Some(e));
            }
        }
    }
}

/// The versions of the rules and the catalog this build runs, and the build.
fn versions(lang: Lang, build: &str) -> String {
    let zh = lang == Lang::Zh;
    let rules: Vec<String> = crate::rules::RULEBOOKS
        .iter()
        .map(|r| {
            format!(
                "{}（{}{}）",
                r.name.get(lang),
                r.validity.from,
                if zh { " 起" } else { " on" }
            )
        })
        .collect();
    let catalog = crate::incentives::catalog::builtin();
    let latest = catalog
        .newest_published()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let policies = catalog.policies.len();
    if zh {
        format!(
            "规则：{}。地方政策目录：{policies} 项（最新发布于 {latest}）。构建：{build}",
            rules.join("；"),
        )
    } else {
        format!("Rules: {}. Local policy catalog: {policies} policies (latest published {latest}). Build: {build}", rules.join("; "))
    }
}

/// A skip link that moves focus without touching the URL fragment (which
/// is the router: `#main` would otherwise change pages).
fn skip_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo::utils::document().get_element_by_id(id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    })
}

#[function_component]
pub fn App() -> Html {
    let first = use_memo((), |_| initial());
    let store = use_reducer(|| first.0.clone());
    let storage_error = use_state(|| first.1.clone());
    let sync = super::tab_sync::use_tab_sync(&store, first.2);
    // A newer build installed by the service worker, waiting to be used.
    let update = use_state(|| false);
    {
        let update = update.clone();
        use_effect_with((), move |_| {
            super::offline::register(Callback::from(move |_| update.set(true)))
        });
    }
    use_effect_with((), |_| {
        let listener = super::escape::close_panels_on_escape();
        move || drop(listener)
    });
    let route = use_route();
    super::focus_view::use_focused_field_in_view();
    // The footer changes only with the language (the build is fixed).
    let build = use_memo((), |_| super::offline::build_id());
    // The policies arrive after the first score (web::catalog); the footer
    // counts them once they are there.
    let catalog = super::catalog::use_catalog_loader();
    let versions_line = use_memo((store.lang, build.clone(), catalog.state), |(l, b, _)| {
        versions(*l, b)
    });

    // Persist every change a moment after typing pauses (a keystroke then
    // does not pay for serialising every profile), and at once when the
    // page is hidden or closed, so nothing typed is lost.
    // Saved data this build cannot read, too large to back up, is still
    // under the storage key: nothing is written over it until the user has
    // downloaded it or chosen to discard it.
    let hold = use_mut_ref(|| matches!(first.1, Some(StorageError::Corrupt { backup_key: None })));
    let pending = use_mut_ref(|| None::<Store>);
    let flush = {
        let pending = pending.clone();
        let save = sync.save.clone();
        let storage_error = storage_error.clone();
        let hold = hold.clone();
        move || {
            if *hold.borrow() {
                return;
            }
            let taken = pending.borrow_mut().take();
            if let Some(state) = taken {
                show_save_result(save(&state), &storage_error);
            }
        }
    };
    {
        let flush = flush.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_hide = std::rc::Rc::new(flush);
            let listeners = ["pagehide", "visibilitychange"].map(|event| {
                let on_hide = on_hide.clone();
                gloo::events::EventListener::new(&window, event, move |_| on_hide())
            });
            move || drop(listeners)
        });
    }
    {
        let flush = flush.clone();
        let save_later = super::debounce::use_debounce(SAVE_DELAY_MS);
        use_effect_with(store.clone(), move |s| {
            *pending.borrow_mut() = Some(s.clone());
            save_later.schedule(flush);
        });
    }
    // The notices' callbacks are made again only when what they read
    // changes: the notices then skip the keystrokes' renders.
    let discard_unreadable = {
        let storage_error = storage_error.clone();
        use_callback((*storage_error).clone(), move |_, _| {
            *hold.borrow_mut() = false;
            storage_error.set(None);
            flush();
        })
    };
    use_effect_with(store.lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", if *lang == Lang::Zh { "zh-CN" } else { "en" });
        }
    });

    // A stable setter: a context value that differed on every render would
    // re-render every component that reads the language on every keystroke.
    let set_lang = use_callback(store.dispatcher(), |l, d| d.dispatch(Action::SetLang(l)));
    let lang = LangContext {
        lang: store.lang,
        set: set_lang,
    };
    let dismiss_storage = {
        let storage_error = storage_error.clone();
        use_callback((), move |_, _| storage_error.set(None))
    };
    let on_undo = use_callback(store.dispatcher(), |_, d| d.dispatch(Action::Undo));
    let latest = super::props::Latest(store.clone());
    let listed = super::components::header::Listed::of(&store);
    // The first control of the form on screen (the quick check or the full form).
    let first_field = if store.active().quick {
        super::components::quick_check::FIRST_FIELD
    } else {
        "f-company-name"
    };
    html! {
        <ContextProvider<LangContext> context={lang}>
        <ContextProvider<super::catalog::CatalogContext> context={catalog}>
            <a class="skip-link" href="#main" onclick={skip_to("main")}>{ if store.lang == Lang::Zh { "跳到主要内容" } else { "Skip to main content" } }</a>
            if route == Route::Calculator {
                <a class="skip-link" href={format!("#{first_field}")} onclick={skip_to(first_field)}>{ if store.lang == Lang::Zh { "跳到企业数据表单" } else { "Skip to the company form" } }</a>
            }
            <Header store={store.clone()} {route} {listed} />
            <Notices conflicts={sync.conflicts.clone()} on_resolve={sync.resolve.clone()} storage={(*storage_error).clone()} on_dismiss_storage={dismiss_storage} on_discard_unreadable={discard_unreadable}
                undone={store.undo.as_ref().map(|(_, gone)| AttrValue::from(gone.name.clone()))} on_undo={on_undo} />
            <main id="main" tabindex="-1">
                { match route {
                    Route::Calculator => html! { <CalculatorPage store={store.clone()} latest={latest.clone()} /> },
                    Route::Rules => html! { <RulesPage /> },
                    Route::Forerunner => html! { <ForerunnerPage store={store.clone()} /> },
                    Route::Shared => html! { <SharedPage store={store.clone()} /> },
                    Route::Portfolio => html! { <PortfolioPage store={store.clone()} /> },
                    Route::Compare => html! { <SideBySidePage store={store.clone()} /> },
                } }
            </main>
            if *update {
                <div class="notice notice-info update-notice no-print" role="status">
                    <p>{ if store.lang == Lang::Zh { "新版本已下载，可随时刷新使用（您的数据不受影响）。" } else { "A newer version is ready; reload to use it (your data is kept)." } }</p>
                    <button type="button" onclick={Callback::from(|_| super::offline::apply_update())}>{ if store.lang == Lang::Zh { "刷新" } else { "Reload" } }</button>
                </div>
            }
            <footer class="site-footer no-print">
                <p>{ if store.lang == Lang::Zh {
                    "所有计算均在您的浏览器中完成，数据不会上传；首次访问后可离线使用。本结果为自评参考，不是主管部门的评价或认定结果。"
                } else {
                    "Everything is computed in your browser and nothing is uploaded; after the first visit it works offline. This is a self-assessment for reference, not an official result."
                } }</p>
                <p class="versions" data-build={(*build).clone()}>{ (*versions_line).clone() }</p>
            </footer>
        </ContextProvider<super::catalog::CatalogContext>>
        </ContextProvider<LangContext>>
    }
}
