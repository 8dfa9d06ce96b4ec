//! The web app: a thin Yew layer over the core. It renders the engine's
//! conclusions; it computes nothing the core does not.
//!
//! Layout: `state/` holds the one store (profiles, their unsaved drafts)
//! with a pure reducer and the storage module that persists it;
//! `components/` one component per file; `pages/` the routes.

pub mod app;
pub mod catalog;
pub mod components;
pub mod debounce;
pub mod escape;
pub mod examples;
pub mod excel;
pub mod focus_view;
pub mod i18n;
pub mod marked_choice;
pub mod offline;
pub mod pages;
pub mod props;
pub mod route;
pub mod state;
pub mod tab_sync;
pub mod util;

/// Mounts the app on `#app`.
pub fn start() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    root.set_inner_html("");
    let _ = root.remove_attribute("aria-busy");
    yew::Renderer::<app::App>::with_root(root).render();
}
