//! The root: loads the saved profiles once, saves every change (in an
//! effect, never in the reducer), provides the language and routes.

use super::components::header::Header;
use super::components::notice::Notices;
use super::i18n::LangContext;
use super::pages::calculator::CalculatorPage;
use super::pages::forerunner::ForerunnerPage;
use super::pages::portfolio::PortfolioPage;
use super::pages::rules::RulesPage;
use super::pages::shared::SharedPage;
use super::route::{use_route, Route};
use super::state::storage::{self, StorageError};
use super::state::{Action, Entry, State};
use crate::profile::Profile;
use crate::text::Lang;
use yew::prelude::*;

fn initial() -> (State, Option<StorageError>) {
    let fresh = || {
        State::with_entry(
            Entry::new(
                format!("p{}", super::util::now_ms() as u64),
                "我的企业".into(),
                Profile::empty(),
            ),
            Lang::Zh,
        )
    };
    match storage::load() {
        Ok(Some(s)) => (s, None),
        Ok(None) => (fresh(), None),
        Err(e) => (fresh(), Some(e)),
    }
}

pub type Store = UseReducerHandle<State>;

/// The versions of the rules and the catalog this build runs, and the build.
fn versions(lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let rules: Vec<String> = crate::rules::RULEBOOKS
        .iter()
        .map(|r| {
            format!(
                "{}（{}{}）",
                r.name.get(lang),
                r.effective_from,
                if zh { " 起" } else { " on" }
            )
        })
        .collect();
    let latest = crate::incentives::catalog::CATALOG
        .iter()
        .map(|f| f.policy.published)
        .max()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let policies = crate::incentives::catalog::CATALOG.len();
    if zh {
        format!(
            "规则：{}。地方政策目录：{policies} 项（最新发布于 {latest}）。构建：{}",
            rules.join("；"),
            super::offline::build_id()
        )
    } else {
        format!("Rules: {}. Local policy catalog: {policies} policies (latest published {latest}). Build: {}", rules.join("; "), super::offline::build_id())
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
    // A newer build installed by the service worker, waiting to be used.
    let update = use_state(|| false);
    {
        let update = update.clone();
        use_effect_with((), move |_| {
            super::offline::register(Callback::from(move |_| update.set(true)))
        });
    }
    let route = use_route();

    // Persist every change; report a failure once, clear it when it heals.
    {
        let storage_error = storage_error.clone();
        use_effect_with(store.clone(), move |s| match storage::save(s) {
            Ok(()) => {
                if matches!(
                    *storage_error,
                    Some(StorageError::Full) | Some(StorageError::Other(_))
                ) {
                    storage_error.set(None);
                }
            }
            Err(e) => {
                // A corrupt-data notice from loading stays until dismissed.
                if !matches!(*storage_error, Some(StorageError::Corrupt { .. }))
                    && storage_error.as_ref() != Some(&e)
                {
                    storage_error.set(Some(e));
                }
            }
        });
    }
    use_effect_with(store.lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", if *lang == Lang::Zh { "zh-CN" } else { "en" });
        }
    });

    let lang = LangContext {
        lang: store.lang,
        set: {
            let store = store.clone();
            Callback::from(move |l| store.dispatch(Action::SetLang(l)))
        },
    };
    let dismiss_storage = {
        let storage_error = storage_error.clone();
        Callback::from(move |_| storage_error.set(None))
    };
    html! {
        <ContextProvider<LangContext> context={lang}>
            <a class="skip-link" href="#main" onclick={skip_to("main")}>{ if store.lang == Lang::Zh { "跳到主要内容" } else { "Skip to main content" } }</a>
            if route == Route::Calculator {
                <a class="skip-link" href="#f-company-name" onclick={skip_to("f-company-name")}>{ if store.lang == Lang::Zh { "跳到企业数据表单" } else { "Skip to the company form" } }</a>
            }
            <Header store={store.clone()} route={route} />
            <Notices storage={(*storage_error).clone()} on_dismiss_storage={dismiss_storage} store={store.clone()} />
            <main id="main" tabindex="-1">
                { match route {
                    Route::Calculator => html! { <CalculatorPage store={store.clone()} /> },
                    Route::Rules => html! { <RulesPage /> },
                    Route::Forerunner => html! { <ForerunnerPage store={store.clone()} /> },
                    Route::Shared => html! { <SharedPage store={store.clone()} /> },
                    Route::Portfolio => html! { <PortfolioPage store={store.clone()} /> },
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
                <p class="versions" data-build={super::offline::build_id()}>{ versions(store.lang) }</p>
            </footer>
        </ContextProvider<LangContext>>
    }
}
