//! The page's Excel reader: a wasm loaded by the page only when a user
//! picks an .xlsx (the writer, `sme-excel-write`, only for an export), so
//! the first load carries none of calamine or rust_xlsxwriter, and each
//! action fetches only its half.
//!
//! `read_xlsx(bytes, max_rows)`: the first sheet's rows as JSON,
//! `[[row, ["cell", …]], …]` (the header first), each cell as
//! `sme_xlsx::cell` writes it; reading stops after `max_rows` rows. An
//! error comes back as a thrown string, Chinese then English.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn read_xlsx(bytes: &[u8], max_rows: u32) -> Result<String, JsValue> {
        let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
        sme_xlsx::read::first_sheet_rows(std::io::Cursor::new(bytes), |n, cells| {
            rows.push((n, cells));
            (rows.len() as u32) < max_rows
        })
        .map_err(|e| JsValue::from_str(&format!("{}\n{}", e.zh, e.en)))?;
        serde_json::to_string(&rows).map_err(|e| JsValue::from_str(&e.to_string()))
    }
}

fn main() {}
