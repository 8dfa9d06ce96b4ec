//! The app's pages.

pub mod calculator;
pub mod forerunner;
pub mod rules;
