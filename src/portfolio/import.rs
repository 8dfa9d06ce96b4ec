//! Reading a CSV of profiles: records and their line numbers, shifted rows
//! and unclosed quotes named; each row is read through [`Sheet`].

use super::sheet::{CellError, Import, Sheet};

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
    let sheet = match Sheet::new(headers) {
        Ok(s) => s,
        Err(e) => {
            out.errors.push(e);
            return out;
        }
    };
    out.ignored_columns = sheet.ignored();
    out.errors.extend(sheet.header_errors());
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
            if record.len() != sheet.width() {
                let unclosed =
                    record.len() < sheet.width() && record.iter().any(|c| c.contains('\n'));
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
                    zh: format!("该行有 {} 个单元格，表头有 {} 列：列可能错位，该行未计分", record.len(), sheet.width()),
                    en: format!("this row has {} cells but the header has {} columns: the columns may be shifted, so the row is not scored", record.len(), sheet.width()),
                });
                continue;
            }
            let cells: Vec<&str> = record.iter().collect();
            sheet.add(row, &cells, &mut out);
        }
        match resume {
            Some(next) => segment = next,
            None => break,
        }
    }
    out
}
