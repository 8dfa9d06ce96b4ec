//! The app's pages.

pub mod calculator;
pub mod forerunner;
pub mod portfolio;
pub mod portfolio_files;
pub mod portfolio_warm;
pub mod rules;
pub mod shared;
pub mod side_by_side;
