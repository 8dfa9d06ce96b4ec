//! Rulebooks as data: the 2022 暂行办法 and (provisional) the 2026 办法,
//! selected by assessment date. See [`model`] for the shape of a rule.

pub mod documents;
pub mod materials;
pub mod miit2022;
pub mod miit2026;
pub mod model;
pub mod sme_size;
pub mod vocabulary;

pub use model::*;

use crate::date::Date;

/// Every rulebook, oldest first. A later rulebook is added here as new data;
/// earlier ones keep their end date and are never edited to make room.
pub static RULEBOOKS: [&Rulebook; 2] = [&miit2022::RULEBOOK, &miit2026::RULEBOOK];

/// The rulebook in force on `date`. Before the first one came into force
/// the first applies (it is the oldest we know).
pub fn rulebook_for(date: Date) -> &'static Rulebook {
    RULEBOOKS
        .iter()
        .copied()
        .find(|r| r.in_force_on(date))
        .unwrap_or_else(|| {
            if date < RULEBOOKS[0].validity.from {
                RULEBOOKS[0]
            } else {
                RULEBOOKS[RULEBOOKS.len() - 1]
            }
        })
}

/// A rulebook by its id (`miit-2022`, `miit-2026`).
pub fn rulebook_by_id(id: &str) -> Option<&'static Rulebook> {
    RULEBOOKS.iter().copied().find(|r| r.id == id)
}
