//! The app's state: the user's profiles and their unsaved edits.

mod entry;
pub mod storage;
pub mod store;
pub mod stored;
pub mod sync;
pub mod tabs;

pub use entry::*;
pub use store::*;

/// The store as components receive it: the state and its dispatcher.
pub type Store = yew::UseReducerHandle<State>;
