//! What a value at a profile path should be, in words, for a value of the
//! wrong type: "应为以万元计的数字" rather than a Rust type name or a serde
//! internal (`expected u32`, `$serde_json::private::Number`).

use super::fields::{self, Kind};
use crate::limits::MAX_ACHIEVEMENT_COUNT;
use crate::text::Message;

/// Where a wrong value is (the field, when serde names a place inside it:
/// a map given for an amount is reported at `financials.rd_expense.y1`, not
/// at `financials.rd_expense.y1.a`) and the words for what is expected
/// there. `path` is a serde path such as `financials.rd_expense.y1`,
/// `achievements[3].count` or `qualifications.honors[1]`.
pub fn expected_at(path: &str) -> (String, Message) {
    let mut prefix = path;
    loop {
        if let Some(f) = fields::field(prefix) {
            return (prefix.to_string(), of_kind(f.kind));
        }
        match prefix.rfind(['.', '[']) {
            Some(i) => prefix = &prefix[..i],
            None => break,
        }
    }
    (path.to_string(), expected_words(path))
}

fn expected_words(path: &str) -> Message {
    let m = Message::new;
    // Strip list indices: `achievements[3].count` → `achievements.count`.
    let mut bare = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            c if !in_index => bare.push(c),
            _ => {}
        }
    }
    let list_item = path.ends_with(']');
    match bare.as_str() {
        "format" => m(
            "应为 \"sme-profile/1\"（企业档案文件的格式标记）",
            "expected \"sme-profile/1\" (the format tag of a company profile file)",
        ),
        "assessment_date" => of_kind(Kind::Date),
        "achievements" if list_item => m(
            "每项成果应为一组字段，如 {\"kind\": \"standard\", \"count\": 1}",
            "each achievement should be a group of fields, e.g. {\"kind\": \"standard\", \"count\": 1}",
        ),
        "achievements" => m(
            "应为成果列表（用方括号 [ ] 括起）",
            "expected a list of achievements (in square brackets [ ])",
        ),
        "achievements.count" => count_words(MAX_ACHIEVEMENT_COUNT),
        "qualifications.honors" if list_item => fields::one_of(&fields::HONOR_OPTIONS),
        "qualifications.honors" => m(
            "应为荣誉列表，如 [\"高新技术企业\"]，没有则为 []",
            "expected a list of honours, e.g. [\"高新技术企业\"], or [] for none",
        ),
        "qualifications.platform_quality_score.year"
        | "qualifications.platform_quality_score_prev.year" => {
            m("应为年份，如 2025", "expected a year, e.g. 2025")
        }
        "company"
        | "financials"
        | "ip"
        | "qualifications"
        | "compliance"
        | "qualifications.quality"
        | "qualifications.titles"
        | "qualifications.sci_tech_award"
        | "qualifications.platform_quality_score"
        | "qualifications.platform_quality_score_prev" => group(),
        p if p.starts_with("financials.") && p.matches('.').count() == 1 => m(
            "应为按年份的一组数字，如 {\"y1\": 1200, \"y2\": 1000}（万元）",
            "expected figures by year, e.g. {\"y1\": 1200, \"y2\": 1000} (万元)",
        ),
        _ => m("此处的值无法读取", "this value cannot be read"),
    }
}

fn group() -> Message {
    Message::new(
        "应为一组字段（用花括号 { } 括起）",
        "expected a group of fields (in curly braces { })",
    )
}

fn count_words(max: u32) -> Message {
    let max = super::grouped(max.into());
    Message::new(
        format!("应为 0 到 {max} 之间的整数"),
        format!("expected a whole number from 0 to {max}"),
    )
}

/// The words for a field's kind.
pub fn of_kind(kind: Kind) -> Message {
    let m = Message::new;
    match kind {
        Kind::Money { signed: false } => m(
            "应为以万元计的数字（不能为负），如 1200 或 \"1200.5\"",
            "expected a number of 万元 (not negative), e.g. 1200 or \"1200.5\"",
        ),
        Kind::Money { signed: true } => m(
            "应为以万元计的数字（亏损为负数），如 -50 或 \"1200.5\"",
            "expected a number of 万元 (a loss is negative), e.g. -50 or \"1200.5\"",
        ),
        Kind::Count => m(
            "应为不小于 0 的整数，如 12",
            "expected a whole number, 0 or more, e.g. 12",
        ),
        Kind::Percent | Kind::Score => m(
            "应为 0 到 100 之间的数字",
            "expected a number from 0 to 100",
        ),
        Kind::Bool => m(
            "应为 true（是）或 false（否）",
            "expected true (yes) or false (no)",
        ),
        Kind::Choice(options) => fields::one_of(options),
        Kind::Text => m(
            "应为文字（用双引号括起）",
            "expected text (in double quotes)",
        ),
        Kind::Date => m(
            "应为日期，格式为 \"YYYY-MM-DD\"，如 \"2026-06-30\"",
            "expected a date as \"YYYY-MM-DD\", e.g. \"2026-06-30\"",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_gets_words_not_types() {
        for path in [
            "financials.rd_expense.y1",
            "financials.net_profit.y2",
            "company.employees",
            "company.industry",
            "qualifications.key_field",
            "achievements",
            "achievements[3]",
            "achievements[3].count",
            "qualifications.honors",
            "qualifications.honors[0]",
            "financials.rd_expense",
            "company",
            "assessment_date",
            "qualifications.titles.srdi_until",
        ] {
            let (at, m) = expected_at(path);
            assert_eq!(at, path);
            assert!(m.zh.contains("应为"), "{path}: {}", m.zh);
            assert!(
                m.en.contains("expected") || m.en.contains("should"),
                "{path}: {}",
                m.en
            );
            for internal in [
                "u32",
                "Decimal",
                "serde",
                "Number",
                "national",
                "industry\"",
            ] {
                assert!(!m.zh.contains(internal), "{path}: {}", m.zh);
            }
        }
        assert!(expected_at("company.industry").1.zh.contains("；工业；"));
        assert_eq!(
            expected_at("financials.rd_expense.y1.a").0,
            "financials.rd_expense.y1"
        );
    }
}
