//! Reusable parts of the page, one component per file.

pub mod achievement_row;
pub mod achievements;
pub mod advice;
pub mod calendar_button;
pub mod compare;
pub mod field;
pub mod field_group;
pub mod financial_table;
pub mod form;
pub mod header;
pub mod honors;
pub mod incentives;
pub mod indicators;
pub mod missing_fields;
pub mod notice;
pub mod portfolio_summary;
pub mod portfolio_table;
pub mod print_inputs;
pub mod print_report;
pub mod quick_check;
pub mod results;
pub mod results_dock;
pub mod scenario;
pub mod score_bar;
pub mod side_by_side;
pub mod tier_card;
