//! The basis of an assessment in words, as the page, the print and the
//! exports state it: the date and the rulebook, with one provisional mark
//! however the rulebook's name is written.

use crate::date::Date;
use crate::text::{Lang, Text};

/// The rulebook's name with exactly one provisional mark when it is
/// provisional: names that already say so (“…，暂定）”) get none added.
pub fn rulebook_words(name: Text, provisional: bool, lang: Lang) -> String {
    let text = name.get(lang);
    let says_so = text.contains("暂定") || text.to_lowercase().contains("provisional");
    match (provisional && !says_so, lang) {
        (false, _) => text.to_string(),
        (true, Lang::Zh) => format!("{text}（暂定）"),
        (true, Lang::En) => format!("{text} (provisional)"),
    }
}

/// "评估日期 2026-12-05 · 适用规则：…".
pub fn basis_line(date: Date, name: Text, provisional: bool, lang: Lang) -> String {
    let rules = rulebook_words(name, provisional, lang);
    match lang {
        Lang::Zh => format!("评估日期 {date} · 适用规则：{rules}"),
        Lang::En => format!("Assessed on {date} · rules: {rules}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RULEBOOKS;

    #[test]
    fn one_provisional_mark_per_rulebook() {
        for rb in RULEBOOKS {
            for lang in [Lang::Zh, Lang::En] {
                let w = rulebook_words(rb.name, rb.provisional, lang);
                let marks =
                    w.matches("暂定").count() + w.to_lowercase().matches("provisional").count();
                assert_eq!(marks, usize::from(rb.provisional), "{w}");
            }
        }
    }
}
