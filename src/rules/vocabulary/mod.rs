//! The vocabulary the rules are written in, declared once: every metric a
//! rule compares and every yes/no fact it asks, each with its id, unit, the
//! profile fields it reads, how it is derived, its name in Chinese and
//! English, where the law defines it, and how a company can move it. The
//! facts, the explanations, the advice, the report, the form's derived
//! figures and the portfolio read these declarations; nothing else names a
//! metric except the rules that test it.
//!
//! Adding a metric: one entry in `metrics.rs` (and the rule that tests it).
//! Adding a flag: one entry in `flags.rs`, reading a profile field that the
//! form's field table (`profile::fields`) declares.

mod derive;
mod flag;
mod flags;
mod lever;
mod metric;
mod metrics;
mod metrics_2026;

pub use flag::{Flag, FlagDef};
pub use flags::FLAGS;
pub use lever::{IpKind, Lever, Reach};
pub use metric::{Metric, MetricDef, Report, Unit};
pub use metrics::{METRICS, METRIC_COUNT};

#[cfg(test)]
mod tests;
