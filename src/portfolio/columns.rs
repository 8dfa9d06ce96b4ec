//! The portfolio's columns: one per profile field, named by its dotted path,
//! its Chinese label (with the year for yearly figures) or its English
//! label; and the downloadable template that writes them.

use super::kind_columns::{
    achievement_columns, achievement_header, achievement_of, count_in, honor_header, honor_of,
    kinds,
};
use crate::profile::fields::{all_fields, Field, Value};
use crate::profile::{Achievement, Honor, Profile, Year};
use std::collections::HashMap;
use std::sync::OnceLock;

const YEAR_SUFFIX: [(Year, &str, &str); 3] = [
    (Year::Y1, "上年度", "last year"),
    (Year::Y2, "上上年度", "year before"),
    (Year::Y3, "前年度", "two years before"),
];

/// The header the template writes for a field.
pub fn header_of(f: &Field) -> String {
    match YEAR_SUFFIX
        .iter()
        .find(|(y, _, _)| f.path.ends_with(&format!(".{}", y.key())))
    {
        Some((_, zh, _)) => format!("{}（{zh}）", f.label.zh),
        None => f.label.zh.to_string(),
    }
}

/// The header for a field in a file about an assessment on `date`: a
/// yearly figure names its calendar year first ("营业收入总额（2023 年，
/// 上年度）"); the importer reads it by the 上年度 that follows.
pub fn header_in(f: &Field, date: Option<crate::date::Date>) -> String {
    let year = YEAR_SUFFIX
        .iter()
        .find(|(y, _, _)| f.path.ends_with(&format!(".{}", y.key())));
    match (year, date) {
        (Some((y, zh, _)), Some(d)) => {
            format!("{}（{} 年，{zh}）", f.label.zh, y.calendar_year(d))
        }
        _ => header_of(f),
    }
}

/// "（2023年，上年度）" → "（上年度）": the calendar year in a header is a
/// label for people; the 上年度 after it says which column it is.
fn without_calendar_year(h: &str) -> String {
    let mut out = String::with_capacity(h.len());
    let mut rest = h;
    while let Some(i) = rest.find('（') {
        let (head, tail) = rest.split_at(i + '（'.len_utf8());
        out.push_str(head);
        rest = tail;
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 4 {
            let after = &rest[4..];
            for sep in ["年，", "年,"] {
                if let Some(t) = after.strip_prefix(sep) {
                    rest = t;
                    break;
                }
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a column header can be: the dotted path, the Chinese label (with
/// the year for yearly figures), or the English label.
pub(super) enum Column {
    Field(&'static Field),
    /// The former list of honours in one cell ("高新技术企业、知识产权示范企业").
    Honors,
    /// The former JSON array of achievements in one cell.
    Achievements,
    /// One honour, 是/否.
    Honor(Honor),
    /// One kind of achievement with its attributes; the cell is its count.
    Achievement(Achievement),
    /// A header shaped like an achievement's that names none (why).
    Unreadable(String),
    Ignored,
}

fn normalize_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

pub(super) fn column_of(header: &str) -> Column {
    let h = without_calendar_year(&normalize_header(header));
    match h.as_str() {
        "qualifications.honors" | "荣誉" | "有效期内的荣誉" | "honors" | "honours" => {
            return Column::Honors
        }
        "achievements" | "成果" | "标准化与质量成果" => return Column::Achievements,
        _ => {}
    }
    if let Some(h) = honor_of(&h) {
        return Column::Honor(h);
    }
    match achievement_of(&h) {
        Some(Ok(a)) => return Column::Achievement(a),
        Some(Err(why)) => return Column::Unreadable(why),
        None => {}
    }
    header_names()
        .get(&h)
        .map_or(Column::Ignored, |f| Column::Field(f))
}

/// Every name a field's column may carry, normalised, built once: a file
/// with many columns would otherwise rebuild every field's names per column.
fn header_names() -> &'static HashMap<String, &'static Field> {
    static NAMES: OnceLock<HashMap<String, &'static Field>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut map = HashMap::new();
        for f in all_fields() {
            let year = YEAR_SUFFIX
                .iter()
                .find(|(y, _, _)| f.path.ends_with(&format!(".{}", y.key())));
            let mut names = vec![f.path.to_lowercase(), normalize_header(&header_of(f))];
            match year {
                Some((y, zh, en)) => {
                    names.push(normalize_header(&format!("{}{zh}", f.label.zh)));
                    names.push(normalize_header(&format!("{}（{}）", f.label.en, en)));
                    names.push(normalize_header(&format!("{}_{}", f.label.zh, y.key())));
                }
                None => names.push(normalize_header(f.label.en)),
            }
            // The first field to claim a name keeps it, as the former
            // field-by-field search did.
            for n in names {
                map.entry(n).or_insert(f);
            }
        }
        map
    })
}

/// A field's value as the template writes it: choices and yes/no in
/// Chinese words, as a person would type them.
pub fn cell_of(f: &Field, p: &Profile) -> String {
    match (f.get)(p) {
        Value::Bool(b) => if b { "是" } else { "否" }.to_string(),
        Value::Choice(c) => f
            .choice_label(c)
            .map(|t| t.zh.to_string())
            .unwrap_or_else(|| c.to_string()),
        v => v.display(),
    }
}

/// The template's columns for a profile: every field, each honour, and
/// the example's achievements followed by one of each kind the catalog
/// knows (with its first attribute values, as the form starts them).
pub fn template_columns(example: &Profile) -> (Vec<&'static Field>, Vec<Achievement>) {
    let defaults: Vec<Achievement> = kinds()
        .map(|k| {
            let attrs: Vec<(&str, &str)> = k
                .attributes
                .iter()
                .filter_map(|a| a.values.first().map(|v| (a.name.as_str(), v.0.as_str())))
                .collect();
            Achievement::new(&k.kind, &attrs, 0)
        })
        .collect();
    let achievements = achievement_columns([example.achievements.as_slice(), &defaults]);
    (all_fields().collect(), achievements)
}

/// The template as a header row and one example row of cells.
pub fn template_rows(example: &Profile) -> [Vec<String>; 2] {
    let (fields, achievements) = template_columns(example);
    let mut header: Vec<String> = fields
        .iter()
        .map(|f| header_in(f, example.assessment_date))
        .collect();
    let mut row: Vec<String> = fields.iter().map(|f| cell_of(f, example)).collect();
    let honors = example.qualifications.honors.as_deref();
    for h in Honor::ALL {
        header.push(honor_header(h));
        row.push(match honors {
            None => String::new(),
            Some(list) => if list.contains(&h) { "是" } else { "否" }.into(),
        });
    }
    for a in &achievements {
        header.push(achievement_header(a));
        let n = count_in(&example.achievements, a);
        row.push(if n == 0 { String::new() } else { n.to_string() });
    }
    [header, row]
}

/// The downloadable template: every field as a column (Chinese headers),
/// an honour per column and an achievement per column, and one example
/// row.
pub fn template_csv(example: &Profile) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![]);
    for r in template_rows(example) {
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

#[cfg(test)]
mod calendar_year_tests {
    use super::*;
    use crate::date::Date;
    use crate::profile::fields::field;

    #[test]
    fn yearly_headers_name_their_calendar_year_and_read_back_by_it() {
        let rev = field("financials.operating_revenue.y1").unwrap();
        let d = Some(Date::ymd(2024, 6, 30));
        assert_eq!(header_in(rev, d), "营业收入总额（2023 年，上年度）");
        let y3 = field("financials.main_business_revenue.y3").unwrap();
        assert_eq!(header_in(y3, d), "主营业务收入（2021 年，前年度）");
        assert_eq!(header_in(rev, None), "营业收入总额（上年度）");
        for h in [
            "营业收入总额（2023 年，上年度）",
            "营业收入总额(2023年,上年度)",
            "营业收入总额（上年度）",
        ] {
            assert!(
                matches!(column_of(h), Column::Field(f) if f.path == rev.path),
                "{h}"
            );
        }
    }
}
