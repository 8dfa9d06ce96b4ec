//! The app's pages.

pub mod calculator;
pub mod rules;
