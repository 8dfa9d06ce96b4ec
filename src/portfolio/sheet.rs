//! A sheet's header read once into columns, and each row read through
//! them into a profile: every cell through its field's parser, every bad
//! cell and impossible value named with its row and the column's header
//! as the file writes it, the bad values left unknown so the row is still
//! scored on what it says. CSV and Excel files both come through here.

use super::columns::{column_of, header_of, Column};
use crate::profile::fields::field;
use crate::profile::{validate, Achievement, Honor, Profile};
use crate::text::Message;
use serde::Serialize;

/// One cell that could not be read, or one impossible value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellError {
    /// The spreadsheet row (the header is row 1).
    pub row: u32,
    /// The column's header as written in the file.
    pub column: String,
    pub zh: String,
    pub en: String,
}

/// The outcome of reading a CSV.
#[derive(Debug, Default)]
pub struct Import {
    /// (row, profile) for every valid row.
    pub profiles: Vec<(u32, Profile)>,
    /// (row, profile) for every row with a bad cell or an impossible value:
    /// what could be read, the bad values left unknown. Its errors are in
    /// `errors`; a row whose cells cannot be placed at all (shifted, an
    /// unclosed quote) has errors only.
    pub partial: Vec<(u32, Profile)>,
    pub errors: Vec<CellError>,
    /// Headers that name no field (ignored).
    pub ignored_columns: Vec<String>,
}

/// What each column of a sheet is.
pub struct Sheet {
    headers: Vec<String>,
    columns: Vec<Column>,
}

impl Sheet {
    /// The columns of a header row; an error when none is recognised.
    pub fn new(headers: Vec<String>) -> Result<Sheet, CellError> {
        let columns: Vec<Column> = headers.iter().map(|h| column_of(h)).collect();
        if columns.iter().all(|c| matches!(c, Column::Ignored)) {
            return Err(CellError {
                row: 1,
                column: String::new(),
                zh: "表头中没有可识别的列：请使用模板的表头（中文或字段路径），文件需为 UTF-8 编码".into(),
                en: "no column of the header is recognised: use the template's headers (Chinese or field paths), in a UTF-8 file".into(),
            });
        }
        Ok(Sheet { headers, columns })
    }

    pub fn width(&self) -> usize {
        self.headers.len()
    }

    /// Headers that name no field (ignored).
    pub fn ignored(&self) -> Vec<String> {
        self.headers
            .iter()
            .zip(&self.columns)
            .filter(|(_, c)| matches!(c, Column::Ignored))
            .map(|(h, _)| h.clone())
            .collect()
    }

    /// Headers shaped like an achievement that name none, as errors of
    /// row 1 (their cells are ignored).
    pub fn header_errors(&self) -> Vec<CellError> {
        self.headers
            .iter()
            .zip(&self.columns)
            .filter_map(|(h, c)| match c {
                Column::Unreadable(why) => Some(CellError {
                    row: 1,
                    column: h.clone(),
                    zh: format!("{why}；该列未读取"),
                    en: format!("{why}; the column is not read"),
                }),
                _ => None,
            })
            .collect()
    }

    /// The column's header as the file writes it for a field path, else
    /// the field's Chinese label (never a path).
    fn header_for_path(&self, path: &str) -> String {
        self.headers
            .iter()
            .zip(&self.columns)
            .find(|(_, c)| matches!(c, Column::Field(f) if f.path == path))
            .map(|(h, _)| h.clone())
            .or_else(|| field(path).map(header_of))
            .unwrap_or_else(|| match path.split(['.', '[']).next() {
                Some("achievements") => "成果".into(),
                _ => path.to_string(),
            })
    }

    /// A row's profile and every problem in it. Cells beyond the header's
    /// width are not read (the caller decides what a short or long row is).
    pub fn read(&self, row: u32, cells: &[&str]) -> (Profile, Vec<CellError>) {
        let mut p = Profile::empty();
        let mut errors = Vec::new();
        let mut honors: Option<Vec<Honor>> = None;
        for ((cell, header), column) in cells.iter().zip(&self.headers).zip(&self.columns) {
            let result = match column {
                Column::Field(f) => f.parse(cell).map(|v| (f.set)(&mut p, v)),
                Column::Honors => parse_honors(cell).map(|h| p.qualifications.honors = h),
                Column::Achievements => parse_achievements(cell).map(|a| p.achievements.extend(a)),
                Column::Honor(h) => parse_yes_no(cell).map(|held| {
                    if let Some(held) = held {
                        let list = honors.get_or_insert_with(Vec::new);
                        if held && !list.contains(h) {
                            list.push(*h);
                        }
                    }
                }),
                Column::Achievement(a) => parse_count(cell).map(|n| {
                    if n > 0 {
                        p.achievements.push(Achievement {
                            count: n,
                            ..a.clone()
                        });
                    }
                }),
                Column::Unreadable(_) | Column::Ignored => Ok(()),
            };
            if let Err(m) = result {
                errors.push(CellError {
                    row,
                    column: header.clone(),
                    zh: m.zh,
                    en: m.en,
                });
            }
        }
        // Honours in their own columns: any answered one makes the list
        // known (a blank beside it is then "not held").
        if let Some(mut list) = honors {
            list.sort_by_key(|h| Honor::ALL.iter().position(|x| x == h));
            p.qualifications.honors = Some(list);
        }
        // An impossible value is named, then left unknown, until the rest
        // is a valid profile (each pass blanks at least one field).
        for _ in 0..16 {
            let problems = validate(&p);
            if problems.is_empty() {
                break;
            }
            for e in problems {
                errors.push(CellError {
                    row,
                    column: self.header_for_path(&e.path),
                    zh: e.zh,
                    en: e.en,
                });
                match field(&e.path) {
                    Some(f) => (f.set)(&mut p, crate::profile::fields::Value::Empty),
                    None if e.path.starts_with("achievements") => p.achievements.clear(),
                    None => p = Profile::empty(),
                }
            }
        }
        (p, errors)
    }

    /// Reads a row into the import: a valid profile, or a partial one with
    /// its errors.
    pub fn add(&self, row: u32, cells: &[&str], out: &mut Import) {
        let (p, errors) = self.read(row, cells);
        if errors.is_empty() {
            out.profiles.push((row, p));
        } else {
            out.partial.push((row, p));
            out.errors.extend(errors);
        }
    }
}

fn parse_yes_no(cell: &str) -> Result<Option<bool>, Message> {
    let f = field("qualifications.key_field").expect("a yes/no field");
    match f.parse(cell)? {
        crate::profile::fields::Value::Bool(b) => Ok(Some(b)),
        _ => Ok(None),
    }
}

fn parse_count(cell: &str) -> Result<u32, Message> {
    let f = field("ip.class2").expect("a count field");
    match f.parse(cell)? {
        crate::profile::fields::Value::Count(n) => Ok(n),
        _ => Ok(0),
    }
}

fn parse_honors(cell: &str) -> Result<Option<Vec<Honor>>, Message> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    if matches!(cell, "无" | "none" | "None" | "否") {
        return Ok(Some(vec![]));
    }
    let mut out = Vec::new();
    for part in cell
        .split(['|', ';', '；', '、', ',', '，'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let h = crate::profile::fields::HONOR_LABELS
            .iter()
            .find(|(h, t)| {
                t.zh == part
                    || t.en.eq_ignore_ascii_case(part)
                    || serde_json::to_value(h)
                        .ok()
                        .and_then(|v| v.as_str().map(|s| s == part))
                        .unwrap_or(false)
            })
            .map(|(h, _)| *h)
            .ok_or_else(|| {
                let zh: Vec<&str> = crate::profile::fields::HONOR_LABELS.iter().map(|(_, t)| t.zh).collect();
                let en: Vec<&str> = crate::profile::fields::HONOR_LABELS.iter().map(|(_, t)| t.en).collect();
                Message::new(
                    format!("未知荣誉“{part}”，可填：{}（多项用顿号分隔），或“无”", zh.join("；")),
                    format!("unknown honour “{part}”; one of: {} (several separated by commas), or “none”", en.join("; ")),
                )
            })?;
        out.push(h);
    }
    Ok(Some(out))
}

fn parse_achievements(cell: &str) -> Result<Vec<Achievement>, Message> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(vec![]);
    }
    crate::profile::parse_achievements(cell).map_err(|e| {
        Message::new(
            format!("成果应为 JSON 数组：{}", e.lines_zh().join("；")),
            format!(
                "achievements must be a JSON array: {}",
                e.lines_en().join("; ")
            ),
        )
    })
}
