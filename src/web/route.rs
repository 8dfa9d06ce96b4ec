//! Pages by URL fragment (`#/rules`), so the app works from any static
//! host. A fragment starting `#p=` is a share link (never sent to a server).

use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Calculator,
    Rules,
    Forerunner,
}

impl Route {
    pub fn current() -> Route {
        match super::util::hash().as_str() {
            "/rules" => Route::Rules,
            "/forerunner" => Route::Forerunner,
            _ => Route::Calculator,
        }
    }

    pub fn href(self) -> &'static str {
        match self {
            Route::Calculator => "#/",
            Route::Rules => "#/rules",
            Route::Forerunner => "#/forerunner",
        }
    }
}

/// The current route, updated on `hashchange`.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(Route::current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                route.set(Route::current())
            });
            move || drop(listener)
        });
    }
    *route
}
