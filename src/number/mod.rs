//! Exact numbers on the ground floor, so that the rules' band tables, the
//! vocabulary's derivations and the facts can all speak them: the
//! percentage type the rules compare in, and the ratios and growth rates of
//! a profile's figures.

mod edge;
mod pct;
mod ratio;
mod wide;

pub use edge::{Edge, PCT_SCALE};
pub use pct::Pct;
pub use ratio::{average_growth, cagr_2y, count_percent, growth, growth_pct, mean, percent, sum};
