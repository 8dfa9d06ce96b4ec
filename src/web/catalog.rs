//! The local policy catalog as a data asset (with the measures and the
//! 领跑者 lists): most of the data's weight is kept out of the page's
//! first load. The app fetches
//! `/data/catalog-<hash>.bin` (the policies, written by build.rs, copied
//! into the site by scripts/post-build.mjs, precached by the service
//! worker) right after the first score is on screen. Until it has arrived
//! every place that shows incentives says so ([`CatalogPending`]); a
//! failed fetch offers a retry; nothing else waits for it.

use crate::data_asset;
use crate::incentives::catalog::policies_loaded;
use crate::web::i18n::use_lang;
use yew::prelude::*;

/// Where the policies are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogState {
    Loading,
    Failed,
    Loaded,
}

/// The catalog's state, with a way to fetch it again after a failure.
#[derive(Clone, PartialEq)]
pub struct CatalogContext {
    pub state: CatalogState,
    pub retry: Callback<()>,
}

impl CatalogContext {
    pub fn loaded(&self) -> bool {
        self.state == CatalogState::Loaded
    }
}

fn current() -> CatalogState {
    if policies_loaded() {
        CatalogState::Loaded
    } else {
        CatalogState::Loading
    }
}

/// The catalog's state. A component mounted without the app around it
/// (component tests) reads whether the policies are installed.
#[hook]
pub fn use_catalog() -> CatalogContext {
    use_context::<CatalogContext>().unwrap_or_else(|| CatalogContext {
        state: current(),
        retry: Callback::noop(),
    })
}

async fn fetch_policies() -> Result<(), ()> {
    let url = format!("/data/{}", data_asset::NAME);
    let response = gloo::net::http::Request::get(&url)
        .send()
        .await
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let bytes = response.binary().await.map_err(|_| ())?;
    data_asset::install(&bytes).map_err(|_| ())
}

/// For the app: the state, and the fetch started once the first render
/// (the first score) is on screen, again on retry.
#[hook]
pub fn use_catalog_loader() -> CatalogContext {
    let state = use_state(current);
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(*attempt, move |_| {
            if !policies_loaded() {
                state.set(CatalogState::Loading);
                yew::platform::spawn_local(async move {
                    state.set(match fetch_policies().await {
                        Ok(()) => CatalogState::Loaded,
                        Err(()) => CatalogState::Failed,
                    });
                });
            }
        });
    }
    let retry = use_callback(attempt.clone(), |_: (), attempt| attempt.set(**attempt + 1));
    CatalogContext {
        state: *state,
        retry,
    }
}

#[derive(Properties, PartialEq)]
pub struct PendingProps {
    /// What the asset brings to this place, zh and en: by default the
    /// local policies.
    #[prop_or(("地方政策", "local policies"))]
    pub what: (&'static str, &'static str),
}

/// In place of what the asset brings (an amount, the 领跑者 lists) while it
/// is not there: says it is loading, or that it failed, with a retry.
#[function_component]
pub fn CatalogPending(p: &PendingProps) -> Html {
    let l = use_lang();
    let (zh, en) = p.what;
    let c = use_catalog();
    let retry = {
        let r = c.retry.clone();
        Callback::from(move |_: MouseEvent| r.emit(()))
    };
    match c.state {
        CatalogState::Loaded => html! {},
        CatalogState::Loading => html! {
            <span class="catalog-pending" data-catalog="loading" role="status">
                { if l.is_en() { format!("Loading {en}…") } else { format!("正在加载{zh}…") } }
            </span>
        },
        CatalogState::Failed => html! {
            <span class="catalog-pending" data-catalog="failed" role="alert">
                { if l.is_en() { format!("The {en} could not be loaded. ") } else { format!("{zh}未能加载。") } }
                <button type="button" class="catalog-retry" onclick={retry}>{ l.t("重试", "Retry") }</button>
            </span>
        },
    }
}
