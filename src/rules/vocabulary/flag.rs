//! What a flag is: a yes/no fact the user states, read from one profile
//! field.

use crate::profile::Profile;

/// A yes/no fact the rules ask. Each is declared once, in `flags.rs`, as a
/// constant such as `Flag::OWN_BRAND`; [`Flag::def`] gives its declaration.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Flag(pub(super) u8);

/// One flag's declaration. Its name in both languages is the label of the
/// profile field it reads (`profile::fields`).
pub struct FlagDef {
    /// Its id.
    pub key: &'static str,
    /// The profile field it reads.
    pub path: &'static str,
    /// Its value; `None` when the user has not said.
    pub read: fn(&Profile) -> Option<bool>,
    /// The company can make it true by its own effort (the advice suggests
    /// it).
    pub changeable: bool,
}
