//! Reading a CSV of profiles: each cell through its field's parser, every
//! bad cell listed with its row and column, the valid rows kept.

use super::columns::{column_of, Column};
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
    pub errors: Vec<CellError>,
    /// Headers that name no field (ignored).
    pub ignored_columns: Vec<String>,
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
                Message::new(
                    format!("未知荣誉：{part}"),
                    format!("unknown honour: {part}"),
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
    serde_json::from_str(cell).map_err(|e| {
        Message::new(
            format!("成果应为 JSON 数组：{e}"),
            format!("achievements must be a JSON array: {e}"),
        )
    })
}

/// Line numbers of records, counted once through the text. The `csv`
/// crate's own `Position::line` skips blank lines and is one short after
/// CRLF; its byte offset points at the end of the previous record, so the
/// line breaks that follow it are skipped here.
struct LineCounter<'a> {
    text: &'a str,
    /// Where the last record asked for starts, and its line.
    byte: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record found at `byte` (never before the
    /// previous one asked for).
    fn line_at(&mut self, byte: usize) -> u32 {
        let Some(rest) = self.text.get(byte..) else {
            return self.line;
        };
        let start = byte + rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        if let Some(skipped) = self.text.get(self.byte..start) {
            self.line += skipped.bytes().filter(|&b| b == b'\n').count() as u32;
            self.byte = start;
        }
        self.line
    }
}

/// Reads a CSV of profiles. The first row is the header.
pub fn import_csv(text: &str) -> Import {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Import::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(String::from).collect(),
        Err(e) => {
            out.errors.push(CellError {
                row: 1,
                column: String::new(),
                zh: format!("无法读取表头：{e}"),
                en: format!("cannot read the header: {e}"),
            });
            return out;
        }
    };
    let columns: Vec<Column> = headers.iter().map(|h| column_of(h)).collect();
    if columns.iter().all(|c| matches!(c, Column::Ignored)) {
        out.errors.push(CellError {
            row: 1,
            column: String::new(),
            zh: "表头中没有可识别的列：请使用模板的表头（中文或字段路径），文件需为 UTF-8 编码".into(),
            en: "no column of the header is recognised: use the template's headers (Chinese or field paths), in a UTF-8 file".into(),
        });
        return out;
    }
    out.ignored_columns = headers
        .iter()
        .zip(&columns)
        .filter(|(_, c)| matches!(c, Column::Ignored))
        .map(|(h, _)| h.clone())
        .collect();
    let header_for_path = |path: &str| -> String {
        headers
            .iter()
            .zip(&columns)
            .find(|(_, c)| matches!(c, Column::Field(f) if f.path == path))
            .map(|(h, _)| h.clone())
            .unwrap_or_else(|| path.to_string())
    };
    // The body is read in segments: a quote never closed swallows the rest
    // of the file into one cell, so its row is listed and reading resumes
    // on the line after it.
    let mut lines = LineCounter::new(text);
    let mut segment = reader.position().byte() as usize;
    while let Some(body) = text.get(segment..) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let mut resume = None;
        for record in reader.records() {
            // The row as a spreadsheet numbers it: the record's first line.
            let row = match record.as_ref().ok().and_then(|r| r.position()) {
                Some(p) => lines.line_at(segment + p.byte() as usize),
                None => lines.line,
            };
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    out.errors.push(CellError {
                        row,
                        column: String::new(),
                        zh: format!("无法读取该行：{e}"),
                        en: format!("cannot read the row: {e}"),
                    });
                    continue;
                }
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            // A row must have the header's cells: one too many or too few
            // is a shifted row, and scoring it would put figures in the
            // wrong fields. An unclosed quote shows as a short row with a
            // line break inside.
            if record.len() != headers.len() {
                let unclosed =
                    record.len() < headers.len() && record.iter().any(|c| c.contains('\n'));
                if unclosed {
                    out.errors.push(CellError {
                        row,
                        column: String::new(),
                        zh: "引号未闭合：请检查该行的双引号（其后各行照常读取）".into(),
                        en: "a quote is never closed: check this row's double quotes (the rows after it are read as usual)".into(),
                    });
                    resume = text[lines.byte..].find('\n').map(|n| lines.byte + n + 1);
                    break;
                }
                out.errors.push(CellError {
                    row,
                    column: String::new(),
                    zh: format!("该行有 {} 个单元格，表头有 {} 列：列可能错位，该行未计分", record.len(), headers.len()),
                    en: format!("this row has {} cells but the header has {} columns: the columns may be shifted, so the row is not scored", record.len(), headers.len()),
                });
                continue;
            }
            match profile_of_row(row, &record, &headers, &columns, &header_for_path) {
                Ok(p) => out.profiles.push((row, p)),
                Err(errors) => out.errors.extend(errors),
            }
        }
        match resume {
            Some(next) => segment = next,
            None => break,
        }
    }
    out
}

/// A row's profile, or every problem in it with its column.
fn profile_of_row(
    row: u32,
    record: &csv::StringRecord,
    headers: &[String],
    columns: &[Column],
    header_for_path: &dyn Fn(&str) -> String,
) -> Result<Profile, Vec<CellError>> {
    let mut p = Profile::empty();
    let mut row_errors = Vec::new();
    for ((cell, header), column) in record.iter().zip(headers).zip(columns) {
        let result = match column {
            Column::Field(f) => f.parse(cell).map(|v| (f.set)(&mut p, v)),
            Column::Honors => parse_honors(cell).map(|h| p.qualifications.honors = h),
            Column::Achievements => parse_achievements(cell).map(|a| p.achievements = a),
            Column::Ignored => Ok(()),
        };
        if let Err(m) = result {
            row_errors.push(CellError {
                row,
                column: header.clone(),
                zh: m.zh,
                en: m.en,
            });
        }
    }
    if row_errors.is_empty() {
        for e in validate(&p) {
            row_errors.push(CellError {
                row,
                column: header_for_path(&e.path),
                zh: e.zh,
                en: e.en,
            });
        }
    }
    if row_errors.is_empty() {
        Ok(p)
    } else {
        Err(row_errors)
    }
}
