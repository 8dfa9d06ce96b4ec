//! The app's state: the user's profiles and their unsaved edits.

pub mod storage;
pub mod store;

pub use store::*;
