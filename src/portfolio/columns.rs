//! The portfolio's columns: one per profile field, named by its dotted path,
//! its Chinese label (with the year for yearly figures) or its English
//! label; and the downloadable template that writes them.

use crate::profile::fields::{all_fields, Field, Value};
use crate::profile::{Profile, Year};
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

/// What a column header can be: the dotted path, the Chinese label (with
/// the year for yearly figures), or the English label.
pub(super) enum Column {
    Field(&'static Field),
    Honors,
    Achievements,
    Ignored,
}

fn normalize_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

pub(super) fn column_of(header: &str) -> Column {
    let h = normalize_header(header);
    match h.as_str() {
        "qualifications.honors" | "荣誉" | "有效期内的荣誉" | "honors" | "honours" => {
            return Column::Honors
        }
        "achievements" | "成果" | "标准化与质量成果" => return Column::Achievements,
        _ => {}
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

/// The downloadable template: every field as a column (Chinese headers)
/// and one example row.
pub fn template_csv(example: &Profile) -> String {
    let fields: Vec<&Field> = all_fields().collect();
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![]);
    let mut header: Vec<String> = fields.iter().map(|f| header_of(f)).collect();
    header.push("有效期内的荣誉".into());
    header.push("标准化与质量成果".into());
    let _ = w.write_record(&header);
    let mut row: Vec<String> = fields
        .iter()
        .map(|f| match (f.get)(example) {
            Value::Bool(b) => if b { "是" } else { "否" }.to_string(),
            Value::Choice(c) => f
                .choice_label(c)
                .map(|t| t.zh.to_string())
                .unwrap_or_else(|| c.to_string()),
            v => v.display(),
        })
        .collect();
    row.push(
        example
            .qualifications
            .honors
            .as_ref()
            .map(|h| {
                h.iter()
                    .filter_map(|x| {
                        crate::profile::fields::HONOR_LABELS
                            .iter()
                            .find(|(y, _)| y == x)
                            .map(|(_, t)| t.zh)
                    })
                    .collect::<Vec<_>>()
                    .join("、")
            })
            .map(|s| if s.is_empty() { "无".to_string() } else { s })
            .unwrap_or_default(),
    );
    row.push(if example.achievements.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&example.achievements).unwrap_or_default()
    });
    let _ = w.write_record(&row);
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}
