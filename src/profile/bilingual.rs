//! A deserialisation error with its message in Chinese and English, carried
//! through serde's one-string errors and split again where the profile's
//! errors are told.

use std::fmt;

/// Separates the Chinese and English halves.
const SEP: char = '\u{1f}';

/// A deserialisation error with a message in both languages.
pub(crate) fn bilingual<E: serde::de::Error>(zh: impl fmt::Display, en: impl fmt::Display) -> E {
    E::custom(format!("{zh}{SEP}{en}"))
}

/// The two halves of a message made by [`bilingual`].
pub(crate) fn split(message: &str) -> Option<(&str, &str)> {
    message.split_once(SEP)
}
