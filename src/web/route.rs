//! Pages by URL fragment (`#/rules`), so the app works from any static
//! host. A fragment starting `#p=` is a share link (never sent to a server).

use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Calculator,
    Rules,
    Forerunner,
    Portfolio,
    /// Profiles and scenarios side by side.
    Compare,
    /// `#share/<summary>/<payload>`: a profile someone shared.
    Shared,
}

impl Route {
    pub fn current() -> Route {
        let hash = super::util::hash();
        if hash.starts_with(crate::share::PREFIX) {
            return Route::Shared;
        }
        match hash.as_str() {
            "/rules" => Route::Rules,
            "/forerunner" => Route::Forerunner,
            "/portfolio" => Route::Portfolio,
            "/compare" => Route::Compare,
            _ => Route::Calculator,
        }
    }

    pub fn href(self) -> &'static str {
        match self {
            Route::Calculator => "#/",
            Route::Rules => "#/rules",
            Route::Forerunner => "#/forerunner",
            Route::Portfolio => "#/portfolio",
            Route::Compare => "#/compare",
            Route::Shared => "#/",
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
