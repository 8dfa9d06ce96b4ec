//! Tabs that agree (issue 18 item 3): every save merges with what other
//! tabs saved ([`crate::web::state::tabs`]), and a `storage` event (another
//! tab saved) loads its changes at once where this tab has no edits of its
//! own; where both changed a profile, the conflict is shown for the user
//! to choose (载入 / 保留我的, [`crate::web::components::notice`]).

use crate::web::state::storage::StorageError;
use crate::web::state::sync::{Conflict, Merged};
use crate::web::state::tabs::Tabs;
use crate::web::state::{Action, State, Store};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Saves a state, merged with other tabs' saved changes.
pub type Save = Rc<dyn Fn(&State) -> Result<(), StorageError>>;

/// What the app needs from the tab sync.
pub struct TabSync {
    /// Profiles changed here and in another tab, differently.
    pub conflicts: Vec<Conflict>,
    /// The user's choice for a conflict: (entry id, keep mine).
    pub resolve: Callback<(String, bool)>,
    pub save: Save,
}

/// Applies a merge: loads other tabs' changes, shows the conflicts.
fn apply(m: Merged, store: &UseReducerDispatcher<State>, shown: &UseStateHandle<Vec<Conflict>>) {
    if !m.take.is_empty() || !m.drop.is_empty() {
        store.dispatch(Action::Sync {
            take: m.take,
            drop: m.drop,
        });
    }
    shown.set(m.conflicts);
}

#[hook]
/// `loaded`: the store holds what was read from storage (on the first
/// render, that is the base this tab starts from).
pub fn use_tab_sync(store: &Store, loaded: bool) -> TabSync {
    let tabs = use_mut_ref(|| Tabs::new(loaded.then_some(&**store)));
    let conflicts = use_state_eq(Vec::<Conflict>::new);
    // The state on screen, for the event listener and the choice.
    let latest: Rc<RefCell<Store>> = use_mut_ref(|| store.clone());
    *latest.borrow_mut() = store.clone();
    let dispatcher = store.dispatcher();

    let save: Save = {
        let (tabs, dispatcher, conflicts) = (tabs.clone(), dispatcher.clone(), conflicts.clone());
        Rc::new(move |state: &State| {
            let m = tabs.borrow_mut().save(state)?;
            apply(m, &dispatcher, &conflicts);
            Ok(())
        })
    };
    {
        let (tabs, latest, dispatcher, conflicts) = (
            tabs.clone(),
            latest.clone(),
            dispatcher.clone(),
            conflicts.clone(),
        );
        use_effect_with((), move |_| {
            // Fired in every other tab of this origin when one writes.
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |_| {
                    let raw = crate::web::state::storage::raw();
                    let state = latest.borrow().clone();
                    let m = tabs.borrow_mut().changed_elsewhere(&state, raw);
                    apply(m, &dispatcher, &conflicts);
                });
            move || drop(listener)
        });
    }
    // Made again only when the conflicts change: the notices that take it
    // then skip the keystrokes' renders.
    let resolve = {
        let (tabs, save) = (tabs.clone(), save.clone());
        use_callback(
            conflicts.clone(),
            move |(id, keep_mine): (String, bool), conflicts| {
                let saved = tabs.borrow_mut().choose(&id);
                conflicts.set(conflicts.iter().filter(|c| c.id != id).cloned().collect());
                if keep_mine {
                    // Ours over theirs now, with a raised revision.
                    let _ = save(&latest.borrow());
                } else if let Some(e) = saved {
                    dispatcher.dispatch(Action::Sync {
                        take: vec![e],
                        drop: vec![],
                    });
                }
            },
        )
    };
    TabSync {
        conflicts: (*conflicts).clone(),
        resolve,
        save,
    }
}
