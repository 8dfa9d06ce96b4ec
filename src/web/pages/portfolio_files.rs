//! The portfolio's files read into rows: CSV (UTF-8, else GB18030 with a
//! note), `sme-profile/1` JSON, and .xlsx through the Excel module, which
//! is loaded only when an .xlsx is picked; every kind ends in the same
//! rows, checked the same way (headers, Chinese values, the row limit).

use crate::limits::MAX_PORTFOLIO_ROWS;
use crate::portfolio::{import_csv, import_rows, CellError, Pending};
use crate::profile::parse_profile;
use crate::web::excel::read_xlsx;

/// A file's content: its bytes, or an .xlsx's first sheet as numbered
/// rows of text (or why it could not be read, Chinese then English on two
/// lines).
pub enum Content {
    Bytes(Vec<u8>),
    Sheet(Result<Vec<(u32, Vec<String>)>, String>),
}

/// Whether a file is an .xlsx, by its name or its first bytes (a zip).
pub fn is_xlsx(name: &str, bytes: &[u8]) -> bool {
    name.to_lowercase().ends_with(".xlsx") || bytes.starts_with(b"PK\x03\x04")
}

/// The files' contents with every .xlsx read through the Excel module
/// (header, then the rows up to one past the limit, which is named).
pub async fn with_sheets(files: Vec<(String, Vec<u8>)>) -> Vec<(String, Content)> {
    let mut out = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let content = if is_xlsx(&name, &bytes) {
            Content::Sheet(read_xlsx(&bytes, MAX_PORTFOLIO_ROWS + 2).await)
        } else {
            Content::Bytes(bytes)
        };
        out.push((name, content));
    }
    out
}

fn note_ignored(name: &str, ignored: &[String], zh: bool, notes: &mut Vec<String>) {
    if ignored.is_empty() {
        return;
    }
    notes.push(if zh {
        format!("{name}：以下列无法识别，已忽略：{}", ignored.join("、"))
    } else {
        format!(
            "{name}: unrecognised columns ignored: {}",
            ignored.join(", ")
        )
    });
}

/// Text from a file's bytes: UTF-8, else GB18030 (what Excel saves on
/// Chinese Windows), with a note saying so.
fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            let text = web_sys::TextDecoder::new_with_label("gb18030")
                .ok()
                .and_then(|d| d.decode_with_u8_array(bytes).ok())
                .unwrap_or_default();
            (text, Some("gb18030"))
        }
    }
}

/// The files' contents, read: rows in file order (sheet rows, then one per
/// JSON profile), problems of whole files, and notes.
pub fn read_files(
    contents: Vec<(String, Content)>,
    lang: crate::text::Lang,
) -> (Vec<Pending>, Vec<CellError>, Vec<String>) {
    let zh = lang == crate::text::Lang::Zh;
    let (mut input, mut file_errors, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    let mut json_index = 0;
    for (name, content) in contents {
        let bytes = match content {
            Content::Bytes(b) => b,
            Content::Sheet(Ok(rows)) => {
                let imp = import_rows(rows);
                note_ignored(&name, &imp.ignored_columns, zh, &mut notes);
                input.extend(imp.pending());
                file_errors.extend(imp.errors.into_iter().filter(|e| e.row <= 1));
                continue;
            }
            Content::Sheet(Err(e)) => {
                let (z, en) = e.split_once('\n').unwrap_or((&e, &e));
                file_errors.push(CellError {
                    row: 1,
                    column: name.clone(),
                    zh: z.to_string(),
                    en: en.to_string(),
                });
                continue;
            }
        };
        let (text, recoded) = decode(&bytes);
        if let Some(enc) = recoded {
            notes.push(if zh {
                format!("{name}：不是 UTF-8 编码，已按 {enc} 读取，请核对中文是否正确。")
            } else {
                format!("{name}: not UTF-8; read as {enc}, please check the Chinese text.")
            });
        }
        if name.to_lowercase().ends_with(".json") {
            json_index += 1;
            match parse_profile(&text) {
                Ok(p) => input.push(Pending {
                    row: json_index,
                    profile: Some(p),
                    errors: vec![],
                }),
                Err(e) => input.push(Pending {
                    row: json_index,
                    profile: None,
                    errors: vec![CellError {
                        row: json_index,
                        column: format!(
                            "{name} {}",
                            e.paths().first().map(|p| p.to_string()).unwrap_or_default()
                        )
                        .trim()
                        .to_string(),
                        zh: e.lines_zh().join("；"),
                        en: e.lines_en().join("; "),
                    }],
                }),
            }
        } else {
            let imp = import_csv(&text);
            note_ignored(&name, &imp.ignored_columns, zh, &mut notes);
            input.extend(imp.pending());
            file_errors.extend(imp.errors.into_iter().filter(|e| e.row <= 1));
        }
    }
    (input, file_errors, notes)
}
