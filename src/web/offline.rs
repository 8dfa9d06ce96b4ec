//! Offline use: registers the service worker (`sw.js`), which caches the
//! app after the first visit, and tells the page when a newer build has
//! been installed so it can offer to reload into it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

fn supported() -> bool {
    js_sys::Reflect::has(&gloo::utils::window().navigator(), &"serviceWorker".into())
        .unwrap_or(false)
}

/// Registers the worker; `on_update` fires when a new build is waiting.
pub fn register(on_update: Callback<()>) {
    if !supported() {
        return;
    }
    let container = gloo::utils::window().navigator().service_worker();
    let promise = container.register("/sw.js");
    yew::platform::spawn_local(async move {
        // A browser that blocks workers (a policy, a test harness) may
        // resolve with nothing: no worker, nothing to watch.
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        if !reg.is_object() {
            return;
        }
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let has_controller = || {
            gloo::utils::window()
                .navigator()
                .service_worker()
                .controller()
                .is_some()
        };
        if reg.waiting().is_some() && has_controller() {
            on_update.emit(());
        }
        let watched = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let reg = watched.clone();
            let on_update = on_update.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if reg.waiting().is_some() && has_controller() {
                    on_update.emit(());
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Activates the waiting build and reloads into it.
pub fn apply_update() {
    if !supported() {
        return;
    }
    let container = gloo::utils::window().navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    yew::platform::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
            if let Some(waiting) = reg.waiting() {
                let _ = waiting.post_message(&JsValue::from_str("skipWaiting"));
            }
        }
    });
}

/// The build id written into index.html by the post-build hook.
pub fn build_id() -> String {
    gloo::utils::document()
        .query_selector("meta[name=sme-build]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|c| c != "__BUILD__")
        .unwrap_or_else(|| "dev".into())
}
