//! 优质中小企业梯度培育自评 — the pure core of an in-browser self-assessment
//! calculator for Chinese SMEs: the MIIT tier rules (创新型, 专精特新, 小巨人)
//! as data, an engine that scores a company profile against them, and the
//! local incentive catalog.
//!
//! Invariants an editor must keep:
//! - The core (everything outside `web`) does no I/O, reads no clock and
//!   depends on nothing web-specific: the assessment date is an argument.
//! - No floats and no `usize` in anything persisted or compared between the
//!   native and wasm builds: money and ratios are `rust_decimal::Decimal`,
//!   counts `u32`.
//! - Every threshold, band and amount is declared once, in `rules` or
//!   `data/`, with its citation; the engine and the "how is this scored"
//!   page read the same declaration.
//! - A missing input is unknown, never zero: it yields a range and a
//!   "depends" verdict.

pub mod basis;
pub mod calendar;
pub mod data_asset;
pub mod date;
pub mod encoding;
pub mod engine;
pub mod facts;
pub mod forerunner;
pub mod incentives;
pub mod limits;
pub mod logic;
pub mod measures;
pub mod number;
pub mod paste;
pub mod portfolio;
pub mod profile;
pub mod report;
pub mod rules;
pub mod sample;
pub mod share;
pub mod side_by_side;
pub mod text;
#[cfg(feature = "web")]
pub mod web;

pub use date::Date;
pub use engine::{assess, assess_with, Assessment};
pub use profile::{parse_profile, Profile};
