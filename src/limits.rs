//! Every limit on what the app accepts, declared once, with why each value
//! was chosen. Every door reads these: JSON import, share links, saved
//! profiles, the portfolio CSV and the `assess` command all go through
//! [`crate::profile::validate`] (or, for files and rows, the checks named
//! below), so a profile refused at one door is refused at all of them. Over
//! a limit, the message names the limit and nothing is changed.
//!
//! The limits keep every cost bounded: the engine, the incentive
//! calculation and the form are linear in the profile, so a profile at every
//! limit still scores in well under a second in the browser, and every
//! product or ratio of two values stays far inside `Decimal`'s range.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The largest amount, in 万元: 10^10 万元 = 100 万亿元. The largest balance
/// sheet of any company (a bank, about 50 万亿元 of assets) is under it, and
/// no SME comes within a million times of it; a figure above it is a unit
/// mistake (元 typed where 万元 is asked).
pub const MAX_WAN: Decimal = dec!(10_000_000_000);
/// [`MAX_WAN`] as people say it.
pub const MAX_WAN_WORDS: (&str, &str) = ("100 万亿元", "100 trillion CNY");

/// Decimal places of money, percentages and scores: 4 places of 万元 is one
/// 元, finer than any statement. It also bounds every ratio: the smallest
/// non-zero value is 0.0001, so no quotient exceeds 10^14.
pub const MAX_DECIMAL_PLACES: u32 = 4;

/// The largest head count: the largest employer in the world has about 2.1
/// million staff; anything above 10 million is a typing mistake.
pub const MAX_PERSONS: u32 = 10_000_000;

/// The largest count of intellectual property items of one class: the
/// largest patent holders have about 150,000.
pub const MAX_IP: u32 = 1_000_000;

/// The most years in a niche market: older than any company.
pub const MAX_YEARS_IN_NICHE: u32 = 200;

/// The most achievements in one profile. They are last year's, one row per
/// kind with a count; the worked examples have one or two, a busy year a
/// dozen. 200 is ten times that, and keeps the form (about 30 controls a
/// row) answering each keystroke at once.
pub const MAX_ACHIEVEMENTS: usize = 200;

/// The largest count on one achievement row: no company drafts or wins a
/// thousand of one kind in a year. With [`MAX_ACHIEVEMENTS`] it bounds the
/// units an incentive calculation pays out to 200,000.
pub const MAX_ACHIEVEMENT_COUNT: u32 = 1_000;

/// The most attributes on one achievement (the catalog's kinds have at most
/// four), and the longest kind, attribute name or value (the catalog's
/// longest is 35 characters). With [`MAX_ACHIEVEMENTS`] they keep a profile
/// at every limit under [`MAX_PROFILE_BYTES`].
pub const MAX_ACHIEVEMENT_ATTRIBUTES: usize = 8;
pub const MAX_ACHIEVEMENT_WORD_CHARS: usize = 64;

/// The longest company name, province, city or district: registered names
/// run to about 50 characters.
pub const MAX_TEXT_CHARS: usize = 100;

/// The longest text kept in a field as typed but not yet valid (a draft):
/// a 500-digit number typed by mistake is still kept and shown with its
/// message; a pasted document is not saved with every keystroke.
pub const MAX_DRAFT_CHARS: usize = 1_000;

/// The largest profile file (JSON), in bytes. A profile at every limit
/// above, pretty-printed, is about 60 KB.
pub const MAX_PROFILE_BYTES: usize = 1024 * 1024;
/// [`MAX_PROFILE_BYTES`] as people say it.
pub const MAX_PROFILE_WORDS: &str = "1 MB";

/// The longest share link payload, in characters: Chromium's longest
/// address (2 MB). A typical profile's link is about 1,100 characters; one
/// at every limit with the longest texts still fits.
pub const MAX_SHARE_CHARS: usize = 2 * 1024 * 1024;

/// The most rows in one portfolio file: the national list of 专精特新中小企业
/// (over 140,000 companies in 2024) fits, and the page holds that many
/// results in memory comfortably.
pub const MAX_PORTFOLIO_ROWS: u32 = 200_000;

/// The largest portfolio file the page reads, in bytes: 200,000 rows of the
/// full template (about 400 bytes a row) is 80 MB.
pub const MAX_PORTFOLIO_BYTES: usize = 100 * 1024 * 1024;
/// [`MAX_PORTFOLIO_BYTES`] as people say it.
pub const MAX_PORTFOLIO_WORDS: &str = "100 MB";

/// The longest CSV row, in bytes: a row with 200 achievements in its JSON
/// cell is about 40 KB. A quote left open is found within this many bytes,
/// so reading never holds more than this of a file at once.
pub const MAX_CSV_ROW_BYTES: usize = 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    /// The limits keep every product and ratio of two values inside
    /// `Decimal` (about 7.9 × 10^28) with room to spare.
    #[test]
    fn products_and_ratios_of_limits_fit_a_decimal() {
        let smallest = Decimal::new(1, MAX_DECIMAL_PLACES);
        let ratio = MAX_WAN.checked_div(smallest).unwrap();
        assert!(ratio.checked_mul(dec!(10_000)).is_some());
        assert!(MAX_WAN.checked_mul(MAX_WAN).is_some());
        assert!(MAX_WAN
            .checked_mul(Decimal::from(MAX_ACHIEVEMENT_COUNT))
            .and_then(|x| x.checked_mul(Decimal::from(MAX_ACHIEVEMENTS as u32)))
            .is_some());
    }
}
