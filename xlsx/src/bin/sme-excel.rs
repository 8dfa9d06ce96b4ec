//! The page's Excel module: a second wasm, loaded by the page only when a
//! user picks an .xlsx or asks for one, so the first load carries none of
//! calamine or rust_xlsxwriter. Two calls, plain data across the border:
//!
//! - `read_xlsx(bytes, max_rows)`: the first sheet's rows as JSON,
//!   `[[row, ["cell", …]], …]` (the header first), each cell as
//!   `sme_xlsx::cell` writes it; reading stops after `max_rows` rows.
//! - `write_xlsx(book)`: a [`sme_xlsx::Book`] given as JSON, as .xlsx bytes.
//!
//! Errors come back as a thrown string, Chinese then English.

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

    #[wasm_bindgen]
    pub fn write_xlsx(book: &str) -> Result<Vec<u8>, JsValue> {
        let book: sme_xlsx::Book =
            serde_json::from_str(book).map_err(|e| JsValue::from_str(&e.to_string()))?;
        sme_xlsx::write::book_bytes(&book).map_err(|e| JsValue::from_str(&e))
    }
}

fn main() {}
